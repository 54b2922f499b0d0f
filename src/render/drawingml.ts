/**
 * DrawingML text and shapes written from the Deck: text bodies with explicit sizes and exact
 * line spacing; colours as slots of the theme's colour scheme and faces as the theme's fonts;
 * running text without line breaks, in the margins the layout chose so that the viewer wraps
 * it where it was measured; placeholders, groups, pictures, decorative marks
 * (docs/powerpoint.md). Every shape tree of the deck is made here.
 */
import { cleanText } from '../core/text.js';
import type { Emu } from '../core/units.js';
import type { Box, ChartBox, Color, DeckFont, Lang, TableBox, GroupBox, ImageBox, Insets, Paragraph, PlaceholderRef, Rect, Run, ShapeBox, TextBox } from '../deck/model.js';

/** Text for XML: the characters no deck may carry removed (core/text.ts), markup escaped. */
export function escapeXml(s: string): string {
  return cleanText(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function langAttrs(lang: Lang): string {
  return lang === 'en' ? 'lang="en-US"' : 'lang="zh-CN" altLang="en-US"';
}

/** A colour: its slot of the theme's colour scheme, with PowerPoint's lighter/darker transforms. */
export function colorXml(c: Color): string {
  let mods = '';
  if (c.lumMod !== undefined) mods += `<a:lumMod val="${c.lumMod}"/>`;
  if (c.lumOff !== undefined) mods += `<a:lumOff val="${c.lumOff}"/>`;
  const [tag, val] = c.scheme ? ['a:schemeClr', c.scheme] : ['a:srgbClr', c.hex];
  return mods ? `<${tag} val="${val}">${mods}</${tag}>` : `<${tag} val="${val}"/>`;
}

export function fillXml(c: Color): string {
  return `<a:solidFill>${colorXml(c)}</a:solidFill>`;
}

/** The run's faces: the theme's heading (+mj-) or body (+mn-) faces, or the names themselves. */
export function fontXml(f: DeckFont): string {
  if (f.theme) {
    const k = f.theme === 'major' ? 'mj' : 'mn';
    return `<a:latin typeface="+${k}-lt"/><a:ea typeface="+${k}-ea"/>`;
  }
  return `<a:latin typeface="${escapeXml(f.latin)}"/><a:ea typeface="${escapeXml(f.ea)}"/>`;
}

type RunStyle = Omit<Run, 'text'>;

/**
 * Run properties: size, weight, colour and faces, left out where they equal `base` (the style
 * the run inherits from its placeholder), so that text in a placeholder follows its layout and
 * the theme; outside placeholders everything is stated, so no viewer falls back to defaults.
 */
function runProps(tag: 'a:rPr' | 'a:endParaRPr' | 'a:defRPr', r: RunStyle, lang: Lang, base?: RunStyle): string {
  let attrs = tag === 'a:defRPr' ? '' : ` ${langAttrs(lang)}`;
  if (!base || base.size !== r.size) attrs += ` sz="${Math.round(r.size * 100)}"`;
  if (!base || base.bold !== r.bold) attrs += r.bold ? ' b="1"' : ' b="0"';
  let inner = '';
  if (!base || colorXml(base.color) !== colorXml(r.color)) inner += fillXml(r.color);
  if (!base || !sameFont(base.font, r.font)) inner += fontXml(r.font);
  return inner ? `<${tag}${attrs}>${inner}</${tag}>` : `<${tag}${attrs}/>`;
}

function sameFont(a: DeckFont, b: DeckFont): boolean {
  return a.theme === b.theme && a.latin === b.latin && a.ea === b.ea;
}

function sameStyle(a: RunStyle, b: RunStyle): boolean {
  return a.size === b.size && a.bold === b.bold && colorXml(a.color) === colorXml(b.color) && sameFont(a.font, b.font);
}

const ALIGN = { left: 'l', center: 'ctr', right: 'r' } as const;

/** A fixed GUID for the slide number field (the schema requires one; random ones break reproducibility). */
const SLIDENUM_FIELD_ID = '{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}';

/** Paragraph properties, left out where they equal `base` (the style the paragraph inherits). */
/**
 * Paragraph properties, left out where they equal `base` (the level style the paragraph
 * inherits in a placeholder) or, in a text box, the master's plain text style (no margins,
 * left aligned, no space before, no bullet).
 */
function paragraphProps(p: Paragraph, base: Paragraph | undefined, resetMarginRight = false): string {
  const hang = p.bullet?.hang ?? p.lead?.hang ?? 0;
  let attrs = '';
  const sameIndent = base ? base.indent === p.indent && (base.bullet?.hang ?? 0) === hang : p.indent === 0 && hang === 0;
  if (!sameIndent) attrs += ` marL="${p.indent}" indent="${-hang}"`;
  if (p.marginRight) attrs += ` marR="${p.marginRight}"`;
  else if (resetMarginRight) attrs += ' marR="0"';
  if (p.level) attrs += ` lvl="${p.level}"`;
  if ((base?.align ?? 'left') !== p.align) attrs += ` algn="${ALIGN[p.align]}"`;
  let inner = '';
  // always the exact pitch the layout measured: the level styles give only a proportional one
  inner += `<a:lnSpc><a:spcPts val="${Math.round(p.lineHeight * 100)}"/></a:lnSpc>`;
  if ((base?.spaceBefore ?? 0) !== p.spaceBefore) inner += `<a:spcBef><a:spcPts val="${Math.round(p.spaceBefore * 100)}"/></a:spcBef>`;
  if (base ? !sameBullet(p, base) : p.bullet) inner += bulletXml(p);
  if (!attrs && !inner) return '';
  return inner ? `<a:pPr${attrs}>${inner}</a:pPr>` : `<a:pPr${attrs}/>`;
}

function sameBullet(a: Paragraph, b: Paragraph): boolean {
  if (!a.bullet || !b.bullet) return !a.bullet && !b.bullet;
  const x = a.bullet;
  const y = b.bullet;
  return x.char === y.char && colorXml(x.color) === colorXml(y.color) && Math.round((x.size / firstSize(a)) * 100) === Math.round((y.size / firstSize(b)) * 100) && sameFont(x.font, y.font);
}

function firstSize(p: Paragraph): number {
  return p.lines[0]?.runs[0]?.size ?? p.bullet?.size ?? 12;
}

function bulletXml(p: Paragraph): string {
  if (!p.bullet) return '<a:buNone/>';
  const b = p.bullet;
  const pct = Math.max(25000, Math.min(400000, Math.round((b.size / firstSize(p)) * 100000)));
  // a bullet in a theme face follows its text's face (buFontTx), so a new theme re-fonts it too
  const font = b.font.theme ? '<a:buFontTx/>' : `<a:buFont typeface="${escapeXml(b.font.ea)}"/>`;
  return `<a:buClr>${colorXml(b.color)}</a:buClr><a:buSzPct val="${pct}"/>${font}<a:buChar char="${escapeXml(b.char)}"/>`;
}

interface TextRun {
  style: RunStyle;
  text: string;
  br?: boolean;
}

/**
 * The paragraph's text as runs: running text ('wrap') joined back into one stream (the spaces
 * a line ended with restored, only the author's own breaks kept); display text with a break
 * between its lines. Neighbouring runs of one style become one, so the text reads whole.
 */
function textRuns(p: Paragraph): TextRun[] {
  const out: TextRun[] = [];
  const push = (style: RunStyle, text: string) => {
    const last = out[out.length - 1];
    if (last && !last.br && sameStyle(last.style, style)) last.text += text;
    else out.push({ style, text });
  };
  p.lines.forEach((line, i) => {
    for (const r of line.runs) push(r, r.text);
    if (i === p.lines.length - 1) return;
    const style = line.runs.at(-1) ?? p.lines[i + 1]?.runs[0] ?? p.lines[0]?.runs[0];
    if (p.breaks === 'break' || line.hard) {
      // the break carries the size of the line it ends, so its height matches
      if (style) out.push({ style, text: '', br: true });
    } else if (line.trail && style) push(style, line.trail);
  });
  return out;
}

export function paragraphXml(p: Paragraph, lang: Lang, opts: { field?: TextBox['field']; base?: Paragraph; resetMarginRight?: boolean } = {}): string {
  let xml = `<a:p>${paragraphProps(p, opts.base, opts.resetMarginRight)}`;
  const baseRun = opts.base?.lines[0]?.runs[0];
  if (p.lead) {
    for (const r of p.lead.runs) xml += `<a:r>${runProps('a:rPr', r, lang, baseRun)}<a:t>${escapeXml(r.text)}</a:t></a:r>`;
    const style = p.lines[0]?.runs[0] ?? p.lead.runs[0];
    if (style) xml += `<a:r>${runProps('a:rPr', style, lang, baseRun)}<a:t>\t</a:t></a:r>`;
  }
  const runs = textRuns(p);
  for (const r of runs) {
    if (r.br) xml += `<a:br>${runProps('a:rPr', r.style, lang, baseRun).replace(/<a:rPr([^>]*?)(\/?)>[\s\S]*$/, '<a:rPr$1/>')}</a:br>`;
    else if (opts.field === 'slidenum') xml += `<a:fld id="${SLIDENUM_FIELD_ID}" type="slidenum">${runProps('a:rPr', r.style, lang, baseRun)}<a:t>${escapeXml(r.text)}</a:t></a:fld>`;
    else xml += `<a:r>${runProps('a:rPr', r.style, lang, baseRun)}<a:t>${escapeXml(r.text)}</a:t></a:r>`;
  }
  if (!runs.length) xml += `<a:endParaRPr ${langAttrs(lang)}/>`;
  return `${xml}</a:p>`;
}

const ANCHOR = { top: 't', middle: 'ctr', bottom: 'b' } as const;

type BodyProps = Pick<TextBox, 'insets' | 'anchor' | 'nowrap' | 'shrinkOnOverflow'>;

function bodyPr(box: BodyProps, base?: BodyProps): string {
  const i: Insets = box.insets;
  const fit = box.shrinkOnOverflow ? '<a:normAutofit/>' : '<a:noAutofit/>';
  // a placeholder set as its layout's takes everything from it
  if (base && sameBody(box, base)) return '<a:bodyPr/>';
  return `<a:bodyPr wrap="${box.nowrap ? 'none' : 'square'}" lIns="${i.l}" tIns="${i.t}" rIns="${i.r}" bIns="${i.b}" anchor="${ANCHOR[box.anchor]}" rtlCol="0">${fit}</a:bodyPr>`;
}

function sameBody(a: BodyProps, b: BodyProps): boolean {
  const [x, y] = [a.insets, b.insets];
  return x.l === y.l && x.t === y.t && x.r === y.r && x.b === y.b && a.anchor === b.anchor && !!a.nowrap === !!b.nowrap && !!a.shrinkOnOverflow === !!b.shrinkOnOverflow;
}

/**
 * A text body. In a placeholder, `parent` is the placeholder it inherits from: its body
 * properties, and by level its paragraph and run styles, are left out where they are the same.
 */
export function textBodyXml(box: TextBox, lang: Lang, parent?: TextBox): string {
  const levels = new Map<number, Paragraph>();
  for (const p of parent?.paragraphs ?? []) if (!levels.has(p.level ?? 0)) levels.set(p.level ?? 0, p);
  let xml = `<p:txBody>${bodyPr(box, parent)}<a:lstStyle/>`;
  if (box.paragraphs.length === 0) xml += `<a:p><a:endParaRPr ${langAttrs(lang)}/></a:p>`;
  // LibreOffice carries a paragraph's marR on to the next ones that leave it out: a paragraph
  // without one after a paragraph with one says marR="0"
  let carried = false;
  for (const p of box.paragraphs) {
    const base = levels.get(p.level ?? 0);
    const reset = carried && !p.marginRight;
    carried = !!p.marginRight;
    xml += paragraphXml(p, lang, { ...(box.field ? { field: box.field } : {}), ...(base ? { base } : {}), ...(reset ? { resetMarginRight: true } : {}) });
  }
  return xml + '</p:txBody>';
}

/** One level of a list style (a:lvlNpPr): the paragraph's properties and its first run's as defaults. */
export function levelStyleXml(tag: string, p: Paragraph, extraAttrs = ''): string {
  const hang = p.bullet?.hang ?? 0;
  const r = p.lines[0]?.runs[0];
  let xml = `<${tag} marL="${p.indent}" indent="${-hang}" algn="${ALIGN[p.align]}"${extraAttrs}>`;
  // proportional line spacing, so that PowerPoint's shrink-on-overflow (normAutofit) can tighten
  // the lines of text a person types; 100 % is about 1.2 em of the font
  const size = r?.size ?? 18;
  xml += `<a:lnSpc><a:spcPct val="${Math.round((p.lineHeight / size / 1.2) * 100) * 1000}"/></a:lnSpc><a:spcBef><a:spcPts val="${Math.round(p.spaceBefore * 100)}"/></a:spcBef>`;
  xml += bulletXml(p);
  if (r) xml += runProps('a:defRPr', r, 'zh-CN');
  return `${xml}</${tag}>`;
}

/** A placeholder's list style: its paragraphs' styles, one level each. */
function listStyleXml(box: TextBox): string {
  const levels = new Map<number, Paragraph>();
  for (const p of box.paragraphs) if (!levels.has(p.level ?? 0)) levels.set(p.level ?? 0, p);
  let xml = '';
  for (const [lvl, p] of [...levels].sort((a, b) => a[0] - b[0])) xml += levelStyleXml(`a:lvl${lvl + 1}pPr`, { ...p, marginRight: undefined } as Paragraph);
  return xml ? `<a:lstStyle>${xml}</a:lstStyle>` : '<a:lstStyle/>';
}

/** A layout's or master's placeholder: its place, its list style, its prompt text. */
export function placeholderBodyXml(box: TextBox, lang: Lang): string {
  let xml = `<p:txBody>${bodyPr(box)}${listStyleXml(box)}`;
  if (box.paragraphs.length === 0) xml += `<a:p><a:endParaRPr ${langAttrs(lang)}/></a:p>`;
  for (const p of box.paragraphs) {
    const lvl = p.level ? ` lvl="${p.level}"` : '';
    const text = p.lines.map((l) => l.runs.map((r) => r.text).join('')).join('');
    if (box.field === 'slidenum') xml += `<a:p><a:pPr${lvl}/><a:fld id="${SLIDENUM_FIELD_ID}" type="slidenum"><a:rPr ${langAttrs(lang)}/><a:t>‹#›</a:t></a:fld></a:p>`;
    else if (text) xml += `<a:p><a:pPr${lvl}/><a:r><a:rPr ${langAttrs(lang)}/><a:t>${escapeXml(text)}</a:t></a:r></a:p>`;
    else xml += `<a:p><a:pPr${lvl}/><a:endParaRPr ${langAttrs(lang)}/></a:p>`;
  }
  return xml + '</p:txBody>';
}

/** Speaker notes: one paragraph per line, in the deck's language. */
export function notesBodyXml(notes: string, lang: Lang): string {
  const lines = notes.split(/\r?\n/);
  let xml = '<p:txBody><a:bodyPr/><a:lstStyle/>';
  for (const line of lines) {
    xml += line ? `<a:p><a:r><a:rPr ${langAttrs(lang)}/><a:t>${escapeXml(line)}</a:t></a:r></a:p>` : `<a:p><a:endParaRPr ${langAttrs(lang)}/></a:p>`;
  }
  return xml + '</p:txBody>';
}

// ───────────────────────────── shapes ─────────────────────────────

/** The decorative flag of Office 2019+ (screen readers skip the shape), as the last child of cNvPr. */
const DECORATIVE = '<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}"><adec:decorative val="1"/></a:ext></a:extLst>';
/** Declared once on the part's root (every part that holds shapes), not on each decorative shape. */
export const DECORATIVE_NS = 'xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative"';

function cNvPr(id: number, name: string, opts: { descr?: string; decorative?: boolean } = {}): string {
  const descr = opts.descr ? ` descr="${escapeXml(opts.descr)}"` : '';
  return opts.decorative ? `<p:cNvPr id="${id}" name="${escapeXml(name)}"${descr}>${DECORATIVE}</p:cNvPr>` : `<p:cNvPr id="${id}" name="${escapeXml(name)}"${descr}/>`;
}

function xfrm(r: Rect): string {
  return `<a:xfrm><a:off x="${r.x}" y="${r.y}"/><a:ext cx="${Math.max(0, r.w)}" cy="${Math.max(0, r.h)}"/></a:xfrm>`;
}

function sameRect(a: Rect, b: Rect): boolean {
  return a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
}

const PH_SIZE: Partial<Record<PlaceholderRef['type'], string>> = { dt: 'half', ftr: 'quarter', sldNum: 'quarter' };

function phXml(ref: PlaceholderRef): string {
  const type = ref.type === 'obj' ? '' : ` type="${ref.type}"`;
  const sz = PH_SIZE[ref.type] ? ` sz="${PH_SIZE[ref.type]}"` : '';
  const idx = ref.idx ? ` idx="${ref.idx}"` : '';
  return `<p:ph${type}${sz}${idx}/>`;
}

/** How a shape tree is being written: ids, pictures' relationships, the placeholders it inherits from. */
export interface TreeContext {
  lang: Lang;
  /** Next free shape id in the part. */
  nextId: number;
  /** Relationship id of a picture (by path), added to the part's relationships on first use. */
  imageRel(path: string): string;
  /** Relationship id of a chart's part, written when the chart is. */
  chartRel(chart: ChartBox): string;
  /** The placeholder a placeholder of this part inherits from (for a slide: its layout's; a layout: the master's). */
  parent(ref: PlaceholderRef): TextBox | undefined;
  /** Writing a layout or the master: placeholders carry list styles and prompts. */
  template: boolean;
}

function textShapeXml(b: TextBox, t: TreeContext): string {
  const id = t.nextId++;
  const ph = b.placeholder;
  let xml = `<p:sp><p:nvSpPr>${cNvPr(id, b.name, { ...(b.decorative ? { decorative: true } : {}) })}`;
  xml += ph ? '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>' : '<p:cNvSpPr txBox="1"/>';
  xml += ph ? `<p:nvPr>${phXml(ph)}</p:nvPr></p:nvSpPr>` : '<p:nvPr/></p:nvSpPr>';
  const parent = ph ? t.parent(ph) : undefined;
  // a placeholder where its layout's is inherits the place (Reset Slide keeps it there)
  xml += parent && sameRect(parent, b) ? '<p:spPr/>' : `<p:spPr>${xfrm(b)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>`;
  if (ph && t.template) xml += placeholderBodyXml(b, t.lang);
  else xml += textBodyXml(b, t.lang, parent);
  return `${xml}</p:sp>`;
}

function geometryXml(b: ShapeBox): string {
  if (b.shape === 'roundRect' && b.radius) return `<a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val ${Math.round(Math.min(0.5, b.radius) * 100000)}"/></a:avLst></a:prstGeom>`;
  return `<a:prstGeom prst="${b.shape}"><a:avLst/></a:prstGeom>`;
}

function shapeXml(b: ShapeBox, t: TreeContext): string {
  const id = t.nextId++;
  let xml = `<p:sp><p:nvSpPr>${cNvPr(id, b.name, { decorative: b.decorative ?? false })}<p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>${xfrm(b)}${geometryXml(b)}`;
  xml += b.fill ? fillXml(b.fill) : '<a:noFill/>';
  // a shape without a style has no outline unless it is given one
  if (b.line) xml += `<a:ln w="${b.line.width}">${fillXml(b.line.color)}</a:ln>`;
  return `${xml}</p:spPr></p:sp>`;
}

/** The part of the picture shown (cropped to fill its box): a:srcRect, which comes before a:stretch. */
function srcRectXml(crop: ImageBox['crop']): string {
  if (!crop) return '';
  const side = (k: 'l' | 't' | 'r' | 'b') => (crop[k] ? ` ${k}="${Math.round(crop[k])}"` : '');
  return `<a:srcRect${side('l')}${side('t')}${side('r')}${side('b')}/>`;
}

function pictureXml(b: ImageBox, t: TreeContext): string {
  const id = t.nextId++;
  return (
    `<p:pic><p:nvPicPr>${cNvPr(id, b.name, { descr: b.alt })}<p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>` +
    `<p:blipFill><a:blip r:embed="${t.imageRel(b.image.path)}"/>${srcRectXml(b.crop)}<a:stretch><a:fillRect/></a:stretch></p:blipFill>` +
    `<p:spPr>${xfrm(b)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`
  );
}

function groupXml(g: GroupBox, t: TreeContext): string {
  const id = t.nextId++;
  // child coordinates are the slide's: the group's own space is its box (chOff = off, chExt = ext)
  const r = `<a:off x="${g.x}" y="${g.y}"/><a:ext cx="${g.w}" cy="${g.h}"/>`;
  let xml = `<p:grpSp><p:nvGrpSpPr>${cNvPr(id, g.name)}<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>${r}<a:chOff x="${g.x}" y="${g.y}"/><a:chExt cx="${g.w}" cy="${g.h}"/></a:xfrm></p:grpSpPr>`;
  for (const b of g.boxes) xml += boxXml(b, t);
  return `${xml}</p:grpSp>`;
}

const TABLE_URI = 'http://schemas.openxmlformats.org/drawingml/2006/table';
const CHART_URI = 'http://schemas.openxmlformats.org/drawingml/2006/chart';

function frameStart(id: number, b: TableBox | ChartBox): string {
  return (
    `<p:graphicFrame><p:nvGraphicFramePr>${cNvPr(id, b.name, { descr: b.alt })}<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>` +
    `<p:xfrm><a:off x="${b.x}" y="${b.y}"/><a:ext cx="${b.w}" cy="${b.h}"/></p:xfrm>`
  );
}

function cellLine(tag: string, line: { color: Color; width: Emu } | undefined): string {
  return line ? `<a:${tag} w="${line.width}" cmpd="sng">${fillXml(line.color)}<a:prstDash val="solid"/></a:${tag}>` : `<a:${tag} w="0"><a:noFill/></a:${tag}>`;
}

/**
 * A native table: its grid, each row's height, each cell's text (paragraphs as every text box
 * writes them), margins and ground; rules between rows only, heavier under the header and
 * above a total. No table style: the cells carry the template's colours as theme colours.
 */
function tableXml(b: TableBox, t: TreeContext): string {
  let xml = `${frameStart(t.nextId++, b)}<a:graphic><a:graphicData uri="${TABLE_URI}"><a:tbl>`;
  const total = b.rows.some((r) => r.kind === 'total');
  xml += `<a:tblPr firstRow="1"${total ? ' lastRow="1"' : ''} bandRow="1"/><a:tblGrid>${b.columns.map((w) => `<a:gridCol w="${w}"/>`).join('')}</a:tblGrid>`;
  b.rows.forEach((row, r) => {
    const next = b.rows[r + 1];
    const top = r === 0 ? undefined : row.kind === 'total' || b.rows[r - 1]!.kind === 'header' ? b.headerRule : b.rule;
    const bottom = row.kind === 'header' || next?.kind === 'total' ? b.headerRule : b.rule;
    xml += `<a:tr h="${row.h}">`;
    for (const cell of row.cells) {
      xml += `<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>${cell.paragraphs.map((p) => paragraphXml(p, t.lang)).join('')}</a:txBody>`;
      xml += `<a:tcPr marL="${b.insets.l}" marR="${b.insets.r}" marT="${b.insets.t}" marB="${b.insets.b}" anchor="ctr">`;
      xml += cellLine('lnL', undefined) + cellLine('lnR', undefined) + cellLine('lnT', top) + cellLine('lnB', bottom);
      xml += cell.fill ? fillXml(cell.fill) : '<a:noFill/>';
      xml += '</a:tcPr></a:tc>';
    }
    xml += '</a:tr>';
  });
  return `${xml}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>`;
}

/** A chart: the frame on the slide; the chart itself is its own part (chart-xml.ts), with its workbook. */
function chartFrameXml(b: ChartBox, t: TreeContext): string {
  return `${frameStart(t.nextId++, b)}<a:graphic><a:graphicData uri="${CHART_URI}"><c:chart xmlns:c="${CHART_URI}" r:id="${t.chartRel(b)}"/></a:graphicData></a:graphic></p:graphicFrame>`;
}

/** One box; a kind of box this writer does not write yet is a compile error (the `never` below). */
export function boxXml(b: Box, t: TreeContext): string {
  switch (b.kind) {
    case 'text':
      return textShapeXml(b, t);
    case 'shape':
      return shapeXml(b, t);
    case 'image':
      return pictureXml(b, t);
    case 'group':
      return groupXml(b, t);
    case 'table':
      return tableXml(b, t);
    case 'chart':
      return chartFrameXml(b, t);
    default:
      return unknownBox(b);
  }
}

function unknownBox(b: never): never {
  throw new Error(`pptx: no shape for a box of kind ${(b as { kind?: unknown }).kind}`);
}

/** A shape tree: the group every slide, layout and master has, then the boxes in drawing order. */
export function shapeTreeXml(boxes: readonly Box[], t: TreeContext): string {
  let xml = '<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>';
  t.nextId = Math.max(t.nextId, 2);
  for (const b of boxes) xml += boxXml(b, t);
  return xml + '</p:spTree>';
}

/** A slide's, layout's or master's ground. */
export function backgroundXml(bg: { color: Color; image?: { path: string } }, t: TreeContext): string {
  const fill = bg.image ? `<a:blipFill dpi="0" rotWithShape="1"><a:blip r:embed="${t.imageRel(bg.image.path)}"/><a:srcRect/><a:stretch><a:fillRect/></a:stretch></a:blipFill>` : fillXml(bg.color);
  return `<p:bg><p:bgPr>${fill}<a:effectLst/></p:bgPr></p:bg>`;
}
