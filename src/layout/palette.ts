/**
 * The template's colours as a theme colour scheme, and every colour of the deck as a slot of
 * that scheme (docs/powerpoint.md, "Theme colours"). The scheme is laid out the way Office's
 * own themes are, so PowerPoint's built-in styles (shapes, tables, charts, SmartArt) look
 * right with it: dark text on a light ground in dk1/lt1, the brand colour first among the
 * accents, a grey among them, links in the emphasis colour.
 */
import { lumTransform } from '../core/color.js';
import type { ColorRole } from './theme.js';
import type { Color, SchemeRef, SchemeSlot } from '../deck/model.js';

export interface Palette {
  /** The colour scheme written into the theme. */
  scheme: Record<SchemeSlot, string>;
  /** Each colour role of the template as a reference to the scheme. */
  roles: Record<ColorRole, Color>;
  /** Any colour of the template: its scheme slot when it has one, else the fixed colour. */
  of(hex: string): Color;
}

const SLOT_OF: Record<SchemeRef, SchemeSlot> = {
  tx1: 'dk1',
  bg1: 'lt1',
  tx2: 'dk2',
  bg2: 'lt2',
  accent1: 'accent1',
  accent2: 'accent2',
  accent3: 'accent3',
  accent4: 'accent4',
  accent5: 'accent5',
  accent6: 'accent6',
  hlink: 'hlink',
  folHlink: 'folHlink',
};

/** Colours a reader can hardly tell apart side by side (a weighted RGB distance, "redmean"). */
export function nearColors(a: string, b: string): boolean {
  const p = (h: string) => [0, 2, 4].map((i) => parseInt(h.replace('#', '').slice(i, i + 2), 16));
  const [r1, g1, b1] = p(a) as [number, number, number];
  const [r2, g2, b2] = p(b) as [number, number, number];
  const rm = (r1 + r2) / 2;
  const d = Math.sqrt((2 + rm / 256) * (r1 - r2) ** 2 + 4 * (g1 - g2) ** 2 + (2 + (255 - rm) / 256) * (b1 - b2) ** 2);
  return d < 90;
}

export function paletteOf(c: Record<ColorRole, string>): Palette {
  // a template colour takes its own slot; where there is none, the first derived colour that
  // differs from every accent so far, so that six chart series still differ
  const taken = [c.primary, c.accent, c.muted];
  const derived = [
    lumTransform(c.primary, 60000),
    lumTransform(c.primary, 40000, 60000),
    lumTransform(c.accent, 60000),
    lumTransform(c.accent, 40000, 60000),
    lumTransform(c.primary, 75000, 25000),
    lumTransform(c.accent, 50000),
    lumTransform(c.muted, 50000, 50000),
  ];
  const own = (hex: string | undefined): string => {
    const pick = hex !== undefined && !taken.includes(hex) ? hex : (derived.find((d) => !taken.some((t) => nearColors(t, d))) ?? derived[0]!);
    taken.push(pick);
    return pick;
  };
  const accent4 = own(c.figure);
  const accent5 = own(c.emphasis);
  // a change's colours (up, down) that are no slot's yet: the first takes dk2 (otherwise a
  // second primary, and no chart series), the second accent6; slides then never hold a fixed RGB
  const inScheme = [c.text, c.background, c.card, ...taken];
  const changeColors = [...new Set([c.up, c.down])].filter((h) => !inScheme.includes(h));
  const dk2 = changeColors[0] ?? c.primary;
  const accent6 = changeColors[1] !== undefined ? own(changeColors[1]) : own(undefined);
  const scheme: Record<SchemeSlot, string> = {
    dk1: c.text,
    lt1: c.background,
    dk2,
    lt2: c.card,
    accent1: c.primary,
    accent2: c.accent,
    accent3: c.muted,
    accent4,
    accent5,
    accent6,
    hlink: c.emphasis,
    folHlink: c.muted,
  };
  const ref = (r: SchemeRef): Color => ({ hex: scheme[SLOT_OF[r]], scheme: r });
  // where a role's colour sits in the scheme, in order of preference
  const order: SchemeRef[] = ['accent1', 'tx1', 'bg1', 'bg2', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'tx2'];
  const of = (hex: string): Color => {
    for (const r of order) if (scheme[SLOT_OF[r]] === hex) return ref(r);
    return { hex };
  };
  const roles = {
    primary: ref('accent1'),
    accent: ref('accent2'),
    background: ref('bg1'),
    text: ref('tx1'),
    muted: ref('accent3'),
    card: ref('bg2'),
    figure: of(c.figure),
    emphasis: of(c.emphasis),
    onPrimary: of(c.onPrimary),
    up: of(c.up),
    down: of(c.down),
  } satisfies Record<ColorRole, Color>;
  return { scheme, roles, of };
}

/** PowerPoint's "Lighter t" of a scheme colour (t = 0.8 is "Lighter 80%"). */
export function lighter(c: Color, t: number): Color {
  return transformed(c, Math.round((1 - t) * 100000), Math.round(t * 100000));
}

/** PowerPoint's "Darker t" of a scheme colour (t = 0.25 is "Darker 25%"). */
export function darker(c: Color, t: number): Color {
  return transformed(c, Math.round((1 - t) * 100000), 0);
}

function transformed(c: Color, lumMod: number, lumOff: number): Color {
  if (c.lumMod !== undefined || c.lumOff !== undefined) throw new Error('palette: a colour is lightened or darkened once');
  const out: Color = { ...c, hex: lumTransform(c.hex, lumMod, lumOff), lumMod };
  if (lumOff) out.lumOff = lumOff;
  return out;
}
