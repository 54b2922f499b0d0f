/**
 * One rebuild of a watched outline: the stages of build() (layoutOutline and writeDeck in
 * src/build.ts), with what a rebuild does not need done once: the loaded template is kept
 * until one of its files or assets changes (or the outline names another one); the pptx
 * writer stays loaded after the first deck. Never throws for the input's problems: they come back as diagnostics, so the watch
 * loop goes on.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { checkWordOrPdfReport, layoutOutline, resolveOutput, resolveTheme, themeFiles, writeDeck, type BuildOptions, type BuildResult } from '../build.js';
import { INTERNAL } from '../core/catalogue/cli.js';
import { report } from '../core/catalogue/define.js';
import { DeckError, type Diagnostic } from '../core/errors.js';
import type { Deck } from '../deck/model.js';
import type { OutlineDoc } from '../outline/load.js';
import { DEFAULT_TEMPLATE, type LoadedTheme } from '../template/load.js';

/** The options of build(): a watched build is the same build, run again. */
export type BuilderOptions = BuildOptions;

/** build()'s stage timings, and the whole rebuild. */
export type BuildTimings = BuildResult['timings'] & { total: number };

export interface BuildSuccess extends BuildResult {
  ok: true;
  /** The template was loaded again for this build (first build, or one of its files changed). */
  templateLoaded: boolean;
  timings: BuildTimings;
}

export interface BuildFailure {
  ok: false;
  /** 'input': the outline or template has errors; 'write': the deck was laid out but not written. */
  stage: 'input' | 'write';
  diagnostics: Diagnostic[];
  /** The laid-out deck when only the write failed. */
  deck?: Deck;
  timings: BuildTimings;
}

export type BuildOutcome = BuildSuccess | BuildFailure;

export interface Builder {
  /** Absolute path of the outline. */
  readonly outline: string;
  /** Absolute path of the output. */
  readonly output: string;
  readonly cwd: string;
  /**
   * Builds once. `changed`: absolute paths that changed since the last run; a template file or
   * asset among them makes the template load again.
   */
  run(changed?: Iterable<string>): Promise<BuildOutcome>;
  /** Files the next build depends on besides the outline: the template's files and assets, and any file the last errors point at. */
  dependencies(): string[];
  /** Drops the kept template. */
  invalidate(): void;
}

interface CachedTheme {
  key: string;
  loaded: LoadedTheme;
  files: Set<string>;
}

export function createBuilder(opts: BuilderOptions): Builder {
  const cwd = opts.cwd ?? process.cwd();
  const outline = resolve(cwd, opts.outline);
  const output = resolveOutput(opts.output, opts.outline, cwd);
  let cache: CachedTheme | undefined;
  let errorFiles: string[] = [];
  /** The pictures the outline named at its last reading: a change to one rebuilds. */
  let pictureFiles: string[] = [];
  /** The report the outline names (`source:`): its figures are checked on every build, so a change to it rebuilds. */
  let reportFiles: string[] = [];
  /** The files of the last template that loaded: still watched while the template is broken. */
  let knownFiles: string[] = [];

  /** A position's file as an absolute path (template messages name files relative to the process's folder). */
  const absolute = (file: string): string => {
    if (isAbsolute(file)) return file;
    const a = resolve(cwd, file);
    return existsSync(a) ? a : resolve(file);
  };

  const themeOf = (doc: OutlineDoc): { loaded: LoadedTheme; fresh: boolean } => {
    const key = opts.template !== undefined ? `flag\u0000${opts.template}` : `outline\u0000${doc.outline.template ?? DEFAULT_TEMPLATE}\u0000${doc.dir}`;
    if (cache && cache.key === key) return { loaded: cache.loaded, fresh: false };
    cache = undefined;
    const loaded = resolveTheme(doc, opts.template, cwd);
    const files = new Set(themeFiles(loaded.theme));
    cache = { key, loaded, files };
    knownFiles = [...files];
    return { loaded, fresh: true };
  };

  return {
    outline,
    output,
    cwd,
    dependencies: () => [...new Set([...knownFiles, ...pictureFiles, ...reportFiles, ...errorFiles])].filter((f) => f !== outline),
    invalidate: () => {
      cache = undefined;
    },
    async run(changed = []) {
      const kept = cache;
      if (kept && [...changed].some((f) => kept.files.has(f))) cache = undefined;
      const timings: BuildTimings = { load: 0, layout: 0, render: 0, write: 0, total: 0 };
      const t0 = performance.now();
      let deck: Deck | undefined;
      let stage: BuildFailure['stage'] = 'input';
      try {
        let fresh = false;
        const laid0 = layoutOutline({
          outline,
          cwd,
          ...(opts.template !== undefined ? { template: opts.template } : {}),
          ...(opts.strict ? { strict: true } : {}),
          ...(opts.allowOutside ? { allowOutside: true } : {}),
          theme: (doc) => {
            pictureFiles = doc.pictures;
            reportFiles = doc.outline.source ? [resolve(doc.dir, doc.outline.source)] : [];
            const t = themeOf(doc);
            fresh = t.fresh;
            return t.loaded;
          },
        });
        // a Word or PDF report named by source: is read (asynchronously) and checked as a text one is
        const laid = await checkWordOrPdfReport(laid0, { ...(opts.strict ? { strict: true } : {}), cwd });
        timings.load = laid.timings.load;
        timings.layout = laid.timings.layout;
        deck = laid.deck;
        errorFiles = [];
        const result: BuildSuccess = { ok: true, deck, doc: laid.doc, warnings: laid.warnings, templateLoaded: fresh, timings };
        if (opts.write !== false) {
          stage = 'write';
          const written = await writeDeck(deck, output, cwd, { inputs: laid.inputs, ...(opts.force ? { force: true } : {}) });
          timings.render = written.render;
          timings.write = written.write;
          result.output = output;
          result.bytes = written.bytes;
        }
        timings.total = performance.now() - t0;
        return result;
      } catch (err) {
        timings.total = performance.now() - t0;
        const diagnostics =
          err instanceof DeckError
            ? [...err.diagnostics]
            : [report(INTERNAL.failed, { error: (err as Error)?.message ?? String(err) }, { hint: INTERNAL.watchHint })];
        if (stage === 'input') {
          // watch what the errors point at too (a broken template file, a missing asset's folder)
          errorFiles = [...new Set([...diagnostics.flatMap((d) => (d.pos?.file ? [absolute(d.pos.file)] : [])), ...(err instanceof DeckError ? (err.files ?? []) : [])])];
        }
        const failure: BuildFailure = { ok: false, stage, diagnostics, timings };
        if (deck) failure.deck = deck;
        return failure;
      }
    },
  };
}
