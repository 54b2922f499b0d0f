/**
 * `npm run bench`: whole-process time and memory of `briefdeck build` for the shipped outline
 * and generated outlines of 200 and 1000 slides, beside two baselines on the same content:
 * plain pptxgenjs writing the slides as bare text boxes, and pandoc (when installed).
 * Each case runs several times; the median is reported. Not a test: figures, not verdicts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
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

function time(cmd: string, args: string[]): { ms: number; rssMB: number } {
  const withTime = statSafe('/usr/bin/time');
  const t0 = performance.now();
  const r = withTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { encoding: 'utf8' })
    : spawnSync(cmd, args, { encoding: 'utf8' });
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

function measure(label: string, cmd: string, args: string[], out: string) {
  const runs = Array.from({ length: RUNS }, () => time(cmd, args));
  return { label, ms: median(runs.map((r) => r.ms)), rssMB: Math.max(...runs.map((r) => r.rssMB)), kb: statSync(out).size / 1024 };
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

console.log(`briefdeck bench: median of ${RUNS} runs, whole process (node start to exit), max RSS over the runs\n`);
const rows: string[] = [];
const perSlide: { slides: number; ms: number }[] = [];
for (const c of cases) {
  const out = join(dir, `${c.name.replace(/\s/g, '-')}.pptx`);
  const r = measure('briefdeck', process.execPath, ['dist/briefdeck.js', 'build', c.file, '-o', out, '--quiet'], out);
  const slides = Number(/(\d+) slides/.exec(execFileSync(process.execPath, ['dist/briefdeck.js', 'check', c.file, '-q', '--lang', 'en'], { encoding: 'utf8' }))?.[1] ?? 0);
  perSlide.push({ slides, ms: r.ms });
  rows.push(`| ${c.name} | ${slides} | briefdeck | ${Math.round(r.ms)} ms | ${Math.round(r.rssMB)} MB | ${Math.round(r.kb)} KB |`);
  const base = join(dir, `${c.name.replace(/\s/g, '-')}.plain.pptx`);
  const b = measure('pptxgenjs', process.execPath, ['scripts/bench-plain-pptxgenjs.mjs', c.file, base], base);
  rows.push(`| | | plain pptxgenjs, bare text boxes | ${Math.round(b.ms)} ms | ${Math.round(b.rssMB)} MB | ${Math.round(b.kb)} KB |`);
  if (hasPandoc) {
    const md = join(dir, `${c.name.replace(/\s/g, '-')}.md`);
    writeFileSync(md, markdown(parse(readFileSync(c.file, 'utf8')) as Outline));
    const pd = join(dir, `${c.name.replace(/\s/g, '-')}.pandoc.pptx`);
    const p = measure('pandoc', 'pandoc', [md, '-o', pd], pd);
    rows.push(`| | | pandoc | ${Math.round(p.ms)} ms | ${Math.round(p.rssMB)} MB | ${Math.round(p.kb)} KB |`);
  }
}
console.log('| outline | slides | tool | time | max RSS | file |\n| --- | --- | --- | --- | --- | --- |');
console.log(rows.join('\n'));
const [a, b] = [perSlide[1]!, perSlide[2]!];
const marginal = (b.ms - a.ms) / (b.slides - a.slides);
console.log(`\ngrowth: ${marginal.toFixed(2)} ms per extra slide between ${a.slides} and ${b.slides} slides; ` +
  `${a.slides} slides predicted from that: ${Math.round(b.ms - marginal * (b.slides - a.slides))} ms, measured ${Math.round(a.ms)} ms`);
if (!hasPandoc) console.log('(pandoc is not installed: no pandoc baseline)');

// tables and charts: no baseline writes the same (bare text boxes are not tables or charts)
const dataOut = join(dir, 'data.pptx');
const d = measure('briefdeck', process.execPath, ['dist/briefdeck.js', 'build', dataFile, '-o', dataOut, '--quiet'], dataOut);
const dataSlides = Number(/(\d+) slides/.exec(execFileSync(process.execPath, ['dist/briefdeck.js', 'check', dataFile, '-q', '--lang', 'en'], { encoding: 'utf8' }))?.[1] ?? 0);
console.log(`\n50 tables and 50 charts: ${dataSlides} slides, ${Math.round(d.ms)} ms, ${Math.round(d.rssMB)} MB, ${Math.round(d.kb)} KB (briefdeck; no baseline writes tables and charts)`);
