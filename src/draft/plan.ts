/**
 * The draft deck as plain data, condensed to a briefing: at most 25 slides whatever the report's
 * length. Per section: its topics as points (sub-headings, else the paragraphs' lead phrases),
 * then its key figures (totals, figures with a change, figures a paragraph leads with) on numbers
 * slides, with their changes, and groups that share their relations (同比增长 | 占年计划) as a
 * table; the rest in the notes. Every figure not on a slide is listed (Plan.leftOut) for the
 * draft's header. The writer (outline-text.ts) turns this into YAML.
 */
import type { ReportAnalysis, ReportFigure } from '../report/analyse.js';
import type { Cover } from '../report/article.js';
import type { Heading } from '../report/headings.js';
import type { Segment } from '../report/text.js';
import { changeOf, groupFigures, type FigureGroup } from './groups.js';
import { isFiller, leadsOf, MAX_POINT, sentencesOf, shorten, type PlannedPoint } from './leads.js';
import { structureOf, type DraftSection, type Part } from './structure.js';
import type { Change } from '../slides/fields.js';

export type { PlannedPoint } from './leads.js';

/** A slide holds at most this many: figures on cards, points, table rows. */
export const FIGURES_PER_SLIDE = 6;
const POINTS_PER_SLIDE = 6;
const ROWS_PER_TABLE = 7;
/** A briefing's length, cover and closing included. */
export const MAX_SLIDES = 25;
/** Notes are for the speaker: a slide's are cut here (the report has the rest). */
const MAX_NOTES = 6000;

export interface PlannedChange extends Change {
  /** The value as the report writes it (54.0). */
  written: string;
}

export interface CardFigure {
  figure: ReportFigure;
  label: string;
  changes: PlannedChange[];
  source: string;
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
  /** Every figure of the report, and those no slide shows. */
  figures: ReportFigure[];
  leftOut: ReportFigure[];
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

interface Candidate {
  slide: PlannedSlide;
  /** Figures it shows (to count what is left out). */
  shows: ReportFigure[];
}

export function planDeck(a: ReportAnalysis, words: PlanWords): Plan {
  const text = a.text;
  const st = structureOf(a);
  const used = new Set<string>();
  const unique = (t: string) => {
    let u = t;
    for (let n = 2; used.has(u); n++) u = `${t}（${n}）`;
    used.add(u);
    return u;
  };
  if (a.article.cover.title) used.add(a.article.cover.title);
  // the last paragraph's lead, when it states no figure, is the closing line (蓝图已经绘就，实干创造未来)
  const lastPart = st.sections.at(-1)?.parts.at(-1);
  const lastPara = lastPart?.paras.at(-1);
  const closing = lastPara && !a.figures.some((f) => f.valueStart >= lastPara.start && f.valueStart < lastPara.end) ? closingLine(lastPara.text) : undefined;
  const sections = st.sections.map((s) => ({ s, title: sectionTitle(s, words) }));
  for (const { title } of sections) used.add(title.title);
  // what each section could show, most important first
  const candidates = sections.map(({ s, title }) => candidatesOf(text, s, title, words, unique, closing ? lastPara : undefined));
  // the budget: cover, agenda, a divider a section, closing
  const n = sections.length;
  const frame = 1 + (st.sectioned && n >= 2 ? 1 : 0) + (st.sectioned ? n : 0) + 1;
  const budget = allocate(candidates.map((c) => c.length), Math.max(n, MAX_SLIDES - frame));
  const planned: PlannedSection[] = sections.map(({ title }) => ({ ...title, slides: [] }));
  const shown = new Set<ReportFigure>();
  candidates.forEach((list, i) => {
    const take = pick(list, budget[i]!);
    for (const c of take) {
      planned[i]!.slides.push(c.slide);
      for (const f of c.shows) shown.add(f);
    }
  });
  // a section with nothing to show still says what it is about
  planned.forEach((p, i) => {
    if (!p.slides.length) p.slides.push({ type: 'points', title: unique(words.points(p.title)), points: [{ text: shorten(sections[i]!.s.heading?.title ?? p.title).text, cut: false }], notes: '' });
  });
  const cover = { ...a.article.cover };
  const intro = st.intro.paras.filter((p) => !isFiller(p.text)).map((p) => p.text);
  const coverNotes = [cover.speaker, ...intro].filter(Boolean).join('\n');
  return {
    cover: { ...cover, ...(coverNotes ? { notes: cap(coverNotes) } : {}) },
    lang: a.article.lang,
    sections: planned,
    sectioned: st.sectioned,
    ...(closing ? { closing } : {}),
    figures: a.figures,
    leftOut: a.figures.filter((f) => !shown.has(f)), // as planned; draft.ts counts it again as `check` does
  };
}

/** Slides of each section: as many as the budget gives it, the most important first, in the report's order. */
function pick(list: Candidate[], k: number): Candidate[] {
  const chosen = new Set(list.slice(0, k));
  return list.filter((c) => chosen.has(c)).sort((x, y) => order(x) - order(y));
}

const order = (c: Candidate & { at?: number }) => (c as { at?: number }).at ?? 0;

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

function sectionTitle(s: DraftSection, words: PlanWords): { title: string; subtitle?: string } {
  const h = s.heading?.title;
  if (!h) return { title: words.untitled };
  return titleOf(h);
}

/**
 * A section's title and subtitle from its heading: 「深入落实城市总体规划，推动京津冀协同发展走深走实」
 * → the halves; 「同轴运转,以“党建联抓”强化工作合力」 → 同轴运转·党建联抓 and the rest.
 */
export function titleOf(heading: string): { title: string; subtitle?: string } {
  const h = heading.replace(/\*\*/g, '').replace(/\s+\?$/, '').replace(/[。；;]$/, '').trim();
  const quoted = /^(.{2,8})[,，]\s*(以“(.{2,8})”.+)$/.exec(h);
  if (quoted) return { title: `${quoted[1]}·${quoted[3]}`, subtitle: quoted[2]! };
  const halves = /^(.{2,20})[,，]\s*(.{2,24})$/.exec(h);
  if (halves && !/[,，]/.test(halves[2]!)) return { title: halves[1]!, subtitle: halves[2]! };
  return { title: h };
}

function closingLine(p: string): string | undefined {
  const first = sentencesOf(p).find((s) => !isFiller(s));
  if (!first) return undefined;
  const t = first.replace(/[。！？!?；;]$/, '');
  return t.length >= 4 && t.length <= MAX_POINT && !/\d/.test(t) ? t.replace(/[,，]\s*/g, ' ') : undefined;
}

/** Eligible for a card: a number a card can hold as the report writes it, of something a label can name. */
function cardable(g: FigureGroup): boolean {
  const f = g.head;
  if (f.range || f.written.includes(',') || /^0\d/.test(f.written)) return false;
  // a threshold that qualifies the noun after it (60岁以上老人…) is no key figure
  if (/以上|以下/.test(f.approx) && /^[\u4e00-\u9fff]/.test(f.clause.text.slice(f.end - f.clause.start))) return false;
  return g.label.length >= 2;
}

/** How much a group matters to a briefing: changes, totals and amounts, figures a paragraph leads with. */
function weight(g: FigureGroup, firstInPara: boolean): number {
  let w = 0;
  if (g.changes.length) w += 3;
  if (g.shares.length) w += 1;
  if (/元$/.test(g.head.unit)) w += 2;
  if (/总|生产总值|收入|投资|产值|总额|规模|增加值|利润|营收|就业/.test(g.label)) w += 2;
  if (/率$/.test(g.label) && /[%％]$/.test(g.head.unit)) w += 1;
  if (firstInPara) w += 2;
  if (g.head.change && !g.changes.length) w += 1;
  return w;
}

function candidatesOf(text: string, s: DraftSection, heading: { title: string; subtitle?: string }, words: PlanWords, unique: (t: string) => string, closingPara: Segment | undefined): (Candidate & { at: number })[] {
  const name = heading.title;
  const out: (Candidate & { at: number })[] = [];
  const paras = s.parts.flatMap((p) => p.paras).filter((p) => p !== closingPara);
  const notesOf = (ps: readonly Segment[]) => cap(ps.map((p) => p.text).join('\n'));
  // 1. what the section is about: its parts' headings, else its paragraphs' lead phrases
  const headed = s.parts.filter((p) => p.heading);
  const topics: { point: PlannedPoint; at: number }[] = [];
  if (headed.length >= 2) {
    for (const p of headed) topics.push({ point: shorten(p.heading!.title), at: p.heading!.start });
  } else {
    for (const p of paras) {
      if (isFiller(p.text)) continue;
      const leads = leadsOf(p.text);
      if (leads.length) for (const l of leads) topics.push({ point: l, at: p.start });
      else if (!p.row && !p.list && p.text.length > 20) topics.push({ point: shorten(firstSentence(p.text)), at: p.start });
    }
  }
  const points = dedupe(topics).filter((t) => t.point.text.length >= 4);
  for (let i = 0; i < points.length && i < 2 * POINTS_PER_SLIDE; i += POINTS_PER_SLIDE) {
    const chunk = points.slice(i, i + POINTS_PER_SLIDE);
    out.push({ slide: { type: 'points', title: unique(shorten(i === 0 ? (heading.subtitle ?? words.points(name)) : `${words.points(name)}（${i / POINTS_PER_SLIDE + 1}）`).text), points: chunk.map((t) => t.point), notes: i === 0 ? notesOf(paras) : '' }, shows: [], at: chunk[0]!.at - 0.5 });
  }
  // 2. its figures: groups with shared relations as tables, the rest on cards, the most important first
  const groups = s.parts.flatMap((p) => {
    const byPara = new Map<number, ReportFigure[]>();
    for (const f of p.figures) byPara.set(f.at, [...(byPara.get(f.at) ?? []), f]);
    return [...byPara.values()].flatMap((fs) => groupFigures(text, fs).map((g, i) => ({ g, part: p, first: i === 0 })));
  });
  const tabled = new Set<FigureGroup>();
  for (const t of tablesOf(groups.map((x) => x.g))) {
    for (let i = 0; i < t.rows.length; i += ROWS_PER_TABLE) {
      const rows = t.rows.slice(i, i + ROWS_PER_TABLE);
      rows.forEach((g) => tabled.add(g));
      const first = groups.find((x) => x.g === rows[0])!;
      const title = unique(shorten(words.table(partTitle(first.part) ?? name)).text);
      const figs = rows.flatMap((g) => [g.head, ...t.relations.map((_, k) => depAt(g, t.relations, k)?.figure).filter((f): f is ReportFigure => !!f)]);
      out.push({
        slide: {
          type: 'table',
          title,
          columns: [words.indicator, words.value, ...t.relations.map(columnName)],
          rows: rows.map((g) => [g.label, { figure: g.head, source: g.source }, ...t.relations.map((_, k) => {
            const d = depAt(g, t.relations, k);
            return d ? { figure: d.figure, source: g.source } : '';
          })]),
          notes: cap([...new Set(rows.map((g) => sentenceAround(text, g.head)))].join('\n')),
        },
        shows: figs,
        at: rows[0]!.head.start,
        rank: Math.max(...rows.map((g) => weight(g, true))) + rows.length,
      } as Candidate & { at: number });
    }
  }
  const cards = groups.filter((x) => !tabled.has(x.g) && cardable(x.g));
  const ranked = [...cards].sort((x, y) => weight(y.g, y.first) - weight(x.g, x.first) || x.g.head.start - y.g.head.start);
  // as many slides as it takes, the first holding the heaviest: each slide's figures in the report's order
  const slides: (typeof cards)[] = [];
  for (let i = 0; i < ranked.length; i += FIGURES_PER_SLIDE) slides.push(ranked.slice(i, i + FIGURES_PER_SLIDE));
  const figureSlides = slides.map((chunk) => {
    const inOrder = [...chunk].sort((x, y) => x.g.head.start - y.g.head.start);
    const lead = leadsOf(paraOf(s, inOrder[0]!.g.head)?.text ?? '')[0]?.text;
    const title = unique(shorten(lead ?? partTitle(inOrder[0]!.part) ?? words.figures(name)).text);
    return {
      slide: { type: 'numbers' as const, title, figures: inOrder.map(({ g }) => cardOf(text, g)), notes: cap([...new Set(inOrder.map(({ g }) => sentenceAround(text, g.head)))].join('\n')) },
      shows: inOrder.flatMap(({ g }) => [g.head, ...g.changes.filter(changeFits).map((d) => d.figure)]),
      at: inOrder[0]!.g.head.start,
    };
  });
  // the order of importance: the topics, then tables and figure slides by weight
  const tables = out.filter((c) => c.slide.type === 'table').sort((x, y) => ((y as { rank?: number }).rank ?? 0) - ((x as { rank?: number }).rank ?? 0));
  const pts = out.filter((c) => c.slide.type === 'points');
  return [pts[0], ...interleave(tables, figureSlides), ...pts.slice(1)].filter((c): c is Candidate & { at: number } => !!c);
}

/** Tables first while they last, each followed by a card slide: a briefing alternates them. */
function interleave<T>(a: T[], b: T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i]) out.push(a[i]!);
    if (b[i]) out.push(b[i]!);
  }
  return out;
}

/** A change a card can print as the report writes it (no approx word: the change line has none). */
const changeFits = (d: { figure: ReportFigure }) => !d.figure.approx && !d.figure.range;

function cardOf(text: string, g: FigureGroup): CardFigure {
  return { figure: g.head, label: g.label, changes: g.changes.filter(changeFits).map((d) => ({ ...changeOf(d), written: d.figure.written })), source: g.source };
  void text;
}

/** Rows that share their relations: 2 or more groups in a row with the same dependents' words. */
function tablesOf(groups: readonly FigureGroup[]): { relations: string[]; rows: FigureGroup[] }[] {
  const out: { relations: string[]; rows: FigureGroup[] }[] = [];
  let run: FigureGroup[] = [];
  let sig = '';
  const flush = () => {
    if (run.length >= 2 && sig) out.push({ relations: sig.split('|'), rows: run });
    run = [];
    sig = '';
  };
  for (const g of groups) {
    const deps = [...g.changes, ...g.shares].sort((x, y) => x.figure.start - y.figure.start);
    const s = deps.map((d) => d.relation.replace(/的$/, '')).join('|');
    if (!s || g.head.range || g.head.written.includes(',') || deps.some((d) => d.figure.range || d.figure.written.includes(','))) {
      flush();
      continue;
    }
    if (s !== sig) flush();
    sig = s;
    run.push(g);
  }
  flush();
  return out;
}

function depAt(g: FigureGroup, relations: readonly string[], k: number) {
  const deps = [...g.changes, ...g.shares].sort((x, y) => x.figure.start - y.figure.start);
  return deps[k] && deps[k]!.relation.replace(/的$/, '') === relations[k] ? deps[k] : undefined;
}

const columnName = (r: string) => r.replace(/的$/, '');

function partTitle(p: Part): string | undefined {
  return p.heading ? titleOf(p.heading.title).title : undefined;
}

function paraOf(s: DraftSection, f: ReportFigure): Segment | undefined {
  for (const p of s.parts) for (const para of p.paras) if (f.valueStart >= para.start && f.valueStart < para.end) return para;
  return undefined;
}

function firstSentence(p: string): string {
  return sentencesOf(p.replace(/\*\*/g, ''))[0] ?? p;
}

function sentenceAround(text: string, f: ReportFigure): string {
  let s = f.start;
  while (s > 0 && !/[。；;！？!?\n]/.test(text[s - 1]!)) s--;
  let e = f.end;
  while (e < text.length && !/[。；;！？!?\n]/.test(text[e]!)) e++;
  return text.slice(s, Math.min(text.length, e + 1)).replace(/\*\*/g, '').trim();
}

function dedupe<T extends { point: PlannedPoint }>(xs: T[]): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => !seen.has(x.point.text) && !!seen.add(x.point.text));
}

function cap(s: string): string {
  return s.length <= MAX_NOTES ? s : `${s.slice(0, MAX_NOTES - 1)}…`;
}

export type { Heading };
