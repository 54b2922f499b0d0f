/**
 * Lists that do not fit one slide continue on the next: the fewest slides, split evenly, the
 * title marked （续）/(continued), a SLIDE_CONTINUED warning at the first item moved on, and
 * `--strict` turning that warning (and every other) into an error that writes nothing.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { layoutDeck } from '../../src/compose/deck.js';
import { DeckError } from '../../src/core/errors.js';
import type { Deck, TextBox } from '../../src/deck/model.js';
import { parseOutline } from '../../src/outline/load.js';
import { paginate } from '../../src/slides/paginate.js';
import { loadTemplate } from '../../src/template/load.js';
import { runCli } from '../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'bd-continue-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四'];
const FOURTEEN = `title: 上半年工作汇报
organization: 测试单位
slides:
  - type: points
    title: 十四项重点工作
    notes: 逐项汇报
    points:
${NUMERALS.map((n) => `      - 第${n}项工作全面推进，成效明显`).join('\n')}
`;

function lay(yaml: string, template = 'party-red') {
  return layoutDeck(parseOutline(yaml, 'c.yaml'), loadTemplate(template).theme);
}
const texts = (deck: Deck, n: number) =>
  deck.slides[n]!.boxes.filter((b): b is TextBox => b.kind === 'text' && b.placeholder?.type === 'obj').flatMap((b) => b.paragraphs.map((p) => p.lines.map((l) => l.runs.map((r) => r.text).join('')).join('')));

describe('paginate', () => {
  const fitsUpTo = (n: number) => (page: readonly number[]) => page.length <= n;
  it('keeps a list that fits on one page', () => {
    expect(paginate([1, 2, 3], fitsUpTo(8), 8)).toEqual([[1, 2, 3]]);
  });
  it('splits into the fewest pages, evenly', () => {
    expect(paginate(Array.from({ length: 14 }, (_, i) => i), fitsUpTo(8), 8).map((p) => p.length)).toEqual([7, 7]);
    expect(paginate(Array.from({ length: 17 }, (_, i) => i), fitsUpTo(8), 8).map((p) => p.length)).toEqual([6, 6, 5]);
    expect(paginate(Array.from({ length: 9 }, (_, i) => i), fitsUpTo(20), 8).map((p) => p.length)).toEqual([5, 4]);
  });
  it('falls back to the greedy split when the even one does not fit (a tall item)', () => {
    // item 0 is tall: it fits only with one more item; the even split 3+3 does not
    const fits = (page: readonly number[]) => (page.includes(0) ? page.length <= 2 : page.length <= 4);
    expect(paginate([0, 1, 2, 3, 4, 5], fits, 8)).toEqual([[0, 1], [2, 3, 4, 5]]);
  });
  it('gives an item that fits nowhere a page of its own', () => {
    const fits = (page: readonly number[]) => !page.includes(2) && page.length <= 2;
    expect(paginate([1, 2, 3, 4], fits, 8)).toEqual([[1], [2], [3, 4]]);
  });
});

describe('a points list of 14 items', () => {
  const { deck, diagnostics } = lay(FOURTEEN);

  it('builds as two slides, the second titled （续）, the points in order and none lost', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const content = deck.slides.filter((s) => s.kind === 'points');
    expect(content.map((s) => s.title)).toEqual(['十四项重点工作', '十四项重点工作（续）']);
    const first = content[0]!.number - 1;
    expect(texts(deck, first)).toEqual(NUMERALS.slice(0, 7).map((n) => `第${n}项工作全面推进，成效明显`));
    expect(texts(deck, first + 1)).toEqual(NUMERALS.slice(7).map((n) => `第${n}项工作全面推进，成效明显`));
    // the notes are the slide's: on its first page only
    expect(content.map((s) => s.notes)).toEqual(['逐项汇报', '']);
  });

  it('warns with the position of the first point moved on, in both languages', () => {
    const w = diagnostics.filter((d) => d.code === 'SLIDE_CONTINUED');
    expect(w).toHaveLength(1);
    expect(w[0]!.severity).toBe('warning');
    // line 15 is the eighth point
    expect(w[0]!.pos).toMatchObject({ line: 15, column: 9, path: 'slides[0].points[7]' });
    expect(w[0]!.message).toBe('the list of 14 points does not fit one slide: it continues over 2 slides, from item 8 on “十四项重点工作（续）”');
    expect(w[0]!.zh?.message).toBe('这 14 条要点一张幻灯片放不下：已从第 8 项起接续到“十四项重点工作（续）”，共 2 张');
    expect(w[0]!.hint).toMatch(/--strict/);
  });

  it('writes both slides with their titles in the title placeholders', async () => {
    const src = join(tmp, 'fourteen.yaml');
    writeFileSync(src, FOURTEEN);
    const result = await build({ outline: src, output: join(tmp, 'fourteen.pptx') });
    expect(result.warnings.map((d) => d.code)).toEqual(['SLIDE_CONTINUED']);
    const zip = unzipSync(readFileSync(join(tmp, 'fourteen.pptx')));
    const slides = Object.keys(zip).filter((k) => /^ppt\/slides\/slide\d+\.xml$/.test(k));
    const titled = slides.map((k) => strFromU8(zip[k]!)).filter((x) => x.includes('十四项重点工作'));
    expect(titled).toHaveLength(2);
    expect(titled.some((x) => x.includes('十四项重点工作（续）') && x.includes('第十四项工作'))).toBe(true);
  });

  it('with --strict it fails, and writes nothing', async () => {
    const src = join(tmp, 'strict.yaml');
    writeFileSync(src, FOURTEEN);
    const out = join(tmp, 'strict.pptx');
    await expect(build({ outline: src, output: out, strict: true })).rejects.toBeInstanceOf(DeckError);
    expect(existsSync(out)).toBe(false);
    const run = await runCli(['build', src, '-o', out, '--strict', '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/strict\.yaml:15:9 SLIDE_CONTINUED slides\[0\]\.points\[7\]/);
    expect(run.err).toMatch(/1 error/);
    expect(existsSync(out)).toBe(false);
    // without it, the same outline builds (exit 0) and warns
    const ok = await runCli(['build', src, '-o', out, '--lang', 'en']);
    expect(ok.code).toBe(0);
    expect(ok.err).toMatch(/SLIDE_CONTINUED \(warning\)/);
    // check --strict too
    expect((await runCli(['check', src, '--strict'])).code).toBe(1);
  });

  it('--strict makes every warning an error: a duplicate title', async () => {
    const src = join(tmp, 'dup.yaml');
    writeFileSync(src, 'title: T\nslides:\n  - {type: points, title: 同一个标题, points: [a]}\n  - {type: points, title: 同一个标题, points: [b]}\n');
    expect((await runCli(['check', src])).code).toBe(0);
    const strict = await runCli(['check', src, '--strict', '--lang', 'en']);
    expect(strict.code).toBe(1);
    expect(strict.err).toMatch(/SLIDE_TITLE_DUPLICATE/);
  });
});

describe('other lists that continue', () => {
  it('eight figures: two slides of four cards', () => {
    const items = Array.from({ length: 8 }, (_, i) => `      - {value: ${i + 1}, unit: 所, label: 学校${i + 1}}`).join('\n');
    const { deck, diagnostics } = lay(`title: T\nslides:\n  - type: numbers\n    title: 八个数字\n    numbers:\n${items}\n`);
    const pages = deck.slides.filter((s) => s.kind === 'numbers');
    expect(pages.map((s) => s.title)).toEqual(['八个数字', '八个数字（续）']);
    expect(pages.map((s) => s.boxes.filter((b) => b.kind === 'group').length)).toEqual([4, 4]);
    const w = diagnostics.find((d) => d.code === 'SLIDE_CONTINUED')!;
    expect(w.pos?.path).toBe('slides[0].numbers[4]');
  });

  it('English: “(continued)”', () => {
    const points = Array.from({ length: 10 }, (_, i) => `      - Point number ${i + 1} of the list`).join('\n');
    const { deck, diagnostics } = lay(`title: T\nlang: en\nslides:\n  - type: points\n    title: Ten points\n    points:\n${points}\n`);
    expect(deck.slides.filter((s) => s.kind === 'points').map((s) => s.title)).toEqual(['Ten points', 'Ten points (continued)']);
    expect(diagnostics.find((d) => d.code === 'SLIDE_CONTINUED')!.message).toMatch(/^the list of 10 points does not fit one slide: it continues over 2 slides, from item 6/);
  });

  it('a list that fits stays one slide, without a warning', () => {
    const { deck, diagnostics } = lay('title: T\nslides:\n  - {type: points, title: 三点, points: [a, b, c]}\n');
    expect(deck.slides.filter((s) => s.kind === 'points')).toHaveLength(1);
    expect(diagnostics).toEqual([]);
  });
});
