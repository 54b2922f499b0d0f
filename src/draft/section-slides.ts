/**
 * What a section could show, most important first: its topics as points (its parts' headings,
 * else the paragraphs' lead phrases), its key figures by topic on numbers slides, figures that
 * share their relations as tables; each with the report's words as its notes. plan.ts takes as
 * many as the deck has room for.
 */
import type { ReportAnalysis, ReportFigure } from '../report/analyse.js';
import { scanFigures } from '../report/figures.js';
import { APPENDIX } from '../report/headings.js';
import type { Segment } from '../report/text.js';
import { cardable, cardOf, heavy, weight } from './cards.js';
import { groupFigures, type FigureGroup } from './groups.js';
import { isFiller, leadsOf, sentencesOf, shorten, type PlannedPoint } from './leads.js';
import { balanced, cap, FIGURES_PER_SLIDE, POINTS_PER_SLIDE, ROWS_PER_TABLE, type PlannedSlide, type PlanWords, type TableCell } from './model.js';
import { reportTables } from './report-tables.js';
import type { DraftSection } from './structure.js';
import { columnName, tableOf } from './tables.js';
import { partTitle, shortName } from './titles.js';

export interface Candidate {
  slide: PlannedSlide;
  /** Where in the report it starts: slides keep the report's order. */
  at: number;
  /** How much it matters: a section shows its highest first. */
  rank: number;
}

export function candidatesOf(a: ReportAnalysis, s: DraftSection, heading: { title: string; subtitle?: string }, words: PlanWords, closingPara: Segment | undefined): Candidate[] {
  const text = a.text;
  const name = shortName(heading.title);
  const out: Candidate[] = [];
  const paras = s.parts.flatMap((p) => p.paras).filter((p) => p !== closingPara);
  const notesOf = (ps: readonly Segment[]) => cap(ps.map((p) => p.text.replace(/\*\*/g, '')).join('\n'));
  const sentencesNotes = (fs: readonly ReportFigure[]) => cap([...new Set(fs.map((f) => sentenceAround(a, f)))].join('\n'));
  // 1. what the section is about: its parts' headings, else its paragraphs' lead phrases
  const pointTopics = topicsOf(s, paras);
  // one topic is no list: it stands under the section's title on its divider (a sentence cut short, nowhere)
  if (pointTopics.length === 1 && (!pointTopics[0]!.point.cut || heading.subtitle)) {
    if (!heading.subtitle) heading.subtitle = pointTopics[0]!.point.text;
    pointTopics.length = 0;
  } else if (pointTopics.length === 1) pointTopics.length = 0;
  // the topics open the section; two of them (its sub-headings only) weigh less than its figures
  for (let i = 0; i < pointTopics.length && i < 2 * POINTS_PER_SLIDE; i += POINTS_PER_SLIDE) {
    const chunk = pointTopics.slice(i, i + POINTS_PER_SLIDE);
    const title = i === 0 ? (heading.subtitle ?? words.points(name)) : words.points(name);
    // the section's topics open it; a second slide of them stays where its first topic is
    out.push({ slide: { type: 'points', title, points: chunk.map((t) => t.point), notes: i === 0 ? notesOf(paras) : '' }, at: i === 0 ? -Infinity : chunk[0]!.at - 0.5, rank: i > 0 ? 20 : chunk.length >= 3 ? 1000 : 5 });
  }
  // 2. its figures: the report's own tables as they are
  const inTables = new Set<ReportFigure>();
  for (const p of s.parts) {
    for (const t of reportTables(a, p.paras, p.figures, words)) {
      t.covers.forEach((f) => inTables.add(f));
      for (let i = 0; i < t.rows.length; i += ROWS_PER_TABLE) {
        const rows = t.rows.slice(i, i + ROWS_PER_TABLE);
        out.push({
          slide: { type: 'table', title: partTitle(p) ?? words.table(name), columns: t.columns, rows, notes: cap(t.lines.join('\n')) },
          at: t.start + i,
          // the author's own summary: as much as any table of the prose
          rank: 100 + 10 * rows.filter((r) => r.some((c) => typeof c !== 'string')).length,
        });
      }
    }
  }
  // then groups with shared relations as tables, the rest on cards, the most important first
  const groups = s.parts.flatMap((p) => {
    const byPara = new Map<number, ReportFigure[]>();
    for (const f of p.figures) {
      if (inTables.has(f)) continue;
      const list = byPara.get(f.at);
      if (list) list.push(f);
      else byPara.set(f.at, [f]);
    }
    return [...byPara.values()].map((fs) => ({ part: p, groups: groupFigures(text, fs) }));
  });
  // each paragraph's lead phrase, found once
  const leadOf = new Map<Segment, string | undefined>();
  const afterLead = new Map<Segment, boolean>();
  let seen = false;
  for (const p of paras) {
    const l = leadsOf(p.text)[0]?.text;
    leadOf.set(p, l);
    afterLead.set(p, seen);
    seen ||= l !== undefined;
  }
  const leadOfPara = (f: ReportFigure) => {
    const para = a.units[f.at]?.para;
    if (!para) return undefined;
    return leadOf.has(para) ? leadOf.get(para) : leadsOf(para.text)[0]?.text;
  };
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
      out.push({
        slide: { type: 'table', title: partTitle(part) ?? leadOfPara(rows[0]!.head) ?? words.table(name), columns: [words.indicator, words.value, ...t.relations], rows: cells, notes: sentencesNotes(rows.map((g) => g.head)) },
        at: rows[0]!.head.start,
        rank: 100 + Math.max(...rows.map((g) => weight(g, true))) + rows.length,
      });
    }
  }
  // cards by topic: a part with a heading, a paragraph with a lead phrase (一是…), else the section's overview
  const topics = new Map<unknown, { title: string; at: number; overview: boolean; cards: { g: FigureGroup; w: number }[] }>();
  for (const { part, groups: gs } of groups) {
    gs.forEach((g, i) => {
      if (tabled.has(g) || !cardable(g)) return;
      const para = a.units[g.head.at]?.para;
      const lead = para ? leadOf.get(para) : undefined;
      // a paragraph without a lead phrase: the section's overview before the first one, else a topic of its own
      const afterLeads = !!para && afterLead.get(para) === true;
      // (a paragraph that is its lead and nothing else, ——预计地区生产总值增长11%左右；, is no topic of its own)
      const alone = !!para && !!lead && para.text.replace(/\*\*/g, '').replace(/^[—–\s]+/, '').replace(/[。；;！!？?\s]+$/, '').length <= lead.length + 2;
      const key = part.heading ? part : para && (lead || afterLeads) && !alone ? para : 'overview';
      const title = partTitle(part) ?? lead ?? (afterLeads && para ? shorten(sentencesOf(para.text.replace(/\*\*/g, ''))[0] ?? '').text : '') ?? '';
      const t = topics.get(key) ?? { title: (key === 'overview' && !part.heading ? '' : title) || words.figures(name), at: g.head.start, overview: key === 'overview', cards: [] };
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
  // an appendix's label (附件1, 名词解释) is no topic
  const headed = s.parts.filter((p) => p.heading && !APPENDIX.test(p.heading.title.trim()));
  if (headed.length >= 2) return dedupe(headed.map((p) => ({ point: shorten(p.heading!.title), at: p.heading!.start })));
  const leads = paras.filter((p) => !isFiller(p.text)).map((p) => ({ p, leads: leadsOf(p.text) }));
  const ordinal = leads.filter((x) => x.leads.length && /(?:^|[。；;！？!?])\s*[一二三四五六七八九十]+(?:是|要|方面)/.test(x.p.text.replace(/\*\*/g, '')));
  const chosen = ordinal.length >= 2 ? ordinal : leads;
  const out: { point: PlannedPoint; at: number }[] = [];
  for (const { p, leads: ls } of chosen) {
    // a lead that states a figure goes on a card, not among the points
    if (ls.length) for (const l of ls) if (!scanFigures(l.text).length) out.push({ point: l, at: p.start });
    else if (!p.row && !p.list && p.text.length > 20) {
      // a statement the paragraph makes without a figure (the figures are on cards)
      const plain = sentencesOf(p.text.replace(/\*\*/g, '')).find((x) => !/\d/.test(x) && !isFiller(x));
      if (plain) out.push({ point: shorten(plain), at: p.start });
    }
  }
  return dedupe(out).filter((t) => t.point.text.length >= 4);
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

