/**
 * The article in a report's text: where its body starts and ends, the page furniture before,
 * after and inside it (report/furniture.ts), and its cover: title (official titles of any
 * length, the document's own title over the web page's), the ——在…会议上 line as subtitle, the
 * organisation, the date and the speaker, each where the report states it.
 */
import { endsArticle, furnitureKind, type FurnitureKind } from './furniture.js';
import { CN_MARKER, segmentsOf, type Segment } from './text.js';

export interface Cover {
  title?: string;
  subtitle?: string;
  organization?: string;
  date?: string;
  /** 北京市市长 殷勇: for the cover's notes. */
  speaker?: string;
}

export interface Article {
  cover: Cover;
  /** The body's segments in order, furniture taken out (a heading number run into its paragraph is still one segment). */
  body: Segment[];
  /** Every segment that is page furniture, with its kind (before, inside and after the body). */
  furniture: { segment: Segment; kind: FurnitureKind | 'repeat' | 'info-value' | 'tail' }[];
  /** The report's language: zh when most of its letters are Chinese. */
  lang: 'zh' | 'en';
}

/** A line that opens a speech: 各位代表： 同志们！ */
export const SALUTATION = /^(?:各位|尊敬的)?(?:代表|委员|领导|同志|来宾|老师|同学|朋友)(?:们)?[，,、]?(?:(?:各位)?(?:代表|委员|领导|同志|来宾|老师|同学|朋友)们?)*[：:！!，,]?$/;
/** The line under an official title: ——2026年1月25日在北京市第十六届人民代表大会第四次会议上. */
const SESSION = /^[—–\-－]{1,2}\s*|在.{2,50}?(?:会议|大会|会|论坛|座谈会|典礼|仪式|年会|培训班)上(?:的(?:讲话|报告|发言|工作报告))?\s*\??$/;
const POSITION = '(?:局长|副局长|县长|副县长|市长|副市长|区长|副区长|省长|副省长|州长|镇长|乡长|主席|副主席|主任|副主任|书记|副书记|校长|副校长|院长|副院长|厂长|经理|总经理|董事长|处长|科长|部长|厅长|司长|理事长|秘书长|所长|馆长|站长|队长|园长)';
const SPEAKER = new RegExp(`^(.{0,30}?)${POSITION}[\\s\\u3000]*([\\u4e00-\\u9fff]{2,4})[\\s?]*$`);
export const ORG_END = /(?:人民政府|政府|委员会|党委|党组|党工委|办事处|街道|局|委|厅|办公室|办|中心|学校|中学|小学|学院|大学|幼儿园|公司|集团|医院|协会|学会|管理处|支部|总支|研究院|研究所|社区|村委会|镇|乡|部|司|署)$/;
const DATE = /(\d{4})\s*(?:年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?|[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)/;
/** The kind of a document a title names: 总结, 报告 … (a title that ends so may carry a subtitle after a colon). */
const DOC_KIND = /(?:总结|报告|计划|方案|讲话|情况|意见|通知|纪要|汇报|安排|规划|要点|思路|说明|发言|致辞|公报)$/;

const clean = (s: string) => s.replace(/\*\*/g, '').replace(/\s+\?$/, '').replace(/^[|｜\s]+|[|｜\s]+$/g, '').trim();
const isSentence = (t: string) => /[。！？；;!?]$/.test(t);
/** Prose: a line of the article's text, not a title or a label: sentences, or a long run of clauses. */
const isProse = (t: string) => !SESSION.test(t) && ((t.length >= 12 && /[。；;！？!?]/.test(t)) || (t.length >= 50 && /[，,]/.test(t)));

/** A heading's number at a segment's start, Chinese or (on its own line) arabic. */
export function startsNumbered(s: Segment): boolean {
  return CN_MARKER.test(s.text) || (!s.inline && /^(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)])\s*\S/.test(s.text));
}

export function findArticle(text: string): Article {
  const segs = segmentsOf(text);
  const kinds: (Article['furniture'][number]['kind'] | undefined)[] = [];
  const pageTitle = segs.find((s) => !furnitureKind(s.text) && isTitleLike(clean(s.text)))?.text;
  for (let i = 0; i < segs.length; i++) kinds[i] = furnitureKind(segs[i]!.text, pageTitle);
  // an information table: each label's value on the next line (发文单位 / 黄陂区发展和改革局)
  for (let i = 0; i + 1 < segs.length; i++) {
    // (and a publish label's: 来源: / 四川日报)
    const bare = segs[i]!.text.replace(/\*\*/g, '').trim();
    const label = (kinds[i] === 'info' && !/[|｜]/.test(bare)) || (kinds[i] === 'publish' && /^[^:：]{1,6}[:：]$/.test(bare));
    if (label && !kinds[i + 1] && segs[i + 1]!.text.length <= 40 && !/[。，；]/.test(segs[i + 1]!.text)) kinds[i + 1] = 'info-value';
  }
  // the body starts at the first heading or prose that is not furniture
  const firstText = segs.findIndex((_, i) => !kinds[i]);
  const marks = segs.filter((s) => s.mark !== undefined).map((s) => s.mark!);
  // the first segment of a Markdown report, alone at its level (`# 标题` above `##` headings), is its title
  const firstIsTitle = firstText >= 0 && segs[firstText]!.mark !== undefined && marks.filter((m) => m <= segs[firstText]!.mark!).length === 1;
  let start = segs.findIndex((s, i) => !kinds[i] && (startsNumbered(s) || isProse(clean(s.text)) || (s.mark !== undefined && !(i === firstText && firstIsTitle))));
  if (start < 0) start = segs.length;
  // lines repeated in the page's header are the site's (学校办学水平总结多篇 ×3)
  const seen = new Map<string, number[]>();
  segs.slice(0, start).forEach((s, i) => !kinds[i] && seen.set(s.text, [...(seen.get(s.text) ?? []), i]));
  for (const idx of seen.values()) if (idx.length >= 3) for (const i of idx) kinds[i] = 'repeat';
  // the article ends at the first line that starts another article or a list of them
  let end = segs.length;
  for (let i = start; i < segs.length; i++) {
    const k = kinds[i];
    if (k && k !== 'repeat' && k !== 'info-value' && k !== 'tail' && endsArticle(k, segs[i]!.text)) {
      end = i;
      break;
    }
  }
  for (let i = end; i < segs.length; i++) kinds[i] ??= 'tail';
  const { cover, place } = readCover(segs, kinds, start);
  // a title run into the first paragraph (a one-line body): 上半年…调研报告 今年以来,我镇…
  const body: Segment[] = [];
  for (let i = start; i < end; i++) if (!kinds[i]) body.push(segs[i]!);
  if (cover.title === undefined && body[0] && !startsNumbered(body[0]) && body[0] === segs[firstText]) {
    // …的调研报告 今年以来，… / …工作总结。一年来，… / …工作总结2016年,我镇…
    const m = /^([^\s，,。；;：:]{6,60}?)(?:\s+|。\s*)(?=\S)/.exec(body[0].text) ?? /^([^\s，,。；;：:]{4,60}?(?:总结|报告|计划|汇报|情况|要点))(?=\d{4}年|今年|一年来|上半年|近年来|去年)/.exec(body[0].text);
    const rest = m ? body[0].text.slice(m[0].length) : '';
    if (m && isTitleLike(m[1]!) && DOC_KIND.test(m[1]!) && rest.length >= 12 && /[，,。；]/.test(rest)) {
      cover.title = m[1]!;
      const first = body[0];
      body[0] = { ...first, start: first.start + m[0].length, text: first.text.slice(m[0].length), inline: true };
    }
  }
  finishCover(cover, body, place);
  const furniture = segs.flatMap((segment, i) => (kinds[i] ? [{ segment, kind: kinds[i]! }] : []));
  return { cover, body, furniture, lang: languageOf(body) };
}

function isTitleLike(t: string): boolean {
  return t.length >= 4 && t.length <= 100 && !isSentence(t) && !/[：:]$/.test(t) && /[\u4e00-\u9fffA-Za-z]{2}/.test(t) && !SALUTATION.test(t);
}

/** A place's name: 广东省, 十堰市郧阳区, 内蒙古自治区. */
const PLACE = /^[\u4e00-\u9fff]{2,12}(?:省|自治区|市|县|区|州|盟|旗)$/;

/** The cover, and the place it names (its speaker's line, its session line) for an organisation named without it (省人民政府). */
function readCover(segs: Segment[], kinds: unknown[], start: number): { cover: Cover; place?: string } {
  const cover: Cover = {};
  let place: string | undefined;
  // the header: its lines (segments of one line joined again: 黄陂区发展和改革局局长   叶明壮), furniture set aside
  const header: { text: string; line: number }[] = [];
  for (let i = 0; i < start; i++) {
    if (kinds[i]) continue;
    const s = segs[i]!;
    const last = header[header.length - 1];
    if (last && last.line === s.line) last.text += ` ${s.text}`;
    else header.push({ text: s.text, line: s.line });
  }
  // a session line with the speaker after it (…第四次会议上 陕西省省长 赵刚): two lines
  const lines = header.map((h) => clean(h.text)).flatMap((l) => {
    const m = /^(.*会议上)\s+(\S.*)$/.exec(l);
    return m && SPEAKER.test(m[2]!) ? [m[1]!, m[2]!] : [l];
  });
  // a session line set over two lines (——2026年1月26日在广东省第十四届 / 人民代表大会第五次会议上)
  for (let i = 0; i + 1 < lines.length; i++) {
    if ((/^[—–\-－]{1,2}/.test(lines[i]!) || /在[^，。]{2,20}$/.test(lines[i]!)) && !/上\s*$/.test(lines[i]!) && /^[^，。：:]{2,30}上\s*$/.test(lines[i + 1]!)) {
      lines.splice(i, 2, lines[i]! + lines[i + 1]!);
      break;
    }
  }
  const session = lines.findIndex((l) => SESSION.test(l) && l.length >= 6 && l.length <= 60);
  const speaker = lines.findIndex((l) => SPEAKER.test(l) && l.length <= 40);
  if (session >= 0) {
    let sub = lines[session]!.replace(/^[—–\-－]+\s*/, '');
    const d = new RegExp(`^${DATE.source}`).exec(sub);
    if (d && /^在/.test(sub.slice(d[0].length).trim())) {
      cover.date = d[0].replace(/\s+/g, '');
      sub = sub.slice(d[0].length).trim();
    }
    cover.subtitle = sub;
  }
  if (speaker >= 0) {
    const m = SPEAKER.exec(lines[speaker]!)!;
    cover.speaker = lines[speaker]!.replace(/\s+/g, ' ');
    if (m[1] && ORG_END.test(m[1])) cover.organization = m[1];
    else if (m[1] && PLACE.test(m[1])) place = m[1];
  }
  place ??= cover.subtitle ? /在(\S{2,12}?(?:省|自治区|市|县|区|州|盟|旗))第/.exec(cover.subtitle)?.[1] : undefined;
  const candidates = lines.map((l, i) => ({ l, i })).filter(({ l, i }) => i !== session && i !== speaker && isTitleLike(l) && !isDateLine(l) && !SESSION.test(l));
  // the document's own title stands right above its session or speaker line; else the page's first title
  const anchor = session >= 0 ? session : speaker;
  let title: string | undefined;
  if (anchor > 0) {
    const run: string[] = [];
    for (let i = anchor - 1; i >= 0 && candidates.some((c) => c.i === i); i--) run.unshift(lines[i]!);
    // a title set over several lines: as many of them as another title line holds (关于…发展 / 计划执行情况… / …的报告)
    for (let j = 1; j <= run.length; j++) {
      const joined = run.slice(run.length - j).join('');
      const others = candidates.filter((c) => c.i < anchor - j).map((c) => squash(stripTitle(c.l)));
      if (j === 1 || others.some((o) => o.includes(squash(stripTitle(joined))))) title = joined;
    }
  }
  // the title an information table gives (标题: …, 文件名称 | …), else the page's first
  const furnitureLines = segs.slice(0, start).filter((_, i) => kinds[i]).map((x) => clean(x.text));
  const fromInfo = furnitureLines.map((f) => /^(?:标题|文件名称|名称)\s*[:：|｜]\s*([^|｜]{4,100})/.exec(f)?.[1]?.trim()).find((x) => x && isTitleLike(x));
  title ??= fromInfo ?? candidates[0]?.l;
  if (title !== undefined) {
    title = stripTitle(title);
    const dated = new RegExp(`\\s+(${DATE.source})$`).exec(title);
    if (dated) {
      cover.date ??= dated[1];
      title = title.slice(0, dated.index).trim();
    }
    const colon = /^(.{4,40}?)[：:]\s*(.{4,})$/.exec(title);
    if (colon && DOC_KIND.test(colon[1]!) && !cover.subtitle) {
      title = colon[1]!;
      cover.subtitle = colon[2]!;
    }
    cover.title = title;
  }
  for (const l of lines) {
    if (cover.date === undefined && isDateLine(l)) cover.date = l;
    if (cover.organization === undefined && l !== cover.title && ORG_END.test(l) && l.length <= 30 && !DOC_KIND.test(l)) cover.organization = l;
  }
  // what the publish lines say: the date, the organisation (信息来源:白杨街道, 发文单位 / 黄陂区发展和改革局)
  const furnitureText = segs.slice(0, start).filter((_, i) => kinds[i]).map((s) => clean(s.text));
  for (let i = 0; i < furnitureText.length; i++) {
    const f = furnitureText[i]!;
    const d = DATE.exec(f);
    if (cover.date === undefined && d && /(?:日期|时间|发布|成文)|^\d{4}[-/.]/.test(f)) cover.date = d[0];
    const org = /(?:信息来源|来源|发布机构|发文单位|发文机关|来源单位|发布单位)\s*[:：]?\s*([^\s|｜]{2,30})/.exec(f) ?? (/^(?:发文单位|发文机关|发布机构)$/.test(f) && furnitureText[i + 1] ? [f, furnitureText[i + 1]!] : null);
    if (cover.organization === undefined && org && ORG_END.test(org[1]!)) cover.organization = org[1]!;
  }
  return { cover, ...(place ? { place } : {}) };
}

function finishCover(cover: Cover, body: Segment[], place: string | undefined): void {
  // 我代表北京市人民政府，向大会报告工作
  const opening = body.slice(0, 4).map((s) => s.text).join('');
  const rep = /我(?:们)?代表([^，,。；\s]{2,30}?)(?:[，,]|向|作)/.exec(opening);
  if (rep && ORG_END.test(rep[1]!) && (cover.organization === undefined || rep[1]!.length > cover.organization.length)) cover.organization = rep[1]!;
  if (cover.organization === undefined) {
    // the body's first subject, when it is an organisation: 十堰市郧阳区教育局始终坚持…
    const m = /^([\u4e00-\u9fff]{2,20}?(?:局|委员会|政府|办公室|中心|学校|中学|小学|公司|集团|医院|街道|办事处))(?=[\u4e00-\u9fff])/.exec(body[0]?.text ?? '');
    if (m) cover.organization = m[1];
  }
  // an organisation named without its place (省人民政府, 自治区人民政府): the place the cover names
  if (cover.organization && place && /^(?:省|市|县|区|自治区|州)/.test(cover.organization)) cover.organization = joinOverlap(place, cover.organization);
  // a title that names no one (政府工作报告) takes the organisation's name: 荣县人民政府工作报告
  // (after its year: 2026年政府工作报告 → 2026年云南省人民政府工作报告)
  if (cover.title && cover.organization && isGeneric(cover.title)) {
    const year = /^\d{4}年(?:度)?/.exec(cover.title)?.[0] ?? '';
    cover.title = year + joinOverlap(cover.organization, cover.title.slice(year.length));
  }
}

/** A title that says what kind of document it is and nothing of whose: 政府工作报告, 工作总结. */
function isGeneric(title: string): boolean {
  const t = title.replace(/^\d{4}年(?:度)?/, '');
  return t.length <= 8 && DOC_KIND.test(t) && !/[省市县区镇乡村街道局校院委]|\d/.test(t.replace(/政府|工作/g, ''));
}

/** 荣县人民政府 + 政府工作报告 → 荣县人民政府工作报告 (the words they share written once). */
function joinOverlap(a: string, b: string): string {
  for (let k = Math.min(a.length, b.length); k > 0; k--) if (a.endsWith(b.slice(0, k))) return a + b.slice(k);
  return a + b;
}

/** A title as a page or document site prints it: without 【第1篇】, (全文), a PDF's trailing " ?". */
function stripTitle(t: string): string {
  return clean(t)
    .replace(/^【[^】]{1,10}】\s*/, '')
    .replace(/\s*[(（](?:全文|全文发布|附全文|图文|最新|完整版|可编辑)[)）]\s*$/, '')
    .replace(/\.(?:docx?|pdf|txt|wps)$/i, '')
    .trim();
}

const squash = (s: string) => s.replace(/[\s，,。：:（）()“”"'\-—]/g, '');

function isDateLine(t: string): boolean {
  const m = DATE.exec(t);
  return !!m && t.replace(m[0], '').replace(/[\s日号:：\d]/g, '').length <= 2;
}

function languageOf(body: Segment[]): 'zh' | 'en' {
  let cjk = 0;
  let latin = 0;
  for (const s of body.slice(0, 200)) {
    for (const c of s.text) {
      if (/[\u3400-\u9fff]/.test(c)) cjk++;
      else if (/[A-Za-z]/.test(c)) latin++;
    }
  }
  // a Chinese character carries about a word; an English word about five letters
  return cjk * 5 >= latin ? 'zh' : 'en';
}
