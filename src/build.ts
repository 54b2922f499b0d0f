/**
 * The whole pipeline for one outline: read → validate → template → layout → pptx →
 * zip → atomic write. All problems come back as one DeckError; warnings beside the result.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { writeFileAtomic } from './core/atomic-write.js';
import { report } from './core/catalogue/define.js';
import { FORMAT } from './core/catalogue/export.js';
import { OUTPUT } from './core/catalogue/output.js';
import { DeckError, isError, sortDiagnostics, type Diagnostic } from './core/errors.js';
import { guardOutput, type OutputGuard } from './core/output-guard.js';
import { layoutDeck } from './compose/deck.js';
import type { Deck } from './deck/model.js';
import type { ExportedFile, ExportTargets } from './export/export.js';
import { loadOutline, parseOutline, type OutlineDoc } from './outline/load.js';
import { checkSources, namedReport, type Coverage } from './outline/sources.js';
import { readReport, reportKind } from './report/read.js';
import { SOURCES } from './core/catalogue/outline.js';
import { DEFAULT_TEMPLATE, loadTemplate, type LoadedTheme, type Theme } from './template/load.js';

export interface BuildOptions extends ExportFlags {
  /** Path of the outline file. */
  outline: string;
  /** Output file; default output/<outline name>.pptx under `cwd`. */
  output?: string;
  /** Template name or folder; wins over the outline's `template:` key. */
  template?: string;
  /** false: validate and lay out only (`check`). */
  write?: boolean;
  /** Replace an output that is not a deck, or a file the build reads (--force). */
  force?: boolean;
  /** Every warning is an error (--strict): a list that continues, a duplicate title, a contrast below its ratio. */
  strict?: boolean;
  /** Slides may show pictures from outside the outline's folder (--allow-outside). */
  allowOutside?: boolean;
  /** The report to check figures against instead of the outline's `source:` (check --source), relative to `cwd`. */
  source?: string;
  cwd?: string;
}

export interface BuildResult {
  deck: Deck;
  doc: OutlineDoc;
  /** Absolute path written, when written. */
  output?: string;
  bytes?: number;
  warnings: Diagnostic[];
  /** Milliseconds per stage. */
  timings: { load: number; layout: number; render: number; write: number; export?: number };
  /** The PDF, handout and pictures made (--pdf, -o x.pdf, --handout, --png). */
  exported?: ExportedFile[];
  /** What could not be made: EXPORT_UNAVAILABLE, EXPORT_FAILED (the deck is written all the same). */
  exportProblems?: Diagnostic[];
  /** `check`: how many of the report's figures the deck shows. */
  coverage?: Coverage;
}

export function defaultOutput(outline: string, cwd = process.cwd()): string {
  return resolve(cwd, 'output', `${basename(outline, extname(outline))}.pptx`);
}

/** -o names a folder: an existing one, or a name ending in / or \\. */
export function isFolderName(flag: string, cwd = process.cwd()): boolean {
  if (/[\\/]$/.test(flag)) return true;
  try {
    return statSync(resolve(cwd, flag)).isDirectory();
  } catch {
    return false; // not there yet: a file name
  }
}

/**
 * The file -o names: a folder gets <outline name>.pptx inside it; a file name must say what it
 * will hold (one of `formats`, or no extension at all), so that no name ever lies about its
 * content (`-o brief.key` is a usage error, not a .pptx named .key); an empty name is a usage
 * error, not the default.
 */
export function resolveOutput(flag: string | undefined, outline: string, cwd = process.cwd(), formats: readonly string[] = ['.pptx']): string {
  if (flag === undefined) return defaultOutput(outline, cwd);
  if (flag.trim() === '') throw new DeckError(report(OUTPUT.emptyName, {}));
  const abs = resolve(cwd, flag);
  if (isFolderName(flag, cwd)) return join(abs, `${basename(outline, extname(outline))}.pptx`);
  const ext = extname(abs).toLowerCase();
  if (ext && !formats.includes(ext)) throw new DeckError(report(FORMAT.unknown, { file: flag, ext: extname(abs), formats }));
  return abs;
}

/** Every file a build writes. The deck goes to `pptx`; when only a PDF was asked for, that is a temporary file. */
export interface OutputPlan {
  pptx: string;
  /** false: `-o x.pdf`, the deck is only the PDF's source. */
  keepPptx: boolean;
  targets: ExportTargets;
}

export interface ExportFlags {
  /** A PDF beside the deck (--pdf). */
  pdf?: boolean;
  /** A handout PDF beside the deck: each slide with its notes (--handout). */
  handout?: boolean;
  /** Folder of one PNG per slide and a contact sheet (--png DIR). */
  png?: string;
}

/** Where each output goes: `-o x.pdf` is the PDF alone; --pdf puts one beside the deck; the handout is <name>-handout.pdf beside them. */
export function planOutputs(opts: BuildOptions, cwd = process.cwd()): OutputPlan {
  const main = resolveOutput(opts.output, opts.outline, cwd, ['.pptx', '.pdf']);
  const pdfOnly = extname(main).toLowerCase() === '.pdf';
  const stem = main.slice(0, main.length - extname(main).length);
  const targets: ExportTargets = {};
  if (pdfOnly || opts.pdf) targets.pdf = pdfOnly ? main : `${stem}.pdf`;
  if (opts.handout) targets.handout = `${stem}-handout.pdf`;
  if (opts.png !== undefined) {
    if (String(opts.png).trim() === '') throw new DeckError(report(FORMAT.pngNeedsFolder, {}));
    targets.pngDir = resolve(cwd, String(opts.png));
  }
  return { pptx: pdfOnly ? `${stem}.pptx` : main, keepPptx: !pdfOnly, targets };
}

/** Every file of a theme: its template.yaml files and its pictures (absolute paths). */
export function themeFiles(theme: Theme): string[] {
  const files = new Set(theme.files);
  if (theme.logo) files.add(theme.logo.image.path);
  for (const fill of Object.values(theme.backgrounds)) if (fill.image) files.add(fill.image.path);
  return [...files];
}

/** Every file a build of this outline reads: never written over (core/output-guard.ts). The outline first. */
export function inputFiles(doc: OutlineDoc, theme: Theme, source?: string): string[] {
  const files = [doc.path, ...themeFiles(theme), ...doc.pictures];
  if (doc.outline.source) files.push(resolve(doc.dir, doc.outline.source));
  if (source !== undefined) files.push(source);
  return [...new Set(files.filter(Boolean))];
}

/** Path as the user would type it: relative to the working folder when inside it. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !rel.startsWith('/') ? rel : path;
}

export function resolveTheme(doc: OutlineDoc, flag: string | undefined, cwd: string): LoadedTheme {
  if (flag) return loadTemplate(flag, cwd);
  try {
    return loadTemplate(doc.outline.template ?? DEFAULT_TEMPLATE, doc.dir);
  } catch (err) {
    // a template named by the outline is the outline's problem: point at its `template:` line
    if (!(err instanceof DeckError) || doc.outline.template === undefined) throw err;
    const pos = doc.locate(['template']);
    const frame = doc.file.source.frame(pos.line, pos.column);
    throw new DeckError(err.diagnostics.map((d) => (d.pos ? d : { ...d, pos, frame })));
  }
}

export interface LaidOutOutline {
  deck: Deck;
  doc: OutlineDoc;
  /** Every file the build read (outline, template files and images, report). */
  inputs: string[];
  warnings: Diagnostic[];
  /** Milliseconds: reading and checking the outline and template, laying out. */
  timings: { load: number; layout: number };
  /** `check`: how many of the report's figures the deck shows. */
  coverage?: Coverage;
  /** A Word or PDF report still to be checked (checkWordOrPdfReport). */
  pendingReport?: { path: string; display: string };
}

/**
 * The stages before writing: read and validate the outline (`outlineText`: one not on disk),
 * load the template (through `theme` when the caller keeps templates loaded, as the watcher
 * does), lay out, check the figures against the report. A Word or PDF report is read
 * asynchronously: unless the caller gives its text (`reportText`), it is left for
 * checkWordOrPdfReport (`pendingReport`), which build() and the watcher call.
 * Throws one DeckError with every problem.
 */
export function layoutOutline(opts: BuildOptions & { theme?: (doc: OutlineDoc) => LoadedTheme; outlineText?: string; reportText?: string }): LaidOutOutline {
  const cwd = opts.cwd ?? process.cwd();
  const t0 = performance.now();
  const outlinePath = resolve(cwd, opts.outline);
  const outlineOpts = opts.allowOutside ? { allowOutside: true } : {};
  // an outline not on disk (yet): a draft checks itself before it is written
  const doc = opts.outlineText !== undefined ? parseOutline(opts.outlineText, displayPath(outlinePath, cwd), dirname(outlinePath), outlineOpts) : loadOutline(outlinePath, displayPath(outlinePath, cwd), outlineOpts);
  const { theme, warnings: themeWarnings } = opts.theme ? opts.theme(doc) : resolveTheme(doc, opts.template, cwd);
  const t1 = performance.now();
  const { deck, diagnostics } = layoutDeck(doc, theme);
  const t2 = performance.now();
  // every build checks the figures against the report; `check` also lists what no slide shows
  const report = opts.source !== undefined ? { report: { path: resolve(cwd, opts.source), display: displayPath(resolve(cwd, opts.source), cwd) } } : {};
  const named = namedReport(doc, report.report);
  // a Word or PDF report is read asynchronously: build() and the watcher check it after layout (checkWordOrPdfReport)
  const later = opts.reportText === undefined && named && reportKind(named.path) !== undefined && reportKind(named.path) !== 'text' ? named : undefined;
  const sources = later ? { diagnostics: [] } : checkSources(doc, { ...report, coverage: opts.write === false, ...(opts.reportText !== undefined ? { text: opts.reportText } : {}) });
  // the report's check counts as checking (--verbose's read+check)
  const t3 = performance.now();
  const all = strictly(sortDiagnostics([...doc.warnings, ...themeWarnings, ...diagnostics, ...sources.diagnostics]), opts.strict);
  if (all.some(isError)) throw new DeckError(all);
  return {
    deck,
    doc,
    inputs: inputFiles(doc, theme, report.report?.path),
    warnings: all,
    timings: { load: t1 - t0 + (t3 - t2), layout: t2 - t1 },
    ...(sources.coverage ? { coverage: sources.coverage } : {}),
    ...(later ? { pendingReport: later } : {}),
  };
}

/** --strict: every warning is an error, except what the deck leaves out of the report, which is for information. */
function strictly(found: Diagnostic[], strict: boolean | undefined): Diagnostic[] {
  return strict ? found.map((d): Diagnostic => (d.severity === 'warning' && d.code !== 'SOURCE_COVERAGE' ? { ...d, severity: 'error' } : d)) : found;
}

/**
 * The check against a Word or PDF report (`source: 报告.docx`, `check --source 报告.pdf`), read by
 * the readers `draft` uses; its warnings join the build's (an error under --strict).
 */
export async function checkWordOrPdfReport(laid: LaidOutOutline, opts: Pick<BuildOptions, 'strict' | 'write' | 'source' | 'cwd'>): Promise<LaidOutOutline> {
  const named = laid.pendingReport;
  if (!named) return laid;
  const t0 = performance.now();
  let text: string;
  try {
    text = (await readReport(named.path, named.display)).text;
  } catch (err) {
    if (!(err instanceof DeckError)) throw err;
    const where = opts.source !== undefined ? {} : { pos: laid.doc.locate(['source']) };
    const d = err.diagnostics[0]!;
    const found = strictly([report(SOURCES.reportUnreadable, { report: named.display, failure: { en: d.message, zh: d.zh?.message ?? d.message } }, { severity: 'warning', ...where })], opts.strict);
    if (found.some(isError)) throw new DeckError(sortDiagnostics([...laid.warnings, ...found]));
    return { ...laid, warnings: sortDiagnostics([...laid.warnings, ...found]) };
  }
  const sources = checkSources(laid.doc, { report: named, text, coverage: opts.write === false });
  const all = sortDiagnostics([...laid.warnings, ...strictly(sources.diagnostics, opts.strict)]);
  if (all.some(isError)) throw new DeckError(all);
  const { pendingReport: _, ...rest } = laid;
  return { ...rest, warnings: all, timings: { ...laid.timings, load: laid.timings.load + performance.now() - t0 }, ...(sources.coverage ? { coverage: sources.coverage } : {}) };
}

/** The stages after layout: the pptx (its writer loaded on first use: `check` never pays for it), then the atomic write. */
export async function writeDeck(deck: Deck, output: string, cwd = process.cwd(), guard: OutputGuard = { inputs: [] }): Promise<{ bytes: number; render: number; write: number }> {
  const t0 = performance.now();
  guardOutput(output, displayPath(output, cwd), guard);
  const { renderPptx } = await import('./render/write.js');
  const bytes = await renderPptx(deck);
  const t1 = performance.now();
  writeFileAtomic(output, bytes, displayPath(output, cwd));
  return { bytes: bytes.length, render: t1 - t0, write: performance.now() - t1 };
}

/** x.pptx may take the deck whose PDF failed: nothing there, or a deck (never an input, never another kind). */
function keepAfterAll(path: string, cwd: string, guard: OutputGuard): boolean {
  try {
    guardOutput(path, displayPath(path, cwd), { inputs: guard.inputs });
    return true;
  } catch {
    return false;
  }
}

export async function build(opts: BuildOptions): Promise<BuildResult> {
  const cwd = opts.cwd ?? process.cwd();
  // usage first: a wrong -o or --png is reported before anything is read
  const plan = opts.write === false ? undefined : planOutputs(opts, cwd);
  const laid = await checkWordOrPdfReport(layoutOutline(opts), opts);
  const result: BuildResult = { ...laid, timings: { ...laid.timings, render: 0, write: 0 } };
  if (!plan) return result;
  const guard = { inputs: laid.inputs, ...(opts.force ? { force: true } : {}) };
  const { targets } = plan;
  const exporting = Object.keys(targets).length > 0;
  // every target is checked before anything is written: a refused PDF name leaves no new deck either
  for (const [kind, path] of [['pdf', targets.pdf], ['pdf', targets.handout]] as const) if (path) guardOutput(path, displayPath(path, cwd), { ...guard, kind });
  const { haveLibreOffice } = exporting ? await import('./export/export.js') : { haveLibreOffice: () => true };
  let pptx = plan.pptx;
  let keep = plan.keepPptx;
  let temp: string | undefined;
  if (!keep && haveLibreOffice()) {
    temp = mkdtempSync(join(tmpdir(), 'briefdeck-'));
    pptx = join(temp, basename(plan.pptx));
  } else keep = true; // -o x.pdf without LibreOffice: the deck under its own name, x.pptx, and no x.pdf
  try {
    const written = await writeDeck(laid.deck, pptx, cwd, guard);
    if (keep) result.output = pptx;
    result.bytes = written.bytes;
    result.timings.render = written.render;
    result.timings.write = written.write;
    if (exporting) {
      const t0 = performance.now();
      const { exportDeck } = await import('./export/export.js');
      const name = basename(plan.pptx, extname(plan.pptx));
      const done = await exportDeck({ deck: laid.deck, pptx, name, targets, inputs: laid.inputs, display: (p) => displayPath(p, cwd) });
      if (!keep && done.problems.length && keepAfterAll(plan.pptx, cwd, guard)) {
        // the PDF failed: keep the deck after all, under its honest name beside where the PDF was to go
        writeFileAtomic(plan.pptx, readFileSync(pptx), displayPath(plan.pptx, cwd));
        result.output = plan.pptx;
      }
      result.exported = done.files;
      result.exportProblems = done.problems;
      result.warnings = [...result.warnings, ...done.warnings];
      result.timings.export = performance.now() - t0;
    }
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
  return result;
}
