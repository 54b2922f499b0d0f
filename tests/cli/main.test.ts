// The command line in-process: argv in, exit code and what was printed out.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../helpers/cli.js';
import { SMALL_OUTLINE } from '../helpers/outlines.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const GOOD = SMALL_OUTLINE;

// Four mistakes at once; the line numbers are what the assertions below expect.
const BROKEN = `title: 测试汇报
titel: 多余的键
slides:
  - type: numbers
    title: 数字
    numbers:
      - value: 一千四百
        label: 学习体会
  - type: pionts
    title: 错的类型
  - type: number
    value: 5
    label: 件
    approx: 大概
`;

const UNCLOSED = `title: 测试汇报
slides:
  - type: points
    title: 要点
    points:
      - 第一点 **没有关上
`;

const ESC = '\u001b[';

const run = runCli;

const STACK_LINE = /^\s{4}at /m;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bd-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function put(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('help, version and usage errors', () => {
  it('--help lists build and check, exit 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out + r.console).toMatch(/build <\.\.\.outlines>/);
    expect(r.out + r.console).toMatch(/check <\.\.\.outlines>/);
    expect(r.err).toBe('');
  });

  it('build --help shows -o/--output and -t/--template, exit 0', async () => {
    const r = await run(['build', '--help']);
    expect(r.code).toBe(0);
    const text = r.out + r.console;
    expect(text).toMatch(/briefdeck build <\.\.\.outlines>/);
    expect(text).toContain('-o, --output <file|dir>');
    expect(text).toContain('-t, --template <name|dir>');
    expect(text).toContain('-q, --quiet');
  });

  it('check --help shows -t/--template and no -o (check writes nothing), exit 0', async () => {
    const r = await run(['check', '--help']);
    expect(r.code).toBe(0);
    const text = r.out + r.console;
    expect(text).toMatch(/briefdeck check <\.\.\.outlines>/);
    expect(text).toContain('-t, --template <name|dir>');
    expect(text).not.toContain('--output');
  });

  it('--version prints the package.json version, exit 0', async () => {
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.out + r.console).toContain(`briefdeck/${VERSION}`);
  });

  it('console.log is restored after help', async () => {
    const before = console.log;
    await run(['--help']);
    expect(console.log).toBe(before);
  });

  it('help and version text arrive through Output.out', async () => {
    const help = await run(['--help']);
    expect(help.out).toMatch(/build <\.\.\.outlines>/);
    const version = await run(['--version']);
    expect(version.out).toContain(VERSION);
  });

  it('no arguments: usage, exit 2', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    const text = r.out + r.err + r.console;
    expect(text).toMatch(/Usage:/);
    expect(text).toMatch(/build <\.\.\.outlines>/);
  });

  it('an unknown command: USAGE, exit 2', async () => {
    const r = await run(['frobnicate', 'x.yaml']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^USAGE unknown command `frobnicate`/);
    expect(r.err).toContain('hint:');
  });

  it('an unknown option: USAGE, exit 2, nothing built', async () => {
    const outline = put('good.yaml', GOOD);
    const r = await run(['build', outline, '--frobnicate', '-o', path.join(dir, 'x.pptx')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^USAGE .*frobnicate/);
    expect(existsSync(path.join(dir, 'x.pptx'))).toBe(false);
  });

  it('build without its outline argument: USAGE, exit 2', async () => {
    const r = await run(['build']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^USAGE .*build <\.\.\.outlines>/);
  });

  it('an option without its value: USAGE, exit 2', async () => {
    const outline = put('good.yaml', GOOD);
    const r = await run(['build', outline, '-o']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^USAGE .*--output/);
  });
});

describe('build and check', () => {
  it('build prints the output path, the slide count and a time, exit 0', async () => {
    const outline = put('good.yaml', GOOD);
    const target = path.join(dir, 'out', 'deck.pptx');
    const r = await run(['build', outline, '-o', target]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(existsSync(target)).toBe(true);
    expect(r.out).toContain(target);
    // cover + 2 slides + closing
    expect(r.out).toMatch(/\b4 slides\b/);
    expect(r.out).toMatch(/\b\d+\.\d{2} s\b/);
    expect(r.console).toBe('');
  });

  it('check writes nothing and exits 0', async () => {
    const outline = put('good.yaml', GOOD);
    const before = readdirSync(dir);
    const r = await run(['check', outline]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/4 slides lay out cleanly with template party-red/);
    expect(r.out).toMatch(/nothing written/);
    expect(r.console).toBe('');
    expect(readdirSync(dir)).toEqual(before);
  });

  it('a missing outline: OUTLINE_NOT_FOUND, exit 1', async () => {
    const missing = path.join(dir, 'nope.yaml');
    const r = await run(['build', missing, '-o', path.join(dir, 'x.pptx')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/OUTLINE_NOT_FOUND .*nope\.yaml does not exist/);
    expect(r.err).not.toMatch(STACK_LINE);
  });

  it('an unknown template: TEMPLATE_NOT_FOUND with a did-you-mean, exit 1', async () => {
    const outline = put('good.yaml', GOOD);
    const r = await run(['check', outline, '-t', 'party-rde']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/TEMPLATE_NOT_FOUND/);
    expect(r.err).toMatch(/hint: did you mean `party-red`/);
  });
});

describe('a broken outline', () => {
  it('reports every mistake as FILE:LINE:COLUMN CODE path: message with a frame and a hint, exit 1', async () => {
    const outline = put('broken.yaml', BROKEN);
    const target = path.join(dir, 'broken.pptx');
    const r = await run(['build', outline, '-o', target]);
    expect(r.code).toBe(1);
    expect(existsSync(target)).toBe(false);
    expect(r.out).toBe('');

    const expected: [number, number, string, string][] = [
      [2, 1, 'OUTLINE_UNKNOWN_KEY', 'titel'],
      [7, 16, 'OUTLINE_SCHEMA', 'slides[0].numbers[0].value'],
      [9, 11, 'OUTLINE_SCHEMA', 'slides[1].type'],
      [14, 13, 'OUTLINE_SCHEMA', 'slides[2].approx'],
    ];
    // one block per diagnostic, separated by blank lines; the last block is the count
    const blocks = r.err.trimEnd().split('\n\n');
    expect(blocks).toHaveLength(expected.length + 1);
    expect(blocks.at(-1)).toBe('4 errors');
    expected.forEach(([line, column, code, keyPath], i) => {
      const block = blocks[i]!;
      const head = `${outline}:${line}:${column} ${code} ${keyPath}: `;
      expect(block.startsWith(head), `block ${i} should start with ${head}\n${block}`).toBe(true);
      const lines = block.split('\n');
      // the frame: the offending line marked with >, a caret under the column
      const marked = lines.find((l) => /^\s*>\s*\d+ \|/.test(l));
      expect(marked, block).toBeDefined();
      expect(marked).toMatch(new RegExp(`>\\s*${line} \\|`));
      const caret = lines.find((l) => /^\s*\|\s*\^\s*$/.test(l));
      expect(caret, block).toBeDefined();
      // the caret sits under the column (both counted after the `| ` gutter)
      expect(caret!.indexOf('^') - (caret!.indexOf('|') + 2)).toBe(column - 1);
      expect(block).toMatch(/\n {2}hint: \S/);
    });
    expect(r.err).toContain('did you mean `title`?');
    expect(r.err).toContain('did you mean `type: points`?');
    expect(r.err).not.toMatch(STACK_LINE);
  });

  it('warnings print but exit 0; --quiet hides them', async () => {
    const outline = put('warn.yaml', UNCLOSED);
    const loud = await run(['build', outline, '-o', path.join(dir, 'a.pptx')]);
    expect(loud.code).toBe(0);
    expect(loud.err).toMatch(new RegExp(`${outline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:6:9 OUTLINE_MARKUP \\(warning\\) slides\\[0\\]\\.points\\[0\\]: `));
    expect(loud.err).toContain('1 warning');
    expect(existsSync(path.join(dir, 'a.pptx'))).toBe(true);

    const quiet = await run(['build', outline, '-o', path.join(dir, 'b.pptx'), '--quiet']);
    expect(quiet.code).toBe(0);
    expect(quiet.err).toBe('');
    expect(existsSync(path.join(dir, 'b.pptx'))).toBe(true);

    const check = await run(['check', outline, '-q']);
    expect(check.code).toBe(0);
    expect(check.err).toBe('');
  });
});

describe('pictures outside the outline’s folder', () => {
  it('are refused with PICTURE_OUTSIDE at the image: value (exit 1); --allow-outside builds, check takes it too', async () => {
    const square = path.join(ROOT, 'tests/fixtures/stress/images/square.png');
    const sub = path.join(dir, 'deck');
    mkdirSync(sub);
    copyFileSync(square, path.join(dir, 'outside.png'));
    const outline = path.join(sub, 'pics.yaml');
    writeFileSync(outline, 'title: 图片\nslides:\n  - type: image\n    image: ../outside.png\n    alt: 方形示意图\n');
    const out = path.join(dir, 'pics.pptx');
    const refused = await run(['build', outline, '-o', out, '--lang', 'en']);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/pics\.yaml:4:12/);
    expect(refused.err).toContain('PICTURE_OUTSIDE');
    expect(refused.err).toContain('--allow-outside');
    expect(existsSync(out)).toBe(false);
    const zh = await run(['check', outline, '--lang', 'zh']);
    expect(zh.code).toBe(1);
    expect(zh.err).toContain('在大纲所在的文件夹');
    expect((await run(['check', outline, '--allow-outside'])).code).toBe(0);
    const built = await run(['build', outline, '-o', out, '--allow-outside']);
    expect(built.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('build, check and watch list --allow-outside in their help', async () => {
    for (const cmd of ['build', 'check', 'watch']) expect((await run([cmd, '--help'])).out, cmd).toContain('--allow-outside');
  });
});

describe('colour', () => {
  // FORCE_COLOR and NO_COLOR in the environment must not change what main() writes:
  // only the Output's `color` decides (terminalOutput() reads NO_COLOR for the real terminal).
  function withForcedColour<T>(fn: () => Promise<T>): Promise<T> {
    const saved = { force: process.env.FORCE_COLOR, no: process.env.NO_COLOR };
    process.env.FORCE_COLOR = '1';
    delete process.env.NO_COLOR;
    return fn().finally(() => {
      if (saved.force === undefined) delete process.env.FORCE_COLOR;
      else process.env.FORCE_COLOR = saved.force;
      if (saved.no !== undefined) process.env.NO_COLOR = saved.no;
    });
  }

  it('no escape codes when output.color is false', async () => {
    const broken = put('broken.yaml', BROKEN);
    const good = put('good.yaml', GOOD);
    await withForcedColour(async () => {
      const bad = await run(['check', broken], false);
      expect(bad.code).toBe(1);
      expect(bad.err).not.toContain(ESC);
      const ok = await run(['build', good, '-o', path.join(dir, 'x.pptx')], false);
      expect(ok.out).not.toContain(ESC);
      const usage = await run(['frob'], false);
      expect(usage.err).not.toContain(ESC);
    });
  });

  it('escape codes when output.color is true', async () => {
    const broken = put('broken.yaml', BROKEN);
    const good = put('good.yaml', GOOD);
    await withForcedColour(async () => {
      const bad = await run(['check', broken], true);
      expect(bad.code).toBe(1);
      expect(bad.err).toContain(`${ESC}31mOUTLINE_SCHEMA`);
      const ok = await run(['build', good, '-o', path.join(dir, 'x.pptx')], true);
      expect(ok.out).toContain(`${ESC}32m✓`);
    });
  });

  // Output.color alone decides: `briefdeck build x.yaml > log.txt` still colours the terminal's errors
  it(
    'escape codes when output.color is true even though process.stdout is not a terminal',
    async () => {
      const broken = put('broken.yaml', BROKEN);
      const bad = await run(['check', broken], true);
      expect(bad.err).toContain(ESC);
    },
  );
});

describe('repeated options', () => {
  it('a repeated -o or -t is a usage error (exit 2), and nothing is built', async () => {
    const outline = put('good.yaml', GOOD);
    const r = await run(['build', outline, '-o', path.join(dir, 'a.pptx'), '-o', path.join(dir, 'b.pptx')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^USAGE option --output is given more than once/);
    expect(existsSync(path.join(dir, 'a.pptx')) || existsSync(path.join(dir, 'b.pptx'))).toBe(false);
    const t = await run(['build', outline, '-t', 'party-red', '-t', 'party-red']);
    expect(t.code).toBe(2);
  });
});
