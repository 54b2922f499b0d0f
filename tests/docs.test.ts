/** The docs' lists of what the code has are generated from it (npm run docs) and kept in step here. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedSections, withSection } from '../scripts/docs-tables.js';

describe('generated parts of the docs', () => {
  for (const g of generatedSections()) {
    it(`${g.file}: ${g.name} is current (npm run docs)`, () => {
      const doc = readFileSync(g.file, 'utf8');
      expect(withSection(doc, g.name, g.text)).toBe(doc);
    });
  }
});
