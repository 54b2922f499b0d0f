/**
 * Figures that share their relations as a table: 指标 | 数值 | 同比增长 | 占年计划.
 */
import { exact } from './cards.js';
import type { FigureGroup } from './groups.js';

/**
 * A paragraph's groups as a table, when two or more share what the report says of them (同比增长,
 * 占年计划): its rows run from the first such group to the last, each of them with its dependents
 * under the columns they name (a cell is empty where the report says nothing).
 */
export function tableOf(groups: readonly FigureGroup[]): { relations: string[]; rows: FigureGroup[] } | undefined {
  const sig = (g: FigureGroup) => [...g.changes, ...g.shares].sort((x, y) => x.figure.start - y.figure.start).map((d) => columnName(d.relation));
  const plain = (g: FigureGroup) => exact(g.head) && [...g.changes, ...g.shares].every((d) => exact(d.figure));
  const count = new Map<string, number>();
  for (const g of groups) if (sig(g).length && plain(g)) count.set(sig(g).join('|'), (count.get(sig(g).join('|')) ?? 0) + 1);
  const best = [...count.entries()].filter(([, n]) => n >= 2).sort((x, y) => y[1] - x[1] || y[0].length - x[0].length)[0];
  if (!best) return undefined;
  const relations = best[0].split('|');
  const fits = (g: FigureGroup) => plain(g) && sig(g).every((r) => relations.includes(r)) && new Set(sig(g)).size === sig(g).length;
  // the longest run of groups next to each other that fit the columns, a group without dependents
  // only between two with them (服务业占GDP比重达到38% between 税收收入… and 规模以上工业产值…)
  let bestRun: FigureGroup[] = [];
  let run: FigureGroup[] = [];
  const close = () => {
    while (run.length && !sig(run[run.length - 1]!).length) run.pop();
    if (run.filter((g) => sig(g).length).length > bestRun.filter((g) => sig(g).length).length) bestRun = run;
    run = [];
  };
  groups.forEach((g, i) => {
    const has = sig(g).length > 0;
    const between = !has && run.length > 0 && sig(run[run.length - 1]!).length > 0 && !!groups[i + 1] && sig(groups[i + 1]!).length > 0;
    if (fits(g) && (has || between)) run.push(g);
    else close();
  });
  close();
  // a table earns its place with three rows, or two with two columns of their own: else cards show them better
  const rowsWith = bestRun.filter((g) => sig(g).length).length;
  return rowsWith >= 3 || (rowsWith >= 2 && relations.length >= 2) ? { relations, rows: bestRun } : undefined;
}

export const columnName = (r: string) => r.replace(/的$/, '');

