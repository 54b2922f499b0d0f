// How fast `briefdeck watch --preview` follows an edit: the bundled CLI (dist/briefdeck.js)
// watches a temporary copy of outline/sanlian.yaml; this script makes ~20 edits (a figure,
// then a point, in turn) and measures from the moment each write has landed to
//   (a) the new .pptx being in place (the rename that puts it there), and
//   (b) the preview's server-sent event arriving at a client of /events,
// and reads the watcher's own rebuild time from the line it prints.
// Usage: npm run bench:watch   (or: node scripts/run-ts.mjs scripts/bench-watch.ts [--edits N] [--verbose])
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, watch, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const EDITS = args.includes('--edits') ? Math.max(1, Number(args[args.indexOf('--edits') + 1]) || 20) : 20;
const verbose = args.includes('--verbose');
const BUNDLE = resolve('dist/briefdeck.js');
if (!existsSync(BUNDLE)) {
  console.error('dist/briefdeck.js is missing: run `node scripts/bundle.mjs` first (npm run bench:watch does)');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'briefdeck-bench-watch-'));
const outline = join(dir, 'sanlian.yaml');
copyFileSync(resolve('outline/sanlian.yaml'), outline);
const original = readFileSync(outline, 'utf8');
mkdirSync(join(dir, 'out'));
const output = join(dir, 'out', 'sanlian.pptx');

const child = spawn(process.execPath, [BUNDLE, 'watch', outline, '--preview', '--port', '0', '-o', output], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
let stdout = '';
let stderr = '';
/** Lines printed so far, and how many of them nextLine has consumed. */
const lines: string[] = [];
let cursor = 0;
let wake: (() => void) | undefined;
child.stdout.setEncoding('utf8').on('data', (d: string) => {
  stdout += d;
  const parts = stdout.split('\n');
  stdout = parts.pop()!;
  lines.push(...parts);
  wake?.();
});
child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));

/** The next printed line that matches (lines before it are skipped). */
async function nextLine(match: RegExp, timeoutMs = 20_000): Promise<string> {
  const end = performance.now() + timeoutMs;
  for (;;) {
    while (cursor < lines.length) {
      const l = lines[cursor++]!;
      if (match.test(l)) return l;
    }
    if (performance.now() > end) throw new Error(`timed out waiting for ${match}\nstdout:\n${lines.join('\n')}\nstderr:\n${stderr}`);
    await new Promise<void>((r) => {
      wake = r;
      setTimeout(r, 50);
    });
  }
}

/** Two lines that may come in either order; the lines after the later one are next. */
async function bothLines(a: RegExp, b: RegExp, timeoutMs = 20_000): Promise<[string, string]> {
  const end = performance.now() + timeoutMs;
  for (;;) {
    const i = lines.findIndex((l) => a.test(l));
    const k = lines.findIndex((l) => b.test(l));
    if (i >= 0 && k >= 0) {
      cursor = Math.max(i, k) + 1;
      return [lines[i]!, lines[k]!];
    }
    if (performance.now() > end) throw new Error(`timed out waiting for ${a} and ${b}\nstdout:\n${lines.join('\n')}\nstderr:\n${stderr}`);
    await new Promise<void>((r) => {
      wake = r;
      setTimeout(r, 50);
    });
  }
}

const cleanup = () => {
  child.kill('SIGINT');
  rmSync(dir, { recursive: true, force: true });
};

try {
  // the preview's address and the first build, in either order (a fast start prints the build first)
  const [urlLine, firstLine] = await bothLines(/^preview: http/, / ✓ \d+ slides · first build/);
  const url = urlLine.slice('preview: '.length).trim();
  const slides = Number(/✓ (\d+) slides/.exec(firstLine)![1]);

  // (b) a client of the event stream, as the page is
  let sseAt = 0;
  let sseVersion = 0;
  await new Promise<void>((ready) => {
    get(`${url}events`, (res) => {
      res.setEncoding('utf8');
      let buf = '';
      res.on('data', (c: string) => {
        buf += c;
        let i;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const id = /^id: (\d+)$/m.exec(block);
          if (id) {
            sseVersion = Number(id[1]);
            sseAt = performance.now();
            ready();
          }
        }
      });
    });
  });

  // (a) the rename that puts the new deck in place
  let pptxAt = 0;
  let ino = statSync(output).ino;
  const fsw = watch(join(dir, 'out'), (_event, name) => {
    if (name !== 'sanlian.pptx') return;
    try {
      const now = statSync(output).ino;
      if (now !== ino) {
        ino = now;
        pptxAt = performance.now();
      }
    } catch {
      // between unlink and rename on some systems
    }
  });

  const results: { pptx: number; sse: number; rebuild: number; line: string }[] = [];
  let figure = 116;
  let point = 0;
  for (let i = 0; i < EDITS; i++) {
    // a figure (slide 8) and a point (slide 4) in turn: each edit changes one slide
    if (i % 2 === 0) figure++;
    else point++;
    const text = original.replace('- value: 116', `- value: ${figure}`).replace('筑牢信仰之基', `筑牢信仰之基${point || ''}`);
    const version = sseVersion;
    pptxAt = 0;
    const lineP = nextLine(/ [✓✗] /);
    writeFileSync(outline, text);
    const t0 = performance.now();
    const line = await lineP;
    const end = performance.now() + 5000;
    while ((pptxAt === 0 || sseVersion === version) && performance.now() < end) await new Promise((r) => setTimeout(r, 1));
    if (pptxAt === 0 || sseVersion === version) throw new Error(`edit ${i + 1}: no new deck or no event within 5 s (${line})`);
    const rebuild = Number(/· (\d+) ms$/.exec(line)?.[1] ?? NaN);
    results.push({ pptx: pptxAt - t0, sse: sseAt - t0, rebuild, line });
    if (verbose) console.log(`edit ${String(i + 1).padStart(2)}: .pptx ${Math.round(pptxAt - t0)} ms, event ${Math.round(sseAt - t0)} ms  | ${line}`);
    await new Promise((r) => setTimeout(r, 120)); // apart, so that no two edits share a build
  }
  fsw.close();

  const stat = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const mid = s.length % 2 ? s[(s.length - 1) >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
    return { median: Math.round(mid), max: Math.round(s[s.length - 1]!) };
  };
  const row = (name: string, xs: number[]) => {
    const { median, max } = stat(xs);
    return `${name.padEnd(34)}${String(median).padStart(6)} ms${String(max).padStart(8)} ms`;
  };
  console.log(`briefdeck watch --preview: ${results.length} edits of a copy of outline/sanlian.yaml (${slides} slides), debounce 50 ms, node ${process.version}`);
  console.log(`${''.padEnd(34)}${'median'.padStart(9)}${'max'.padStart(11)}`);
  console.log(row('save → new .pptx in place', results.map((r) => r.pptx)));
  console.log(row('save → preview event received', results.map((r) => r.sse)));
  console.log(row('rebuild (as the watcher prints it)', results.map((r) => r.rebuild)));
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  cleanup();
}
