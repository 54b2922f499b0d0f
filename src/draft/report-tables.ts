/**
 * A table the report itself has (a Markdown table: | 指标 | 数值 | 同比增长 |) is the briefing's
 * table as it stands: its header row names the columns, a row's first words cell is its label,
 * and a cell that holds one figure and nothing else is that figure; any other cell is its text
 * as written. The author chose what goes together; the draft does not regroup it.
 */
import type { ReportAnalysis, ReportFigure } from '../report/analyse.js';
import type { Segment } from '../report/text.js';
import { exact } from './cards.js';
import type { TableCell } from './model.js';

/** A table slide holds at most this many columns (slides/table.ts). */
const MAX_COLUMNS = 8;

export interface ReportTable {
  columns: string[];
  rows: TableCell[][];
  /** The figures its cells show. */
  figures: ReportFigure[];
  /** Every figure in its rows: those in a cell of words (含困难老人家庭210户) are shown there, as written, and go on no card. */
  covers: ReportFigure[];
  /** Its rows as the report has them, for the notes. */
  lines: string[];
  /** Where it starts in the report. */
  start: number;
}

interface Cell {
  start: number;
  end: number;
  text: string;
}

/** The tables among a run of paragraphs: each run of table rows with a figure in a cell. */
export function reportTables(a: ReportAnalysis, paras: readonly Segment[], figures: readonly ReportFigure[], words: { indicator: string; value: string }): ReportTable[] {
  const out: ReportTable[] = [];
  let run: Segment[] = [];
  const close = () => {
    const t = run.length >= 2 ? tableOf(a.text, run, figures, words) : undefined;
    if (t) out.push(t);
    run = [];
  };
  for (const p of paras) {
    // rows next to each other in the report make one table (the header's rule row |---| between them)
    const prev = run[run.length - 1];
    if (p.row && (!prev || /^[\s|:-]*$/.test(a.text.slice(prev.end, p.start)))) run.push(p);
    else {
      close();
      if (p.row) run.push(p);
    }
  }
  close();
  return out;
}

function tableOf(text: string, rows: readonly Segment[], figures: readonly ReportFigure[], words: { indicator: string; value: string }): ReportTable | undefined {
  const figuresIn = (c: Cell) => figures.filter((f) => f.start >= c.start && f.end <= c.end);
  const cellsOf = rows.map((r) => cellsOfRow(text, r));
  // a header row is a first row without figures
  const headed = !cellsOf[0]!.some((c) => figuresIn(c).length);
  const body = headed ? cellsOf.slice(1) : cellsOf;
  const width = Math.min(MAX_COLUMNS, Math.max(...cellsOf.map((r) => r.length)));
  const shown: ReportFigure[] = [];
  const out: TableCell[][] = body.map((cells, i) => {
    const source = rows[i + (headed ? 1 : 0)]!.text;
    return Array.from({ length: width }, (_, j): TableCell => {
      const c = cells[j];
      if (!c) return '';
      const fs = figuresIn(c);
      // one figure and nothing else (an approx word is the figure's): the figure; else the cell's words
      const f = fs.length === 1 ? fs[0]! : undefined;
      if (f && j > 0 && bare(c.text) === bare(text.slice(f.start, f.end)) && exact(f)) {
        shown.push(f);
        return { figure: f, source };
      }
      return bare(c.text);
    });
  });
  if (!shown.length) return undefined;
  const header = headed ? cellsOf[0]!.map((c) => bare(c.text)) : [];
  const columns = Array.from({ length: width }, (_, j) => header[j] || (j === 0 ? words.indicator : words.value));
  const covers = figures.filter((f) => f.start >= rows[0]!.start && f.end <= rows[rows.length - 1]!.end);
  return { columns, rows: out, figures: shown, covers, lines: rows.map((r) => cellsOfRow(text, r).map((c) => bare(c.text)).join(' | ')), start: rows[0]!.start };
}

/** A row's cells between its pipes, with their places in the report. */
function cellsOfRow(text: string, row: Segment): Cell[] {
  const cells: Cell[] = [];
  let s = row.start;
  if (text[s] === '|') s++;
  for (let i = s; i <= row.end; i++) {
    if (i === row.end || text[i] === '|') {
      if (i > s || i < row.end) cells.push({ start: s, end: i, text: text.slice(s, i) });
      s = i + 1;
    }
  }
  // the closing pipe leaves no cell
  while (cells.length && cells[cells.length - 1]!.text.trim() === '' && cells[cells.length - 1]!.end === row.end) cells.pop();
  return cells;
}

const bare = (s: string) => s.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
