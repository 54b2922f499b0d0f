/**
 * The draft deck as plain data: what `plan.ts` decides and `outline-text.ts` writes as YAML;
 * a slide's limits, a briefing's length.
 */
import type { ReportFigure } from '../report/analyse.js';
import type { Cover } from '../report/article.js';
import type { Change } from '../slides/fields.js';
import type { PlannedPoint } from './leads.js';

export type { PlannedPoint } from './leads.js';

/** A slide holds at most this many: figures on cards, points, table rows. */
export const FIGURES_PER_SLIDE = 6;
export const POINTS_PER_SLIDE = 6;
export const ROWS_PER_TABLE = 7;
/** A briefing's length, cover and closing included. */
export const MAX_SLIDES = 25;
/** Notes are for the speaker: a slide's are cut here, under the outline's limit of 20,000 (the report has the rest). */
export const MAX_NOTES = 19000;

export interface PlannedChange extends Change {
  /** The value as the report writes it (54.0). */
  written: string;
}

export interface CardFigure {
  figure: ReportFigure;
  label: string;
  changes: PlannedChange[];
  source: string;
  /** How much it matters to the briefing (the slide that cannot hold all its cards keeps the heaviest). */
  weight: number;
}

export type TableCell = string | { figure: ReportFigure; source: string };

export type PlannedSlide =
  | { type: 'points'; title: string; points: PlannedPoint[]; notes: string }
  | { type: 'numbers'; title: string; figures: CardFigure[]; notes: string }
  | { type: 'table'; title: string; columns: string[]; rows: TableCell[][]; notes: string };

export interface PlannedSection {
  title: string;
  subtitle?: string;
  slides: PlannedSlide[];
}

export interface Plan {
  cover: Cover & { notes?: string };
  lang: 'zh' | 'en';
  /** Sections, or (a report without usable headings) one section without a title whose slides stand alone. */
  sections: PlannedSection[];
  sectioned: boolean;
  closing?: string;
  /** Every figure of the report. */
  figures: ReportFigure[];
}

/** The draft's own words, in the report's language. */
export interface PlanWords {
  points(heading: string): string;
  figures(heading: string): string;
  table(heading: string): string;
  indicator: string;
  value: string;
  overview: string;
  untitled: string;
}

/** Notes cut to MAX_NOTES. */
export function cap(s: string): string {
  return s.length <= MAX_NOTES ? s : `${s.slice(0, MAX_NOTES - 1)}…`;
}

/** n items in the fewest slides of at most `max`, sizes as even as can be (7 → 4 + 3, not 6 + 1). */
export function balanced<T>(items: readonly T[], max: number): T[][] {
  if (items.length === 0) return [];
  const k = Math.ceil(items.length / max);
  const out: T[][] = [];
  let at = 0;
  for (let i = 0; i < k; i++) {
    const size = Math.ceil((items.length - at) / (k - i));
    out.push(items.slice(at, at + size));
    at += size;
  }
  return out;
}
