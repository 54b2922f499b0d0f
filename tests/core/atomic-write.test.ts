// The atomic writer's temporary files (its own file: the writer's count starts afresh here, as in
// a new process or a new worker thread).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/core/atomic-write.js';

const dir = mkdtempSync(join(tmpdir(), 'bd-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('passes over a temporary name another writer of this process holds: never writes into it or removes it', () => {
    // what a library user's own worker threads do: the same process id, each counting from 1
    const folder = join(dir, 'taken');
    mkdirSync(folder);
    const theirs = Array.from({ length: 40 }, (_, i) => `.bd${process.pid}-${i + 1}.tmp`);
    for (const name of theirs) writeFileSync(join(folder, name), 'another writer');
    writeFileAtomic(join(folder, 'deck.pptx'), Buffer.from('PK new deck'));
    expect(readFileSync(join(folder, 'deck.pptx'), 'utf8')).toBe('PK new deck');
    for (const name of theirs) expect(readFileSync(join(folder, name), 'utf8'), name).toBe('another writer');
    expect(readdirSync(folder).filter((n) => !theirs.includes(n))).toEqual(['deck.pptx']);
  });
});
