/**
 * `type: chart` — a native, editable chart with its workbook (Edit Data works in PowerPoint):
 * column or bar (side by side or stacked), line, pie or doughnut; optionally a key figure beside
 * it. Series take the theme's accents, chart text the deck's body faces (East Asian face set)
 * and language; value labels carry the unit. The data is checked: one value per category in
 * every series, one series and no negative slice in a pie, at most a readable number of each.
 */
import * as z from 'zod/mini';
import { both, report } from '../core/catalogue/define.js';
import { WHAT } from '../core/catalogue/layout.js';
import { CHART } from '../core/catalogue/outline.js';
import { emu, type Emu } from '../core/units.js';
import type { Box, ChartBox, ChartKind, ChartSeries, Color, SchemeRef, TextBox } from '../deck/model.js';
import { fitTextBox, pt, type LayoutContext } from '../layout/context.js';
import { contentArea, titleBoxes } from '../layout/frame/chrome.js';
import { plainText } from '../layout/inline.js';
import { lighter } from '../layout/palette.js';
import { rangeOf } from '../layout/theme.js';
import { FIGURE_KEYS, described, optionalText, text } from './fields.js';
import { heroBoxes } from './figure-cards.js';
import { asWritten } from './figures.js';
import { checkFigure } from './figure-rules.js';
import { defineSlideType, slideSchema, type Path, type SlideFigure, type SlideType } from './slide-type.js';

export const CHART_KINDS = ['column', 'bar', 'line', 'pie', 'doughnut'] as const;
export const MAX_CATEGORIES = 12;
export const MAX_SLICES = 8;
export const MAX_SERIES = 6;

const SeriesSchema = z.strictObject({
  name: text('The series’ name (its legend entry and workbook column).'),
  values: described(z.array(z.number()).check(z.minLength(1), z.maxLength(MAX_CATEGORIES)), 'One value per category, in the same order; never rounded.'),
  source: optionalText('Words quoted from the source report that state these values; copied into the speaker notes and checked by `briefdeck check`.'),
});

export const ChartSlideSchema = slideSchema('chart', {
  chart: described(z.enum(CHART_KINDS), 'column, bar (horizontal), line, pie or doughnut.'),
  stacked: z.optional(described(z.boolean(), 'Column and bar charts: series stacked instead of side by side.')),
  categories: described(z.array(text('A category.')).check(z.minLength(1), z.maxLength(MAX_CATEGORIES)), `The categories (the bars, points or slices), 1–${MAX_CATEGORIES}; a pie at most ${MAX_SLICES}.`),
  series: described(z.array(SeriesSchema).check(z.minLength(1), z.maxLength(MAX_SERIES)), `The series, 1–${MAX_SERIES}; a pie or doughnut has one.`),
  unit: optionalText('Unit of the values, shown on the labels and the value axis, e.g. 名, %.'),
  labels: z.optional(described(z.boolean(), 'Value labels on the bars, points or slices (default true).')),
  figure: z.optional(described(z.strictObject(FIGURE_KEYS), 'A key figure shown beside the chart (the figure + chart layout).')),
  caption: optionalText('A line under the chart: where the figures come from, a note.'),
});
export type ChartSlide = z.infer<typeof ChartSlideSchema>;

const KIND_NAMES: Record<ChartKind, { en: string; zh: string }> = {
  column: { en: 'Column chart', zh: '柱形图' },
  bar: { en: 'Bar chart', zh: '条形图' },
  line: { en: 'Line chart', zh: '折线图' },
  pie: { en: 'Pie chart', zh: '饼图' },
  doughnut: { en: 'Doughnut chart', zh: '环形图' },
};

/** The theme's accents, in order: the colours of series and slices (a theme change recolours them). */
function accents(ctx: LayoutContext, n: number): Color[] {
  const slots = ['accent1', 'accent2', 'accent4', 'accent5', 'accent6', 'accent3'] as const satisfies readonly SchemeRef[];
  const base = slots.map((s): Color => ({ hex: ctx.palette.scheme[s], scheme: s }));
  return Array.from({ length: n }, (_, i) => (i < base.length ? base[i]! : lighter(base[i % base.length]!, 0.4)));
}

/**
 * Excel's number format for values and their labels: General (every value shows as written,
 * 80.5 and 120 side by side) with the unit as literal text; fixed decimals only when every value
 * was written with the same ones (12.50, 8.00), so that written zeros stay.
 */
function numberFormat(series: ChartSeries[], unit: string | undefined, lang: LayoutContext['lang']): string {
  const decimals = new Set(series.flatMap((s) => s.written.map((w) => (w.includes('.') ? w.length - w.indexOf('.') - 1 : 0))));
  const [only] = [...decimals];
  const digits = decimals.size === 1 && only! > 0 ? `${lang === 'en' ? '#,##0' : '0'}.${'0'.repeat(only!)}` : lang === 'en' ? '#,##0.##########' : 'General';
  const literal = unit ? `"${unit.replace(/"/g, '')}"` : '';
  return `${digits}${literal}`;
}

function altText(slide: ChartSlide, lang: LayoutContext['lang']): string {
  const name = KIND_NAMES[slide.chart][lang === 'en' ? 'en' : 'zh'];
  const sep = lang === 'en' ? ', ' : '，';
  const unit = slide.unit ?? '';
  const data = slide.series.map((s) => `${slide.series.length > 1 ? `${s.name}: ` : ''}${slide.categories.map((c, i) => `${c} ${s.values[i]}${unit}`).join(sep)}`).join(lang === 'en' ? '; ' : '；');
  return `${name}${lang === 'en' ? ': ' : '：'}${data}`;
}

function drawChart(ctx: LayoutContext, slide: ChartSlide, path: Path): Box[] {
  const c = ctx.colors;
  const area = contentArea(ctx);
  const boxes: Box[] = [...titleBoxes(ctx, slide.title, ctx.locate([...path, 'title']), chartType.untitled(slide, ctx.lang))];
  let caption: TextBox | undefined;
  if (slide.caption) {
    const src = ctx.locate([...path, 'caption']);
    caption = fitTextBox(ctx, 'detail', [{ text: slide.caption, font: ctx.fonts.body, color: c.muted, maxLines: 2, source: src }], { w: area.w, h: pt(60) }, { lineRatio: 1.25, what: WHAT.chartCaption, source: src });
  }
  let x: Emu = area.x;
  let w: Emu = area.w;
  const h = emu(area.h - (caption ? caption.h + pt(6) : 0));
  if (slide.figure) {
    // the figure + chart layout: the key figure centred in the left third, the chart in the rest
    const leftW = emu(area.w / 3);
    boxes.push(...heroBoxes({ ...ctx, width: emu(2 * ctx.margin + leftW) }, slide.figure, [...path, 'figure'], 'figure'));
    x = emu(area.x + leftW + pt(12));
    w = emu(area.w - leftW - pt(12));
  }
  const colors = accents(ctx, Math.max(slide.series.length, slide.categories.length));
  const series: ChartSeries[] = slide.series.map((s, k) => ({
    name: plainText(s.name),
    values: s.values,
    written: s.values.map((v, i) => asWritten(ctx.written([...path, 'series', k, 'values', i]), v) ?? String(v)),
    color: colors[k]!,
  }));
  const [, size] = rangeOf(ctx.theme, 'chartText');
  const round = slide.chart === 'pie' || slide.chart === 'doughnut';
  const chart: ChartBox = {
    kind: 'chart',
    name: '',
    x,
    y: area.y,
    w,
    h,
    chart: slide.chart,
    stacked: slide.stacked ?? false,
    categories: slide.categories.map(plainText),
    series,
    numberFormat: numberFormat(series, slide.unit, ctx.lang),
    labels: slide.labels ?? true,
    legend: round || series.length > 1,
    text: { size, color: c.text, font: ctx.fonts.body },
    lines: lighter(c.muted, 0.6),
    alt: altText(slide, ctx.lang),
    source: ctx.locate([...path, 'series']),
  };
  if (round) chart.pointColors = colors.slice(0, slide.categories.length);
  boxes.push(chart);
  if (caption) {
    caption.x = area.x;
    caption.y = emu(area.y + h + pt(6));
    boxes.push(caption);
  }
  return boxes;
}

/** The unit a category names in brackets at its end (专题党课（节）, Lessons (hours)), if any. */
export function unitOfCategory(category: unknown): string | undefined {
  if (typeof category !== 'string') return undefined;
  return /[（(]([^（）()]{1,6})[）)]\s*$/.exec(category)?.[1];
}

/** The values of a series as figures of the report: each with the unit, checked against the series' quote. */
function seriesFigures(slide: Record<string, unknown>, path: Path): SlideFigure[] {
  const out: SlideFigure[] = [];
  const unit = typeof slide.unit === 'string' ? slide.unit : undefined;
  if (Array.isArray(slide.series)) {
    slide.series.forEach((s, k) => {
      const series = s as { values?: unknown; source?: unknown };
      if (!series || typeof series.source !== 'string' || !Array.isArray(series.values)) return;
      // one quote for the series: every value is checked against it; the notes give it once. A
      // value's unit is the chart's, or the one its category names: 专题党课（节）
      const categories = Array.isArray(slide.categories) ? slide.categories : [];
      series.values.forEach((v, i) => {
        if (typeof v !== 'number') return;
        const own = unit ?? unitOfCategory(categories[i]);
        out.push({ keys: { value: v, ...(own ? { unit: own } : {}), source: series.source }, path: [...path, 'series', k], valuePath: [...path, 'series', k, 'values', i] });
      });
    });
  }
  if (slide.figure && typeof slide.figure === 'object') out.push({ keys: slide.figure as Record<string, unknown>, path: [...path, 'figure'] });
  return out;
}

export const chartType: SlideType<ChartSlide> = defineSlideType<ChartSlide>({
  name: 'chart',
  summary: 'A native chart with its data: column, bar, line, pie or doughnut; optionally a key figure beside it.',
  schema: ChartSlideSchema,
  roles: {
    chartText: { limits: [10, 18], default: [12, 14], uses: 'chart labels, axes and legend (the largest size is used)', contrast: [{ on: ['text', 'background'], what: 'chart text on the slide ground' }] },
  },
  layout: { key: 'chart', name: { zh: '图表', en: 'Chart' }, type: 'titleOnly' },
  untitled: (slide, lang) => `${KIND_NAMES[slide.chart][lang === 'en' ? 'en' : 'zh']}${lang === 'en' ? ': ' : '：'}${slide.series.map((s) => s.name).join(lang === 'en' ? ', ' : '、')}`,
  figures: seriesFigures,
  texts: (slide, path) => (typeof slide.title === 'string' ? [{ text: slide.title, path: [...path, 'title'] }] : []),
  check(slide, path, c) {
    const out = [];
    const kind = typeof slide.chart === 'string' ? slide.chart : undefined;
    const categories = Array.isArray(slide.categories) ? slide.categories.length : undefined;
    const series = Array.isArray(slide.series) ? (slide.series as { name?: unknown; values?: unknown }[]) : [];
    if (categories !== undefined) {
      series.forEach((s, k) => {
        if (s && Array.isArray(s.values) && s.values.length !== categories) out.push(report(CHART.seriesLength, { name: typeof s.name === 'string' ? s.name : String(k + 1), values: s.values.length, categories }, c.at([...path, 'series', k, 'values'])));
      });
    }
    if (kind === 'pie' || kind === 'doughnut') {
      if (series.length > 1) out.push(report(CHART.pieSeries, { kind, count: series.length }, c.at([...path, 'series'])));
      series.forEach((s, k) => {
        if (s && Array.isArray(s.values)) s.values.forEach((v, i) => typeof v === 'number' && v < 0 && out.push(report(CHART.negativeSlice, { kind, value: v }, c.at([...path, 'series', k, 'values', i]))));
      });
    }
    if ((kind === 'pie' || kind === 'doughnut') && categories !== undefined && categories > MAX_SLICES) out.push(report(CHART.tooManySlices, { kind, count: categories, max: MAX_SLICES }, c.at([...path, 'categories'])));
    if (slide.stacked === true && kind !== 'column' && kind !== 'bar' && kind !== undefined) out.push(report(CHART.stackedKind, { kind }, c.at([...path, 'stacked'])));
    if (slide.figure && typeof slide.figure === 'object') out.push(...checkFigure({ keys: slide.figure as Record<string, unknown>, path: [...path, 'figure'] }, c));
    return out;
  },
  explain(key, issue, input) {
    if (key === 'categories' && issue.code === 'too_big') return { message: both(CHART.tooManyCategories, { count: Array.isArray(input) ? input.length : undefined, max: MAX_CATEGORIES }), hint: both(CHART.groupOrSplit, {}) };
    return undefined;
  },
  draw: drawChart,
});
