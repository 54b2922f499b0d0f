/**
 * Rebranding that carries through: when a template that `extends` another sets its own
 * primary, the colours its parent took from the parent's primary (figures, emphasis, divider,
 * cover and closing grounds) and a tinted card fill are derived again from the new primary,
 * unless this template (or one between it and the primary) sets them. Charts and progress bars
 * follow, as they are drawn in primary, figure and emphasis. What still holds the parent's brand
 * afterwards is what `inheritedBrand` reports.
 */
import { contrastRatio, mix, normalizeHex } from '../core/color.js';
import { nearColors } from '../layout/palette.js';
import type { ColorRole, SlideRole, TemplateFile } from './schema.js';
import { SLIDE_ROLES } from './schema.js';

/** Colour roles a parent may have taken from its primary. */
const FROM_PRIMARY: readonly ColorRole[] = ['figure', 'emphasis'];

type Colours = Partial<Record<ColorRole, string>>;

export interface Derived {
  colors: Colours;
  backgrounds: Partial<Record<SlideRole, string>>;
}

/** How far apart the channels lie: 0 for a grey. */
function spread(hex: string): number {
  const h = normalizeHex(hex);
  const ch = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  return Math.max(...ch) - Math.min(...ch);
}

/** Low saturation: the channels lie close together. */
function greyish(hex: string): boolean {
  return spread(hex) <= 24;
}

/** The same hue, moved towards the text colour until it reads (4.5:1) on the ground. */
function readable(hex: string, ground: string, text: string): string {
  let c = normalizeHex(hex);
  for (let t = 0.05; t <= 1 && contrastRatio(c, ground) < 4.5; t += 0.05) c = mix(hex, text, t);
  return c;
}

/** Merged values of some layers (the parent's chain), root first. */
function mergedColours(layers: TemplateFile[]): { colors: Colours; backgrounds: Partial<Record<SlideRole, string>> } {
  const colors: Colours = {};
  const backgrounds: Partial<Record<SlideRole, string>> = {};
  for (const l of [...layers].reverse()) {
    for (const [k, v] of Object.entries(l.colors ?? {})) if (v) colors[k as ColorRole] = normalizeHex(v);
    for (const r of SLIDE_ROLES) if (l.backgrounds?.[r]?.color) backgrounds[r] = normalizeHex(l.backgrounds[r]!.color!);
  }
  // a ground no file sets is the slide ground
  for (const r of SLIDE_ROLES) backgrounds[r] ??= colors.background;
  return { colors, backgrounds };
}

/** `layers`: the template files, the asked-for one first. */
export function rederive(layers: TemplateFile[]): Derived {
  const out: Derived = { colors: {}, backgrounds: {} };
  const own = layers.findIndex((l) => l.colors?.primary);
  if (own < 0 || own === layers.length - 1) return out;
  const child = layers.slice(0, own + 1);
  const parent = mergedColours(layers.slice(own + 1));
  const mine = mergedColours(layers);
  const p0 = parent.colors.primary;
  const p1 = mine.colors.primary;
  if (!p0 || !p1 || p0 === p1) return out;
  const sets = (role: ColorRole) => child.some((l) => l.colors?.[role]);
  const setsGround = (role: SlideRole) => child.some((l) => l.backgrounds?.[role]?.color);
  const background = mine.colors.background ?? 'FFFFFF';
  const text = mine.colors.text ?? '333333';
  for (const role of FROM_PRIMARY) {
    if (sets(role) || !parent.colors[role] || !nearColors(parent.colors[role]!, p0)) continue;
    out.colors[role] = readable(p1, background, text);
  }
  // a card with a hue is a tint of the brand; a grey card suits any brand
  const card = parent.colors.card;
  if (card && !sets('card') && spread(card) > 6) {
    let t = 0.92;
    let c = mix(p1, background, t);
    while (t < 1 && contrastRatio(text, c) < 4.5) c = mix(p1, background, (t += 0.02));
    out.colors.card = c;
  }
  for (const role of SLIDE_ROLES) {
    if (setsGround(role) || parent.backgrounds[role] !== p0) continue;
    out.backgrounds[role] = p1;
  }
  return out;
}

export interface Leftover {
  key: string;
  color: string;
}

/**
 * Colours and grounds of the merged template that are still the parent's primary or accent while
 * this template sets another primary (rises and falls are left out: red and green are no brand).
 */
export function inheritedBrand(layers: TemplateFile[], colors: Record<ColorRole, string>, backgrounds: Record<SlideRole, { color: string }>): Leftover[] {
  const own = layers.findIndex((l) => l.colors?.primary);
  if (own < 0 || own === layers.length - 1) return [];
  const child = layers.slice(0, own + 1);
  const parent = mergedColours(layers.slice(own + 1)).colors;
  const brand = [parent.primary, parent.accent].filter((c): c is string => !!c && !greyish(c));
  if (!parent.primary || nearColors(parent.primary, colors.primary)) return [];
  const out: Leftover[] = [];
  const isBrand = (c: string) => brand.some((b) => normalizeHex(b) === normalizeHex(c));
  for (const [role, c] of Object.entries(colors) as [ColorRole, string][]) {
    if (role === 'up' || role === 'down' || child.some((l) => l.colors?.[role])) continue;
    if (isBrand(c)) out.push({ key: `colors.${role}`, color: c });
  }
  for (const role of SLIDE_ROLES) {
    if (child.some((l) => l.backgrounds?.[role]?.color)) continue;
    if (isBrand(backgrounds[role].color)) out.push({ key: `backgrounds.${role}`, color: backgrounds[role].color });
  }
  return out;
}
