/**
 * The drafter on the report corpus (../shared/reports/corpus, scored by ../shared/tools/draft-score.mjs
 * with the bundled CLI): sections, figure inventory, figures shown, page furniture, deck length,
 * point length and --strict builds, against its thresholds. Skipped where ../shared is absent
 * (a user's machine); tests/draft/shapes.test.ts covers each shape without it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SCORER = join('..', 'shared', 'tools', 'draft-score.mjs');

describe('the report corpus', () => {
  it.skipIf(!existsSync(SCORER))('draft-score prints PASS (skipped where ../shared is absent)', () => {
    const r = spawnSync(process.execPath, [SCORER], { encoding: 'utf8', timeout: 170_000 });
    const last = r.stdout.trim().split('\n').at(-1) ?? '';
    expect(last, r.stdout + r.stderr).toMatch(/PASS$/);
    expect(r.status).toBe(0);
  }, 180_000);
});
