/**
 * The draft plan as outline YAML, written as text so that it can carry comments: at the top,
 * what needs a person; beside each cut point, that it is draft text. Strings are written as
 * JSON strings, which YAML reads as they are (quotes, colons and # included).
 */
import { say, type MessageLang } from '../core/catalogue/define.js';
import { DRAFT_NOTES } from '../core/catalogue/draft.js';
import type { Change } from '../slides/fields.js';
import type { Plan } from './plan.js';

export interface OutlineTextOptions {
  /** The report as the outline names it (relative to the outline), when checks can read it. */
  source?: string;
  /** The report as the header names it. */
  reportName: string;
  lang: MessageLang;
}

const q = (s: string) => JSON.stringify(s);

/** A long label a person should shorten: over this many characters. */
const LONG_LABEL = 8;

export function outlineText(plan: Plan, opts: OutlineTextOptions): string {
  const t = <P>(p: { en(p: P): string; zh(p: P): string }, params: P) => say(p, params, opts.lang);
  const a = plan.article;
  const lines: string[] = [];
  const cut = plan.sections.flatMap((s) => s.slides).reduce((n, s) => n + (s.type === 'points' ? s.points.length : 0), 0);
  const longLabels = plan.figures.filter((f) => f.label.length > LONG_LABEL).map((f) => f.label);
  const guessed = ['title', 'subtitle', 'organization', 'date'].filter((k) => k !== 'title' || !a.title);
  lines.push(`# ${t(DRAFT_NOTES.header, { report: opts.reportName })}`);
  lines.push(`# ${t(DRAFT_NOTES.needsPerson, {})}`);
  lines.push(`#   - ${t(DRAFT_NOTES.checkMeta, { keys: guessed.join(', ') })}`);
  if (cut) lines.push(`#   - ${t(DRAFT_NOTES.rewrite, { n: cut })}`);
  if (longLabels.length) lines.push(`#   - ${t(DRAFT_NOTES.shorten, { labels: longLabels.join('、') })}`);
  lines.push(`#   - ${t(DRAFT_NOTES.titles, {})}`);
  lines.push(`#   - ${t(DRAFT_NOTES.keepSource, {})}`);
  if (!opts.source) lines.push(`#   - ${t(DRAFT_NOTES.noSource, { report: opts.reportName })}`);
  lines.push('');
  lines.push(`title: ${q(a.title ?? plan.sections[0]?.title ?? opts.reportName)}`);
  if (a.subtitle) lines.push(`subtitle: ${q(a.subtitle)}`);
  if (a.organization) lines.push(`organization: ${q(a.organization)}`);
  if (a.date) lines.push(`date: ${q(a.date)}`);
  lines.push('lang: zh-CN');
  if (opts.source) lines.push(`source: ${q(opts.source)}`);
  lines.push('', 'sections:');
  const mark = `  # ${t(DRAFT_NOTES.draftPoint, {})}`;
  for (const sec of plan.sections) {
    lines.push(`  - title: ${q(sec.title)}`);
    if (sec.subtitle) lines.push(`    subtitle: ${q(sec.subtitle)}`);
    lines.push('    slides:');
    for (const slide of sec.slides) {
      lines.push(`      - type: ${slide.type}`, `        title: ${q(slide.title)}`);
      if (slide.type === 'points') {
        lines.push('        points:');
        for (const p of slide.points) lines.push(`          - ${q(p.text)}${mark}`);
      } else {
        lines.push('        numbers:');
        for (const f of slide.figures) {
          const grouped = f.written.includes(',');
          lines.push(`          - value: ${f.written.replace(/,/g, '')}`);
          if (f.approx) lines.push(`            approx: ${q(f.approx)}`);
          if (f.unit) lines.push(`            unit: ${q(f.unit)}`);
          lines.push(`            label: ${q(f.label)}`);
          if (f.changes.length === 1) lines.push(`            change: ${changeText(f.changes[0]!)}`);
          else if (f.changes.length > 1) {
            lines.push('            change:');
            for (const c of f.changes) lines.push(`              - ${changeText(c)}`);
          }
          if (grouped) lines.push('            format: grouped');
          lines.push(`            source: ${q(f.source)}`);
        }
      }
      if (slide.notes) lines.push(...notesLines(slide.notes, '        '));
    }
  }
  if (plan.closing) lines.push('', 'closing:', `  title: ${q(plan.closing)}`);
  return lines.join('\n') + '\n';
}

/**
 * Notes as a literal block, one paragraph a line, as an author writes them; a text a block cannot
 * hold as it is (a line that starts with a space, a control character) is written as a string.
 */
function notesLines(notes: string, indent: string): string[] {
  const lines = notes.split('\n');
  if (lines.some((l) => /^\s|\s$/.test(l) || l === '') || /[\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(notes)) return [`${indent}notes: ${q(notes)}`];
  return [`${indent}notes: |-`, ...lines.map((l) => `${indent}  ${l}`)];
}

function changeText(c: Change): string {
  const parts: string[] = [];
  if (c.value !== undefined) parts.push(`value: ${c.value}`);
  if (c.unit) parts.push(`unit: ${q(c.unit)}`);
  parts.push(`word: ${q(c.word)}`);
  if (c.basis) parts.push(`basis: ${q(c.basis)}`);
  return `{ ${parts.join(', ')} }`;
}
