/**
 * A report's headings, at every level and in every common form: numbered (第一部分, 一、, （一）,
 * 1. on its own line, (1)), on their own line or run into their paragraph (（一）促进消费投资良性互动，
 * 主动服务融入新发展格局。突出内需主导…), inside a one-line body, marked as headings (Markdown `#`,
 * Word heading styles, large PDF lines: report/read.ts gives them as `#`), and unnumbered ones
 * standing alone between paragraphs (“十四五”时期发展成就和2025年工作回顾). Numbers inside a heading
 * are fine (一、2025年上半年工作总结). Not headings: 一是/二是 openers, ——dash leads, bold lead
 * sentences, numbered list items (a number before a long sentence, or out of sequence).
 */
import { SALUTATION } from './article.js';
import { CN_MARKER, type Segment } from './text.js';

export type NumberKind = 'part' | 'cn' | 'pcn' | 'ar' | 'par';
/** The usual order of Chinese heading numbers, outermost first. */
const RANK: readonly NumberKind[] = ['part', 'cn', 'pcn', 'ar', 'par'];

export interface Heading {
  /** [start, end) of the heading in the report: its number and words, without the paragraph run in after it. */
  start: number;
  end: number;
  /** As written: （一）促进消费投资良性互动，主动服务融入新发展格局. */
  text: string;
  /** Without its number: 促进消费投资良性互动，主动服务融入新发展格局. */
  title: string;
  kind: NumberKind | 'marked' | 'plain';
  /** Its number (1 for 一、 and （一）), when numbered. */
  n?: number;
  /** 1 is the outermost level the report uses; unnumbered headings between paragraphs are 0 when numbered ones exist. */
  level: number;
  /** In an appendix (附件, 名词解释 and what follows): not part of the report's outline. */
  appendix?: true;
}

/** Where a report's appendices begin: 附件, 附件1, 附表, 附录, 名词解释. */
export const APPENDIX = /^(?:附件|附表|附录)\s*\d*\s*[:：]?$|^名词解释$/;

/** The body as it reads: headings and paragraphs in order. */
export type Unit = { heading: Heading; para?: undefined } | { para: Segment; heading?: undefined };

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 一 → 1, 十二 → 12, 二十三 → 23. */
export function chineseNumber(s: string): number | undefined {
  if (!/^[一二三四五六七八九十百]+$/.test(s)) return undefined;
  if (s === '十') return 10;
  const m = /^(?:([一二三四五六七八九])?十)?([一二三四五六七八九])?$/.exec(s);
  if (!m) return undefined;
  return (s.includes('十') ? (m[1] ? CN_DIGITS[m[1]]! : 1) * 10 : 0) + (m[2] ? CN_DIGITS[m[2]]! : 0);
}

const NUMBER = /^(?:第([一二三四五六七八九十百]+)(?:部分|章|篇|节)[、：:\s]?|([一二三四五六七八九十百]+)[、．]|[（(]([一二三四五六七八九十百]+)[）)]|(\d{1,2})[.．、](?!\d)|[（(](\d{1,2})[）)])\s*/;

function numberOf(text: string): { kind: NumberKind; n: number; length: number } | undefined {
  const m = NUMBER.exec(text);
  if (!m) return undefined;
  const [kind, n] = m[1] ? ['part', chineseNumber(m[1])] : m[2] ? ['cn', chineseNumber(m[2])] : m[3] ? ['pcn', chineseNumber(m[3])] : m[4] ? ['ar', Number(m[4])] : ['par', Number(m[5])];
  return n === undefined ? undefined : { kind: kind as NumberKind, n, length: m[0].length };
}

/** Words a heading says: two letters or digits at least, besides its number and marks (not 一、** or （二），). */
function hasWords(t: string): boolean {
  return (t.replace(/\*\*/g, '').replace(NUMBER, '').match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 2;
}

/** A heading's words are short: a clause or two, not a sentence with figures and lists; one on its own line may be longer (an official heading of 50 characters). */
const MAX_HEADING = 40;
const MAX_OWN_LINE_HEADING = 64;

/**
 * Where the heading of a segment that starts with a number ends: at its 。 when run into its
 * paragraph, at a space inside a one-line body, else at the segment's end. Undefined when what
 * follows the number is no heading (a long sentence, a list item ending in ；).
 */
function headingEnd(s: Segment, numberLength: number): number | undefined {
  const t = s.text;
  let end = t.length;
  // a line that is the heading and nothing else (ending with its 。 or without one) may be long
  const ownLine = !s.inline && /^[^。！？!?]*[。！？!?]?\s*\??$/.test(t.slice(numberLength));
  const max = ownLine ? MAX_OWN_LINE_HEADING : MAX_HEADING;
  for (let i = numberLength; i < t.length; i++) {
    const c = t[i]!;
    if (/[。！？!?]/.test(c)) {
      // a PDF's stray " ?" at a line's end belongs to the heading as written
      end = c === '?' && t[i - 1] === ' ' && t.slice(i + 1).trim() === '' ? t.length : i;
      break;
    }
    if (/[；;]/.test(c)) return undefined;
    if (/[ \t\u3000]/.test(c) && s.inline) {
      end = i;
      break;
    }
    if (i - numberLength > max) return undefined;
  }
  const words = t.slice(numberLength, end).trim();
  if (!hasWords(words) || words.length > max || /[：:]$/.test(words)) return undefined;
  // a run-in heading is a phrase, the paragraph's topic: a number list is no heading (1.实现城镇新增就业18万人以上)
  if (end < t.length && /\d+(?:\.\d+)?\s*(?:%|万|亿|个|人|户|元)/.test(words) && words.length > 16) return undefined;
  return end;
}

/** A line that stands alone between paragraphs as a heading without a number. */
function isPlainHeading(s: Segment, prev: Segment | undefined, next: Segment | undefined, afterHeading: boolean): boolean {
  const t = s.text.replace(/\*\*/g, '');
  if (s.list || s.row || s.quote || t.length < 2 || t.length > 30) return false;
  // a headline may have one comma (同轴运转,以“党建联抓”强化工作合力); a sentence ends with its mark
  if (/[。！？；;!?，,、：:]$/.test(t) || /[。；]/.test(t) || (t.match(/[，,]/g)?.length ?? 0) > 1 || SALUTATION.test(t)) return false;
  if (/[，,]/.test(t) && t.length > 24) return false;
  // a sentence broken over lines (“十五五”时期经济社会发展的 / 主要目标 / 是：…) is no heading
  if (/[的和与及是之在对把将为]$/.test(t) || (next && /^[是，,、：:的了]/.test(next.text)) || (prev && !/[。！？!?：:；;）)”"]$/.test(prev.text) && prev.text.length > 30 && !CN_MARKER.test(prev.text))) return false;
  // words, not a number alone ((一), 一、一、)
  if (!hasWords(t) || numberOf(t)) return false;
  // between paragraphs: after one (or at the start) and before one or a numbered heading
  const paraLike = (x: Segment | undefined) => !!x && !x.list && !x.row && x.text.length > 40;
  const sentence = (x: Segment | undefined) => !!x && !x.list && !x.row && /[。！？!?；;]$/.test(x.text);
  return (prev === undefined || afterHeading || paraLike(prev) || /[。！？]$/.test(prev.text)) && (paraLike(next) || sentence(next) || (!!next && CN_MARKER.test(next.text)) || (!!next && next.text.length <= 30 && !/[。，]/.test(next.text)));
}

/**
 * The body's headings and paragraphs. `marked`: the report marks its headings (Markdown, Word,
 * PDF): then only marked lines are headings, and numbered lines under them are list items.
 */
export function readHeadings(body: readonly Segment[]): Unit[] {
  const marked = body.filter((s) => s.mark !== undefined).length >= 2;
  const units: Unit[] = [];
  // numbered candidates: accepted when they continue their kind's sequence
  const expected = new Map<NumberKind, number>();
  let inAppendix = false;
  let firstAppendix = -1;
  for (let i = 0; i < body.length; i++) {
    const s = body[i]!;
    if (inAppendix && firstAppendix < 0) firstAppendix = units.length - 1;
    if (marked) {
      // a mark on a number alone (## 一、) heads nothing
      if (s.mark !== undefined && hasWords(s.text.slice(numberOf(s.text)?.length ?? 0))) {
        const num = numberOf(s.text);
        units.push({ heading: { start: s.start, end: s.end, text: s.text, title: s.text.slice(num?.length ?? 0).trim(), kind: num ? num.kind : 'marked', ...(num ? { n: num.n } : {}), level: s.mark } });
      } else units.push({ para: s });
      continue;
    }
    const num = s.list || s.row || s.quote ? undefined : numberOf(s.text);
    const end = num ? headingEnd(s, num.length) : undefined;
    if (num && end !== undefined && (num.kind !== 'ar' || !s.inline) && inSequence(num.kind, num.n, expected, !s.inline && end >= s.text.replace(/[。！？!?\s]+$/, '').length)) {
      expected.set(num.kind, num.n + 1);
      for (const k of RANK.slice(RANK.indexOf(num.kind) + 1)) expected.delete(k);
      const text = s.text.slice(0, end).trim();
      units.push({ heading: { start: s.start, end: s.start + text.length, text, title: text.slice(num.length).replace(/\s+\?$/, '').trim(), kind: num.kind, n: num.n, level: 0 } });
      let rest = end;
      while (rest < s.text.length && /[。！？!?\s]/.test(s.text[rest]!)) rest++;
      if (rest < s.text.length) units.push({ para: { ...s, start: s.start + rest, text: s.text.slice(rest), inline: true } });
      continue;
    }
    if (isPlainHeading(s, body[i - 1], body[i + 1], units.at(-1)?.heading !== undefined)) {
      // an appendix starts its own numbering (its 一、 is no sequel to the report's 三、)
      if (APPENDIX.test(s.text.replace(/\*\*/g, '').trim())) {
        inAppendix = true;
        expected.clear();
      }
      units.push({ heading: { start: s.start, end: s.end, text: s.text, title: s.text.replace(/\*\*/g, ''), kind: 'plain', level: 0 } });
      continue;
    }
    units.push({ para: s });
  }
  if (firstAppendix >= 0) for (const u of units.slice(firstAppendix)) if (u.heading) u.heading.appendix = true;
  assignLevels(units, marked);
  return units;
}

/** A number continues its kind's sequence (一 then 二), or starts it afresh (一, 1) under a new parent. */
function inSequence(kind: NumberKind, n: number, expected: Map<NumberKind, number>, ownLine: boolean): boolean {
  const want = expected.get(kind) ?? 1;
  // a heading on its own line may follow one the reading missed (（三） after （一）)
  return n === want || (ownLine && n === want + 1);
}

/** Levels: the kinds of number the report uses, outermost first, from 1; marked headings keep their marks' depth. */
function assignLevels(units: Unit[], marked: boolean): void {
  // an appendix's headings are its own: they set no level of the report's outline
  const all = units.flatMap((u) => (u.heading ? [u.heading] : []));
  for (const h of all) if (h.appendix) h.level = 0;
  const headings = all.filter((h) => !h.appendix);
  if (marked) {
    const top = headings.length ? Math.min(...headings.map((h) => h.level)) : 1;
    for (const h of headings) h.level = h.level - top + 1;
    return;
  }
  const used = RANK.filter((k) => headings.some((h) => h.kind === k));
  for (const h of headings) h.level = h.kind === 'plain' ? (used.length ? 0 : 1) : used.indexOf(h.kind as NumberKind) + 1;
}
