/**
 * What a deck shows (look.ts) → briefdeck's colour roles, grounds, fonts and logo, each with
 * where it came from or why it was guessed. Colours are chosen by role and area: primary is the
 * brand colour that covers most (cover and divider grounds, bands, titles), the slide ground
 * and the body text are what content slides show; every text colour is then checked against
 * the ground it is set on (4.5:1), and moved or flagged where it falls short. A theme whose
 * colour scheme is a stock Office palette says nothing about a brand and is not used for colours.
 */
import { contrastRatio, luminance, mix, normalizeHex } from '../core/color.js';
import type { Diagnostic } from '../core/errors.js';
import { both, report } from '../core/catalogue/define.js';
import { IMPORT_FROM, IMPORT_NOTE } from '../core/catalogue/template.js';
import { nearColors } from '../layout/palette.js';
import type { Theme } from './load.js';
import type { DeckLook, Ground, GroundRole, PlacedPicture } from './look.js';
import type { PictureColour } from './picture-colour.js';
import type { Sourced, TemplateOverrides } from './scaffold.js';
import { COLOR_ROLES, type ColorRole, type SlideRole } from './schema.js';

/** Colour schemes that come with Office and LibreOffice: a deck that kept one shows its brand elsewhere. */
export const STOCK_PALETTES: { name: string; accents: string[] }[] = [
  { name: 'Office 2007–2010', accents: ['4F81BD', 'C0504D', '9BBB59', '8064A2', '4BACC6', 'F79646'] },
  { name: 'Office 2013–2022', accents: ['5B9BD5', 'ED7D31', 'A5A5A5', 'FFC000', '4472C4', '70AD47'] },
  { name: 'Office 2023', accents: ['156082', 'E97132', '196B24', '0F9ED5', 'A02B93', '4EA72E'] },
  { name: 'LibreOffice', accents: ['18A303', '0369A3', 'A33E03', '8E03A3', 'C99C00', 'C9211E'] },
];

export function stockPalette(colors: Partial<Record<string, string>>): string | undefined {
  const accents = ['accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6'].map((k) => colors[k]?.toUpperCase());
  return STOCK_PALETTES.find((p) => p.accents.filter((a, i) => accents[i] === a).length >= 4)?.name;
}

/** A picture of the deck: its bytes (PNG or JPEG) and, for a PNG, its colours. */
export interface DeckPicture {
  bytes: Uint8Array;
  kind: 'png' | 'jpeg';
  colours?: PictureColour;
}

export interface BrandInput {
  look: DeckLook;
  /** The theme's colour scheme (dk1, lt1, accent1 …). */
  scheme: Partial<Record<string, string>>;
  pictures: Map<string, DeckPicture>;
  parent: Theme;
  display: string;
}

/** A file the import writes beside template.yaml. */
export interface ImportAsset {
  name: string;
  bytes: Uint8Array;
  what: 'logo' | 'background';
}

export interface BrandResult {
  /** The master and layouts show a brand colour, or the theme's is a stock palette: the look decides. */
  speaks: boolean;
  overrides: TemplateOverrides;
  warnings: Diagnostic[];
  assets: ImportAsset[];
}

type Src = Sourced<string>;

function src(value: string, text: { en: string; zh: string }, guessed = false): Src {
  const s: Src = { value: normalizeHex(value), source: text.en, zh: text.zh };
  if (guessed) s.guessed = true;
  return s;
}

/** Mid-tones with a hue: what a brand colour is (not white, black or grey). */
export function isBrandish(hex: string): boolean {
  const h = normalizeHex(hex);
  const ch = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  const l = luminance(h);
  return Math.max(...ch) - Math.min(...ch) > 40 && l > 0.015 && l < 0.75;
}

/** A ground's colour: the fill's, or the colour covering most of its picture. */
function groundColour(g: Ground | undefined, pictures: Map<string, DeckPicture>): string | undefined {
  if (!g) return undefined;
  if (g.color && g.kind !== 'picture') return g.color;
  const pic = g.picture ? pictures.get(g.picture)?.colours : undefined;
  return pic?.colours[0]?.hex ?? pic?.hex ?? g.color;
}

interface Candidate {
  hex: string;
  weight: number;
  source: { en: string; zh: string };
  part: string;
}

/** The text colour among `options` that reads best on `ground`. */
function bestText(ground: string, options: { hex: string; name: string }[]): { hex: string; name: string; ratio: number } {
  return options.map((o) => ({ ...o, ratio: contrastRatio(o.hex, ground) })).sort((a, b) => b.ratio - a.ratio)[0]!;
}

/** `hex` moved towards `towards` in small steps until it reads at `need` on every ground. */
function readableVariant(hex: string, towards: string, grounds: string[], need: number): string {
  let c = normalizeHex(hex);
  for (let t = 0.05; t <= 1 && grounds.some((g) => contrastRatio(c, g) < need); t += 0.05) c = mix(hex, towards, t);
  return c;
}

export function mapDeckLook(input: BrandInput): BrandResult {
  const { look, scheme, pictures, parent, display } = input;
  const warnings: Diagnostic[] = [];
  const colors: Partial<Record<ColorRole, Src>> = {};
  const o: TemplateOverrides = { colors };
  const assets: ImportAsset[] = [];
  const stock = stockPalette(scheme);
  if (stock) warnings.push(report(IMPORT_NOTE.stockPalette, { file: display, name: stock }, { severity: 'warning' }));

  // grounds: content slides (the master), the cover (title layout), dividers (section header layout)
  const ground: Partial<Record<GroundRole, string>> = {};
  for (const role of ['content', 'cover', 'section'] as const) {
    const c = groundColour(look.grounds[role], pictures);
    if (c) ground[role] = c;
  }
  const background = ground.content ?? scheme.lt1 ?? parent.colors.background;
  colors.background = look.grounds.content && ground.content
    ? src(background, both(IMPORT_FROM.ground, { where: 'content', part: look.grounds.content.part, kind: look.grounds.content.kind }))
    : src(background, both(IMPORT_FROM.themeSlot, { slot: 'lt1' }), !scheme.lt1);

  // brand colours by the area they cover: grounds, shapes, pictures, and titles (a little)
  const cands: Candidate[] = [];
  const add = (hex: string | undefined, weight: number, source: { en: string; zh: string }, part: string) => {
    if (!hex || !isBrandish(hex) || weight <= 0) return;
    const near = cands.find((c) => nearColors(c.hex, hex));
    if (near) {
      if (weight > near.weight) Object.assign(near, { hex: normalizeHex(hex), source, part });
      near.weight += weight;
    } else cands.push({ hex: normalizeHex(hex), weight, source, part });
  };
  const groundWeight: Record<GroundRole, number> = { cover: 1, section: 0.8, content: 0.6 };
  for (const role of ['cover', 'section', 'content'] as const) {
    const g = look.grounds[role];
    if (!g) continue;
    const text = both(IMPORT_FROM.ground, { where: role, part: g.part, kind: g.kind });
    const pic = g.picture ? pictures.get(g.picture)?.colours : undefined;
    if (pic) for (const c of pic.colours) add(c.hex, groundWeight[role] * c.share, text, g.part);
    else add(ground[role], groundWeight[role], text, g.part);
  }
  for (const f of look.fills) {
    // the master's shapes show on every slide, a layout's on some
    const weight = (f.part === look.master ? 1.5 : 0.7) * f.area;
    add(f.hex, weight, both(IMPORT_FROM.area, { part: f.part, share: Math.round(f.area * 100) }), f.part);
  }
  for (const p of look.pictures) {
    const pic = pictures.get(p.media)?.colours;
    if (!pic) continue;
    const area = p.w * p.h;
    for (const c of pic.colours) add(c.hex, (p.part === look.master ? 1.5 : 0.7) * area * c.share * pic.opaque, both(IMPORT_FROM.area, { part: p.part, share: Math.round(area * 100) }), p.part);
  }
  if (look.title?.color) add(look.title.color, 0.3, both(IMPORT_FROM.titleText, { part: look.title.part, where: 'content' }), look.title.part);
  if (look.coverTitle?.color) add(look.coverTitle.color, 0.1, both(IMPORT_FROM.titleText, { part: look.coverTitle.part, where: 'cover' }), look.coverTitle.part);
  if (!stock) {
    add(scheme.accent1, 0.05, both(IMPORT_FROM.themeSlot, { slot: 'accent1' }), 'theme');
    add(scheme.accent2, 0.02, both(IMPORT_FROM.themeSlot, { slot: 'accent2' }), 'theme');
  }
  cands.sort((a, b) => b.weight - a.weight);

  const guessedRoles: string[] = [];
  const first = cands[0];
  const primary = first?.hex ?? (stock ? parent.colors.primary : normalizeHex(scheme.accent1 ?? parent.colors.primary));
  if (first) colors.primary = src(primary, first.source);
  else guessedRoles.push('primary');
  const second = cands.find((c) => !nearColors(c.hex, primary));
  colors.accent = second ? src(second.hex, both(IMPORT_FROM.second, { part: second.part })) : src(mix(primary, 'FFFFFF', 0.55), both(IMPORT_FROM.accentMix, {}), true);

  // text on the slide ground: the body placeholder's colour when it reads, else the theme's darkest or lightest
  const themeText = [scheme.dk1, scheme.lt1, scheme.dk2, scheme.lt2, '000000', 'FFFFFF'].filter((h): h is string => !!h).map((hex) => ({ hex, name: `#${hex}` }));
  const body = look.body?.color;
  if (body && contrastRatio(body, background) >= 4.5) colors.text = src(body, both(IMPORT_FROM.bodyText, { part: look.body!.part }));
  else {
    const best = bestText(background, themeText);
    colors.text = src(best.hex, body ? both(IMPORT_FROM.textFix, { ratio: contrastRatio(body, background).toFixed(1) }) : both(IMPORT_FROM.textNone, {}), true);
  }
  const text = colors.text.value;

  // text on primary: the cover title's colour when it reads, else white or the text colour
  const coverTitle = look.coverTitle?.color ?? (ground.cover && nearColors(ground.cover, primary) ? look.title?.color : undefined);
  if (coverTitle && contrastRatio(coverTitle, primary) >= 4.5) colors.onPrimary = src(coverTitle, both(IMPORT_FROM.titleText, { part: look.coverTitle?.part ?? look.title!.part, where: 'cover' }));
  else {
    const best = bestText(primary, [{ hex: 'FFFFFF', name: 'white' }, { hex: text, name: 'the text colour' }, { hex: background, name: 'the slide ground' }, { hex: '1A1A1A', name: 'near-black' }]);
    colors.onPrimary = src(best.hex, both(IMPORT_FROM.onGround, { name: best.name, ratio: best.ratio.toFixed(1) }), true);
    if (best.ratio < 4.5) warnings.push(report(IMPORT_NOTE.lowContrast, { file: display, fg: `#${best.hex}`, bg: `primary #${primary}`, ratio: best.ratio.toFixed(2) }, { severity: 'warning' }));
  }

  // figures and emphasis are primary where primary reads on the slide ground
  const pr = contrastRatio(primary, background);
  if (pr >= 4.5) {
    colors.figure = src(primary, both(IMPORT_FROM.samePrimary, {}));
    colors.emphasis = src(primary, both(IMPORT_FROM.samePrimary, {}));
  } else {
    const v = readableVariant(primary, text, [background], 4.5);
    const ratio = contrastRatio(v, background).toFixed(1);
    colors.figure = src(v, both(IMPORT_FROM.readable, { role: 'primary', ratio }), true);
    colors.emphasis = src(v, both(IMPORT_FROM.readable, { role: 'primary', ratio }), true);
  }

  // cards: the theme's lt2 when it is the deck's own and suits cards, else a tint of primary on the ground
  const lt2 = scheme.lt2;
  let card = mix(primary, background, 0.9);
  if (!stock && lt2 && contrastRatio(text, lt2) >= 4.5 && contrastRatio(primary, lt2) >= 3 && luminance(lt2) > 0.5 === luminance(background) > 0.5) {
    card = normalizeHex(lt2);
    colors.card = src(card, both(IMPORT_FROM.themeSlot, { slot: 'lt2' }));
  } else {
    for (let t = 0.92; contrastRatio(text, card) < 4.5 && t <= 1; t += 0.02) card = mix(primary, background, t);
    colors.card = src(card, both(IMPORT_FROM.tint, {}), true);
  }
  let muted = text;
  for (let t = 0.45; t > 0; t -= 0.05) {
    const m = mix(text, background, t);
    if (contrastRatio(m, background) >= 4.5 && contrastRatio(m, card) >= 4.5) {
      muted = m;
      break;
    }
  }
  colors.muted = src(muted, both(IMPORT_FROM.mutedMix, {}), true);
  for (const role of ['up', 'down'] as const) {
    const v = readableVariant(parent.colors[role], text, [background, card], 4.5);
    if (v !== parent.colors[role]) colors[role] = src(v, both(IMPORT_FROM.readable, { role, ratio: contrastRatio(v, background).toFixed(1) }), true);
  }

  // slide grounds, with the pictures that make them
  const bgs: NonNullable<TemplateOverrides['backgrounds']> = {};
  const groundFor: Record<SlideRole, GroundRole | undefined> = { content: 'content', agenda: 'content', cover: 'cover', closing: 'cover', section: 'section' };
  // a deck without a section header layout shows its dividers like its cover
  const fallback: Record<GroundRole, GroundRole[]> = { content: ['content'], cover: ['cover', 'content'], section: ['section', 'cover', 'content'] };
  const names = new Map<string, string>();
  for (const [role, want] of Object.entries(groundFor) as [SlideRole, GroundRole][]) {
    const from = fallback[want].find((r) => look.grounds[r]) ?? want;
    const g = look.grounds[from];
    const c = groundColour(g, pictures);
    if (!g || !c) {
      if (parent.backgrounds[role].color === parent.colors.primary) bgs[role] = src(primary, both(IMPORT_FROM.samePrimary, {}), true);
      continue;
    }
    const fill: Src & { image?: string } = src(c, both(IMPORT_FROM.ground, { where: from, part: g.part, kind: g.kind }));
    const pic = g.picture ? pictures.get(g.picture) : undefined;
    // on content slides titles are set in primary: a picture showing primary (a band under the
    // titles) would hide them, so only its ground colour is taken
    const hides = from === 'content' && (pic?.colours?.colours ?? []).some((c) => c.share >= 0.03 && nearColors(c.hex, primary));
    if (hides) {
      const t = both(IMPORT_FROM.pictureHidesTitles, { part: g.part });
      Object.assign(fill, { source: t.en, zh: t.zh, guessed: true });
    } else if (pic && g.picture) {
      // one file a picture, however many grounds show it
      let name = names.get(g.picture);
      if (!name) {
        name = `background-${from}.${pic.kind === 'png' ? 'png' : 'jpg'}`;
        names.set(g.picture, name);
        assets.push({ name, bytes: pic.bytes, what: 'background' });
      }
      fill.image = name;
    }
    bgs[role] = fill;
  }
  o.backgrounds = bgs;
  // the cover: a picture or a ground of its own keeps its look; the panel of `solid` is for a primary ground
  const coverGround = bgs.cover;
  if (coverGround) {
    const design = coverGround.image || !nearColors(coverGround.value, primary) ? 'plain' : 'solid';
    const t = both(IMPORT_FROM.coverDesign, { design });
    o.decor = { cover: { value: design, source: t.en, zh: t.zh } };
  }

  const logo = findLogo(look, pictures);
  if (logo) {
    const name = `logo.${logo.pic.kind === 'png' ? 'png' : 'jpg'}`;
    assets.push({ name, bytes: logo.pic.bytes, what: 'logo' });
    const text2 = both(IMPORT_FROM.logo, { media: logo.place.media, count: logo.count });
    const cx = logo.place.x + logo.place.w / 2;
    const cy = logo.place.y + logo.place.h / 2;
    const position = `${cy < 0.5 ? 'top' : 'bottom'}-${cx < 0.5 ? 'left' : 'right'}` as const;
    const height = Math.min(2, Math.max(0.2, Math.round(logo.place.h * toInchesHeight(parent) * 100) / 100));
    o.logo = { value: { path: name, position, height, slides: ['cover', 'content', 'closing'] }, source: text2.en, zh: text2.zh };
  }

  for (const role of COLOR_ROLES) if (colors[role]?.guessed && !['card', 'muted'].includes(role)) guessedRoles.push(role);
  if (guessedRoles.length) warnings.push(report(IMPORT_NOTE.guessed, { file: display, roles: [...new Set(guessedRoles)] }, { severity: 'warning' }));
  const speaks = !!stock || cands.some((c) => c.part !== 'theme') || Object.values(look.grounds).some((g) => g && (g.picture || (g.color && g.color !== normalizeHex(scheme.lt1 ?? 'FFFFFF'))));
  return { speaks, overrides: o, warnings, assets };
}

function toInchesHeight(parent: Theme): number {
  return parent.size.height / 914400;
}

/** A small picture shown on the master, or on two layouts or more: the logo. */
function findLogo(look: DeckLook, pictures: Map<string, DeckPicture>): { place: PlacedPicture; pic: DeckPicture; count: number } | undefined {
  const small = look.pictures.filter((p) => p.w * p.h < 0.08 && pictures.has(p.media));
  const byMedia = new Map<string, PlacedPicture[]>();
  for (const p of small) byMedia.set(p.media, [...(byMedia.get(p.media) ?? []), p]);
  let best: { place: PlacedPicture; pic: DeckPicture; count: number } | undefined;
  for (const [media, places] of byMedia) {
    const onMaster = places.some((p) => p.part === look.master);
    const parts = new Set(places.map((p) => p.part)).size;
    if (!onMaster && parts < 2) continue;
    const place = places.find((p) => p.part === look.master) ?? places[0]!;
    if (!best || parts > best.count) best = { place, pic: pictures.get(media)!, count: parts };
  }
  return best;
}
