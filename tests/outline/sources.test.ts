import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadOutline } from '../../src/outline/load.js';
import { checkSources } from '../../src/outline/sources.js';

const dir = mkdtempSync(join(tmpdir(), 'bd-sources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'report.txt'), '教育系统各级党组织书记讲党史专题党课116节，撰写学习体会1400余篇；全区中小学互联网覆盖率已达100%。');

function check(numbers: string, source = 'report.txt') {
  const file = join(dir, `o${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, `title: t\nsource: ${source}\nslides:\n  - type: numbers\n    numbers:\n${numbers}`);
  return checkSources(loadOutline(file)).diagnostics;
}

describe('checkSources', () => {
  it('accepts figures quoted from the report, whatever the commas', () => {
    expect(check('      - { value: 1400, approx: 余, unit: 篇, label: a, source: 撰写学习体会1400余篇 }\n      - { value: 116, unit: 节, label: b, source: "讲党史专题党课116节,撰写" }\n')).toEqual([]);
  });

  it('warns, at the line, about a quote that is not in the report and a figure its quote does not say', () => {
    const d = check('      - { value: 1400, approx: 余, unit: 篇, label: a, source: 撰写学习心得1400余篇 }\n      - { value: 1401, approx: 余, unit: 篇, label: b, source: 撰写学习体会1400余篇 }\n');
    expect(d.map((x) => [x.code, x.severity, x.pos?.line])).toEqual([
      ['SOURCE_MISMATCH', 'warning', 6],
      ['SOURCE_MISMATCH', 'warning', 7],
    ]);
    expect(d[1]!.message).toContain('1401余篇');
  });

  it('every approximation word and a figure’s change, as the report words them', () => {
    writeFileSync(join(dir, 'half.txt'), '全区地区生产总值完成395.12亿元，同比增长6.1%。规模以上工业总产值超过300亿元。城镇调查失业率控制在5%以内。新增高层次人才26人，比去年增加7人，增长率36.8%。外贸依存度18.6%，比上年下降2.3个百分点。');
    const ok = [
      '      - { value: 395.12, unit: 亿元, change: { value: 6.1, unit: "%", word: 增长, basis: 同比 }, label: a, source: 全区地区生产总值完成395.12亿元，同比增长6.1% }',
      '      - { value: 300, approx: 超过, unit: 亿元, label: b, source: 规模以上工业总产值超过300亿元 }',
      '      - { value: 5, approx: 以内, unit: "%", label: c, source: 城镇调查失业率控制在5%以内 }',
      '      - { value: 26, unit: 人, change: [{ value: 7, unit: 人, word: 增加, basis: 比去年 }, { value: 36.8, unit: "%", word: 增长率 }], label: d, source: 新增高层次人才26人，比去年增加7人，增长率36.8% }',
      // the words of the change may differ from the report's (同比 for 比上年): its value and unit are checked
      '      - { value: 18.6, unit: "%", change: { value: 2.3, unit: 个百分点, word: 下降, basis: 同比 }, label: e, source: 外贸依存度18.6%，比上年下降2.3个百分点 }',
    ];
    expect(check(ok.join('\n') + '\n', 'half.txt')).toEqual([]);
  });

  it('a change the quote does not say: SOURCE_MISMATCH at the change’s value', () => {
    writeFileSync(join(dir, 'half2.txt'), '地区生产总值395.12亿元，同比增长16.1%；新增人才26人，比去年增加7人，增长率36.8%。');
    const line = '      - { value: 395.12, unit: 亿元, change: { value: 6.1, unit: "%", word: 增长, basis: 同比 }, label: a, source: 地区生产总值395.12亿元，同比增长16.1% }';
    const two = '      - { value: 26, unit: 人, change: [{ value: 7, unit: 人, word: 增加 }, { value: 38.6, unit: "%", word: 增长率 }], label: d, source: 新增人才26人，比去年增加7人，增长率36.8% }';
    const d = check(`${line}\n${two}\n`, 'half2.txt');
    expect(d.map((x) => [x.code, x.pos?.line, x.pos?.column])).toEqual([
      ['SOURCE_MISMATCH', 6, line.indexOf('6.1') + 1],
      ['SOURCE_MISMATCH', 7, two.indexOf('38.6') + 1],
    ]);
    expect(d[0]!.message).toContain('6.1%');
    // a figure the quote does not say is still found, at its value
    const wrong = check('      - { value: 300, approx: 超, unit: 亿元, label: b, source: 规模以上工业总产值超过300亿元 }\n', 'half.txt');
    expect(wrong.map((x) => x.message)).toEqual([expect.stringContaining('超300亿元')]);
  });

  it('the half-year fixture checks clean against its report', () => {
    expect(checkSources(loadOutline('tests/fixtures/stress/half-year.yaml')).diagnostics).toEqual([]);
  });

  it('warns when the report cannot be read', () => {
    const d = check('      - { value: 1, label: a }\n', 'missing.txt');
    expect(d[0]?.code).toBe('SOURCE_MISMATCH');
    expect(d[0]?.pos?.line).toBe(2);
  });
});
