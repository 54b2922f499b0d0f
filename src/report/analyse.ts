/**
 * A report read as a person reads it: the article (report/article.ts), its headings and
 * paragraphs (report/headings.ts) and the inventory of its figures (report/figures.ts), each
 * figure with its clause and the innermost heading above it. Shared by `draft` (what the deck
 * shows) and `check` (which figures no slide shows), so both count the same figures.
 */
import { findArticle, type Article } from './article.js';
import { scanFigures, type Figure } from './figures.js';
import { readHeadings, type Heading, type Unit } from './headings.js';
import { showable } from './text.js';

export interface ReportFigure extends Figure {
  /** The clause holding the figure, trimmed: between ，；。：！？ and line breaks, never split inside brackets (a table's | is no break). */
  clause: { start: number; end: number; text: string };
  /** The innermost heading above it. */
  section?: Heading;
  /** Index of its unit (the paragraph or heading it is in) in `units`. */
  at: number;
}

export interface ReportAnalysis {
  text: string;
  article: Article;
  units: Unit[];
  figures: ReportFigure[];
}

export function analyseReport(raw: string): ReportAnalysis {
  const text = showable(raw);
  const article = findArticle(text);
  const units = readHeadings(article.body);
  const figures: ReportFigure[] = [];
  const open: Heading[] = [];
  units.forEach((u, at) => {
    if (u.heading) {
      // the innermost heading: the last one at this level or above
      while (open.length && open[open.length - 1]!.level >= u.heading.level) open.pop();
      open.push(u.heading);
    }
    const span = u.heading ?? u.para!;
    // a list item's clause starts with its mark, as the report writes it (- 27个省级…)
    const from = u.para?.list ? text.lastIndexOf('\n', span.start - 1) + 1 : span.start;
    const clauses = clausesOf(text, from, span.end);
    // figures and clauses are both in text order: one pointer walks the clauses
    let k = 0;
    for (const f of scanFigures(text, span.start, span.end)) {
      while (k < clauses.length && clauses[k]!.end <= f.valueStart) k++;
      const c = clauses[k] && clauses[k]!.start <= f.valueStart ? clauses[k]! : { start: span.start, end: span.end };
      const section = u.heading ? open[open.length - 2] : open[open.length - 1];
      figures.push({ ...f, clause: { ...c, text: text.slice(c.start, c.end) }, ...(section ? { section } : {}), at });
    }
  });
  return { text, article, units, figures };
}

const BREAK = /[，,；;。：:！!？?\n]/;

/** The clauses of text[from, to): trimmed spans between breaks, a break inside brackets or between digits (34,577) being none. */
export function clausesOf(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  let depth = 0;
  let at = from;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    // a clause holds its brackets and quotations whole (“讲党史故事,拾红色记忆”)
    if (c === '（' || c === '(' || c === '“') depth++;
    else if ((c === '）' || c === ')' || c === '”') && depth > 0) depth--;
    else if (depth === 0 && (BREAK.test(c) || (c === '.' && /[A-Za-z)]/.test(text[i - 1] ?? '') && /^(?:\s|$)/.test(text[i + 1] ?? ''))) && !(c === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''))) {
      push(at, i);
      at = i + 1;
    }
  }
  push(at, to);
  return out;
}
