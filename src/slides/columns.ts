/**
 * `type: columns` — two or three columns side by side, each a card with a heading and points
 * and/or a key figure: before and after, this year and last, parallel measures (三同 / 三联).
 * Headings share one size, figures one size, points one size, so the columns read as equals;
 * points that do not fit continue on the next slide, column by column.
 */
import * as z from 'zod/mini';
import { report } from '../core/catalogue/define.js';
import { WHAT } from '../core/catalogue/layout.js';
import { COLUMNS } from '../core/catalogue/outline.js';
import { LAYOUT } from '../core/catalogue/layout.js';
import type { SourcePos } from '../core/errors.js';
import { emu, type Emu } from '../core/units.js';
import type { Box, GroupBox, TextBox, TextRole } from '../deck/model.js';
import { fitTextBox, insetsFor, pt, rect, type LayoutContext } from '../layout/context.js';
import type { TextSpec } from '../layout/fit.js';
import { contentArea, titleBoxes } from '../layout/frame/chrome.js';
import { LIST_GAP, LIST_LINE, listStyles } from '../layout/frame/list.js';
import { plainText } from '../layout/inline.js';
import { rangeOf } from '../layout/theme.js';
import { described, NumberItemSchema, text } from './fields.js';
import { changeBox, changeRuns, changeSize } from './change-line.js';
import { figureBox } from './figure-cards.js';
import { checkFigure } from './figure-rules.js';
import { pageTitle, paginate, warnContinued } from './paginate.js';
import { defineSlideType, slideSchema, type Path, type SlideFigure, type SlidePage, type SlideText, type SlideType } from './slide-type.js';

/** Points of one column on one slide at most; more continue on the next. */
export const COLUMN_POINTS_PER_SLIDE = 6;
export const MAX_COLUMN_POINTS = 30;

export const ColumnSchema = z.strictObject({
  heading: text('The column’s heading: what it stands for (this year, 同轴运转·党建联抓).'),
  points: z.optional(
    described(
      z.array(text('A point. Inline **…** marks emphasis.')).check(z.minLength(1), z.maxLength(MAX_COLUMN_POINTS)),
      `The column’s points, 1–${MAX_COLUMN_POINTS}; more than ${COLUMN_POINTS_PER_SLIDE}, or more than fit, continue on the next slide.`,
    ),
  ),
  figure: z.optional(described(NumberItemSchema, 'A key figure at the top of the column (the keys of a `numbers` item).')),
});
export type Column = z.infer<typeof ColumnSchema>;

export const ColumnsSlideSchema = slideSchema('columns', {
  columns: described(z.array(ColumnSchema).check(z.minLength(2), z.maxLength(3)), 'The columns, 2–3, each with a heading and points and/or a figure.'),
});
export type ColumnsSlide = z.infer<typeof ColumnsSlideSchema>;

const GAP = 20;
const PAD = 12;
const STRIP = 5;
/** Points between the heading and what is under it, and between a figure's label and the points. */
const HEADING_GAP = 8;
const FIGURE_GAP = 10;
/** The largest figure a column shows: it shares the card with a heading and points. */
const FIGURE_CAP = 66;

interface ColumnGeometry {
  x: Emu;
  w: Emu;
  inner: Emu;
}

function geometry(ctx: LayoutContext, count: number): ColumnGeometry[] {
  const area = contentArea(ctx);
  const w = emu((area.w - (count - 1) * pt(GAP)) / count);
  return Array.from({ length: count }, (_, i) => ({ x: emu(area.x + i * (w + pt(GAP))), w, inner: emu(w - 2 * pt(PAD)) }));
}

/**
 * The largest size of `range` at which each spec fits its width, lines and height (siblings
 * share a size): the smallest of the sizes each fits at alone, since smaller text never needs
 * more room. One fit per column (each a binary search), not one per column and size.
 */
function sharedSize(ctx: LayoutContext, role: TextRole, specs: TextSpec[][], w: Emu, range: readonly [number, number], lineRatio: number, gapRatio = 0, h?: (k: number) => Emu): number | undefined {
  let size = range[1];
  for (const [k, list] of specs.entries()) {
    if (!list.length) continue;
    const quiet: LayoutContext = { ...ctx, diagnostics: [] };
    const box = fitTextBox(quiet, role, list, h ? { w, h: h(k) } : { w }, { range, lineRatio, gapRatio, what: '', insets: insetsFor(range[1]) });
    if (quiet.diagnostics.length) return undefined;
    size = Math.min(size, Math.max(...box.paragraphs.flatMap((p) => p.lines.flatMap((l) => l.runs.map((r) => r.size))), range[0]));
  }
  return size;
}

/** The heading of each column, one size for all, centred, in at most two balanced lines. */
function headings(ctx: LayoutContext, slide: ColumnsSlide, path: Path, inner: Emu): TextBox[] {
  const specs = slide.columns.map((col, k): TextSpec[] => [
    { text: col.heading, font: ctx.fonts.heading, color: ctx.colors.primary, bold: true, align: 'center', balance: true, display: true, maxLines: 2, source: ctx.locate([...path, 'columns', k, 'heading']) },
  ]);
  const range = rangeOf(ctx.theme, 'columnHeading');
  // one line reads best, when it keeps three quarters of the largest size; else two balanced lines
  const oneLine = sharedSize(ctx, 'columnHeading', specs.map((s) => s.map((x) => ({ ...x, maxLines: 1 }))), inner, range, 1.2);
  const twoLines = sharedSize(ctx, 'columnHeading', specs, inner, range, 1.2) ?? range[0];
  const size = oneLine !== undefined && oneLine >= Math.min(twoLines, Math.round(range[1] * 0.75)) ? oneLine : twoLines;
  return specs.map((s) => fitTextBox(ctx, 'columnHeading', s, { w: inner }, { range: [size, size], lineRatio: 1.2, what: WHAT.columnHeading, ...(s[0]!.source ? { source: s[0]!.source } : {}) }));
}

/** Each column's figure and its label (or nothing), the figures at one size. */
interface ColumnFigure {
  figure: TextBox;
  /** Its change (同比增长6.1%), in the colour of its direction, between the figure and its label. */
  change?: TextBox | undefined;
  label: TextBox;
}

function figures(ctx: LayoutContext, slide: ColumnsSlide, path: Path, inner: Emu): (ColumnFigure | undefined)[] {
  const [lo, hi] = rangeOf(ctx.theme, 'figure');
  // figures alone in their columns may take the template's largest size; beside points, less
  const alone = slide.columns.every((c) => !c.points);
  const range: [number, number] = [lo, alone ? hi : Math.max(lo, Math.min(hi, FIGURE_CAP))];
  // one size: the smallest of the sizes at which each figure fits its column
  let size = range[1];
  slide.columns.forEach((col, k) => {
    if (!col.figure) return;
    const f = figureBox(ctx, 'figure', col.figure, inner, range, [...path, 'columns', k, 'figure']);
    const s = f?.paragraphs[0]?.lines[0]?.runs.reduce((m, r) => Math.max(m, r.size), 0);
    if (s) size = Math.min(size, s);
  });
  // the changes at one size too: the largest at which every change line fits its column
  const changeRange = rangeOf(ctx.theme, 'change');
  let changeSz = changeRange[1];
  slide.columns.forEach((col, k) => {
    const lines = col.figure?.change ? changeRuns(ctx, col.figure.change, [...path, 'columns', k, 'figure']) : [];
    if (lines.length) changeSz = Math.min(changeSz, changeSize(ctx, lines, emu(inner - 2 * insetsFor(changeRange[1]).l), changeRange) ?? changeRange[0]);
  });
  return slide.columns.map((col, k) => {
    if (!col.figure) return undefined;
    const fpath = [...path, 'columns', k, 'figure'];
    const change = col.figure.change ? changeBox(ctx, 'change', col.figure.change, fpath, inner, changeSz, insetsFor(changeSz)) : undefined;
    const figure = figureBox(ctx, 'figure', col.figure, inner, [size, size], fpath);
    const src = ctx.locate([...fpath, 'label']);
    const label = fitTextBox(ctx, 'label', [{ text: col.figure.label, font: ctx.fonts.body, color: ctx.colors.text, bold: true, align: 'center', balance: true, display: true, maxLines: 2, source: src }], { w: inner }, { lineRatio: 1.2, what: WHAT.figureLabel, source: src });
    if (!figure) {
      ctx.diagnostics.push(report(LAYOUT.columnFigure, { min: lo }, { pos: ctx.locate([...fpath, 'value']) }));
      return undefined;
    }
    return { figure, change, label };
  });
}

interface PlacedPoint {
  column: number;
  index: number;
  spec: TextSpec;
}

function pointSpecs(ctx: LayoutContext, slide: ColumnsSlide, path: Path): PlacedPoint[][] {
  const style = listStyles(ctx).point;
  // balanced lines: a point breaks near its middle (after its comma), not before its last word
  return slide.columns.map((col, k) => (col.points ?? []).map((p, i) => ({ column: k, index: i, spec: { ...style, balance: true, text: p, source: ctx.locate([...path, 'columns', k, 'points', i]) } })));
}

/** The columns' layout above the points: where the points start, and the boxes drawn there. */
interface Head {
  top: Emu;
  headings: TextBox[];
  figures: (ColumnFigure | undefined)[];
  /** Height of the heading row (the tallest heading) and of the figure row (the tallest figure with its label). */
  headingH: Emu;
  figureH: Emu;
}

function head(ctx: LayoutContext, slide: ColumnsSlide, path: Path, inner: Emu): Head {
  const area = contentArea(ctx);
  const hs = headings(ctx, slide, path, inner);
  const fs = figures(ctx, slide, path, inner);
  const headingH = emu(Math.max(...hs.map((h) => h.h)));
  const figureH = emu(Math.max(0, ...fs.map((f) => (f ? f.figure.h + (f.change?.h ?? 0) + f.label.h : 0))));
  const top = emu(area.y + pt(STRIP + PAD) + headingH + pt(HEADING_GAP) + (figureH ? figureH + pt(FIGURE_GAP) : 0));
  return { top, headings: hs, figures: fs, headingH, figureH };
}

/**
 * The slide's columns over as many slides as their points need: a row of points (the i-th of
 * every column) moves on together, so the columns stay side by side; the headings repeat.
 */
function drawPages(ctx: LayoutContext, slide: ColumnsSlide, path: Path): SlidePage[] {
  const area = contentArea(ctx);
  const n = slide.columns.length;
  const cols = geometry(ctx, n);
  const inner = cols[0]!.inner;
  const first = head(ctx, slide, path, inner);
  const bottom = emu(area.y + area.h - pt(PAD));
  const pointsH = emu(bottom - first.top);
  const points = pointSpecs(ctx, slide, path);
  const rows = Math.max(0, ...points.map((p) => p.length));
  const [lo] = rangeOf(ctx.theme, 'point');
  const where = (k: number) => ctx.locate([...path, 'columns', k, 'points']);
  /** Whether rows `from`..`to` of every column fit under the first slide's heading and figures at the smallest size. */
  const fits = (page: readonly number[]) =>
    sharedSize(ctx, 'point', points.map((p) => p.filter((x) => page.includes(x.index)).map((x) => x.spec)), inner, [lo, lo], LIST_LINE, LIST_GAP, () => pointsH) !== undefined;
  const pages = rows ? paginate(Array.from({ length: rows }, (_, i) => i), fits, COLUMN_POINTS_PER_SLIDE) : [[]];
  const title = slide.title ? plainText(slide.title) : columnsType.untitled(slide, ctx.lang);
  if (pages.length > 1) {
    const row = pages[1]![0]!;
    const at = points.find((p) => p[row])![row]!;
    warnContinued(ctx, WHAT.columns(n), points.reduce((a, p) => a + p.length, 0), pages.length, row + 1, pageTitle(ctx, title, 1), at.spec.source ?? where(at.column));
  }
  return pages.map((page, pageNo) => {
    const shown = slide.title === undefined ? undefined : pageTitle(ctx, slide.title, pageNo);
    const boxes: Box[] = [...titleBoxes(ctx, shown, ctx.locate([...path, 'title']), pageTitle(ctx, title, pageNo))];
    // the figures stand on the first slide; the next ones give their room to the points
    const top = pageNo === 0 ? first.top : emu(area.y + pt(STRIP + PAD) + first.headingH + pt(HEADING_GAP));
    // columns without points: heading and figure stand in the middle of their cards
    const stackH = first.headingH + pt(HEADING_GAP) + first.figureH;
    const dy = rows === 0 ? emu(Math.max(0, (area.h - pt(STRIP) - stackH) / 2 - pt(PAD))) : 0;
    const lists = points.map((p) => p.filter((x) => page.includes(x.index)));
    const height = emu(bottom - top);
    const size = sharedSize(ctx, 'point', lists.map((l) => l.map((x) => x.spec)), inner, rangeOf(ctx.theme, 'point'), LIST_LINE, LIST_GAP, () => height) ?? lo;
    slide.columns.forEach((_, k) => {
      const c = cols[k]!;
      const members: GroupBox['boxes'] = [rect({ x: c.x, y: area.y, w: c.w, h: area.h }, ctx.colors.card), rect({ x: c.x, y: area.y, w: c.w, h: pt(STRIP) }, ctx.colors.primary)];
      const x = emu(c.x + pt(PAD));
      const heading = structuredClone(first.headings[k]!);
      Object.assign(heading, { x, y: emu(area.y + pt(STRIP + PAD) + dy), h: first.headingH, anchor: 'bottom' });
      members.push(heading);
      const fig = pageNo === 0 ? first.figures[k] : undefined;
      if (fig) {
        const figY = emu(heading.y + first.headingH + pt(HEADING_GAP));
        Object.assign(fig.figure, { x, y: figY });
        let y = emu(figY + fig.figure.h);
        if (fig.change) {
          Object.assign(fig.change, { x, y });
          y = emu(y + fig.change.h);
          members.push(fig.figure, fig.change, fig.label);
        } else members.push(fig.figure, fig.label);
        Object.assign(fig.label, { x, y });
      }
      const list = lists[k]!;
      if (list.length) members.push(columnList(ctx, list.map((p) => p.spec), inner, size, height, x, top, where(k)));
      boxes.push({ kind: 'group', name: '', x: c.x, y: area.y, w: c.w, h: area.h, boxes: members });
    });
    return { title: pageTitle(ctx, title, pageNo), boxes };
  });
}

/** A column's points at the shared size; a short list breathes a little, as a points slide does. */
function columnList(ctx: LayoutContext, specs: TextSpec[], w: Emu, size: number, h: Emu, x: Emu, y: Emu, where: SourcePos): TextBox {
  const box = fitTextBox(ctx, 'point', specs, { w, h }, { range: [size, size], lineRatio: LIST_LINE, gapRatio: LIST_GAP, what: WHAT.columnPoints(specs.length), source: where });
  const free = (h - box.h) / pt(1);
  const later = box.paragraphs.slice(1);
  if (later.length && free > 0) {
    const extra = Math.min(size * 0.4, (free * 0.4) / later.length);
    for (const p of later) p.spaceBefore = Math.round((p.spaceBefore + extra) * 100) / 100;
    box.h = emu(box.h + pt(extra * later.length));
  }
  box.x = x;
  box.y = y;
  return box;
}

export const columnsType: SlideType<ColumnsSlide> = defineSlideType<ColumnsSlide>({
  name: 'columns',
  summary: 'Two or three columns side by side, each with a heading and points and/or a key figure: comparisons and parallel measures.',
  schema: ColumnsSlideSchema,
  roles: {
    columnHeading: {
      limits: [14, 40],
      default: [20, 28],
      uses: 'headings of columns',
      contrast: [{ on: ['primary', 'card'], bold: true, what: 'column headings on their cards' }],
    },
  },
  layout: { key: 'columns', name: { zh: '并列', en: 'Columns' }, type: 'titleOnly' },
  untitled: (slide, lang) => slide.columns.map((c) => plainText(c.heading)).join(lang === 'en' ? ' / ' : '、'),
  figures(slide, path) {
    const out: SlideFigure[] = [];
    if (Array.isArray(slide.columns)) {
      slide.columns.forEach((c: unknown, k) => {
        const f = c && typeof c === 'object' ? (c as Record<string, unknown>).figure : undefined;
        if (f && typeof f === 'object') out.push({ keys: f as Record<string, unknown>, path: [...path, 'columns', k, 'figure'] });
      });
    }
    return out;
  },
  texts(slide, path) {
    const out: SlideText[] = [];
    const add = (v: unknown, p: Path) => typeof v === 'string' && out.push({ text: v, path: p });
    add(slide.title, [...path, 'title']);
    if (Array.isArray(slide.columns)) {
      slide.columns.forEach((c: unknown, k) => {
        if (!c || typeof c !== 'object') return;
        const col = c as Record<string, unknown>;
        if (Array.isArray(col.points)) col.points.forEach((p, i) => add(p, [...path, 'columns', k, 'points', i]));
      });
    }
    return out;
  },
  check(slide, path, c) {
    const out = [];
    if (Array.isArray(slide.columns)) {
      for (const [k, col] of slide.columns.entries()) {
        if (!col || typeof col !== 'object') continue;
        const o = col as Record<string, unknown>;
        if (o.points === undefined && o.figure === undefined) out.push(report(COLUMNS.empty, {}, c.at([...path, 'columns', k])));
        if (o.figure && typeof o.figure === 'object') out.push(...checkFigure({ keys: o.figure as Record<string, unknown>, path: [...path, 'columns', k, 'figure'] }, c));
      }
    }
    return out;
  },
  draw: (ctx, slide, path) => drawPages(ctx, slide, path)[0]!.boxes,
  drawPages,
});
