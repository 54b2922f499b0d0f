// The command line's, the output's and the watch loop's messages in Chinese: the same codes,
// positions, paths and figures as in English, only the words change. In-process with --lang zh
// (tests run in English whatever the machine's locale), and the shipped bundle spawned in a
// Chinese locale (LANG=zh_CN.UTF-8), with --lang en overriding it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { parsePort, runWatch } from '../../src/cli/commands/watch.js';
import { formatDiagnostic, type Output } from '../../src/cli/format.js';
import { main } from '../../src/cli/main.js';
import { writeFileAtomic } from '../../src/core/atomic-write.js';
import { INTERNAL, USAGE, cacError } from '../../src/core/catalogue/cli.js';
import { both, report, type MessageLang } from '../../src/core/catalogue/define.js';
import { OUTPUT, PACKAGE, WRITE } from '../../src/core/catalogue/output.js';
import { DeckError, type Diagnostic } from '../../src/core/errors.js';
import { guardOutput } from '../../src/core/output-guard.js';
import { zipEntries } from '../../src/render/zip.js';
import { describeChanges } from '../../src/watch/diff.js';
import { renderPreviewPage, type PreviewState } from '../../src/watch/page/page.js';
import { startPreviewServer } from '../../src/watch/server.js';
import { createWatcher, type WatchEvent } from '../../src/watch/watcher.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUNDLE = path.join(ROOT, 'dist', 'briefdeck.js');

const GOOD = `title: 测试汇报
slides:
  - type: points
    title: 三个要点
    points:
      - 第一点
  - type: number
    title: 一个数字
    value: 116
    unit: 节
    label: 专题党课
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bd-cat-cli-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function put(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

function capture(lang?: MessageLang): Output & { text: { out: string; err: string } } {
  const text = { out: '', err: '' };
  return { out: (t) => void (text.out += t), err: (t) => void (text.err += t), color: false, ...(lang ? { lang } : {}), text };
}

/** main() in-process; `env` is the locale it sees. */
async function run(argv: string[], env: Record<string, string | undefined> = { LANG: 'C.UTF-8' }) {
  const o = capture();
  const log = console.log;
  const info = console.info;
  console.log = console.info = (...a: unknown[]) => o.out(a.join(' ') + '\n');
  try {
    const code = await main(argv, o, env);
    return { code, ...o.text };
  } finally {
    console.log = log;
    console.info = info;
  }
}

async function deckError(p: Promise<unknown> | (() => unknown)): Promise<DeckError> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (err) {
    if (err instanceof DeckError) return err;
    throw err;
  }
  throw new Error('expected a DeckError');
}

const USAGE_HINT_ZH = '  提示：用法见 `briefdeck --help` 或 `briefdeck <命令> --help`\n';

describe('usage errors in Chinese (exit 2, the hint to read the help)', () => {
  const cases: [string[], string][] = [
    [['frobnicate', 'x.yaml'], 'USAGE 没有 `frobnicate` 这个命令\n'],
    [['build', 'x.yaml', '--frobnicate'], 'USAGE 没有 `--frobnicate` 这个选项\n'],
    [['build'], 'USAGE 命令 `build <...outlines>` 缺少必需的参数\n'],
    [['build', 'x.yaml', '-o'], 'USAGE 选项 `-o, --output <file|dir>` 后面缺少值\n'],
    [['build', 'x.yaml', '-o', 'a.pptx', '-o', 'b.pptx'], 'USAGE 选项 --output 指定了不止一次\n'],
    [['build', 'x.yaml', '-o', ''], 'USAGE -o 后面的文件名是空的；请写出要生成的 .pptx 文件，例如 -o output/deck.pptx；或去掉 -o，使用默认位置\n'],
    [['templates', 'y.yaml', 'z.yaml'], 'USAGE 多余的参数：`y.yaml`、`z.yaml`\n'],
  ];
  for (const [argv, expected] of cases) {
    it(argv.join(' ') || '(nothing)', async () => {
      const zh = await run([...argv, '--lang', 'zh']);
      expect(zh.code).toBe(2);
      expect(zh.err).toBe(expected + USAGE_HINT_ZH);
      // the same error in English: the same code and exit, other words
      const en = await run(argv);
      expect(en.code).toBe(2);
      expect(en.err).toMatch(/^USAGE [^\n]+\n {2}hint: see `briefdeck --help` or `briefdeck <command> --help`\n$/);
      expect(en.err).not.toBe(zh.err);
    });
  }

  it('--lang with a value briefdeck has no messages in: said in the locale’s language', async () => {
    const zh = await run(['build', 'x.yaml', '--lang', 'fr'], { LANG: 'zh_CN.UTF-8' });
    expect(zh.code).toBe(2);
    expect(zh.err).toBe('USAGE --lang 只能是 en 或 zh，不能是 "fr"\n' + USAGE_HINT_ZH);
    const en = await run(['build', 'x.yaml', '--lang=fr']);
    expect(en.err).toMatch(/^USAGE --lang takes en or zh, not "fr"\n/);
  });

  it('an option parser message it does not know is passed on as it is', () => {
    expect(cacError('something new')).toEqual({ en: 'something new', zh: 'something new' });
    expect(cacError('Unknown option `-x`')).toEqual(both(USAGE.unknownOption, { option: '-x' }));
  });

  it('watch --port with a wrong value, in Chinese', async () => {
    const err = await deckError(() => parsePort('abc'));
    expect(err.code).toBe('USAGE');
    expect(err.diagnostics[0]!.zh).toEqual({ message: '--port 应是 0 到 65535 之间的端口号，不能是 `abc`', hint: '例如 --port 4173（0 表示任选一个空闲端口）' });
    const r = await run(['watch', put('a.yaml', GOOD), '--port', '70000', '--lang', 'zh']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('USAGE --port 应是 0 到 65535 之间的端口号，不能是 `70000`\n  提示：例如 --port 4173（0 表示任选一个空闲端口）\n\n1 个错误\n');
  });

  it('INTERNAL: the message with its error, and the hint (the terminal’s and the watch loop’s)', () => {
    const d = report(INTERNAL.failed, { error: 'boom' }, { hint: INTERNAL.hint });
    expect(d.code).toBe('INTERNAL');
    expect(formatDiagnostic(d, { ...capture(), lang: 'zh' })).toBe('INTERNAL briefdeck 意外出错：boom\n  提示：加上 --debug 再运行一次，可以看到出错的位置；请连同出错的大纲一起反馈这个问题');
    expect(formatDiagnostic(d, capture())).toBe('INTERNAL briefdeck failed unexpectedly: boom\n  hint: run again with --debug to see where, and report it with the outline that caused it');
    expect(report(INTERNAL.failed, { error: 'boom' }, { hint: INTERNAL.watchHint }).zh?.hint).toBe('监视仍在继续；请连同出错的大纲一起反馈这个问题');
  });
});

describe('build and check in Chinese: the same figures and paths', () => {
  it('the build line: path, slide count, size and time as in English, the words Chinese', async () => {
    const outline = put('good.yaml', GOOD);
    const target = path.join(dir, 'out', 'deck.pptx');
    const zh = await run(['build', outline, '-o', target, '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.err).toBe('');
    const m = /^✓ (.+)  (\d+) 张幻灯片  (\d+ KB)  \d+\.\d\d s\n$/.exec(zh.out);
    expect(m, zh.out).not.toBeNull();
    const en = await run(['build', outline, '-o', target]);
    const e = /^✓ (.+)  (\d+) slides  (\d+ KB)  \d+\.\d\d s\n$/.exec(en.out)!;
    expect([m![1], m![2], m![3]]).toEqual([e[1], e[2], e[3]]);
    expect(m![1]).toBe(target);
  });

  it('--verbose: the stage times in Chinese', async () => {
    const r = await run(['build', put('good.yaml', GOOD), '-o', path.join(dir, 'v.pptx'), '--verbose', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^启动 \d+ ms · 读取和检查 \d+ ms · 排版 \d+ ms · 生成 pptx \d+ ms · 写入 \d+ ms · 内存峰值 \d+ MB\n$/);
  });

  it('check: the summary in Chinese', async () => {
    const outline = put('good.yaml', GOOD);
    const r = await run(['check', outline, '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`^✓ ${outline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}：4 张幻灯片用模板 party-red 排版无误（\\d+\\.\\d\\d s）；没有写入任何文件\\n$`));
  });
});

describe('where the deck may go, and its write, in Chinese', () => {
  it('OUTPUT_PROTECTED: the outline itself, a file that is not a deck, a device', async () => {
    const outline = put('x.yaml', GOOD);
    // -o at the outline: a .yaml is no output format (a usage error before anything is read)
    const self = await run(['build', outline, '-o', outline, '--lang', 'zh']);
    expect(self.code).toBe(2);
    expect(self.err).toMatch(/^USAGE -o .*x\.yaml：briefdeck 在这里不能生成 \.yaml 文件/);
    // an input of an output format (a report named .pdf): OUTPUT_PROTECTED
    const asInput = await deckError(() => guardOutput(outline, 'x.yaml', { inputs: [outline] }));
    expect(asInput.diagnostics[0]!.zh?.message).toBe('x.yaml 是这次生成要读取的文件（大纲），把演示文稿写到那里会毁掉它');

    const notes = put('notes.txt', 'not a deck');
    const notDeck = await deckError(() => guardOutput(notes, 'notes.txt', { inputs: [] }));
    expect(notDeck.code).toBe('OUTPUT_PROTECTED');
    expect(notDeck.diagnostics[0]!.message).toBe('notes.txt exists and is not a PowerPoint deck; briefdeck replaces only decks');
    expect(notDeck.diagnostics[0]!.zh).toEqual({ message: 'notes.txt 已经存在，但不是 PowerPoint 演示文稿；briefdeck 只替换演示文稿', hint: '请用 -o 另指定一个文件；如果确实要替换它，请加上 --force' });

    const image = await deckError(() => guardOutput(outline, 'x.yaml', { inputs: [put('a.yaml', ''), outline] }));
    expect(image.diagnostics[0]!.zh?.message).toBe('x.yaml 是这次生成要读取的文件（模板文件、图片或报告），把演示文稿写到那里会毁掉它');

    const device = await deckError(() => guardOutput('/dev/null', '/dev/null', { inputs: [] }));
    expect(device.diagnostics[0]!.message).toBe('/dev/null is a device; a deck is written only to a regular file');
    expect(device.diagnostics[0]!.zh).toEqual({ message: '/dev/null 是设备，演示文稿只能写入普通文件', hint: '请用 -o 指定一个 .pptx 文件' });
  });

  it('WRITE_FAILED: a file where a folder should be (the system’s reason in Chinese), a folder as the target', async () => {
    const blocker = put('blocker', 'a file');
    const err = await deckError(() => writeFileAtomic(path.join(blocker, 'sub', 'x.pptx'), new Uint8Array([1]), 'blocker/sub/x.pptx'));
    expect(err.code).toBe('WRITE_FAILED');
    expect(err.diagnostics[0]!.message).toBe('cannot create the folder blocker/sub: a part of the path is a file, not a folder');
    expect(err.diagnostics[0]!.zh).toEqual({ message: '无法创建文件夹 blocker/sub：路径中有一段是文件，不是文件夹', hint: '请用 -o 换一个位置，或修改文件夹的权限；原来的演示文稿没有改动' });

    mkdirSync(path.join(dir, 'folder.pptx'));
    const folder = await deckError(() => writeFileAtomic(path.join(dir, 'folder.pptx'), new Uint8Array([1]), 'folder.pptx'));
    expect(folder.diagnostics[0]!.zh).toEqual({ message: '无法写入 folder.pptx：这是一个文件夹', hint: '请用 -o 指定一个 .pptx 文件' });
  });

  it('WriteWords: a caller’s hints as plain strings (the same in both languages) or in both languages', async () => {
    const blocker = put('blocker', 'a file');
    const target = path.join(blocker, 'sub', 'template.yaml');
    const plain = await deckError(() => writeFileAtomic(target, new Uint8Array([1]), 't.yaml', { hint: 'plain hint', locked: 'plain locked' }));
    expect(plain.diagnostics[0]!.hint).toBe('plain hint');
    expect(plain.diagnostics[0]!.zh?.hint).toBe('plain hint');
    const localized = await deckError(() => writeFileAtomic(target, new Uint8Array([1]), 't.yaml', { hint: { en: 'an English hint', zh: '中文提示' }, locked: { en: 'locked', zh: '被占用' } }));
    expect(localized.diagnostics[0]!.hint).toBe('an English hint');
    expect(localized.diagnostics[0]!.zh).toEqual({ message: '无法创建文件夹 .：路径中有一段是文件，不是文件夹', hint: '中文提示' });
  });

  it('OUTPUT_LOCKED, the reasons and the deck’s limits: each entry in both languages under its code', () => {
    const locked = report(WRITE.locked, { file: 'a.pptx' });
    expect([locked.code, locked.message, locked.zh?.message]).toEqual(['OUTPUT_LOCKED', 'a.pptx is locked by another program (is it open in PowerPoint or WPS?)', 'a.pptx 被其他程序占用（是不是正在 PowerPoint 或 WPS 中打开？）']);
    const picture = report(PACKAGE.pictureChanged, { file: 'brand/logo.png' });
    expect([picture.code, picture.zh?.message, picture.zh?.hint]).toEqual(['ASSET_UNSUPPORTED', 'brand/logo.png 在生成演示文稿的过程中被改动了，或已无法读取', '请重新生成']);
    const big = report(PACKAGE.over4GB, {});
    expect([big.code, big.message, big.zh?.message]).toEqual(['DECK_TOO_LARGE', 'the deck would be larger than 4 GB', '演示文稿会超过 4 GB']);
  });

  it('DECK_TOO_LARGE: too many parts, the figures the same in both languages', async () => {
    const entries = Array.from({ length: 70_000 }, () => ({ name: 'a', data: new Uint8Array(0) }));
    const err = await deckError(() => zipEntries(entries));
    expect(err.code).toBe('DECK_TOO_LARGE');
    expect(err.diagnostics[0]!.message).toBe('the deck would have 70,000 parts; a .pptx holds at most 65,535');
    expect(err.diagnostics[0]!.zh).toEqual({ message: '演示文稿会有 70,000 个部件，而一个 .pptx 最多只能有 65,535 个', hint: '请把大纲拆成几个演示文稿' });
  });

  it('build({ output: "" }): USAGE in both languages', async () => {
    put('good.yaml', GOOD);
    const err = await deckError(build({ outline: 'good.yaml', output: ' ', cwd: dir }));
    expect(err.diagnostics[0]).toMatchObject(report(OUTPUT.emptyName, {}));
    expect(err.diagnostics[0]!.zh?.message).toBe('-o 后面的文件名是空的');
  });
});

describe('watch in Chinese', () => {
  async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
    const end = Date.now() + ms;
    while (!check()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it('the loop’s lines, a broken edit with the same position as in English, and the stop', async () => {
    const outline = put('deck.yaml', GOOD);
    const o = capture('zh');
    const stop = new AbortController();
    const done = runWatch(outline, { output: path.join(dir, 'deck.pptx') }, o, stop.signal);
    const lines = () => o.text.out.trim().split('\n').filter(Boolean);
    await until(() => lines().length >= 1, 'the first build');
    expect(lines()[0]).toMatch(/^\d\d:\d\d:\d\d ✓ 4 张幻灯片 · 首次生成 · \d+ ms$/);
    await until(() => o.text.err.includes('同时监视'), 'the watched files');
    expect(o.text.err).toMatch(/^正在监视 \S*deck\.yaml → \S*deck\.pptx（按 Ctrl-C 停止）\n同时监视模板的 \d+ 个文件\n/);

    writeFileSync(outline, GOOD.replace('value: 116', 'value: 一百'));
    await until(() => lines().length >= 2, 'the broken build');
    expect(lines()[1]).toMatch(/^\d\d:\d\d:\d\d ✗ 1 个错误；保留上次生成的演示文稿（4 张幻灯片） · \d+ ms$/);
    expect(o.text.err).toMatch(/deck\.yaml:9:12 OUTLINE_SCHEMA slides\[1\]\.value: /);
    expect(o.text.err).toContain('\n\n1 个错误\n');

    writeFileSync(outline, GOOD.replace('value: 116', 'value: 117'));
    await until(() => lines().length >= 3, 'the recovery');
    expect(lines()[2]).toMatch(/ ✓ 4 张幻灯片 · 有改动：3 一个数字 · \d+ ms$/);
    stop.abort();
    expect(await done).toBe(0);
    expect(o.text.err).toMatch(/已停止监视\n$/);
  });

  it('a missing outline: OUTLINE_NOT_FOUND in Chinese', async () => {
    const err = await deckError(runWatch('nope.yaml', {}, capture('zh')));
    expect(err.code).toBe('OUTLINE_NOT_FOUND');
    expect(err.diagnostics[0]!.zh).toEqual({ message: 'nope.yaml 不存在', hint: '请检查路径。watch 要从一个已有的大纲开始（之后可以删掉再重新保存）' });
  });

  it('a write that fails: the line in Chinese, the code as in English', async () => {
    const outline = put('deck.yaml', GOOD);
    writeFileSync(path.join(dir, 'out'), 'a file where the output folder should be');
    let event: WatchEvent | undefined;
    const w = createWatcher({ outline, output: path.join(dir, 'out', 'locked.pptx'), cwd: dir, lang: 'zh', onError: (e) => (event = e) });
    try {
      await w.ready;
      expect(event?.type).toBe('error');
      expect(event!.line).toMatch(/^\d\d:\d\d:\d\d ✗ out[\\/]locked\.pptx 没有写入（WRITE_FAILED）；下次修改时会再试 · \d+ ms$/);
    } finally {
      await w.close();
    }
  });

  it('what a rebuild changed: new, removed, untitled and more, in Chinese', () => {
    const ref = (number: number, title = '') => ({ number, title });
    expect(describeChanges({ first: true, changed: [], added: [], removed: [], moved: 0 }, 4, 'zh')).toBe('首次生成');
    expect(describeChanges({ first: false, changed: [], added: [], removed: [], moved: 2 }, 4, 'zh')).toBe('没有变化');
    const c = { first: false, changed: [ref(1, '甲'), ref(2)], added: [ref(3, '丙'), ref(4, '丁'), ref(5, '戊')], removed: [ref(9, '旧的一页')], moved: 0 };
    expect(describeChanges(c, 2, 'zh')).toBe('有改动：1 甲，2 （无标题）；新增 3 张：3 丙，4 丁，另有 1 张；删除 1 张：9 旧的一页');
    expect(describeChanges(c, 2)).toBe('changed: 1 甲, 2 (untitled); 3 new: 3 丙, 4 丁, +1 more; 1 removed: 9 旧的一页');
  });

  it('the preview server: no free port (USAGE) and its plain answers in Chinese', async () => {
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', () => r()));
    const port = (busy.address() as { port: number }).port;
    try {
      const err = await deckError(startPreviewServer({ port, tries: 1, outline: path.join(dir, 'x.yaml'), output: path.join(dir, 'x.pptx'), lang: 'zh' }));
      expect(err.code).toBe('USAGE');
      expect(err.diagnostics[0]!.message).toBe(`no free port from ${port} to ${port} on 127.0.0.1`);
      expect(err.diagnostics[0]!.zh).toEqual({ message: `127.0.0.1 上从 ${port} 到 ${port} 的端口都已被占用`, hint: '请用 --port N 另选一个端口（--port 0 表示任选一个空闲端口）' });
    } finally {
      busy.close();
    }
    const s = await startPreviewServer({ port: 0, outline: path.join(dir, 'x.yaml'), output: path.join(dir, 'x.pptx'), lang: 'zh' });
    try {
      expect(s.state()).toMatchObject({ messageLang: 'zh', status: '正在生成……', lang: 'zh-CN' });
      expect(await (await fetch(`${s.url}deck.pptx`)).text()).toBe('找不到（还没有生成演示文稿）\n');
      expect(await (await fetch(`${s.url}nothing`)).text()).toBe('找不到\n');
    } finally {
      await s.close();
    }
  });

  it('the preview page’s own words in the user’s language; its lang stays the deck’s', () => {
    const state: PreviewState = { version: 2, title: 'An English deck', lang: 'en', messageLang: 'zh', outline: 'a.yaml', slides: '', slideCount: 0, status: 's', errors: [], warnings: [], download: { url: 'deck.pptx', name: 'a.pptx' } };
    const page = renderPreviewPage(state);
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page).toContain('<title>An English deck · briefdeck 预览</title>');
    expect(page).toContain('>下载 a.pptx</a>');
    expect(page).toContain('<p class="empty">还没有幻灯片：大纲还没有生成成功。请改正上方显示的错误，本页会自动更新。</p>');
    const failed: Diagnostic = { code: 'OUTLINE_YAML', severity: 'error', message: 'm' };
    expect(renderPreviewPage({ ...state, errors: [failed] })).toContain('<title>✗ An English deck · briefdeck 预览</title>');
    expect(renderPreviewPage({ ...state, messageLang: 'en' })).toContain('<title>An English deck · briefdeck preview</title>');
  });
});

describe('node dist/briefdeck.js in a Chinese locale (LANG=zh_CN.UTF-8)', () => {
  // a schema mistake and a repeated id: positions, codes and key paths must not depend on the language
  const BROKEN = `title: 语言测试
slides:
  - type: number
    id: a
    value: 一千
    label: 件
  - type: quote
    id: a
    text: 为党育人
`;

  function cli(args: string[], env: Record<string, string>) {
    return spawnSync(process.execPath, [BUNDLE, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', NO_COLOR: '1', ...env }, timeout: 20_000 });
  }
  /** `FILE:LINE:COLUMN CODE path:` of each diagnostic printed. */
  const heads = (text: string) => text.split('\n').filter((l) => /^\S+:\d+:\d+ [A-Z_]+ /.test(l)).map((l) => l.replace(/^(\S+:\d+:\d+ [A-Z_]+(?: \(\S+\))? \S+:).*$/, '$1'));

  it('prints the messages in Chinese with the positions of the English run; --lang en overrides the locale', () => {
    put('broken.yaml', BROKEN);
    const zh = cli(['build', 'broken.yaml', '-o', 'broken.pptx'], { LANG: 'zh_CN.UTF-8' });
    const en = cli(['build', 'broken.yaml', '-o', 'broken.pptx', '--lang', 'en'], { LANG: 'zh_CN.UTF-8' });
    const plain = cli(['build', 'broken.yaml', '-o', 'broken.pptx'], { LANG: 'C.UTF-8' });
    for (const r of [zh, en, plain]) {
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
    }
    expect(heads(zh.stderr)).toEqual(['broken.yaml:5:12 OUTLINE_SCHEMA slides[0].value:', 'broken.yaml:8:9 OUTLINE_DUPLICATE_ID slides[1].id:']);
    expect(heads(en.stderr)).toEqual(heads(zh.stderr));

    // the words the CLI owns: the counts and the hint's label (no space after the Chinese colon)
    expect(zh.stderr).toMatch(/\n\n2 个错误\n$/);
    expect(zh.stderr).toMatch(/\n {2}提示：\S/);
    expect(zh.stderr).not.toMatch(/^ {2}hint:|^\d+ errors?$/m);
    // a catalogue entry in Chinese, its position, path and frame as in English
    expect(zh.stderr).toContain('broken.yaml:8:9 OUTLINE_DUPLICATE_ID slides[1].id: id `a` 用了两次（第一次在 slides[0].id）\n');
    expect(zh.stderr).toContain('  提示：同一个演示文稿中的 id 不能重复，请改掉其中一个\n');
    const frame = (t: string) => t.split('\n').filter((l) => /^\s+[> ]\s*\d+ \||^\s+\|\s*\^/.test(l));
    expect(frame(zh.stderr)).toEqual(frame(en.stderr));

    // --lang en in a Chinese locale: English, the same as in an English locale
    expect(en.stderr).toBe(plain.stderr);
    expect(en.stderr).toContain('broken.yaml:8:9 OUTLINE_DUPLICATE_ID slides[1].id: id `a` is used twice (first at slides[0].id)\n');
    expect(en.stderr).toContain('  hint: ids must be unique in the deck; rename one\n');
    expect(en.stderr).toMatch(/\n\n2 errors\n$/);
  });

  it('a good build: the summary in Chinese, --lang en in English, the same path and count', () => {
    put('good.yaml', GOOD);
    const zh = cli(['build', 'good.yaml', '-o', 'decks/good.pptx'], { LANG: 'zh_CN.UTF-8' });
    expect(zh.status).toBe(0);
    expect(zh.stdout).toMatch(/^✓ decks[\\/]good\.pptx {2}4 张幻灯片 {2}\d+ KB {2}\d+\.\d\d s\n$/);
    const en = cli(['build', 'good.yaml', '-o', 'decks/good.pptx', '--lang', 'en'], { LANG: 'zh_CN.UTF-8' });
    expect(en.stdout).toMatch(/^✓ decks[\\/]good\.pptx {2}4 slides {2}\d+ KB {2}\d+\.\d\d s\n$/);
  });
});
