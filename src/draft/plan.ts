/**
 * The draft deck, condensed to a briefing: at most 25 slides whatever the report's length. The
 * sections (structure.ts) share the room by what each has to show (section-slides.ts), at least
 * one slide each; titles are made unique in the deck's order; the cover is the report's.
 */
import { AGENDA_PER_SLIDE } from '../compose/deck.js';
import type { ReportAnalysis } from '../report/analyse.js';
import { isFiller, MAX_POINT, sentencesOf, shorten } from './leads.js';
import { cap, MAX_SLIDES, POINTS_PER_SLIDE, type Plan, type PlannedSection, type PlanWords } from './model.js';
import { candidatesOf } from './section-slides.js';
import { structureOf } from './structure.js';
import { sectionTitle, shortName } from './titles.js';

export * from './model.js';
export { titleOf } from './titles.js';

export function planDeck(a: ReportAnalysis, words: PlanWords): Plan {
  const st = structureOf(a);
  // the last paragraph's lead, when it states no figure, is the closing line (蓝图已经绘就，实干创造未来)
  // (the report's last words, before any appendix: 附件, 名词解释)
  const lastPart = st.sections.at(-1)?.parts.filter((p) => !p.heading?.appendix).at(-1);
  const lastPara = lastPart?.paras.at(-1);
  // (not when it is all its section says)
  const alone = !!lastPart && st.sections.at(-1)!.parts.reduce((n, p) => n + p.paras.length, 0) <= 1;
  const closing = lastPara && !alone && !a.figures.some((f) => f.valueStart >= lastPara.start && f.valueStart < lastPara.end) ? closingLine(lastPara.text) : undefined;
  const sections = st.sections.map((s) => ({ s, title: sectionTitle(s) }));
  // what each section could show, most important first
  const candidates = sections.map(({ s, title }) => candidatesOf(a, s, title, words, closing ? lastPara : undefined));
  // the budget: cover, agenda, a divider a section, closing
  const n = sections.length;
  const frame = frameCount(st.sectioned, n);
  const budget = allocate(candidates.map((c) => c.length), Math.max(n, MAX_SLIDES - frame));
  const planned: PlannedSection[] = sections.map(({ s, title }, i) => {
    const slides = candidates[i]!.slice(0, budget[i]).sort((x, y) => x.at - y.at).map((c) => c.slide);
    // the section's words go with its first slide, whatever it is
    const first = slides[0];
    const words$ = s.parts.flatMap((p) => p.paras).filter((p) => p !== (closing ? lastPara : undefined)).map((p) => p.text.replace(/\*\*/g, '')).join('\n');
    if (first && first.type !== 'points' && words$) first.notes = cap(words$);
    // a section with nothing to show still says what it is about
    if (!slides.length) {
      const said = s.parts.flatMap((p) => p.paras).flatMap((p) => sentencesOf(p.text.replace(/\*\*/g, ''))).filter((x) => !isFiller(x)).map((x) => shorten(x)).filter((x) => x.text.length >= 2).slice(0, POINTS_PER_SLIDE);
      const topic = shorten(s.heading?.title ?? title.title).text;
      const points = said.length ? said : topic ? [{ text: topic, cut: false }] : [];
      if (points.length) slides.push({ type: 'points', title: words.points(shortName(title.title)), points, notes: '' });
    }
    return { ...title, slides };
  }).filter((p) => p.slides.length);
  // a figure a report repeats (a summary table at its end) is shown once: the first time
  dropRepeats(planned);
  for (let i = planned.length - 1; i >= 0; i--) if (!planned[i]!.slides.length) planned.splice(i, 1);
  for (const slide of planned.flatMap((p) => p.slides)) slide.title = shorten(slide.title).text || slide.title.trim() || words.figures('');
  const cover = { ...a.article.cover };
  const intro = st.intro.paras.filter((p) => !isFiller(p.text)).map((p) => p.text);
  const coverNotes = [cover.speaker, ...intro].filter(Boolean).join('\n');
  return numberTitles({
    cover: { ...cover, ...(coverNotes ? { notes: cap(coverNotes) } : {}) },
    lang: a.article.lang,
    sections: planned,
    sectioned: st.sectioned,
    ...(closing ? { closing } : {}),
    figures: a.figures,
  });
}

/**
 * Titles in the deck's order, each its own: a title used before (the cover's, a divider's, a slide's)
 * is numbered （2）, （3）… where it comes again. Run again after slides are split or dropped.
 */
export function numberTitles(plan: Plan): Plan {
  const seen = new Map<string, number>();
  if (plan.cover.title) seen.set(plan.cover.title, 1);
  for (const holder of plan.sections.flatMap((s) => [s, ...s.slides])) {
    const base = holder.title.replace(NUMBERED, '');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    holder.title = n === 1 ? base : `${base}（${n}）`;
  }
  return plan;
}

/** The number a title takes when it comes again. */
const NUMBERED = /（\d+）$/;

/** Cards that repeat an earlier card: the same figure as written, of much the same label. */
function dropRepeats(sections: PlannedSection[]): void {
  const seen: { key: string; label: string }[] = [];
  const alike = (a: string, b: string) => {
    const A = new Set(a);
    const common = [...new Set(b)].filter((c) => A.has(c)).length;
    return common / Math.max(1, Math.min(A.size, new Set(b).size)) >= 0.6;
  };
  for (const sec of sections) {
    for (const slide of sec.slides) {
      if (slide.type !== 'numbers') continue;
      slide.figures = slide.figures.filter((c) => {
        const key = `${c.figure.approx}|${c.figure.written}|${c.figure.unit}`;
        if (seen.some((x) => x.key === key && alike(x.label, c.label))) return false;
        seen.push({ key, label: c.label });
        return true;
      });
    }
    sec.slides = sec.slides.filter((x) => x.type !== 'numbers' || x.figures.length);
  }
}

/** Cover, agenda (six sections a slide), a divider a section, closing. */
export function frameCount(sectioned: boolean, sections: number): number {
  return 1 + (sectioned && sections >= 2 ? Math.ceil(sections / AGENDA_PER_SLIDE) : 0) + (sectioned ? sections : 0) + 1;
}

/** Slides per section: all it has when the deck has room; else shares of the room by what each has, at least one. */
export function allocate(demand: readonly number[], room: number): number[] {
  const total = demand.reduce((a, b) => a + b, 0);
  if (total <= room) return [...demand];
  const out = demand.map((d) => Math.min(d, 1));
  let left = room - out.reduce((a, b) => a + b, 0);
  // one more slide at a time to the section whose share is furthest below its demand
  while (left > 0) {
    let best = -1;
    let gap = 0;
    demand.forEach((d, i) => {
      const want = (d / total) * room - out[i]!;
      if (out[i]! < d && (best < 0 || want > gap)) {
        best = i;
        gap = want;
      }
    });
    if (best < 0) break;
    out[best]!++;
    left--;
  }
  return out;
}

/** The words a speech ends on: 让我们…, 奋力谱写…, 牢记…使命, 而今迈步从头越. */
const PERORATION = /让我们|奋力|团结|砥砺|携手|开创|谱写|奋斗|新篇章|更大贡献|牢记|使命|前进|迈步|征程|再创|辉煌|启新程|绘就|未来/;

function closingLine(p: string): string | undefined {
  if (!PERORATION.test(p)) return undefined;
  const first = sentencesOf(p).find((s) => !isFiller(s));
  if (!first) return undefined;
  const t = first.replace(/[。！？!?；;]$/, '');
  return t.length >= 4 && t.length <= MAX_POINT && !/\d/.test(t) ? t.replace(/[,，]\s*/g, ' ') : undefined;
}

