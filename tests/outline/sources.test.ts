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
  return checkSources(loadOutline(file));
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

  it('warns when the report cannot be read', () => {
    const d = check('      - { value: 1, label: a }\n', 'missing.txt');
    expect(d[0]?.code).toBe('SOURCE_MISMATCH');
    expect(d[0]?.pos?.line).toBe(2);
  });
});
