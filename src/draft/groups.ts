/**
 * Figures that belong together: a level and what the report says of it in the same sentence,
 * its changes (财政总收入18.35亿元，同比增长28.69%; 地区生产总值5.2万亿元、增长5.4%、高于全国0.4个
 * 百分点) and its shares (占年计划的53.3%). Parallel lists pair in order (人均可支配收入分别达
 * 37188元、18660元，年均增速8.2%、9.3%). A change that stands alone (地区生产总值增长5%) is a
 * figure of its own. Groups with the same relations in a row make a table (指标 | 数值 | 同比增长 | 占年计划).
 */
import type { ReportFigure } from '../report/analyse.js';
import type { Change } from '../slides/fields.js';
import { labelsFor } from './labels.js';

export interface Dependent {
  figure: ReportFigure;
  /** The words that tie it to its level, as written: 同比增长, 占年计划的, 高于全国. */
  relation: string;
}

export interface FigureGroup {
  head: ReportFigure;
  label: string;
  changes: Dependent[];
  shares: Dependent[];
  /** The report's words for the group: from its clause's start to its last dependent. */
  source: string;
}

/** What compares a change with: before its word in Chinese (同比增长, 比上年增加, 年均增长). */
const BASIS = /^(?:同口径年均|同比|环比|比上年同期|比去年同期|比上年|比去年|较上年同期|较上年|较去年|与上年相比|与去年相比|年均|比\d{4}年)/;
const MAX_CHANGES = 2;
/** A parallel list longer than this pairs with nothing (and is not rescanned from each of its items). */
const MAX_RUN = 12;
/** A change of the figure before it says only how it changed (同比增长, 高于全国): no subject of its own (供热保障投诉下降). */
const CHANGE_RELATION = /^(?:(?:同口径)?年均|同比|环比|比上年(?:同期)?|比去年(?:同期)?|较上年(?:同期)?|较去年|比\d{4}年|与上年相比|与去年相比|实际|名义)?(?:增长率?|增加|增幅|增速|提高|提升|上升|上涨|涨幅|下降|降低|下滑|回落|减少|降幅|减幅|压减|高于|低于|快于|慢于|优于|超过|超出|超|多|少|净增)/;

/** The groups of a run of figures (in text order), from the report's text. */
export function groupFigures(text: string, figures: readonly ReportFigure[]): FigureGroup[] {
  const groups: FigureGroup[] = [];
  const taken = new Set<ReportFigure>();
  for (let i = 0; i < figures.length; i++) {
    const head = figures[i]!;
    if (taken.has(head)) continue;
    const g: FigureGroup = { head, label: '', changes: [], shares: [], source: '' };
    // a parallel list: heads A、B then changes a、b (分别达37188元、18660元，年均增速8.2%、9.3%)
    const run = [head];
    for (let j = i + 1; j < figures.length && run.length < MAX_RUN && !figures[j]!.change && sameSentence(text, run[run.length - 1]!, figures[j]!) && /^[、和与及]$/.test(between(text, run[run.length - 1]!, figures[j]!)); j++) run.push(figures[j]!);
    const after = figures.slice(i + run.length, i + 2 * run.length);
    if (!head.change && run.length >= 2 && after.length === run.length && after.every((f) => f.change && !f.approx) && sameSentence(text, run[run.length - 1]!, after[0]!) && after.slice(1).every((f, k) => /^[、和与及]$/.test(between(text, after[k]!, f)))) {
      const relation = relationOf(text, run[run.length - 1]!, after[0]!);
      if (relation.length <= 12) {
        run.forEach((h, k) => {
          const pg: FigureGroup = { head: h, label: '', changes: [{ figure: after[k]!, relation }], shares: [], source: '' };
          taken.add(h).add(after[k]!);
          groups.push(finish(text, pg));
        });
        continue;
      }
    }
    taken.add(head);
    let last = head;
    if (!head.change) {
      for (let j = i + 1; j < figures.length; j++) {
        const f = figures[j]!;
        if (taken.has(f) || !sameSentence(text, last, f)) break;
        let relation = relationOf(text, last, f);
        // a short clause without a figure may stand between (220.1亿元,居全市第3位,增速3.1%): the change's own words are the last clause
        const clauses = relation.split(/[，,]/);
        if (clauses.length === 2 && clauses[0]!.length <= 12 && CHANGE_RELATION.test(clauses[1]!)) relation = clauses[1]!;
        if (f.change && !f.approx && CHANGE_RELATION.test(relation) && relation.length <= 12 && g.changes.length < MAX_CHANGES && !/[，,].*[，,].*[，,]/.test(text.slice(last.end, f.start))) {
          g.changes.push({ figure: f, relation });
        } else if (!f.change && /^(?:占|完成)[^，,。；;]{0,10}?(?:的)?$/.test(relation) && /占|计划|比重/.test(relation)) {
          g.shares.push({ figure: f, relation });
        } else break;
        taken.add(f);
        last = f;
      }
    }
    groups.push(finish(text, g));
  }
  // each head's label from the words around it, up to the next figure that is not its own
  const ends = new Map(groups.map((g) => [g.head, groupEnd(g)] as const));
  const labels = labelsFor(text, figures, (f) => ends.get(f) ?? f.end);
  for (const g of groups) g.label = labels.get(g.head) ?? '';
  return groups;
}

const groupEnd = (g: FigureGroup) => Math.max(g.head.end, ...[...g.changes, ...g.shares].map((d) => d.figure.end));

function finish(text: string, g: FigureGroup): FigureGroup {
  // the words from the clause's start to the group's end, and past the clause when a change continues it
  g.source = text.slice(g.head.clause.start, Math.max(groupEnd(g), g.head.clause.end)).trim();
  return g;
}

const sameSentence = (text: string, a: ReportFigure, b: ReportFigure) => a.at === b.at && !/[。；;！？!?\n]/.test(text.slice(a.end, b.start));
const between = (text: string, a: ReportFigure, b: ReportFigure) => text.slice(a.end, b.start).replace(/\*\*|\s/g, '');

/** The words between a figure and the next one, as written, without the separating commas: 同比增长, 占年计划的. */
export function relationOf(text: string, a: ReportFigure, b: ReportFigure): string {
  return text
    .slice(a.end, b.start)
    .replace(/\*\*/g, '')
    .replace(/^[\s，,、]+|[\s，,、]+$/g, '')
    .replace(/^分别/, '');
}

/** A dependent change as the outline writes it: 同比增长6.1% → { value: 6.1, unit: %, word: 增长, basis: 同比 }. */
export function changeOf(d: Dependent): Change {
  const words = d.relation.replace(/^[，,、\s]+/, '').replace(/分别/g, '').replace(/了$/, '');
  const basis = BASIS.exec(words)?.[0];
  const word = basis && words.length > basis.length ? words.slice(basis.length) : words;
  return { value: d.figure.value, ...(d.figure.unit ? { unit: d.figure.unit } : {}), word, ...(basis && word !== words ? { basis } : {}) };
}
