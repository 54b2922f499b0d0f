/**
 * An organisation's PowerPoint file (.pptx/.potx) → template overrides: the slide size,
 * the theme's colour scheme and its major/minor fonts, mapped onto briefdeck's roles.
 * Reads only the few small XML parts it needs (fflate, loaded on first use) and parses them
 * with an XML parser (./xml.ts), in time linear in their size whatever they hold.
 */
import { extname, posix } from 'node:path';
import { contrastRatio, mix, normalizeHex } from '../core/color.js';
import { DeckError, type Diagnostic } from '../core/errors.js';
import { both, report, type MessageDef } from '../core/catalogue/define.js';
import { IMPORT, IMPORT_FROM, type ArchiveKind, type FontSlot } from '../core/catalogue/template.js';
import { describeFailure, readLimited } from '../core/safe-read.js';
import { toInches, type Emu } from '../core/units.js';
import { COLOR_ROLES, FONT_NAME_RE, SLIDE_ROLES, type ColorRole } from './schema.js';
import type { Theme } from './load.js';
import type { FontRole, Sourced, TemplateOverrides } from './scaffold.js';
import { attr, child, children, parseXml, type XmlElement } from './xml.js';
import { checkImage, MAX_IMAGE_BYTES } from '../core/image-info.js';
import { mapDeckLook, type DeckPicture, type ImportAsset } from './brand.js';
import { readDeckLook, relationships, relsOf, resolvePart, type DeckLook } from './look.js';
import { pngAverage } from './picture-colour.js';

export const SCHEME_SLOTS = ['dk1', 'lt1', 'dk2', 'lt2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'] as const;
export type SchemeSlot = (typeof SCHEME_SLOTS)[number];

export interface ThemeFonts {
  latin?: string;
  ea?: string;
  /** The font of the Hans script (Simplified Chinese), used when `ea` is empty. */
  hans?: string;
}

/** What a PowerPoint file's theme says, before any mapping. */
export interface PptxTheme {
  /** Part the theme was read from, e.g. ppt/theme/theme1.xml. */
  themePart: string;
  themeName?: string;
  schemeName?: string;
  /** Slide size in EMU from ppt/presentation.xml. */
  slideSize?: { cx: number; cy: number };
  /** Colours as RRGGBB. */
  colors: Partial<Record<SchemeSlot, string>>;
  major: ThemeFonts;
  minor: ThemeFonts;
  /** What the slide master and layouts show (a .thmx has none). */
  look?: DeckLook;
  /** The pictures the master and layouts show, by part name. */
  pictures?: Map<string, DeckPicture>;
}

export interface ImportResult {
  pptx: PptxTheme;
  overrides: TemplateOverrides;
  warnings: Diagnostic[];
  /** Pictures to write beside template.yaml (logo, background pictures). */
  assets: ImportAsset[];
}

/** All XML parts read together at most, unpacked: a master and its layouts take well under 1 MB. */
const MAX_XML_BYTES = 64 * 1024 * 1024;

/** Larger files are not presentations anyone would import a theme from. */
const MAX_FILE_BYTES = 512 * 1024 * 1024;
/** A part larger than this unpacked is not a theme (and may be a zip bomb). */
const MAX_PART_BYTES = 16 * 1024 * 1024;

function failed<P>(def: MessageDef<P>, params: P): DeckError {
  return new DeckError(report(def, params));
}

/** Reads the theme of a .pptx/.potx file; every problem is an IMPORT_FAILED DeckError. */
export async function readPptxTheme(path: string, display = path): Promise<PptxTheme> {
  const read = readLimited(path, MAX_FILE_BYTES);
  if (!read.ok) {
    if (read.reason === 'missing') throw failed(IMPORT.missing, { file: display, cwd: process.cwd() });
    if (read.reason === 'too-large') throw failed(IMPORT.tooLarge, { file: display, limit: MAX_FILE_BYTES });
    if (read.reason === 'unreadable') throw failed(IMPORT.unreadable, { file: display, reason: read.message });
    throw failed(IMPORT.notAFile, { file: display, failure: { en: describeFailure(read), zh: describeFailure(read, 'zh') } });
  }
  const bytes: Uint8Array = read.bytes;
  return parsePptxTheme(bytes, display);
}

/** The same, from the bytes of the file. */
export async function parsePptxTheme(bytes: Uint8Array, display: string): Promise<PptxTheme> {
  const ext = extname(display).toLowerCase();
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || (bytes[2] !== 0x03 && bytes[2] !== 0x05)) {
    const legacy = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
    throw failed(legacy ? IMPORT.legacy : IMPORT.notZip, { file: display });
  }
  // loaded here, not at start-up: only `template import` needs to unzip
  const { unzipSync } = await import('fflate');
  const names: string[] = [];
  const wanted = (name: string) =>
    name === 'ppt/presentation.xml' ||
    name === 'ppt/_rels/presentation.xml.rels' ||
    name === 'theme/theme/theme1.xml' ||
    /^ppt\/(slideMasters|slideLayouts)\/(_rels\/)?[^/]+\.(xml|rels)$/.test(name) ||
    /^ppt\/slides\/_rels\/[^/]+\.rels$/.test(name) ||
    /^ppt\/theme\/[^/]+\.xml$/.test(name);
  let files: Record<string, Uint8Array>;
  // the parts are read up to a total: a zip of many large parts is not a template
  let total = 0;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        if (!wanted(f.name) || f.originalSize > MAX_PART_BYTES || total + f.originalSize > MAX_XML_BYTES) return false;
        total += f.originalSize;
        return true;
      },
    });
  } catch (err) {
    throw failed(IMPORT.damagedZip, { file: display, error: (err as Error).message });
  }
  const text = (name: string): string | undefined => {
    const b = files[name];
    if (!b) return undefined;
    return new TextDecoder('utf-8').decode(b).replace(/^\uFEFF/, '');
  };
  const presentation = text('ppt/presentation.xml');
  // a theme file (.thmx): the theme alone, no slides, no master to read
  if (presentation === undefined && files['theme/theme/theme1.xml']) return readTheme(text('theme/theme/theme1.xml')!, 'theme/theme/theme1.xml', undefined, display);
  if (presentation === undefined) {
    const kind: ArchiveKind = names.includes('word/document.xml')
      ? 'word'
      : names.includes('xl/workbook.xml')
        ? 'excel'
        : names.includes('ppt/presentation.xml')
          ? 'big-presentation'
          : 'zip';
    throw failed(IMPORT.notPresentation, { file: display, kind, ext });
  }

  const presentationXml = parseXml(presentation);
  if (!presentationXml) throw failed(IMPORT.presentationNotXml, { file: display });
  const themePart = findThemePart(presentationXml, text, Object.keys(files));
  const themeText = themePart ? text(themePart) : undefined;
  if (!themePart || themeText === undefined) throw failed(IMPORT.noTheme, { file: display });
  const theme = readTheme(themeText, themePart, presentationXml, display);
  const masters = mastersInUse(presentationXml, text);
  const master = masters.content ?? masterPart(presentationXml, text);
  if (master && theme.slideSize) {
    const input = { text, scheme: theme.colors, major: theme.major, minor: theme.minor, slide: theme.slideSize };
    const look = readDeckLook({ ...input, master });
    // LibreOffice writes a master for each master page: the cover may have one of its own
    const cover = masters.cover && masters.cover !== master ? readDeckLook({ ...input, master: masters.cover }) : undefined;
    if (look && cover) {
      if (cover.grounds.content) look.grounds.cover = cover.grounds.content;
      if (cover.title?.color) look.coverTitle = cover.title;
      look.fills.push(...cover.fills);
      look.pictures.push(...cover.pictures);
    }
    if (look) {
      theme.look = look;
      theme.pictures = deckPictures(bytes, look, unzipSync);
    }
  }
  return theme;
}

/** The pictures the look names: PNG and JPEG files whole and within the size a template allows. */
function deckPictures(bytes: Uint8Array, look: DeckLook, unzip: typeof import('fflate').unzipSync): Map<string, DeckPicture> {
  const named = new Set<string>([...look.pictures.map((p) => p.media), ...Object.values(look.grounds).flatMap((g) => (g?.picture ? [g.picture] : []))]);
  const out = new Map<string, DeckPicture>();
  if (!named.size) return out;
  let files: Record<string, Uint8Array>;
  try {
    files = unzip(bytes, { filter: (f) => named.has(f.name) && f.originalSize <= MAX_IMAGE_BYTES });
  } catch {
    return out;
  }
  for (const [name, b] of Object.entries(files)) {
    const checked = checkImage(b);
    if (!checked.ok) continue;
    const pic: DeckPicture = { bytes: b, kind: checked.info.kind };
    const colours = checked.info.kind === 'png' ? pngAverage(b) : undefined;
    if (colours) pic.colours = colours;
    out.set(name, pic);
  }
  return out;
}

/** Slides looked at to tell which master each uses. */
const MAX_SLIDES_READ = 200;

/**
 * The master of the first slide (the cover) and the one most of the other slides use, through
 * the slides' and layouts' relationships; a deck of one master, or one whose slides say nothing,
 * gives none (the first master is used).
 */
function mastersInUse(presentation: XmlElement, text: (name: string) => string | undefined): { cover?: string; content?: string } {
  const presRels = relationships(text('ppt/_rels/presentation.xml.rels'));
  if (presRels.filter((r) => r.type.endsWith('/slideMaster')).length < 2) return {};
  const slides = children(child(presentation, 'sldIdLst'), 'sldId').slice(0, MAX_SLIDES_READ);
  const masterOf = (slideRid: string | undefined): string | undefined => {
    const rel = presRels.find((r) => r.id === slideRid);
    if (!rel) return undefined;
    const slide = resolvePart('ppt/presentation.xml', rel.target);
    const layoutRel = relationships(text(relsOf(slide))).find((r) => r.type.endsWith('/slideLayout'));
    if (!layoutRel) return undefined;
    const layout = resolvePart(slide, layoutRel.target);
    const masterRel = relationships(text(relsOf(layout))).find((r) => r.type.endsWith('/slideMaster'));
    return masterRel ? resolvePart(layout, masterRel.target) : undefined;
  };
  const used = slides.map((sl) => masterOf(attr(sl, 'id', true)));
  const counts = new Map<string, number>();
  for (const m of used.slice(1)) if (m) counts.set(m, (counts.get(m) ?? 0) + 1);
  const content = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? used[0];
  const out: { cover?: string; content?: string } = {};
  if (used[0]) out.cover = used[0];
  if (content) out.content = content;
  return out;
}

/** The first slide master, via the presentation's relationships. */
function masterPart(presentation: XmlElement, text: (name: string) => string | undefined): string | undefined {
  const masterId = child(child(presentation, 'sldMasterIdLst'), 'sldMasterId');
  const rid = attr(masterId, 'id', true);
  const presRels = relationships(text('ppt/_rels/presentation.xml.rels'));
  const master = rid ? presRels.find((r) => r.id === rid) : presRels.find((r) => r.type.endsWith('/slideMaster'));
  return master ? resolvePart('ppt/presentation.xml', master.target) : undefined;
}

/** The colour scheme and fonts of a theme part, and the slide size of the presentation when there is one. */
function readTheme(themeText: string, themePart: string, presentationXml: XmlElement | undefined, display: string): PptxTheme {
  const themeXml = parseXml(themeText);
  if (!themeXml) throw failed(IMPORT.themeNotXml, { file: display, part: themePart });

  const scheme = child(themeXml, 'clrScheme', true);
  if (!scheme) throw failed(IMPORT.noColourScheme, { file: display, part: themePart });
  const colors: Partial<Record<SchemeSlot, string>> = {};
  for (const slot of SCHEME_SLOTS) {
    const c = schemeColor(child(scheme, slot));
    if (c) colors[slot] = c;
  }
  if (Object.keys(colors).length === 0) throw failed(IMPORT.noColours, { file: display, part: themePart });

  const fontScheme = child(themeXml, 'fontScheme', true);
  const sz = child(presentationXml, 'sldSz');
  const cx = Number(attr(sz, 'cx'));
  const cy = Number(attr(sz, 'cy'));
  const theme: PptxTheme = {
    themePart,
    colors,
    major: themeFonts(child(fontScheme, 'majorFont')),
    minor: themeFonts(child(fontScheme, 'minorFont')),
  };
  const themeName = attr(themeXml, 'name');
  if (themeName) theme.themeName = themeName;
  const schemeName = attr(scheme, 'name');
  if (schemeName) theme.schemeName = schemeName;
  if (cx > 0 && cy > 0) theme.slideSize = { cx, cy };
  return theme;
}


/** The theme the first slide master uses (via the relationships), else ppt/theme/theme1.xml. */
function findThemePart(presentation: XmlElement, text: (name: string) => string | undefined, parts: string[]): string | undefined {
  const masterId = child(child(presentation, 'sldMasterIdLst'), 'sldMasterId');
  const rid = attr(masterId, 'id', true);
  const presRels = relationships(text('ppt/_rels/presentation.xml.rels'));
  const master = rid ? presRels.find((r) => r.id === rid) : presRels.find((r) => r.type.endsWith('/slideMaster'));
  if (master) {
    const masterPart = resolvePart('ppt/presentation.xml', master.target);
    const relsPart = posix.join(posix.dirname(masterPart), '_rels', `${posix.basename(masterPart)}.rels`);
    const theme = relationships(text(relsPart)).find((r) => r.type.endsWith('/theme'));
    if (theme) {
      const part = resolvePart(masterPart, theme.target);
      if (parts.includes(part)) return part;
    }
  }
  if (parts.includes('ppt/theme/theme1.xml')) return 'ppt/theme/theme1.xml';
  return parts.filter((p) => /^ppt\/theme\/[^/]+\.xml$/.test(p)).sort()[0];
}


const SYSTEM_COLORS: Record<string, string> = { windowText: '000000', window: 'FFFFFF', btnText: '000000', btnFace: 'F0F0F0', highlight: '0078D7', highlightText: 'FFFFFF', grayText: '6D6D6D' };
const PRESET_COLORS: Record<string, string> = { black: '000000', white: 'FFFFFF', red: 'FF0000', green: '008000', blue: '0000FF', yellow: 'FFFF00', gray: '808080', grey: '808080' };
const HEX = /^[0-9A-Fa-f]{6}$/;

/** The colour of a scheme slot: srgbClr, sysClr (its lastClr), or a few others. */
function schemeColor(slot: XmlElement | undefined): string | undefined {
  const srgb = child(slot, 'srgbClr');
  if (srgb) {
    const v = attr(srgb, 'val');
    return v && HEX.test(v) ? v.toUpperCase() : undefined;
  }
  const sys = child(slot, 'sysClr');
  if (sys) {
    const last = attr(sys, 'lastClr');
    if (last && HEX.test(last)) return last.toUpperCase();
    const val = attr(sys, 'val');
    return val ? SYSTEM_COLORS[val] : undefined;
  }
  const preset = child(slot, 'prstClr');
  if (preset) return PRESET_COLORS[attr(preset, 'val') ?? ''];
  const scrgb = child(slot, 'scrgbClr');
  if (scrgb) {
    const ch = (k: string) => {
      const lin = Math.min(1, Math.max(0, Number(attr(scrgb, k) ?? 0) / 100000));
      const s = lin <= 0.0031308 ? lin * 12.92 : 1.055 * lin ** (1 / 2.4) - 0.055;
      return Math.round(s * 255).toString(16).padStart(2, '0');
    };
    return (ch('r') + ch('g') + ch('b')).toUpperCase();
  }
  return undefined;
}

function themeFonts(e: XmlElement | undefined): ThemeFonts {
  const out: ThemeFonts = {};
  const latin = attr(child(e, 'latin'), 'typeface')?.trim();
  const ea = attr(child(e, 'ea'), 'typeface')?.trim();
  if (latin) out.latin = latin;
  if (ea) out.ea = ea;
  for (const f of children(e, 'font')) {
    if (attr(f, 'script') === 'Hans' && attr(f, 'typeface')?.trim()) out.hans = attr(f, 'typeface')!.trim();
  }
  return out;
}

/** Nearest of the slide sizes briefdeck offers. */
export function nearestSize(cx: number, cy: number): '16:9' | '4:3' {
  const r = cx / cy;
  return Math.abs(r - 16 / 9) <= Math.abs(r - 4 / 3) ? '16:9' : '4:3';
}

/** Low saturation: the channels lie close together. */
export function isGreyish(hex: string): boolean {
  const h = normalizeHex(hex);
  const ch = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  return Math.max(...ch) - Math.min(...ch) <= 24;
}

/** A grey between text and background that still reads as small text (4.5:1) on every ground it is set on. */
function derivedMuted(text: string, background: string, grounds: string[]): string {
  for (let t = 0.45; t > 0; t -= 0.05) {
    const c = mix(text, background, t);
    if (grounds.every((g) => contrastRatio(c, g) >= 4.5)) return c;
  }
  return text;
}


/** Maps a PowerPoint theme onto briefdeck's roles, over the parent template's values. */
/** A colour darkened in small steps until it reads (4.5:1) on every ground; the colour itself when it does. */
function readableHue(hex: string, grounds: string[]): string {
  let c = normalizeHex(hex);
  for (let t = 0.05; t < 1 && grounds.some((g) => contrastRatio(c, g) < 4.5); t += 0.05) c = mix(hex, '000000', t);
  return c;
}

export function mapPptxTheme(t: PptxTheme, parent: Theme, display: string): { overrides: TemplateOverrides; warnings: Diagnostic[] } {
  const warnings: Diagnostic[] = [];
  const k = t.colors;
  const o: TemplateOverrides = {};
  const colors: Partial<Record<ColorRole, Sourced<string>>> = {};
  o.colors = colors;

  if (t.slideSize) {
    const name = nearestSize(t.slideSize.cx, t.slideSize.cy);
    const w = toInches(t.slideSize.cx as Emu).toFixed(2).replace(/\.?0+$/, '');
    const h = toInches(t.slideSize.cy as Emu).toFixed(2).replace(/\.?0+$/, '');
    o.size = { value: name, source: `slide size of the presentation, ${w} × ${h} in (nearest of 16:9 and 4:3)` };
  }

  if (k.accent1) colors.primary = { value: k.accent1, source: 'accent1 of the theme' };
  else if (k.dk2) colors.primary = { value: k.dk2, source: 'dk2 of the theme (it has no accent1)' };
  if (k.accent2) colors.accent = { value: k.accent2, source: 'accent2 of the theme' };
  if (k.dk1) colors.text = { value: k.dk1, source: 'dk1 of the theme' };
  if (k.lt1) colors.background = { value: k.lt1, source: 'lt1 of the theme' };

  const primary = colors.primary?.value ?? parent.colors.primary;
  const text = colors.text?.value ?? parent.colors.text;
  const background = colors.background?.value ?? parent.colors.background;
  if (colors.primary) {
    const src = colors.primary.source.split(' ')[0];
    colors.figure = { value: primary, source: `= primary (${src} of the theme)` };
    colors.emphasis = { value: primary, source: `= primary (${src} of the theme)` };
    const white = 'FFFFFF';
    const onWhite = contrastRatio(white, primary);
    const onDark = contrastRatio(text, primary);
    colors.onPrimary = onWhite >= onDark ? { value: white, source: `white: contrasts more with primary than dk1 (${onWhite.toFixed(1)}:1)` } : { value: text, source: `dk1: contrasts more with primary than white (${onDark.toFixed(1)}:1)` };
  }
  if (k.lt2 && contrastRatio(text, k.lt2) >= 4.5 && contrastRatio(primary, k.lt2) >= 3) colors.card = { value: k.lt2, source: 'lt2 of the theme' };
  else if (colors.primary) colors.card = { value: mix(primary, 'FFFFFF', 0.92), source: k.lt2 ? 'a light tint of primary (lt2 of the theme is too dark for cards)' : 'a light tint of primary (the theme has no lt2)' };
  // muted text (footer, details) is set on the slide ground and on cards
  const grounds = [background, colors.card?.value ?? parent.colors.card];
  if (k.accent3 && isGreyish(k.accent3) && grounds.every((g) => contrastRatio(k.accent3!, g) >= 4.5)) colors.muted = { value: k.accent3, source: 'accent3 of the theme (a grey)' };
  else if (k.dk1 || k.lt1) colors.muted = { value: derivedMuted(text, background, grounds), source: `a grey between ${k.dk1 ? 'dk1' : 'text'} and ${k.lt1 ? 'lt1' : 'background'}` };

  // rises and falls keep the parent's hues, darkened where the new grounds need it
  for (const role of ['up', 'down'] as const) {
    const readable = readableHue(parent.colors[role], grounds);
    if (readable !== parent.colors[role]) colors[role] = { value: readable, source: `${parent.name}'s ${role} colour, darkened to read on the new card and slide ground` };
  }

  // slide grounds that were the parent's primary or background follow the new colours
  const bgs: NonNullable<TemplateOverrides['backgrounds']> = {};
  for (const role of SLIDE_ROLES) {
    const fill = parent.backgrounds[role].color;
    if (fill === parent.colors.primary && colors.primary) bgs[role] = { value: primary, source: `= primary (${parent.name} uses its primary here)` };
    else if (fill === parent.colors.background && colors.background) bgs[role] = { value: background, source: `= background (${parent.name} uses its background here)` };
  }
  if (Object.keys(bgs).length) o.backgrounds = bgs;

  // fonts: heading ← major, body ← minor, figure ← heading latin + body ea
  const fonts: NonNullable<TemplateOverrides['fonts']> = {};
  const safe = (name: string | undefined, slot: FontSlot): string | undefined => {
    if (!name) return undefined;
    if (FONT_NAME_RE.test(name)) return name;
    warnings.push(report(IMPORT.fontSkipped, { file: display, name, slot }, { severity: 'warning' }));
    return undefined;
  };
  const pick = (f: ThemeFonts, which: 'major' | 'minor') => {
    const latin = safe(f.latin, { face: 'latin', which });
    const ea = f.ea ? safe(f.ea, { face: 'ea', which }) : safe(f.hans, { face: 'Hans', which });
    const eaSource = f.ea ? `ea ${which} font of the theme` : `Hans ${which} font of the theme (its ea font is empty)`;
    return { latin, ea, latinSource: `latin ${which} font of the theme`, eaSource };
  };
  const major = pick(t.major, 'major');
  const minor = pick(t.minor, 'minor');
  const set = (role: FontRole, face: 'ea' | 'latin', value: string | undefined, source: string) => {
    if (!value) return;
    (fonts[role] ??= {})[face] = { value, source };
  };
  set('heading', 'ea', major.ea, major.eaSource);
  set('heading', 'latin', major.latin, major.latinSource);
  set('body', 'ea', minor.ea, minor.eaSource);
  set('body', 'latin', minor.latin, minor.latinSource);
  set('figure', 'latin', major.latin, `= heading latin (${major.latinSource})`);
  set('figure', 'ea', minor.ea, `= body ea (${minor.eaSource})`);
  if (Object.keys(fonts).length) o.fonts = fonts;

  for (const role of COLOR_ROLES) if (colors[role]) colors[role] = { ...colors[role]!, value: normalizeHex(colors[role]!.value) };
  return { overrides: o, warnings };
}

/** Reads the file and maps its theme: what `template import` writes. */
export async function importPptxTheme(path: string, parent: Theme, display = path): Promise<ImportResult> {
  const pptx = await readPptxTheme(path, display);
  const { overrides, warnings } = mapPptxTheme(pptx, parent, display);
  if (!pptx.look) return { pptx, overrides, warnings, assets: [] };
  // what the master and layouts show wins over the theme's scheme: it is what the deck looks like
  const brand = mapDeckLook({ look: pptx.look, scheme: pptx.colors, pictures: pptx.pictures ?? new Map(), parent, display });
  // a plain master (white, no shapes) with a theme of its own: the theme is the brand
  if (!brand.speaks) return { pptx, overrides, warnings, assets: [] };
  const o: TemplateOverrides = { ...overrides, ...brand.overrides };
  const fonts = { ...(overrides.fonts ?? {}) };
  const from = (which: 'title' | 'body', role: FontRole, face: 'ea' | 'latin') => {
    const t = pptx.look![which];
    const name = t?.[face];
    if (!name || !t) return;
    if (!FONT_NAME_RE.test(name)) {
      const w = report(IMPORT.fontSkipped, { file: display, name, slot: { face: face === 'ea' ? 'ea' : 'latin', which: which === 'title' ? 'major' : 'minor' } }, { severity: 'warning' });
      // a placeholder naming the theme's font (+mj-lt) was warned about with the theme
      if (!warnings.some((x) => x.message === w.message)) warnings.push(w);
      return;
    }
    const s = both(IMPORT_FROM.font, { part: t.part, which, face });
    (fonts[role] ??= {})[face] = { value: name, source: s.en, zh: s.zh };
  };
  for (const face of ['ea', 'latin'] as const) {
    from('title', 'heading', face);
    from('body', 'body', face);
  }
  if (fonts.heading?.latin) (fonts.figure ??= {}).latin = { ...fonts.heading.latin, source: `= heading latin (${fonts.heading.latin.source})` };
  if (fonts.body?.ea) (fonts.figure ??= {}).ea = { ...fonts.body.ea, source: `= body ea (${fonts.body.ea.source})` };
  if (Object.keys(fonts).length) o.fonts = fonts;
  return { pptx, overrides: o, warnings: [...warnings, ...brand.warnings], assets: brand.assets };
}
