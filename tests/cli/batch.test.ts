/**
 * Several outlines in one run: names, a folder, a pattern; worker threads; one line each and the
 * count; a broken outline is reported with its place while the others are written; exit 1.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch, workerCount } from '../../src/cli/batch.js';
import { expandPattern, namedOutlines, segmentPattern } from '../../src/cli/outlines.js';
import { main } from '../../src/cli/main.js';
import { runCli } from '../helpers/cli.js';

const outline = (n: number) => `title: 学校${n}党建工作汇报\nslides:\n  - type: number\n    title: 讲党课${n}节\n    value: ${n}\n    unit: 节\n    label: 专题党课\n`;
let dir: string;
const at = (p: string) => join(dir, p);
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bd-batch-'));
  mkdirSync(at('schools/deep/er'), { recursive: true });
  for (let i = 1; i <= 20; i++) writeFileSync(at(`schools/s${String(i).padStart(2, '0')}.yaml`), outline(i));
  // number 7 is broken: a figure in words
  writeFileSync(at('schools/s07.yaml'), outline(7).replace('value: 7', 'value: 七'));
  writeFileSync(at('schools/deep/er/x.yaml'), outline(99));
  writeFileSync(at('schools/readme.md'), 'not an outline');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('naming outlines', () => {
  it('a folder gives its *.yaml; * and ** patterns are expanded here, sorted', () => {
    expect(namedOutlines([at('schools')]).files).toHaveLength(20);
    expect(namedOutlines([at('schools')]).batch).toBe(true);
    expect(namedOutlines([at('schools/s01.yaml')])).toEqual({ files: [at('schools/s01.yaml')], batch: false });
    expect(expandPattern('schools/s1?.yaml', dir)).toEqual(Array.from({ length: 10 }, (_, i) => join('schools', `s1${i}.yaml`)));
    expect(expandPattern('schools/**/*.yaml', dir)).toHaveLength(21);
    expect(expandPattern(`${dir}/schools/deep/**/x.yaml`, '/')).toEqual([at('schools/deep/er/x.yaml')]);
    expect(segmentPattern('s*.yaml').test('s01.yaml')).toBe(true);
    expect(segmentPattern('s*.yaml').test('t01.yaml')).toBe(false);
  });

  it('a pattern that matches nothing is OUTLINE_NOT_FOUND', async () => {
    const r = await runCli(['build', at('nothing/*.yaml')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/OUTLINE_NOT_FOUND .*nothing\/\*\.yaml matches no outline/);
  });

  it('uses the cores, never more workers than outlines', () => {
    expect(workerCount(1)).toBe(1);
    expect(workerCount(20, { BRIEFDECK_JOBS: '3' })).toBe(3);
  });
});

describe('worker threads', () => {
  it('two workers share the outlines: each builds some, in its own thread', async () => {
    const jobs = Array.from({ length: 8 }, (_, i) => ({ outline: at(`schools/s${String(i + 10).padStart(2, '0')}.yaml`), write: false }));
    const seen: number[] = [];
    const results = await runBatch(jobs, (_r, i) => seen.push(i), 2);
    expect(seen.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const threads = new Set(results.map((r) => (r.ok ? r.thread : -1)));
    expect(threads.has(-1)).toBe(false);
    expect(threads.has(0)).toBe(false); // never the main thread
    expect(threads.size).toBe(2);
  });
});

describe('build on 20 outlines', () => {
  it('19 decks written, the broken one reported with its position, a line each, the count, exit 1', async () => {
    const r = await runCli(['build', at('schools'), '-o', at('decks/'), '--lang', 'en']);
    expect(r.code).toBe(1);
    for (let i = 1; i <= 20; i++) {
      const name = `s${String(i).padStart(2, '0')}`;
      expect(existsSync(at(`decks/${name}.pptx`)), name).toBe(i !== 7);
      if (i !== 7) expect(r.out).toMatch(new RegExp(`✓ .*decks/${name}\\.pptx {2}3 slides`));
    }
    expect(readFileSync(at('decks/s01.pptx')).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(r.out).toMatch(/✗ .*s07\.yaml {2}1 error \(OUTLINE_SCHEMA\); not written/);
    expect(r.err).toMatch(/s07\.yaml:5:12 OUTLINE_SCHEMA slides\[0\]\.value: expected a number/);
    expect(r.out).toMatch(/20 outlines: 19 built, 1 failed \(.* s, \d+ workers?\)/);
  });

  it('on a terminal, a progress line on stderr between the outlines’ lines (more than four outlines)', async () => {
    let out = '';
    let err = '';
    const code = await main(['check', at('schools/s1?.yaml')], { out: (t) => void (out += t), err: (t) => void (err += t), color: false, tty: true });
    expect(code).toBe(0);
    expect(err).toMatch(/\d+\/10 done…/);
    expect(out).toMatch(/10 outlines: 10 checked, 0 failed/);
  });

  it('two outlines of one name (in different folders) are a usage error before anything is written', async () => {
    mkdirSync(at('other'), { recursive: true });
    writeFileSync(at('other/s01.yaml'), outline(1));
    const clash = await runCli(['build', at('schools/s01.yaml'), at('other/s01.yaml'), '-o', at('same/')]);
    expect(clash.code).toBe(2);
    expect(clash.err).toMatch(/USAGE .*schools\/s01\.yaml and .*other\/s01\.yaml would both be written as s01\.pptx/);
    expect(existsSync(at('same/s01.pptx'))).toBe(false);
  });

  it('-o a file with several outlines is a usage error; check takes several too', async () => {
    const r = await runCli(['build', at('schools/s01.yaml'), at('schools/s02.yaml'), '-o', at('one.pptx')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/-o .*one\.pptx names a file, but 2 outlines are built/);
    const c = await runCli(['check', at('schools/s01.yaml'), at('schools/s02.yaml')]);
    expect(c.code).toBe(0);
    expect(c.out).toMatch(/2 outlines: 2 checked, 0 failed/);
  });
});
