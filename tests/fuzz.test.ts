/**
 * A few hundred fuzz cases on every `npm test` (the full run is `npm run fuzz`, 10,000 cases with
 * the schema check). FUZZ_CASES and FUZZ_SEED pick other cases.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseOutlines, baseTemplates, makeCase } from './fuzz/cases.js';
import { deckProblems, runCase } from './fuzz/run-case.js';
import { png } from './helpers/png.js';

const CASES = Number(process.env.FUZZ_CASES ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const work = mkdtempSync(join(tmpdir(), 'briefdeck-fuzz-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('fuzz harness', () => {
  it('makes the same case from the same seed, and every kind of case', () => {
    const outlines = baseOutlines();
    const templates = baseTemplates();
    expect(outlines.length).toBeGreaterThan(5);
    expect(templates.map((t) => t.name)).toEqual(['gov-blue', 'ink', 'party-red']);
    const a = makeCase(7, 42, outlines, templates);
    const b = makeCase(7, 42, outlines, templates);
    expect(a).toEqual(b);
    expect(makeCase(8, 42, outlines, templates)).not.toEqual(a);
    const kinds = new Set(Array.from({ length: 20 }, (_, i) => makeCase(7, i, outlines, templates).kind));
    expect([...kinds].sort()).toEqual(['bytes', 'field', 'output', 'structure', 'template']);
  });

  it('finds what a broken deck would hold: a cut zip, a bad part, a control character', async () => {
    const { zipSync, strToU8, unzipSync } = await import('fflate');
    expect(deckProblems(png(2, 2))[0]).toMatch(/^not a zip/);
    const parts = { '[Content_Types].xml': strToU8('<Types/>'), '_rels/.rels': strToU8('<R/>'), 'ppt/presentation.xml': strToU8('<p><q></p>'), 'docProps/app.xml': strToU8('<a/>'), 'docProps/core.xml': strToU8('<c>t\u0001</c>') };
    const problems = deckProblems(zipSync(parts));
    expect(problems).toContain('docProps/core.xml holds U+0001 at 4');
    expect(problems.some((p) => p.startsWith('ppt/presentation.xml is not well-formed'))).toBe(true);
    expect(unzipSync(zipSync(parts))).toBeTruthy();
  });
});

describe(`fuzz: ${CASES} mutated outlines and templates (seed ${SEED})`, () => {
  it('never fails inside, never leaves a broken deck, never touches the inputs', async () => {
    const outlines = baseOutlines();
    const templates = baseTemplates();
    const failures: string[] = [];
    const codes = new Map<number, number>();
    for (let i = 0; i < CASES; i++) {
      const c = makeCase(SEED, i, outlines, templates);
      const r = await runCase(c, join(work, 'case'));
      codes.set(r.code, (codes.get(r.code) ?? 0) + 1);
      if (r.problems.length) failures.push(`case ${i} (${c.what.join('; ')}):\n  ${r.problems.join('\n  ')}`);
    }
    expect(failures).toEqual([]);
    // the cases reach both ends: decks are written, and problems are reported
    expect(codes.get(0) ?? 0).toBeGreaterThan(CASES / 10);
    expect(codes.get(1) ?? 0).toBeGreaterThan(CASES / 10);
  }, 240_000);
});
