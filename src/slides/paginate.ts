/**
 * Splitting a list that does not fit one slide into the fewest slides, as evenly as they
 * allow: a list of 14 points becomes 7 + 7, not 8 + 6 at the smallest size. The caller
 * says what fits a page (measured); this module only counts.
 */
import { report, type Localized } from '../core/catalogue/define.js';
import { LAYOUT } from '../core/catalogue/layout.js';
import type { SourcePos } from '../core/errors.js';
import type { LayoutContext } from '../layout/context.js';

/**
 * Pages of `items`: each at most `maxPerPage` long and, when it can be, one that `fits`.
 * An item that does not fit even alone gets a page of its own (its slide then reports
 * TEXT_OVERFLOW at it). Greedy for the fewest pages, then the most even split of that count.
 */
export function paginate<T>(items: readonly T[], fits: (page: readonly T[]) => boolean, maxPerPage: number): T[][] {
  const n = items.length;
  if (n === 0) return [[]];
  if (n <= maxPerPage && fits(items)) return [items.slice()];
  // greedy: the longest run from each start that fits
  const greedy: T[][] = [];
  for (let i = 0; i < n; ) {
    let k = Math.min(maxPerPage, n - i);
    while (k > 1 && !fits(items.slice(i, i + k))) k--;
    greedy.push(items.slice(i, i + k));
    i += k;
  }
  const even = evenSplit(items, greedy.length);
  return even.every((page) => page.length <= maxPerPage && fits(page)) ? even : greedy;
}

/** `count` runs of `items` whose lengths differ by one at most, the longer ones first. */
function evenSplit<T>(items: readonly T[], count: number): T[][] {
  const base = Math.floor(items.length / count);
  const extra = items.length % count;
  const out: T[][] = [];
  let i = 0;
  for (let p = 0; p < count; p++) {
    const len = base + (p < extra ? 1 : 0);
    out.push(items.slice(i, i + len));
    i += len;
  }
  return out;
}

/** A title with its continuation mark: the first page's as it is, then （续）, （续2）… */
export function pageTitle(ctx: LayoutContext, title: string, page: number): string {
  return page === 0 ? title : `${title}${ctx.strings.continued(page)}`;
}

/**
 * The warning that a list went on over several slides, at the first item moved to the
 * second: the build goes on; `--strict` makes it an error.
 */
export function warnContinued(ctx: LayoutContext, what: Localized, count: number, pages: number, from: number, title: string, pos: SourcePos): void {
  ctx.diagnostics.push(report(LAYOUT.continued, { what, count, pages, from, title }, { severity: 'warning', pos }));
}
