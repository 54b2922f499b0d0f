/**
 * An outline against the report it was condensed from (the outline's `source:` key, or
 * `check --source`): every figure's quoted `source` must be in the report, and the figure as
 * printed must be in its quote; the message gives both places, the outline's and the report's.
 * Run by `build`, `watch` and `check`; a mismatch is a warning (--strict: an error), as the
 * report may have been edited. `check` also lists the report's figures no slide shows.
 * The report is read and normalised once per build: tens of kilobytes, a millisecond.
 */
import { relative, resolve } from 'node:path';
import { report as raise } from '../core/catalogue/define.js';
import { SOURCES } from '../core/catalogue/outline.js';
import type { Diagnostic } from '../core/errors.js';
import { describeFailure, readLimited } from '../core/safe-read.js';
import { SourceText } from '../core/source.js';
import { analyseReport } from '../report/analyse.js';
import { notShown } from '../report/coverage.js';
import { figureAsWritten } from '../report/figures.js';
import { MAX_REPORT_BYTES, normaliseReport } from '../report/read.js';
import { showable, UNSHOWABLE } from '../report/text.js';
import { changeParts, changesOf } from '../slides/change.js';
import { figureText } from '../slides/figures.js';
import { slideType } from '../slides/registry.js';
import type { SlideFigure } from '../slides/slide-type.js';
import type { OutlineDoc } from './load.js';
import type { NumberItem } from './schema.js';

const FOLD: Record<string, string> = { '，': ',', '；': ';', '（': '(', '）': ')', '：': ':' };

/** Spaces and full-/half-width commas differ between copies of the same text; compare without them. */
function normal(s: string): string {
  return s.replace(UNSHOWABLE, '').replace(/\s+/g, '').replace(/[，；（）：]/g, (c) => FOLD[c]!);
}

/** The normalised text and, for each of its characters, its offset in the original (to give the report's line and column). */
function normalWithOffsets(s: string): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  // a character no outline holds (a control character from a PDF, half a character) becomes a space, which is skipped
  const shown = showable(s);
  for (let i = 0; i < shown.length; i++) {
    const c = shown[i]!;
    if (/\s/.test(c)) continue;
    text += FOLD[c] ?? c;
    at.push(i);
  }
  return { text, at };
}

/** The report's path as the user would type it: relative to the working folder when inside it, else as the outline writes it. */
function shownPath(path: string, written: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !rel.startsWith('/') ? rel : written;
}

export interface SourceCheckOptions {
  /** The report to check against instead of the outline's `source:` (`check --source`), as an absolute path and as shown. */
  report?: { path: string; display: string };
  /** List the report's figures no slide shows (`check`). */
  coverage?: boolean;
  /** The report's text, read by the caller (a Word or PDF report: report/read.ts, which is asynchronous). */
  text?: string;
}

/** How many of the report's figures the deck shows. */
export interface Coverage {
  shown: number;
  total: number;
}

export interface SourceCheck {
  diagnostics: Diagnostic[];
  /** With `coverage`: the count behind the SOURCE_COVERAGE notes. */
  coverage?: Coverage;
}

/** The report an outline is checked against: `check --source`, else the outline's `source:`. */
export function namedReport(doc: OutlineDoc, report?: { path: string; display: string }): { path: string; display: string } | undefined {
  const source = doc.outline.source;
  return report ?? (source ? { path: resolve(doc.dir, source), display: shownPath(resolve(doc.dir, source), source) } : undefined);
}

export function checkSources(doc: OutlineDoc, opts: SourceCheckOptions = {}): SourceCheck {
  const outline = doc.outline;
  const named = namedReport(doc, opts.report);
  if (!named) return { diagnostics: [] };
  let raw = opts.text;
  if (raw === undefined) {
    const read = readLimited(named.path, MAX_REPORT_BYTES);
    if (!read.ok) {
      const where = opts.report ? {} : { pos: doc.locate(['source']) };
      return { diagnostics: [raise(SOURCES.reportUnreadable, { report: named.display, failure: { en: describeFailure(read), zh: describeFailure(read, 'zh') } }, { severity: 'warning', ...where })] };
    }
    raw = normaliseReport(new TextDecoder('utf-8').decode(read.bytes));
  }
  const { text: report, at: offsets } = normalWithOffsets(raw);
  let reportText: SourceText | undefined;
  /** FILE:LINE:COLUMN of a quote found in the report (the report is only indexed by line when a message needs it). */
  const reportPlace = (normalIndex: number) => {
    reportText ??= new SourceText(named.display, raw!);
    const p = reportText.position(offsets[normalIndex] ?? raw.length);
    return `${p.file}:${p.line}:${p.column}`;
  };
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
    const found = report.indexOf(normal(f.source));
    if (found < 0) {
      const key = `${JSON.stringify(path)}:${f.source}`;
      if (!missing.has(key)) out.push(raise(SOURCES.quoteNotInReport, { report: named.display }, { severity: 'warning', ...at([...path, 'source']) }));
      missing.add(key);
    } else {
      if (!normal(f.source).includes(normal(figureText(f, lang)))) {
        out.push(raise(SOURCES.figureNotInQuote, { figure: figureText(f, lang), quote: f.source, where: reportPlace(found) }, { severity: 'warning', ...at(at$) }));
      }
      // a change's value and unit must be in the quote too (同比增长6.1% → 6.1%); its words may differ (同比, 比上年同期)
      for (const { change, path: cp } of changesOf(f.change, path)) {
        if (!change || typeof change.value !== 'number') continue;
        const p = changeParts({ ...change, written: doc.written([...cp, 'value']) }, lang);
        const figure = p.value + (change.unit ?? '');
        if (!hasNumber(normal(f.source), normal(figure))) {
          out.push(raise(SOURCES.figureNotInQuote, { figure, quote: f.source, where: reportPlace(found) }, { severity: 'warning', ...at([...cp, 'value']) }));
        }
      }
    }
  }
  if (!opts.coverage) return { diagnostics: out };
  const { diagnostics, coverage } = uncovered(raw, named.display, figures);
  return { diagnostics: [...out, ...diagnostics], coverage };
}

/**
 * The report's figures that no slide shows: same value, and the same unit where the slide gives
 * one (a chart's values have none); a number slide's `of` counts (1240 of 1600).
 * Only the article: page furniture before it and what follows its end are not the report's.
 */
function uncovered(raw: string, display: string, figures: readonly SlideFigure[]): { diagnostics: Diagnostic[]; coverage: Coverage } {
  const shown = figures.flatMap(({ keys }) => {
    const k = keys as NumberItem & { of?: number };
    const changes = changesOf(k.change, []).flatMap(({ change }) => (change && typeof change.value === 'number' ? [{ value: change.value, unit: change.unit }] : []));
    return [{ value: k.value, unit: k.unit }, ...changes, ...(typeof k.of === 'number' ? [{ value: k.of, unit: k.unit }] : [])];
  });
  const report = analyseReport(raw);
  const missing = notShown(report.figures, shown);
  const text = new SourceText(display, raw);
  const diagnostics = missing.map((f) => {
    const pos = text.position(f.valueStart);
    return raise(SOURCES.notShown, { figure: figureAsWritten(f), sentence: f.clause.text }, { severity: 'warning', pos, frame: text.frame(pos.line, pos.column) });
  });
  return { diagnostics, coverage: { shown: report.figures.length - missing.length, total: report.figures.length } };
}

/** Whether `figure` is in `text` as a number of its own: 6.1% is in 增长6.1%, not in 增长16.1%. */
function hasNumber(text: string, figure: string): boolean {
  for (let i = text.indexOf(figure); i >= 0; i = text.indexOf(figure, i + 1)) {
    if (!/[\d.,]/.test(text[i - 1] ?? '') || !/^\d/.test(figure)) return true;
  }
  return false;
}
