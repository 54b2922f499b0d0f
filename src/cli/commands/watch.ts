/**
 * `briefdeck watch <outline> [-o FILE] [-t TEMPLATE] [--preview] [--port N]`: the watch loop
 * of src/watch/ on a terminal. One line per build on stdout; a broken build's diagnostics on
 * stderr. Runs until Ctrl-C (SIGINT) or SIGTERM, then closes the watcher and the preview
 * server and ends with exit code 0.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { displayPath } from '../../build.js';
import { WATCH } from '../../core/catalogue/cli.js';
import { report, say } from '../../core/catalogue/define.js';
import { DeckError, type Diagnostic } from '../../core/errors.js';
import { DEFAULT_PORT, startPreviewServer, type PreviewServer } from '../../watch/server.js';
import { createWatcher, type WatchEvent } from '../../watch/watcher.js';
import { formatDiagnostics, langOf, paint, type Output } from '../format.js';

export interface WatchFlags {
  output?: string;
  force?: boolean;
  allowOutside?: boolean;
  template?: string;
  preview?: boolean;
  port?: string | number;
  quiet?: boolean;
  strict?: boolean;
}

export function parsePort(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  const s = String(value).trim();
  const n = Number(s);
  if (!/^\d+$/.test(s) || !Number.isInteger(n) || n < 0 || n > 65535) throw new DeckError(report(WATCH.badPort, { value: s }));
  return n;
}

const key = (list: readonly Diagnostic[]) => list.map((d) => `${d.code} ${d.pos?.file}:${d.pos?.line}:${d.pos?.column} ${d.message}`).join('\n');

/**
 * Runs until `stop` is aborted (by default: until SIGINT or SIGTERM). Resolves with the exit code.
 */
export async function runWatch(outline: string, flags: WatchFlags, o: Output, stop?: AbortSignal): Promise<number> {
  const port = parsePort(flags.port);
  const lang = langOf(o);
  const preview = flags.preview === true || port !== undefined;
  const cwd = process.cwd();
  if (!existsSync(resolve(cwd, outline))) {
    throw new DeckError(report(WATCH.noOutline, { file: outline }));
  }

  // Ctrl-C is taken from the start: during the first build too, it closes everything cleanly
  let stopped!: () => void;
  const stopping = new Promise<void>((r) => (stopped = r));
  const onSignal = () => stopped();
  const unlisten = () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    stop?.removeEventListener('abort', onSignal);
  };
  if (stop) {
    if (stop.aborted) stopped();
    else stop.addEventListener('abort', onSignal, { once: true });
  } else {
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }

  let server: PreviewServer | undefined;
  let lastWarnings = '';
  const show = (e: WatchEvent) => {
    if (e.type === 'build') {
      const k = key(e.warnings);
      if (k !== lastWarnings && e.warnings.length && !flags.quiet) o.err(formatDiagnostics(e.warnings, o) + '\n');
      lastWarnings = k;
      o.out(e.line.replace(' ✓ ', ` ${paint(o, 'green', '✓')} `) + '\n');
    } else {
      lastWarnings = '';
      o.err(formatDiagnostics(e.diagnostics, o) + '\n');
      o.out(e.line.replace(' ✗ ', ` ${paint(o, 'red', '✗')} `) + '\n');
    }
    server?.publish(e);
  };

  const watcher = createWatcher({
    outline,
    cwd,
    ...(flags.output !== undefined ? { output: String(flags.output) } : {}),
    ...(flags.force ? { force: true } : {}),
    ...(flags.strict ? { strict: true } : {}),
    ...(flags.allowOutside ? { allowOutside: true } : {}),
    ...(flags.template ? { template: flags.template } : {}),
    lang,
    onBuild: show,
    onError: show,
  });
  o.err(`${say(WATCH.watching, { outline: displayPath(watcher.outline, cwd), output: displayPath(watcher.output, cwd) }, lang)}\n`);
  const close = async () => {
    // a second Ctrl-C while closing ends at once
    const force = () => process.exit(130);
    if (!stop) process.once('SIGINT', force);
    try {
      await watcher.close();
      await server?.close();
    } finally {
      if (!stop) process.off('SIGINT', force);
    }
  };
  try {
    if (preview) {
      server = await startPreviewServer({ port: port ?? DEFAULT_PORT, outline: watcher.outline, output: watcher.output, cwd, lang });
      o.out(`${say(WATCH.preview, { url: server.url }, lang)}\n`);
      // the first build may have ended before the server was up
      const first = watcher.lastEvent();
      if (first) server.publish(first);
    }
    const started = await Promise.race([watcher.ready.then(() => true), stopping.then(() => false)]);
    if (started) {
      const files = watcher.watched().length - 1;
      if (files > 0 && !flags.quiet) o.err(`${say(WATCH.alsoWatching, { n: files }, lang)}\n`);
      await stopping;
    }
  } catch (err) {
    unlisten();
    await close();
    throw err;
  }
  unlisten();
  await close();
  o.err(`${say(WATCH.stopped, {}, lang)}\n`);
  return 0;
}
