/**
 * Deck → HTML: the live preview draws every slide from the same Deck the pptx is written
 * from, and decides nothing the Deck has not decided.
 *
 * - Geometry: a slide is a box of (width/12700) × (height/12700) CSS px, i.e. one CSS px per
 *   point (960 × 540 for 16:9); every box is absolutely positioned at its EMU rectangle
 *   converted the same way. The page scales whole slides with a CSS transform, so the text
 *   is laid out at exactly these sizes whatever the zoom.
 * - Text: each Deck line is one non-wrapping line element (`white-space: pre`) whose height
 *   and line-height are the paragraph's exact pitch (`lineHeight` pt), as `a:spcPts` makes
 *   every line box in PowerPoint; the glyphs sit in that line box the CSS way (the leading
 *   split above and below). Paragraphs stack with `spaceBefore` (not above a box's first
 *   one), inside the box's insets, anchored top / middle / bottom like `a:bodyPr anchor`.
 * - Faces: the run's Latin face first, then its East Asian face, then 'Liberation Sans',
 *   'Noto Sans CJK SC', sans-serif: digits and Latin letters take the Latin face, Chinese the
 *   East Asian one, as a:latin and a:ea do. In a Chinese deck the punctuation and symbols whose
 *   face is the viewer's choice (curly quotes, dashes, ·, ※ …) take the East Asian face first,
 *   as PowerPoint and LibreOffice draw them there.
 * - Bullets hang `hang` to the left of the text in their own colour, size and face (the
 *   pptx writes the East Asian face as a:buFont).
 * - Shapes (rect, roundRect, ellipse, line), pictures and backgrounds as the pptx writer
 *   draws them; pictures are referenced through `assetUrl`, which the preview server serves.
 *
 * renderSlidesHtml is pure. Every kind of box has its case in boxHtml's switch, so a new kind
 * does not compile until this writer draws it. The page the slides are shown in (its shell,
 * style and script, and the state it follows) is the preview server's: src/watch/page/.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, resolve } from 'node:path';
import type { SourcePos } from '../core/errors.js';
import { cleanText } from '../core/text.js';
import { toPoints, type Emu } from '../core/units.js';
import type { Box, Color, Deck, DeckSlide, FontPair, ImageAsset, ImageBox, Paragraph, Run, ShapeBox, TableBox, TextBox } from '../deck/model.js';
import { chartSvg } from './chart-svg.js';
import { boxesOf, deckPictures } from '../deck/view.js';

/** Faces every font list ends with: what the render tests draw Arial and Microsoft YaHei with. */
export const FALLBACK_FACES = ['Liberation Sans', 'Noto Sans CJK SC'] as const;

export interface SlidesHtmlOptions {
  /** URL of a picture; default `assetUrl`. */
  imageUrl?: (image: ImageAsset) => string;
  /** Absolute path of a source file named in a position (default: resolved against the working folder). */
  absolutePath?: (file: string) => string;
}

export function escapeHtml(s: string): string {
  return cleanText(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** CSS px (= points) of an EMU length, to a thousandth. */
function px(e: Emu | number): string {
  return `${+toPoints(e as Emu).toFixed(3)}px`;
}
/** CSS px of a length in points. */
function ptPx(n: number): string {
  return `${+n.toFixed(3)}px`;
}

function cssString(name: string): string {
  return `'${name.replace(/[\\']/g, (c) => `\\${c}`).replace(/[\r\n]/g, ' ')}'`;
}

/** `'Arial','Microsoft YaHei','Liberation Sans','Noto Sans CJK SC',sans-serif` */
export function fontFamily(font: FontPair): string {
  return familyList([font.latin, font.ea, ...FALLBACK_FACES]);
}

const families = new Map<string, string>();

/** The East Asian face first: bullets (a:buFont is the ea face) and, in a Chinese deck, its punctuation. */
export function eastAsianFamily(font: FontPair): string {
  return familyList([font.ea, FALLBACK_FACES[1], font.latin, FALLBACK_FACES[0]]);
}

function familyList(faces: readonly string[]): string {
  const key = faces.join('\u0000');
  let css = families.get(key);
  if (css === undefined) {
    const names: string[] = [];
    for (const n of faces) if (n && !names.includes(n)) names.push(n);
    css = [...names.map(cssString), 'sans-serif'].join(',');
    families.set(key, css);
  }
  return css;
}

/** A run's text, with the stretches the layout marked for the East Asian face in spans of their own. */
function runText(r: Run): string {
  if (!r.eastAsian?.length) return escapeHtml(r.text);
  let out = '';
  let at = 0;
  for (const [start, end] of r.eastAsian) {
    out += escapeHtml(r.text.slice(at, start));
    out += `<span class="bd-ea" style="font-family:${escapeHtml(eastAsianFamily(r.font))}">${escapeHtml(r.text.slice(start, end))}</span>`;
    at = end;
  }
  return out + escapeHtml(r.text.slice(at));
}

function color(c: Color | string): string {
  const hex = typeof c === 'string' ? c : c.hex;
  return `#${hex.replace(/[^0-9a-fA-F]/g, '').slice(0, 8)}`;
}

/** The route a picture is served under: a digest of its path, so no path is exposed or accepted. */
export function assetUrl(image: ImageAsset): string {
  return `assets/${assetId(image.path)}.${image.kind === 'jpeg' ? 'jpg' : 'png'}`;
}

export function assetId(path: string): string {
  return createHash('sha1').update(path).digest('hex').slice(0, 16);
}

/** Every picture a deck draws (backgrounds, logos, image boxes), by path. */
export function deckImages(deck: Deck): ImageAsset[] {
  return [...deckPictures(deck).values()];
}

/** `vscode://file/<absolute path>:<line>:<column>` */
export function editorLink(pos: SourcePos, absolutePath: (file: string) => string = defaultAbsolute): string {
  const abs = absolutePath(pos.file).replace(/\\/g, '/');
  const path = encodeURI(abs.startsWith('/') ? abs.slice(1) : abs).replace(/#/g, '%23').replace(/\?/g, '%3F');
  return `vscode://file/${path}:${pos.line}:${pos.column}`;
}

function defaultAbsolute(file: string): string {
  return isAbsolute(file) ? file : resolve(file);
}

function rectStyle(b: { x: Emu; y: Emu; w: Emu; h: Emu }): string {
  return `left:${px(b.x)};top:${px(b.y)};width:${px(b.w)};height:${px(b.h)}`;
}

function runHtml(r: Run, line: { size: number; font: FontPair; bold: boolean; color: Color }): string {
  let style = '';
  if (r.size !== line.size) style += `font-size:${ptPx(r.size)};`;
  if (r.font.latin !== line.font.latin || r.font.ea !== line.font.ea) style += `font-family:${fontFamily(r.font)};`;
  if (r.bold !== line.bold) style += `font-weight:${r.bold ? 700 : 400};`;
  if (r.color.hex !== line.color.hex) style += `color:${color(r.color)};`;
  const text = runText(r);
  return style ? `<span style="${escapeHtml(style)}">${text}</span>` : `<span>${text}</span>`;
}

const ALIGN = { left: 'flex-start', center: 'center', right: 'flex-end' } as const;
const ANCHOR = { top: 'flex-start', middle: 'center', bottom: 'flex-end' } as const;

function paragraphHtml(p: Paragraph, first: boolean): string {
  let style = `align-items:${ALIGN[p.align]}`;
  if (!first && p.spaceBefore) style += `;margin-top:${ptPx(p.spaceBefore)}`;
  if (p.indent) style += `;padding-left:${px(p.indent)}`;
  if (p.marginRight) style += `;padding-right:${px(p.marginRight)}`;
  let html = `<div class="bd-p" style="${escapeHtml(style)}">`;
  p.lines.forEach((line, i) => {
    // the line's own box takes the face and size of its largest run (its strut), so the
    // baseline sits where that run puts it; smaller runs share the baseline
    const lead = line.runs.reduce<Run | undefined>((a, r) => (!a || r.size > a.size ? r : a), undefined) ?? p.lines[0]?.runs[0] ?? p.bullet;
    const font = lead?.font ?? { ea: FALLBACK_FACES[1], latin: FALLBACK_FACES[0] };
    const size = lead?.size ?? p.lineHeight;
    const bold = lead && 'bold' in lead ? lead.bold : false;
    const col: Color = lead?.color ?? { hex: '000000' };
    let ls = `height:${ptPx(p.lineHeight)};line-height:${ptPx(p.lineHeight)};font-size:${ptPx(size)};font-family:${fontFamily(font)};color:${color(col)}`;
    if (bold) ls += ';font-weight:700';
    html += `<div class="bd-line" style="${escapeHtml(ls)}">`;
    if (i === 0 && p.lead) {
      // the lead (an agenda's number) hangs in the indent, where the tab after it ends
      html += `<span class="bd-lead" style="${escapeHtml(`width:${px(p.lead.hang)};margin-left:-${px(p.lead.hang)}`)}">`;
      for (const r of p.lead.runs) html += runHtml(r, { size, font, bold, color: col });
      html += '</span>';
    }
    if (i === 0 && p.bullet) {
      const b = p.bullet;
      const bs = `width:${px(b.hang)};margin-left:-${px(b.hang)};font-size:${ptPx(b.size)};font-family:${eastAsianFamily(b.font)};color:${color(b.color)};font-weight:400`;
      html += `<span class="bd-bu" style="${escapeHtml(bs)}">${escapeHtml(b.char)}</span>`;
    }
    for (const r of line.runs) html += runHtml(r, { size, font, bold, color: col });
    html += '</div>';
  });
  return html + '</div>';
}

function sourceAttrs(pos: SourcePos | undefined, abs: (file: string) => string): string {
  if (!pos) return '';
  return ` data-src="${escapeHtml(`${pos.file}:${pos.line}:${pos.column}`)}" data-href="${escapeHtml(editorLink(pos, abs))}" title="${escapeHtml(`${pos.file}:${pos.line}:${pos.column}${pos.path ? ` ${pos.path}` : ''}`)}"`;
}

function textBoxHtml(b: TextBox, abs: (file: string) => string): string {
  const i = b.insets;
  const inner = `left:${px(i.l)};top:${px(i.t)};right:${px(i.r)};bottom:${px(i.b)};justify-content:${ANCHOR[b.anchor]}`;
  let html = `<div class="bd-box bd-text" data-box="${escapeHtml(b.name)}" data-role="${escapeHtml(b.role)}"${b.nowrap ? ' data-nowrap=""' : ''}${sourceAttrs(b.source, abs)} style="${rectStyle(b)}">`;
  html += `<div class="bd-inner" style="${inner}">`;
  b.paragraphs.forEach((p, k) => {
    html += paragraphHtml(p, k === 0);
  });
  return html + '</div></div>';
}

function shapeBoxHtml(b: ShapeBox): string {
  const name = escapeHtml(b.name);
  if (b.shape === 'line') {
    // a line runs from the box's top left to its bottom right, its stroke centred on the path
    const w = toPoints(b.w);
    const h = toPoints(b.h);
    const stroke = b.line ? ` stroke="${color(b.line.color)}" stroke-width="${+toPoints(b.line.width).toFixed(3)}"` : ' stroke="none"';
    // the box keeps its exact rectangle (a horizontal line's is 0 high); the drawing overflows it
    return (
      `<div class="bd-box bd-shape" data-box="${name}" data-shape="line" style="${rectStyle(b)}">` +
      `<svg class="bd-line-svg" width="${+Math.max(w, 1).toFixed(3)}" height="${+Math.max(h, 1).toFixed(3)}">` +
      `<line x1="0" y1="0" x2="${+w.toFixed(3)}" y2="${+h.toFixed(3)}"${stroke}/></svg></div>`
    );
  }
  let style = rectStyle(b);
  if (b.fill) style += `;background:${color(b.fill)}`;
  if (b.line) {
    const lw = toPoints(b.line.width);
    style += `;outline:${ptPx(lw)} solid ${color(b.line.color)};outline-offset:${ptPx(-lw / 2)}`;
  }
  if (b.shape === 'roundRect' && b.radius) style += `;border-radius:${ptPx(b.radius * Math.min(toPoints(b.w), toPoints(b.h)))}`;
  if (b.shape === 'ellipse') style += ';border-radius:50%';
  return `<div class="bd-box bd-shape" data-box="${name}" data-shape="${b.shape}" style="${style}"></div>`;
}

/**
 * A table as cells at the Deck's places: each cell a box of its row's height and its column's
 * width, with its ground and the rules between rows (ARIA roles keep it a table for readers).
 */
function tableHtml(b: TableBox, abs: (file: string) => string): string {
  let html = `<div class="bd-box bd-table" role="table" aria-label="${escapeHtml(b.alt)}" data-box="${escapeHtml(b.name)}"${sourceAttrs(b.source, abs)} style="${rectStyle(b)}">`;
  const i = b.insets;
  let y = 0;
  b.rows.forEach((row, r) => {
    html += `<div role="row">`;
    let x = 0;
    const next = b.rows[r + 1];
    const rule = (l: { color: Color; width: Emu }) => `${ptPx(toPoints(l.width))} solid ${color(l.color)}`;
    const bottom = row.kind === 'header' || next?.kind === 'total' ? b.headerRule : b.rule;
    row.cells.forEach((cell, c) => {
      const w = b.columns[c]!;
      let style = `left:${px(x)};top:${px(y)};width:${px(w)};height:${px(row.h)};border-bottom:${rule(bottom)}`;
      if (r === 0) style += `;border-top:${rule(b.rule)}`;
      if (cell.fill) style += `;background:${color(cell.fill)}`;
      html += `<div class="bd-cell" role="${row.kind === 'header' ? 'columnheader' : 'cell'}"${sourceAttrs(cell.source, abs)} style="${style}">`;
      html += `<div class="bd-inner" style="left:${px(i.l)};top:${px(i.t)};right:${px(i.r)};bottom:${px(i.b)};justify-content:center">`;
      cell.paragraphs.forEach((p, k) => {
        html += paragraphHtml(p, k === 0);
      });
      html += '</div></div>';
      x += w;
    });
    html += '</div>';
    y += row.h;
  });
  return html + '</div>';
}

/**
 * A picture at its box; a cropped one (a:srcRect) as the same cut: the whole picture scaled so
 * that its shown part fills the box, in a box that hides the rest.
 */
function imageHtml(b: ImageBox, opts: Required<SlidesHtmlOptions>): string {
  const img = (style: string) => `<img class="bd-box bd-image" data-box="${escapeHtml(b.name)}" alt="${escapeHtml(b.alt)}" src="${escapeHtml(opts.imageUrl(b.image))}" style="${style}">`;
  if (!b.crop) return img(rectStyle(b));
  const c = b.crop;
  const w = b.w / (1 - (c.l + c.r) / 100000);
  const h = b.h / (1 - (c.t + c.b) / 100000);
  const inner = img(`left:${px((-c.l / 100000) * w)};top:${px((-c.t / 100000) * h)};width:${px(w)};height:${px(h)};max-width:none`);
  return `<div class="bd-box bd-crop" style="${rectStyle(b)};overflow:hidden">${inner}</div>`;
}

/** One box; a kind of box this writer does not draw yet is a compile error (the `never` below). */
function boxHtml(b: Box, opts: Required<SlidesHtmlOptions>): string {
  switch (b.kind) {
    case 'text':
      return b.offSlide ? '' : textBoxHtml(b, opts.absolutePath);
    case 'shape':
      return shapeBoxHtml(b);
    case 'image':
      return imageHtml(b, opts);
    case 'group':
      // a group's members are drawn in the slide's coordinates (chOff = off)
      return b.boxes.map((m) => boxHtml(m, opts)).join('');
    case 'table':
      return tableHtml(b, opts.absolutePath);
    case 'chart':
      return `<div class="bd-box bd-chart" data-box="${escapeHtml(b.name)}"${sourceAttrs(b.source, opts.absolutePath)} style="${rectStyle(b)}">${chartSvg(b)}</div>`;
    default:
      return unknownBox(b);
  }
}

function unknownBox(b: never): never {
  throw new Error(`html: no drawing for a box of kind ${(b as { kind?: unknown }).kind}`);
}

/** One slide: a header (number, title, outline line) and its canvas of boxes. */
export function renderSlideHtml(deck: Deck, slide: DeckSlide, options: SlidesHtmlOptions = {}): string {
  const opts: Required<SlidesHtmlOptions> = { imageUrl: options.imageUrl ?? assetUrl, absolutePath: options.absolutePath ?? defaultAbsolute };
  const bg = slide.background;
  let canvas = `width:${px(deck.width)};height:${px(deck.height)};background-color:${color(bg.color)}`;
  if (bg.image) canvas += `;background-image:url(&quot;${escapeHtml(opts.imageUrl(bg.image))}&quot;);background-size:100% 100%`;
  const src = slide.source;
  let head = `<span class="bd-num">${slide.number}</span><span class="bd-title">${escapeHtml(slide.title)}</span>`;
  if (src) head += `<a class="bd-src" href="${escapeHtml(editorLink(src, opts.absolutePath))}" title="open ${escapeHtml(`${src.file}:${src.line}:${src.column}`)} in VS Code">${escapeHtml(`${src.file}:${src.line}`)}</a>`;
  let html = `<section class="bd-slide" id="slide-${slide.number}" data-slide="${slide.number}" data-kind="${slide.kind}"${slide.id ? ` data-id="${escapeHtml(slide.id)}"` : ''}>`;
  html += `<header class="bd-head">${head}</header>`;
  html += `<div class="bd-frame" style="--w:${px(deck.width)};--h:${px(deck.height)}"><div class="bd-canvas" style="${canvas}">`;
  for (const b of boxesOf(deck, slide)) html += boxHtml(b, opts);
  html += '</div></div>';
  if (slide.notes.trim()) html += `<details class="bd-notes"><summary>notes</summary><pre>${escapeHtml(slide.notes)}</pre></details>`;
  return html + '</section>';
}

/** Every slide of the deck, in order, as HTML elements (`section.bd-slide`). */
export function renderSlidesHtml(deck: Deck, options: SlidesHtmlOptions = {}): string {
  return deck.slides.map((s) => renderSlideHtml(deck, s, options)).join('\n');
}
