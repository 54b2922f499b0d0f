// build(): where the deck goes, which template is used, that nothing is lost when a build fails,
// how write failures are reported, and that the same outline always gives the same bytes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { build } from '../src/build.js';
import { DeckError } from '../src/core/errors.js';
import { SMALL_OUTLINE } from './helpers/outlines.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = path.join(ROOT, 'dist', 'briefdeck.js');

const GOOD = SMALL_OUTLINE;

/** A child template that only changes the primary colour, so its use is visible in the deck. */
const CHILD_TEMPLATE = `name: test-teal
extends: party-red
colors:
  primary: "#0A6E6E"
backgrounds:
  cover: { color: "#0A6E6E" }
  section: { color: "#0A6E6E" }
  closing: { color: "#0A6E6E" }
`;
const TEAL = '0A6E6E';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bd-'));
});
afterEach(() => {
  // a test that made a folder read-only must not stop the clean-up
  try {
    chmodSync(path.join(dir, 'ro'), 0o755);
  } catch {
    /* there is none */
  }
  rmSync(dir, { recursive: true, force: true });
});

function put(rel: string, text: string): string {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function isZip(file: string): boolean {
  const head = readFileSync(file).subarray(0, 4);
  return head.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
}

function tempFiles(folder: string): string[] {
  return readdirSync(folder).filter((n) => /^\..*\.tmp$/.test(n));
}

/** Every XML part of the deck, joined, to look for a colour or a text. */
function deckXml(file: string): string {
  const parts = unzipSync(readFileSync(file));
  return Object.entries(parts)
    .filter(([name]) => name.endsWith('.xml'))
    .map(([, bytes]) => strFromU8(bytes))
    .join('\n');
}

/** Awaits a rejection and returns it as a DeckError (failing the test if it is anything else). */
async function deckError(p: Promise<unknown>): Promise<DeckError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err, 'build() should have rejected').toBeInstanceOf(DeckError);
  return err as DeckError;
}

describe('build(): where the deck is written', () => {
  it('writes a zip to output/<outline name>.pptx under cwd by default', async () => {
    put('brief.yaml', GOOD);
    const result = await build({ outline: 'brief.yaml', cwd: dir });
    const expected = path.join(dir, 'output', 'brief.pptx');
    expect(result.output).toBe(expected);
    expect(existsSync(expected)).toBe(true);
    expect(isZip(expected)).toBe(true);
    expect(result.bytes).toBe(statSync(expected).size);
    // cover + 2 slides + the default closing
    expect(result.deck.slides).toHaveLength(4);
    expect(result.warnings).toEqual([]);
    expect(tempFiles(path.join(dir, 'output'))).toEqual([]);
  });

  it('writes to a relative -o path (against cwd) and to an absolute one', async () => {
    put('brief.yaml', GOOD);
    const rel = await build({ outline: 'brief.yaml', output: 'decks/mine.pptx', cwd: dir });
    expect(rel.output).toBe(path.join(dir, 'decks', 'mine.pptx'));
    expect(isZip(rel.output!)).toBe(true);

    const abs = path.join(dir, 'elsewhere.pptx');
    const res = await build({ outline: path.join(dir, 'brief.yaml'), output: abs, cwd: dir });
    expect(res.output).toBe(abs);
    expect(isZip(abs)).toBe(true);
    // -o replaces the default place: nothing went to output/
    expect(existsSync(path.join(dir, 'output'))).toBe(false);
  });

  it('creates missing output folders', async () => {
    put('brief.yaml', GOOD);
    const target = path.join(dir, 'a', 'b', 'c', 'deck.pptx');
    expect(existsSync(path.join(dir, 'a'))).toBe(false);
    await build({ outline: 'brief.yaml', output: target, cwd: dir });
    expect(isZip(target)).toBe(true);
  });

  it('write: false lays out the deck and writes nothing', async () => {
    put('brief.yaml', GOOD);
    const before = readdirSync(dir);
    const result = await build({ outline: 'brief.yaml', write: false, cwd: dir });
    expect(result.deck.slides).toHaveLength(4);
    expect(result.output).toBeUndefined();
    expect(result.bytes).toBeUndefined();
    expect(readdirSync(dir)).toEqual(before);

    // with an explicit output too
    const target = path.join(dir, 'x.pptx');
    await build({ outline: 'brief.yaml', output: target, write: false, cwd: dir });
    expect(existsSync(target)).toBe(false);
  });
});

describe('build(): templates', () => {
  it("uses the outline's template: key (a folder relative to the outline)", async () => {
    put('tpl/template.yaml', CHILD_TEMPLATE);
    put('brief.yaml', `template: ./tpl\n${GOOD}`);
    const result = await build({ outline: 'brief.yaml', output: 'o.pptx', cwd: dir });
    expect(result.deck.theme.name).toBe('test-teal');
    expect(deckXml(result.output!)).toContain(TEAL);
  });

  it('the template option wins over the outline key', async () => {
    put('tpl/template.yaml', CHILD_TEMPLATE);
    put('brief.yaml', `template: ./tpl\n${GOOD}`);
    const result = await build({ outline: 'brief.yaml', output: 'o.pptx', template: 'party-red', cwd: dir });
    expect(result.deck.theme.name).toBe('party-red');
    expect(deckXml(result.output!)).not.toContain(TEAL);

    // and the other way round: the outline names the built-in, the option a folder (against cwd)
    put('plain.yaml', `template: party-red\n${GOOD}`);
    const other = await build({ outline: 'plain.yaml', output: 'p.pptx', template: './tpl', cwd: dir });
    expect(other.deck.theme.name).toBe('test-teal');
    expect(deckXml(other.output!)).toContain(TEAL);
  });

  it('an unknown template option → TEMPLATE_NOT_FOUND with a did-you-mean', async () => {
    put('brief.yaml', GOOD);
    const err = await deckError(build({ outline: 'brief.yaml', template: 'party-rde', cwd: dir }));
    expect(err.code).toBe('TEMPLATE_NOT_FOUND');
    expect(err.diagnostics[0]!.message).toContain('party-rde');
    expect(err.diagnostics[0]!.hint).toMatch(/did you mean `party-red`/);
    expect(existsSync(path.join(dir, 'output'))).toBe(false);
  });

  it('an unknown template in the outline → TEMPLATE_NOT_FOUND with a did-you-mean', async () => {
    put('brief.yaml', `template: party-rde\n${GOOD}`);
    const err = await deckError(build({ outline: 'brief.yaml', cwd: dir }));
    expect(err.code).toBe('TEMPLATE_NOT_FOUND');
    expect(err.diagnostics[0]!.hint).toMatch(/did you mean `party-red`/);
  });
});

describe('build(): nothing is lost when a build fails', () => {
  const target = () => path.join(dir, 'out', 'deck.pptx');

  async function goodDeck(): Promise<string> {
    put('brief.yaml', GOOD);
    await build({ outline: 'brief.yaml', output: target(), cwd: dir });
    expect(isZip(target())).toBe(true);
    return sha256(target());
  }

  async function expectUnchanged(p: Promise<unknown>, hash: string, code: string): Promise<DeckError> {
    const err = await deckError(p);
    expect(err.diagnostics.map((d) => d.code)).toContain(code);
    expect(sha256(target())).toBe(hash);
    expect(tempFiles(path.dirname(target()))).toEqual([]);
    return err;
  }

  it('a schema error in the outline', async () => {
    const hash = await goodDeck();
    put('broken.yaml', GOOD.replace('value: 116', 'value: 一百一十六'));
    const err = await expectUnchanged(build({ outline: 'broken.yaml', output: target(), cwd: dir }), hash, 'OUTLINE_SCHEMA');
    expect(err.diagnostics[0]!.pos).toMatchObject({ line: 12, path: 'slides[1].numbers[0].value' });
  });

  it('a broken template', async () => {
    const hash = await goodDeck();
    put('badtpl/template.yaml', 'name: bad-tpl\nextends: party-red\ncolors:\n  primary: red\n');
    await expectUnchanged(build({ outline: 'brief.yaml', output: target(), template: './badtpl', cwd: dir }), hash, 'TEMPLATE_SCHEMA');
  });

  it('a title that does not fit (300 characters)', async () => {
    const hash = await goodDeck();
    put('long.yaml', GOOD.replace('title: 测试汇报', `title: ${'长'.repeat(300)}`));
    await expectUnchanged(build({ outline: 'long.yaml', output: target(), cwd: dir }), hash, 'TEXT_OVERFLOW');
  });

  it('a target that is a folder: the deck goes inside it, named after the outline', async () => {
    put('brief.yaml', GOOD);
    const folder = path.join(dir, 'out', 'deck.pptx');
    mkdirSync(folder, { recursive: true });
    const r = await build({ outline: 'brief.yaml', output: folder, cwd: dir });
    expect(r.output).toBe(path.join(folder, 'brief.pptx'));
    expect(isZip(r.output!)).toBe(true);
    expect(tempFiles(folder)).toEqual([]);
  });

  it('a file where a folder of the path should be → WRITE_FAILED', async () => {
    const hash = await goodDeck();
    const err = await deckError(build({ outline: 'brief.yaml', output: path.join(target(), 'sub', 'x.pptx'), cwd: dir }));
    expect(err.code).toBe('WRITE_FAILED');
    expect(err.message).toMatch(/a part of the path is a file/);
    expect(sha256(target())).toBe(hash);
  });

  it('a read-only folder → WRITE_FAILED and the old deck unchanged', async (ctx) => {
    put('brief.yaml', GOOD);
    const ro = path.join(dir, 'ro');
    const file = path.join(ro, 'deck.pptx');
    await build({ outline: 'brief.yaml', output: file, cwd: dir });
    const hash = sha256(file);
    chmodSync(ro, 0o555);
    // root (and CAP_DAC_OVERRIDE) ignores the mode bits: find out by trying
    let writable = false;
    try {
      writeFileSync(path.join(ro, '.probe'), 'x');
      rmSync(path.join(ro, '.probe'));
      writable = true;
    } catch {
      /* the folder is really read-only */
    }
    ctx.skip(writable, 'chmod 0o555 does not stop this user from writing (running as root?), so a read-only folder cannot be simulated');
    const err = await deckError(build({ outline: 'brief.yaml', output: file, cwd: dir }));
    expect(err.code).toBe('WRITE_FAILED');
    expect(err.message).toMatch(/permission denied/);
    expect(sha256(file)).toBe(hash);
    expect(tempFiles(ro)).toEqual([]);
  });

  it('a busy target (EBUSY, here a bind mount over it) → OUTPUT_LOCKED', async (ctx) => {
    // There is no portable way to make rename() fail with EBUSY (on Windows an open PowerPoint
    // does it). On Linux a rename onto a mount point fails with EBUSY; that needs root with
    // CAP_SYS_ADMIN, so elsewhere this test skips.
    ctx.skip(process.platform !== 'linux' || process.getuid?.() !== 0, 'needs Linux as root to bind-mount a file');
    const hash = await goodDeck();
    // a deck over the deck: the target is still a deck, so only the rename can refuse
    const cover = path.join(dir, 'cover.pptx');
    copyFileSync(target(), cover);
    const mount = spawnSync('mount', ['--bind', cover, target()], { encoding: 'utf8' });
    ctx.skip(mount.status !== 0, `cannot bind-mount here (${(mount.stderr || String(mount.error)).trim()})`);
    try {
      const err = await deckError(build({ outline: 'brief.yaml', output: target(), cwd: dir }));
      expect(err.code).toBe('OUTPUT_LOCKED');
      expect(err.diagnostics[0]!.hint).toMatch(/previous deck is unchanged/);
      // and in Chinese, under the same code
      expect(err.diagnostics[0]!.zh?.message).toMatch(/被其他程序占用（是不是正在 PowerPoint 或 WPS 中打开？）$/);
      expect(err.diagnostics[0]!.zh?.hint).toMatch(/原来的演示文稿没有改动$/);
      expect(tempFiles(path.dirname(target()))).toEqual([]);
    } finally {
      spawnSync('umount', [target()]);
    }
    expect(sha256(target())).toBe(hash);
  });

  // the temporary name must leave room for a target name at the file system's limit
  it('a long but legal file name (250 characters) is written', async () => {
    put('brief.yaml', GOOD);
    const file = path.join(dir, `${'a'.repeat(245)}.pptx`);
    await build({ outline: 'brief.yaml', output: file, cwd: dir });
    expect(isZip(file)).toBe(true);
  });
});

describe('build(): reproducible bytes', () => {
  it('two builds of the same outline in one process are byte-identical', async () => {
    put('brief.yaml', GOOD);
    const a = await build({ outline: 'brief.yaml', output: 'a.pptx', cwd: dir });
    const b = await build({ outline: 'brief.yaml', output: 'b.pptx', cwd: dir });
    const bytesA = readFileSync(a.output!);
    expect(bytesA.length).toBeGreaterThan(1000);
    expect(bytesA.equals(readFileSync(b.output!))).toBe(true);
  });

  it('the CLI bundle gives the same bytes in Asia/Shanghai and America/New_York (and as in-process)', async () => {
    const outline = put('brief.yaml', GOOD);
    const here = await build({ outline, output: 'here.pptx', cwd: dir });
    const hashes = ['Asia/Shanghai', 'America/New_York'].map((tz) => {
      const out = path.join(dir, `${tz.replace('/', '-')}.pptx`);
      const run = spawnSync(process.execPath, [BUNDLE, 'build', outline, '-o', out], {
        cwd: dir,
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      return sha256(out);
    });
    expect(hashes[0]).toBe(hashes[1]);
    expect(hashes[0]).toBe(sha256(here.output!));
  });
});
