/**
 * What a figure counts, in the clause's own words: the noun phrase before it (财政收入12.8亿元 →
 * 财政收入), or the verb with the noun after it when the figure counts that noun (投放45个核酸采样屋
 * → 投放核酸采样屋). Never cut inside brackets or quotes, never only a unit, at most 16 characters
 * (a person shortens it further; the draft's header lists the long ones).
 */
import type { ReportFigure } from '../report/analyse.js';

export const MAX_LABEL = 16;

/** Words that open a clause but say nothing of what is counted. */
const LEAD_FILLER = /^(?:[一二三四五六七八九十]+是|其中|全区|全县|全市|全省|全镇|全乡|全域|全街道|全年|全年度|今年|去年|当年|上半年|下半年|前三季度|一季度|1-\d+月份?|\d{1,2}月份?|此外|另外|同时|并且|并|共计|累计|共|先后|已经|已|均|预计|截至目前|截至\S{0,8}底|目前|年内|期间|总计|合计|五年来|一年来|这五年|过去五年|去年以来|今年以来|我们|我[区县市省镇]|还|为)+/;
/** Verbs between the label and its figure: 覆盖率达到86%, 总产值完成395.12亿元. */
const TRAIL_VERB = /(?:不少于|不低于|不超过|不多于|至少|已达到|达到了|达到|已达|达|为|是|完成了|完成|实现了|实现|共计|合计|累计|总计|控制在|保持在|稳定在|增至|提高到|提高至|提升到|提升至|增长到|降至|降到|突破|共有|拥有|有|在|的|约|近|超过|超|逾|分别|均|共|总|全年|累计完成)+$/;
/** Verbs that open a clause before what they act on: 完成财政收入, 实现固定资产投资. */
const LEAD_VERB = /^(?:完成|实现|达到|形成|拉动|带动)(?=[\u4e00-\u9fff]{2})/;
const BRACKETS = /[（(][^（()）]*[）)]|“[^”]*”|"[^"]*"|《[^》]*》|【[^】]*】/g;

/** The label of a figure from its clause. `text`: the report. */
export function labelOf(text: string, f: ReportFigure, until = f.end): string {
  const clause = f.clause;
  let before = text.slice(clause.start, f.start);
  let after = text.slice(until, clause.end);
  const tidy = (s: string) =>
    s
      .replace(/\*\*/g, '')
      .replace(/^[-|\s、，,：:]+|[-|\s、，,：:]+$/g, '')
      .replace(/\s*\|\s*/g, ' ')
      .replace(/^\d{1,2}[.．、](?!\d)\s*/, '')
      .trim();
  before = tidy(before).replace(LEAD_FILLER, '');
  after = tidy(after);
  let label = before.replace(TRAIL_VERB, '');
  const lead = LEAD_VERB.exec(label);
  if (lead && !after) label = label.slice(lead[0].length);
  // the figure counts the noun after it (45个核酸采样屋): the verb before it, with that noun
  if (after && /^[\u4e00-\u9fff“"]/.test(after) && !/^(?:的|和|与|及|、|，|同比|比|较|增长|下降|以上|以下|左右)/.test(after)) {
    const noun = after.split(/[，,。；;：:]/)[0]!.replace(/(?:等|的)$/, '');
    const verb = enumerated(label) ? verbOf(label) : label.length <= 4 ? label : verbOf(label);
    if (noun.length >= 2) label = verb + noun;
  }
  if (label.length < 2 || isOnlyUnit(label, f)) {
    // nothing before it says what it is: the words after it, then the clause as a whole
    const rest = after.split(/[，,。；;]/)[0] ?? '';
    label = rest.length >= 2 ? rest : tidy(clause.text).replace(/\d[\d,.]*\S*$/, '').trim() || label;
  }
  return fit(label);
}

/** A list before the figure (A、B等3个项目): only its verb goes into the label. */
function enumerated(s: string): boolean {
  return /[、等]/.test(s) && s.length > 4;
}

/** The first word of a phrase when it is a verb-like pair of characters (招引…, 出清…). */
function verbOf(s: string): string {
  const m = /^(?:成功|积极|全面|大力|有效|扎实|持续|深入|加快|着力|不断|进一步|稳步|新|先后)*([\u4e00-\u9fff]{2})/.exec(s);
  return m ? m[1]! : '';
}

function isOnlyUnit(label: string, f: ReportFigure): boolean {
  return label === f.unit || /^[%％万亿元个人名项次]+$/.test(label);
}

/**
 * A label of at most MAX_LABEL characters: without bracketed asides and quoted names first, then
 * its last words from a word boundary (的 和 与 及 在), never inside a bracket or a quotation.
 */
export function fit(label: string, max = MAX_LABEL): string {
  if (label.length <= max) return label;
  const bare = label.replace(BRACKETS, '').replace(/\s+/g, '');
  if (bare.length >= 2 && bare.length <= max) return bare;
  const s = bare.length >= 2 ? bare : label;
  for (let i = s.length - max; i < s.length - 3; i++) {
    if (/[的和与及在对向把将给、，,]/.test(s[i]!)) return s.slice(i + 1);
  }
  return s.slice(s.length - max);
}
