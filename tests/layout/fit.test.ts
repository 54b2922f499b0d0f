import { describe, expect, it } from 'vitest';
import { points } from '../../src/core/units.js';
import { fitBlock, fitLine, type TextSpec } from '../../src/layout/fit.js';

const font = { ea: 'Microsoft YaHei', latin: 'Arial' };
const spec = (text: string, extra: Partial<TextSpec> = {}): TextSpec => ({ text, font, color: { hex: '333333' }, ...extra });
const opts = (w: number, h: number, range: [number, number] = [18, 24]) => ({ width: points(w), height: points(h), range, lineRatio: 1.3, gapRatio: 0.5, role: 'point' as const });
const sizes = (r: ReturnType<typeof fitBlock>) => (r.ok ? r.block.paragraphs.flatMap((p) => p.lines.flatMap((l) => l.runs.map((x) => x.size))) : []);

describe('fitBlock', () => {
  it('takes the largest size of the range when the text fits', () => {
    const r = fitBlock([spec('四个聚焦 筑牢党建根基')], opts(600, 200), 'text');
    expect(r.ok).toBe(true);
    expect(r.ok && r.block.size).toBe(24);
  });

  it('shrinks to the largest size at which the block fits, never below the minimum', () => {
    const many = Array.from({ length: 8 }, (_, i) => spec(`第${i + 1}项工作扎实推进并取得明显成效，群众满意度稳步提升`));
    const r = fitBlock(many, opts(700, 300), 'points');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.block.size).toBeLessThan(24);
    expect(r.block.size).toBeGreaterThanOrEqual(18);
    expect(r.block.height).toBeLessThanOrEqual(points(300));
    // one size larger would not have fitted
    const bigger = fitBlock(many, { ...opts(700, 300), range: [r.block.size + 1, r.block.size + 1] }, 'points');
    expect(bigger.ok).toBe(false);
  });

  it('gives siblings one size', () => {
    const r = fitBlock([spec('短'), spec('一个很长很长很长很长很长很长很长很长很长很长很长很长很长很长的要点')], opts(300, 400), 'points');
    expect(new Set(sizes(r)).size).toBe(1);
  });

  it('keeps every line within the width, by its own measure', () => {
    const r = fitBlock([spec('党员示范岗、责任区，带头讲听评课；落实课堂教学“四清”制度，打造高效课堂', { markup: true })], opts(260, 400), 'p');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.block.width).toBeLessThanOrEqual(points(260) + 1);
    expect(r.block.paragraphs[0]!.lines.length).toBeGreaterThan(1);
  });

  it('reports TEXT_OVERFLOW with the position, the lines needed and a hint when even the minimum is too big', () => {
    const pos = { file: 'x.yaml', line: 7, column: 12, path: 'slides[0].title' };
    const r = fitBlock([spec('这'.repeat(120), { maxLines: 2, source: pos })], opts(600, 300, [28, 32]), 'the slide title');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostic.code).toBe('TEXT_OVERFLOW');
    expect(r.diagnostic.pos).toEqual(pos);
    expect(r.diagnostic.message).toMatch(/the slide title does not fit: at the smallest size \(28 pt\) it needs \d+ lines, the box holds 2; about \d+ characters too long/);
    expect(r.diagnostic.hint).toMatch(/shorten|split/);
  });

  it('reports a block that is too tall with the share that is too much', () => {
    const many = Array.from({ length: 8 }, () => spec('很长的要点'.repeat(12)));
    const r = fitBlock(many, opts(500, 200), 'the 8 points', { file: 'x.yaml', line: 3, column: 5 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.diagnostic.message).toMatch(/needs \d+ pt of height, the slide has 200 pt; about \d+% too much/);
      expect(r.diagnostic.pos?.line).toBe(3);
    }
  });

  it('sizes sub-points relative to their point, within their own range', () => {
    const r = fitBlock([spec('要点'), spec('子要点', { relative: { ratio: 0.8, range: [16, 20] } })], opts(500, 300), 'p');
    expect(sizes(r)).toEqual([24, 19]);
  });
});

describe('fitLine', () => {
  it('chooses the largest size at which a figure and its unit fit on one line', () => {
    const parts = [
      { text: '', scale: 0.45, color: { hex: 'C00000' }, bold: false },
      { text: '1400', scale: 1, color: { hex: 'C00000' }, bold: true },
      { text: '余篇', scale: 0.45, color: { hex: 'C00000' }, bold: false },
    ];
    const wide = fitLine(parts, font, points(400), [54, 96]);
    expect(wide?.size).toBe(96);
    const narrow = fitLine(parts, font, points(190), [54, 96]);
    expect(narrow).toBeDefined();
    expect(narrow!.size).toBeLessThan(96);
    expect(narrow!.widthPt).toBeLessThanOrEqual(190);
    // the unit is set at the template's ratio of the figure
    const unit = narrow!.line.runs.find((r) => r.text === '余篇')!;
    expect(unit.size).toBe(Math.round(narrow!.size * 0.45));
    expect(fitLine(parts, font, points(80), [54, 96])).toBeUndefined();
  });
});
