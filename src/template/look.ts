/**
 * What a presentation's slide master and layouts show, read from their XML: the grounds
 * (solid, gradient, picture) of content slides, of the title layout (the cover) and of the
 * section header layout, the colours and fonts of the title and body placeholders, the
 * coloured shapes with the share of the slide they cover, and the pictures with their places.
 * Scheme colours are resolved through the master's clrMap and the theme. Nothing is chosen
 * here: brand.ts decides what becomes which colour of the template.
 */
import { posix } from 'node:path';
import { lumTransform, mix } from '../core/color.js';
import { attr, child, children, localName, parseXml, type XmlElement } from './xml.js';

export type SchemeColours = Partial<Record<string, string>>;

export interface ThemeFontNames {
  latin?: string;
  ea?: string;
  hans?: string;
}

export type GroundRole = 'content' | 'cover' | 'section';

export interface Ground {
  /** RRGGBB: the fill's colour, a gradient's average, a picture's average (PNG), or undefined. */
  color?: string;
  kind: 'solid' | 'gradient' | 'picture' | 'pattern';
  /** The part whose background it is. */
  part: string;
  /** A picture's media part. */
  picture?: string;
}

export interface TextLook {
  color?: string;
  latin?: string;
  ea?: string;
  /** The part that set the colour (or the fonts). */
  part: string;
}

export interface AreaFill {
  hex: string;
  /** Share of the slide the shape covers, 0–1. */
  area: number;
  part: string;
}

export interface PlacedPicture {
  media: string;
  part: string;
  /** Place and size as shares of the slide's width and height. */
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface DeckLook {
  master: string;
  grounds: Partial<Record<GroundRole, Ground>>;
  title?: TextLook;
  body?: TextLook;
  /** The title of the title layout (the cover) and of the section header layout, where they differ. */
  coverTitle?: TextLook;
  sectionTitle?: TextLook;
  fills: AreaFill[];
  pictures: PlacedPicture[];
}

/** Layouts read at most: a master with more is not a template anyone made by hand. */
export const MAX_LAYOUTS = 64;
/** Shapes looked at per part at most (a master holds tens). */
const MAX_SHAPES = 2000;

const HEX = /^[0-9A-Fa-f]{6}$/;
const PRESET: Record<string, string> = { black: '000000', white: 'FFFFFF', red: 'FF0000', green: '008000', blue: '0000FF', yellow: 'FFFF00', gray: '808080', grey: '808080', darkBlue: '00008B', darkRed: '8B0000', navy: '000080', teal: '008080', orange: 'FFA500', gold: 'FFD700', silver: 'C0C0C0' };
const SYSTEM: Record<string, string> = { windowText: '000000', window: 'FFFFFF' };

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

export function relationships(xml: string | undefined): Relationship[] {
  const root = xml ? parseXml(xml) : undefined;
  const out: Relationship[] = [];
  for (const r of children(root, 'Relationship')) {
    const id = attr(r, 'Id');
    const target = attr(r, 'Target');
    if (id && target && attr(r, 'TargetMode') !== 'External') out.push({ id, type: attr(r, 'Type') ?? '', target });
  }
  return out;
}

/** A relationship target, relative to the part that names it, as a part name. */
export function resolvePart(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return posix.normalize(posix.join(posix.dirname(from), target));
}

export function relsOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

/** Colours of one part: the theme through the master's clrMap (bg1 → lt1 …); phClr is the style's colour. */
export class ColourContext {
  constructor(
    private readonly scheme: SchemeColours,
    private readonly map: Record<string, string>,
  ) {}

  /** The colour element inside `e` (srgbClr, schemeClr, sysClr, prstClr) with its modifiers. */
  colourIn(e: XmlElement | undefined, phClr?: string): string | undefined {
    if (!e) return undefined;
    for (const c of e.children) {
      const v = this.colour(c, phClr);
      if (v) return v;
    }
    return undefined;
  }

  colour(c: XmlElement, phClr?: string): string | undefined {
    const kind = localName(c.name);
    let hex: string | undefined;
    const val = attr(c, 'val');
    if (kind === 'srgbClr') hex = val && HEX.test(val) ? val.toUpperCase() : undefined;
    else if (kind === 'schemeClr') hex = val === 'phClr' ? phClr : this.scheme[this.map[val ?? ''] ?? val ?? ''];
    else if (kind === 'sysClr') hex = attr(c, 'lastClr') && HEX.test(attr(c, 'lastClr')!) ? attr(c, 'lastClr')!.toUpperCase() : SYSTEM[val ?? ''];
    else if (kind === 'prstClr') hex = PRESET[val ?? ''];
    else return undefined;
    return hex ? modified(hex, c) : undefined;
  }
}

/** lumMod/lumOff (HSL lightness), tint (towards white) and shade (towards black), in order. */
function modified(hex: string, c: XmlElement): string {
  let out = hex;
  let mod: number | undefined;
  let off: number | undefined;
  for (const m of c.children) {
    const v = Number(attr(m, 'val'));
    if (!Number.isFinite(v)) continue;
    const k = localName(m.name);
    if (k === 'lumMod') mod = v;
    else if (k === 'lumOff') off = v;
    else if (k === 'tint') out = mix(out, 'FFFFFF', 1 - Math.min(1, Math.max(0, v / 100000)));
    else if (k === 'shade') out = mix(out, '000000', 1 - Math.min(1, Math.max(0, v / 100000)));
  }
  return mod !== undefined || off !== undefined ? lumTransform(out, mod ?? 100000, off ?? 0) : out;
}

export function clrMapOf(master: XmlElement | undefined): Record<string, string> {
  const map: Record<string, string> = { bg1: 'lt1', tx1: 'dk1', bg2: 'lt2', tx2: 'dk2' };
  const el = child(master, 'clrMap');
  if (el) for (const [k, v] of Object.entries(el.attrs)) map[localName(k)] = v;
  return map;
}

interface Fill {
  color?: string;
  kind: Ground['kind'];
  embed?: string;
}

/** A fill element (solidFill, gradFill, blipFill, pattFill) among the children of `e`. */
function fillIn(e: XmlElement | undefined, cx: ColourContext, phClr?: string): Fill | undefined {
  if (!e) return undefined;
  for (const f of e.children) {
    const k = localName(f.name);
    if (k === 'solidFill') {
      const color = cx.colourIn(f, phClr);
      return color ? { color, kind: 'solid' } : undefined;
    }
    if (k === 'gradFill') {
      // a gradient's colour from afar: the average of its stops
      const stops = children(child(f, 'gsLst'), 'gs').map((g) => cx.colourIn(g, phClr)).filter((c): c is string => !!c);
      if (!stops.length) return undefined;
      let avg = stops[0]!;
      stops.slice(1).forEach((s, i) => (avg = mix(avg, s, 1 / (i + 2))));
      return { color: avg, kind: 'gradient' };
    }
    if (k === 'pattFill') {
      const color = cx.colourIn(child(f, 'fgClr'), phClr);
      return color ? { color, kind: 'pattern' } : undefined;
    }
    if (k === 'blipFill') {
      const embed = attr(child(f, 'blip'), 'embed', true);
      return embed ? { kind: 'picture', embed } : undefined;
    }
    if (k === 'noFill') return undefined;
  }
  return undefined;
}

/** The ground of a master or layout: p:cSld/p:bg (bgPr, or bgRef with its colour). */
function groundOf(root: XmlElement, part: string, cx: ColourContext, rels: Relationship[]): Ground | undefined {
  const bg = child(child(root, 'cSld'), 'bg');
  if (!bg) return undefined;
  const pr = child(bg, 'bgPr');
  const ref = child(bg, 'bgRef');
  const fill = pr ? fillIn(pr, cx) : ref ? { color: cx.colourIn(ref), kind: 'solid' as const } : undefined;
  if (!fill) return undefined;
  const g: Ground = { kind: fill.kind, part };
  if (fill.color) g.color = fill.color;
  if (fill.embed) {
    const r = rels.find((x) => x.id === fill.embed);
    if (r) g.picture = resolvePart(part, r.target);
  }
  return g.color || g.picture ? g : undefined;
}

function placeholderType(sp: XmlElement): string | undefined {
  const nv = child(sp, 'nvSpPr') ?? child(sp, 'nvPicPr');
  const ph = child(child(nv, 'nvPr'), 'ph');
  if (!ph) return undefined;
  return attr(ph, 'type') ?? 'body';
}

/** Colour and fonts of a run-properties element (defRPr, rPr, endParaRPr). */
function runLook(rpr: XmlElement | undefined, cx: ColourContext, fonts: (ref: string) => string | undefined): Omit<TextLook, 'part'> {
  const out: Omit<TextLook, 'part'> = {};
  if (!rpr) return out;
  const color = fillIn(rpr, cx)?.color;
  if (color) out.color = color;
  const latin = attr(child(rpr, 'latin'), 'typeface');
  const ea = attr(child(rpr, 'ea'), 'typeface');
  const l = latin ? fonts(latin) : undefined;
  const e = ea ? fonts(ea) : undefined;
  if (l) out.latin = l;
  if (e) out.ea = e;
  return out;
}

/** What a placeholder's text looks like: its list style's first level, else its first run. */
function placeholderText(sp: XmlElement, cx: ColourContext, fonts: (ref: string) => string | undefined): Omit<TextLook, 'part'> {
  const body = child(sp, 'txBody');
  const lvl = runLook(child(child(child(body, 'lstStyle'), 'lvl1pPr'), 'defRPr'), cx, fonts);
  for (const p of children(body, 'p')) {
    for (const r of p.children) {
      const k = localName(r.name);
      const rpr = k === 'r' ? child(r, 'rPr') : k === 'endParaRPr' ? r : undefined;
      const look = runLook(rpr, cx, fonts);
      return { ...look, ...lvl };
    }
  }
  return lvl;
}

function merge(base: TextLook | undefined, over: Omit<TextLook, 'part'>, part: string): TextLook | undefined {
  if (!over.color && !over.latin && !over.ea) return base;
  return { ...(base ?? { part }), ...over, part: over.color ? part : (base?.part ?? part) };
}

export interface LookInput {
  text: (part: string) => string | undefined;
  master: string;
  scheme: SchemeColours;
  major: ThemeFontNames;
  minor: ThemeFontNames;
  slide: { cx: number; cy: number };
}

/** Reads the master and its layouts; undefined when the master is missing or not XML. */
export function readDeckLook(input: LookInput): DeckLook | undefined {
  const masterText = input.text(input.master);
  const master = masterText ? parseXml(masterText) : undefined;
  if (!master) return undefined;
  const cx = new ColourContext(input.scheme, clrMapOf(master));
  const fonts = (ref: string): string | undefined => {
    const m = /^\+(mj|mn)-(lt|ea|cs)$/.exec(ref);
    if (!m) return ref.trim() || undefined;
    const f = m[1] === 'mj' ? input.major : input.minor;
    return m[2] === 'lt' ? f.latin : m[2] === 'ea' ? (f.ea ?? f.hans) : undefined;
  };
  const look: DeckLook = { master: input.master, grounds: {}, fills: [], pictures: [] };
  const masterRels = relationships(input.text(relsOf(input.master)));

  // the master's text styles, then what its placeholders say
  const styles = child(master, 'txStyles');
  const level = (style: string) => child(child(child(styles, style), 'lvl1pPr'), 'defRPr');
  look.title = merge(undefined, runLook(level('titleStyle'), cx, fonts), input.master);
  look.body = merge(undefined, runLook(level('bodyStyle'), cx, fonts), input.master);
  const ground = groundOf(master, input.master, cx, masterRels);
  if (ground) look.grounds.content = ground;
  walkShapes(master, input.master, cx, fonts, masterRels, input.slide, look, (type, t) => {
    if (type === 'title' || type === 'ctrTitle') look.title = merge(look.title, t, input.master);
    else if (type === 'body') look.body = merge(look.body, t, input.master);
  });

  const layouts = masterRels.filter((r) => r.type.endsWith('/slideLayout')).slice(0, MAX_LAYOUTS);
  for (const rel of layouts) {
    const part = resolvePart(input.master, rel.target);
    const text = input.text(part);
    const layout = text ? parseXml(text) : undefined;
    if (!layout) continue;
    const type = attr(layout, 'type');
    const role: GroundRole | undefined = type === 'title' ? 'cover' : type === 'secHead' ? 'section' : undefined;
    const lrels = relationships(input.text(relsOf(part)));
    const lg = groundOf(layout, part, cx, lrels);
    if (lg && role && !look.grounds[role]) look.grounds[role] = lg;
    walkShapes(layout, part, cx, fonts, lrels, input.slide, look, (ph, t) => {
      if (ph !== 'title' && ph !== 'ctrTitle') return;
      if (role === 'cover') look.coverTitle = merge(look.coverTitle, t, part);
      if (role === 'section') look.sectionTitle = merge(look.sectionTitle, t, part);
    });
  }
  return look;
}

/** Coloured shapes and pictures of a part's shape tree (groups flattened), and its placeholders' text. */
function walkShapes(
  root: XmlElement,
  part: string,
  cx: ColourContext,
  fonts: (ref: string) => string | undefined,
  rels: Relationship[],
  slide: { cx: number; cy: number },
  look: DeckLook,
  onPlaceholder: (type: string, text: Omit<TextLook, 'part'>) => void,
): void {
  const tree = child(child(root, 'cSld'), 'spTree');
  const stack: XmlElement[] = tree ? [...tree.children].reverse() : [];
  let seen = 0;
  while (stack.length && seen++ < MAX_SHAPES) {
    const e = stack.pop()!;
    const k = localName(e.name);
    if (k === 'grpSp') {
      stack.push(...[...e.children].reverse());
      continue;
    }
    if (k !== 'sp' && k !== 'pic') continue;
    const ph = placeholderType(e);
    if (ph && k === 'sp') onPlaceholder(ph, placeholderText(e, cx, fonts));
    const spPr = child(e, 'spPr');
    const xfrm = child(spPr, 'xfrm');
    const off = child(xfrm, 'off');
    const ext = child(xfrm, 'ext');
    const w = Number(attr(ext, 'cx')) / slide.cx;
    const h = Number(attr(ext, 'cy')) / slide.cy;
    const x = Number(attr(off, 'x')) / slide.cx;
    const y = Number(attr(off, 'y')) / slide.cy;
    if (![w, h, x, y].every(Number.isFinite) || w <= 0 || h <= 0) continue;
    const area = Math.min(1, w * h);
    if (k === 'pic') {
      const embed = attr(child(child(e, 'blipFill'), 'blip'), 'embed', true);
      const r = embed ? rels.find((x2) => x2.id === embed) : undefined;
      if (r && !ph) look.pictures.push({ media: resolvePart(part, r.target), part, x, y, w, h });
      continue;
    }
    // only fills written on the shape: a style's fillRef is the theme's default shape fill
    const fill = fillIn(spPr, cx);
    if (fill?.color) look.fills.push({ hex: fill.color, area, part });
  }
}
