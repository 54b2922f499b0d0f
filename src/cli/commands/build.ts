/**
 * `briefdeck build` and `briefdeck check`: one outline in this thread, exactly as always; several
 * (names, a folder, a pattern) in worker threads (cli/batch.ts), one line each as they finish, a
 * progress line on a terminal, and the count at the end.
 *   exit 0 all done · 1 an outline has problems · 4 the decks are written but a PDF/PNG/handout
 *   could not be made (no LibreOffice, or it failed)
 */
import { basename, extname, resolve, sep } from 'node:path';
import { displayPath, isFolderName, type BuildOptions } from '../../build.js';
import { BUILD } from '../../core/catalogue/cli.js';
import { report, say } from '../../core/catalogue/define.js';
import { BATCH, EXPORT, FORMAT } from '../../core/catalogue/export.js';
import { INTERNAL } from '../../core/catalogue/cli.js';
import { DeckError, type Diagnostic } from '../../core/errors.js';
import { formatDiagnostic, formatDiagnostics, langOf, paint, seconds, type Output } from '../format.js';
import { runJob, type JobResult } from '../build-job.js';
import { namedOutlines } from '../outlines.js';

export interface BuildFlags {
  output?: string;
  force?: boolean;
  allowOutside?: boolean;
  template?: string;
  quiet?: boolean;
  verbose?: boolean;
  strict?: boolean;
  pdf?: boolean;
  png?: string;
  handout?: boolean;
  /** `check --source`: the report to check the figures against, instead of the outline's `source:`. */
  source?: string;
}

/** Exit code: the decks are written, an export could not be made. */
export const EXIT_EXPORT = 4;

function options(outline: string, flags: BuildFlags, write: boolean, output: string | undefined): BuildOptions {
  return {
    outline,
    write,
    // -o "" is a mistake to report, not the default: pass whatever was given
    ...(output !== undefined ? { output } : {}),
    ...(flags.template ? { template: flags.template } : {}),
    ...(flags.force ? { force: true } : {}),
    ...(flags.strict ? { strict: true } : {}),
    ...(flags.allowOutside ? { allowOutside: true } : {}),
    ...(flags.source !== undefined ? { source: String(flags.source) } : {}),
    ...(write && flags.pdf ? { pdf: true } : {}),
    ...(write && flags.handout ? { handout: true } : {}),
    ...(write && flags.png !== undefined ? { png: String(flags.png) } : {}),
  };
}

export async function runBuild(args: string | readonly string[], flags: BuildFlags, o: Output, write = true): Promise<number> {
  const started = performance.now();
  const named = namedOutlines(typeof args === 'string' ? [args] : args);
  if (!named.batch) return single(named.files[0]!, flags, o, write, started);
  return batch(named.files, flags, o, write, started);
}

/** The ✓ line and what else was written, for one finished outline. */
function successLines(r: Extract<JobResult, { ok: true }>, o: Output, write: boolean): string {
  const lang = langOf(o);
  const time = seconds(r.ms);
  const pdfOnly = write && !r.output;
  const pdf = r.exported.find((f) => f.kind === 'pdf');
  // -o x.pdf whose PDF failed and whose deck could not be kept: nothing to tick (the problems say why)
  if (pdfOnly && !pdf) return '';
  const file = r.output ? displayPath(r.output) : pdfOnly ? displayPath(pdf!.path) : r.outline;
  const size = `${Math.round((pdfOnly ? 0 : r.bytes) / 1024)} KB`;
  const head = write
    ? pdfOnly
      ? say(EXPORT.pdfOnly, { file, pages: r.slides, time }, lang)
      : say(BUILD.built, { file, slides: r.slides, size, time }, lang)
    : say(BUILD.checked, { file: r.outline, slides: r.slides, template: r.template, time }, lang);
  const lines = [`${paint(o, 'green', '✓')} ${head}`];
  // the count behind the SOURCE_COVERAGE notes (draft prints the same for its draft)
  if (!write && r.coverage) lines.push(say(BUILD.coverage, r.coverage, lang));
  for (const f of r.exported) {
    if (pdfOnly && f.kind === 'pdf') continue;
    const what = f.kind === 'png' ? say(EXPORT.pictures, { n: f.count }, lang) : `${say(f.kind === 'pdf' ? EXPORT.pdf : EXPORT.handout, {}, lang)} · ${say(EXPORT.pages, { n: f.count }, lang)}`;
    lines.push(say(EXPORT.wrote, { file: displayPath(f.path), what }, lang));
  }
  return lines.join('\n') + '\n';
}

function internalText(stack: string, o: Output): string {
  const d = report(INTERNAL.failed, { error: stack.split('\n')[0] ?? stack }, { hint: INTERNAL.hint });
  return formatDiagnostic(d, o);
}

async function single(outline: string, flags: BuildFlags, o: Output, write: boolean, started: number): Promise<number> {
  const r = await runJob(options(outline, flags, write, flags.output === undefined ? undefined : String(flags.output)));
  if (!r.ok) {
    if ('internal' in r) throw Object.assign(new Error(r.internal.split('\n')[0]!.replace(/^\w*Error: /, '')), { stack: r.internal });
    throw new DeckError(r.diagnostics);
  }
  if (r.warnings.length && !flags.quiet) o.err(formatDiagnostics(r.warnings, o) + '\n');
  if (flags.verbose) {
    const t = r.timings;
    const rss = Math.round(process.resourceUsage().maxRSS / 1024);
    const stages = { startup: Math.round(started), load: Math.round(t.load ?? 0), layout: Math.round(t.layout ?? 0), render: Math.round(t.render ?? 0), write: Math.round(t.write ?? 0), rss };
    o.err(`${say(BUILD.stages, stages, langOf(o))}\n`);
  }
  o.out(successLines({ ...r, ms: performance.now() - started }, o, write));
  if (r.exportProblems.length) {
    o.err(formatDiagnostics(r.exportProblems, o) + '\n');
    return EXIT_EXPORT;
  }
  return 0;
}

/** -o for a batch: a folder (each deck named after its outline), never one file. */
function batchOutput(flag: string | undefined, n: number): string | undefined {
  if (flag === undefined) return undefined;
  const f = String(flag);
  if (f.trim() === '') return f; // build reports the empty name
  if (!isFolderName(f) && /\.[^\\/.]+$/.test(f)) throw new DeckError(report(FORMAT.needsFolder, { file: f, n }));
  return resolve(f) + sep;
}

/** Outlines of one name in different folders would write one deck (and PDF, pictures) over the other. */
function sameNames(files: readonly string[]): Diagnostic[] {
  const byName = new Map<string, string[]>();
  for (const f of files) {
    const name = basename(f, extname(f));
    const key = process.platform === 'linux' ? name : name.toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), f]);
  }
  return [...byName.values()].filter((l) => l.length > 1).map((l) => report(BATCH.sameName, { name: basename(l[0]!, extname(l[0]!)), files: l }));
}

async function batch(files: readonly string[], flags: BuildFlags, o: Output, write: boolean, started: number): Promise<number> {
  const lang = langOf(o);
  const clash = write ? sameNames(files) : [];
  if (clash.length) throw new DeckError(clash);
  const output = write ? batchOutput(flags.output, files.length) : undefined;
  const jobs = files.map((f) => options(f, flags, write, output));
  const { runBatch, workerCount } = await import('../batch.js');
  const workers = workerCount(jobs.length);
  const progress = !!o.tty && jobs.length > 4;
  let done = 0;
  let failed = 0;
  let exportFailed = 0;
  const clear = () => (progress ? '\r\u001b[K' : '');
  await runBatch(
    jobs,
    (r) => {
      done++;
      let text: string;
      if (r.ok) {
        const warn = r.warnings.length && !flags.quiet ? formatDiagnostics(r.warnings, o) + '\n' : '';
        if (warn) o.err(clear() + warn);
        if (r.exportProblems.length) {
          exportFailed++;
          o.err(clear() + formatDiagnostics(r.exportProblems, o) + '\n');
        }
        text = successLines(r, o, write);
      } else {
        failed++;
        const diags: Diagnostic[] = 'internal' in r ? [] : r.diagnostics;
        o.err(clear() + ('internal' in r ? internalText(r.internal, o) : formatDiagnostics(diags, o)) + '\n');
        const errors = 'internal' in r ? 1 : diags.filter((d) => d.severity === 'error').length;
        const code = 'internal' in r ? 'INTERNAL' : (diags.find((d) => d.severity === 'error')?.code ?? 'ERROR');
        text = `${paint(o, 'red', '✗')} ${say(BATCH.failedLine, { file: r.outline, errors, code }, lang)}\n`;
      }
      o.out(clear() + text);
      if (progress && done < jobs.length) o.err(say(BATCH.progress, { done, total: jobs.length }, lang));
    },
    workers,
  );
  if (progress) o.err(clear());
  const total = say(BATCH.total, { n: jobs.length, ok: jobs.length - failed, failed, time: seconds(performance.now() - started), workers, write }, lang);
  o.out(`${paint(o, failed ? 'red' : 'green', total)}\n`);
  return failed ? 1 : exportFailed ? EXIT_EXPORT : 0;
}
