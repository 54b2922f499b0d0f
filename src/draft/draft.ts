/**
 * `briefdeck draft`: a report's text → an outline to finish by hand. Deterministic (same
 * report, same outline), offline, and it never changes a figure: every value and `source` is
 * the report's own text.
 */
import type { MessageLang } from '../core/catalogue/define.js';
import { DRAFT_NOTES } from '../core/catalogue/draft.js';
import { say } from '../core/catalogue/define.js';
import { findArticle } from './article.js';
import { outlineText } from './outline-text.js';
import { planDeck, type Plan } from './plan.js';

export interface DraftOptions {
  /** The report as the outline's `source:` names it, when the checks can read it (a text report). */
  source?: string;
  reportName: string;
  lang?: MessageLang;
}

export function draftOutline(text: string, opts: DraftOptions): { yaml: string; plan: Plan } {
  const lang = opts.lang ?? 'zh';
  const plan = planDeck(findArticle(text), { points: (heading) => say(DRAFT_NOTES.pointsTitle, { heading }, lang), figures: (heading) => say(DRAFT_NOTES.figuresTitle, { heading }, lang) });
  return { yaml: outlineText(plan, { reportName: opts.reportName, lang, ...(opts.source ? { source: opts.source } : {}) }), plan };
}
