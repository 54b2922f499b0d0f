// `briefdeck watch`: help and exit codes in-process, the loop's printed lines, and the shipped
// bundle spawned, serving the preview page (with the same style and script as the sources
// make: the page's files are built into dist/) and stopped with Ctrl-C (SIGINT).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runWatch } from '../../src/cli/commands/watch.js';
import type { Output } from '../../src/cli/format.js';
import { main } from '../../src/cli/main.js';
import { pageFiles } from '../../src/watch/page/files.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUNDLE = path.join(ROOT, 'dist', 'briefdeck.js');

const OUTLINE = (value = '116') => `title: 命令行监视
slides:
  - type: number
    title: 一个数字
    value: ${value}
    unit: 节
    label: 专题党课
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bd-watch-cli-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function capture(): Output & { text: { out: string; err: string } } {
  const text = { out: '', err: '' };
  return { out: (t) => void (text.out += t), err: (t) => void (text.err += t), color: false, text };
}

async function run(argv: string[]) {
  const o = capture();
  const log = console.log;
  const info = console.info;
  console.log = console.info = (...a: unknown[]) => o.out(a.join(' ') + '\n');
  try {
    const code = await main(argv, o);
    return { code, ...o.text };
  } finally {
    console.log = log;
    console.info = info;
  }
}

async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('briefdeck watch (in-process)', () => {
  it('--help shows the options, exit 0', async () => {
    const r = await run(['watch', '--help']);
    expect(r.code).toBe(0);
    for (const opt of ['--output', '--template', '--preview', '--port', '--quiet']) expect(r.out).toContain(opt);
    const all = await run(['--help']);
    expect(all.out).toMatch(/\bwatch <outline>/);
  });

  it('usage errors exit 2; a missing outline exits 1', async () => {
    expect((await run(['watch'])).code).toBe(2);
    const port = await run(['watch', put('a.yaml', OUTLINE()), '--port', 'abc']);
    expect(port.code).toBe(2);
    expect(port.err).toMatch(/USAGE --port must be a port number/);
    expect((await run(['watch', put('b.yaml', OUTLINE()), '--port', '70000'])).code).toBe(2);
    const missing = await run(['watch', path.join(dir, 'nope.yaml')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/OUTLINE_NOT_FOUND/);
  });

  it('prints one line per build; a broken edit prints its errors with positions; stops with exit 0', async () => {
    const outline = put('deck.yaml', OUTLINE());
    const o = capture();
    const stop = new AbortController();
    const done = runWatch(outline, { output: path.join(dir, 'deck.pptx') }, o, stop.signal);
    const lines = () => o.text.out.trim().split('\n').filter(Boolean);
    await until(() => lines().length >= 1, 'the first build');
    expect(lines()[0]).toMatch(/^\d\d:\d\d:\d\d ✓ 3 slides · first build · \d+ ms$/);
    // written at once: a change before the watcher is up is caught all the same

    writeFileSync(outline, OUTLINE('一百'));
    await until(() => lines().length >= 2, 'the broken build');
    expect(lines()[1]).toMatch(/✗ 1 error; the last good deck \(3 slides\) stays/);
    expect(o.text.err).toMatch(/deck\.yaml:5:12 OUTLINE_SCHEMA slides\[0\]\.value: /);
    expect(o.text.err).toMatch(/> 5 \|\s+value: 一百/);

    writeFileSync(outline, OUTLINE('117'));
    await until(() => lines().length >= 3, 'the recovery');
    expect(lines()[2]).toMatch(/✓ 3 slides · changed: 2 一个数字 · \d+ ms$/);
    expect(lines()).toHaveLength(3);

    stop.abort();
    expect(await done).toBe(0);
    expect(o.text.err).toMatch(/stopped watching\n$/);
  });
});

function put(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((r) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      r(true);
    });
    s.once('error', () => r(false));
  });
}

describe('node dist/briefdeck.js watch --preview', () => {
  it('serves the preview on 127.0.0.1; Ctrl-C closes the server and exits 0', async () => {
    const outline = put('deck.yaml', OUTLINE());
    const child = spawn(process.execPath, [BUNDLE, 'watch', outline, '--preview', '--port', '0', '-o', path.join(dir, 'out.pptx')], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    try {
      // the first build and the preview's address come in either order
      await until(() => /✓ 3 slides · first build/.test(out) && /preview: http/.test(out), `the first build and the address (stdout: ${out} stderr: ${err})`, 10_000);
      const url = out.match(/preview: (http:\/\/127\.0\.0\.1:(\d+)\/)/)!;
      expect(url).toBeTruthy();
      const port = Number(url[2]);
      const page = await fetch(url[1]!);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('data-slide="2"');
      // the page's files come from the bundle (dist/ reads nothing of src/), the same as the sources make them
      const { css, script } = pageFiles();
      expect(html).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
      expect(html.match(/<style>([\s\S]*?)<\/style>/)?.[1]).toBe(css);
      expect(html.match(/<script>([\s\S]*?)<\/script>/)?.[1]).toBe(script);
      expect(existsSync(path.join(dir, 'out.pptx'))).toBe(true);
      expect(readFileSync(path.join(dir, 'out.pptx')).subarray(0, 2).toString('latin1')).toBe('PK');

      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(err).toMatch(/stopped watching/);
      expect(await portOpen(port)).toBe(false);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
