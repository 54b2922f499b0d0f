/**
 * The shipped command's export, as a user runs it: `briefdeck build outline/sanlian.yaml --pdf
 * --png DIR --handout`. The PDF is held to the render tests' proof (every line of the Deck found
 * on its page, inside its box: harness.ts checkDeckAgainstPdf) and has one page per slide; one
 * PNG per slide and a contact sheet; the handout has one notes page per slide, each with its
 * slide's speaker notes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import type { Deck } from '../../src/deck/model.js';
import { checkDeckAgainstPdf, haveLibreOffice, missingTools, normalize, pdfLines, skipReason } from './harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const have = haveLibreOffice() && !missingTools().includes('pdftoppm');
if (!have) console.warn(skipReason() ?? 'export render test skipped: pdftoppm (poppler-utils) not found');

describe.skipIf(!have)('briefdeck build --pdf --png --handout (LibreOffice)', () => {
  let tmp = '';
  let deck: Deck;
  let run: ReturnType<typeof spawnSync>;
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'briefdeck-export-'));
    deck = (await build({ outline: resolve(ROOT, 'outline/sanlian.yaml'), write: false, cwd: ROOT })).deck;
    run = spawnSync(process.execPath, [join(ROOT, 'dist/briefdeck.js'), 'build', 'outline/sanlian.yaml', '-o', join(tmp, 'sanlian.pptx'), '--pdf', '--png', join(tmp, 'png'), '--handout'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 170_000,
    });
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('exits 0 and names every file it wrote', () => {
    expect(run.status, String(run.stderr)).toBe(0);
    expect(run.stdout).toMatch(/\+ .*sanlian\.pdf {2}PDF · 25 pages/);
    expect(run.stdout).toMatch(/\+ .*sanlian-handout\.pdf {2}handout PDF · 25 pages/);
    expect(run.stdout).toMatch(/\+ .*sanlian-sheet\.png {2}25 slide pictures and a contact sheet/);
  });

  it('the PDF: a page per slide, every line of the deck inside its box', () => {
    const pages = pdfLines(join(tmp, 'sanlian.pdf'));
    expect(deck.slides.length).toBe(25);
    expect(pages).toHaveLength(deck.slides.length);
    const problems = checkDeckAgainstPdf(deck, pages);
    expect(problems.map((p) => p.message)).toEqual([]);
  });

  it('one PNG per slide at 1280 × 720, and a contact sheet', () => {
    const files = readdirSync(join(tmp, 'png')).sort();
    const slides = files.filter((f) => /^sanlian-\d+\.png$/.test(f));
    expect(slides).toHaveLength(deck.slides.length);
    expect(slides[0]).toBe('sanlian-01.png');
    expect(files).toContain('sanlian-sheet.png');
    const size = (f: string) => {
      const b = readFileSync(join(tmp, 'png', f));
      expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
      return [b.readUInt32BE(16), b.readUInt32BE(20)];
    };
    expect(size('sanlian-01.png')).toEqual([1280, 720]);
    const [w, h] = size('sanlian-sheet.png');
    expect(w).toBeGreaterThan(1000);
    expect(h).toBeGreaterThan(500);
  });

  it('the handout: a notes page per slide, each with its own slide’s notes', () => {
    const pages = pdfLines(join(tmp, 'sanlian-handout.pdf'));
    expect(pages).toHaveLength(deck.slides.length);
    expect(pages[0]!.height).toBeGreaterThan(pages[0]!.width); // portrait notes pages
    let checked = 0;
    deck.slides.forEach((s, i) => {
      const first = normalize(s.notes.split('\n')[0] ?? '').slice(0, 12);
      if (!first) return;
      const text = normalize(pages[i]!.lines.map((l) => l.text).join(''));
      expect(text, `page ${i + 1}`).toContain(first);
      checked++;
    });
    expect(checked).toBeGreaterThan(15);
  });
});
