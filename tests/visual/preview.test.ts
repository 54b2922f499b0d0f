/**
 * The live preview in a real browser: headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core) opens the page of `watch --preview` on a temporary copy of the shipped
 * outline, and checks what a user sees:
 * - every slide, and every text line inside its box as the browser lays it out (the browser
 *   agrees with the layout: no line wider than its box);
 * - an edit on disk shows within a second, without losing the scroll position;
 * - a broken edit shows the error overlay with file:line:column, and fixing it removes it;
 * - the download link serves the .pptx;
 * - the page's language is the deck's.
 * These run the sources (the server in this process, the page's files read through
 * src/watch/page/files.ts). The bundled CLI's page (its files built into dist/) is opened too:
 * it runs without errors, follows edits, switches its language with the deck's and shows the
 * error overlay; with --lang zh, the page's own words and the overlay's messages are Chinese
 * while its lang stays the deck's.
 * Pictures of slides 1, 8 and 9 go to output/preview/ (git-ignored), to compare with the
 * LibreOffice pictures in output/render/sanlian/ that render.test.ts makes, with one of the
 * page showing the error overlay (overlay.png).
 *
 * Skips with a message when /usr/bin/chromium is not there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../src/watch/server.js';
import { createWatcher, type Watcher } from '../../src/watch/watcher.js';
import { FONTS_CONF } from './harness.js';

// the callbacks below run in the page, where these exist
declare const document: any;
declare const window: any;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const PICTURES = resolve(ROOT, 'output/preview');
const BUNDLE = resolve(ROOT, 'dist/briefdeck.js');
const have = existsSync(CHROMIUM);
const LAUNCH = {
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  // the faces the render tests draw with: Microsoft YaHei → Noto Sans CJK SC, Arial → Liberation Sans
  env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF },
};
if (!have) console.warn(`preview browser tests skipped: ${CHROMIUM} not found. Install Debian's chromium (apt-get install chromium) to run them; no browser is downloaded.`);

describe.skipIf(!have)('the live preview in Chromium', () => {
  let dir = '';
  let outline = '';
  let original = '';
  let browser: Browser;
  let page: Page;
  let watcher: Watcher;
  let server: PreviewServer;
  let slideCount = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'briefdeck-preview-'));
    outline = join(dir, 'sanlian.yaml');
    original = readFileSync(resolve(ROOT, 'outline/sanlian.yaml'), 'utf8');
    writeFileSync(outline, original);
    // the report the outline names (`source:`) goes with it: every build checks the figures against it
    cpSync(resolve(ROOT, 'outline/sanlian-report.txt'), join(dir, 'sanlian-report.txt'));
    const output = join(dir, 'sanlian.pptx');
    server = await startPreviewServer({ port: 0, outline, output, cwd: dir });
    watcher = createWatcher({ outline, output, cwd: dir, onBuild: (e) => server.publish(e), onError: (e) => server.publish(e) });
    const first = await watcher.ready;
    if (first.type !== 'build') throw new Error(`the shipped outline did not build: ${first.line}`);
    slideCount = first.deck.slides.length;
    browser = await chromium.launch(LAUNCH);
    // 1008 px wide: the page draws 16:9 slides at 960 × 540 CSS px, one px per point
    page = await browser.newPage({ viewport: { width: 1008, height: 800 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(server.url);
    await page.evaluate(() => document.fonts.ready);
    expect(problems).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await watcher?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows every slide, with its number, title and outline line, in the deck’s language', async () => {
    expect(await page.locator('section.bd-slide').count()).toBe(slideCount);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    const head = await page.locator('#slide-9 .bd-head').innerText();
    expect(head).toMatch(/^9\s*基层组织更强 党史学习更实\s*sanlian\.yaml:\d+$/);
    const href = await page.locator('#slide-9 .bd-src').getAttribute('href');
    expect(href).toMatch(new RegExp(`^vscode://file/${dir.replace(/^\//, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/sanlian\\.yaml:\\d+:\\d+$`));
  });

  it('pictures of slides 1, 8 and 9 for people (output/preview/)', async () => {
    mkdirSync(PICTURES, { recursive: true });
    for (const n of [1, 8, 9]) {
      const file = join(PICTURES, `slide-${String(n).padStart(2, '0')}.png`);
      await page.locator(`#slide-${n} .bd-frame`).screenshot({ path: file });
      expect(readFileSync(file).subarray(1, 4).toString('latin1')).toBe('PNG');
    }
    console.log(`preview pictures: ${PICTURES}/slide-01.png, slide-08.png, slide-09.png (LibreOffice's: output/render/sanlian/)`);
  });

  it('every text line lies inside its box as the browser lays it out', async () => {
    const result = await page.evaluate(() => {
      const out: { slide: string; box: string; text: string; over: number }[] = [];
      let lines = 0;
      let widest = 0;
      let widestAt = '';
      const k = parseFloat(getComputedStyleOf(document.querySelector('.bd-frame')).getPropertyValue('--k')) || 1;
      for (const line of document.querySelectorAll('.bd-line')) {
        const box = line.closest('.bd-box');
        const r = line.getBoundingClientRect();
        const b = box.getBoundingClientRect();
        lines++;
        const over = Math.max(b.left - r.left, r.right - b.right, b.top - r.top, r.bottom - b.bottom) / k;
        // the share of the room inside the insets (and the paragraph's indent) the line takes
        const inner = line.closest('.bd-inner').getBoundingClientRect().width - parseFloat(getComputedStyleOf(line.parentElement).paddingLeft) * k;
        const share = r.width / inner;
        const slide = line.closest('.bd-slide').getAttribute('data-slide');
        if (share > widest) [widest, widestAt] = [share, `slide ${slide} ${box.getAttribute('data-box')} “${line.textContent}”`];
        if (over > 0.5) out.push({ slide, box: box.getAttribute('data-box'), text: line.textContent, over: Math.round(over * 10) / 10 });
      }
      return { out, lines, widest, widestAt };
      function getComputedStyleOf(el: any) {
        return window.getComputedStyle(el);
      }
    });
    console.log(`preview fit: ${result.lines} lines; the widest takes ${(result.widest * 100).toFixed(1)} % of its box's inner width (${result.widestAt})`);
    expect(result.lines).toBeGreaterThan(100);
    expect(result.out).toEqual([]);
  });

  it('an edit on disk shows within a second, and the page keeps its scroll position', async () => {
    await page.evaluate(() => document.querySelector('#slide-12').scrollIntoView());
    const y = await page.evaluate(() => window.scrollY);
    expect(y).toBeGreaterThan(1000);
    const before = await page.evaluate(() => window.__briefdeck.version());
    const t0 = performance.now();
    writeFileSync(outline, original.replace('思想武装在前 筑牢信仰之基', '思想武装在前 筑牢信仰根基'));
    await page.waitForFunction(() => document.querySelector('#slide-4 .bd-text[data-role="title"]')?.textContent.includes('根基'), undefined, { timeout: 1000, polling: 'raf' });
    const ms = performance.now() - t0;
    console.log(`preview: the edit showed ${Math.round(ms)} ms after the write`);
    expect(ms).toBeLessThan(1000);
    expect(await page.evaluate(() => window.__briefdeck.version())).toBeGreaterThan(before);
    expect(await page.evaluate(() => window.scrollY)).toBe(y);
    expect(await page.locator('#status').innerText()).toMatch(/changed: 4 思想武装在前 筑牢信仰根基/);
  });

  it('a broken edit shows the error overlay with file:line:column; fixing it removes it', async () => {
    const broken = original.replace('- value: 29', '- value: 二十九');
    const lines = broken.split('\n');
    const at = lines.findIndex((l) => l.includes('二十九'));
    const column = lines[at]!.indexOf('二十九') + 1;
    writeFileSync(outline, broken);
    const overlay = page.locator('#overlay');
    await overlay.waitFor({ state: 'visible', timeout: 1000 });
    const text = await overlay.innerText();
    expect(text).toContain(`sanlian.yaml:${at + 1}:${column} OUTLINE_SCHEMA`);
    expect(text).toMatch(/hint: write the figure as digits/);
    expect(await overlay.locator('a').first().getAttribute('href')).toMatch(new RegExp(`sanlian\\.yaml:${at + 1}:${column}$`));
    // the last good slides stay under it
    expect(await page.locator('section.bd-slide').count()).toBe(slideCount);
    mkdirSync(PICTURES, { recursive: true });
    await page.screenshot({ path: join(PICTURES, 'overlay.png') });

    writeFileSync(outline, original.replace('- value: 29', '- value: 31'));
    await overlay.waitFor({ state: 'hidden', timeout: 1000 });
    await page.waitForFunction(() => document.querySelector('#slide-9').textContent.includes('31人次'), undefined, { timeout: 1000 });
  });

  it('the download link serves the .pptx', async () => {
    const href = await page.locator('#download').evaluate((a: any) => a.href as string);
    expect(href).toMatch(/\/deck\.pptx\?v=\d+$/);
    const r = await fetch(href);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.presentationml.presentation');
    expect(r.headers.get('content-disposition')).toMatch(/^attachment; filename="sanlian\.pptx"/);
    const bytes = new Uint8Array(await r.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 4)).toString('latin1')).toBe('PK\u0003\u0004');
  });
});

describe.skipIf(!have)('the pictures of picture slides in the preview', () => {
  let dir = '';
  let browser: Browser;
  let page: Page;
  let watcher: Watcher;
  let server: PreviewServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'briefdeck-preview-pictures-'));
    const outline = join(dir, 'pictures.yaml');
    writeFileSync(outline, readFileSync(resolve(ROOT, 'tests/fixtures/stress/pictures.yaml'), 'utf8'));
    cpSync(resolve(ROOT, 'tests/fixtures/stress/images'), join(dir, 'images'), { recursive: true });
    const output = join(dir, 'pictures.pptx');
    server = await startPreviewServer({ port: 0, outline, output, cwd: dir });
    watcher = createWatcher({ outline, output, cwd: dir, onBuild: (e) => server.publish(e), onError: (e) => server.publish(e) });
    const first = await watcher.ready;
    if (first.type !== 'build') throw new Error(`the pictures outline did not build: ${first.line}`);
    browser = await chromium.launch(LAUNCH);
    page = await browser.newPage({ viewport: { width: 1008, height: 800 } });
    await page.goto(server.url);
    await page.evaluate(() => Promise.all([...document.images].map((i: any) => (i.complete ? 1 : new Promise((r) => i.addEventListener('load', r, { once: true }) || i.addEventListener('error', r, { once: true }))))));
  });

  afterAll(async () => {
    await browser?.close();
    await watcher?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('serves every picture through the asset route and draws it undistorted; a cover crop fills its box, clipped', async () => {
    const result = await page.evaluate(() =>
      [...document.querySelectorAll('img.bd-image')].map((img: any) => {
        const r = img.getBoundingClientRect();
        const crop = img.parentElement.classList.contains('bd-crop') ? img.parentElement.getBoundingClientRect() : undefined;
        return { src: img.getAttribute('src'), natural: img.naturalWidth / img.naturalHeight, drawn: r.width / r.height, crop: crop ? { w: crop.width, h: crop.height, over: r.width >= crop.width - 0.5 && r.height >= crop.height - 0.5 } : undefined, loaded: img.naturalWidth > 0 };
      }),
    );
    expect(result.length).toBe(14);
    for (const p of result) {
      expect(p.loaded, p.src).toBe(true);
      expect(p.src).toMatch(/^assets\/[0-9a-f]{16}\.(png|jpg)$/);
      expect(p.drawn, p.src).toBeCloseTo(p.natural, 1);
      if (p.crop) expect(p.crop.over).toBe(true);
    }
    expect(result.filter((p) => p.crop).length).toBeGreaterThanOrEqual(6);
    mkdirSync(PICTURES, { recursive: true });
    for (const n of [4, 9, 13]) await page.locator(`#slide-${n} .bd-frame`).screenshot({ path: join(PICTURES, `pictures-${String(n).padStart(2, '0')}.png`) });
  });
});

describe.skipIf(!have)('the bundled CLI’s page in Chromium (node dist/briefdeck.js watch --preview)', () => {
  const OUTLINE = (title: string, lang = 'zh-CN') => `lang: ${lang}\ntitle: ${title}\nslides:\n  - type: points\n    title: ${title}\n    points:\n      - ${lang === 'en' ? 'One point' : '第一点'}\n`;
  let dir = '';
  let outline = '';
  let child: ChildProcess | undefined;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'briefdeck-preview-dist-'));
    outline = join(dir, 'deck.yaml');
    writeFileSync(outline, OUTLINE('打包版'));
    const proc = spawn(process.execPath, [BUNDLE, 'watch', outline, '--preview', '--port', '0', '-o', join(dir, 'deck.pptx')], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    child = proc;
    let out = '';
    proc.stdout.on('data', (d) => (out += d));
    const end = Date.now() + 15_000;
    // the first build and the preview's address, in either order
    while (!/✓ \d+ slides · first build/.test(out) || !/preview: http/.test(out)) {
      if (Date.now() > end || proc.exitCode !== null) throw new Error(`the bundled CLI did not build: ${out}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const url = out.match(/preview: (http:\/\/127\.0\.0\.1:\d+\/)/)![1]!;
    browser = await chromium.launch(LAUNCH);
    page = await browser.newPage({ viewport: { width: 1008, height: 800 } });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(url);
  });

  afterAll(async () => {
    await browser?.close();
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill('SIGINT');
      await exited;
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('runs its script without errors: slides scaled to the window, the state applied', async () => {
    expect(await page.locator('section.bd-slide').count()).toBeGreaterThan(1);
    expect(await page.evaluate(() => window.__briefdeck.version())).toBeGreaterThanOrEqual(1);
    expect(await page.evaluate(() => window.getComputedStyle(document.querySelector('.bd-frame')).getPropertyValue('--k'))).toMatch(/^[\d.]+$/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.title()).toBe('打包版 · briefdeck preview');
    expect(problems).toEqual([]);
  });

  it('follows edits: an English outline makes the page English; a broken one shows the overlay, its language kept', async () => {
    writeFileSync(outline, OUTLINE('Bundled', 'en'));
    await page.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('#slide-1')?.textContent.includes('Bundled'), undefined, { timeout: 2000 });
    writeFileSync(outline, 'lang: en\ntitle: [broken\n');
    const overlay = page.locator('#overlay');
    await overlay.waitFor({ state: 'visible', timeout: 2000 });
    expect(await overlay.innerText()).toMatch(/deck\.yaml:\d+:\d+ OUTLINE_YAML/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    writeFileSync(outline, OUTLINE('Fixed', 'en'));
    await overlay.waitFor({ state: 'hidden', timeout: 2000 });
    expect(await page.title()).toBe('Fixed · briefdeck preview');
    expect(problems).toEqual([]);
  });
});

describe.skipIf(!have)('the page in the user’s language (node dist/briefdeck.js watch --preview --lang zh)', () => {
  // an English deck: the page's lang stays the deck's, its own words and the messages are the user's
  const OUTLINE = (value: string) => `lang: en\ntitle: An English deck\nslides:\n  - type: number\n    title: One figure\n    value: ${value}\n    label: lessons\n`;
  let dir = '';
  let outline = '';
  let child: ChildProcess | undefined;
  let browser: Browser;
  let page: Page;
  let url = '';
  const problems: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'briefdeck-preview-zh-'));
    outline = join(dir, 'deck.yaml');
    writeFileSync(outline, OUTLINE('116'));
    const proc = spawn(process.execPath, [BUNDLE, 'watch', outline, '--preview', '--port', '0', '--lang', 'zh', '-o', join(dir, 'deck.pptx')], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    child = proc;
    let out = '';
    proc.stdout.on('data', (d) => (out += d));
    const end = Date.now() + 15_000;
    // the first build and the preview's address, in either order
    while (!/✓ \d+ 张幻灯片 · 首次生成/.test(out) || !/预览：http/.test(out)) {
      if (Date.now() > end || proc.exitCode !== null) throw new Error(`the bundled CLI did not build: ${out}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    url = out.match(/预览：(http:\/\/127\.0\.0\.1:\d+\/)/)![1]!;
    browser = await chromium.launch(LAUNCH);
    page = await browser.newPage({ viewport: { width: 1008, height: 800 } });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(url);
  });

  afterAll(async () => {
    await browser?.close();
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill('SIGINT');
      await exited;
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the error overlay in Chinese: heading, messages (localized), hint label, the note under it; positions as in English', async () => {
    expect(await page.title()).toBe('An English deck · briefdeck 预览');
    expect(await page.locator('#download').innerText()).toBe('下载 deck.pptx');
    expect(await page.locator('#status').innerText()).toMatch(/✓ \d+ 张幻灯片 · 首次生成/);
    writeFileSync(outline, OUTLINE('one hundred'));
    const overlay = page.locator('#overlay');
    await overlay.waitFor({ state: 'visible', timeout: 2000 });
    const text = await overlay.innerText();
    expect(text).toMatch(/^1 个错误\n/);
    expect(text).toContain('deck.yaml:6:12 OUTLINE_SCHEMA slides[0].value: ');
    // what the overlay shows is the diagnostic's Chinese where it has one (localized(d, 'zh'))
    const state = (await (await fetch(`${url}state.json`)).json()) as { messageLang: string; errors: { message: string; hint?: string; zh?: { message: string; hint?: string } }[] };
    expect(state.messageLang).toBe('zh');
    const d = state.errors[0]!;
    expect(text).toContain(d.zh?.message ?? d.message);
    expect(text).toContain(`提示：${d.zh?.hint ?? d.hint}`);
    expect(text).toContain('下面是上次成功生成的幻灯片；大纲改好后，本页会自动更新。');
    expect(await page.locator('#status').innerText()).toMatch(/✗ 1 个错误；保留上次生成的演示文稿（\d+ 张幻灯片）/);
    expect(await page.title()).toBe('✗ An English deck · briefdeck 预览');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.evaluate(() => [document.getElementById('overlay').lang, document.getElementById('bar').lang])).toEqual(['zh-CN', 'zh-CN']);
    mkdirSync(PICTURES, { recursive: true });
    await page.screenshot({ path: join(PICTURES, 'overlay-zh.png') });

    writeFileSync(outline, OUTLINE('117'));
    await overlay.waitFor({ state: 'hidden', timeout: 2000 });
    expect(await page.locator('#status').innerText()).toMatch(/✓ \d+ 张幻灯片 · 有改动：/);
    expect(problems).toEqual([]);
  });
});
