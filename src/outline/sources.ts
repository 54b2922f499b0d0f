/**
 * `briefdeck check` against the report an outline was condensed from (the outline's
 * `source:` key): every figure's quoted `source` must be in the report, and the figure as
 * printed must be in its quote. A mismatch is a warning: the report may have been edited.
 */
import { resolve } from 'node:path';
import { report as raise } from '../core/catalogue/define.js';
import { SOURCES } from '../core/catalogue/outline.js';
import type { Diagnostic } from '../core/errors.js';
import { describeFailure, readLimited } from '../core/safe-read.js';

/** A report is text: tens of kilobytes; anything past this is not one. */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;
import { changeParts, changesOf } from '../slides/change.js';
import { figureText } from '../slides/figures.js';
import { slideType } from '../slides/registry.js';
import type { SlideFigure } from '../slides/slide-type.js';
import type { OutlineDoc } from './load.js';
import type { NumberItem } from './schema.js';

/** Spaces and full-/half-width commas differ between copies of the same text; compare without them. */
function normal(s: string): string {
  return s.replace(/\s+/g, '').replace(/[，]/g, ',').replace(/[；]/g, ';').replace(/[（]/g, '(').replace(/[）]/g, ')').replace(/[：]/g, ':');
}

export function checkSources(doc: OutlineDoc): Diagnostic[] {
  const outline = doc.outline;
  if (!outline.source) return [];
  const path = resolve(doc.dir, outline.source);
  const read = readLimited(path, MAX_REPORT_BYTES);
  if (!read.ok) {
    return [raise(SOURCES.reportUnreadable, { report: outline.source, failure: { en: describeFailure(read), zh: describeFailure(read, 'zh') } }, { severity: 'warning', pos: doc.locate(['source']) })];
  }
  const report = normal(new TextDecoder('utf-8').decode(read.bytes));
  const out: Diagnostic[] = [];
  const at = (p: (string | number)[]) => {
    const pos = doc.locate(p);
    return { pos, frame: doc.file.source.frame(pos.line, pos.column) };
  };
  const lang = outline.lang ?? 'zh-CN';
  const figures: SlideFigure[] = [];
  const visit = (slides: readonly { type: string }[] | undefined, base: (string | number)[]) =>
    slides?.forEach((slide, j) => figures.push(...(slideType(slide.type)?.figures?.(slide as unknown as Record<string, unknown>, [...base, j]) ?? [])));
  outline.sections?.forEach((sec, i) => visit(sec.slides, ['sections', i, 'slides']));
  visit(outline.slides, ['slides']);
  // a quote shared by several values (a chart's series) is looked up once
  const missing = new Set<string>();
  for (const { keys, path, valuePath } of figures) {
    const at$ = valuePath ?? [...path, 'value'];
    const f = { ...(keys as NumberItem), written: doc.written(at$) };
    if (!f.source) continue;
    if (!report.includes(normal(f.source))) {
      const key = `${JSON.stringify(path)}:${f.source}`;
      if (!missing.has(key)) out.push(raise(SOURCES.quoteNotInReport, { report: outline.source }, { severity: 'warning', ...at([...path, 'source']) }));
      missing.add(key);
    } else {
      if (!normal(f.source).includes(normal(figureText(f, lang)))) {
        out.push(raise(SOURCES.figureNotInQuote, { figure: figureText(f, lang), quote: f.source }, { severity: 'warning', ...at(at$) }));
      }
      // a change's value and unit must be in the quote too (同比增长6.1% → 6.1%); its words may differ (同比, 比上年同期)
      for (const { change, path: cp } of changesOf(f.change, path)) {
        if (!change || typeof change.value !== 'number') continue;
        const p = changeParts({ ...change, written: doc.written([...cp, 'value']) }, lang);
        const figure = p.value + (change.unit ?? '');
        if (!hasNumber(normal(f.source), normal(figure))) {
          out.push(raise(SOURCES.figureNotInQuote, { figure, quote: f.source }, { severity: 'warning', ...at([...cp, 'value']) }));
        }
      }
    }
  }
  return out;
}

/** Whether `figure` is in `text` as a number of its own: 6.1% is in 增长6.1%, not in 增长16.1%. */
function hasNumber(text: string, figure: string): boolean {
  for (let i = text.indexOf(figure); i >= 0; i = text.indexOf(figure, i + 1)) {
    if (!/[\d.,]/.test(text[i - 1] ?? '') || !/^\d/.test(figure)) return true;
  }
  return false;
}
