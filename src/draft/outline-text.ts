/**
 * The draft plan as outline YAML, written as text so that it can carry comments: at the top,
 * what needs a person and every figure of the report that no slide shows (with its clause and
 * line); beside each cut point, that it is draft text. Strings are written as JSON strings, which
 * YAML reads as they are (quotes, colons and # included). Figures are written as the report
 * writes them (96.50 keeps its zero).
 */
import { say, type MessageLang } from '../core/catalogue/define.js';
import { DRAFT_NOTES } from '../core/catalogue/draft.js';
import type { ReportFigure } from '../report/analyse.js';
import { figureAsWritten } from '../report/figures.js';
import type { CardFigure, Plan, PlannedChange, PlannedSlide, TableCell } from './plan.js';

export interface OutlineTextOptions {
  /** The report as the outline names it (relative to the outline). */
  source?: string;
  /** The report as the header names it. */
  reportName: string;
  /** The language of the comments: the user's. */
  lang: MessageLang;
  /** Line of an offset in the report, for the list of figures left out. */
  lineOf(offset: number): number;
  /** The title when the report states none. */
  untitled: string;
  /** The report's figures no slide shows, for the header. */
  leftOut: readonly ReportFigure[];
}

const q = (s: string) => JSON.stringify(s);

/** A long label a person should shorten: over this many characters. */
const LONG_LABEL = 8;

export function outlineText(plan: Plan, opts: OutlineTextOptions): string {
  const t = <P>(p: { en(p: P): string; zh(p: P): string }, params: P) => say(p, params, opts.lang);
  const c = plan.cover;
  const lines: string[] = [];
  const slides = plan.sections.flatMap((s) => s.slides);
  const cut = slides.reduce((n, s) => n + (s.type === 'points' ? s.points.filter((p) => p.cut).length : 0), 0);
  const longLabels = slides.flatMap((s) => (s.type === 'numbers' ? s.figures.map((f) => f.label) : [])).filter((l) => l.length > LONG_LABEL);
  const guessed = (['title', 'subtitle', 'organization', 'date'] as const).filter((k) => k !== 'title' || !c.title);
  lines.push(`# ${t(DRAFT_NOTES.header, { report: opts.reportName })}`);
  lines.push(`# ${t(DRAFT_NOTES.needsPerson, {})}`);
  lines.push(`#   - ${t(DRAFT_NOTES.checkMeta, { keys: guessed.join(', ') })}`);
  if (cut) lines.push(`#   - ${t(DRAFT_NOTES.rewrite, { n: cut })}`);
  if (longLabels.length) lines.push(`#   - ${t(DRAFT_NOTES.shorten, { labels: longLabels.join('、') })}`);
  lines.push(`#   - ${t(DRAFT_NOTES.titles, {})}`);
  lines.push(`#   - ${t(DRAFT_NOTES.keepSource, {})}`);
  const shown = plan.figures.length - opts.leftOut.length;
  lines.push(`# ${t(DRAFT_NOTES.coverage, { shown, total: plan.figures.length })}`);
  if (opts.leftOut.length) {
    lines.push(`# ${t(DRAFT_NOTES.leftOut, { n: opts.leftOut.length })}`);
    for (const f of opts.leftOut) lines.push(`#   ${opts.reportName}:${opts.lineOf(f.valueStart)}  ${figureAsWritten(f)}  ${oneLine(f.clause.text)}`);
  }
  lines.push('');
  lines.push(`title: ${q(c.title ?? opts.untitled)}`);
  if (c.subtitle) lines.push(`subtitle: ${q(c.subtitle)}`);
  if (c.organization) lines.push(`organization: ${q(c.organization)}`);
  if (c.date) lines.push(`date: ${q(c.date)}`);
  lines.push(`lang: ${plan.lang === 'en' ? 'en' : 'zh-CN'}`);
  if (opts.source) lines.push(`source: ${q(opts.source)}`);
  if (c.notes) lines.push(...notesLines(c.notes, ''));
  const mark = `  # ${t(DRAFT_NOTES.draftPoint, {})}`;
  if (plan.sectioned) {
    lines.push('', 'sections:');
    for (const sec of plan.sections) {
      lines.push(`  - title: ${q(sec.title)}`);
      if (sec.subtitle) lines.push(`    subtitle: ${q(sec.subtitle)}`);
      lines.push('    slides:');
      for (const slide of sec.slides) writeSlide(lines, slide, '      ', mark, plan.lang);
    }
  } else {
    lines.push('', 'slides:');
    for (const slide of slides) writeSlide(lines, slide, '  ', mark, plan.lang);
  }
  if (plan.closing) lines.push('', 'closing:', `  title: ${q(plan.closing)}`);
  return lines.join('\n') + '\n';
}

function writeSlide(lines: string[], slide: PlannedSlide, indent: string, mark: string, lang: Plan['lang']): void {
  const i2 = `${indent}  `;
  lines.push(`${indent}- type: ${slide.type}`, `${i2}title: ${q(slide.title)}`);
  if (slide.type === 'points') {
    lines.push(`${i2}points:`);
    for (const p of slide.points) lines.push(`${i2}  - ${q(p.text)}${p.cut ? mark : ''}`);
  } else if (slide.type === 'numbers') {
    lines.push(`${i2}numbers:`);
    for (const f of slide.figures) writeCard(lines, f, `${i2}  `, lang);
  } else {
    lines.push(`${i2}columns: [${slide.columns.map(q).join(', ')}]`);
    lines.push(`${i2}rows:`);
    for (const row of slide.rows) lines.push(`${i2}  - [${row.map((c) => cellText(c, lang)).join(', ')}]`);
  }
  if (slide.notes) lines.push(...notesLines(slide.notes, i2));
}

/**
 * A value as the outline holds it: 1,260 as 1260 printed grouped, 12500 in an English deck printed
 * plain (its default groups); either way the slide prints it as the report writes it.
 */
function valueOf(written: string, lang: Plan['lang']): { value: string; format?: 'grouped' | 'plain' } {
  if (written.includes(',')) return { value: written.replace(/,/g, ''), format: 'grouped' };
  if (lang === 'en' && /\d{4}/.test(written.split('.')[0]!)) return { value: written, format: 'plain' };
  return { value: written };
}

function writeCard(lines: string[], c: CardFigure, indent: string, lang: Plan['lang']): void {
  const f = c.figure;
  const v = valueOf(f.written, lang);
  lines.push(`${indent}- value: ${v.value}`);
  const i2 = `${indent}  `;
  if (v.format) lines.push(`${i2}format: ${v.format}`);
  if (f.approx) lines.push(`${i2}approx: ${q(f.approx)}`);
  if (f.unit) lines.push(`${i2}unit: ${q(f.unit)}`);
  lines.push(`${i2}label: ${q(c.label)}`);
  if (c.changes.length === 1) lines.push(`${i2}change: ${changeText(c.changes[0]!)}`);
  else if (c.changes.length > 1) {
    lines.push(`${i2}change:`);
    for (const ch of c.changes) lines.push(`${i2}  - ${changeText(ch)}`);
  }
  lines.push(`${i2}source: ${q(c.source)}`);
}

function cellText(cell: TableCell, lang: Plan['lang']): string {
  if (typeof cell === 'string') return q(cell);
  const f: ReportFigure = cell.figure;
  const v = valueOf(f.written, lang);
  const parts = [`value: ${v.value}`];
  if (v.format) parts.push(`format: ${v.format}`);
  if (f.approx) parts.push(`approx: ${q(f.approx)}`);
  if (f.unit) parts.push(`unit: ${q(f.unit)}`);
  parts.push(`source: ${q(cell.source)}`);
  return `{ ${parts.join(', ')} }`;
}

/**
 * Notes as a literal block, one paragraph a line, as an author writes them; a text a block cannot
 * hold as it is (a line that starts with a space, a control character) is written as a string.
 */
function notesLines(notes: string, indent: string): string[] {
  const lines = notes.split('\n');
  if (lines.some((l) => /^\s|\s$/.test(l) || l === '') || /[\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(notes)) return [`${indent}notes: ${q(notes)}`];
  return [`${indent}notes: |-`, ...lines.map((l) => `${indent}  ${l}`)];
}

function changeText(c: PlannedChange): string {
  const parts: string[] = [];
  if (c.value !== undefined) parts.push(`value: ${c.written}`);
  if (c.unit) parts.push(`unit: ${q(c.unit)}`);
  parts.push(`word: ${q(c.word)}`);
  if (c.basis) parts.push(`basis: ${q(c.basis)}`);
  return `{ ${parts.join(', ')} }`;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').slice(0, 80);
