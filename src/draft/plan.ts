/**
 * The draft deck as plain data: per section a points slide of its key sentences (shortened,
 * marked as draft text) and numbers slides grouping its figures, at most six a slide, with the
 * paragraphs as notes. The writer (outline-text.ts) turns it into YAML.
 */
import { type Article } from './article.js';
import { draftFigures, type DraftFigure } from './figures.js';
import { findSections, leadOf, sentencesOf, type Section } from './sections.js';

export const FIGURES_PER_SLIDE = 6;
const POINTS_PER_SLIDE = 6;
const MAX_POINT = 30;

export interface PlannedPoint {
  text: string;
  /** Cut from a longer sentence: a person rewrites it. */
  cut: boolean;
}

export type PlannedSlide =
  | { type: 'points'; title: string; points: PlannedPoint[]; notes: string }
  | { type: 'numbers'; title: string; figures: DraftFigure[]; notes: string };

export interface PlannedSection {
  title: string;
  subtitle?: string;
  slides: PlannedSlide[];
}

export interface Plan {
  article: Article;
  sections: PlannedSection[];
  closing?: string;
  figures: DraftFigure[];
}

/** The draft's own words for titles the report does not give (from the catalogue, in the user's language). */
export interface PlanWords {
  points(heading: string): string;
  figures(heading: string): string;
}

export function planDeck(article: Article, words: PlanWords): Plan {
  const { intro, sections } = findSections(article.paragraphs);
  const secs: Section[] = sections.length ? sections : [{ heading: article.title ?? '', title: article.title ?? '—', paragraphs: intro.splice(0) }];
  // a divider already shows the section's title: a slide does not repeat it
  const titles = new Set<string>([...secs.map((s) => s.title), ...(article.title ? [article.title] : [])]);
  const unique = (t: string) => {
    let u = t;
    for (let n = 2; titles.has(u); n++) u = `${t}（${n}）`;
    titles.add(u);
    return u;
  };
  // the last paragraph's lead, when it says no figure, reads as the closing line (雄关漫道真如铁…)
  const lastSec = secs[secs.length - 1]!;
  const last = lastSec.paragraphs[lastSec.paragraphs.length - 1];
  const closingLead = last && leadOf(last);
  const closing = closingLead && draftFigures(last).length === 0 ? closingLead.replace(/[,，]\s*/g, ' ') : undefined;
  const all: DraftFigure[] = [];
  const planned = secs.map((sec, si): PlannedSection => {
    const slides: PlannedSlide[] = [];
    const points: PlannedPoint[] = [];
    sec.paragraphs.forEach((p, pi) => {
      if (closing && si === secs.length - 1 && pi === sec.paragraphs.length - 1) return;
      const lead = leadOf(p);
      if (lead) points.push({ text: lead, cut: false });
      else for (const s of sentencesOf(p).slice(0, 2)) points.push(shorten(s));
    });
    const notes = [...(si === 0 ? intro : []), ...sec.paragraphs].join('\n');
    for (let i = 0; i < points.length; i += POINTS_PER_SLIDE) {
      slides.push({ type: 'points', title: unique(sec.subtitle ?? words.points(sec.title)), points: points.slice(i, i + POINTS_PER_SLIDE), notes });
    }
    if (points.length === 0) slides.push({ type: 'points', title: unique(sec.subtitle ?? words.points(sec.title)), points: [{ text: sec.title, cut: false }], notes });
    // figures in report order, each with the lead of its paragraph for the slide's title
    const figs = sec.paragraphs.flatMap((p) => draftFigures(p).map((f) => ({ f, lead: leadOf(p) })));
    all.push(...figs.map((x) => x.f));
    for (const chunk of balanced(figs, FIGURES_PER_SLIDE)) {
      const lead = chunk[0]!.lead;
      const notes = [...new Set(chunk.map((x) => x.f.sentence))].join('\n');
      slides.push({ type: 'numbers', title: unique(lead ?? words.figures(sec.title)), figures: chunk.map((x) => x.f), notes });
    }
    return { title: sec.title, ...(sec.subtitle ? { subtitle: sec.subtitle } : {}), slides };
  });
  return { article, sections: planned, figures: all, ...(closing ? { closing } : {}) };
}

/** n items in the fewest slides of at most `max`, sizes as even as can be (8 → 4 + 4, not 6 + 2). */
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

/** A sentence cut to fit a point: whole clauses while they fit, else its first words and an ellipsis. */
export function shorten(sentence: string): PlannedPoint {
  // a list's number (1. （二）) is the list's, not the point's: the slide numbers nothing
  const s = sentence.replace(/[。！？；;!?]$/, '').replace(/^(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、](?!\d))\s*/, '');
  if (s.length <= MAX_POINT) return { text: s, cut: s !== sentence.replace(/[。！？]$/, '') };
  const clauses = s.split(/(?<=[，,])/);
  let out = '';
  for (const c of clauses) {
    if ((out + c).replace(/[，,]$/, '').length > MAX_POINT) break;
    out += c;
  }
  out = out.replace(/[，,]$/, '');
  return { text: out.length >= 6 ? out : `${s.slice(0, MAX_POINT - 1)}…`, cut: true };
}
