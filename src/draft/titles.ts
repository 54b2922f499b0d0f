/**
 * Titles from the report's headings: a section's title and subtitle (the halves of a headline),
 * a part's heading as a slide's title, a section's name short enough to head its slides' titles.
 */
import type { DraftSection, Part } from './structure.js';

/** A section's name short enough to head its slides' titles: 14 characters, else its first phrase (“十四五”时期发展成就和… → “十四五”时期发展成就), else none. */
export function shortName(name: string): string {
  if (name.length <= 14) return name;
  const first = name.split(/[，,、；]|和|与|及/)[0]!;
  return first.length >= 4 && first.length <= 14 ? first : '';
}

export function sectionTitle(s: DraftSection): { title: string; subtitle?: string } {
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

/** A part's heading as a slide's title: whole when it is short enough, else its first half (深入落实城市总体规划). */
export function partTitle(p: Part): string | undefined {
  if (!p.heading) return undefined;
  const t = p.heading.title.replace(/\s+\?$/, '').replace(/[。；;]$/, '');
  return t.length <= 24 ? t : titleOf(t).title;
}

