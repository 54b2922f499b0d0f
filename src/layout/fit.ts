/**
 * Choosing sizes: the largest size of a role's range at which text fits its box, the same
 * size for siblings, explicit lines for every paragraph. Text that does not fit at the
 * smallest size is a TEXT_OVERFLOW with the outline position and how much is too much.
 */
import { report, type Localized } from '../core/catalogue/define.js';
import { LAYOUT, whatOf } from '../core/catalogue/layout.js';
import type { Diagnostic, SourcePos } from '../core/errors.js';
import { emu, points, toPoints, type Emu } from '../core/units.js';
import type { TextRole } from '../deck/model.js';
import { parseInline } from './inline.js';
import { isEastAsian, metricFamilyOf, type FaceFamily } from './measure.js';
import type { Bullet, Color, DeckFont, Line, Paragraph, Run } from '../deck/model.js';
import { SCRIPT_GAP_EM, measureLine, wrapParagraph, type StyledSpan } from './wrap.js';

/**
 * Widths are measured with Noto Sans CJK SC (the proxy for Microsoft YaHei) and Arial's
 * metrics. The margin absorbs the differences between viewers and faces: YaHei's own
 * punctuation, LibreOffice's spacing habits, rounding of sizes.
 */
export const WIDTH_MARGIN = 0.04;
/** Faces we have no metrics for at all get more room. */
export const UNKNOWN_FACE_MARGIN = 0.1;

export interface TextSpec {
  text: string;
  /** Parse `**…**` as emphasis. */
  markup?: boolean;
  font: DeckFont;
  color: Color;
  emphasisColor?: Color;
  bold?: boolean;
  align?: Paragraph['align'];
  balance?: boolean;
  /**
   * Display text (titles, labels): line breaks chosen at word boundaries and written. Otherwise
   * running text, wrapped by the viewer in a width chosen so that it breaks where measured.
   */
  display?: boolean;
  /** Outline level of the paragraph (1 for sub-points). */
  level?: number;
  /** Text that hangs in the indent before a tab, in the paragraph's size (an agenda's number). */
  lead?: { text: string; font: DeckFont; color: Color; bold: boolean };
  /** Lines this text may take at most. */
  maxLines?: number;
  bullet?: { char: string; color: Color; scale: number };
  /** Left indent in em of this paragraph's size (sub-points). */
  indentEm?: number;
  /** Space before this paragraph as a multiple of the block size, instead of the block's gap. */
  gapRatio?: number;
  /** Size relative to the block's size, clamped to `range` (sub-points). */
  relative?: { ratio: number; range: readonly [number, number] };
  source?: SourcePos;
}

export interface BlockOptions {
  /** Inner width and height available, in EMU. */
  width: Emu;
  height: Emu;
  range: readonly [number, number];
  /** Line pitch as a multiple of the size. */
  lineRatio: number;
  /** Space between paragraphs as a multiple of the (main) size. */
  gapRatio?: number;
  role: TextRole;
}

export interface FittedBlock {
  size: number;
  paragraphs: Paragraph[];
  /** Height of the laid-out text in EMU (insets not included). */
  height: Emu;
  /** Widest line in EMU. */
  width: Emu;
}

export type FitResult = { ok: true; block: FittedBlock } | { ok: false; diagnostic: Diagnostic };

function marginFor(font: DeckFont): number {
  const latin = metricFamilyOf(font.latin);
  const ea = metricFamilyOf(font.ea);
  return latin.known && (ea.family === 'ea') ? WIDTH_MARGIN : UNKNOWN_FACE_MARGIN;
}

function spansOf(spec: TextSpec): { spans: StyledSpan[]; colors: Color[] } {
  if (!spec.markup) return { spans: [{ text: spec.text, bold: spec.bold ?? false, tag: 0 }], colors: [spec.color] };
  const spans: StyledSpan[] = [];
  const colors: Color[] = [];
  parseInline(spec.text).spans.forEach((s, i) => {
    spans.push({ text: s.text, bold: s.emphasis || (spec.bold ?? false), tag: i });
    colors.push(s.emphasis ? (spec.emphasisColor ?? spec.color) : spec.color);
  });
  return { spans, colors };
}

interface Laid {
  paragraph: Paragraph;
  lines: number;
  heightPt: number;
  widthPt: number;
  /** Em by which the text exceeds its allowed lines (0 when it fits). */
  excessEm: number;
}

function sizeOf(spec: TextSpec, main: number): number {
  if (!spec.relative) return main;
  const [lo, hi] = spec.relative.range;
  return Math.max(lo, Math.min(hi, Math.round(main * spec.relative.ratio)));
}

/** Lays one paragraph out at a size, in a width (EMU). */
export function layoutParagraph(spec: TextSpec, size: number, width: Emu, lineRatio: number, spaceBefore = 0): Laid {
  const latin: FaceFamily = metricFamilyOf(spec.font.latin).family;
  const margin = marginFor(spec.font);
  const bulletEm = spec.bullet ? 1.1 : 0;
  const indentEm = (spec.indentEm ?? 0) + bulletEm;
  const widthPt = toPoints(width);
  const maxWidthEm = (widthPt * (1 - margin)) / size - indentEm;
  const limitEm = widthPt / size - indentEm;
  const { spans, colors } = spansOf(spec);
  const { lines: wrapped, wrapWidth } = wrapParagraph(spans, {
    latin,
    maxWidth: Math.max(maxWidthEm, 0.5),
    limit: Math.max(limitEm, 0.5),
    balance: spec.balance ?? false,
    mode: spec.display ? 'words' : 'viewer',
  });
  const lines: Line[] = wrapped.map((l) => {
    const line: Line = { runs: l.spans.map((s): Run => ({ text: s.text, size, bold: s.bold, color: colors[s.tag] ?? spec.color, font: spec.font })) };
    if (l.trail) line.trail = l.trail;
    if (l.hard) line.hard = true;
    return line;
  });
  const lineHeight = round2(size * lineRatio);
  // running text wraps in the viewer: the room beside the chosen width becomes margins
  // (split evenly around centred text, so it stays centred)
  const spare = spec.display || wrapped.length < 2 ? 0 : Math.max(0, points((limitEm - wrapWidth) * size));
  const left = spec.align === 'center' ? Math.floor(spare / 2) : spec.align === 'right' ? spare : 0;
  const paragraph: Paragraph = {
    lines,
    align: spec.align ?? 'left',
    lineHeight,
    spaceBefore,
    indent: points(indentEm * size + toPoints(left as Emu)),
    breaks: spec.display ? 'break' : 'wrap',
  };
  if (spare - left > 0) paragraph.marginRight = emu(spare - left);
  if (spec.level) paragraph.level = spec.level;
  if (spec.lead) paragraph.lead = { runs: [{ text: spec.lead.text, size, bold: spec.lead.bold, color: spec.lead.color, font: spec.lead.font }], hang: points(indentEm * size) };
  if (spec.bullet) {
    const bullet: Bullet = { char: spec.bullet.char, color: spec.bullet.color, size: Math.max(6, Math.round(size * spec.bullet.scale * 100) / 100), font: spec.font, hang: points(bulletEm * size) };
    paragraph.bullet = bullet;
  }
  let excessEm = 0;
  const maxLines = spec.maxLines ?? Infinity;
  if (wrapped.length > maxLines) {
    const total = wrapped.reduce((s, l) => s + l.width, 0);
    excessEm = Math.max(0.5, total - maxLines * maxWidthEm);
  }
  const widest = Math.max(...wrapped.map((l) => l.width), 0);
  return {
    paragraph,
    lines: lines.length,
    heightPt: lines.length * lineHeight + spaceBefore,
    widthPt: ((widest + indentEm) * size) / (1 - margin),
    excessEm,
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * The largest size in `range` (whole points) at which all specs fit the block together.
 * Paragraph gaps scale with the size.
 */
export function fitBlock(specs: readonly TextSpec[], opts: BlockOptions, what: string | Localized, pos?: SourcePos): FitResult {
  const [min, max] = opts.range;
  const layAt = (size: number) => {
    const laid: Laid[] = [];
    let heightPt = 0;
    specs.forEach((spec, i) => {
      const gap = i === 0 ? 0 : round2((spec.gapRatio ?? opts.gapRatio ?? 0) * size);
      const l = layoutParagraph(spec, sizeOf(spec, size), opts.width, opts.lineRatio, gap);
      laid.push(l);
      heightPt += l.heightPt;
    });
    const fits = laid.every((l) => l.excessEm === 0) && points(heightPt) <= opts.height;
    return { laid, size, heightPt, fits };
  };
  // smaller text never needs more room, so the largest fitting size can be searched for
  let lo = Math.ceil(min);
  let hi = Math.floor(max);
  let best: ReturnType<typeof layAt> | undefined;
  const top = layAt(hi);
  if (top.fits) best = top;
  else {
    hi -= 1;
    while (lo <= hi) {
      const mid = (lo + hi + 1) >> 1;
      const r = layAt(mid);
      if (r.fits) {
        best = r;
        lo = mid + 1;
      } else hi = mid - 1;
    }
  }
  if (!best) return { ok: false, diagnostic: overflow(specs, opts, layAt(Math.ceil(min)), what, pos) };
  return {
    ok: true,
    block: {
      size: best.size,
      paragraphs: best.laid.map((l) => l.paragraph),
      height: points(best.heightPt),
      width: points(Math.max(...best.laid.map((l) => l.widthPt))),
    },
  };
}

function overflow(specs: readonly TextSpec[], opts: BlockOptions, at: { laid: Laid[]; size: number; heightPt: number }, what: string | Localized, pos?: SourcePos): Diagnostic {
  const lineOver = at.laid.findIndex((l) => l.excessEm > 0);
  const availPt = toPoints(opts.height);
  const named = whatOf(what);
  if (lineOver >= 0) {
    const spec = specs[lineOver]!;
    const l = at.laid[lineOver]!;
    const where = spec.source ?? pos;
    return report(LAYOUT.tooManyLines, { what: named, size: at.size, lines: l.lines, max: spec.maxLines ?? 1, chars: Math.ceil(l.excessEm) }, where ? { pos: where } : {});
  }
  const overPt = at.heightPt - availPt;
  const share = Math.round((overPt / at.heightPt) * 100);
  const params = { what: named, size: at.size, height: Math.round(at.heightPt), room: Math.round(availPt), share, several: specs.length > 1 };
  return report(LAYOUT.tooTall, params, pos ? { pos } : {});
}

/** One line that must not wrap (figures): the largest size in range whose width fits. */
export function fitLine(
  parts: { text: string; scale: number; color: Color; bold: boolean }[],
  font: DeckFont,
  width: Emu,
  range: readonly [number, number],
): { size: number; line: Line; widthPt: number } | undefined {
  const latin = metricFamilyOf(font.latin).family;
  const margin = marginFor(font);
  let em = 0;
  let prev: { cp: number; scale: number } | undefined;
  for (const p of parts) {
    if (!p.text) continue;
    em += measureLine([{ text: p.text, bold: p.bold, tag: 0 }], latin) * p.scale;
    // LibreOffice's gap between a figure and a Chinese unit is as wide as the larger run sets it
    const first = p.text.codePointAt(0)!;
    if (prev && isEastAsian(prev.cp) !== isEastAsian(first)) em += SCRIPT_GAP_EM * Math.max(prev.scale, p.scale);
    prev = { cp: p.text.codePointAt(p.text.length - 1)!, scale: p.scale };
  }
  const widthPt = toPoints(width);
  const fitting = Math.floor((widthPt * (1 - margin)) / em);
  const size = Math.min(Math.floor(range[1]), fitting);
  if (size < range[0]) return undefined;
  return {
    size,
    widthPt: (em * size) / (1 - margin),
    line: { runs: parts.filter((p) => p.text).map((p) => ({ text: p.text, size: Math.max(1, Math.round(size * p.scale)), bold: p.bold, color: p.color, font })) },
  };
}

/**
 * fitBlock for layouts: on overflow the problem is recorded and the text laid out at the
 * smallest size anyway, so that one run reports every slide that does not fit.
 */
export function fitOrReport(diagnostics: Diagnostic[], specs: readonly TextSpec[], opts: BlockOptions, what: string | Localized, pos?: SourcePos): FittedBlock {
  const r = fitBlock(specs, opts, what, pos);
  if (r.ok) return r.block;
  diagnostics.push(r.diagnostic);
  const unbounded = fitBlock(
    specs.map((s) => ({ ...s, maxLines: Infinity })),
    { ...opts, height: emu(Number.MAX_SAFE_INTEGER), range: [opts.range[0], opts.range[0]] },
    what,
    pos,
  );
  if (unbounded.ok) return unbounded.block;
  throw new Error('layout: unbounded fit failed');
}
