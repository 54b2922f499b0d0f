/**
 * `type: table` — a native table (editable in PowerPoint and WPS) from YAML rows: a header row,
 * rows of cells (text, or figures printed as number slides print them), an optional total row,
 * one emphasised row or column, a caption line. Every cell is measured like any text: columns
 * get widths from their content, figures never wrap and line up on their decimal point, and a
 * table too long for one slide continues on the next with its header repeated and （续） in
 * the title. A cell that cannot fit even at the smallest size is TEXT_OVERFLOW at the cell.
 */
import * as z from 'zod/mini';
import { report } from '../core/catalogue/define.js';
import { LAYOUT, WHAT } from '../core/catalogue/layout.js';
import { TABLE } from '../core/catalogue/outline.js';
import { emu, points, type Emu } from '../core/units.js';
import type { Box, Color, Insets, TableBox, TableCell, TableRow, TextBox } from '../deck/model.js';
import { fitTextBox, pt, type LayoutContext } from '../layout/context.js';
import { layoutParagraph, type TextSpec } from '../layout/fit.js';
import { contentArea, titleBoxes } from '../layout/frame/chrome.js';
import { plainText } from '../layout/inline.js';
import { lighter } from '../layout/palette.js';
import { rangeOf } from '../layout/theme.js';
import { APPROX_WORDS, NUMBER_FORMATS, described, optionalText, text } from './fields.js';
import { figureParts } from './figures.js';
import { pageTitle, warnContinued } from './paginate.js';
import { defineSlideType, slideSchema, type Path, type SlidePage, type SlideType } from './slide-type.js';

export const MAX_COLUMNS = 8;
export const MAX_ROWS = 200;

const FigureCellSchema = z.strictObject({
  value: described(z.number(), 'A figure, printed as number slides print it (never rounded).'),
  approx: z.optional(z.enum(APPROX_WORDS)),
  unit: optionalText('Unit after the value, e.g. 名, %.'),
  format: z.optional(z.enum(NUMBER_FORMATS)),
  source: optionalText('Words quoted from the source report; copied into the speaker notes and checked by `briefdeck check`.'),
});
const CellSchema = z.union([described(z.string().check(z.maxLength(1000)), 'A text cell ("" for an empty one).'), described(z.number(), 'A figure without a unit.'), FigureCellSchema]);

export const TableSlideSchema = slideSchema('table', {
  columns: described(z.array(text('A column heading.')).check(z.minLength(1), z.maxLength(MAX_COLUMNS)), `The header row: one heading per column, 1–${MAX_COLUMNS}.`),
  rows: described(z.array(z.array(CellSchema)).check(z.minLength(1), z.maxLength(MAX_ROWS)), `The rows, 1–${MAX_ROWS}, each one cell per column; a long table continues on further slides.`),
  total: z.optional(described(z.array(CellSchema), 'A total row at the bottom (on the last slide of a long table).')),
  align: z.optional(described(z.array(z.enum(['left', 'center', 'right'])), 'Alignment per column; default: text left, figures right (on the decimal point).')),
  emphasis: z.optional(
    described(
      z.union([z.strictObject({ row: z.number().check(z.int(), z.gte(1)) }), z.strictObject({ column: z.number().check(z.int(), z.gte(1)) })]),
      'One row or column to stand out (counted from 1; the header row is not counted).',
    ),
  ),
  caption: optionalText('A line under the table: where the figures come from, a note.'),
});
export type TableSlide = z.infer<typeof TableSlideSchema>;
type Cell = z.infer<typeof CellSchema>;
type FigureCell = z.infer<typeof FigureCellSchema>;

const isFigure = (c: Cell): c is FigureCell | number => typeof c === 'number' || (typeof c === 'object' && c !== null);

/** Line pitch of cell text, as a multiple of its size. */
const LINE = 1.25;
/** Lines a cell may take at most. */
const MAX_CELL_LINES = 3;

interface Grid {
  size: number;
  insets: Insets;
  columns: Emu[];
  header: TableRow;
  body: TableRow[];
  total?: TableRow;
}

interface Styles {
  header: Omit<TextSpec, 'text'>;
  body: Omit<TextSpec, 'text'>;
  emphasised: Omit<TextSpec, 'text'>;
  total: Omit<TextSpec, 'text'>;
  headerFill: Color;
  band: Color;
  emphasisFill: Color;
}

function styles(ctx: LayoutContext): Styles {
  const c = ctx.colors;
  const font = ctx.fonts.body;
  return {
    header: { font, color: c.onPrimary, bold: true, maxLines: MAX_CELL_LINES },
    body: { font, color: c.text, markup: true, emphasisColor: c.emphasis, maxLines: MAX_CELL_LINES },
    emphasised: { font, color: c.text, bold: true, maxLines: MAX_CELL_LINES },
    total: { font, color: c.text, bold: true, maxLines: MAX_CELL_LINES },
    headerFill: c.primary,
    band: lighter(c.card, 0.5),
    emphasisFill: lighter(c.primary, 0.85),
  };
}

type Part = { prefix: string; value: string; suffix: string; figure: boolean; pad?: string };

/** A cell's text: figures as number slides print them, padded so decimal points line up. */
function cellTexts(slide: TableSlide, written: (path: Path) => string | undefined, path: Path, lang: LayoutContext['lang']): { rows: string[][]; total?: string[]; figureColumn: boolean[] } {
  const all = [...slide.rows, ...(slide.total ? [slide.total] : [])];
  const paths = [...slide.rows.map((_, r) => [...path, 'rows', r]), ...(slide.total ? [[...path, 'total']] : [])];
  const n = slide.columns.length;
  const figureColumn = Array.from({ length: n }, (_, c) => all.some((row) => row[c] !== undefined && isFigure(row[c]!)) && all.every((row) => row[c] === undefined || row[c] === '' || isFigure(row[c]!)));
  const parts = all.map((row, r) =>
    row.map((cell, c) => {
      if (!isFigure(cell)) return { prefix: '', value: plainText(cell), suffix: '', figure: false } as Part;
      const f = typeof cell === 'number' ? { value: cell } : cell;
      const w = written(typeof cell === 'number' ? [...paths[r]!, c] : [...paths[r]!, c, 'value']);
      return { ...figureParts({ ...f, written: w }, lang), figure: true } as Part;
    }),
  );
  // decimals line up: fewer fraction digits are padded with figure spaces, where the units agree
  for (let c = 0; c < n; c++) {
    const cells = parts.map((row) => row[c]).filter((p): p is NonNullable<typeof p> => !!p && p.figure);
    if (!cells.length || new Set(cells.map((p) => p.suffix)).size > 1) continue;
    const frac = (v: string) => (v.includes('.') ? v.length - v.indexOf('.') - 1 : 0);
    const most = Math.max(...cells.map((p) => frac(p.value)));
    for (const p of cells) {
      const f = frac(p.value);
      // the padding goes after the unit: right-aligned, the decimal points then share one place
      if (most > 0 && f < most) p.pad = (f === 0 ? '\u2008' : '') + '\u2007'.repeat(most - f);
    }
  }
  const texts = parts.map((row) => row.map((p) => p.prefix + p.value + p.suffix + (p.pad ?? '')));
  return { rows: texts.slice(0, slide.rows.length), ...(slide.total ? { total: texts[slide.rows.length]! } : {}), figureColumn };
}

/** The table laid out at one size; undefined when a cell or the columns do not fit. */
function gridAt(ctx: LayoutContext, slide: TableSlide, texts: ReturnType<typeof cellTexts>, size: number, width: Emu, path: Path): Grid | undefined {
  const st = styles(ctx);
  const n = slide.columns.length;
  const insets: Insets = { l: pt(Math.round(size * 0.5)), r: pt(Math.round(size * 0.5)), t: pt(Math.round(size * 0.28)), b: pt(Math.round(size * 0.28)) };
  const side = insets.l + insets.r;
  const align = (c: number): TextSpec['align'] => slide.align?.[c] ?? (texts.figureColumn[c] ? 'right' : 'left');
  const emphasis = slide.emphasis;
  const rowSpecs = texts.rows.map((row, r) =>
    row.map((t, c): TextSpec => {
      const hot = (emphasis && 'row' in emphasis && emphasis.row === r + 1) || (emphasis && 'column' in emphasis && emphasis.column === c + 1);
      return { ...(hot ? st.emphasised : st.body), text: t, align: align(c), source: ctx.locate([...path, 'rows', r, c]) };
    }),
  );
  const headerSpecs = slide.columns.map((t, c): TextSpec => ({ ...st.header, text: t, align: align(c), source: ctx.locate([...path, 'columns', c]) }));
  const totalSpecs = texts.total?.map((t, c): TextSpec => ({ ...st.total, text: t, align: align(c), source: ctx.locate([...path, 'total', c]) }));
  const all = [headerSpecs, ...rowSpecs, ...(totalSpecs ? [totalSpecs] : [])];
  // each column's natural width (its widest cell on one line) and the least it can take
  // (figures never wrap; text wraps, down to a few characters)
  const unbounded = emu(width * 4);
  const natural = Array.from({ length: n }, (_, c) => Math.max(...all.map((row) => (row[c] ? layoutParagraph({ ...row[c]!, maxLines: 1 }, size, unbounded, LINE).widthPt : 0))));
  const least = natural.map((w, c) => (texts.figureColumn[c] ? w : Math.min(w, size * 5)));
  const room = (width - side * n) / 12700;
  if (least.reduce((a, b) => a + b, 0) > room) return undefined;
  // natural widths when they fit, the rest shared in proportion; else text columns give way
  let inner: number[];
  const sum = natural.reduce((a, b) => a + b, 0);
  if (sum <= room) inner = natural.map((w) => w + ((room - sum) * w) / sum);
  else {
    inner = [...natural];
    let over = sum - room;
    // shrink the widest text columns first, never below their least
    while (over > 0.01) {
      const shrinkable = inner.map((w, c) => (w > least[c]! + 0.01 ? c : -1)).filter((c) => c >= 0);
      if (!shrinkable.length) return undefined;
      const widest = Math.max(...shrinkable.map((c) => inner[c]!));
      const at = shrinkable.filter((c) => inner[c]! >= widest - 0.01);
      const others = shrinkable.filter((c) => inner[c]! < widest - 0.01);
      const next = others.length ? Math.max(...others.map((c) => inner[c]!)) : 0;
      const cut = Math.min(over / at.length, widest - Math.max(next, ...at.map((c) => least[c]!)));
      for (const c of at) inner[c] = inner[c]! - cut;
      over -= cut * at.length;
      if (cut <= 0) return undefined;
    }
  }
  const columns = inner.map((w) => emu(points(w) + side));
  // round-off goes to the last column: the grid is exactly the table's width
  columns[n - 1] = emu(columns[n - 1]! + (width - columns.reduce((a, b) => a + b, 0)));
  const rowOf = (specs: TextSpec[], kind: TableRow['kind'], fill: (c: number) => Color | undefined): TableRow | undefined => {
    const cells: TableCell[] = [];
    let h = 0;
    for (let c = 0; c < n; c++) {
      const spec = specs[c]!;
      const laid = layoutParagraph(spec, size, emu(columns[c]! - side), LINE);
      if (laid.excessEm > 0) return undefined;
      h = Math.max(h, laid.heightPt);
      const cell: TableCell = { paragraphs: [laid.paragraph] };
      const f = fill(c);
      if (f) cell.fill = f;
      if (spec.source) cell.source = spec.source;
      cells.push(cell);
    }
    return { h: emu(points(h) + insets.t + insets.b + pt(size * 0.12)), kind, cells };
  };
  const header = rowOf(headerSpecs, 'header', () => st.headerFill);
  if (!header) return undefined;
  const body: TableRow[] = [];
  for (let r = 0; r < rowSpecs.length; r++) {
    const row = rowOf(rowSpecs[r]!, 'body', (c) => {
      if (emphasis && (('row' in emphasis && emphasis.row === r + 1) || ('column' in emphasis && emphasis.column === c + 1))) return st.emphasisFill;
      return r % 2 === 1 ? st.band : undefined;
    });
    if (!row) return undefined;
    body.push(row);
  }
  const grid: Grid = { size, insets, columns, header, body };
  if (totalSpecs) {
    const total = rowOf(totalSpecs, 'total', () => undefined);
    if (!total) return undefined;
    grid.total = total;
  }
  return grid;
}

/** Rows per page: as many as fit, the header on every page, the total on the last. */
function paginate(grid: Grid, height: number): TableRow[][] | undefined {
  const pages: TableRow[][] = [];
  let page: TableRow[] = [];
  let used: number = grid.header.h;
  for (const row of grid.body) {
    if (used + row.h > height && page.length) {
      pages.push(page);
      page = [];
      used = grid.header.h;
    }
    if (used + row.h > height) return undefined;
    page.push(row);
    used += row.h;
  }
  if (grid.total) {
    if (used + grid.total.h > height && page.length) {
      pages.push(page);
      page = [];
    }
    page.push(grid.total);
  }
  pages.push(page);
  return pages;
}

function tableAlt(slide: TableSlide, rows: number, lang: LayoutContext['lang']): string {
  return lang === 'en' ? `Table: ${slide.columns.join(', ')}; ${rows} rows` : `表格：${slide.columns.join('、')}；共 ${rows} 行`;
}

function drawPages(ctx: LayoutContext, slide: TableSlide, path: Path): SlidePage[] {
  const c = ctx.colors;
  const area = contentArea(ctx);
  const [min, max] = rangeOf(ctx.theme, 'tableCell');
  const texts = cellTexts(slide, (p) => ctx.written(p), path, ctx.lang);
  // the caption line under the table, on every page
  let caption: TextBox | undefined;
  if (slide.caption) {
    const src = ctx.locate([...path, 'caption']);
    caption = fitTextBox(ctx, 'detail', [{ text: slide.caption, font: ctx.fonts.body, color: c.muted, maxLines: 2, source: src }], { w: area.w, h: pt(60) }, { lineRatio: 1.25, what: WHAT.tableCaption, source: src });
  }
  const tableH = area.h - (caption ? caption.h + pt(6) : 0);
  const title = slide.title ? plainText(slide.title) : tableType.untitled(slide, ctx.lang);
  // one slide at the largest size that fits it; else the fewest slides, at the largest size that keeps that count
  let grid: Grid | undefined;
  let pages: TableRow[][] | undefined;
  const grids = new Map<number, Grid | undefined>();
  const at = (s: number) => {
    if (!grids.has(s)) grids.set(s, gridAt(ctx, slide, texts, s, area.w, path));
    return grids.get(s);
  };
  for (let s = max; s >= min; s--) {
    const g = at(s);
    const p = g && paginate(g, tableH);
    if (g && p && p.length === 1) {
      grid = g;
      pages = p;
      break;
    }
  }
  if (!grid) {
    const fewest = at(min) && paginate(at(min)!, tableH);
    if (fewest) {
      for (let s = max; s >= min; s--) {
        const g = at(s);
        const p = g && paginate(g, tableH);
        if (g && p && p.length <= fewest.length) {
          grid = g;
          pages = p;
          break;
        }
      }
    }
  }
  if (!grid || !pages) {
    // say which cell does not fit at the smallest size, or that the columns do not
    reportOverflow(ctx, slide, texts, min, area.w, path);
    return [{ title, boxes: titleBoxes(ctx, slide.title, ctx.locate([...path, 'title']), tableType.untitled(slide, ctx.lang)) }];
  }
  const g = grid;
  if (pages.length > 1) {
    // the first body row of the second slide (a total alone there counts as after the last row)
    const from = pages[0]!.filter((r) => r.kind === 'body').length;
    const rowPath = from < slide.rows.length ? [...path, 'rows', from] : [...path, 'total'];
    warnContinued(ctx, WHAT.tableRows(slide.rows.length), slide.rows.length, pages.length, from + 1, pageTitle(ctx, title, 1), ctx.locate(rowPath));
  }
  const rule = { color: lighter(c.muted, 0.6), width: pt(0.75) };
  const headerRule = { color: c.primary, width: pt(1.5) };
  return pages.map((rows, k) => {
    const pageTitle = k === 0 ? title : `${title}${ctx.strings.continued(k)}`;
    const all = [g.header, ...rows];
    const h = emu(all.reduce((a, r) => a + r.h, 0));
    const table: TableBox = {
      kind: 'table',
      name: '',
      role: 'tableCell',
      x: area.x,
      y: area.y,
      w: area.w,
      h,
      columns: g.columns,
      rows: all,
      insets: g.insets,
      rule,
      headerRule,
      alt: tableAlt(slide, slide.rows.length, ctx.lang),
      source: ctx.locate([...path, 'rows']),
    };
    // a titled table shows its title, continued; an untitled one keeps its title off the slide
    const shown = slide.title === undefined ? undefined : k === 0 ? slide.title : `${slide.title}${ctx.strings.continued(k)}`;
    const boxes: Box[] = [...titleBoxes(ctx, shown, ctx.locate([...path, 'title']), pageTitle), table];
    if (caption) {
      const cap = structuredClone(caption);
      cap.x = area.x;
      cap.y = emu(area.y + h + pt(6));
      boxes.push(cap);
    }
    return { title: pageTitle, boxes };
  });
}

/** TEXT_OVERFLOW at the first cell that does not fit at the smallest size, or for the table's width. */
function reportOverflow(ctx: LayoutContext, slide: TableSlide, texts: ReturnType<typeof cellTexts>, size: number, width: Emu, path: Path): void {
  const st = styles(ctx);
  // a cell alone in the widest column it could get: if it still needs more lines, it is the culprit
  const n = slide.columns.length;
  const each = emu(width / n);
  const side = pt(Math.round(size * 0.5)) * 2;
  for (let r = 0; r < texts.rows.length; r++) {
    for (let c = 0; c < n; c++) {
      const spec: TextSpec = { ...st.body, text: texts.rows[r]![c] ?? '' };
      const laid = layoutParagraph(spec, size, emu(Math.max(each * 2, width / 2) - side), LINE);
      if (laid.excessEm > 0) {
        ctx.diagnostics.push(report(LAYOUT.tooManyLines, { what: WHAT.tableCell(r + 1), size, lines: laid.lines, max: MAX_CELL_LINES, chars: Math.ceil(laid.excessEm) }, { pos: ctx.locate([...path, 'rows', r, c]) }));
        return;
      }
    }
  }
  ctx.diagnostics.push(report(LAYOUT.tableTooWide, { min: size, columns: n }, { pos: ctx.locate([...path, 'columns']) }));
}

export const tableType: SlideType<TableSlide> = defineSlideType<TableSlide>({
  name: 'table',
  summary: `A native table: a header row, 1–${MAX_ROWS} rows of text or figures, a total row; a long table continues on further slides.`,
  schema: TableSlideSchema,
  roles: {
    tableCell: {
      limits: [12, 24],
      default: [14, 20],
      uses: 'table cells',
      contrast: [
        { on: ['text', 'background'], what: 'table cells on the slide ground' },
        { on: ['text', 'card'], what: 'table cells on banded rows' },
        { on: ['onPrimary', 'primary'], bold: true, what: 'table headings on primary' },
      ],
    },
  },
  layout: { key: 'table', name: { zh: '表格', en: 'Table' }, type: 'titleOnly' },
  untitled: (slide, lang) => slide.columns.join(lang === 'en' ? ', ' : '、'),
  figures(slide, path) {
    const out: { keys: Record<string, unknown>; path: Path }[] = [];
    const add = (row: unknown, base: Path) => {
      if (Array.isArray(row)) row.forEach((cell, c) => cell && typeof cell === 'object' && !Array.isArray(cell) && out.push({ keys: cell as Record<string, unknown>, path: [...base, c] }));
    };
    if (Array.isArray(slide.rows)) slide.rows.forEach((row, r) => add(row, [...path, 'rows', r]));
    add(slide.total, [...path, 'total']);
    return out;
  },
  texts(slide, path) {
    const out: { text: string; path: Path }[] = [];
    if (typeof slide.title === 'string') out.push({ text: slide.title, path: [...path, 'title'] });
    if (Array.isArray(slide.rows)) slide.rows.forEach((row, r) => Array.isArray(row) && row.forEach((cell, c) => typeof cell === 'string' && out.push({ text: cell, path: [...path, 'rows', r, c] })));
    return out;
  },
  check(slide, path, c) {
    const out = [];
    const columns = Array.isArray(slide.columns) ? slide.columns.length : undefined;
    if (columns === undefined) return [];
    if (Array.isArray(slide.rows)) {
      slide.rows.forEach((row, r) => {
        if (Array.isArray(row) && row.length !== columns) out.push(report(TABLE.rowLength, { cells: row.length, columns, what: TABLE.row(r + 1) }, c.at([...path, 'rows', r])));
      });
    }
    if (Array.isArray(slide.total) && slide.total.length !== columns) out.push(report(TABLE.rowLength, { cells: slide.total.length, columns, what: TABLE.totalRow }, c.at([...path, 'total'])));
    if (Array.isArray(slide.align) && slide.align.length !== columns) out.push(report(TABLE.alignLength, { given: slide.align.length, columns }, c.at([...path, 'align'])));
    const e = slide.emphasis as { row?: unknown; column?: unknown } | undefined;
    const rows = Array.isArray(slide.rows) ? slide.rows.length : 0;
    if (e && typeof e.row === 'number' && e.row > rows) out.push(report(TABLE.emphasisOutside, { which: 'row', n: e.row, count: rows }, c.at([...path, 'emphasis', 'row'])));
    if (e && typeof e.column === 'number' && e.column > columns) out.push(report(TABLE.emphasisOutside, { which: 'column', n: e.column, count: columns }, c.at([...path, 'emphasis', 'column'])));
    return out;
  },
  draw: (ctx, slide, path) => drawPages(ctx, slide, path)[0]!.boxes,
  drawPages,
});
