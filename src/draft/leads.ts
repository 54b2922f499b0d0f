/**
 * The phrases a paragraph leads with, which make a briefing's points: 一是激发主体活力，推动城乡
 * 共兴。 ——这五年综合经济实力大幅提升。 **空间规划突出城乡一体**。 落实各项基本保障。 (a short
 * first sentence). A point is at most 30 characters: a longer phrase is cut at a clause and
 * marked as draft text.
 */
import { SALUTATION } from '../report/article.js';

export const MAX_POINT = 30;

export interface PlannedPoint {
  text: string;
  /** Cut from a longer sentence: a person rewrites it. */
  cut: boolean;
}

const NO_POINT = /^(?:主要做了以下工作|重点做好.{0,6}工作|现将.*报告如下|具体如下|主要有以下几个方面|情况如下)/;

/** The lead phrases of a paragraph, in order (none when it leads with none). */
export function leadsOf(para: string): PlannedPoint[] {
  const p = para.replace(/\*\*([^*]+)\*\*/g, '«$1»');
  const out: PlannedPoint[] = [];
  // 一是…。二是…。 一要…； openers anywhere in the paragraph
  for (const m of p.matchAll(/(?:^|[。；;！？!?])\s*(?:[一二三四五六七八九十]+(?:是|要|方面)|第[一二三四五六七八九十]+[，,、])\s*([^。；;！？!?]{2,60})/g)) out.push(point(m[1]!));
  if (out.length) return out;
  const dash = /^[—–]{1,2}\s*([^。；;！？!?]{2,60})/.exec(p);
  if (dash) return [point(dash[1]!)];
  const bold = /^«([^»]{2,40})»/.exec(p);
  if (bold) return [point(bold[1]!.replace(/[：:]$/, ''))];
  const first = sentencesOf(p)[0];
  if (first && first.length < p.length && first.replace(/[。！？!?；;]$/, '').length <= 24 && !/\d/.test(first) && !SALUTATION.test(first) && !NO_POINT.test(first)) return [point(first)];
  return [];
}

/** The sentences of a paragraph, each with its end mark. */
export function sentencesOf(p: string): string[] {
  return p.match(/[^。！？；;!?]+[。！？；;!?]?/g)?.map((s) => s.trim()).filter((s) => s !== '') ?? [];
}

function point(s: string): PlannedPoint {
  return shorten(s.replace(/[«»]/g, '').trim());
}

/** A sentence cut to fit a point: whole clauses while they fit, else its first words and an ellipsis. */
export function shorten(sentence: string): PlannedPoint {
  // a list's number (1. （二）) is the list's, not the point's: the slide numbers nothing
  const s = sentence
    .replace(/\*\*/g, '')
    .replace(/[。！？；;!?：:，,]+$/, '')
    .replace(/^(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、](?!\d))\s*/, '')
    .trim();
  if (s.length <= MAX_POINT) return { text: s, cut: false };
  // clauses end at commas outside quotes and brackets (紧紧围绕“建设一个什么样的首都，怎样建设首都” stays whole)
  const clauses: string[] = [];
  let depth = 0;
  let at = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if ('“（(《「'.includes(c)) depth++;
    else if ('”）)》」'.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && '，,、'.includes(c)) {
      clauses.push(s.slice(at, i + 1));
      at = i + 1;
    }
  }
  clauses.push(s.slice(at));
  let out = '';
  for (const c of clauses) {
    if ((out + c).replace(/[，,、]$/, '').length > MAX_POINT) break;
    out += c;
  }
  out = out.replace(/[，,、]$/, '');
  return { text: out.length >= 6 ? out : `${cutOutside(s, MAX_POINT - 1)}…`, cut: true };
}

/** A paragraph that only addresses the audience or announces a list: no point in it. */
export function isFiller(p: string): boolean {
  const t = p.replace(/[。！？!?：:]$/, '');
  return SALUTATION.test(p) || NO_POINT.test(t) || t.length < 4;
}

/** The first `n` characters, or fewer, so that no quotation or bracket is left open. */
function cutOutside(s: string, n: number): string {
  let depth = 0;
  let lastClosed = 0;
  for (let i = 0; i < Math.min(n, s.length); i++) {
    const c = s[i]!;
    if ('“（(《「'.includes(c)) {
      if (depth === 0) lastClosed = i;
      depth++;
    } else if ('”）)》」'.includes(c)) depth = Math.max(0, depth - 1);
  }
  return depth === 0 ? s.slice(0, n) : s.slice(0, lastClosed);
}
