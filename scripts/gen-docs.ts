// Rewrites the generated parts of the docs (scripts/docs-tables.ts): `npm run docs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { generatedSections, withSection } from './docs-tables.js';

for (const g of generatedSections()) {
  writeFileSync(g.file, withSection(readFileSync(g.file, 'utf8'), g.name, g.text));
  console.log(`wrote ${g.name} in ${g.file}`);
}
