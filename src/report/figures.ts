/**
 * The figures a report states, found in its text: value as written (digits, decimals, 1,400),
 * approximation words (超过300亿元, 1400余篇, 95%以上), unit (亿元, 人次, %), and the changes
 * that follow it in the same sentence (同比增长6.1%, 比去年增加7人，增长率36.8%, 与上年基本持平).
 * Shared by `check` (coverage: which of them no slide shows) and `draft` (the outline's figures).
 * Dates, ordinals and codes (2007年, 第3, SPSS17.0) are not figures.
 */
import type { ApproxWord, Change } from '../slides/fields.js';

/** The first line after an article: its editor, related articles, navigation, copyright. */
export const ARTICLE_END = /^(?:[(（【\[]?责任编辑|编辑[:：/]|审核[:：/]|校对[:：/]|终审[:：/]|其他文献|相关文献|相关文章|相关阅读|相关推荐|推荐阅读|延伸阅读|热门文章|参考文献|上一篇|下一篇|返回(?:顶部|首页|列表)?$|版权所有|copyright|©|打印本页|关闭窗口)/i;

/** Lines of a site's page around an article, not the article (source bars, download notices, copyright claims). */
export const FURNITURE = /^(?:来源|被引量|上传用户|下载|声明|论文部分内容阅读|作者|关键词|关键字|摘要|发布时间|发布日期|发布者|时间|日期|浏览|阅读|点击|字号|打印|分享|收藏|首页|当前位置|您的位置|【|\[)|(?:\|.*){2}|下载到本地|版权归属|内容阅读$/;

/** Where the article of a report's text ends: the start of the first line that follows it. */
export function articleEnd(text: string): number {
  for (const m of text.matchAll(/^[ \t\u3000]*(.*)$/gm)) if (ARTICLE_END.test(m[1]!)) return m.index;
  return text.length;
}

export interface ReportFigure {
  value: number;
  /** The value as the report writes it (395.12, 1,400). */
  written: string;
  approx?: ApproxWord;
  unit?: string;
  changes: Change[];
  /** Offsets in the text: the figure (with its approx words and unit), and the end of its last change. */
  start: number;
  end: number;
  changeEnd: number;
}

// units longest first, so 个百分点 wins over 个 and 人次 over 人; 万/亿 may stand before a unit (2.1万元)
const BASE_UNITS = ['个百分点', '百分点', '平方公里', '平方米', '千瓦时', '人次', '场次', '课时', '小时', '分钟', '公里', '千米', '公顷', '千瓦', '%', '％', '元', '人', '名', '位', '个', '件', '篇', '本', '节', '场', '套', '台', '所', '家', '户', '项', '次', '天', '倍', '亩', '吨', '辆', '间', '张', '册', '部', '批', '支', '处', '座', '条', '份', '班', '门', '株', '棵', '盏', '米', '分'];
const UNIT = new RegExp(`^(?:[万亿](?:${BASE_UNITS.map(escape).join('|')})|${BASE_UNITS.map(escape).join('|')}|万|亿)`);
const APPROX_BEFORE: ApproxWord[] = ['超过', '不到', '不足', '逾', '超', '近', '约'];
const APPROX_AFTER_VALUE = /^[余多]/;
const APPROX_AFTER_UNIT = /^(?:以上|以下|以内|左右)/;
/** What makes a number a date, an ordinal or a code, not a figure. */
const NOT_AFTER = /^[年月日时号届周期代版岁级段A-Za-z]/;
const NOT_BEFORE = /[第A-Za-z.\d_\-/]$/;
// a change: basis, word, value, unit (比去年增加7人, 同比下降2.3个百分点, 增长率36.8%)
const CHANGE_WORD = /(同比|环比|比上年同期|比去年同期|比上年|比去年|较上年|较去年|与上年相比|与去年相比)?[，,]?(增长率|增长|增加|提高|上升|增幅|下降|减少|降低|回落|降幅)了?$/;
const FLAT = /^[，,]\s*((?:与|和|同)(?:上年|去年)(?:同期)?|同比)?(基本持平|持平)/;
/** Between a figure and its change: a comma, or nothing. */
const GAP = /^[，,、\s]*$/;
const SENTENCE_END = /[。；;！？!?\n]/;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&');
}

interface Raw {
  value: number;
  written: string;
  approx?: ApproxWord;
  unit?: string;
  start: number;
  end: number;
  /** The change word before it, when it is a change (增长6.1%). */
  change?: { word: string; basis?: string; start: number };
}

function scan(text: string): Raw[] {
  const out: Raw[] = [];
  for (const m of text.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)) {
    const written = m[0];
    let start = m.index;
    let end = start + written.length;
    const before = text.slice(Math.max(0, start - 12), start);
    if (NOT_BEFORE.test(before)) continue;
    let rest = text.slice(end, end + 12);
    if (NOT_AFTER.test(rest)) continue;
    const raw: Raw = { value: Number(written.replace(/,/g, '')), written, start, end };
    const av = APPROX_AFTER_VALUE.exec(rest);
    const afterApprox = av ? rest.slice(1) : rest;
    const unit = UNIT.exec(afterApprox);
    if (av && unit) {
      raw.approx = av[0] as ApproxWord;
      rest = afterApprox;
      end += 1;
    }
    if (unit) {
      raw.unit = unit[0] === '％' ? '%' : unit[0];
      end += unit[0].length;
      rest = text.slice(end, end + 4);
      const au = APPROX_AFTER_UNIT.exec(rest);
      if (au && !raw.approx) {
        raw.approx = au[0] as ApproxWord;
        end += au[0].length;
      }
    } else if (!/^(?:$|[，,。；;、）)\s：:])/.test(rest) || !/[\u4e00-\u9fff]$/.test(before)) {
      // a number without a unit is a figure only between words and punctuation (价格指数100.2，)
      continue;
    }
    const ab = APPROX_BEFORE.find((w) => before.endsWith(w));
    if (ab && !raw.approx) {
      raw.approx = ab;
      start -= ab.length;
    }
    const cw = CHANGE_WORD.exec(text.slice(Math.max(0, start - 12), start));
    if (cw) {
      const word = cw[2]!;
      raw.change = { word, start: start - cw[0].length, ...(cw[1] ? { basis: cw[1] } : {}) };
    }
    raw.start = start;
    raw.end = end;
    out.push(raw);
  }
  return out;
}

/** The figures of a text, each with the changes that follow it in its sentence. */
export function findFigures(text: string): ReportFigure[] {
  const out: ReportFigure[] = [];
  for (const r of scan(text)) {
    const last = out[out.length - 1];
    if (r.change && last && last.changes.length < 2) {
      const gap = text.slice(last.changeEnd, r.change.start);
      if (GAP.test(gap) && !SENTENCE_END.test(gap)) {
        const c: Change = { value: r.value, word: r.change.word };
        if (r.unit) c.unit = r.unit;
        if (r.change.basis) c.basis = r.change.basis;
        last.changes.push(c);
        last.changeEnd = r.end;
        continue;
      }
    }
    const f: ReportFigure = { value: r.value, written: r.written, changes: [], start: r.start, end: r.end, changeEnd: r.end };
    if (r.approx) f.approx = r.approx;
    if (r.unit) f.unit = r.unit;
    const flat = FLAT.exec(text.slice(r.end, r.end + 16));
    if (flat) {
      f.changes.push({ word: flat[2]!, ...(flat[1] ? { basis: flat[1] } : {}) });
      f.changeEnd = r.end + flat[0].length;
    }
    out.push(f);
  }
  return out;
}

/** The figure as printed: 1400余篇, 95%以上, 超过300亿元 (for messages and the coverage list). */
export function reportFigureText(f: Pick<ReportFigure, 'written' | 'approx' | 'unit'>): string {
  const a = f.approx ?? '';
  const before = ['超过', '不到', '不足', '逾', '超', '近', '约'].includes(a) ? a : '';
  const afterValue = a === '余' || a === '多' ? a : '';
  const afterUnit = ['以上', '以下', '以内', '左右'].includes(a) ? a : '';
  return `${before}${f.written}${afterValue}${f.unit ?? ''}${afterUnit}`;
}

/** The sentence a figure is in: from after the last 。；！？ or line break before it to the next. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && !SENTENCE_END.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !SENTENCE_END.test(text[e]!)) e++;
  while (s < e && /\s/.test(text[s]!)) s++;
  return { start: s, end: e };
}

/** The clause a figure is in (between commas), up to the end of its changes. */
export function clauseAround(text: string, start: number, end: number): { start: number; end: number } {
  const stop = /[，,。；;！？!?\n]/;
  let s = start;
  while (s > 0 && !stop.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !stop.test(text[e]!)) e++;
  while (s < e && /\s/.test(text[s]!)) s++;
  return { start: s, end: e };
}
