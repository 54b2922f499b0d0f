/**
 * The deck's sections from the report's headings: the outermost level with more than one heading
 * (a single 一、 with （一）（二） under it gives those), the levels below becoming the sections'
 * parts. An unnumbered part as large as a section is one (“十四五”时期发展成就和2025年工作回顾);
 * a small one (概述, 关键数据汇总) joins the section beside it; what a parent heading says
 * before its first child opens that child. Too many top headings for a briefing (more than 8):
 * no sections, the headings become the slides' parts.
 */
import type { ReportAnalysis, ReportFigure } from '../report/analyse.js';
import type { Heading } from '../report/headings.js';
import type { Segment } from '../report/text.js';

/** A run of the report under one heading (or none): its paragraphs and figures. */
export interface Part {
  heading?: Heading;
  paras: Segment[];
  figures: ReportFigure[];
  /** Headings below the part's own, in order (their words are the part's topics). */
  subheadings: Heading[];
}

export interface DraftSection {
  heading?: Heading;
  /** The section's parts: what its heading says before its first sub-heading, then one per sub-heading. */
  parts: Part[];
}

export interface Structure {
  /** Before the first section: the report's opening (各位代表：现在，我代表…). */
  intro: Part;
  sections: DraftSection[];
  /** false: the deck has no sections (no headings, or too many for a briefing). */
  sectioned: boolean;
}

const MAX_SECTIONS = 8;

export function structureOf(a: ReportAnalysis): Structure {
  const heads = a.units.flatMap((u) => (u.heading ? [u.heading] : []));
  const levels = [...new Set(heads.filter((h) => h.level >= 1).map((h) => h.level))].sort((x, y) => x - y);
  // where a level has numbered headings, its unnumbered ones (## 概述, ## 关键数据汇总) are parts, not sections
  const numbered = (h: Heading) => h.kind !== 'marked' && h.kind !== 'plain';
  const numberedAt = new Set(heads.filter(numbered).map((h) => h.level));
  const opens = (h: Heading, l: number) => h.level === l && (numbered(h) || !numberedAt.has(l));
  const count = (l: number) => heads.filter((h) => opens(h, l)).length;
  const level = sectionLevel(levels, count);
  // figures by unit, so that a part takes its figures with its paragraphs
  const byUnit = new Map<number, ReportFigure[]>();
  for (const f of a.figures) {
    const list = byUnit.get(f.at);
    if (list) list.push(f);
    else byUnit.set(f.at, [f]);
  }
  const part = (heading?: Heading): Part => ({ ...(heading ? { heading } : {}), paras: [], figures: [], subheadings: [] });
  const intro = part();
  if (level === undefined) {
    // no sections: every heading opens a part of one flat deck
    const parts: Part[] = [];
    let cur = intro;
    a.units.forEach((u, i) => {
      if (u.heading) parts.push((cur = part(u.heading)));
      else cur.paras.push(u.para);
      cur.figures.push(...(byUnit.get(i) ?? []));
    });
    // a report without headings: its words are the deck's one run of slides
    if (!parts.length) return { intro: part(), sections: intro.paras.length || intro.figures.length ? [{ parts: [intro] }] : [], sectioned: false };
    return { intro, sections: [{ parts }], sectioned: false };
  }
  // walk the body: sections open at `level`; above it, parts wait for the section they open
  const sections: DraftSection[] = [];
  /** Each section's parts that came before its heading (a parent's words, unnumbered parts), and which of them is its parent. */
  const leads = new Map<DraftSection, { parts: Part[]; parent?: Part }>();
  let pending: Part[] = [];
  let cur: Part = intro;
  let inSection = false;
  a.units.forEach((u, i) => {
    const h = u.heading;
    if (h && opens(h, level)) {
      const s: DraftSection = { heading: h, parts: [] };
      const before = pending.filter((p) => p.paras.length || p.figures.length);
      // the last unnumbered or parent heading before a section is that section's parent, not a section
      leads.set(s, { parts: before, ...(pending.length ? { parent: pending[pending.length - 1] } : {}) });
      pending = [];
      cur = part();
      s.parts.push(cur);
      sections.push(s);
      inSection = true;
    } else if (h && h.appendix && h.kind !== 'plain') {
      // an appendix's numbered items are topics of its part (2026年十件民生实事: 一、… 十、…)
      cur.subheadings.push(h);
    } else if (h && h.level <= level) {
      cur = part(h);
      pending.push(cur);
      inSection = false;
    } else if (h && inSection) {
      // below the section's level: a new part at the first level below, a topic of the current one deeper
      const sec = sections[sections.length - 1]!;
      if (h.level === level + 1) {
        cur = part(h);
        sec.parts.push(cur);
      } else cur.subheadings.push(h);
    } else if (h) {
      cur.subheadings.push(h);
    } else {
      cur.paras.push(u.para);
    }
    cur.figures.push(...(byUnit.get(i) ?? []));
  });
  // an unnumbered part with no section under it is a section of its own when it is as large as one; else it joins the next (or last) section
  const size = (p: Part) => p.paras.reduce((n, s) => n + s.text.length, 0);
  const average = sections.length ? sections.reduce((n, s) => n + s.parts.reduce((m, p) => m + size(p), 0), 0) / sections.length : 0;
  const big = (p: Part) => !!p.heading && !numbered(p.heading) && size(p) >= average;
  const out: DraftSection[] = [];
  for (const s of sections) {
    const lead = leads.get(s)!;
    const joined: Part[] = [];
    for (const p of lead.parts) {
      if (p !== lead.parent && big(p)) out.push({ heading: p.heading!, parts: [stripHeading(p)] });
      else joined.push(p);
    }
    s.parts.unshift(...joined);
    out.push(s);
  }
  for (const p of pending.filter((x) => x.paras.length || x.figures.length)) {
    if (big(p) || !out.length) out.push({ ...(p.heading ? { heading: p.heading } : {}), parts: [stripHeading(p)] });
    else out[out.length - 1]!.parts.push(p);
  }
  // a part without words of its own (a heading right before its first sub-heading) is no part
  for (const s of out) s.parts = s.parts.filter((p) => p.paras.length || p.figures.length || s.parts.length === 1);
  // an opening that states figures (今年上半年，我镇完成财政总收入1545万元…) opens the first section: its figures are the deck's
  if (intro.figures.length && out[0]) {
    out[0].parts.unshift(intro);
    return { intro: part(), sections: out, sectioned: true };
  }
  return { intro, sections: out, sectioned: true };
}

/**
 * The level that opens sections: go down a level only while the one above is a single heading
 * (one 一、 over its （一）（二）); a level of 7–8 headings stays the sections, more is no sections.
 */
function sectionLevel(levels: number[], count: (level: number) => number): number | undefined {
  for (const l of levels) {
    const n = count(l);
    if (n <= 1) continue;
    return n <= MAX_SECTIONS ? l : undefined;
  }
  return levels.length ? levels[0] : undefined;
}

function stripHeading(p: Part): Part {
  const { heading: _, ...rest } = p;
  return rest;
}
