/**
 * Render-test helpers: LibreOffice turns a .pptx into a PDF, poppler's pdftotext reads every
 * word back with its box, and checkDeckAgainstPdf compares what a real viewer drew with the
 * Deck the layout engine measured. This is the independent proof that text fits: the layout
 * measures with its own metrics; here a different program lays the same text out again.
 *
 * Geometry: the PDF page is the slide in points (960 × 540 for 16:9); the Deck is in EMU
 * (12700 per point). pdftotext reports a word's box from the pen advance horizontally and
 * from the font's ascent/descent vertically (about 1.3 em for Noto Sans CJK SC).
 */
import { execFile, execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Deck, DeckSlide, Paragraph, TextBox } from '../../src/deck/model.js';
import { boxesOf, flatBoxes, visibleTextBoxes } from '../../src/deck/view.js';

const EMU_PER_PT = 12700;

/** The fontconfig file that maps the deck's faces to the free fonts the layout measures with. */
export const FONTS_CONF = fileURLToPath(new URL('../render/fonts.conf', import.meta.url));

// ───────────────────────────── tools ─────────────────────────────

function onPath(cmd: string): boolean {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, cmd), constants.X_OK);
      return true;
    } catch {
      // not here
    }
  }
  return false;
}

/** The tools the render tests need that are not on PATH. */
export function missingTools(): string[] {
  return ['soffice', 'pdftotext', 'pdftoppm'].filter((c) => !onPath(c));
}

/** soffice and pdftotext are on PATH (pdftoppm only makes the pictures for humans). */
export function haveLibreOffice(): boolean {
  return onPath('soffice') && onPath('pdftotext');
}

/** Why the render tests skip, or undefined when they can run. */
export function skipReason(): string | undefined {
  if (haveLibreOffice()) return undefined;
  const missing = missingTools().filter((t) => t !== 'pdftoppm');
  return (
    `render tests skipped: ${missing.join(' and ')} not found on PATH. ` +
    'Install LibreOffice Impress and poppler-utils (apt-get install libreoffice-impress poppler-utils fonts-noto-cjk fonts-liberation2) to run them.'
  );
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, timeout: number): Promise<{ code: number | null; out: string }> {
  return new Promise((done) => {
    execFile(cmd, args, { env, timeout, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
      const out = [stdout, stderr, err && !stdout && !stderr ? String(err.message) : ''].filter(Boolean).join('\n').trim();
      done({ code, out });
    });
  });
}

/**
 * Converts decks to PDF in ONE soffice run (start-up is most of the cost), with a fresh
 * profile that is removed afterwards, and the test fontconfig. Returns the PDF paths in the
 * order of `pptxPaths`; throws with soffice's output when one did not appear.
 * Basenames must be distinct: soffice names each PDF after its deck.
 *
 * soffice converts the decks one after the other, in order; `onPdf` is called for each PDF as
 * soon as it is complete (when the next one appears, or soffice has exited), so work on it
 * (pictures, reading it) overlaps the conversion of the rest. renderPdfs waits for what onPdf
 * returns, and its errors reject renderPdfs.
 */
export async function renderPdfs(
  pptxPaths: readonly string[],
  outDir: string,
  opts: { timeoutMs?: number; onPdf?: (pdf: string, index: number) => unknown } = {},
): Promise<string[]> {
  if (pptxPaths.length === 0) return [];
  const names = pptxPaths.map((p) => basename(p, extname(p)));
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw new Error(`renderPdfs: two decks are both named ${dup}; soffice would write one PDF over the other`);
  mkdirSync(outDir, { recursive: true });
  const pdfs = names.map((n) => resolve(outDir, `${n}.pdf`));
  for (const pdf of pdfs) rmSync(pdf, { force: true });
  const profile = mkdtempSync(join(tmpdir(), 'briefdeck-lo-'));
  const pending: Promise<unknown>[] = [];
  let announced = 0;
  const announce = (upTo: number) => {
    for (; announced < upTo; announced++) {
      const i = announced;
      if (opts.onPdf && existsSync(pdfs[i]!)) pending.push(Promise.resolve().then(() => opts.onPdf!(pdfs[i]!, i)));
    }
  };
  const watch = setInterval(() => {
    // PDF i is complete once PDF i+1 exists: soffice finishes one deck before it loads the next
    let done = announced;
    for (let i = pdfs.length - 1; i > announced; i--) {
      if (existsSync(pdfs[i]!)) {
        done = i;
        break;
      }
    }
    announce(done);
  }, 100);
  try {
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      resolve(outDir),
      ...pptxPaths.map((p) => resolve(p)),
    ];
    const env = { ...process.env, FONTCONFIG_FILE: FONTS_CONF };
    const { code, out } = await run('soffice', args, env, opts.timeoutMs ?? 170_000);
    clearInterval(watch);
    announce(pdfs.length);
    const settled = await Promise.allSettled(pending);
    const missing = pdfs.filter((p) => !existsSync(p));
    if (missing.length) {
      throw new Error(
        `soffice did not write ${missing.map((p) => basename(p)).join(', ')} (exit code ${code ?? 'none: killed or timed out'}).\n` +
          `command: soffice ${args.join(' ')}\n` +
          `output:\n${out || '(nothing)'}`,
      );
    }
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    return pdfs;
  } finally {
    clearInterval(watch);
    rmSync(profile, { recursive: true, force: true });
  }
}

/** One deck to PDF; see renderPdfs. */
export async function renderPdf(pptxPath: string, outDir: string): Promise<string> {
  const [pdf] = await renderPdfs([pptxPath], outDir);
  return pdf!;
}

/** PNG pictures of every page (for humans), `slide-01.png` …; old pictures in outDir are removed. */
export async function pngs(pdfPath: string, outDir: string, dpi = 50): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  for (const f of readdirSync(outDir)) if (/^slide-\d+\.png$/.test(f)) rmSync(join(outDir, f));
  const { code, out } = await run('pdftoppm', ['-png', '-r', String(dpi), pdfPath, join(outDir, 'slide')], process.env, 120_000);
  if (code !== 0) throw new Error(`pdftoppm failed on ${pdfPath} (exit code ${code}):\n${out}`);
  return readdirSync(outDir)
    .filter((f) => /^slide-\d+\.png$/.test(f))
    .sort()
    .map((f) => join(outDir, f));
}

// ───────────────────────────── reading the PDF ─────────────────────────────

export interface BBox {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfWord extends BBox {
  text: string;
}

export interface PdfLine extends BBox {
  /** Words joined: a space between Latin words, none where either side is CJK. */
  text: string;
  words: PdfWord[];
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  /** pdftotext's lines. Its lines may join texts of several boxes that stand side by side,
   *  or split one line at a wide gap; the checker therefore works on the words. */
  lines: PdfLine[];
}

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k === 'amp') return '&';
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'quot') return '"';
    if (k === 'apos') return "'";
    return String.fromCodePoint(k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10));
  });
}

function attrs(tag: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of tag.matchAll(/(\w+)="([^"]*)"/g)) out[m[1]!] = Number(m[2]);
  return out;
}

function bboxOf(tag: string): BBox {
  const a = attrs(tag);
  return { xMin: a.xMin ?? NaN, yMin: a.yMin ?? NaN, xMax: a.xMax ?? NaN, yMax: a.yMax ?? NaN };
}

/** CJK ideographs, kana, hangul, CJK and fullwidth punctuation. */
const CJK = /[\u1100-\u11ff\u2e80-\u2fff\u3000-\u30ff\u3100-\u31ff\u3200-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

export function joinWords(words: readonly string[]): string {
  let out = '';
  for (const w of words) {
    if (out && !isCjk(out.at(-1)) && !isCjk(w[0])) out += ' ';
    out += w;
  }
  return out;
}

/** Parses the XHTML of `pdftotext -bbox-layout`. */
export function parseBboxLayout(xhtml: string): PdfPage[] {
  const pages: PdfPage[] = [];
  for (const pm of xhtml.matchAll(/<page\b([^>]*)>([\s\S]*?)<\/page>/g)) {
    const pa = attrs(pm[1]!);
    const lines: PdfLine[] = [];
    for (const lm of pm[2]!.matchAll(/<line\b([^>]*)>([\s\S]*?)<\/line>/g)) {
      const words: PdfWord[] = [];
      for (const wm of lm[2]!.matchAll(/<word\b([^>]*)>([\s\S]*?)<\/word>/g)) {
        words.push({ ...bboxOf(wm[1]!), text: unescapeXml(wm[2]!) });
      }
      lines.push({ ...bboxOf(lm[1]!), text: joinWords(words.map((w) => w.text)), words });
    }
    pages.push({ number: pages.length + 1, width: pa.width ?? NaN, height: pa.height ?? NaN, lines });
  }
  return pages;
}

/** Every page of a PDF with its lines and words, in points from the page's top left. */
export function pdfLines(pdfPath: string): PdfPage[] {
  const xhtml = execFileSync('pdftotext', ['-bbox-layout', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return parseBboxLayout(xhtml);
}

/** pdfLines without blocking: for reading one PDF while soffice converts the next. */
export function pdfLinesAsync(pdfPath: string): Promise<PdfPage[]> {
  return new Promise((done, fail) => {
    execFile('pdftotext', ['-bbox-layout', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) fail(new Error(`pdftotext failed on ${pdfPath}: ${stderr || err.message}`));
      else done(parseBboxLayout(stdout));
    });
  });
}

// ───────────────────────────── checking ─────────────────────────────

/**
 * Tolerances, from what LibreOffice 7.4 does with the shipped deck and the stress decks
 * (render.test.ts prints the measured numbers on every run, the "fit:" lines):
 * - Horizontally pdftotext's word box is the pen advance, the very quantity the layout
 *   measures, so only rounding separates a fitting line from its box's edge: 1.5 pt.
 * - Vertically the word box is the font's ascent + descent (1.3 em for Noto Sans CJK SC and
 *   Liberation Sans), taller than the exact line pitch (1.0–1.3 em); LibreOffice takes the
 *   difference off the top of each line. Measured: glyph boxes stand at most 0.05 em above
 *   their text box (the 88 pt quotation mark of quote slides) and at most 0.065 em below
 *   it (figures, pitch 1.12 em). Allowed: the line's vertical centre inside its box, and top
 *   and bottom at most 0.1 em past the box's edges — about half as much again as measured
 *   (room for another version of the fonts), yet a box a tenth of a line too short, or a line
 *   pushed down or re-wrapped (≥ 1 em), fails.
 */
export const TOLERANCE = {
  /** Points a line may pass its box's left or right edge. */
  horizontalPt: 1.5,
  /** Share of the font size a line's glyph box may pass its box's top or bottom. */
  verticalEm: 0.1,
};

/** May not start a line (deck-style.md), closing quotes included. */
export const NO_LINE_START = new Set([...'，。、；：？！）」』》%％”’']);
/** May not end a line. */
export const NO_LINE_END = new Set([...'（「『《“‘']);

export type ProblemKind =
  | 'missing'
  | 'rewrapped'
  | 'line-count'
  | 'outside-box-x'
  | 'outside-box-y'
  | 'outside-slide'
  | 'line-start'
  | 'line-end'
  | 'bullet'
  | 'page-number'
  | 'stray-text'
  | 'page-count';

export interface RenderProblem {
  kind: ProblemKind;
  slide: number;
  box: string;
  role: string;
  text: string;
  /** The whole problem in one readable line, numbers included. */
  message: string;
}

/** A deck line and where LibreOffice drew it: one row, or more when it broke the line again. */
export interface MatchedLine {
  slide: number;
  box: TextBox;
  paragraph: number;
  line: number;
  /** The Deck's text of the line (its runs joined). */
  text: string;
  /** Largest run size, points. */
  size: number;
  /** Top of the line's pitch as the Deck placed it, points. */
  expectedTop: number;
  pitch: number;
  /** Rows LibreOffice drew, top to bottom; empty when the text was not found. */
  rows: Row[];
}

export interface Row extends BBox {
  text: string;
  words: PdfWord[];
}

export interface DeckMatch {
  lines: MatchedLine[];
  /** Words on a page that belong to no text box of its slide. */
  stray: { slide: number; word: PdfWord }[];
  bullets: { slide: number; box: TextBox; paragraph: number; word?: PdfWord }[];
  pages: PdfPage[];
}

interface W extends PdfWord {
  norm: string;
  used: boolean;
}

/** Text compared without spaces: LibreOffice puts gaps between CJK and Latin, pdftotext splits there. */
export function normalize(s: string): string {
  return s.normalize('NFKC').replace(/\s+/gu, '');
}

const pt = (e: number) => e / EMU_PER_PT;

export function lineText(runs: readonly { text: string }[]): string {
  return runs.map((r) => r.text).join('');
}

function boxText(box: TextBox): string {
  return box.paragraphs.map((p) => p.lines.map((l) => lineText(l.runs)).join('')).join('');
}

/** The decorative opening quotation mark of quote slides: one mark, never wrapped. */
export function isDecorativeMark(box: TextBox): boolean {
  return box.nowrap === true && /^[“”"「『‘’']$/u.test(boxText(box).trim());
}

/** Where the Deck puts the top of each line's pitch (points), honouring the box's anchor. */
function lineTops(box: TextBox): { top: number; pitch: number }[][] {
  const inner = pt(box.h - box.insets.t - box.insets.b);
  let total = 0;
  box.paragraphs.forEach((p, i) => {
    total += (i > 0 ? p.spaceBefore : 0) + p.lines.length * p.lineHeight;
  });
  const free = inner - total;
  let y = pt(box.y + box.insets.t) + (box.anchor === 'middle' ? free / 2 : box.anchor === 'bottom' ? free : 0);
  return box.paragraphs.map((p: Paragraph, i) => {
    if (i > 0) y += p.spaceBefore;
    return p.lines.map(() => {
      const r = { top: y, pitch: p.lineHeight };
      y += p.lineHeight;
      return r;
    });
  });
}

function vOverlap(a: BBox, b: BBox): number {
  const o = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
  return o / Math.max(1e-6, Math.min(a.yMax - a.yMin, b.yMax - b.yMin));
}

/** Two words stand on one line when their vertical extents overlap by half the smaller one. */
function sameRow(a: BBox, b: BBox): boolean {
  return vOverlap(a, b) >= 0.5;
}

function union(words: readonly BBox[]): BBox {
  return {
    xMin: Math.min(...words.map((w) => w.xMin)),
    yMin: Math.min(...words.map((w) => w.yMin)),
    xMax: Math.max(...words.map((w) => w.xMax)),
    yMax: Math.max(...words.map((w) => w.yMax)),
  };
}

/**
 * All ways the page's unused words can spell `target` as one or more rows: words left to right
 * on a row (gaps of at most 3 em), then on to the next row below (LibreOffice broke the line).
 */
function chains(target: string, words: readonly W[], size: number, strip: string | undefined, limit = 64): { rows: W[][]; bulletMerged: boolean }[] {
  const found: { rows: W[][]; bulletMerged: boolean }[] = [];
  const maxGap = 3 * size + 4;
  const extend = (rows: W[][], rest: string, bulletMerged: boolean) => {
    if (found.length >= limit) return;
    if (rest === '') {
      found.push({ rows: rows.map((r) => [...r]), bulletMerged });
      return;
    }
    const row = rows.at(-1)!;
    const last = row.at(-1)!;
    const next: W[] = [];
    const below: W[] = [];
    for (const w of words) {
      if (w.used || !w.norm || rows.some((r) => r.includes(w)) || !rest.startsWith(w.norm)) continue;
      if (sameRow(w, last)) {
        if (w.xMin >= last.xMax - 2 && w.xMin - last.xMax <= maxGap) next.push(w);
      } else {
        const rb = union(row);
        const h = rb.yMax - rb.yMin;
        if (w.yMin > (rb.yMin + rb.yMax) / 2 && w.yMin < rb.yMax + h) below.push(w);
      }
    }
    next.sort((a, b) => a.xMin - b.xMin);
    below.sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    for (const w of next) extend([...rows.slice(0, -1), [...row, w]], rest.slice(w.norm.length), bulletMerged);
    for (const w of below) extend([...rows, [w]], rest.slice(w.norm.length), bulletMerged);
  };
  for (const w of words) {
    if (w.used || !w.norm) continue;
    if (target.startsWith(w.norm)) extend([[w]], target.slice(w.norm.length), false);
    else if (strip && w.norm.startsWith(strip) && w.norm.length > strip.length && target.startsWith(w.norm.slice(strip.length))) {
      extend([[w]], target.slice(w.norm.length - strip.length), true);
    }
  }
  return found;
}

function rowOf(words: readonly W[]): Row {
  return { ...union(words), text: joinWords(words.map((w) => w.text)), words: words.map(({ text, xMin, yMin, xMax, yMax }) => ({ text, xMin, yMin, xMax, yMax })) };
}

/** Finds every text line of the Deck among the words LibreOffice drew on the slide's page. */
export function matchDeck(deck: Deck, pages: readonly PdfPage[]): DeckMatch {
  const lines: MatchedLine[] = [];
  const stray: DeckMatch['stray'] = [];
  const bullets: DeckMatch['bullets'] = [];
  for (const slide of deck.slides) {
    const page = pages[slide.number - 1];
    const words: W[] = (page?.lines ?? []).flatMap((l) => l.words.map((w) => ({ ...w, norm: normalize(w.text), used: false })));
    // the slide's layout (footer, page number) is drawn on its page too
    const texts = visibleTextBoxes(deck, slide);
    // longer lines first: they are unambiguous and keep short ones ("100%") from taking their words
    const todo: { box: TextBox; p: number; l: number; text: string; size: number; top: number; pitch: number; bullet?: string }[] = [];
    for (const box of texts) {
      const tops = lineTops(box);
      box.paragraphs.forEach((para, p) =>
        para.lines.forEach((line, l) => {
          const t = tops[p]![l]!;
          // an agenda's number hangs before the first line, on the same row
          const lead = l === 0 && para.lead ? lineText(para.lead.runs) : '';
          const entry = { box, p, l, text: lead + lineText(line.runs), size: Math.max(0, ...line.runs.map((r) => r.size)), top: t.top, pitch: t.pitch };
          todo.push(l === 0 && para.bullet ? { ...entry, bullet: normalize(para.bullet.char) } : entry);
        }),
      );
    }
    const order = todo.map((_, i) => i).sort((a, b) => normalize(todo[b]!.text).length - normalize(todo[a]!.text).length || a - b);
    const results = new Map<number, MatchedLine>();
    for (const i of order) {
      const t = todo[i]!;
      const target = normalize(t.text);
      const m: MatchedLine = { slide: slide.number, box: t.box, paragraph: t.p, line: t.l, text: t.text, size: t.size, expectedTop: t.top, pitch: t.pitch, rows: [] };
      results.set(i, m);
      if (!target) continue;
      const bx0 = pt(t.box.x);
      const bx1 = pt(t.box.x + t.box.w);
      const cy = t.top + t.pitch / 2;
      let best: { rows: W[][]; bulletMerged: boolean; score: number } | undefined;
      for (const c of chains(target, words, t.size || 12, t.bullet)) {
        const first = union(c.rows[0]!);
        const mx = (first.xMin + first.xMax) / 2;
        const dx = mx < bx0 ? bx0 - mx : mx > bx1 ? mx - bx1 : 0;
        const dy = Math.abs((first.yMin + first.yMax) / 2 - cy);
        const score = dx + dy + (c.rows.length - 1) * 0.5 * (t.size || 12);
        if (!best || score < best.score) best = { ...c, score };
      }
      if (!best) continue;
      for (const r of best.rows) for (const w of r) w.used = true;
      m.rows = best.rows.map(rowOf);
      if (t.bullet) {
        const firstRow = best.rows[0]!;
        if (best.bulletMerged) bullets.push({ slide: slide.number, box: t.box, paragraph: t.p, word: rowOf([firstRow[0]!]).words[0]! });
        else {
          const left = firstRow[0]!;
          const cand = words
            .filter((w) => !w.used && w.norm === t.bullet && sameRow(w, left) && w.xMax <= left.xMin + 1)
            .sort((a, b) => b.xMax - a.xMax)[0];
          if (cand) cand.used = true;
          bullets.push({ slide: slide.number, box: t.box, paragraph: t.p, ...(cand ? { word: rowOf([cand]).words[0]! } : {}) });
        }
      }
    }
    for (let i = 0; i < todo.length; i++) lines.push(results.get(i)!);
    // a chart's text (axes, labels, legend) is placed by the viewer, not by the Deck: not checked
    const charts = flatBoxes(boxesOf(deck, slide)).filter((b) => b.kind === 'chart');
    const inChart = (w: W) => charts.some((c) => (w.xMin + w.xMax) / 2 >= pt(c.x) && (w.xMin + w.xMax) / 2 <= pt(c.x + c.w) && (w.yMin + w.yMax) / 2 >= pt(c.y) && (w.yMin + w.yMax) / 2 <= pt(c.y + c.h));
    for (const w of words) if (!w.used && !inChart(w)) stray.push({ slide: slide.number, word: { text: w.text, xMin: w.xMin, yMin: w.yMin, xMax: w.xMax, yMax: w.yMax } });
  }
  return { lines, stray, bullets, pages: [...pages] };
}

const f1 = (n: number) => (Math.round(n * 10) / 10).toFixed(1);
const q = (s: string) => `«${s}»`;

function where(slide: DeckSlide | undefined, box: TextBox): string {
  return `slide ${slide?.number ?? '?'} (${slide?.kind ?? '?'}${slide?.id ? ` ${slide.id}` : ''}) box ${q(box.name)} [${box.role}]`;
}

/**
 * Checks what LibreOffice drew against the Deck. Every text line of every text box must be
 * found on its slide's page as one line (LibreOffice breaking it again means the layout measured
 * too narrow), inside its box and the slide, and no line may start or end with punctuation that
 * Chinese typesetting forbids there. Returns readable problems; an empty list is a pass.
 */
export function checkDeckAgainstPdf(deck: Deck, pages: readonly PdfPage[], match = matchDeck(deck, pages)): RenderProblem[] {
  const problems: RenderProblem[] = [];
  const slideW = pt(deck.width);
  const slideH = pt(deck.height);
  const slideOf = new Map(deck.slides.map((s) => [s.number, s]));
  const add = (kind: ProblemKind, slide: number, box: TextBox | undefined, text: string, detail: string) => {
    const s = slideOf.get(slide);
    const head = box ? where(s, box) : `slide ${slide}${s ? ` (${s.kind}${s.id ? ` ${s.id}` : ''})` : ''}`;
    problems.push({ kind, slide, box: box?.name ?? '', role: box?.role ?? '', text, message: `${head} ${q(text)}: ${detail}` });
  };

  if (pages.length !== deck.slides.length) add('page-count', 0, undefined, '', `the PDF has ${pages.length} pages, the deck ${deck.slides.length} slides`);

  // line counts per box
  const perBox = new Map<TextBox, MatchedLine[]>();
  for (const m of match.lines) perBox.set(m.box, [...(perBox.get(m.box) ?? []), m]);

  for (const [box, ms] of perBox) {
    const slide = ms[0]!.slide;
    const bx0 = pt(box.x);
    const bx1 = pt(box.x + box.w);
    const by0 = pt(box.y);
    const by1 = pt(box.y + box.h);
    const decorative = isDecorativeMark(box);
    const found = ms.filter((m) => m.rows.length > 0);
    const rowCount = found.reduce((n, m) => n + m.rows.length, 0);

    for (const m of ms) {
      if (!normalize(m.text)) continue;
      if (m.rows.length === 0) {
        if (box.field === 'slidenum') {
          const near = match.stray.filter((s) => s.slide === slide && /^\d+$/.test(s.word.text) && s.word.xMax > bx0 - 20 && s.word.xMin < bx1 + 20 && s.word.yMax > by0 - 20 && s.word.yMin < by1 + 20);
          add('page-number', slide, box, m.text, near.length ? `the page number field shows ${near.map((s) => q(s.word.text)).join(', ')}, the slide is number ${slide}` : `the page number ${slide} was not found on page ${slide}`);
        } else add('missing', slide, box, m.text, `line ${m.line + 1} of paragraph ${m.paragraph + 1} was not found on page ${slide} of the PDF`);
        continue;
      }
      if (m.rows.length > 1) {
        const inner = pt(box.w - box.insets.l - box.insets.r - box.paragraphs[m.paragraph]!.indent);
        const drawn = m.rows.reduce((s, r) => s + (r.xMax - r.xMin), 0);
        add(
          'rewrapped',
          slide,
          box,
          m.text,
          `LibreOffice broke this line into ${m.rows.length} lines ${m.rows.map((r) => q(r.text)).join(' | ')} at ${m.size} pt: it draws about ${f1(drawn)} pt of text where the box has ${f1(inner)} pt inside its insets (box ${f1(bx0)}–${f1(bx1)} pt)`,
        );
      }
      const tolV = TOLERANCE.verticalEm * m.size;
      const tolH = TOLERANCE.horizontalPt;
      m.rows.forEach((r, k) => {
        const label = m.rows.length > 1 ? `drawn line ${k + 1} ${q(r.text)}` : 'the line';
        if (r.xMin < bx0 - tolH || r.xMax > bx1 + tolH) {
          const over = Math.max(bx0 - r.xMin, r.xMax - bx1);
          add('outside-box-x', slide, box, m.text, `${label} spans x ${f1(r.xMin)}–${f1(r.xMax)} pt, its box ${f1(bx0)}–${f1(bx1)} pt: ${f1(over)} pt outside (tolerance ${tolH} pt)`);
        }
        const cy = (r.yMin + r.yMax) / 2;
        if (cy < by0 || cy > by1 || r.yMin < by0 - tolV || r.yMax > by1 + tolV) {
          const over = Math.max(by0 - r.yMin, r.yMax - by1);
          add(
            'outside-box-y',
            slide,
            box,
            m.text,
            `${label} spans y ${f1(r.yMin)}–${f1(r.yMax)} pt (centre ${f1(cy)}), its box ${f1(by0)}–${f1(by1)} pt: ${f1(over)} pt = ${(over / m.size).toFixed(2)} em past the edge at ${m.size} pt (tolerance ${TOLERANCE.verticalEm} em = ${f1(tolV)} pt, centre inside)`,
          );
        }
        if (r.xMin < 0 || r.yMin < 0 || r.xMax > slideW || r.yMax > slideH) {
          add('outside-slide', slide, box, m.text, `${label} spans ${f1(r.xMin)},${f1(r.yMin)}–${f1(r.xMax)},${f1(r.yMax)} pt, the slide 0,0–${f1(slideW)},${f1(slideH)} pt`);
        }
        if (!decorative) {
          let t = r.text.trim();
          // a bullet pdftotext glued to the first word is not the line's first character
          const bullet = box.paragraphs[m.paragraph]?.bullet?.char;
          if (k === 0 && m.line === 0 && bullet && t.startsWith(bullet)) t = t.slice(bullet.length).trim();
          const first = [...t][0];
          const lastCh = [...t].at(-1);
          if (first && NO_LINE_START.has(first)) add('line-start', slide, box, m.text, `${label} starts with ${q(first)}, which may not start a line`);
          if (lastCh && NO_LINE_END.has(lastCh)) add('line-end', slide, box, m.text, `${label} ends with ${q(lastCh)}, which may not end a line`);
        }
      });
    }
    const deckCount = ms.filter((m) => normalize(m.text)).length;
    if (found.length === ms.filter((m) => normalize(m.text)).length && rowCount !== deckCount) {
      add('line-count', slide, box, boxText(box), `the Deck has ${deckCount} line${deckCount === 1 ? '' : 's'}, LibreOffice drew ${rowCount}`);
    }
  }

  for (const b of match.bullets) {
    const text = lineText(b.box.paragraphs[b.paragraph]?.lines[0]?.runs ?? []);
    if (!b.word) {
      add('bullet', b.slide, b.box, text, `the bullet ${q(b.box.paragraphs[b.paragraph]?.bullet?.char ?? '')} of paragraph ${b.paragraph + 1} was not found beside its first line`);
      continue;
    }
    const bx0 = pt(b.box.x);
    const bx1 = pt(b.box.x + b.box.w);
    if (b.word.xMin < bx0 - TOLERANCE.horizontalPt || b.word.xMax > bx1 + TOLERANCE.horizontalPt) {
      add('bullet', b.slide, b.box, text, `the bullet spans x ${f1(b.word.xMin)}–${f1(b.word.xMax)} pt, its box ${f1(bx0)}–${f1(bx1)} pt`);
    }
  }

  for (const s of match.stray) {
    const w = s.word;
    add('stray-text', s.slide, undefined, w.text, `text at ${f1(w.xMin)},${f1(w.yMin)}–${f1(w.xMax)},${f1(w.yMax)} pt belongs to no line of the Deck (a second copy of a line, or text the Deck does not have)`);
  }
  return problems.sort((a, b) => a.slide - b.slide);
}

// ───────────────────────────── measurements for the record ─────────────────────────────

export interface Fitness {
  /** Largest top overhang of a line's glyph box above its box, in em (negative: inside). */
  maxTopEm: number;
  maxBottomEm: number;
  /** Smallest room between a line and its box's sides, points (negative: outside). */
  minSideRoomPt: number;
  /** Largest share of the box's inner width a line takes as LibreOffice draws it. */
  maxWidthShare: number;
  /** Largest distance between where the Deck put a line's centre and where it was drawn, points. */
  maxCentreShiftPt: number;
  lines: number;
  /** The examples behind the maxima. */
  worst: Record<string, string>;
  /** Near misses: lines drawn wider than their box's inner width (inside the insets), still in the box. */
  overInner: string[];
}

/** How close to its limits the drawing comes: the numbers behind the tolerances. */
export function fitness(match: DeckMatch): Fitness {
  const f: Fitness = { maxTopEm: -Infinity, maxBottomEm: -Infinity, minSideRoomPt: Infinity, maxWidthShare: 0, maxCentreShiftPt: 0, lines: 0, worst: {}, overInner: [] };
  for (const m of match.lines) {
    if (m.rows.length !== 1) continue;
    const r = m.rows[0]!;
    const b = m.box;
    const name = `slide ${m.slide} ${b.name} ${q(m.text)} ${m.size} pt`;
    f.lines++;
    const top = (pt(b.y) - r.yMin) / m.size;
    const bottom = (r.yMax - pt(b.y + b.h)) / m.size;
    const side = Math.min(r.xMin - pt(b.x), pt(b.x + b.w) - r.xMax);
    const inner = pt(b.w - b.insets.l - b.insets.r - (b.paragraphs[m.paragraph]?.indent ?? 0));
    const share = (r.xMax - r.xMin) / inner;
    const shift = Math.abs((r.yMin + r.yMax) / 2 - (m.expectedTop + m.pitch / 2));
    if (top > f.maxTopEm) [f.maxTopEm, f.worst.top] = [top, name];
    if (bottom > f.maxBottomEm) [f.maxBottomEm, f.worst.bottom] = [bottom, name];
    if (side < f.minSideRoomPt) [f.minSideRoomPt, f.worst.side] = [side, name];
    if (share > f.maxWidthShare) [f.maxWidthShare, f.worst.width] = [share, name];
    if (shift > f.maxCentreShiftPt) [f.maxCentreShiftPt, f.worst.shift] = [shift, name];
    if (share > 1) f.overInner.push(`${name}: ${f1(r.xMax - r.xMin)} pt drawn, ${f1(inner)} pt inside the insets, ${f1(side)} pt to the box edge`);
  }
  return f;
}

export function formatFitness(name: string, f: Fitness): string {
  return (
    `${name}: ${f.lines} lines; glyph box top ≤ ${f.maxTopEm.toFixed(3)} em above its box (${f.worst.top ?? '-'}), ` +
    `bottom ≤ ${f.maxBottomEm.toFixed(3)} em below (${f.worst.bottom ?? '-'}); side room ≥ ${f1(f.minSideRoomPt)} pt (${f.worst.side ?? '-'}); ` +
    `widest line ${(f.maxWidthShare * 100).toFixed(1)} % of its inner width (${f.worst.width ?? '-'}); centre shift ≤ ${f1(f.maxCentreShiftPt)} pt (${f.worst.shift ?? '-'})` +
    (f.overInner.length ? `\n  wider than the inner width (nowrap figures overhang into their insets):\n    ${f.overInner.join('\n    ')}` : '')
  );
}
