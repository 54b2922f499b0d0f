// The shipped bundle, spawned the way a user runs it: one good build and one broken outline.
// Everything else about the CLI is tested in-process (main.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUNDLE = path.join(ROOT, 'dist', 'briefdeck.js');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bd-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function cli(...args: string[]) {
  // NO_COLOR: plain text whatever the terminal the tests run in
  return spawnSync(process.execPath, [BUNDLE, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 20_000 });
}

describe('node dist/briefdeck.js', () => {
  it('--version without loading the CLI prints what the CLI prints, and --help is the CLI’s', async () => {
    const fast = cli('--version');
    expect(fast.status).toBe(0);
    const { runCli } = await import('../helpers/cli.js');
    expect(fast.stdout).toBe((await runCli(['--version'])).out);
    expect(cli('-v').stdout).toBe(fast.stdout);
    // anything more goes to the CLI (the cached bundle)
    expect(cli('--help').stdout).toMatch(/Usage:\s+\$ briefdeck/);
  });

  it('builds a deck: exit 0, the file exists, stdout names it', () => {
    const outline = path.join(dir, 'good.yaml');
    writeFileSync(outline, 'title: 冒烟测试\nslides:\n  - type: quote\n    text: 为党育人、为国育才\n');
    const target = path.join(dir, 'decks', 'smoke.pptx');
    const r = cli('build', outline, '-o', target);
    expect(r.error).toBeUndefined();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(existsSync(target)).toBe(true);
    expect(readFileSync(target).subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
    // run from `dir`, so the path is shown relative to it
    expect(r.stdout).toContain(path.join('decks', 'smoke.pptx'));
    expect(r.stdout).toMatch(/\b3 slides\b/);
  });

  it('a broken outline: exit 1, FILE:LINE:COLUMN on stderr, no stack', () => {
    const outline = path.join(dir, 'broken.yaml');
    writeFileSync(outline, 'title: 冒烟测试\nslides:\n  - type: number\n    value: 一千\n    label: 件\n');
    const target = path.join(dir, 'broken.pptx');
    const r = cli('build', outline, '-o', target);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^broken\.yaml:4:12 OUTLINE_SCHEMA slides\[0\]\.value: /m);
    expect(r.stderr).not.toMatch(/^\s{4}at /m);
    expect(existsSync(target)).toBe(false);
  });

  it('writes its lines straight to the descriptors: whole into a pipe, and a closed pipe is no error', () => {
    const outline = path.join(dir, 'pipe.yaml');
    writeFileSync(outline, 'title: 管道\nslides:\n  - type: number\n    value: 一千\n    label: 件\n');
    // many diagnostics' worth of stderr through a pipe, read whole
    const r = cli('check', outline);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/OUTLINE_SCHEMA[\s\S]*1 error/);
    // the reader goes away before briefdeck writes: it ends as it would have, with no EPIPE
    const good = path.join(dir, 'good-pipe.yaml');
    writeFileSync(good, 'title: 管道\nslides:\n  - type: quote\n    text: 为党育人\n');
    const closed = spawnSync('sh', ['-c', `"${process.execPath}" "${BUNDLE}" check "${good}" | true`], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
    expect(closed.stderr).not.toMatch(/EPIPE|INTERNAL/);
  });
});
