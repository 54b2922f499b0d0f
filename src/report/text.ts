/**
 * A report's text as segments: what a reader would take for one paragraph, heading or line
 * each, with its place in the text (offsets, so that every later message can give FILE:LINE:COLUMN).
 * A line is one segment, except where it holds several: a heading set off by a run of spaces,
 * headings inside a one-line body (… 一、完成情况 (一)全镇主要经济指标完成情况 预计…), or a heading
 * right after a sentence's end or a colon (…。一、高考再次取得优异成绩。…). Markdown marks are read and
 * taken off: `#` headings (Word heading styles and large PDF lines arrive the same way, from
 * report/read.ts), `>` quotes, list items, table rows; a rule (---) is no segment.
 */

export interface Segment {
  /** [start, end) of the segment's text in the report, marks and outer spaces excluded. */
  start: number;
  end: number;
  text: string;
  /** 1-based number of the line it is on. */
  line: number;
  /** A Markdown heading's level (`##` → 2), or a Word heading style's / a large PDF line's. */
  mark?: number;
  /** A Markdown list item (- x, * x, + x) or quote (> x). */
  list?: true;
  quote?: true;
  /** A Markdown table row (its cells are one clause each). */
  row?: true;
  /** Not the whole of its line: split off at spaces or after a sentence. */
  inline?: true;
}

/** A heading's number at the start of a text: 一、 （一） (一) 第一部分; arabic ones only at a line's start. */
export const CN_MARKER = /^(?:第[一二三四五六七八九十百]+(?:部分|章|篇|节)|[一二三四五六七八九十百]+[、．]|[（(][一二三四五六七八九十百]+[）)])/;
const SPACE = /[ \t\u3000\u00a0]/;

export function segmentsOf(text: string): Segment[] {
  const out: Segment[] = [];
  let line = 0;
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    line++;
    readLine(text, start, end, line, out);
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

function readLine(text: string, from: number, to: number, line: number, out: Segment[]): void {
  let s = from;
  let e = to;
  while (s < e && SPACE.test(text[s]!)) s++;
  while (e > s && (SPACE.test(text[e - 1]!) || text[e - 1] === '\r')) e--;
  if (s >= e) return;
  const raw = text.slice(s, e);
  if (/^(?:-{3,}|\*{3,}|_{3,}|={3,})$/.test(raw)) return; // a rule
  const seg: Omit<Segment, 'start' | 'end' | 'text'> = { line };
  let m: RegExpExecArray | null;
  if ((m = /^(#{1,6})\s+/.exec(raw))) {
    seg.mark = m[1]!.length;
    s += m[0].length;
  } else if ((m = /^>\s?/.exec(raw))) {
    seg.quote = true;
    s += m[0].length;
  } else if ((m = /^[-*+]\s+/.exec(raw))) {
    seg.list = true;
    s += m[0].length;
  } else if (raw.startsWith('|')) {
    if (/^\|[\s:|-]+\|?$/.test(raw)) return; // a table's rule row
    seg.row = true;
  }
  // a Markdown heading's closing marks (## 一、总体情况 ##)
  if (seg.mark) while (e > s && (text[e - 1] === '#' || SPACE.test(text[e - 1]!))) e--;
  if (s >= e) return;
  if (seg.mark || seg.row) {
    out.push({ start: s, end: e, text: text.slice(s, e), ...seg });
    return;
  }
  const cuts = cutsOf(text, s, e);
  let at = s;
  for (const c of [...cuts, e]) {
    let a = at;
    let b = c;
    while (a < b && SPACE.test(text[a]!)) a++;
    while (b > a && SPACE.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b, text: text.slice(a, b), ...seg, ...(cuts.length ? { inline: true as const } : {}) });
    at = c;
  }
}

/**
 * Where a line holds more than one segment: at a run of two or more spaces, at a space before a
 * heading's number, and between a sentence's end and a heading's number.
 */
function cutsOf(text: string, s: number, e: number): number[] {
  const cuts: number[] = [];
  for (let i = s + 1; i < e; i++) {
    const c = text[i]!;
    if (SPACE.test(c)) {
      let j = i;
      while (j < e && SPACE.test(text[j]!)) j++;
      const rest = text.slice(j, Math.min(e, j + 12));
      if (j - i >= 2 || CN_MARKER.test(rest)) cuts.push(j);
      i = j - 1;
    } else if (/[。！？!?：:]/.test(c) && CN_MARKER.test(text.slice(i + 1, Math.min(e, i + 13)))) {
      cuts.push(i + 1);
    }
  }
  return cuts;
}

/**
 * Characters an outline cannot hold (control characters, lone surrogates, non-characters: they
 * come from copying out of a PDF), each replaced by a space so that every offset stays where it
 * was; `check` leaves them out when it compares quotes (outline/sources.ts).
 */
export const UNSHOWABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function showable(text: string): string {
  return text.replace(UNSHOWABLE, ' ');
}
