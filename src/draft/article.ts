/**
 * Where the article is in a report's text: its title, the page furniture before it (source
 * bars, download notices, copyright claims), and where it ends (责任编辑, 其他文献, related
 * articles, navigation, copyright lines): nothing after the end reaches the draft.
 */
import { ARTICLE_END as END, FURNITURE } from '../report/figures.js';

export interface Article {
  title?: string;
  subtitle?: string;
  organization?: string;
  date?: string;
  /** The article's paragraphs, in order, without the title. */
  paragraphs: string[];
}

/** A date stated on its own line or in a header: 2026年7月15日, 2026-07-15. */
const DATE = /(\d{4})\s*(?:年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?|[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)/;
const ORG_END = /(?:局|委员会|委|政府|办公室|办|中心|学校|学院|大学|公司|集团|医院|协会|管理处|党委|党组|支部)$/;

/**
 * The report's text as paragraphs: one a line, and a line that holds several (a heading run in
 * after a paragraph, set off by a run of spaces) split at those spaces.
 */
export function paragraphsOf(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.split(/[ \t\u3000\u00a0]{2,}/))
    .map((p) => p.replace(/^[ \t\u3000\u00a0]+|[ \t\u3000\u00a0]+$/g, ''))
    .map((p) => p.replace(/^#{1,6}\s+/, '')) // Markdown headings are headings all the same
    .map((p) => p.replace(/^[-*+]\s+/, '')) // and a Markdown list item a paragraph
    .filter((p) => p !== '');
}

const isSentence = (p: string) => /[。！？；;!?]$/.test(p) || p.length > 40;

export function findArticle(text: string): Article {
  const paras = paragraphsOf(text);
  const article: Article = { paragraphs: [] };
  let i = 0;
  const header: string[] = [];
  // the title: the first line that is not furniture and reads as a title, not a sentence
  while (i < paras.length && FURNITURE.test(paras[i]!)) header.push(paras[i++]!);
  if (i < paras.length && !isSentence(paras[i]!) && !/^[一二三四五六七八九十]+、/.test(paras[i]!)) article.title = paras[i++]!;
  // what stands between the title and the text: furniture, a subtitle, the organisation, a date
  while (i < paras.length && !isSentence(paras[i]!) && !/^[一二三四五六七八九十]+、/.test(paras[i]!)) {
    const p = paras[i]!;
    if (FURNITURE.test(p)) header.push(p);
    else if (DATE.test(p) && p.replace(DATE, '').trim().length <= 4) article.date = p;
    else if (ORG_END.test(p) && p.length <= 30) article.organization = p;
    else if (/^[—–\-－]{1,2}/.test(p) || article.subtitle === undefined && p.length <= 30 && !/^[（(]?[一二三四五六七八九十\d]/.test(p) && looksLikeSubtitle(p, paras[i + 1])) article.subtitle = p.replace(/^[—–\-－]+\s*/, '');
    else break;
    i++;
  }
  while (i < paras.length && FURNITURE.test(paras[i]!)) header.push(paras[i++]!);
  let end = i;
  while (end < paras.length && !END.test(paras[end]!)) end++;
  article.paragraphs = paras.slice(i, end);
  if (article.date === undefined) {
    const stated = header.map((h) => DATE.exec(h)).find((m) => m);
    if (stated) article.date = stated[0];
  }
  if (article.organization === undefined) {
    // the body's first subject when it is an organisation: 十堰市郧阳区教育局始终坚持…
    const m = /^(\S{2,20}?(?:局|委员会|政府|办公室|中心|学校|公司|集团|医院))(?=[\u4e00-\u9fff])/.exec(article.paragraphs[0] ?? '');
    if (m) article.organization = m[1];
  }
  return article;
}

/** A subtitle line is short and followed by the article (not a heading of its own that starts a section). */
function looksLikeSubtitle(p: string, next: string | undefined): boolean {
  return next !== undefined && isSentence(next) && !/[，,]以“/.test(p);
}
