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
import { AGENDA_PER_SLIDE } from '../compose/deck.js';

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
  /** Where in the report it starts: slides keep the report's order. */
  at: number;
  /** How much it matters: a section shows its highest first. */
  rank: number;
}

export function planDeck(a: ReportAnalysis, words: PlanWords): Plan {
  const st = structureOf(a);
  // the last paragraph's lead, when it states no figure, is the closing line (蓝图已经绘就，实干创造未来)
  const lastPart = st.sections.at(-1)?.parts.at(-1);
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
    const words$ = s.parts.flatMap((p) => p.paras).filter((p) => p !== (closing ? lastPara : undefined)).map((p) => p.text).join('\n');
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
  // titles in the deck's order, each its own (the divider's and the cover's titles included)
  const used = new Set<string>([...(a.article.cover.title ? [a.article.cover.title] : []), ...planned.map((p) => p.title)]);
  for (const slide of planned.flatMap((p) => p.slides)) {
    const t = shorten(slide.title).text || slide.title.trim() || words.figures('');
    let u = t;
    for (let k = 2; used.has(u); k++) u = `${t}（${k}）`;
    used.add(u);
    slide.title = u;
  }
  const shown = new Set(candidates.flatMap((list, i) => list.slice(0, budget[i]).flatMap((c) => c.shows)));
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

/** A section's name short enough to head its slides' titles: 12 characters, else its first phrase (“十四五”时期发展成就和… → “十四五”时期发展成就), else none. */
export function shortName(name: string): string {
  if (name.length <= 12) return name;
  const first = name.split(/[，,、；]|和|与|及/)[0]!;
  return first.length >= 4 && first.length <= 12 ? first : '';
}

function sectionTitle(s: DraftSection): { title: string; subtitle?: string } {
  const h = s.heading?.title;
  // a deck without sections shows no section title: its slides' own titles stand alone
  if (!h) return { title: '' };
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

/** The words a speech ends on: 让我们…, 奋力谱写…, 牢记…使命, 而今迈步从头越. */
const PERORATION = /让我们|奋力|团结|砥砺|携手|开创|谱写|奋斗|新篇章|更大贡献|牢记|使命|前进|迈步|征程|再创|辉煌|启新程|绘就|未来/;

function closingLine(p: string): string | undefined {
  if (!PERORATION.test(p)) return undefined;
  const first = sentencesOf(p).find((s) => !isFiller(s));
  if (!first) return undefined;
  const t = first.replace(/[。！？!?；;]$/, '');
  return t.length >= 4 && t.length <= MAX_POINT && !/\d/.test(t) ? t.replace(/[,，]\s*/g, ' ') : undefined;
}

/** Eligible for a card: a number a card can hold as the report writes it, of something a label can name. */
function cardable(g: FigureGroup): boolean {
  const f = g.head;
  if (f.range || f.written.includes(',') || /^0\d/.test(f.written)) return false;
  // the level something changed from (由每生每年5元降至3元) is no key figure on its own
  const after = f.clause.text.slice(f.end - f.clause.start).replace(/\*\*|\s/g, '');
  if (/^(?:降至|降到|下降到|提升至|提升到|提高到|升至|增至|增长到|增加到)/.test(after)) return false;
  // a threshold that qualifies the noun after it (60岁以上老人…) is no key figure
  if (/以上|以下/.test(f.approx) && /^[\u4e00-\u9fff]/.test(f.clause.text.slice(f.end - f.clause.start))) return false;
  // a number that is itself a change says in its label what changed and how (城镇调查失业率, 一般公共预算收入增长)
  if (f.change && !/增|降|减|提高|提升|上升|下滑|回落|高于|低于|超|优于|快于|慢于|涨|跌|改善|扩大|缩小|节约|节省/.test(g.label)) return false;
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

function candidatesOf(a: ReportAnalysis, s: DraftSection, heading: { title: string; subtitle?: string }, words: PlanWords, closingPara: Segment | undefined): Candidate[] {
  const text = a.text;
  const name = shortName(heading.title);
  const out: Candidate[] = [];
  const paras = s.parts.flatMap((p) => p.paras).filter((p) => p !== closingPara);
  const notesOf = (ps: readonly Segment[]) => cap(ps.map((p) => p.text).join('\n'));
  const sentencesNotes = (fs: readonly ReportFigure[]) => cap([...new Set(fs.map((f) => sentenceAround(a, f)))].join('\n'));
  // 1. what the section is about: its parts' headings, else its paragraphs' lead phrases
  const pointTopics = topicsOf(s, paras);
  // one topic is no list: it stands under the section's title on its divider (a sentence cut short, nowhere)
  if (pointTopics.length === 1 && (!pointTopics[0]!.point.cut || heading.subtitle)) {
    if (!heading.subtitle) heading.subtitle = pointTopics[0]!.point.text;
    pointTopics.length = 0;
  } else if (pointTopics.length === 1) pointTopics.length = 0;
  for (let i = 0; i < pointTopics.length && i < 2 * POINTS_PER_SLIDE; i += POINTS_PER_SLIDE) {
    const chunk = pointTopics.slice(i, i + POINTS_PER_SLIDE);
    const title = i === 0 ? (heading.subtitle ?? words.points(name)) : words.points(name);
    // the section's topics open it; a second slide of them stays where its first topic is
    out.push({ slide: { type: 'points', title, points: chunk.map((t) => t.point), notes: i === 0 ? notesOf(paras) : '' }, shows: [], at: i === 0 ? -Infinity : chunk[0]!.at - 0.5, rank: i === 0 ? 1000 : 0 });
  }
  // 2. its figures: groups with shared relations as tables, the rest on cards, the most important first
  const groups = s.parts.flatMap((p) => {
    const byPara = new Map<number, ReportFigure[]>();
    for (const f of p.figures) byPara.set(f.at, [...(byPara.get(f.at) ?? []), f]);
    return [...byPara.values()].map((fs) => ({ part: p, groups: groupFigures(text, fs) }));
  });
  const tabled = new Set<FigureGroup>();
  for (const { part, groups: gs } of groups) {
    const t = tableOf(gs);
    if (!t) continue;
    for (let i = 0; i < t.rows.length; i += ROWS_PER_TABLE) {
      const rows = t.rows.slice(i, i + ROWS_PER_TABLE);
      rows.forEach((g) => tabled.add(g));
      const cells = rows.map((g) => [g.label, { figure: g.head, source: g.source } as TableCell, ...t.relations.map((r): TableCell => {
        const d = [...g.changes, ...g.shares].find((x) => columnName(x.relation) === r);
        return d ? { figure: d.figure, source: g.source } : '';
      })]);
      const shows = cells.flatMap((row) => row.flatMap((c) => (typeof c === 'string' ? [] : [c.figure])));
      out.push({
        slide: { type: 'table', title: words.table(partTitle(part) ?? name), columns: [words.indicator, words.value, ...t.relations], rows: cells, notes: sentencesNotes(rows.map((g) => g.head)) },
        shows,
        at: rows[0]!.head.start,
        rank: 100 + Math.max(...rows.map((g) => weight(g, true))) + rows.length,
      });
    }
  }
  // cards by topic: a part with a heading, a paragraph with a lead phrase (一是…), else the section's overview
  const leadOf = new Map<Segment, string | undefined>();
  const afterLead = new Map<Segment, boolean>();
  let seen = false;
  for (const p of paras) {
    const l = leadsOf(p.text)[0]?.text;
    leadOf.set(p, l);
    afterLead.set(p, seen);
    seen ||= l !== undefined;
  }
  const topics = new Map<unknown, { title: string; at: number; overview: boolean; cards: { g: FigureGroup; w: number }[] }>();
  for (const { part, groups: gs } of groups) {
    gs.forEach((g, i) => {
      if (tabled.has(g) || !cardable(g)) return;
      const para = a.units[g.head.at]?.para;
      const lead = para ? leadOf.get(para) : undefined;
      // a paragraph without a lead phrase: the section's overview before the first one, else a topic of its own
      const afterLeads = !!para && afterLead.get(para) === true;
      const key = part.heading ? part : para && (lead || afterLeads) ? para : 'overview';
      const title = partTitle(part) ?? lead ?? (afterLeads && para ? shorten(sentencesOf(para.text.replace(/\*\*/g, ''))[0] ?? '').text : '') ?? '';
      const t = topics.get(key) ?? { title: title || words.figures(name), at: g.head.start, overview: key === 'overview', cards: [] };
      t.cards.push({ g, w: weight(g, i === 0) });
      topics.set(key, t);
    });
  }
  for (const t of topics.values()) {
    const ranked = [...t.cards].sort((x, y) => y.w - x.w || x.g.head.start - y.g.head.start);
    // the heaviest first, as evenly as can be (7 → 4 + 3); a card with two changes or long words takes a slide of at most four
    const max = ranked.some((x) => heavy(cardOf(x.g, x.w))) ? 4 : FIGURES_PER_SLIDE;
    const chunks = balanced(ranked, max);
    const topicWeight = ranked.slice(0, 4).reduce((n, c) => n + c.w, 0) + (t.overview ? 10 : 0);
    chunks.forEach((ch, i) => {
      const inOrder = [...ch].sort((x, y) => x.g.head.start - y.g.head.start);
      out.push({
        slide: { type: 'numbers', title: t.title, figures: inOrder.map((x) => cardOf(x.g, x.w)), notes: sentencesNotes(inOrder.map((x) => x.g.head)) },
        shows: inOrder.flatMap((x) => [x.g.head, ...x.g.changes.filter(changeFits).map((d) => d.figure)]),
        at: inOrder[0]!.g.head.start,
        rank: i === 0 ? topicWeight : topicWeight / (3 * i),
      });
    });
  }
  return out.sort((x, y) => y.rank - x.rank);
}

/**
 * The section's topics: its parts' headings when it has two or more; else the report's own
 * openers (一是…, ——…), else each paragraph's lead phrase, else a sentence without figures (the
 * figures go on cards), cut to a point.
 */
function topicsOf(s: DraftSection, paras: readonly Segment[]): { point: PlannedPoint; at: number }[] {
  const headed = s.parts.filter((p) => p.heading);
  if (headed.length >= 2) return dedupe(headed.map((p) => ({ point: shorten(p.heading!.title), at: p.heading!.start })));
  const leads = paras.filter((p) => !isFiller(p.text)).map((p) => ({ p, leads: leadsOf(p.text) }));
  const ordinal = leads.filter((x) => x.leads.length && /(?:^|[。；;！？!?])\s*[一二三四五六七八九十]+(?:是|要|方面)/.test(x.p.text.replace(/\*\*/g, '')));
  const chosen = ordinal.length >= 2 ? ordinal : leads;
  const out: { point: PlannedPoint; at: number }[] = [];
  for (const { p, leads: ls } of chosen) {
    if (ls.length) for (const l of ls) out.push({ point: l, at: p.start });
    else if (!p.row && !p.list && p.text.length > 20) {
      // a statement the paragraph makes without a figure (the figures are on cards)
      const plain = sentencesOf(p.text.replace(/\*\*/g, '')).find((x) => !/\d/.test(x) && !isFiller(x));
      if (plain) out.push({ point: shorten(plain), at: p.start });
    }
  }
  return dedupe(out).filter((t) => t.point.text.length >= 4);
}

/** A card whose figure, label or change is long: it needs a slide of at most four. */
function heavy(c: CardFigure): boolean {
  const f = c.figure;
  const printed = f.written.length + f.unit.length + f.approx.length;
  return c.changes.length >= 2 || c.label.length > 10 || printed > 8 || c.changes.some((ch) => (ch.basis ?? '').length + ch.word.length > 6);
}

/** A change a card can print as the report writes it (no approx word: the change line has none). */
const changeFits = (d: { figure: ReportFigure }) => !d.figure.approx && !d.figure.range;

function cardOf(g: FigureGroup, weight: number): CardFigure {
  return { figure: g.head, label: g.label, changes: g.changes.filter(changeFits).map((d) => ({ ...changeOf(d), written: d.figure.written })), source: g.source, weight };
}

/**
 * A paragraph's groups as a table, when two or more share what the report says of them (同比增长,
 * 占年计划): its rows run from the first such group to the last, each of them with its dependents
 * under the columns they name (a cell is empty where the report says nothing).
 */
function tableOf(groups: readonly FigureGroup[]): { relations: string[]; rows: FigureGroup[] } | undefined {
  const sig = (g: FigureGroup) => [...g.changes, ...g.shares].sort((x, y) => x.figure.start - y.figure.start).map((d) => columnName(d.relation));
  const plain = (g: FigureGroup) => !g.head.range && !g.head.written.includes(',') && [...g.changes, ...g.shares].every((d) => !d.figure.range && !d.figure.written.includes(','));
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

const columnName = (r: string) => r.replace(/的$/, '');

/** A part's heading as a slide's title: whole when it is short enough, else its first half (深入落实城市总体规划). */
function partTitle(p: Part): string | undefined {
  if (!p.heading) return undefined;
  const t = p.heading.title.replace(/\s+\?$/, '').replace(/[。；;]$/, '');
  return t.length <= 24 ? t : titleOf(t).title;
}

/** The sentence a figure is in, within its paragraph (a one-line body's other paragraphs are not its). */
function sentenceAround(a: ReportAnalysis, f: ReportFigure): string {
  const u = a.units[f.at]!;
  const span = u.heading ?? u.para!;
  const text = a.text;
  let s = f.start;
  while (s > span.start && !/[。；;！？!?\n]/.test(text[s - 1]!)) s--;
  let e = f.end;
  while (e < span.end && !/[。；;！？!?\n]/.test(text[e]!)) e++;
  return text.slice(s, Math.min(span.end, e + 1)).replace(/\*\*/g, '').trim();
}

function dedupe<T extends { point: PlannedPoint }>(xs: T[]): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => !seen.has(x.point.text) && !!seen.add(x.point.text));
}

function cap(s: string): string {
  return s.length <= MAX_NOTES ? s : `${s.slice(0, MAX_NOTES - 1)}…`;
}

export type { Heading };

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
