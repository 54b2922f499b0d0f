/**
 * `briefdeck draft`: a report's text → an outline to finish by hand. Deterministic (same
 * report, same outline), offline, and it never changes a figure: every value and `source` is
 * the report's own text. The deck's words are in the report's language; the comments for the
 * person who finishes it in the user's.
 */
import type { MessageLang } from '../core/catalogue/define.js';
import { DRAFT_NOTES } from '../core/catalogue/draft.js';
import { say } from '../core/catalogue/define.js';
import { analyseReport, type ReportAnalysis, type ReportFigure } from '../report/analyse.js';
import { join } from 'node:path';
import { layoutOutline } from '../build.js';
import { DeckError, type Diagnostic } from '../core/errors.js';
import { SourceText } from '../core/source.js';
import { notShown, type ShownFigure } from '../report/coverage.js';
import { fitPlan, slideCount } from './fit.js';
import { outlineText } from './outline-text.js';
import { planDeck, type Plan, type PlanWords } from './plan.js';

export interface DraftOptions {
  /** The report as the outline's `source:` names it (relative to the outline). */
  source?: string;
  reportName: string;
  /** The language of the comments (the user's); the deck's own words follow the report. */
  lang?: MessageLang;
  /** The folder the outline goes to (its `source:` is relative to it): the draft is laid out there to check that it fits. */
  dir?: string;
  /** The outline's path, for the messages of what could not be mended (default: draft.yaml in `dir`). */
  outline?: string;
  /** false: as planned, without laying it out (tests of the plan). */
  fit?: boolean;
}

export function planWords(lang: MessageLang): PlanWords {
  return {
    points: (heading) => say(DRAFT_NOTES.pointsTitle, { heading }, lang),
    figures: (heading) => say(DRAFT_NOTES.figuresTitle, { heading }, lang),
    table: (heading) => say(DRAFT_NOTES.tableTitle, { heading }, lang),
    indicator: say(DRAFT_NOTES.indicator, {}, lang),
    value: say(DRAFT_NOTES.value, {}, lang),
    overview: say(DRAFT_NOTES.overview, {}, lang),
    untitled: say(DRAFT_NOTES.untitled, {}, lang),
  };
}

export interface Draft {
  yaml: string;
  plan: Plan;
  analysis: ReportAnalysis;
  /** The deck's slides, cover to closing. */
  slides: number;
  /** The report's figures no slide shows, counted as `check` counts them. */
  leftOut: ReportFigure[];
  /** What could not be mended so that the draft lays out clean under --strict (normally none). */
  problems: readonly Diagnostic[];
}

export function draftOutline(text: string, opts: DraftOptions): Draft {
  const analysis = analyseReport(text);
  const deckLang: MessageLang = analysis.article.lang;
  const words = planWords(deckLang);
  // the report's lines, for the header's list of figures left out
  const lines = new SourceText(opts.reportName, text);
  const render = (p: Plan) => {
    return outlineText(p, {
      leftOut: notShown(analysis.figures, shownOf(p)),
      reportName: opts.reportName,
      lang: opts.lang ?? deckLang,
      untitled: words.untitled,
      lineOf: (offset) => lines.position(offset).line,
      ...(opts.source ? { source: opts.source } : {}),
    });
  };
  // laid out as `build --strict` lays it out, where the outline goes (its source: is relative to it), with the report's text as read
  const where = opts.outline ?? join(opts.dir ?? process.cwd(), 'draft.yaml');
  // the deck's slides as last laid out (a long table continues on a further slide)
  let laidOut: { yaml: string; slides: number } | undefined;
  const check = (p: Plan): readonly Diagnostic[] => {
    const yaml = render(p);
    try {
      const laid = layoutOutline({ outline: where, outlineText: yaml, strict: true, ...(opts.source ? { reportText: text } : {}) });
      laidOut = { yaml, slides: laid.deck.slides.length };
      return laid.warnings;
    } catch (err) {
      if (err instanceof DeckError) return err.diagnostics;
      throw err;
    }
  };
  const planned = planDeck(analysis, words);
  const { plan, problems } = opts.fit === false ? { plan: planned, problems: [] } : fitPlan(planned, check);
  const yaml = render(plan);
  const slides = laidOut?.yaml === yaml ? laidOut.slides : slideCount(plan);
  return { yaml, plan, analysis, slides, leftOut: notShown(analysis.figures, shownOf(plan)), problems };
}

/** What the slides show, as `check` counts it: cards with their changes, table cells. */
export function shownOf(plan: Plan): ShownFigure[] {
  const out: ShownFigure[] = [];
  for (const s of plan.sections.flatMap((x) => x.slides)) {
    if (s.type === 'numbers') for (const c of s.figures) out.push({ value: c.figure.value, unit: c.figure.unit }, ...c.changes.map((ch) => ({ value: ch.value!, unit: ch.unit })));
    if (s.type === 'table') for (const row of s.rows) for (const cell of row) if (typeof cell !== 'string') out.push({ value: cell.figure.value, unit: cell.figure.unit });
  }
  return out;
}
