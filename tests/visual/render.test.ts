/**
 * Render tests: the proof that text fits when a real viewer draws it. Every deck is built with
 * the pipeline that ships, converted to PDF by LibreOffice (with the test fontconfig: Microsoft
 * YaHei → Noto Sans CJK SC, Arial → Liberation Sans), read back with pdftotext, and every text
 * line of the Deck is looked for on its slide's page (harness.ts, checkDeckAgainstPdf).
 *
 * Cost: all decks go through ONE soffice run (its start-up is most of a conversion), so the
 * file takes about as long as a single conversion plus a few seconds.
 *
 * Tolerances (harness.ts TOLERANCE, where the measurements behind them are written down):
 * a line may pass its box's sides by 1.5 pt (pdftotext's word box is the pen advance the layout
 * measures, so only rounding is allowed); vertically its centre must be inside the box and its
 * glyph box (ascent + descent, 1.3 em, taller than the pitch) may pass top or bottom by 0.1 em:
 * LibreOffice measured ≤ 0.05 em above and ≤ 0.065 em below. Every run prints those numbers
 * per deck ("fit:" lines), with the tightest horizontal room, so drift shows before it fails.
 *
 * Pictures of every slide go to output/render/<deck>/slide-NN.png (with the PDF) for people.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/build.js';
import { DeckError } from '../../src/core/errors.js';
import { emu, points as pt } from '../../src/core/units.js';
import { visibleTextBoxes } from '../../src/deck/view.js';
import type { Deck, TextBox } from '../../src/deck/model.js';
import { inspectDeck } from '../helpers/deck-document.js';
import { changedShare, pagePixels, pdfFonts, swapTheme } from './theme-swap.js';
import {
  checkDeckAgainstPdf,
  fitness,
  formatFitness,
  haveLibreOffice,
  matchDeck,
  missingTools,
  parseBboxLayout,
  pdfLinesAsync,
  pngs,
  renderPdfs,
  skipReason,
  type PdfPage,
  type ProblemKind,
} from './harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STRESS = 'tests/fixtures/stress';
const PICTURES = resolve(ROOT, 'output/render');

const DECKS: { name: string; outline: string; template?: string }[] = [
  { name: 'sanlian', outline: 'outline/sanlian.yaml' },
  // the other built-in templates, on the same outline
  { name: 'sanlian-gov-blue', outline: 'outline/sanlian.yaml', template: 'gov-blue' },
  { name: 'sanlian-ink', outline: 'outline/sanlian.yaml', template: 'ink' },
  ...['long-titles', 'title-breaks', 'many-points', 'six-figures', 'mixed', 'latin-words', 'english', 'data'].map((name) => ({ name, outline: `${STRESS}/${name}.yaml` })),
  // tables and charts in the other templates too
  { name: 'data-gov-blue', outline: `${STRESS}/data.yaml`, template: 'gov-blue' },
  { name: 'data-ink', outline: `${STRESS}/data.yaml`, template: 'ink' },
  // columns: comparisons with figures, figures alone, long points, a list that continues
  { name: 'columns', outline: `${STRESS}/columns.yaml` },
  { name: 'columns-gov-blue', outline: `${STRESS}/columns.yaml`, template: 'gov-blue' },
  { name: 'columns-ink', outline: `${STRESS}/columns.yaml`, template: 'ink' },
  // picture slides (image, photos, a picture beside points) in every template
  { name: 'pictures', outline: `${STRESS}/pictures.yaml` },
  { name: 'pictures-gov-blue', outline: `${STRESS}/pictures.yaml`, template: 'gov-blue' },
  { name: 'pictures-ink', outline: `${STRESS}/pictures.yaml`, template: 'ink' },
  // figures as reports write them (超过300亿元, 5%以内, >95%) with their changes, in all three templates
  ...['half-year', 'half-year-en'].flatMap((name) => [
    { name, outline: `${STRESS}/${name}.yaml` },
    { name: `${name}-gov-blue`, outline: `${STRESS}/${name}.yaml`, template: 'gov-blue' },
    { name: `${name}-ink`, outline: `${STRESS}/${name}.yaml`, template: 'ink' },
  ]),
];
/** The shipped deck with another theme's colours, and with another theme's faces, put in (theme-swap.ts). */
const SWAPPED_COLORS = 'sanlian-swapped-colors';
const SWAPPED_FONTS = 'sanlian-swapped-fonts';

interface Rendered {
  name: string;
  build?: BuildResult;
  buildError?: unknown;
  pages?: PdfPage[];
  pdf?: string;
}

const have = haveLibreOffice();
if (!have) console.warn(skipReason());

function describeError(e: unknown): string {
  if (e instanceof DeckError) return e.diagnostics.map((d) => `${d.pos ? `${d.pos.file}:${d.pos.line}:${d.pos.column} ` : ''}${d.code} ${d.message}`).join('\n');
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

describe.skipIf(!have)('LibreOffice draws every deck as the layout measured it', () => {
  const rendered = new Map<string, Rendered>();
  let tmp = '';

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'briefdeck-render-'));
    const t0 = performance.now();
    await Promise.all(
      DECKS.map(async (d) => {
        const r: Rendered = { name: d.name };
        rendered.set(d.name, r);
        try {
          r.build = await build({ outline: resolve(ROOT, d.outline), output: join(tmp, `${d.name}.pptx`), cwd: ROOT, ...(d.template ? { template: d.template } : {}) });
        } catch (e) {
          r.buildError = e;
        }
      }),
    );
    const built = [...rendered.values()].filter((r) => r.build?.output);
    const shippedDeck = rendered.get('sanlian')?.build;
    if (shippedDeck?.output) {
      for (const [name, what] of [[SWAPPED_COLORS, 'colors'], [SWAPPED_FONTS, 'fonts']] as const) {
        const swapped: Rendered = { name, build: { ...shippedDeck, output: join(tmp, `${name}.pptx`) } };
        writeFileSync(swapped.build!.output!, swapTheme(readFileSync(shippedDeck.output), what));
        rendered.set(name, swapped);
        built.push(swapped);
      }
    }
    const t1 = performance.now();
    // each PDF is read, and pictured for people, while soffice converts the next deck
    const pictures = !missingTools().includes('pdftoppm');
    let lastPdf = t1;
    await renderPdfs(
      built.map((r) => r.build!.output!),
      join(tmp, 'pdf'),
      {
        onPdf: async (pdf, i) => {
          lastPdf = performance.now();
          const r = built[i]!;
          r.pdf = pdf;
          r.pages = await pdfLinesAsync(pdf);
          // pictures are not part of the proof: without pdftoppm there are none
          if (pictures) {
            const dir = join(PICTURES, r.name);
            await pngs(pdf, dir);
            copyFileSync(pdf, join(dir, `${r.name}.pdf`));
          }
        },
      },
    );
    const t2 = performance.now();
    console.log(
      `render: built ${built.length} decks in ${((t1 - t0) / 1000).toFixed(1)} s; one soffice run converted them, the last PDF after ${((lastPdf - t1) / 1000).toFixed(1)} s; ` +
        `read${pictures ? ' and pictured' : ''} by ${((t2 - t1) / 1000).toFixed(1)} s${pictures ? ` → ${PICTURES}` : ' (no pdftoppm: no pictures)'}`,
    );
  });

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it.each(DECKS.map((d) => d.name))('%s: a PowerPoint document: placeholders, theme colours and fonts, no breaks in running text', (name) => {
    const r = rendered.get(name)!;
    if (r.buildError) expect.fail(`building ${name} failed:\n${describeError(r.buildError)}`);
    const report = inspectDeck(readFileSync(r.build!.output!), r.build!.deck);
    expect(report.problems).toEqual([]);
    expect(report.titled).toBe(r.build!.deck.slides.length);
  });

  it.each(DECKS.map((d) => d.name))('%s: every line drawn inside its box, unbroken', (name) => {
    const r = rendered.get(name)!;
    if (r.buildError) expect.fail(`building ${name} failed:\n${describeError(r.buildError)}`);
    const deck = r.build!.deck;
    const pages = r.pages!;
    expect(pages.length, 'PDF pages = Deck slides').toBe(deck.slides.length);
    const match = matchDeck(deck, pages);
    console.log(`fit: ${formatFitness(name, fitness(match))}`);
    const problems = checkDeckAgainstPdf(deck, pages, match);
    if (problems.length) console.error(`${name}: ${problems.length} problems\n${problems.map((p) => `  - ${p.message}`).join('\n')}`);
    expect(problems.map((p) => p.message)).toEqual([]);
  });

  it('titles keep the author’s line breaks, and a long title breaks between words (title-breaks)', () => {
    const r = rendered.get('title-breaks')!;
    if (r.buildError) expect.fail(`building title-breaks failed:\n${describeError(r.buildError)}`);
    const deck = r.build!.deck;
    const lines = (b: TextBox) => b.paragraphs.flatMap((p) => p.lines.map((l) => l.runs.map((x) => x.text).join('')));
    const boxes = deck.slides.flatMap((s) => visibleTextBoxes(deck, s));
    const of = (role: string) => boxes.filter((b) => b.role === role);
    // the author's breaks, kept (and drawn so: the check above holds for this deck)
    // the cover title, written without a break: whole, or broken between words (checked below)
    expect(lines(of('coverTitle')[0]!).join('')).toBe('金湾区教育局上半年工作汇报');
    expect(lines(of('sectionTitle')[0]!)).toEqual(['党建引领', '高质量发展']);
    expect(lines(of('closingTitle')[0]!)).toEqual(['谢谢！', '敬请指正']);
    const list = of('point')[0]!;
    expect(list.paragraphs[1]!.lines.map((l) => l.runs.map((x) => x.text).join(''))).toEqual(['作者自己换行的要点', '第二行接着写完']);
    // every break written into display text falls between two words, never inside 上半年, 建设, 发展 or a figure
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    let checked = 0;
    for (const b of boxes.filter((x) => ['title', 'coverTitle', 'sectionTitle', 'closingTitle', 'label'].includes(x.role))) {
      for (const p of b.paragraphs) {
        const text = p.lines.map((l) => l.runs.map((x) => x.text).join('')).join('');
        const bounds = new Set([...segmenter.segment(text)].map((s) => s.index));
        let at = 0;
        p.lines.slice(0, -1).forEach((l) => {
          at += l.runs.map((x) => x.text).join('').length;
          if (!l.hard) {
            expect(bounds.has(at), `${b.role} «${text}» broken at ${at}`).toBe(true);
            checked++;
          }
        });
        for (const word of ['上半年', '建设', '发展', '工作', '1400余个']) if (text.includes(word)) expect(p.lines.some((l) => l.runs.map((x) => x.text).join('').includes(word)), `${word} in «${text}»`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });

  it('other theme colours recolour nearly every slide', () => {
    const a = rendered.get('sanlian')!;
    const b = rendered.get(SWAPPED_COLORS)!;
    if (!a.pdf || !b.pdf) expect.fail('the shipped deck or its recoloured copy did not render');
    const dirA = mkdtempSync(join(tmpdir(), 'bd-swap-a-'));
    const dirB = mkdtempSync(join(tmpdir(), 'bd-swap-b-'));
    try {
      const pa = pagePixels(a.pdf, dirA);
      const pb = pagePixels(b.pdf, dirB);
      expect(pb.length).toBe(pa.length);
      const shares = pa.map((p, i) => changedShare(p.rgb, pb[i]!.rgb));
      const changed = shares.filter((x) => x > 0.01).length;
      console.log(`theme colours swapped: ${changed} of ${shares.length} slides changed; share of pixels changed per slide: ${shares.map((x) => `${Math.round(x * 100)}%`).join(' ')}`);
      expect(changed).toBeGreaterThanOrEqual(Math.ceil(shares.length * 0.9));
    } finally {
      rmSync(dirA, { recursive: true, force: true });
      rmSync(dirB, { recursive: true, force: true });
    }
  });

  it('other theme fonts re-font every text: no face of the template is left in the PDF', () => {
    const a = rendered.get('sanlian')!;
    const b = rendered.get(SWAPPED_FONTS)!;
    if (!a.pdf || !b.pdf) expect.fail('the shipped deck or its re-fonted copy did not render');
    const before = pdfFonts(a.pdf);
    const after = pdfFonts(b.pdf);
    console.log(`theme fonts swapped: ${before.join(', ')} → ${after.join(', ')}`);
    // the template's faces (Microsoft YaHei → Noto Sans CJK SC, Arial → Liberation Sans) are gone
    expect(before.some((f) => /NotoSansCJK|Noto Sans CJK/.test(f))).toBe(true);
    expect(after.filter((f) => /NotoSansCJK|Noto Sans CJK|LiberationSans|Liberation Sans/.test(f))).toEqual([]);
    expect(after.some((f) => /NotoSerifCJK|Noto Serif CJK/.test(f))).toBe(true);
    expect(after.some((f) => /LiberationSerif|Liberation Serif/.test(f))).toBe(true);
  });

  describe('the checker itself fails when it should (on the shipped deck’s real PDF)', () => {
    const shipped = () => {
      const r = rendered.get('sanlian')!;
      if (!r.build || !r.pages) expect.fail('the shipped deck did not render');
      return { deck: structuredClone(r.build.deck) as Deck, pages: r.pages };
    };
    const textBoxes = (deck: Deck, slide: number) => visibleTextBoxes(deck, deck.slides[slide - 1]!);
    const kinds = (deck: Deck, pages: PdfPage[]) => new Set<ProblemKind>(checkDeckAgainstPdf(deck, pages).map((p) => p.kind));

    it('passes the deck as built', () => {
      const { deck, pages } = shipped();
      expect(checkDeckAgainstPdf(deck, pages)).toEqual([]);
    });

    it('sees a line LibreOffice drew as two (the Deck claiming one line)', () => {
      const { deck, pages } = shipped();
      const title = textBoxes(deck, 1).find((b) => b.role === 'coverTitle')!;
      const p = title.paragraphs[0]!;
      expect(p.lines.length).toBe(2);
      p.lines = [{ runs: [...p.lines[0]!.runs, ...p.lines[1]!.runs] }];
      const problems = checkDeckAgainstPdf(deck, pages);
      expect(problems.map((x) => x.kind)).toEqual(expect.arrayContaining(['rewrapped', 'line-count']));
      expect(problems.find((x) => x.kind === 'rewrapped')!.message).toMatch(/slide 1 .*coverTitle.*broke this line into 2 lines/);
    });

    it('sees text outside its box, sideways and vertically', () => {
      const { deck, pages } = shipped();
      const list = textBoxes(deck, 4).find((b) => b.role === 'point')!;
      list.w = emu(list.w * 0.4);
      const title = textBoxes(deck, 5).find((b) => b.role === 'title')!;
      title.y = emu(title.y + pt(30));
      const k = kinds(deck, pages);
      expect(k.has('outside-box-x')).toBe(true);
      expect(k.has('outside-box-y')).toBe(true);
    });

    it('sees text the Deck does not have, and Deck text that is not drawn', () => {
      const { deck, pages } = shipped();
      // a card's label is the first paragraph of the box under its figure
      const label = textBoxes(deck, 9).find((b) => b.role === 'label')!;
      label.paragraphs[0]!.lines[0]!.runs[0]!.text = '并不存在的标签';
      const k = kinds(deck, pages);
      expect(k.has('missing')).toBe(true);
      expect(k.has('stray-text')).toBe(true);
      const { deck: d2 } = shipped();
      d2.slides.pop();
      expect(kinds(d2, pages).has('page-count')).toBe(true);
    });
  });
});

describe('the checker on a hand-made page (no LibreOffice needed)', () => {
  // one slide, one text box of two lines at 20 pt; the "PDF" draws them where told
  const font = { ea: 'Microsoft YaHei', latin: 'Arial' };
  const deckOf = (lines: string[], bullet?: string): Deck => ({
    title: 't',
    lang: 'zh-CN',
    width: pt(960),
    height: pt(540),
    theme: { name: 't', scheme: {} as Deck['theme']['scheme'], fonts: {} as Deck['theme']['fonts'] },
    master: { background: { color: { hex: 'FFFFFF' } }, placeholders: [], title: {} as Deck['master']['title'], body: [] },
    layouts: [{ name: 'l', type: 'obj', background: { color: { hex: 'FFFFFF' } }, boxes: [], placeholders: [] }],
    slides: [
      {
        number: 1,
        kind: 'points',
        role: 'content',
        title: 't',
        layout: 'l',
        background: { color: { hex: 'FFFFFF' } },
        notes: '',
        boxes: [
          {
            kind: 'text',
            name: 'point 1',
            role: 'point',
            x: pt(100),
            y: pt(100),
            w: pt(200),
            h: pt(60),
            insets: { l: pt(2), t: pt(2), r: pt(2), b: pt(2) },
            anchor: 'top',
            paragraphs: [
              {
                align: 'left',
                lineHeight: 24,
                spaceBefore: 0,
                indent: emu(0),
                breaks: 'wrap',
                lines: lines.map((t) => ({ runs: [{ text: t, size: 20, bold: false, color: { hex: '000000' }, font }] })),
                ...(bullet ? { bullet: { char: bullet, color: { hex: '000000' }, size: 10, font, hang: pt(20) } } : {}),
              },
            ],
          },
        ],
      },
    ],
  });
  const pageOf = (rows: string[][]) =>
    parseBboxLayout(
      `<doc><page width="960" height="540"><flow><block>${rows
        .map((words, i) => {
          let x = 102;
          const y0 = 101 + i * 24;
          const y1 = y0 + 26;
          const ws = words.map((w) => {
            const x0 = x;
            x += 20 * [...w].length;
            return `<word xMin="${x0}" yMin="${y0}" xMax="${x}" yMax="${y1}">${w}</word>`;
          });
          return `<line xMin="102" yMin="${y0}" xMax="${x}" yMax="${y1}">${ws.join('')}</line>`;
        })
        .join('')}</block></flow></page></doc>`,
    );

  it('passes lines drawn as the Deck says', () => {
    expect(checkDeckAgainstPdf(deckOf(['第一行文字', '第二行文字']), pageOf([['第一行文字'], ['第二行文字']]))).toEqual([]);
  });

  it('finds forbidden punctuation at the start and end of drawn lines', () => {
    const problems = checkDeckAgainstPdf(deckOf(['第一行（', '，第二行']), pageOf([['第一行（'], ['，第二行']]));
    expect(problems.map((p) => p.kind).sort()).toEqual(['line-end', 'line-start']);
    expect(problems[0]!.message).toMatch(/slide 1 .*point 1.*\[point\]/);
  });

  it('takes a bullet pdftotext glued to the first word as the bullet, not as text', () => {
    expect(checkDeckAgainstPdf(deckOf(['第一行文字', '第二行文字'], '■'), pageOf([['■第一行文字'], ['第二行文字']]))).toEqual([]);
    expect(checkDeckAgainstPdf(deckOf(['第一行文字', '第二行文字'], '■'), pageOf([['■', '第一行文字'], ['第二行文字']]))).toEqual([]);
    const glued = checkDeckAgainstPdf(deckOf(['，第一行', '第二行文字'], '■'), pageOf([['■，第一行'], ['第二行文字']]));
    expect(glued.map((p) => p.kind)).toEqual(['line-start']);
    expect(checkDeckAgainstPdf(deckOf(['第一行文字'], '■'), pageOf([['第一行文字']])).map((p) => p.kind)).toEqual(['bullet']);
  });

  it('finds a line that LibreOffice broke again, and a broken-off line that starts with ％', () => {
    const problems = checkDeckAgainstPdf(deckOf(['覆盖率达到百分之86％']), pageOf([['覆盖率达到百分之86'], ['％']]));
    expect(problems.map((p) => p.kind)).toEqual(expect.arrayContaining(['rewrapped', 'line-count', 'line-start']));
  });
});

describe('an outline that cannot fit', () => {
  it('fails the build with TEXT_OVERFLOW at the too-long title, writing nothing', async () => {
    const file = resolve(ROOT, STRESS, 'overflow.yaml');
    const lines = readFileSync(file, 'utf8').split(/\r?\n/);
    const row = lines.findIndex((l) => /^\s*title: 超长标题/.test(l));
    expect(row).toBeGreaterThan(0);
    const column = lines[row]!.indexOf('超长标题') + 1;
    const tmp = mkdtempSync(join(tmpdir(), 'briefdeck-overflow-'));
    try {
      const output = join(tmp, 'overflow.pptx');
      const error = await build({ outline: file, output, cwd: ROOT }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DeckError);
      const diagnostics = (error as DeckError).diagnostics.filter((d) => d.severity === 'error');
      expect(diagnostics.map((d) => d.code)).toEqual(['TEXT_OVERFLOW']);
      const d = diagnostics[0]!;
      expect(d.pos).toMatchObject({ line: row + 1, column, path: 'sections[0].slides[0].title' });
      expect(d.pos!.file).toMatch(/overflow\.yaml$/);
      expect(d.message).toMatch(/slide title/);
      expect(existsSync(output)).toBe(false);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
