/**
 * A draft is a deck: it is laid out as `build --strict` would, and what does not fit is mended
 * until nothing warns. A numbers slide whose figures do not fit its cards is split in two while
 * the deck has room (else its lightest card leaves it, and is listed as left out); a table or a
 * list likewise; a title too long is cut at a clause; an item with a problem no layout mends (a
 * quote not found in the report) leaves its slide. Measuring is the layout engine's, with the
 * default template the outline names none of: another template of other sizes is checked at build.
 */
import type { Diagnostic } from '../core/errors.js';
import { shorten } from './leads.js';
import { frameCount, MAX_SLIDES, numberTitles, type Plan, type PlannedSlide } from './plan.js';

const MAX_ROUNDS = 6;
/** Problems of size that a split slide or a shorter text mends; any other (OUTLINE_SCHEMA, SOURCE_MISMATCH) is its item's own. */
const LAYOUT = /^(?:TEXT_OVERFLOW|SLIDE_CONTINUED)$/;

/** Cover, agenda, dividers and closing. */
export function frameSlides(plan: Plan): number {
  return frameCount(plan.sectioned, plan.sections.length);
}

export function slideCount(plan: Plan): number {
  return frameSlides(plan) + plan.sections.reduce((k, s) => k + s.slides.length, 0);
}

/**
 * Lays the plan out (`check` renders and lays out its YAML) and mends it until it is clean or
 * nothing more can be mended. Returns the mended plan and what is still wrong (nothing, normally).
 */
export function fitPlan(plan: Plan, check: (p: Plan) => readonly Diagnostic[]): { plan: Plan; problems: readonly Diagnostic[] } {
  let problems = check(plan);
  for (let round = 0; round < MAX_ROUNDS && problems.length; round++) {
    if (!mend(plan, problems)) break;
    // a slide split in two, or dropped: its titles numbered again in the deck's order
    problems = check(numberTitles(plan));
  }
  return { plan, problems };
}

interface Where {
  section: number;
  slide: number;
  /** numbers / points / rows, and the item's index. */
  list?: string;
  item?: number;
  key?: string;
}

function whereOf(d: Diagnostic, plan: Plan): Where | undefined {
  const path = d.pos?.path ?? '';
  const m = /^(?:sections\[(\d+)\]\.)?slides\[(\d+)\](?:\.(\w+)(?:\[(\d+)\])?)?(?:\.(\w+))?/.exec(path);
  if (!m) return undefined;
  const section = m[1] !== undefined ? Number(m[1]) : 0;
  if (!plan.sections[section]?.slides[Number(m[2])]) return undefined;
  return { section, slide: Number(m[2]), ...(m[3] ? { list: m[3] } : {}), ...(m[4] !== undefined ? { item: Number(m[4]) } : {}), ...(m[5] ? { key: m[5] } : {}) };
}

/** One round of mending: each slide with a problem is mended once. Whether anything changed. */
function mend(plan: Plan, problems: readonly Diagnostic[]): boolean {
  // the slides with problems, last first, so that splitting one leaves the others' places as they were
  const bySlide = new Map<string, { w: Where; ds: Diagnostic[] }>();
  for (const d of problems) {
    const w = whereOf(d, plan);
    if (!w) continue;
    const k = `${w.section}:${w.slide}`;
    const e = bySlide.get(k) ?? { w, ds: [] };
    e.ds.push(d);
    bySlide.set(k, e);
  }
  const todo = [...bySlide.values()].sort((a, b) => b.w.section - a.w.section || b.w.slide - a.w.slide);
  let changed = false;
  // a section's title or subtitle too long for its divider (a whole sentence marked as a heading): cut at a clause
  for (const d of problems) {
    const m = /^(?:sections\[(\d+)\]\.)?(title|subtitle)$/.exec(d.pos?.path ?? '');
    if (m && m[1] === undefined && m[2] === 'title' && plan.cover.title) {
      // a title longer than three lines of the cover hold: its end goes under it, as the subtitle
      const t = plan.cover.title;
      const at = Math.max(t.lastIndexOf('，', 40), t.lastIndexOf(' ', 40), t.lastIndexOf('的', 40));
      const cut = at >= 8 ? at + (t[at] === '的' ? 1 : 0) : Math.min(40, t.length - 1);
      const rest = t.slice(cut).replace(/^[，\s]+/, '');
      plan.cover.title = t.slice(0, cut).trim();
      if (rest && !plan.cover.subtitle) plan.cover.subtitle = rest;
      changed = true;
      continue;
    }
    // a section's, and the cover's subtitle, are cut
    const sec = !m ? undefined : m[1] !== undefined ? plan.sections[Number(m[1])] : m[2] === 'subtitle' ? plan.cover : undefined;
    if (!sec || !m) continue;
    const key = m[2] as 'title' | 'subtitle';
    const was = sec[key] ?? '';
    const short = shorten(was.slice(0, Math.max(6, Math.floor(was.length * 0.7)))).text.replace(/…$/, '');
    if (short && short !== was) {
      sec[key] = short;
      changed = true;
    } else if (key === 'subtitle') {
      delete sec.subtitle;
      changed = true;
    }
  }
  for (const { w, ds } of todo) {
    const slides = plan.sections[w.section]!.slides;
    const slide = slides[w.slide]!;
    const room = slideCount(plan) < MAX_SLIDES;
    if (ds.some((d) => whereOf(d, plan)?.key === 'title' && whereOf(d, plan)?.list === undefined) || (w.list === 'title')) {
      const short = shorten(slide.title.slice(0, 16)).text;
      if (short !== slide.title) {
        slide.title = short;
        changed = true;
      }
      continue;
    }
    const items = itemsOf(slide);
    // what no layout mends (a value the outline cannot hold, a quote not found in the report): the item leaves
    const named = ds.find((d) => !LAYOUT.test(d.code) && whereOf(d, plan)?.item !== undefined);
    if (named && items > 1) {
      remove(slide, whereOf(named, plan)!.item!);
      changed = true;
      continue;
    }
    if (items <= 1) {
      // nothing to split: a single point or card that cannot fit leaves the deck
      if (slides.length > 1) {
        slides.splice(w.slide, 1);
        changed = true;
      }
      continue;
    }
    if (room) {
      slides.splice(w.slide, 1, ...split(slide));
    } else {
      // no room for another slide: the item that does not fit leaves (the last one when none is named)
      drop(slide, w.item ?? items - 1);
    }
    changed = true;
  }
  return changed;
}

function itemsOf(s: PlannedSlide): number {
  return s.type === 'points' ? s.points.length : s.type === 'numbers' ? s.figures.length : s.rows.length;
}

/** A slide as two, its items split evenly (5 → 3 + 2). */
function split(s: PlannedSlide): [PlannedSlide, PlannedSlide] {
  const half = Math.ceil(itemsOf(s) / 2);
  if (s.type === 'points') return [{ ...s, points: s.points.slice(0, half) }, { ...s, points: s.points.slice(half), notes: '' }];
  if (s.type === 'numbers') return [{ ...s, figures: s.figures.slice(0, half) }, { ...s, figures: s.figures.slice(half) }];
  return [{ ...s, rows: s.rows.slice(0, half) }, { ...s, rows: s.rows.slice(half) }];
}

/** A slide's i-th item leaves it. */
function remove(s: PlannedSlide, i: number): void {
  if (s.type === 'points') s.points.splice(i, 1);
  else if (s.type === 'numbers') s.figures.splice(i, 1);
  else s.rows.splice(i, 1);
}

/** The least of a slide's items leaves it: the lightest card, else the named item. */
function drop(s: PlannedSlide, i: number): void {
  if (s.type === 'points') s.points.splice(i, 1);
  else if (s.type === 'numbers') {
    const lightest = s.figures.reduce((k, c, j) => (c.weight < s.figures[k]!.weight ? j : k), 0);
    s.figures.splice(lightest, 1);
  } else s.rows.splice(i, 1);
}
