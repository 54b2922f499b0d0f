/**
 * A report's sections: numbered headings (一、 第一部分), else short heading lines, including
 * headline sentences such as 「同轴运转,以“党建联抓”强化工作合力」. Sub-headings ((一) 1.) and
 * a paragraph's lead-in (「聚焦思想武装,筑牢信仰之基。」) become the section's points.
 */

export interface Section {
  /** The heading as the report writes it. */
  heading: string;
  title: string;
  subtitle?: string;
  paragraphs: string[];
}

const NUMBERED = /^(?:[一二三四五六七八九十]+[、．.]|第[一二三四五六七八九十]+(?:部分|章|节)[、：:\s]?)\s*/;
const SUB_NUMBERED = /^(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、](?!\d))\s*/;
/** A heading line: short, no sentence end, not a list of figures. */
export function isHeadingLine(p: string): boolean {
  return p.length <= 32 && !/[。！？；;!?：:]$/.test(p) && !/\d{3,}/.test(p);
}

export function findSections(paragraphs: readonly string[]): { intro: string[]; sections: Section[] } {
  const numbered = paragraphs.filter((p) => NUMBERED.test(p) && p.length <= 40);
  const isHead = numbered.length >= 2 ? (p: string) => NUMBERED.test(p) && p.length <= 40 : (p: string) => isHeadingLine(p) && !SUB_NUMBERED.test(p);
  const intro: string[] = [];
  const sections: Section[] = [];
  for (const p of paragraphs) {
    if (isHead(p)) sections.push({ heading: p, ...titleOf(p.replace(NUMBERED, '')), paragraphs: [] });
    else if (sections.length === 0) intro.push(p);
    else sections[sections.length - 1]!.paragraphs.push(p);
  }
  return { intro, sections };
}

/**
 * A section's title and subtitle from its heading: 「同轴运转,以“党建联抓”强化工作合力」 →
 * 同轴运转·党建联抓 and 以“党建联抓”强化工作合力; 「A，B」 with short halves → A and B.
 */
export function titleOf(heading: string): { title: string; subtitle?: string } {
  const h = heading.trim();
  const quoted = /^(.{2,8})[,，]\s*(以“(.{2,8})”.+)$/.exec(h);
  if (quoted) return { title: `${quoted[1]}·${quoted[3]}`, subtitle: quoted[2]! };
  const halves = /^(.{2,16})[,，]\s*(.{2,16})$/.exec(h);
  if (halves) return { title: halves[1]!, subtitle: halves[2]! };
  return { title: h };
}

/** The sentences of a paragraph, each with its end mark. */
export function sentencesOf(p: string): string[] {
  return p.match(/[^。！？；;!?]+[。！？；;!?]?/g)?.map((s) => s.trim()).filter((s) => s !== '') ?? [];
}

/** A paragraph's lead-in: a short first sentence that names its topic (聚焦思想武装,筑牢信仰之基。), or a sub-heading. */
export function leadOf(p: string): string | undefined {
  if (SUB_NUMBERED.test(p) && isHeadingLine(p)) return p.replace(SUB_NUMBERED, '');
  const first = sentencesOf(p)[0];
  if (!first || first.length === p.length) return undefined;
  // （一）办学条件持续改善。… : the sub-heading without its number
  const bare = first.replace(/[。！？；;!?]$/, '').replace(SUB_NUMBERED, '');
  return bare.length <= 20 && !/\d/.test(bare) ? bare : undefined;
}
