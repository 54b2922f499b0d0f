/** The docs' lists of what the code has are generated from it (npm run docs) and kept in step here. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedSections, withSection } from '../scripts/docs-tables.js';
import { APPROX_AFTER_UNIT_ZH, APPROX_AFTER_VALUE_ZH, APPROX_BEFORE_VALUE_ZH, APPROX_EN } from '../src/slides/fields.js';

describe('generated parts of the docs', () => {
  for (const g of generatedSections()) {
    it(`${g.file}: ${g.name} is current (npm run docs)`, () => {
      const doc = readFileSync(g.file, 'utf8');
      expect(withSection(doc, g.name, g.text)).toBe(doc);
    });
  }
});

describe('hand-written lists of the docs', () => {
  it('docs/outline-format.md: the approx table lists every word, Chinese by where it goes', () => {
    const doc = readFileSync('docs/outline-format.md', 'utf8');
    const table = doc.slice(doc.indexOf('| approx | prints |')).split('\n\n')[0]!;
    const rows = table.split('\n').slice(2).map((row) => row.split('|').map((c) => c.trim()));
    const words = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    const zh = (place: string) => rows.filter((c) => !c[1]!.includes('(en)') && c[3] === place).flatMap((c) => words(c[1]!));
    expect(zh('before the value')).toEqual([...APPROX_BEFORE_VALUE_ZH]);
    expect(zh('between value and unit')).toEqual([...APPROX_AFTER_VALUE_ZH]);
    expect(zh('after the unit')).toEqual([...APPROX_AFTER_UNIT_ZH]);
    expect(rows.filter((c) => c[1]!.includes('(en)')).flatMap((c) => words(c[1]!)).sort()).toEqual([...APPROX_EN].sort());
  });
});
