// The preview page (src/watch/page/): its shell, style and script are files, and
// renderPreviewPage fills the shell in. Served by the bundled CLI: tests/watch/cli.test.ts;
// in a browser: tests/visual/preview.test.ts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { layoutOutline } from '../../src/build.js';
import { renderSlidesHtml } from '../../src/render/html.js';
import { pageFiles } from '../../src/watch/page/files.js';
import { renderPreviewPage, type PreviewState } from '../../src/watch/page/page.js';

const PAGE_DIR = fileURLToPath(new URL('../../src/watch/page/', import.meta.url));

const state = (over: Partial<PreviewState> = {}): PreviewState => ({
  version: 3,
  title: 'T',
  lang: 'zh-CN',
  outline: 'a.yaml',
  slides: '',
  slideCount: 0,
  status: 's',
  errors: [],
  warnings: [],
  ...over,
});

const dir = mkdtempSync(path.join(os.tmpdir(), 'bd-page-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The deck of an outline, laid out as `briefdeck build` does. */
function deckOf(name: string, text: string) {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return layoutOutline({ outline: file, cwd: dir }).deck;
}

describe('the page files', () => {
  it('the style is page.css as written; the script is client.ts compiled to plain JavaScript for the browser', () => {
    const files = pageFiles();
    expect(files.css).toBe(readFileSync(path.join(PAGE_DIR, 'page.css'), 'utf8'));
    expect(files.html).toBe(readFileSync(path.join(PAGE_DIR, 'page.html'), 'utf8'));
    // one classic script: it parses as JavaScript (no types left), imports nothing, runs in its own scope
    expect(() => new Function(files.script)).not.toThrow();
    expect(files.script).toMatch(/^"use strict";\n\(\(\) => \{\n/);
    expect(files.script).not.toMatch(/\bimport\b|\brequire\(|\bprocess\./);
    expect(files.script).toContain('window.__briefdeck = ');
    expect(readFileSync(path.join(PAGE_DIR, 'client.ts'), 'utf8')).toMatch(/: PreviewState\b/);
  });
});

describe('renderPreviewPage', () => {
  it('is one self-contained page: the shell with page.css and the compiled client.ts inline, nothing loaded from elsewhere', () => {
    const { css, script } = pageFiles();
    const page = renderPreviewPage(state({ download: { url: 'deck.pptx', name: 'a.pptx' } }));
    expect(page).toMatch(/^<!doctype html>\n<html lang="zh-CN">\n<head>/);
    expect(page).toContain(`<style>${css}</style>`);
    expect(page).toContain(`<script>${script}</script>`);
    expect(page).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(page).not.toMatch(/<link\b/);
    expect(page).toContain('new EventSource("events")');
    expect(page).toContain('<a id="download" download href="deck.pptx?v=3">download a.pptx</a>');
    expect(page).toContain('<body data-version="3">');
    // every placeholder filled, the shell's comment left out
    expect(page).not.toMatch(/\{\{[a-z-]+\}\}/);
    expect(page).not.toContain('<!--');
    // before the first deck: the note that there are no slides, no download link
    const empty = renderPreviewPage(state());
    expect(empty).toContain('<main id="slides"><p class="empty">No slides yet');
    expect(empty).toContain('<a id="download" download hidden></a>');
  });

  it('escapes its text: title, outline name, status, and the initial state inside its script', () => {
    const page = renderPreviewPage(
      state({
        title: '预览 <script>alert(1)</script>',
        outline: 'a<b>.yaml',
        status: 'ok </script><script>alert(2)</script>',
        errors: [{ code: 'OUTLINE_YAML', severity: 'error', message: '</script><script>alert(3)</script>', pos: { file: 'a.yaml', line: 1, column: 2 } }],
      }),
    );
    // only the page's own two scripts
    expect(page.match(/<script\b/g)).toHaveLength(2);
    expect(page).toContain('<title>✗ 预览 &lt;script&gt;alert(1)&lt;/script&gt; · briefdeck preview</title>');
    expect(page).toContain('<span class="name">a&lt;b&gt;.yaml</span>');
    expect(page).toContain('<span id="status">ok &lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;</span>');
    expect(page).not.toMatch(/<script>alert/);
    const initial = page.match(/<script>window\.__briefdeck\.apply\((.*), true\);<\/script>/)![1]!;
    expect(JSON.parse(initial).errors[0].message).toBe('</script><script>alert(3)</script>');
  });

  it('its lang is the deck’s: an English deck’s page has lang="en", a Chinese one’s lang="zh-CN"', () => {
    const en = deckOf('en.yaml', 'lang: en\ntitle: An English deck\nslides:\n  - type: points\n    title: Three points\n    points:\n      - One\n      - Two\n');
    const zh = deckOf('zh.yaml', 'title: 中文汇报\nslides:\n  - type: points\n    title: 三个要点\n    points:\n      - 第一点\n');
    expect([en.lang, zh.lang]).toEqual(['en', 'zh-CN']);
    for (const deck of [en, zh]) {
      const page = renderPreviewPage(state({ title: deck.title, lang: deck.lang, slides: renderSlidesHtml(deck), slideCount: deck.slides.length }));
      expect(page).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${deck.lang}">`));
      expect(page.match(/ lang="/g)).toHaveLength(1);
      expect(page).toContain('<section class="bd-slide" id="slide-1"');
    }
  });
});
