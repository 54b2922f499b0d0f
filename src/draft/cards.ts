/**
 * Key figures on cards: which groups a card can show as the report writes them, how much each
 * matters to a briefing, which need a slide of at most four, and the card itself with its changes.
 */
import type { ReportFigure } from '../report/analyse.js';
import { printable } from '../report/figures.js';
import { changeOf, type FigureGroup } from './groups.js';
import type { CardFigure } from './model.js';

/**
 * A number the outline holds and prints exactly as the report writes it: no range, thousands
 * separators only every three digits (1,260: printed grouped), no leading zero, not too large to
 * print exactly, its approx word where the format puts it (not 5万余个, 2倍多). Cards and table
 * cells show only these.
 */
export function exact(f: ReportFigure): boolean {
  const grouping = !f.written.includes(',') || /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(f.written);
  return !f.range && grouping && !/^-?0\d/.test(f.written) && f.written.replace(/\D/g, '').length <= 15 && printable(f);
}

/** Eligible for a card: a number a card can hold as the report writes it, of something a label can name. */
export function cardable(g: FigureGroup): boolean {
  const f = g.head;
  if (!exact(f)) return false;
  // the level something changed from (由每生每年5元降至3元) is no key figure on its own
  // (also a list of them: 分别从每人每月209元、280元提高到217元、290元)
  const after = f.clause.text.slice(f.end - f.clause.start).replace(/\*\*|\s/g, '').replace(/^(?:[、和]-?\d[\d.,]*[^\d、，,。；;]{0,4})*/, '');
  if (/^(?:降至|降到|下降到|提升至|提升到|提高到|升至|增至|增长到|增加到)/.test(after)) return false;
  // a threshold that qualifies the noun after it (60岁以上老人…) is no key figure
  if (/以上|以下/.test(f.approx) && /^[\u4e00-\u9fff]/.test(f.clause.text.slice(f.end - f.clause.start))) return false;
  // a number that is itself a change says in its label what changed and how (城镇调查失业率, 一般公共预算收入增长)
  if (f.change && !/增|降|减|提高|提升|上升|下滑|回落|高于|低于|超|优于|快于|慢于|涨|跌|改善|扩大|缩小|节约|节省/.test(g.label)) return false;
  return g.label.length >= 2;
}

/** How much a group matters to a briefing: changes, totals and amounts, figures a paragraph leads with. */
export function weight(g: FigureGroup, firstInPara: boolean): number {
  let w = 0;
  if (g.changes.length) w += 3;
  if (g.shares.length) w += 1;
  if (/元$/.test(g.head.unit)) w += 2;
  if (/总|生产总值|收入|投资|产值|总额|规模|增加值|利润|营收|就业/.test(g.label)) w += 2;
  if (/率$/.test(g.label) && /[%％]$/.test(g.head.unit)) w += 1;
  if (firstInPara) w += 2;
  if (g.head.change && !g.changes.length) w += 1;
  return w;
}

/** A card whose figure, label or change is long: it needs a slide of at most four. */
export function heavy(c: CardFigure): boolean {
  const f = c.figure;
  const printed = f.written.length + f.unit.length + f.approx.length;
  return c.changes.length >= 2 || c.label.length > 10 || printed > 8 || c.changes.some((ch) => (ch.basis ?? '').length + ch.word.length > 6);
}

/** A change a card can print as the report writes it (no approx word: the change line has none). */
/** (A change has no format of its own: no thousands separator either.) */
const changeFits = (d: { figure: ReportFigure }) => !d.figure.approx && !d.figure.written.includes(',') && exact(d.figure);

export function cardOf(g: FigureGroup, weight: number): CardFigure {
  return { figure: g.head, label: g.label, changes: g.changes.filter(changeFits).map((d) => ({ ...changeOf(d), written: d.figure.written })), source: g.source, weight };
}

