/**
 * Which figures of a report a deck shows: a figure is shown when a slide has its value with its
 * unit (a card's figure or change, a table cell, a chart's value; a slide figure without a unit
 * matches any unit, as a chart's values have none). One rule for `check` (SOURCE_COVERAGE) and
 * `draft` (its summary and the list at the top of the draft), so both count alike.
 */
import type { ReportFigure } from './analyse.js';

export interface ShownFigure {
  value: number;
  unit?: string | undefined;
}

const unitKey = (u: string | undefined) => (u ?? '').normalize('NFKC');

/** The report's figures no slide shows, in the report's order. */
export function notShown(figures: readonly ReportFigure[], shown: readonly ShownFigure[]): ReportFigure[] {
  const byValue = new Map<number, Set<string | undefined>>();
  for (const s of shown) {
    const units = byValue.get(s.value) ?? new Set();
    units.add(s.unit === undefined ? undefined : unitKey(s.unit));
    byValue.set(s.value, units);
  }
  return figures.filter((f) => {
    const units = byValue.get(f.value);
    return !(units && !f.range && (units.has(undefined) || units.has(unitKey(f.unit))));
  });
}
