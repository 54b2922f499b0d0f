/**
 * The figures a report states, as it writes them: an Arabic number with a unit (12.8亿元,
 * 17.34万人, 3.5个百分点, 万吨/年, 22万P), its approximation word where one touches it
 * (突破20万人次, 7400余万元, 5万余个, 60岁以上), ranges as one figure (4.5%-5%, 1—2个), two
 * numbers sharing a unit as two (2.2和8.7个百分点), and whether it states a change (同比增长6.1%,
 * 高于全国0.7个百分点, 压减时间58%; not 提高到25.5%, not 新增 counts). What is not a figure:
 * years and dates (2020年, 2023-01-17, 1-5月), time spans in 年, ordinals and ranks (第7位, 前8位),
 * names and codes that carry digits (PM2.5, 5G, 22号线, 750千伏, 世界500强, “3个100”), rate bases
 * (每10万人), numbers without a unit (1/4, 2.54) and footnote marks. The conventions are those of
 * the report corpus the drafter is measured on (docs/draft.md).
 *
 * One pass over the text, no backtracking across it: a figure looks at most a few dozen
 * characters either side, so a report of any length is scanned in linear time.
 */
import { APPROX_AFTER_UNIT_ZH as APPROX_AFTER_UNIT, APPROX_AFTER_VALUE_ZH as APPROX_AFTER_VALUE, APPROX_BEFORE_VALUE_ZH as APPROX_BEFORE_VALUE, type ApproxWord, type Change } from '../slides/fields.js';

/** Units of more than one character, longest first where one begins another. */
const LONG_UNITS = [
  '个百分点', '百分点', '平方公里', '平方千米', '平方米', '立方米', '千瓦时', '兆瓦时', '吉瓦时', '标准箱',
  '千瓦', '兆瓦', '吉瓦', '千米', '公里', '公顷', '厘米', '毫米', '公斤', '千克', '小时', '分钟', '个月',
  '人次', '家次', '户次', '篇次', '场次', '车次', '架次', '批次', '项次', '亩次', '人日', '课时', '学时', '美元',
  '微克每立方米', '标准箱', '标箱', 'μg/m3', 'μg/m³', 'mg/m3', 'mg/L', '℃',
];
/** What after 上下 or 左右 makes another word (上下游, 上下联动, 左右两侧). */
const NOT_AFTER_WORD = /^[游联级层行下属级贯同衔两岸手]/;
/** What before 近, 约, 超 makes another word (最近3个月, 附近2公里, 节约3万元, 赶超). */
const NOT_BEFORE_WORD: Record<string, RegExp> = { 近: /[最附就亲邻贴]$/, 约: /[节制公条合契预大婚]$/, 超: /[赶高]$/ };
/** Units of one character: measure words and measures. */
const SHORT_UNITS = new Set([...'%％‰元亩米吨克斤升方度瓦天秒岁倍分', ...'个家所项人名位户次场条座套张台辆件篇本节部批支处份班门株棵盏间册枚颗栋例类种款头只匹艘架列对双副片块根幅首层宗起期床组队']);
/** What a unit's first character may be followed by that makes it another word (3方面, 5分局). */
const NOT_A_UNIT = /^(?:方面|方式|方案|方向|分之|分局|分公司|分院|分校|人民|名单|名称|期间|元素|度假|部门|家庭)/;
/** Denominators of compound units (万吨/年, 人/百亿元, 微克/立方米). */
const PER_UNITS = [...LONG_UNITS, '年', '月', '日', '周', '天', '人', '户', '亩', '吨', '元', '次', '台', '辆', '个', '家', '件'];
/** Numerators that are units only in a compound (微克/立方米). */
const PER_ONLY = ['微克', '毫克', '纳克'];
const MAGNITUDE = /^(?:万亿|亿|万)/;

export interface Figure {
  /** The value as written, without unit or approx word: "12.8", "34,577", "4.5%-5" (a range). */
  written: string;
  /** The value as a number (a range: its first number). */
  value: number;
  /** The unit as written, with 万/亿 (万人次, 亿元, ％ as the report writes it). */
  unit: string;
  approx: ApproxWord | '';
  /** The number states a difference: a growth or decline, a gap to a benchmark. */
  change: boolean;
  range?: true;
  /** Shares its unit with the next figure (2.2和8.7个百分点: 2.2). */
  sharedUnit?: true;
  /** The figure with its approx word and unit: [start, end) in the text. */
  start: number;
  end: number;
  /** The figure as the report writes it: text[start, end) (突破 2300 户, 5万余个). */
  raw: string;
  /** Where its digits start and end. */
  valueStart: number;
  valueEnd: number;
}

const DIGITS = /\d+(?:,\d{3})*(?:\.\d+)?/y;
const CJK = /[\u3400-\u9fff]/;

/** The longest unit at `at`: [unit as written, its length in the text] (a space may stand between 万 and its unit in PDF text). */
function unitAt(text: string, at: number): string | undefined {
  for (const u of LONG_UNITS) if (text.startsWith(u, at)) return u;
  const c = text[at];
  if (c && SHORT_UNITS.has(c) && !NOT_A_UNIT.test(text.slice(at, at + 3))) return c;
  return undefined;
}

interface Parsed {
  unit: string;
  approx: string;
  /** End of the unit (and of an approx word after it). */
  end: number;
  /** The unit alone is only a magnitude (7440万). */
  bare: boolean;
}

/** Unit and approx words after a value ending at `at`; undefined when no unit follows. */
function unitAfter(text: string, at: number): Parsed | undefined {
  let i = at;
  if (text[i] === ' ' && text[i + 1] !== ' ') i++; // PDF text: 230.5 亿元
  let approx = '';
  const infix = (j: number) => (APPROX_AFTER_VALUE as readonly string[]).includes(text[j] ?? '') ? text[j]! : '';
  if ((approx = infix(i))) i++;
  let unit = '';
  const mag = MAGNITUDE.exec(text.slice(i, i + 2));
  if (mag) {
    unit = mag[0];
    i += unit.length;
    if (!approx && (approx = infix(i))) i++; // 5万余个
  }
  let base = unitAt(text, i);
  if (!base && /^[PE](?![A-Za-z])/.test(text.slice(i, i + 2))) base = text[i]!; // 22万P, 4000P (compute)
  if (!base && /^[金银铜](?:[、，,。；;）)]|牌|$)/.test(text.slice(i, i + 2)) && !unit) base = text[i]!; // 9金、5银、6铜
  const per = !base ? PER_ONLY.find((u) => text.startsWith(`${u}/`, i)) : undefined;
  if (per) base = per;
  if (base) {
    unit += base;
    i += base.length;
    // 1个多月: the approx word inside the unit
    if (!approx && base === '个' && /^[余多]月/.test(text.slice(i, i + 2))) {
      approx = text[i]!;
      unit += '月';
      i += 2;
    }
  } else if (!unit || approx && !unit) {
    return undefined;
  }
  if (per && text[i] !== '/') return undefined;
  // a compound unit: 万吨/年, 元/人, 人/百亿元, 微克/立方米
  if (text[i] === '/') {
    // 人/百亿元, 克/千克: the denominator may have its own magnitude, or start with one (千克)
    const mags = /^[百千万亿]*/.exec(text.slice(i + 1, i + 4))![0];
    let den: string | undefined;
    let m = mags;
    for (; m.length >= 0 && !den; m = m.slice(0, -1)) {
      den = PER_UNITS.find((u) => text.startsWith(u, i + 1 + m.length));
      if (den || m === '') break;
    }
    if (den) {
      unit += `/${m}${den}`;
      i += 1 + m.length + den.length;
    } else if (per) return undefined;
  }
  if (!approx) {
    // not the start of a longer word: 上下游企业, 上下联动, 左右两侧
    const after = APPROX_AFTER_UNIT.find((w) => text.startsWith(w, i) && !NOT_AFTER_WORD.test(text.slice(i + w.length, i + w.length + 1)));
    if (after) {
      approx = after;
      i += after.length;
    } else if (base && /^[多余](?:$|[，,。；;、）)\s])/.test(text.slice(i, i + 2))) {
      // 增长2倍多: the word after a unit of one character
      approx = text[i]!;
      i++;
    }
  }
  return { unit, approx, end: i, bare: !base };
}

/** A date, a time or a code: 2023-01-17, 10:05, 3·5, 1.2.3, 010898141/2023. */
function isCodeJoin(text: string, end: number): boolean {
  return /^[-/.:：·・]\d/.test(text.slice(end, end + 2));
}

/**
 * Inside a short quotation on its line: a name, not a figure (“3个100”, “240小时过境免签”,
 * “7×24小时”); a long one is a scheme whose counts are figures (“1名县领导＋1个县直单位＋1名驻村干部”).
 */
function inShortQuote(text: string, at: number): boolean {
  // a name in quotes is short: look no further than its length either side (a long line is not scanned again per figure)
  const from = Math.max(0, at - 13);
  const before = text.slice(from, at);
  const after = text.slice(at, at + 14);
  let open = -1;
  let close = -1;
  const curly = before.lastIndexOf('“');
  if (curly >= 0 && before.lastIndexOf('”') < curly) {
    open = from + curly;
    const c = after.indexOf('”');
    close = c < 0 ? -1 : at + c;
  } else {
    const straight = before.lastIndexOf('"');
    if (straight >= 0) {
      open = from + straight;
      const c = after.indexOf('"');
      close = c < 0 ? -1 : at + c;
    }
  }
  if (open < 0 || close < 0) return false;
  const quoted = text.slice(open + 1, close);
  return quoted.length <= 12 && !/[\n。；;，,]/.test(quoted);
}

/** Every figure in text[from, to), in order. */
export function scanFigures(text: string, from = 0, to = text.length): Figure[] {
  const out: Figure[] = [];
  const re = /\d/g;
  re.lastIndex = from;
  let skipTo = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const s = m.index;
    DIGITS.lastIndex = s;
    const d = DIGITS.exec(text)!;
    let e = s + d[0].length;
    re.lastIndex = e;
    if (s < skipTo) continue;
    const prev = text[s - 1] ?? '';
    // part of a word, a code, a date or a version: PM2.5, G331, 3·5, 1.2, x-1
    const prev2 = text[s - 2] ?? '';
    // a negative rate (同比分别-6.2%、-19.3%, 增速-4.7%): the minus sign is the figure's
    const negative = (prev === '-' || prev === '－') && s - 1 >= from && !/[A-Za-z0-9_.\-/]/.test(prev2) && /^(?:\.\d+)?\s?[%％]/.test(text.slice(e, e + 3).replace(/^\d*/, ''));
    if (!negative && s > from && (/[A-Za-z0-9_.\-/·・×#@]/.test(prev) || (prev === '*' && prev2 !== '*') || (/[—–]/.test(prev) && /\d/.test(prev2)) || (/[:：]/.test(prev) && /\d/.test(prev2)))) {
      skipTo = skipCode(text, e);
      continue;
    }
    if (prev === '第' || prev === '每') continue;
    if (prev === '前' && /^[位名强列]/.test(text.slice(e, e + 1))) continue;
    if (isCodeJoin(text, e) && !isRange(text, e)) {
      skipTo = skipCode(text, e);
      continue;
    }
    let written = d[0];
    let range = false;
    let unit = unitAfter(text, e);
    // a range: 4.5%-5%, 1—2个, 5—15分钟, 3至5个 (one figure: all before the final unit)
    const r = rangeAt(text, unit ? unit.end - unit.approx.length : e, unit);
    if (r && (!unit || unit.approx === '' || !APPROX_AFTER_UNIT.includes(unit.approx as never))) {
      written = text.slice(s, r.valueEnd);
      e = r.valueEnd;
      unit = r.unit;
      range = true;
    }
    let shared = false;
    if (!unit) {
      // two numbers, one unit: 分别提升2.2和8.7个百分点
      // (or three: 分别提高20.9、36.2、54个百分点)
      const next = /^(?:(?:和|与|及|或|、)\d+(?:\.\d+)?)+/.exec(text.slice(e, e + 40));
      const theirs = next ? unitAfter(text, e + next[0].length) : undefined;
      if (!theirs || theirs.bare) continue;
      unit = { unit: theirs.unit, approx: '', end: e, bare: false };
      shared = true;
    }
    const u = unit;
    if (inShortQuote(text, s)) continue;
    let start = s;
    let approx = u.approx;
    if (!approx) {
      // the word may stand before Markdown's bold (近**2万元**) or a PDF's space (突破 2300 户)
      const gap = text.startsWith('**', s - 2) ? 2 : text[s - 1] === ' ' ? 1 : 0;
      const before = APPROX_BEFORE_VALUE.find((w) => text.startsWith(w, s - gap - w.length) && !NOT_BEFORE_WORD[w]?.test(text.slice(Math.max(0, s - gap - w.length - 1), s - gap - w.length)));
      if (before) {
        approx = before;
        start = s - gap - before.length;
      }
    }
    if (negative) {
      written = `-${written}`;
      start = Math.min(start, s - 1);
    }
    const f: Figure = {
      raw: text.slice(start, shared ? e : u.end),
      written,
      value: (negative ? -1 : 1) * Number(d[0].replace(/,/g, '')),
      unit: u.unit,
      approx: approx as ApproxWord | '',
      change: false,
      start,
      end: shared ? e : u.end,
      valueStart: s,
      valueEnd: e,
    };
    if (range) f.range = true;
    if (shared) f.sharedUnit = true;
    out.push(f);
    if (!shared) re.lastIndex = Math.max(re.lastIndex, f.end);
  }
  markChanges(text, out);
  return out;
}

/** After a date or a code, its other numbers are not figures either (2023-01-17, 1-11月). */
function skipCode(text: string, at: number): number {
  const m = /^(?:[-/.:：·・~～—–至]\d+)*/.exec(text.slice(at, at + 40));
  return at + (m ? m[0].length : 0);
}

/** A second number after a dash (and the first one's unit, as in 4.5%-5%), with the unit they share. */
function rangeAt(text: string, at: number, first: Parsed | undefined): { valueEnd: number; unit: Parsed } | undefined {
  const m = /^[-—–~～至](\d+(?:\.\d+)?)/.exec(text.slice(at, at + 16));
  if (!m) return undefined;
  const end = at + m[0].length;
  const unit = unitAfter(text, end);
  if (!unit || unit.bare && !first) return undefined;
  // 4.5%-5%: the first number's unit is the same as the range's (not 3个-5人)
  if (first && !first.bare && first.unit !== unit.unit) return undefined;
  return { valueEnd: end, unit };
}

function isRange(text: string, at: number): boolean {
  return /^[-—–~～]\d/.test(text.slice(at, at + 2)) && !!rangeAt(text, at, undefined);
}

/** A change word right before the number: 增长6.1%, 同比下降5.9%, 高于全国, 年均增速8.2%, 户均增收7000元. */
const CHANGE_CUE = /(?:增长率?|增加|增幅|增速|增收|净增|提高|提升|上升|上涨|涨幅|下降|降低|下滑|回落|减少|降幅|减幅|跌幅|压减|减轻|减量|削减|缩减|节约|节省|扩大|缩小|改善|高于|低于|高出|低出|多出|快于|慢于|优于|超出|(?:同比|环比|比上年|比去年|较上年|较去年|年均)[增降减多少]|比[^，,。；;、\d]{1,8}[多少])了?$/;
/** A level reached, not a difference: 提高到25.5%, 增至, 降至. */
const LEVEL_CUE = /(?:到|至|达|为|是|占|从)$/;
/** A reduction of something: 压减时间58%, 减轻税费负担超4900亿元, 减少办公用房租赁费1.19亿元. */
const REDUCTION_OF = /(?:压减|减少|减轻|削减|缩减|节约|节省|减量|降低|下降)[^，,。；;、：:\d%]{1,14}$/;

/** What stands before a figure in its clause, without Markdown marks, table bars, spaces and a closing bracket's words. */
function lookBack(text: string, at: number): string {
  let s = at;
  while (s > 0 && !/[，,。；;！!？?：:\n]/.test(text[s - 1]!) && at - s < 40) s--;
  return text
    .slice(s, at)
    .replace(/\*\*|[|\s]/g, '')
    .replace(/[（(][^）)]*[）)]$/, '');
}

/** Which figures state a change; a change carries over a list of them (分别增长7.5%、11.5%、17.4%). */
function markChanges(text: string, figs: Figure[]): void {
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i]!;
    // every 个百分点 is a difference; so is a negative rate
    if (/百分点$/.test(f.unit) || (f.value < 0 && /[%％]$/.test(f.unit))) {
      f.change = true;
      continue;
    }
    const before = lookBack(text, f.start);
    // 完善提升20个县乡村养老服务网络: what is upgraded is counted, the number is no rise
    const upgradeOf = /(?:提升|提高|改善|扩大)$/.test(before) && SHORT_UNITS.has(f.unit) && !/^[%％‰元倍]$/.test(f.unit) && CJK.test(text[f.end] ?? '');
    if (CHANGE_CUE.test(before) && !/增加值$/.test(before) && !upgradeOf) f.change = true;
    else if (!LEVEL_CUE.test(before) && REDUCTION_OF.test(before)) f.change = true;
    else if (i > 0 && figs[i - 1]!.change) {
      // 7.5%、11.5%: only a list mark between them (or nothing: 6.1%8%)
      // 7.5%、11.5%: only a list mark between them (or nothing: 6.1%8%), or a short noun (压减时间58%、材料52%)
      const gap = text.slice(figs[i - 1]!.end, f.start).replace(/\*\*|\s/g, '');
      if (gap === '' || /^[、和与及][\u4e00-\u9fff]{0,4}$/.test(gap) && !/[新占达为是到至共有]|完成|实现/.test(gap)) f.change = true;
    }
  }
}

/** The figure as the report writes it (for messages and lists): 超过300亿元, 1400余篇, 95%以上, 5万余个. */
export function figureAsWritten(f: Pick<Figure, 'raw'>): string {
  return f.raw.replace(/\*\*|\s+/g, '');
}

/** The figure as the outline format prints its value, approx word and unit (the word before, between or after them). */
export function figureAsPrinted(f: Pick<Figure, 'written' | 'approx' | 'unit'>): string {
  const a = f.approx ?? '';
  if (!a) return `${f.written}${f.unit}`;
  if ((APPROX_BEFORE_VALUE as readonly string[]).includes(a)) return `${a}${f.written}${f.unit}`;
  if ((APPROX_AFTER_UNIT as readonly string[]).includes(a)) return `${f.written}${f.unit}${a}`;
  return `${f.written}${a}${f.unit}`;
}

/**
 * A figure a card or a table cell can show exactly as the report writes it: the format prints an
 * approx word before the value, between value and unit, or after the unit; one inside a unit
 * (5万余个, 1个多月) or after a unit it is not (2倍多) has no place there.
 */
export function printable(f: Pick<Figure, 'raw' | 'written' | 'approx' | 'unit'>): boolean {
  return figureAsPrinted(f) === figureAsWritten(f);
}

export type { Change };
