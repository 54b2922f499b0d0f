/**
 * The draft's figures: each figure the report states (outline/report-figures.ts), with a label
 * from the words before it (or after it, when those say nothing: 其中1240多件已办到位) and, as
 * its `source`, the report's clause verbatim (up to the end of its changes), so `check` and
 * `build` pass on the draft as written.
 */
import { clauseAround, findFigures, type ReportFigure } from '../report/figures.js';

export interface DraftFigure extends ReportFigure {
  label: string;
  source: string;
  /** The whole sentence, for the notes. */
  sentence: string;
}

/** Words that open a clause but say nothing of what is counted. */
const LEAD_FILLER = /^(?:其中|全区|全县|全市|全省|全镇|区教育局|县教育局|市教育局|我局|我们|共计|共|累计|先后|同时|并且|并|已经|已|均|全年|上半年|下半年|今年|去年|当年|此外|另外|还|为)+/;
/** Verbs between the label and its figure: 覆盖率达到86%, 总产值完成395.12亿元. */
const TRAIL_VERB = /(?:不少于|不低于|不超过|不多于|至少|已达到|达到|已达|达|为|完成|实现|共计|合计|累计|控制在|增至|突破|共有|有|是|在|的)+$/;
const MAX_LABEL = 16;

export function draftFigures(paragraph: string): DraftFigure[] {
  const found = findFigures(paragraph);
  return found.map((f, i) => {
    let span = clauseAround(paragraph, f.start, f.changeEnd);
    // two figures in one clause (摄像头1400余个、一键式紧急报警装置100套): each its own part
    const shares = found.some((g, j) => j !== i && g.start < span.end && g.end > span.start);
    if (shares) span = narrow(paragraph, span, f);
    const sentence = sentenceAround(paragraph, f.start);
    return { ...f, label: labelOf(paragraph.slice(span.start, f.start), paragraph.slice(f.end, span.end), f), source: paragraph.slice(span.start, Math.max(span.end, f.changeEnd)).trim(), sentence };
  });
}

function narrow(text: string, span: { start: number; end: number }, f: ReportFigure): { start: number; end: number } {
  let s = f.start;
  while (s > span.start && text[s - 1] !== '、') s--;
  let e = f.changeEnd;
  while (e < span.end && text[e] !== '、') e++;
  return { start: s, end: e };
}

function sentenceAround(text: string, at: number): string {
  let s = at;
  while (s > 0 && !/[。；;！？!?]/.test(text[s - 1]!)) s--;
  let e = at;
  while (e < text.length && !/[。；;！？!?]/.test(text[e]!)) e++;
  return text.slice(s, Math.min(text.length, e + 1)).trim();
}

export function labelOf(before: string, after: string, f: ReportFigure): string {
  const clean = (s: string) => s.replace(/[（(][^）)]*[）)]/g, '').replace(/^[\s，,、：:]+|[\s，,、：:]+$/g, '');
  let label = clean(before).replace(LEAD_FILLER, '').replace(TRAIL_VERB, '');
  if (label.length < 2 || /\d/.test(label)) {
    // the words after the figure, up to the next pause, say what it counts (920名交流轮岗教师…)
    const rest = clean(after.slice(Math.max(0, f.changeEnd - f.end))).split(/[，,、；;。]/)[0] ?? '';
    label = rest.length >= 2 ? rest : label.length >= 1 ? label : rest || (f.unit ?? '数量');
  }
  return fit(label);
}

/** A label too long for a card: without a book title, then from its last small word on (a person shortens it). */
function fit(label: string): string {
  if (label.length <= MAX_LABEL) return label;
  const bare = label.replace(/《[^》]*》/g, '');
  if (bare.length >= 2 && bare.length <= MAX_LABEL) return bare;
  for (let i = bare.length - MAX_LABEL; i < bare.length - 4; i++) {
    if (/[的和与及在对向把将给讲]/.test(bare[i]!)) return bare.slice(i + 1);
  }
  return bare.slice(bare.length - MAX_LABEL);
}
