/**
 * One outline's build as plain data: what a worker thread sends back, and what the command
 * prints for a single outline too, so both say the same lines.
 */
import { build, type BuildOptions } from '../build.js';
import { DeckError, type Diagnostic } from '../core/errors.js';
import type { ExportedFile } from '../export/export.js';

export type JobResult =
  | {
      ok: true;
      outline: string;
      /** The deck written (absent for `check`, and for `-o x.pdf`). */
      output?: string;
      slides: number;
      bytes: number;
      template: string;
      ms: number;
      timings: Record<string, number>;
      warnings: Diagnostic[];
      exported: ExportedFile[];
      exportProblems: Diagnostic[];
      /** The worker thread that built it (0: the main thread). */
      thread: number;
      /** `check` with a report: how many of its figures the slides show. */
      coverage?: { shown: number; total: number };
    }
  | { ok: false; outline: string; diagnostics: Diagnostic[]; ms: number }
  | { ok: false; outline: string; internal: string; ms: number };

/** `thread`: the worker thread that runs it (0: the main thread, which so need not load worker_threads). */
export async function runJob(opts: BuildOptions, thread = 0): Promise<JobResult> {
  const t0 = performance.now();
  try {
    const r = await build(opts);
    return {
      ok: true,
      outline: r.doc.file.source.file,
      ...(r.output ? { output: r.output } : {}),
      slides: r.deck.slides.length,
      bytes: r.bytes ?? 0,
      template: r.deck.theme.name,
      ms: performance.now() - t0,
      timings: r.timings,
      warnings: r.warnings,
      exported: r.exported ?? [],
      exportProblems: r.exportProblems ?? [],
      thread,
      ...(r.coverage ? { coverage: r.coverage } : {}),
    };
  } catch (err) {
    if (err instanceof DeckError) return { ok: false, outline: opts.outline, diagnostics: [...err.diagnostics], ms: performance.now() - t0 };
    return { ok: false, outline: opts.outline, internal: (err as Error)?.stack ?? String(err), ms: performance.now() - t0 };
  }
}
