// The HTML writer of the live preview: the slides drawn from the same Deck as the pptx.
import { describe, expect, it } from 'vitest';
import { EMU_PER_POINT } from '../../src/core/units.js';
import { layoutDeck } from '../../src/compose/deck.js';
import type { Box, Deck, TextBox } from '../../src/deck/model.js';
import { boxesOf, flatBoxes, visibleTextBoxes } from '../../src/deck/view.js';
import { parseOutline } from '../../src/outline/load.js';
import { editorLink, escapeHtml, fontFamily, renderSlidesHtml } from '../../src/render/html.js';
import { loadTemplate } from '../../src/template/load.js';

const OUTLINE = `title: 预览测试 <script>alert(1)</script>
organization: 测试单位
footer: 页脚
slides:
  - type: points
    title: 三个要点 <b>粗</b> & “引号”
    points:
      - 第一点：以习近平新时代中国特色社会主义思想为指导，加强党的全面领导，坚决做到两个维护
      - text: 第二点 **重点** 2026年
        sub:
          - 子要点 A&B
  - type: numbers
    title: 关键数字
    numbers:
      - value: 116
        unit: 节
        label: 专题党课
      - value: 1240
        approx: 多
        unit: 件
        label: 办实事
  - type: quote
    text: <script>alert("x")</script> 为党育人、为国育才
    by: 某某
`;

function deckOf(text = OUTLINE): Deck {
  const doc = parseOutline(text, 'outline/test.yaml', process.cwd());
  const { theme } = loadTemplate('party-red');
  return layoutDeck(doc, theme).deck;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The sections of the HTML, one per slide. */
function sections(html: string): string[] {
  return html.split(/(?=<section class="bd-slide")/).filter((s) => s.startsWith('<section'));
}

/** Text of every `.bd-line` of an HTML fragment, bullets left out. */
function lineTexts(html: string): string[] {
  return [...html.matchAll(/<div class="bd-line" style="[^"]*">(.*?)<\/div>/g)].map((m) =>
    unescape(
      m[1]!
        .replace(/<span class="bd-bu"[^>]*>.*?<\/span>/g, '')
        .replace(/<span class="bd-lead"[^>]*>(?:<span[^>]*>[^<]*<\/span>)*<\/span>/g, '')
        .replace(/<[^>]+>/g, ''),
    ),
  );
}

/** The element of a box (by data-box) inside a slide's HTML: its tag and style. */
function boxElement(section: string, name: string): { tag: string; style: Record<string, string>; html: string } {
  const re = new RegExp(`<(div|svg|img) class="bd-box[^"]*" data-box="${escapeHtml(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`);
  const m = section.match(re);
  if (!m) throw new Error(`no element for box ${name}`);
  const style = Object.fromEntries(
    [...unescape(m[0].match(/style="([^"]*)"/)![1]!).split(';')].filter(Boolean).map((d) => {
      const i = d.indexOf(':');
      return [d.slice(0, i).trim(), d.slice(i + 1).trim()];
    }),
  );
  return { tag: m[1]!, style, html: m[0] };
}

const px = (emu: number) => emu / EMU_PER_POINT;
const num = (v: string | undefined) => Number(String(v).replace(/px$/, ''));

describe('renderSlidesHtml', () => {
  const deck = deckOf();
  const html = renderSlidesHtml(deck, { absolutePath: (f) => `/work/${f}` });
  const secs = sections(html);

  it('one slide element per slide, numbered like the deck', () => {
    expect(deck.slides.length).toBeGreaterThanOrEqual(4);
    expect(secs).toHaveLength(deck.slides.length);
    secs.forEach((s, i) => expect(s).toContain(`data-slide="${i + 1}"`));
  });

  it('every Deck line is one line element with its text, in order', () => {
    deck.slides.forEach((slide, i) => {
      const expected: string[] = [];
      for (const b of visibleTextBoxes(deck, slide)) {
        for (const p of b.paragraphs) for (const l of p.lines) expected.push(l.runs.map((r) => r.text).join(''));
      }
      expect(lineTexts(secs[i]!)).toEqual(expected);
    });
    // the long first point was broken by the layout: its lines come out as separate elements
    const points = deck.slides.find((s) => s.kind === 'points')!;
    const body = points.boxes.find((b): b is TextBox => b.kind === 'text' && b.paragraphs.length > 1)!;
    expect(body.paragraphs[0]!.lines.length).toBeGreaterThan(1);
  });

  it('boxes are placed at their EMU rectangles, one CSS px per point', () => {
    let checked = 0;
    deck.slides.forEach((slide, i) => {
      const canvas = secs[i]!.match(/class="bd-canvas" style="width:([\d.]+)px;height:([\d.]+)px/)!;
      expect(num(canvas[1])).toBeCloseTo(px(deck.width), 2);
      expect(num(canvas[2])).toBeCloseTo(px(deck.height), 2);
      // a group's members are drawn where they are; a title kept off the slide is not drawn
      for (const b of flatBoxes(boxesOf(deck, slide)) as Box[]) {
        if (b.kind === 'text' && b.offSlide) continue;
        const el = boxElement(secs[i]!, b.name);
        expect(num(el.style.left)).toBeCloseTo(px(b.x), 2);
        expect(num(el.style.top)).toBeCloseTo(px(b.y), 2);
        expect(num(el.style.width)).toBeCloseTo(px(b.w), 2);
        expect(num(el.style.height)).toBeCloseTo(px(b.h), 2);
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(20);
  });

  it('text boxes keep their insets, line pitch, sizes, faces, weights and colours', () => {
    const slide = deck.slides.find((s) => s.kind === 'points')!;
    const sec = secs[slide.number - 1]!;
    const title = slide.boxes.find((b): b is TextBox => b.kind === 'text' && b.role === 'title')!;
    const inner = sec.match(new RegExp(`data-box="${title.name}"[^>]*><div class="bd-inner" style="([^"]*)"`))![1]!;
    expect(inner).toContain(`left:${+px(title.insets.l).toFixed(3)}px`);
    expect(inner).toContain(`top:${+px(title.insets.t).toFixed(3)}px`);
    const p = title.paragraphs[0]!;
    const run = p.lines[0]!.runs[0]!;
    const titleHtml = sec.slice(sec.indexOf(`data-box="${title.name}"`));
    const line = titleHtml.match(/<div class="bd-line" style="([^"]*)"/)![1]!;
    expect(line).toContain(`height:${p.lineHeight}px;line-height:${p.lineHeight}px`);
    expect(line).toContain(`font-size:${run.size}px`);
    expect(line).toContain(`color:#${run.color.hex}`);
    if (run.bold) expect(line).toContain('font-weight:700');
    // the colours are the theme's: the title in the brand colour (accent1)
    expect(run.color.scheme).toBe('accent1');
    // the Latin face first, then the East Asian one, then the fallbacks
    expect(line).toContain(`font-family:'${run.font.latin}','${run.font.ea}','Liberation Sans','Noto Sans CJK SC',sans-serif`);
    expect(fontFamily({ latin: 'Arial', ea: 'Microsoft YaHei' })).toBe("'Arial','Microsoft YaHei','Liberation Sans','Noto Sans CJK SC',sans-serif");
    // an emphasised run keeps its own colour
    const emphasis = deck.theme.scheme.hlink;
    expect(sec).toContain(`color:#${emphasis}`);
  });

  it('in a Chinese deck, curly quotes take the East Asian face first (as PowerPoint and LibreOffice draw them)', () => {
    const slide = deck.slides.find((s) => s.kind === 'points')!;
    const sec = secs[slide.number - 1]!;
    expect(sec).toContain(`<span class="bd-ea" style="font-family:'Microsoft YaHei','Noto Sans CJK SC','Arial','Liberation Sans',sans-serif">“</span>`);
    // an English deck keeps the Latin face for them
    const en = deckOf('lang: en\ntitle: An “English” deck\nslides:\n  - type: quote\n    text: “Quoted” words\n');
    expect(en.lang).toBe('en');
    expect(renderSlidesHtml(en)).not.toContain('bd-ea');
  });

  it('bullets hang in their own colour and size', () => {
    const slide = deck.slides.find((s) => s.kind === 'points')!;
    const sec = secs[slide.number - 1]!;
    const para = slide.boxes.flatMap((b) => (b.kind === 'text' ? b.paragraphs : [])).find((p) => p.bullet)!;
    const b = para.bullet!;
    const el = sec.match(/<span class="bd-bu" style="([^"]*)">([^<]*)<\/span>/)!;
    expect(unescape(el[2]!)).toBe(b.char);
    expect(el[1]).toContain(`width:${+px(b.hang).toFixed(3)}px;margin-left:-${+px(b.hang).toFixed(3)}px`);
    expect(el[1]).toContain(`font-size:${b.size}px`);
    expect(el[1]).toContain(`color:#${b.color.hex}`);
  });

  it('shapes and the page number: fills, lines, the slide number filled in', () => {
    deck.slides.forEach((slide, i) => {
      for (const b of flatBoxes(boxesOf(deck, slide))) {
        if (b.kind === 'shape' && b.fill) expect(boxElement(secs[i]!, b.name).style.background).toBe(`#${b.fill.hex}`);
        if (b.kind === 'shape' && b.shape === 'line') {
          const at = secs[i]!.indexOf(`data-box="${b.name}"`);
          expect(secs[i]!.slice(at, at + 400)).toMatch(/<svg class="bd-line-svg"[^>]*><line x1="0" y1="0" x2="[\d.]+" y2="0" stroke="#[0-9A-F]{6}" stroke-width="[\d.]+"\/>/);
        }
        if (b.kind === 'text' && b.field === 'slidenum') expect(lineTexts(secs[i]!)).toContain(String(slide.number));
      }
    });
  });

  it('text is escaped: <script> in the outline shows as text', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('三个要点 &lt;b&gt;粗&lt;/b&gt; &amp; “引号”');
    const all = lineTexts(html).join('\n');
    expect(all).toContain('<script>alert("x")</script>');
    // the page around the slides escapes its own text too: tests/watch/page.test.ts
  });

  it('each slide links to its outline line (file:line, vscode://file/ABS:LINE:COLUMN)', () => {
    const slide = deck.slides.find((s) => s.kind === 'numbers')!;
    const src = slide.source!;
    const sec = secs[slide.number - 1]!;
    expect(sec).toContain(`href="vscode://file/work/outline/test.yaml:${src.line}:${src.column}"`);
    expect(sec).toContain(`>outline/test.yaml:${src.line}</a>`);
    expect(editorLink({ file: 'C:\\decks\\a b.yaml', line: 3, column: 7 }, (f) => f)).toBe('vscode://file/C:/decks/a%20b.yaml:3:7');
  });

  it('is pure: the same deck gives the same HTML', () => {
    expect(renderSlidesHtml(deck, { absolutePath: (f) => `/work/${f}` })).toBe(html);
  });

  it('a box of a kind it has no case for is an error, not a gap (the type system refuses it first)', () => {
    const slide = deck.slides[0]!;
    const odd = { kind: 'video', name: 'T', x: 0, y: 0, w: 0, h: 0 } as unknown as Box;
    const strange: Deck = { ...deck, slides: [{ ...slide, boxes: [...slide.boxes, odd] }] };
    expect(() => renderSlidesHtml(strange)).toThrow(/no drawing for a box of kind video/);
  });
});
