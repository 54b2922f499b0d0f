/**
 * A PDF has lines, not paragraphs: a paragraph wrapped across lines is joined again. A line
 * continues into the next when it runs to the right margin and the next is not indented; a
 * short line, an indented one or a gap ends the paragraph, and so does a change of size (a
 * heading does not run on into the body) or, in a body not set bold, a line with no bold
 * character before one set all bold. Chinese lines join without a space.
 *
 * A heading is marked as Markdown marks it (`## 二、收入情况`): a short paragraph (at most
 * HEADING_MAX characters) set clearly larger than the body (the size most characters are set
 * in), or, when the body is not bold, set in a bold face; not a running head (the same text at
 * the same height on more than one page). Levels follow the sizes, largest first (1); bold
 * headings at the body's size come after the larger ones.
 */
export interface PdfLine {
  page: number;
  /** Left edge, baseline and right edge, in PDF units. */
  x: number;
  y: number;
  end: number;
  /** The size of the line's first piece of text. */
  size: number;
  text: string;
  /** The size most of the line's characters are set in (when not given: `size`). */
  textSize?: number;
  /** How many of the line's characters (spaces aside) are set in a bold face (when not given: none). */
  bold?: number;
}

/** A heading is short: a title or a section's name, not a paragraph. */
export const HEADING_MAX = 60;
/** Clearly larger than the body: by a tenth at least (五号 10.5 pt body, 小四 12 pt headings). */
const LARGER = 1.1;
/** A paragraph is set bold when this share of its characters is. */
const BOLD_SHARE = 0.8;

/** Characters that count, spaces aside. */
const count = (text: string) => [...text.replace(/\s+/g, '')].length;
const sizeOf = (l: PdfLine) => l.textSize ?? l.size;
const round = (size: number) => Math.round(size * 2) / 2;
const allBold = (l: PdfLine) => (l.bold ?? 0) >= count(l.text) * BOLD_SHARE;

export function joinPdfLines(lines: readonly PdfLine[]): string {
  const kept = lines.filter((l) => l.text.trim() !== '');
  if (kept.length === 0) return '';
  // the text block's edges: the most common left edge and the right margin
  const left = mode(kept.map((l) => Math.round(l.x)));
  const right = kept.reduce((m, l) => Math.max(m, l.end), -Infinity);
  const body = bodyStyle(kept);
  const largest = kept.reduce((m, l) => Math.max(m, round(sizeOf(l))), -Infinity);
  const paragraphs: { text: string; lines: PdfLine[] }[] = [];
  let para = '';
  let members: PdfLine[] = [];
  for (let i = 0; i < kept.length; i++) {
    const l = kept[i]!;
    const text = l.text.trim();
    para = para === '' ? text : para + (needsSpace(para, text) ? ' ' : '') + text;
    members.push(l);
    const next = kept[i + 1];
    const full = right - l.end < l.size * 1.5;
    const nextIndented = next !== undefined && next.x - left > next.size * 0.8;
    const gap = next !== undefined && next.page === l.page && l.y - next.y > Math.max(l.size, next.size) * 1.9;
    const resized = next !== undefined && !sameSize(sizeOf(l), sizeOf(next));
    const toBold = next !== undefined && !body.bold && (l.bold ?? 0) === 0 && allBold(next);
    // the title, set larger than anything else, wrapped (centred on two lines) is one line
    const titleRunsOn =
      next !== undefined && largest >= body.size * LARGER && round(sizeOf(l)) === largest && round(sizeOf(next)) === largest && next.page === l.page && !gap && count(para + next.text) <= HEADING_MAX && !NUMBERED.test(next.text.trim());
    // a full line runs on, onto the next page too
    if (!next || ((!full || nextIndented || gap || resized || toBold) && !titleRunsOn)) {
      paragraphs.push({ text: para, lines: members });
      para = '';
      members = [];
    }
  }
  return markHeadings(paragraphs, body).join('\n');
}

/** A heading's own number: 一、 （一） 1. 1.1 第一部分 … (the next heading, not this one's second line). */
const NUMBERED = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+(?:\.\d+)*[、.．\s]|第[一二三四五六七八九十\d]+[章节部分篇])/;

function sameSize(a: number, b: number): boolean {
  return Math.max(a, b) < Math.min(a, b) * LARGER;
}

/** The body's size (the one most characters are set in; the smaller when tied) and whether it is set bold. */
function bodyStyle(lines: readonly PdfLine[]): { size: number; bold: boolean } {
  const bySize = new Map<number, number>();
  let chars = 0;
  let bold = 0;
  for (const l of lines) {
    const n = count(l.text);
    bySize.set(round(sizeOf(l)), (bySize.get(round(sizeOf(l))) ?? 0) + n);
    chars += n;
    bold += l.bold ?? 0;
  }
  const size = [...bySize.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
  return { size, bold: bold > chars / 2 };
}

/** Each paragraph a line; a heading's starts with its mark. */
function markHeadings(paragraphs: readonly { text: string; lines: PdfLine[] }[], body: { size: number; bold: boolean }): string[] {
  // page furniture: the same text at the same height on more than one page (a running head)
  const pagesAt = new Map<string, Set<number>>();
  const at = ({ text, lines }: { text: string; lines: PdfLine[] }) => `${Math.round(lines[0]!.y)} ${text}`;
  for (const p of paragraphs) pagesAt.set(at(p), (pagesAt.get(at(p)) ?? new Set()).add(p.lines[0]!.page));
  const kinds = paragraphs.map((p) => {
    const { text, lines } = p;
    const chars = count(text);
    if (chars === 0 || chars > HEADING_MAX || !/[\p{L}\p{N}]/u.test(text) || pagesAt.get(at(p))!.size > 1) return undefined;
    // the size most of its characters are set in
    const bySize = new Map<number, number>();
    for (const l of lines) bySize.set(round(sizeOf(l)), (bySize.get(round(sizeOf(l))) ?? 0) + count(l.text));
    const size = [...bySize.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
    if (size >= body.size * LARGER) return size;
    const bold = lines.reduce((n, l) => n + (l.bold ?? 0), 0);
    return !body.bold && bold >= chars * BOLD_SHARE ? 'bold' : undefined;
  });
  const sizes = [...new Set(kinds.filter((k): k is number => typeof k === 'number'))].sort((a, b) => b - a);
  return paragraphs.map(({ text }, i) => {
    const kind = kinds[i];
    if (kind === undefined) return text;
    const level = Math.min(6, kind === 'bold' ? sizes.length + 1 : sizes.indexOf(kind) + 1);
    return `${'#'.repeat(level)} ${text}`;
  });
}

function mode(xs: number[]): number {
  const count = new Map<number, number>();
  for (const x of xs) count.set(x, (count.get(x) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

/** Latin words broken at a line end get their space back; Chinese does not use one. */
function needsSpace(before: string, after: string): boolean {
  return /[A-Za-z][,.;:!?]?$/.test(before) && /^[A-Za-z]/.test(after);
}
