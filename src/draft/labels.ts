/**
 * What a figure counts, in the clause's own words: the noun phrase before it (财政收入12.8亿元 →
 * 财政收入), or the verb with the noun after it when the figure counts that noun (投放45个核酸采样屋
 * → 投放核酸采样屋). Never cut inside brackets or quotes, never only a unit, at most 20 characters
 * (a person shortens it further; the draft's header lists the long ones).
 */
import type { ReportFigure } from '../report/analyse.js';

export const MAX_LABEL = 20;
/** How far from a figure its label's words are looked for. */
const REACH = 60;

/** Words that open a clause but say nothing of what is counted. */
const LEAD_FILLER = /^(?:[一二三四五六七八九十]+是|其中|全区|全县|全市|全省|全镇|全乡|全域|全街道|全年|全年度|今年|去年|当年|上半年|下半年|前三季度|一季度|1-\d+月份?|\d{1,2}月份?|此外|另外|同时|并且|并|共计|累计|共(?=[有计\d])|先后|已经|已|均|预计|截至目前|截至\S{0,8}底|目前|年内|期间|总计|合计|五年来|一年来|这五年|过去五年|去年以来|今年以来|我们|我[区县市省镇]|还|为)+/;
/** Verbs between the label and its figure: 覆盖率达到86%, 总产值完成395.12亿元. */
const TRAIL_VERB = /(?:不少于|不低于|不超过|不多于|至少|已达到|达到了|达到|已达|(?<![下传表送发抵通到])达|为|是|完成了|完成|实现了|实现|共计|合计|累计|总计|控制在|保持在|稳定在|增至|提高到|提高至|提升到|提升至|增长到|降至|降到|突破|共有|拥有|有|在|的|约|近|超过|超|逾|分别|均|共|总|全年|累计完成|首次|再次|首度|持续|稳定)+$/;
/** Verbs that open a clause before what they act on: 完成财政收入, 实现固定资产投资. */
const LEAD_VERB = /^(?:完成|实现|达到|形成|拉动|带动)(?=[\u4e00-\u9fff]{2})/;
const BRACKETS = /[（(][^（()）]*[）)]|“[^”]*”|"[^"]*"|《[^》]*》|【[^】]*】/g;

/**
 * The labels of a paragraph's figures (in text order): each from the words between it and the
 * figures beside it in its clause; a list after 分别 pairs with the subjects before it
 * (入园率和普惠率分别达96%和94% → 入园率, 普惠率; 食品、药品抽检合格率 → 食品抽检合格率, 药品抽检合格率).
 * `until`: where a figure's own words end (after the changes tied to it).
 */
export function labelsFor(text: string, figs: readonly ReportFigure[], until: (f: ReportFigure) => number = (f) => f.end): Map<ReportFigure, string> {
  const out = new Map<ReportFigure, string>();
  const same = (a: ReportFigure | undefined, b: ReportFigure) => !!a && a.clause.start === b.clause.start;
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i]!;
    // a list after 分别: 分别增长7.5%、11.5%、17.4%
    // the words before it, as far as a label reaches (a clause can be a whole page without a comma)
    const lead = text.slice(Math.max(f.clause.start, f.start - REACH), f.start);
    const k = lead.indexOf('分别');
    const before = same(figs[i - 1], f) ? figs[i - 1] : undefined;
    // …增加值年均增长8％、7.2％ after 战略性新兴产业和高技术制造业: a list paired without 分别 too
    const listed = k < 0 && !before && /[和、]/.test(lead) && figs[i + 1] !== undefined && same(f, figs[i + 1]!) && /^[、和]$/.test(text.slice(f.end, figs[i + 1]!.start).replace(/\s|\*\*/g, ''));
    if ((k >= 0 && (!before || before.end <= f.clause.start + k)) || listed) {
      const run = [f];
      for (let j = i + 1; j < figs.length && same(f, figs[j]!) && /^[、和及与]$/.test(text.slice(run[run.length - 1]!.end, figs[j]!.start).replace(/\s|\*\*/g, '')); j++) run.push(figs[j]!);
      // without 分别: the subject ends where its verb starts (…增加值|年均增长)
      const leadText = k >= 0 ? lead : lead.replace(/\*\*|\s/g, '');
      const split = k >= 0 ? { at: k, skip: 2 } : subjectSplit(leadText);
      if (run.length >= 2 && split && (k >= 0 || pairSubjects(clean(leadText.slice(0, split.at)), run.length))) {
        const subject = clean(leadText.slice(0, split.at));
        const verb = clean(leadText.slice(split.at + split.skip)).replace(TRAIL_VERB, '');
        const subjects = pairSubjects(subject, run.length);
        run.forEach((g, n) => out.set(g, fit((subjects?.[n] ?? subject) + verb)));
        i += run.length - 1;
        continue;
      }
    }
    // a change of level (保费由每生每年5元降至3元, 比例从75.6%提升至76.5%): the new level is the subject's
    const to = before ? TO_LEVEL.exec(text.slice(before.end, f.start).replace(/\*\*|\s/g, '')) : null;
    const from = before ? FROM.exec(text.slice(Math.max(f.clause.start, before.start - REACH), before.start)) : null;
    if (to && from) {
      out.set(f, fit(clean(from[1]!) + to[0]));
      continue;
    }
    // figures back to back count one thing (10类46项社区实事项目): the words around the pair are both's
    let last = i;
    while (last + 1 < figs.length && same(f, figs[last + 1]!) && figs[last + 1]!.start >= until(figs[last]!) && text.slice(until(figs[last]!), figs[last + 1]!.start).replace(/\s|\*\*/g, '') === '') last++;
    let j = i - 1;
    while (j >= 0 && same(figs[j]!, f) && figs[j]!.end > f.start) j--;
    const prevFig = j >= 0 && same(figs[j]!, f) ? figs[j] : undefined;
    // a threshold right before it belongs to its words (60岁以上老人全程接种率达89.23%)
    const qualifies = !!prevFig && /以上|以下/.test(prevFig.approx) && /^[\u4e00-\u9fff]/.test(text.slice(prevFig.end, prevFig.end + 1));
    const prev = !prevFig ? f.clause.start : qualifies ? prevFig.start : Math.max(prevFig.end, until(prevFig) <= f.start ? until(prevFig) : prevFig.end);
    const end = until(figs[last]!);
    let n = last + 1;
    while (n < figs.length && same(figs[n]!, f) && figs[n]!.start < end) n++;
    const next = n < figs.length && same(figs[n]!, f) ? figs[n] : undefined;
    for (let j = i; j <= last; j++) out.set(figs[j]!, labelOf(text, figs[j]!, end, prev, next ? next.start : f.clause.end, f.start));
    i = last;
  }
  return out;
}

/** Where a subject ends and its verb begins: 战略性新兴产业和高技术制造业增加值|年均增长. */
function subjectSplit(lead: string): { at: number; skip: number } | undefined {
  const m = /(?:年均|同比|比上年)?(?:增长|增加|提高|提升|下降|降低|减少|达到|达)$/.exec(lead);
  if (!m) return undefined;
  const at = lead.length - m[0].length;
  return at >= 2 ? { at, skip: 0 } : undefined;
}

/** Subjects joined by 、 or 和, one for each figure of a list; a shared ending goes to each (食品、药品抽检合格率). */
function pairSubjects(subject: string, n: number): string[] | undefined {
  // 城乡居民人均可支配收入分别…: the towns' and the villages'
  if (n === 2 && /^城乡/.test(subject)) return [`城镇${subject.slice(2)}`, `农村${subject.slice(2)}`];
  const parts = subject.split(/[、和及与]/).filter(Boolean);
  if (parts.length !== n) return undefined;
  const last = parts[n - 1]!;
  const first = parts[0]!;
  // where the last subject's own word ends: after the character the first one ends with (国家级、部级创新平台),
  // as long as the others (刑事、治安案件), or before 等
  let cut = last.indexOf(first[first.length - 1]!) + 1;
  if ((cut <= 0 || cut >= last.length) && parts.slice(0, -1).every((p) => p.length === first.length)) cut = first.length;
  if (cut <= 0 || cut >= last.length) cut = last.indexOf('等');
  if (cut > 0 && cut < last.length && parts.slice(0, -1).every((p) => p.length <= 4)) {
    const tail = last.slice(cut).replace(/^等/, '');
    return [...parts.slice(0, -1).map((p) => p + tail), last.slice(0, cut).replace(/等$/, '') + tail];
  }
  return parts;
}

const clean = (s: string) => s.replace(/\*\*/g, '').replace(/^[-|\s、，,：:]+|[-|\s、，,：:]+$/g, '').replace(LEAD_FILLER, '').trim();

/** The label of a figure from its clause, between `from` (the end of the figure before it) and `to` (the next one). */
export function labelOf(text: string, f: ReportFigure, until = f.end, from = f.clause.start, to = f.clause.end, start = f.start): string {
  const clause = f.clause;
  let before = text.slice(Math.max(Math.min(from, start), start - REACH), start);
  let after = text.slice(until, Math.min(Math.max(until, to), until + REACH));
  // a measure word right before a noun (45个核酸采样屋): the figure counts that noun
  const counts = /^(?:\*\*)?[\u4e00-\u9fff“"]/.test(after) && !/^(?:\*\*)?(?:的|和|与|及|同比|比|较|增长|下降|以上|以下|左右)/.test(after);
  const tidy = (s: string) =>
    s
      .replace(/\*\*/g, '')
      .replace(/^[-—–|\s、，,：:]+|[-—–|\s、，,：:]+$/g, '')
      .replace(/\s*\|\s*/g, ' ')
      .replace(/^\d{1,2}[.．、](?!\d)\s*/, '')
      // a PDF's page number glued to the line it broke (2 新增规模以上工业企业)
      .replace(/^\d{1,3}\s+(?=[\u4e00-\u9fff])/, '')
      .trim();
  before = tidy(before).replace(LEAD_FILLER, '');
  after = tidy(after);
  let label = before.replace(TRAIL_VERB, '');
  const lead = LEAD_VERB.exec(label);
  if (lead && !after) label = label.slice(lead[0].length);
  // who did it, then what (街道实现财政总收入): what
  const done = /^(?:街道|社区|全?[县区市镇乡省]|学校|我[局委办校]|本[局委校])(?:实现|完成)([\u4e00-\u9fff]{2,})$/.exec(label);
  if (done && !after) label = done[1]!;
  // the figure counts the noun after it (45个核酸采样屋): the verb before it, with that noun
  if (after && counts) {
    // the noun, up to the verb that follows it (设立8支高精尖产业基金带动社会投资 → 高精尖产业基金)
    const phrase = after.split(/[，,。；;：:]/)[0]!;
    let noun = phrase.replace(NOUN_END, '').replace(/(?:等|的|和|与|及|、)$/, '');
    if (noun.length < 3) noun = phrase.replace(/(?:等|的|和|与|及|、)$/, '');
    // with the words before it when they are few (十项经济指标全年取得 + 绿灯), else its verb (投放 + 核酸采样屋)
    const own = label.replace(/^(?:并|和|及|且|同时)/, '');
    const verb = enumerated(label) ? listVerb(label) : own.length + noun.length <= 16 ? own : own.slice(-2);
    if (noun.length >= 2) label = verb + noun;
  }
  // a bare verb or a word (达到1.5万亿元, 产值780亿元): what the clause before it speaks of
  if (label.length < 2 || BARE_VERB.test(label) || isOnlyUnit(label, f)) {
    const subject = previousSubject(text, f);
    if (subject) label = subject;
  } else if (/^(?:是|为)/.test(label)) {
    // 高新技术企业达到1860家，是2020年的2.1倍: of what
    const subject = previousSubject(text, f);
    if (subject) label = subject + label;
  }
  if (label.length < 2 || isOnlyUnit(label, f)) {
    // nothing before it says what it is: the words after it, then the clause as a whole
    const rest = (after.split(/[，,。；;]/)[0] ?? '').replace(/^的/, '');
    label = rest.length >= 2 ? rest : tidy(clause.text.slice(0, 2 * REACH)).replace(/\d[\d,.]*\S*$/, '').trim() || label;
  }
  return fit(label);
}

/** A label that is only a verb says nothing of what is counted. */
const BARE_VERB = /^(?:达到|实现|完成|达|为|是|有|共有|形成|保持|累计)$/;
/** From one level to another: 由…5元降至3元, 从75.6%提升至76.5%. */
const TO_LEVEL = /^(?:降至|降到|下降到|下降至|提升至|提升到|提高到|提高至|升至|增至|增长到|增长至|增加到|扩大到|扩大至|达到)$/;
const FROM = /^(.*?)(?:由|从)/;
/** Where a clause's subject ends: its first verb or figure (地区生产总值跨越3个千亿元台阶 → 地区生产总值). */
const SUBJECT_END = /跨越|达到|实现|完成|增长|突破|超过|保持|稳定|位居|居|占|新增|建成|累计|连续|首次|全面|持续|迈上|年均|同比|比上年|较上年|分别|创|从|由|\d/;

/** The subject of the clause before a figure's, in its sentence: what a bare 达到1.5万亿元 is of. */
function previousSubject(text: string, f: ReportFigure): string {
  let e = f.clause.start - 1;
  if (e <= 0 || !/[，,、]/.test(text[e]!)) return '';
  let s = e;
  while (s > 0 && s > e - REACH && !/[，,。；;！？!?：:\n]/.test(text[s - 1]!)) s--;
  const prev = text.slice(s, e).replace(/\*\*/g, '').trim().replace(LEAD_FILLER, '');
  const m = SUBJECT_END.exec(prev);
  const subject = m ? prev.slice(0, m.index) : '';
  return subject.length >= 2 && subject.length <= 14 ? subject : '';
}

/** Where a noun phrase after a figure ends: the verb that follows it. */
const NOUN_END = /(?:并|带动|实现|达到|完成|提供|推动|推进|形成|覆盖|惠及|吸引|建成|开展|新增|增长|提升|提高|下降|减少|超过|突破|用于|获得|参与|累计|共计|合计|分别|全部|全面|已经|占(?=[\u4e00-\u9fff]{2}))(?!工程|行动|项目|计划|改造|建设|试点|专项|中心|基地)[\s\S]*$/;

/** A list before the figure (A、B等3个项目): only its verb goes into the label. */
function enumerated(s: string): boolean {
  return /[、等]/.test(s) && s.length > 4;
}

/** The first word of a phrase when it is a verb-like pair of characters (招引…, 出清…). */
function verbOf(s: string): string {
  const m = /^(?:并|和|及|且|同时|成功|积极|全面|大力|有效|扎实|持续|深入|加快|着力|不断|进一步|稳步|新|先后)*([\u4e00-\u9fff]{2})/.exec(s);
  return m ? m[1]! : '';
}

/** The verb of a list before a figure: right before the figure (…等沿江路段增设350余个), else the list's first (成功招引A、B等3个). */
function listVerb(s: string): string {
  // the last of several actions (老旧小区改造并推进华顺公寓、东海未名园等 → 推进…)
  const own = s.slice(Math.max(s.lastIndexOf('并'), s.lastIndexOf('，'), s.lastIndexOf(',')) + 1);
  const rest = own.slice(own.lastIndexOf('等') + 1);
  if (rest.length >= 2 && own.includes('等')) return rest.slice(-2);
  // a list that opens with an action (成功招引A、B等…); one that opens with names (中国能建集团…等) has none
  const verb = verbOf(own);
  return VERB_START.test(verb) ? verb : '';
}

/** Actions a list of projects or places opens with. */
const VERB_START = /^(?:完成|实施|推进|建成|新建|引进|招引|培育|打造|开展|组织|举办|签约|开工|投产|建设|改造|新增|出清|孵化|投放|增设|选派|发放|帮扶|服务|走访|整治|治理|提升|创建|认定|入选|获评|设立|组建|支持|落地|评选|命名|授予)$/;

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
  // from a word boundary on; without one, whole words are not cut until far too long
  for (let i = s.length - max; i < s.length - 3; i++) {
    if (/[的和与及在对向把将给、，,]/.test(s[i]!)) return s.slice(i + 1);
  }
  return s.length <= max + 4 ? s : s.slice(s.length - max);
}
