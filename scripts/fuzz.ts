/**
 * npm run fuzz -- [--cases 10000] [--seed 1] [--jobs 2] [--schema all|none|N] [--from N]
 *
 * Builds mutated outlines and templates (tests/fuzz/cases.ts) through the command line, in worker
 * threads, and reports what must never happen: exit 3, a run over 10 s (the worker is stopped),
 * a deck that is not a well-formed package, an input changed, a temporary file left. Decks written
 * are then checked against the ECMA-376 schemas with ../shared/tools/ooxml-validate.sh (all of them,
 * N of them spread over the run, or none). Failing cases are kept in output/fuzz/failures/<case>/
 * with what.txt; the summary also goes to output/fuzz/report.json. Exit 1 when anything failed.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { baseOutlines, baseTemplates, makeCase, type CaseKind } from '../tests/fuzz/cases.js';
import { runCase, writeCase, type CaseResult } from '../tests/fuzz/run-case.js';

const HANG_MS = 10_000;

interface WorkerInput {
  seed: number;
  work: string;
  keepDecks: number[] | 'all' | 'none';
}

if (!isMainThread) await workerLoop(workerData as WorkerInput);
else await mainLoop();

async function workerLoop({ seed, work }: WorkerInput): Promise<void> {
  const outlines = baseOutlines();
  const templates = baseTemplates();
  const dir = mkdtempSync(join(work, 'w-'));
  parentPort!.on('message', async (msg: { index: number; keepDeck: boolean }) => {
    const c = makeCase(seed, msg.index, outlines, templates);
    const result = await runCase(c, join(dir, 'case'));
    const kept: string[] = [];
    if (msg.keepDeck)
      for (const d of result.decks) {
        const to = join(work, 'decks', `${msg.index}.pptx`);
        cpSync(d, to);
        kept.push(to);
      }
    parentPort!.postMessage({ result: { ...result, decks: kept }, kind: c.kind });
  });
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

async function mainLoop(): Promise<void> {
  if (process.argv.includes('--help')) {
    console.log('usage: npm run fuzz -- [--cases 10000] [--seed 1] [--jobs 2] [--schema all|none|N] [--from N]');
    return;
  }
  const cases = Number(arg('cases', '10000'));
  const from = Number(arg('from', '0'));
  const seed = Number(arg('seed', '1'));
  const jobs = Math.max(1, Number(arg('jobs', '2')));
  const schemaArg = arg('schema', 'all');
  const validator = resolve(process.env.OOXML_VALIDATE ?? '../shared/tools/ooxml-validate.sh');
  const canValidate = existsSync(validator);
  const sampleEvery = schemaArg === 'all' ? 1 : schemaArg === 'none' || !canValidate ? 0 : Math.max(1, Math.floor(cases / Number(schemaArg)));
  const out = resolve('output/fuzz');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'failures'), { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'briefdeck-fuzz-'));
  mkdirSync(join(work, 'decks'));

  const results: (CaseResult & { kind: CaseKind })[] = [];
  const hangs: number[] = [];
  const started = performance.now();
  let next = from;
  const end = from + cases;

  console.log(`fuzz: ${cases} cases from ${from}, seed ${seed}, ${jobs} workers; schema check: ${sampleEvery === 0 ? (canValidate ? 'none' : `none (${validator} not found)`) : sampleEvery === 1 ? 'every deck' : `every ${sampleEvery}th case`}`);

  await new Promise<void>((done) => {
    let running = 0;
    const spawn = () => {
      const w = new Worker(fileURLToPath(import.meta.url), { workerData: { seed, work } satisfies Omit<WorkerInput, 'keepDecks'> });
      let current = -1;
      let timer: NodeJS.Timeout | undefined;
      const feed = () => {
        if (next >= end) {
          void w.terminate();
          if (--running === 0) done();
          return;
        }
        current = next++;
        timer = setTimeout(() => {
          // a hang: stop this worker, count the case, go on with a fresh one
          hangs.push(current);
          void w.terminate();
          keepFailure(current, ['no result after 10 s']);
          spawn();
          running--;
        }, HANG_MS);
        w.postMessage({ index: current, keepDeck: sampleEvery > 0 && (current - from) % sampleEvery === 0 });
      };
      w.on('message', ({ result, kind }: { result: CaseResult; kind: CaseKind }) => {
        clearTimeout(timer);
        results.push({ ...result, kind });
        if (result.problems.length) keepFailure(result.index, result.problems);
        if (results.length % 500 === 0) console.log(`  ${results.length} cases, ${((performance.now() - started) / 1000).toFixed(0)} s`);
        feed();
      });
      w.on('error', (e) => {
        clearTimeout(timer);
        results.push({ index: current, code: 3, ms: 0, decks: [], problems: [`worker crashed: ${e.stack ?? e.message}`], firstError: '', stderrBytes: 0, kind: 'field' });
        keepFailure(current, [`worker crashed: ${e.message}`]);
        spawn();
        running--;
      });
      running++;
      feed();
    };
    for (let j = 0; j < jobs; j++) spawn();
  });
  const buildSeconds = (performance.now() - started) / 1000;

  function keepFailure(index: number, problems: string[]): void {
    const c = makeCase(seed, index);
    const dir = join(out, 'failures', String(index));
    writeCase(c, dir);
    writeFileSync(join(dir, 'what.txt'), [`case ${index} (seed ${seed})`, ...c.what, `briefdeck build ${c.args.join(' ')}`, '', ...problems].join('\n') + '\n');
  }

  // schema check of the decks kept
  const decks = results.flatMap((r) => r.decks);
  const schemaFailures: string[] = [];
  const schemaStart = performance.now();
  if (decks.length && canValidate) {
    console.log(`schema check of ${decks.length} decks …`);
    let i = 0;
    let checked = 0;
    await Promise.all(
      Array.from({ length: jobs }, async () => {
        while (i < decks.length) {
          const deck = decks[i++]!;
          const { code, text } = await new Promise<{ code: number; text: string }>((ok) =>
            execFile('bash', [validator, '--summary', deck], { maxBuffer: 1 << 24 }, (e, stdout, stderr) => ok({ code: e ? ((e as { code?: number }).code ?? 2) : 0, text: stdout + stderr })),
          );
          if (code !== 0) {
            schemaFailures.push(deck);
            const index = Number(deck.match(/(\d+)\.pptx$/)![1]);
            keepFailure(index, ['schema check failed:', text.slice(-3000)]);
          }
          if (++checked % 500 === 0) console.log(`  ${checked} checked, ${((performance.now() - schemaStart) / 1000).toFixed(0)} s`);
        }
      }),
    );
  }
  const schemaSeconds = (performance.now() - schemaStart) / 1000;
  rmSync(work, { recursive: true, force: true });

  // summary
  const count = <K extends string>(xs: K[]) => Object.fromEntries([...new Set(xs)].sort().map((k) => [k, xs.filter((x) => x === k).length]));
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const failed = results.filter((r) => r.problems.length);
  const codes = results.filter((r) => r.code === 1).map((r) => r.firstError.match(/\b([A-Z][A-Z_]{3,})\b/)?.[1] ?? '?');
  const report = {
    cases: results.length + hangs.length,
    seed,
    from,
    byKind: count(results.map((r) => r.kind)),
    exitCodes: count(results.map((r) => String(r.code))),
    exit1FirstCodes: count(codes),
    hangsOver10s: hangs.length,
    slowestMs: Math.round(times.at(-1) ?? 0),
    medianMs: Math.round(times[Math.floor(times.length / 2)] ?? 0),
    decksWritten: results.filter((r) => r.code === 0).length,
    decksWellFormed: results.filter((r) => r.code === 0 && !r.problems.some((p) => p.includes('.pptx:'))).length,
    schemaChecked: canValidate ? decks.length : 0,
    schemaFailures: schemaFailures.length,
    failedCases: failed.map((r) => r.index),
    buildSeconds: Math.round(buildSeconds),
    schemaSeconds: Math.round(schemaSeconds),
  };
  writeFileSync(join(out, 'report.json'), JSON.stringify(report, null, 2) + '\n');
  console.log(JSON.stringify(report, null, 2));
  const bad = failed.length + hangs.length + schemaFailures.length;
  console.log(bad === 0 ? `fuzz: clean (${report.cases} cases)` : `fuzz: ${bad} failures; see output/fuzz/failures/`);
  process.exitCode = bad === 0 ? 0 : 1;
}
