/**
 * `npm run bench`: whole-process time and memory of `briefdeck build` for the shipped outline
 * and generated outlines of 200 and 1000 slides, beside two baselines on the same content:
 * plain pptxgenjs writing the slides as bare text boxes, and pandoc (when installed).
 * The tools run in turn, several rounds; medians with their range. Not a test: figures, not verdicts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { longReport } from '../tests/helpers/long-report.js';

/**
 * Rounds per case: more where a round is short, where this machine's noise weighs most
 * (BENCH_RUNS sets them all).
 */
const RUNS_SET = process.env.BENCH_RUNS ? Number(process.env.BENCH_RUNS) : undefined;
const roundsFor = (quick: boolean) => RUNS_SET ?? (quick ? 15 : 5);
const RUNS = roundsFor(false);
const dir = join('node_modules', '.cache', 'bench');
mkdirSync(dir, { recursive: true });

type Outline = { sections: { title: string; subtitle?: string; slides: Record<string, unknown>[] }[] } & Record<string, unknown>;
const shipped = parse(readFileSync('outline/sanlian.yaml', 'utf8')) as Outline;

/** An outline of about `total` slides, ten sections of the shipped outline's slides repeated. */
function generate(total: number): string {
  const pool = shipped.sections.flatMap((s) => s.slides);
  const sectionCount = 10;
  // cover, 2 agenda pages, 10 dividers and the closing are slides too
  const content = total - sectionCount - 4;
  const sections = Array.from({ length: sectionCount }, (_, i) => ({ title: `第${i + 1}部分 工作汇报`, subtitle: '以党建引领各项工作', slides: [] as Record<string, unknown>[] }));
  for (let k = 0; k < content; k++) {
    const s = structuredClone(pool[k % pool.length]!);
    delete s.id;
    sections[k % sectionCount]!.slides.push(s);
  }
  return stringify({ ...shipped, sections });
}

/**
 * The environment the Node commands run in. A machine with NODE_EXTRA_CA_CERTS set (some
 * sandboxes and company networks) makes every Node process read that certificate bundle before
 * it runs any code: some 40 ms here, for `node -e 0` as for briefdeck. A user's machine does
 * not have it, so the Node commands run without it (pandoc ignores it); the shipped deck is
 * also timed with it, so both figures are seen.
 */
const extraCerts = process.env.NODE_EXTRA_CA_CERTS;
const cleanEnv: NodeJS.ProcessEnv = { ...process.env };
delete cleanEnv.NODE_EXTRA_CA_CERTS;

interface Run {
  ms: number;
  rssMB: number;
}

function time(cmd: string, args: string[], env: NodeJS.ProcessEnv = cleanEnv): Run {
  const withTime = statSafe('/usr/bin/time');
  const t0 = performance.now();
  const r = withTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { encoding: 'utf8', env })
    : spawnSync(cmd, args, { encoding: 'utf8', env });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
  const rss = withTime ? Number(r.stderr.trim().split('\n').pop()) / 1024 : NaN;
  return { ms, rssMB: rss };
}

function statSafe(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

interface Command {
  label: string;
  cmd: string;
  args: string[];
  out?: string;
  env?: NodeJS.ProcessEnv;
}

interface Measured {
  label: string;
  runs: Run[];
  kb: number;
}

/**
 * The commands side by side: one warm-up each, then `rounds` rounds that run each command in turn
 * (A B C A B C …), so that a machine that slows down or speeds up weighs on all of them alike.
 */
function measureTogether(commands: Command[], rounds = RUNS): Measured[] {
  for (const c of commands) time(c.cmd, c.args, c.env);
  const runs = commands.map(() => [] as Run[]);
  for (let r = 0; r < rounds; r++) commands.forEach((c, i) => runs[i]!.push(time(c.cmd, c.args, c.env)));
  return commands.map((c, i) => ({ label: c.label, runs: runs[i]!, kb: c.out ? statSync(c.out).size / 1024 : NaN }));
}

/** Median, with the range of the runs. */
function figure(m: Measured): string {
  const ms = m.runs.map((r) => r.ms);
  return `${Math.round(median(ms))} ms (${Math.round(Math.min(...ms))}–${Math.round(Math.max(...ms))})`;
}

function row(outline: string, slides: string, m: Measured): string {
  const rss = Math.max(...m.runs.map((r) => r.rssMB));
  return `| ${outline} | ${slides} | ${m.label} | ${figure(m)} | ${Math.round(rss)} MB | ${Number.isNaN(m.kb) ? '' : `${Math.round(m.kb)} KB`} |`;
}

/** The same content as markdown slides, for pandoc. */
function markdown(o: Outline): string {
  const lines = [`---\ntitle: "${String(o.title)}"\n---\n`];
  for (const sec of o.sections) {
    lines.push(`# ${sec.title}\n`);
    for (const s of sec.slides) {
      lines.push(`## ${String(s.title ?? s.type)}\n`);
      const items = (s.points as unknown[] | undefined) ?? (s.numbers as { value: number; unit?: string; label: string }[] | undefined)?.map((n) => `${n.value}${n.unit ?? ''} ${n.label}`) ?? [String(s.text ?? s.value ?? '')];
      for (const it of items) lines.push(`- ${typeof it === 'string' ? it : (it as { text: string }).text}`);
      if (s.notes) lines.push(`\n::: notes\n${String(s.notes)}\n:::\n`);
      lines.push('');
    }
  }
  return lines.join('\n');
}

const cases: { name: string; file: string }[] = [{ name: 'shipped', file: 'outline/sanlian.yaml' }];
for (const n of [200, 1000]) {
  const file = join(dir, `outline-${n}.yaml`);
  writeFileSync(file, generate(n));
  cases.push({ name: `${n} slides`, file });
}

/** 50 tables and 50 charts (every chart kind in turn), from the data fixture's slides. */
function generateData(): string {
  const data = parse(readFileSync('tests/fixtures/stress/data.yaml', 'utf8')) as Outline;
  const table = data.sections[0]!.slides[0]!;
  const charts = data.sections[1]!.slides;
  const sections = Array.from({ length: 5 }, (_, i) => ({
    title: `第${i + 1}部分 数据`,
    slides: Array.from({ length: 20 }, (_, k) => {
      const n = i * 10 + Math.floor(k / 2) + 1;
      const s = structuredClone(k % 2 === 0 ? table : charts[n % charts.length]!);
      return { ...s, title: `${String(s.title)} 之${n}` };
    }),
  }));
  return stringify({ ...data, sections });
}
const dataFile = join(dir, 'outline-data.yaml');
writeFileSync(dataFile, generateData());

const hasPandoc = (() => {
  try {
    execFileSync('pandoc', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

console.log(`briefdeck bench: whole process (node start to exit), after a warm-up ${roundsFor(true)} rounds for the shipped deck and start-up, ${RUNS} for the larger ones, the tools in turn; median (min–max), max RSS over the runs`);
if (extraCerts !== undefined) console.log('(NODE_EXTRA_CA_CERTS is set here: the Node commands run without it, as on a user\'s machine; see the last lines)');
console.log('');
const rows: string[] = [];
const perSlide: { slides: number; ms: number }[] = [];
for (const c of cases) {
  const name = c.name.replace(/\s/g, '-');
  const out = join(dir, `${name}.pptx`);
  const base = join(dir, `${name}.plain.pptx`);
  const commands: Command[] = [
    { label: 'briefdeck', cmd: process.execPath, args: ['dist/briefdeck.js', 'build', c.file, '-o', out, '--quiet'], out },
    { label: 'plain pptxgenjs, bare text boxes', cmd: process.execPath, args: ['scripts/bench-plain-pptxgenjs.mjs', c.file, base], out: base },
  ];
  if (hasPandoc) {
    const md = join(dir, `${name}.md`);
    writeFileSync(md, markdown(parse(readFileSync(c.file, 'utf8')) as Outline));
    const pd = join(dir, `${name}.pandoc.pptx`);
    commands.push({ label: 'pandoc', cmd: 'pandoc', args: [md, '-o', pd], out: pd });
  }
  const measured = measureTogether(commands, roundsFor(c.name === 'shipped'));
  const slides = Number(/(\d+) slides/.exec(execFileSync(process.execPath, ['dist/briefdeck.js', 'check', c.file, '-q', '--lang', 'en'], { encoding: 'utf8' }))?.[1] ?? 0);
  perSlide.push({ slides, ms: median(measured[0]!.runs.map((r) => r.ms)) });
  measured.forEach((m, i) => rows.push(row(i === 0 ? c.name : '', i === 0 ? String(slides) : '', m)));
}
console.log('| outline | slides | tool | time | max RSS | file |\n| --- | --- | --- | --- | --- | --- |');
console.log(rows.join('\n'));
const [a, b] = [perSlide[1]!, perSlide[2]!];
const marginal = (b.ms - a.ms) / (b.slides - a.slides);
console.log(`\ngrowth: ${marginal.toFixed(2)} ms per extra slide between ${a.slides} and ${b.slides} slides; ` +
  `${a.slides} slides predicted from that: ${Math.round(b.ms - marginal * (b.slides - a.slides))} ms, measured ${Math.round(a.ms)} ms`);
if (!hasPandoc) console.log('(pandoc is not installed: no pandoc baseline)');

// the start-up share: Node's own start, the CLI's code loaded and ready, and the stages of a build
// as `--verbose` prints them (each a median over the runs)
const startup = measureTogether([
  { label: 'node -e 0', cmd: process.execPath, args: ['-e', '0'] },
  { label: 'briefdeck --version', cmd: process.execPath, args: ['dist/briefdeck.js', '--version'] },
], roundsFor(true));
const stages = new Map<string, number[]>();
const shares: number[] = [];
for (let r = 0; r < roundsFor(true); r++) {
  const v = spawnSync(process.execPath, ['dist/briefdeck.js', 'build', 'outline/sanlian.yaml', '-o', join(dir, 'verbose.pptx'), '--verbose', '--lang', 'en'], { encoding: 'utf8', env: cleanEnv });
  const run = new Map<string, number>();
  for (const m of `${v.stdout}${v.stderr}`.matchAll(/([a-z+-]+(?: [a-z+-]+)?) (\d+) ms/g)) run.set(m[1]!, Number(m[2]));
  for (const [k, ms] of run) {
    if (!stages.has(k)) stages.set(k, []);
    stages.get(k)!.push(ms);
  }
  const whole = [...run.values()].reduce((a, b) => a + b, 0);
  if (run.has('start-up') && whole > 0) shares.push(run.get('start-up')! / whole);
}
const stageLine = [...stages].map(([k, v]) => `${k} ${median(v)} ms`).join(' · ');
console.log(`\nstart-up, shipped deck: ${startup.map((m) => `${m.label} ${figure(m)}`).join('; ')}`);
console.log(`stages of a build (--verbose, medians): ${stageLine}; start-up (Node's own start, then the CLI's code loaded, to the first step of the build) is ${Math.round(100 * median(shares))}% of a build`);

if (extraCerts !== undefined) {
  const shippedOut = join(dir, 'shipped-certs.pptx');
  const withCerts = measureTogether([
    { label: 'briefdeck', cmd: process.execPath, args: ['dist/briefdeck.js', 'build', 'outline/sanlian.yaml', '-o', shippedOut, '--quiet'], out: shippedOut, env: process.env },
    { label: 'node -e 0', cmd: process.execPath, args: ['-e', '0'], env: process.env },
    ...(hasPandoc ? [{ label: 'pandoc', cmd: 'pandoc', args: [join(dir, 'shipped.md'), '-o', join(dir, 'shipped-certs.pandoc.pptx')] }] : []),
  ], roundsFor(true));
  console.log(`with this machine's NODE_EXTRA_CA_CERTS: shipped deck ${withCerts.map((m) => `${m.label} ${figure(m)}`).join('; ')}`);
}

// tables and charts: no baseline writes the same (bare text boxes are not tables or charts)
const dataOut = join(dir, 'data.pptx');
const [d] = measureTogether([{ label: 'briefdeck', cmd: process.execPath, args: ['dist/briefdeck.js', 'build', dataFile, '-o', dataOut, '--quiet'], out: dataOut }]);
const dataSlides = Number(/(\d+) slides/.exec(execFileSync(process.execPath, ['dist/briefdeck.js', 'check', dataFile, '-q', '--lang', 'en'], { encoding: 'utf8' }))?.[1] ?? 0);
console.log(`\n50 tables and 50 charts: ${dataSlides} slides, ${figure(d!)}, ${Math.round(Math.max(...d!.runs.map((r) => r.rssMB)))} MB, ${Math.round(d!.kb)} KB (briefdeck; no baseline writes tables and charts)`);

// draft: a made-up government work report of some 21,000 characters and one ten times as long;
// a draft is at most 25 slides whatever the length, so its time should grow with the reading alone
const drafts = [8, 80].map((parts) => {
  const file = join(dir, `report-${parts}.txt`);
  writeFileSync(file, longReport(parts).text);
  return { parts, file, chars: [...readFileSync(file, 'utf8')].length };
});
const draftRuns = measureTogether(
  drafts.map((r) => ({ label: `${r.chars} characters`, cmd: process.execPath, args: ['dist/briefdeck.js', 'draft', r.file, '-o', join(dir, `report-${r.parts}.yaml`), '--force'] })),
  roundsFor(true),
);
const [short, long] = draftRuns.map((m) => median(m.runs.map((r) => r.ms)));
console.log(`\ndraft of a report: ${draftRuns.map((m) => `${m.label} ${figure(m)}, ${Math.round(Math.max(...m.runs.map((r) => r.rssMB)))} MB`).join('; ')}; ten times the report, ${(long! / short!).toFixed(2)} times the time`);
