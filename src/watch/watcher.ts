/**
 * The watch loop: rebuilds an outline whenever it, its template's files or their pictures
 * change, and reports each build as one event (and one line).
 *
 * - Files are watched through their folders (chokidar, depth 0, everything but the watched
 *   files ignored), so an editor that saves by writing a temporary file and renaming it over
 *   the outline, or a file deleted and made again, is seen like any other change.
 * - Changes are debounced (50 ms after the last one), and changes during a build start one
 *   more build when it ends: no change is lost, no two builds run at once.
 * - A broken edit reports its diagnostics and leaves the last good deck on disk; the next
 *   good edit builds again by itself. A failed write (OUTPUT_LOCKED, WRITE_FAILED) is reported
 *   the same way, and the next change writes again.
 */
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { watch } from 'chokidar';
import { displayPath } from '../build.js';
import { WATCH } from '../core/catalogue/cli.js';
import { say, type MessageLang } from '../core/catalogue/define.js';
import type { Diagnostic } from '../core/errors.js';
import type { Deck } from '../deck/model.js';
import { createBuilder, type BuilderOptions, type BuildTimings } from './builder.js';
import { describeChanges, diffDecks, slideSignatures, type DeckChanges } from './diff.js';

export interface WatchOptions extends BuilderOptions {
  /** Quiet time after the last change before a build starts (ms); default 50. */
  debounceMs?: number;
  /** Poll instead of file system events (network drives); default false. */
  polling?: boolean;
  /** The language of each event's `line`; default English. */
  lang?: MessageLang;
  /** Where changes come from: chokidar watching folders (the default), or a test's own events. */
  changeSource?: (folders: string[], opts: { ignored: (path: string) => boolean; polling: boolean }) => ChangeSource;
  onBuild?(event: WatchBuild): void;
  onError?(event: WatchFailure): void;
}

interface EventBase {
  /** 1 for the first build, then one more per build or failure. */
  seq: number;
  time: Date;
  /** Milliseconds from the start of the build to its end. */
  ms: number;
  /** Files whose change started the build (absolute; empty for the first build). */
  trigger: string[];
  /** The one line printed for it, in WatchOptions' `lang`: `12:03:04 ✓ 23 slides · changed: 8 … · 41 ms`. */
  line: string;
}

export interface WatchBuild extends EventBase {
  type: 'build';
  deck: Deck;
  /** Absolute path of the written deck (undefined with write: false). */
  output?: string;
  bytes?: number;
  warnings: Diagnostic[];
  changes: DeckChanges;
  templateLoaded: boolean;
  timings: BuildTimings;
}

export interface WatchFailure extends EventBase {
  type: 'error';
  diagnostics: Diagnostic[];
  /** The deck was laid out, but writing it failed (e.g. OUTPUT_LOCKED): the next change tries again. */
  writeFailed: boolean;
}

export type WatchEvent = WatchBuild | WatchFailure;

/** What the watcher needs of a file watcher (chokidar's FSWatcher has it). */
export interface ChangeSource {
  on(event: 'all', listener: (event: string, path: string) => void): unknown;
  on(event: 'error', listener: (err: unknown) => void): unknown;
  once(event: 'ready', listener: () => void): unknown;
  add(paths: string[]): unknown;
  unwatch(paths: string[]): unknown;
  close(): Promise<void>;
}

/** chokidar on the folders of the watched files (depth 0, everything else ignored). */
function chokidarSource(folders: string[], opts: { ignored: (path: string) => boolean; polling: boolean }): ChangeSource {
  return watch(folders, { ignoreInitial: true, depth: 0, ignored: opts.ignored, usePolling: opts.polling, ...(opts.polling ? { interval: 100 } : {}) });
}

export interface Watcher {
  /** Absolute paths of the outline and the output. */
  readonly outline: string;
  readonly output: string;
  readonly cwd: string;
  /** Settles with the first build's event, once the files are being watched. */
  readonly ready: Promise<WatchEvent>;
  /** The last good build (the one whose deck is on disk). */
  lastBuild(): WatchBuild | undefined;
  /** The last event, good or bad. */
  lastEvent(): WatchEvent | undefined;
  /** The files being watched (absolute). */
  watched(): string[];
  /** Builds now (as if the outline changed) and settles with that build's event. */
  rebuild(): Promise<WatchEvent>;
  /** Stops watching; waits for a build under way. */
  close(): Promise<void>;
}

const pad = (n: number) => String(n).padStart(2, '0');
export function clock(d: Date): string {
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

function statKey(path: string): string {
  try {
    const s = statSync(path);
    return `${s.ino}:${s.size}:${s.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

export function createWatcher(opts: WatchOptions): Watcher {
  const builder = createBuilder(opts);
  const cwd = builder.cwd;
  const debounceMs = opts.debounceMs ?? 50;
  const lang = opts.lang ?? 'en';
  const relevant = new Set<string>([builder.outline]);
  const dirs = new Set<string>();
  let fsw: ChangeSource | undefined;
  let closed = false;
  let seq = 0;
  let timer: NodeJS.Timeout | undefined;
  const pending = new Set<string>();
  let running: Promise<WatchEvent> | undefined;
  let again = false;
  let good: WatchBuild | undefined;
  let goodSigs: string[] | undefined;
  let last: WatchEvent | undefined;
  /** Builds started so far; a waiter wants a build that starts after it asked. */
  let starts = 0;
  const waiters: { after: number; resolve: (e: WatchEvent) => void }[] = [];

  const ignored = (p: string): boolean => !dirs.has(p) && !relevant.has(p);

  /** Watch the outline, the template's files and what the last errors point at, through their folders. */
  const updateWatched = (): void => {
    const want = new Set([builder.outline, ...builder.dependencies()]);
    relevant.clear();
    for (const f of want) relevant.add(f);
    const wantDirs = new Set([...want].map((f) => dirname(f)));
    const add = [...wantDirs].filter((d) => !dirs.has(d));
    const drop = [...dirs].filter((d) => !wantDirs.has(d));
    for (const d of add) dirs.add(d);
    for (const d of drop) dirs.delete(d);
    if (fsw) {
      if (drop.length) fsw.unwatch(drop);
      if (add.length) fsw.add(add);
    }
  };

  const buildOnce = async (changed: string[]): Promise<WatchEvent> => {
    const started = ++starts;
    const outcome = await builder.run(changed);
    const time = new Date();
    const ms = outcome.timings.total;
    const n = ++seq;
    let event: WatchEvent;
    if (outcome.ok) {
      const sigs = slideSignatures(outcome.deck);
      const changes = diffDecks(good?.deck, outcome.deck, goodSigs, sigs);
      const line = say(WATCH.built, { clock: clock(time), slides: outcome.deck.slides.length, changes: describeChanges(changes, undefined, lang), ms: Math.round(ms) }, lang);
      const build: WatchBuild = { type: 'build', seq: n, time, ms, trigger: changed, line, deck: outcome.deck, warnings: outcome.warnings, changes, templateLoaded: outcome.templateLoaded, timings: outcome.timings };
      if (outcome.output) build.output = outcome.output;
      if (outcome.bytes !== undefined) build.bytes = outcome.bytes;
      good = build;
      goodSigs = sigs;
      event = build;
    } else {
      const errors = outcome.diagnostics.filter((d) => d.severity === 'error');
      const count = errors.length || outcome.diagnostics.length;
      const writeFailed = outcome.stage === 'write';
      const at = { clock: clock(time), ms: Math.round(ms) };
      const line = writeFailed
        ? say(WATCH.notWritten, { ...at, file: displayPath(builder.output, cwd), code: errors[0]?.code ?? 'WRITE_FAILED' }, lang)
        : say(WATCH.failed, { ...at, errors: count, lastGood: good?.deck.slides.length }, lang);
      event = { type: 'error', seq: n, time, ms, trigger: changed, line, diagnostics: outcome.diagnostics, writeFailed };
    }
    last = event;
    updateWatched();
    try {
      if (event.type === 'build') opts.onBuild?.(event);
      else opts.onError?.(event);
    } finally {
      for (const w of [...waiters]) {
        if (started > w.after) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(event);
        }
      }
    }
    return event;
  };

  /** Runs builds until no change is pending; settles with the last one's event. */
  const drain = (): Promise<WatchEvent> => {
    if (running) {
      again = true;
      return new Promise((resolve) => waiters.push({ after: starts, resolve }));
    }
    running = (async () => {
      let event: WatchEvent;
      do {
        again = false;
        const changed = [...pending];
        pending.clear();
        event = await buildOnce(changed);
      } while ((again || pending.size > 0) && !closed);
      running = undefined;
      return event;
    })();
    return running;
  };

  const schedule = (path: string): void => {
    if (closed) return;
    pending.add(path);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void drain();
    }, debounceMs);
  };

  const ready = (async (): Promise<WatchEvent> => {
    // what the files looked like when the first build read them: a change before the
    // watcher is up is caught by comparing afterwards
    const before = new Map<string, string>();
    const snapshot = () => {
      for (const f of relevant) before.set(f, statKey(f));
    };
    snapshot();
    const first = await drain();
    for (const f of relevant) if (!before.has(f)) before.set(f, statKey(f));
    fsw = (opts.changeSource ?? chokidarSource)([...dirs], { ignored, polling: opts.polling === true });
    fsw.on('all', (_event, path) => {
      if (relevant.has(path)) schedule(path);
    });
    fsw.on('error', () => {
      // a folder that went away: its files' absence shows in the next build
    });
    await new Promise<void>((r) => fsw!.once('ready', () => r()));
    if (closed) return first;
    for (const [f, key] of before) if (statKey(f) !== key) schedule(f);
    return first;
  })();

  return {
    outline: builder.outline,
    output: builder.output,
    cwd,
    ready,
    lastBuild: () => good,
    lastEvent: () => last,
    watched: () => [...relevant],
    rebuild: () => {
      pending.add(builder.outline);
      return drain();
    },
    async close() {
      if (closed) return;
      closed = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await ready.catch(() => undefined);
      await fsw?.close();
      if (running) await running.catch(() => undefined);
    },
  };
}
