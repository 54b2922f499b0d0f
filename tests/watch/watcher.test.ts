// The watch loop as a library: real files in a temporary folder, real file system events.
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createWatcher, type ChangeSource, type Watcher, type WatchEvent } from '../../src/watch/watcher.js';
import { png as solidPng } from '../helpers/png.js';

const OUTLINE = (title2 = '第二页标题', value = '116') => `title: 监视测试
organization: 测试单位
slides:
  - type: points
    title: 第一页要点
    points:
      - 第一点
      - 第二点
  - type: points
    title: ${title2}
    points:
      - 甲
      - 乙
  - type: number
    title: 一个数字
    value: ${value}
    unit: 节
    label: 专题党课
`;

const png = (w: number, h: number) => solidPng(w, h, [0x80, 0x80, 0x80]);

/** A stand-in for chokidar: ready at once; `change(path)` is a file system event. */
function fakeSource(): ChangeSource & { change(path: string): void; closed: boolean } {
  const em = new EventEmitter();
  const source = {
    closed: false,
    on: (event: string, listener: (...args: any[]) => void) => em.on(event, listener),
    once: (event: string, listener: () => void) => {
      em.once(event, listener);
      if (event === 'ready') queueMicrotask(() => em.emit('ready'));
      return em;
    },
    add: () => source,
    unwatch: () => source,
    close: async () => {
      source.closed = true;
    },
    change: (p: string) => em.emit('all', 'change', p),
  };
  return source as unknown as ChangeSource & { change(path: string): void; closed: boolean };
}

let dir: string;
let watcher: Watcher | undefined;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bd-watch-'));
});
afterEach(async () => {
  await watcher?.close();
  watcher = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** Starts a watcher and collects its events; `next()` waits for the next one. */
async function start(opts: { outline?: string; output?: string; template?: string } = {}) {
  const events: WatchEvent[] = [];
  let wake: (() => void) | undefined;
  const push = (e: WatchEvent) => {
    events.push(e);
    wake?.();
  };
  const outline = opts.outline ?? path.join(dir, 'deck.yaml');
  watcher = createWatcher({ outline, output: opts.output ?? path.join(dir, 'out', 'deck.pptx'), cwd: dir, ...(opts.template ? { template: opts.template } : {}), onBuild: push, onError: push });
  const first = await watcher.ready;
  let seen = events.length;
  const next = async (timeoutMs = 4000): Promise<WatchEvent> => {
    const until = Date.now() + timeoutMs;
    while (events.length <= seen) {
      if (Date.now() > until) throw new Error(`no build within ${timeoutMs} ms; events so far:\n${events.map((e) => e.line).join('\n')}`);
      await new Promise<void>((r) => {
        wake = r;
        setTimeout(r, 50);
      });
    }
    return events[seen++]!;
  };
  return { first, events, next, w: watcher };
}

describe('createWatcher', () => {
  it('builds at once, then rebuilds on an edit; the line names the changed slide', async () => {
    writeFileSync(path.join(dir, 'deck.yaml'), OUTLINE());
    const { first, next, w } = await start();
    expect(first.type).toBe('build');
    if (first.type !== 'build') return;
    expect(first.line).toMatch(/^\d\d:\d\d:\d\d ✓ 5 slides · first build · \d+ ms$/);
    expect(first.output).toBe(path.join(dir, 'out', 'deck.pptx'));
    expect(readFileSync(first.output!).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(w.watched()).toContain(path.join(dir, 'deck.yaml'));

    writeFileSync(path.join(dir, 'deck.yaml'), OUTLINE('第二页改了'));
    const e = await next();
    expect(e.type).toBe('build');
    if (e.type !== 'build') return;
    expect(e.line).toMatch(/^\d\d:\d\d:\d\d ✓ 5 slides · changed: 3 第二页改了 · \d+ ms$/);
    expect(e.changes.changed).toEqual([{ number: 3, title: '第二页改了' }]);
    expect(e.trigger).toEqual([path.join(dir, 'deck.yaml')]);
    // the template was kept: nothing of it changed
    expect(e.templateLoaded).toBe(false);

    // a change that changes no slide
    writeFileSync(path.join(dir, 'deck.yaml'), `# a comment\n${OUTLINE('第二页改了')}`);
    expect((await next()).line).toMatch(/· no change ·/);
  });

  it('a broken edit reports errors with positions and leaves the last good deck byte for byte; the next good edit recovers', async () => {
    writeFileSync(path.join(dir, 'deck.yaml'), OUTLINE());
    const { first, next } = await start();
    const output = (first as { output: string }).output;
    const good = readFileSync(output);

    writeFileSync(path.join(dir, 'deck.yaml'), OUTLINE('第二页标题', '一百一十六'));
    const bad = await next();
    expect(bad.type).toBe('error');
    if (bad.type !== 'error') return;
    const d = bad.diagnostics[0]!;
    expect(d.code).toBe('OUTLINE_SCHEMA');
    expect(d.pos).toMatchObject({ file: 'deck.yaml', line: 16, column: 12 });
    expect(d.frame).toContain('一百一十六');
    expect(bad.line).toMatch(/✗ 1 error; the last good deck \(5 slides\) stays/);
    expect(readFileSync(output).equals(good)).toBe(true);

    writeFileSync(path.join(dir, 'deck.yaml'), OUTLINE('第二页标题', '117'));
    const fixed = await next();
    expect(fixed.type).toBe('build');
    // compared with the last good deck: only the figure's slide changed
    expect(fixed.line).toMatch(/changed: 4 一个数字/);
    expect(readFileSync(output).equals(good)).toBe(false);
  });

  it('a change of the template (a folder extending party-red) rebuilds with the template loaded again', async () => {
    mkdirSync(path.join(dir, 'brand'));
    const tpl = (primary: string) => `extends: party-red\nname: brand\ncolors:\n  primary: "${primary}"\n`;
    writeFileSync(path.join(dir, 'brand', 'template.yaml'), tpl('#123456'));
    writeFileSync(path.join(dir, 'deck.yaml'), `template: ./brand\n${OUTLINE()}`);
    const { first, next, w } = await start();
    expect(first.type).toBe('build');
    if (first.type !== 'build') return;
    expect(first.deck.theme.scheme.accent1).toBe('123456');
    expect(w.watched()).toContain(path.join(dir, 'brand', 'template.yaml'));

    writeFileSync(path.join(dir, 'brand', 'template.yaml'), tpl('#0A5FA8'));
    const e = await next();
    expect(e.type).toBe('build');
    if (e.type !== 'build') return;
    expect(e.templateLoaded).toBe(true);
    expect(e.deck.theme.scheme.accent1).toBe('0A5FA8');
    expect(e.changes.changed.length).toBeGreaterThan(0);
    expect(e.trigger).toEqual([path.join(dir, 'brand', 'template.yaml')]);

    // a broken template file: its error, with its position; fixed again: rebuilt
    writeFileSync(path.join(dir, 'brand', 'template.yaml'), `${tpl('#0A5FA8')}colors2: 1\n`);
    const bad = await next();
    expect(bad.type).toBe('error');
    if (bad.type === 'error') expect(bad.diagnostics[0]!.pos?.file).toMatch(/brand[\\/]template\.yaml$/);
    writeFileSync(path.join(dir, 'brand', 'template.yaml'), tpl('#0A5FA9'));
    expect((await next()).type).toBe('build');
  });

  it('a change of a template picture (the logo) rebuilds with the template loaded again', async () => {
    mkdirSync(path.join(dir, 'brand'));
    writeFileSync(path.join(dir, 'brand', 'logo.png'), png(40, 20));
    writeFileSync(path.join(dir, 'brand', 'template.yaml'), 'extends: party-red\nname: brand\nlogo:\n  path: logo.png\n  height: 0.5\n');
    writeFileSync(path.join(dir, 'deck.yaml'), OUTLINE());
    const { first, next, w } = await start({ template: path.join(dir, 'brand') });
    expect(first.type).toBe('build');
    expect(w.watched()).toContain(path.join(dir, 'brand', 'logo.png'));
    writeFileSync(path.join(dir, 'brand', 'logo.png'), png(80, 20)); // twice as wide: the logo box changes
    const e = await next();
    expect(e.type).toBe('build');
    if (e.type !== 'build') return;
    expect(e.templateLoaded).toBe(true);
    expect(e.trigger).toEqual([path.join(dir, 'brand', 'logo.png')]);
    expect(e.changes.changed.length).toBeGreaterThan(0);
  });

  it('a slide’s picture is an input: changing it rebuilds; a missing one is watched, and adding it builds', async () => {
    mkdirSync(path.join(dir, 'images'));
    writeFileSync(path.join(dir, 'images', 'photo.png'), png(40, 20));
    const outline = (file: string) => `title: 图片监视\nslides:\n  - type: image\n    title: 一张图片\n    image: images/${file}\n    alt: 灰色方块\n`;
    writeFileSync(path.join(dir, 'deck.yaml'), outline('photo.png'));
    const { first, next, w } = await start();
    expect(first.type).toBe('build');
    expect(w.watched()).toContain(path.join(dir, 'images', 'photo.png'));
    writeFileSync(path.join(dir, 'images', 'photo.png'), png(20, 40)); // portrait now: the picture's box changes
    const e = await next();
    expect(e.type).toBe('build');
    if (e.type === 'build') {
      expect(e.trigger).toEqual([path.join(dir, 'images', 'photo.png')]);
      expect(e.changes.changed.length).toBeGreaterThan(0);
    }
    // a picture that is not there yet: an error at its image: value, and its file is watched
    writeFileSync(path.join(dir, 'deck.yaml'), outline('later.png'));
    const bad = await next();
    expect(bad.type).toBe('error');
    if (bad.type === 'error') expect(bad.diagnostics[0]!.code).toBe('PICTURE_NOT_FOUND');
    expect(w.watched()).toContain(path.join(dir, 'images', 'later.png'));
    writeFileSync(path.join(dir, 'images', 'later.png'), png(40, 20));
    expect((await next()).type).toBe('build');
  });

  it('an editor that saves by writing a temporary file and renaming it over the outline', async () => {
    writeFileSync(path.join(dir, 'deck.yaml'), OUTLINE());
    const { next } = await start();
    const tmp = path.join(dir, '.deck.yaml.swp~');
    writeFileSync(tmp, OUTLINE('改名保存'));
    renameSync(tmp, path.join(dir, 'deck.yaml'));
    const e = await next();
    expect(e.type).toBe('build');
    expect(e.line).toMatch(/changed: 3 改名保存/);
    // and again: the watch goes on after the file was replaced
    writeFileSync(tmp, OUTLINE('再次改名保存'));
    renameSync(tmp, path.join(dir, 'deck.yaml'));
    expect((await next()).line).toMatch(/changed: 3 再次改名保存/);
  });

  it('a deleted outline is reported; made again, it builds', async () => {
    writeFileSync(path.join(dir, 'deck.yaml'), OUTLINE());
    const { next } = await start();
    rmSync(path.join(dir, 'deck.yaml'));
    const gone = await next();
    expect(gone.type).toBe('error');
    if (gone.type === 'error') expect(gone.diagnostics[0]!.code).toBe('OUTLINE_NOT_FOUND');
    writeFileSync(path.join(dir, 'deck.yaml'), OUTLINE('重新创建'));
    const back = await next();
    expect(back.type).toBe('build');
    expect(back.line).toMatch(/changed: 3 重新创建/);
  });

  it('an output that cannot be written is reported, and the next change writes it', async () => {
    writeFileSync(path.join(dir, 'deck.yaml'), OUTLINE());
    const blocker = path.join(dir, 'out');
    writeFileSync(blocker, 'a file where the output folder should be');
    const output = path.join(blocker, 'locked.pptx');
    const { first, next } = await start({ output });
    expect(first.type).toBe('error');
    if (first.type !== 'error') return;
    expect(first.writeFailed).toBe(true);
    expect(first.diagnostics[0]!.code).toBe('WRITE_FAILED');
    expect(first.line).toMatch(/✗ out[\\/]locked\.pptx not written \(WRITE_FAILED\); the next change tries again/);

    rmSync(blocker);
    writeFileSync(path.join(dir, 'deck.yaml'), OUTLINE('解锁之后'));
    const e = await next();
    expect(e.type).toBe('build');
    expect(readFileSync(output).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('changes in quick succession make one build (events from a stand-in for chokidar, timers faked)', async () => {
    writeFileSync(path.join(dir, 'deck.yaml'), OUTLINE());
    const source = fakeSource();
    const events: WatchEvent[] = [];
    watcher = createWatcher({ outline: path.join(dir, 'deck.yaml'), output: path.join(dir, 'out', 'deck.pptx'), cwd: dir, changeSource: () => source, onBuild: (e) => events.push(e), onError: (e) => events.push(e) });
    await watcher.ready;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      for (let i = 0; i < 5; i++) {
        writeFileSync(path.join(dir, 'deck.yaml'), OUTLINE(`连续修改${i}`));
        source.change(path.join(dir, 'deck.yaml'));
        vi.advanceTimersByTime(10);
      }
      // one timer waits: the debounce, restarted by each change
      expect(vi.getTimerCount()).toBe(1);
      expect(events).toHaveLength(1);
      vi.advanceTimersByTime(50);
      await vi.waitUntil(() => events.length === 2, { timeout: 5000, interval: 5 });
      expect(events[1]!.line).toMatch(/changed: 3 连续修改4/);
      // nothing pending, nothing scheduled: no further build can come
      expect(vi.getTimerCount()).toBe(0);
      vi.advanceTimersByTime(60_000);
      expect(events).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('close() stops watching: a change after it schedules nothing', async () => {
    writeFileSync(path.join(dir, 'deck.yaml'), OUTLINE());
    const source = fakeSource();
    const events: WatchEvent[] = [];
    watcher = createWatcher({ outline: path.join(dir, 'deck.yaml'), output: path.join(dir, 'out', 'deck.pptx'), cwd: dir, changeSource: () => source, onBuild: (e) => events.push(e) });
    await watcher.ready;
    await watcher.close();
    expect(source.closed).toBe(true);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      writeFileSync(path.join(dir, 'deck.yaml'), OUTLINE('关闭之后'));
      source.change(path.join(dir, 'deck.yaml'));
      expect(vi.getTimerCount()).toBe(0);
      vi.advanceTimersByTime(60_000);
      expect(events).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
