import { describe, expect, it } from 'vitest';
import { EMU_PER_POINT, inches } from '../../src/core/units.js';
import { layoutDeck } from '../../src/compose/deck.js';
import { metricFamilyOf } from '../../src/layout/measure.js';
import { boxesOf, flatBoxes } from '../../src/deck/view.js';
import { contrastNeed, contrastRatio } from '../../src/core/color.js';
import type { Deck, GroupBox, TextBox } from '../../src/deck/model.js';
import { measureLine } from '../../src/layout/wrap.js';
import { loadOutline, parseOutline } from '../../src/outline/load.js';
import { loadTemplate } from '../../src/template/load.js';

const theme = loadTemplate('party-red').theme;
const lay = (yaml: string) => layoutDeck(parseOutline(yaml, 't.yaml'), theme);
const texts = (deck: Deck) => deck.slides.flatMap((s) => boxesOf(deck, s).filter((b): b is TextBox => b.kind === 'text').map((b) => ({ slide: s, box: b })));
const lineText = (b: TextBox) => b.paragraphs.map((p) => p.lines.map((l) => l.runs.map((r) => r.text).join('')));

const SECTIONS = `
title: 测试汇报
organization: 测试单位
sections:
  - title: 第一部分
    slides:
      - { type: points, title: 要点, points: [一, 二] }
  - title: 第二部分
    slides:
      - { type: quote, text: 为党育人、为国育才 }
`;

describe('slide order', () => {
  it('is cover, agenda, divider and slides per section, closing', () => {
    const { deck, diagnostics } = lay(SECTIONS);
    expect(diagnostics).toEqual([]);
    expect(deck.slides.map((s) => s.kind)).toEqual(['cover', 'agenda', 'section', 'points', 'section', 'quote', 'closing']);
    expect(deck.slides.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('follows agenda and closing settings', () => {
    expect(lay(SECTIONS.replace('organization', 'agenda: false\norganization')).deck.slides.map((s) => s.kind)).not.toContain('agenda');
    expect(lay(SECTIONS.replace('organization', 'closing: false\norganization')).deck.slides.map((s) => s.kind)).not.toContain('closing');
    const named = lay(SECTIONS.replace('organization', 'agenda: 汇报提纲\norganization')).deck;
    expect(lineText(texts(named).find((t) => t.box.role === 'agendaTitle')!.box).flat().join('')).toBe('汇报提纲');
    const closing = lay(SECTIONS + 'closing:\n  title: 谢谢大家\n  subtitle: 欢迎指正\n').deck.slides.at(-1)!;
    expect(closing.title).toBe('谢谢大家');
    const flat = lay('title: 无分节\nslides:\n  - { type: points, title: 一, points: [a] }\n').deck;
    expect(flat.slides.map((s) => s.kind)).toEqual(['cover', 'points', 'closing']);
    const english = lay('title: Report\nlang: en\nslides:\n  - { type: points, title: One, points: [a] }\n').deck;
    expect(english.slides.at(-1)!.title).toBe('Thank you');
  });

  it('numbers pages on content slides with the slide number placeholder of their layout', () => {
    const { deck } = lay(SECTIONS);
    for (const s of deck.slides) {
      const num = boxesOf(deck, s).find((b): b is TextBox => b.kind === 'text' && b.field === 'slidenum');
      if (s.role === 'content') {
        expect(lineText(num!).flat().join('')).toBe(String(s.number));
        expect(num!.placeholder).toEqual({ type: 'sldNum', idx: 12 });
      } else expect(num).toBeUndefined();
    }
    // every layout has date, footer and slide number placeholders (Header & Footer works everywhere);
    // slides show a copy of the footer and number where the deck shows them
    for (const l of deck.layouts) expect(l.placeholders.map((b) => b.placeholder!.type)).toEqual(expect.arrayContaining(['dt', 'ftr', 'sldNum']));
    for (const s of deck.slides) {
      const footer = s.boxes.find((b): b is TextBox => b.kind === 'text' && b.placeholder?.type === 'ftr');
      expect(footer !== undefined, `slide ${s.number}`).toBe(s.role === 'content');
    }
  });
});

describe('titles', () => {
  it('gives every slide a title: a quote its statement, an untitled list or figures one off the slide', () => {
    const { deck } = lay('title: 汇报\nslides:\n  - { type: quote, text: 为党育人、为国育才 }\n  - { type: points, points: [第一点, 第二点] }\n  - type: numbers\n    numbers: [{ value: 1, unit: 个, label: 甲 }, { value: 2, unit: 个, label: 乙 }]\n');
    const titleOf = (n: number) => deck.slides[n]!.boxes.find((b): b is TextBox => b.kind === 'text' && (b.placeholder?.type === 'title' || b.placeholder?.type === 'ctrTitle'))!;
    const text = (b: TextBox) => b.paragraphs.map((p) => p.lines.map((l) => l.runs.map((r) => r.text).join('')).join('')).join('');
    expect(text(titleOf(1))).toBe('为党育人、为国育才');
    expect(titleOf(1).offSlide).toBeUndefined();
    expect(text(titleOf(2))).toBe('第一点');
    expect(titleOf(2).offSlide).toBe(true);
    expect(titleOf(2).y + titleOf(2).h).toBeLessThanOrEqual(0);
    expect(text(titleOf(3))).toBe('甲、乙');
  });

  it('warns once per title that several slides share, naming them all', () => {
    const { diagnostics } = lay('title: 汇报\nslides:\n  - { type: points, title: 同一, points: [a] }\n  - { type: points, title: 同一, points: [b] }\n  - { type: points, title: 同一, points: [c] }\n');
    const dup = diagnostics.filter((d) => d.code === 'SLIDE_TITLE_DUPLICATE');
    expect(dup).toHaveLength(1);
    expect(dup[0]!.severity).toBe('warning');
    expect(dup[0]!.message).toBe('slides 2, 3 and 4 have the same title: “同一”');
    expect(dup[0]!.pos?.line).toBe(4);
  });

  it('continues a long agenda on pages with titles of their own', () => {
    const sections = Array.from({ length: 13 }, (_, i) => `  - title: 第${i + 1}部分\n    slides: [{ type: points, title: 题${i + 1}, points: [a] }]\n`).join('');
    const { deck, diagnostics } = lay(`title: 汇报\nsections:\n${sections}`);
    expect(deck.slides.filter((s) => s.kind === 'agenda').map((s) => s.title)).toEqual(['目录', '目录（续）', '目录（续2）']);
    expect(diagnostics.filter((d) => d.code === 'SLIDE_TITLE_DUPLICATE')).toEqual([]);
  });
});

describe('contrast of text on its ground', () => {
  it('puts a colour of 3:1 only under large text: small text on a fill gets 4.5:1', () => {
    // party-red: gold on red is 3.4:1. A subtitle fitted below 24 pt must not be gold
    const long = '以“党建联抓”强化工作合力，建强每一个基层党组织，推动全区教育事业高质量发展再上新台阶';
    const { deck } = lay(`title: 封面\nsubtitle: ${long}\nsections:\n  - title: 一\n    subtitle: ${long}\n    slides: [{ type: points, title: a, points: [b] }]\n  - title: 二\n    slides: [{ type: points, title: c, points: [d] }]\nclosing:\n  subtitle: ${long}\n`);
    let checked = 0;
    // cover, dividers and closing set their text on the slide's ground (the agenda on its panel)
    for (const s of deck.slides.filter((x) => ['cover', 'section', 'closing'].includes(x.role))) {
      const ground = s.background.color.hex;
      for (const b of flatBoxes(s.boxes)) {
        if (b.kind !== 'text') continue;
        for (const p of b.paragraphs) {
          for (const l of p.lines) {
            for (const r of l.runs) {
              const need = contrastNeed(r.size, r.bold);
              expect(contrastRatio(r.color.hex, ground), `slide ${s.number} ${b.role} ${r.size} pt on #${ground}`).toBeGreaterThanOrEqual(need);
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('draws the quote slide’s large mark at 3:1 or more against its band', () => {
    const { deck } = lay('title: t\nslides:\n  - { type: quote, text: 为党育人、为国育才 }\n');
    const quote = deck.slides.find((s) => s.kind === 'quote')!;
    const band = quote.boxes.find((b) => b.kind === 'shape' && b.fill?.scheme === 'bg2')!;
    const mark = quote.boxes.find((b): b is TextBox => b.kind === 'text' && b.decorative === true)!;
    expect(band.kind === 'shape' && contrastRatio(mark.paragraphs[0]!.lines[0]!.runs[0]!.color.hex, band.fill!.hex)).toBeGreaterThanOrEqual(3);
  });
});

describe('the shipped outline', () => {
  const doc = loadOutline('outline/sanlian.yaml');
  const { deck, diagnostics } = layoutDeck(doc, theme);

  it('lays out without problems into 15–25 slides', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(deck.slides.length).toBeGreaterThanOrEqual(15);
    expect(deck.slides.length).toBeLessThanOrEqual(25);
  });

  it('keeps every box on the slide and text inside the safe margins', () => {
    const margin = inches(0.5);
    for (const s of deck.slides) {
      for (const b of s.boxes) {
        expect(b.x, `${s.number} ${b.name}`).toBeGreaterThanOrEqual(0);
        expect(b.y).toBeGreaterThanOrEqual(0);
        expect(b.x + b.w).toBeLessThanOrEqual(deck.width + 1);
        expect(b.y + b.h).toBeLessThanOrEqual(deck.height + 1);
        if (b.kind === 'text') {
          expect(b.x, `${s.number} ${b.name} left margin`).toBeGreaterThanOrEqual(margin - inches(0.06));
          expect(b.x + b.w, `${s.number} ${b.name} right margin`).toBeLessThanOrEqual(deck.width - margin + inches(0.06));
        }
      }
    }
  });

  it('measures every line inside its box and every paragraph inside its height', () => {
    for (const { slide, box } of texts(deck)) {
      const inner = (box.w - box.insets.l - box.insets.r) / EMU_PER_POINT;
      let height = 0;
      for (const p of box.paragraphs) {
        height += p.spaceBefore + p.lines.length * p.lineHeight;
        for (const l of p.lines) {
          const w = l.runs.reduce((sum, r) => sum + measureLine([{ text: r.text, bold: r.bold, tag: 0 }], metricFamilyOf(r.font.latin).family) * r.size, 0);
          expect(w + p.indent / EMU_PER_POINT, `slide ${slide.number} ${box.name}: ${l.runs.map((r) => r.text).join('')}`).toBeLessThanOrEqual(inner + 0.5);
        }
      }
      expect(height * EMU_PER_POINT, `slide ${slide.number} ${box.name}`).toBeLessThanOrEqual(box.h - box.insets.t - box.insets.b + 1);
    }
  });

  it('uses sizes from the template’s type scale', () => {
    for (const { slide, box } of texts(deck)) {
      const range = theme.type[box.role]!;
      const main = Math.max(...box.paragraphs.flatMap((p) => p.lines.flatMap((l) => l.runs.map((r) => r.size))));
      if (box.role === 'quote' && lineText(box).flat().join('') === '“') continue; // the decorative quotation mark
      if (box.role === 'label' && slide.kind === 'number') continue; // the hero's label and share are a step larger
      expect(main, `slide ${slide.number} ${box.name} (${box.role})`).toBeGreaterThanOrEqual(range[0]);
      expect(main, `slide ${slide.number} ${box.name} (${box.role})`).toBeLessThanOrEqual(range[1]);
    }
  });

  it('gives the figures of a slide one size, a row one baseline, units their ratio, labels two lines at most', () => {
    for (const s of deck.slides.filter((x) => x.kind === 'numbers')) {
      const cards = s.boxes.filter((b): b is GroupBox => b.kind === 'group');
      expect(cards.length, `slide ${s.number}`).toBeGreaterThanOrEqual(2);
      const members = (role: string) => cards.map((g) => g.boxes.find((b): b is TextBox => b.kind === 'text' && b.role === role)!);
      const figs = members('figure');
      const sizes = figs.map((f) => Math.max(...f.paragraphs[0]!.lines[0]!.runs.map((r) => r.size)));
      expect(new Set(sizes).size, `slide ${s.number}`).toBe(1);
      const rows = new Map<number, TextBox[]>();
      for (const f of figs) rows.set(f.y, [...(rows.get(f.y) ?? []), f]);
      expect(rows.size).toBeLessThanOrEqual(2);
      for (const f of figs) {
        const runs = f.paragraphs[0]!.lines[0]!.runs;
        const value = runs.find((r) => r.bold)!;
        for (const r of runs.filter((x) => !x.bold)) expect(r.size).toBe(Math.round(value.size * theme.unitRatio));
        expect(f.nowrap).toBe(true);
      }
      // each card is one group: its ground, its strip, the figure, and under it the label (bold,
      // two lines at most, written breaks) and the detail (wrapped by the viewer)
      for (const [k, g] of cards.entries()) {
        expect(g.boxes.filter((b) => b.kind === 'shape').every((b) => b.kind === 'shape' && b.decorative)).toBe(true);
        const text = members('label')[k]!;
        const label = text.paragraphs[0]!;
        expect(label.lines.length).toBeLessThanOrEqual(2);
        expect(label.breaks).toBe('break');
        expect(label.lines.every((l) => l.runs.every((r) => r.bold))).toBe(true);
        for (const p of text.paragraphs.slice(1)) expect(p.breaks).toBe('wrap');
        for (const b of g.boxes) {
          expect(b.x).toBeGreaterThanOrEqual(g.x);
          expect(b.x + b.w).toBeLessThanOrEqual(g.x + g.w);
          expect(b.y + b.h).toBeLessThanOrEqual(g.y + g.h);
        }
      }
    }
  });

  it('puts speaker notes on every content slide and the source of every figure into them', () => {
    for (const s of deck.slides.filter((x) => x.role === 'content')) expect(s.notes.length, `slide ${s.number}`).toBeGreaterThan(10);
    const notes = deck.slides.map((s) => s.notes).join('\n');
    expect(notes).toContain('撰写学习体会1400余篇');
  });

  it('points every text box at the outline line it came from', () => {
    const title = texts(deck).find((t) => t.box.role === 'coverTitle')!.box;
    expect(title.source?.file).toBe('outline/sanlian.yaml');
    expect(title.source?.line).toBe(doc.locate(['title']).line);
  });
});

describe('layout problems', () => {
  it('reports every text that does not fit, each at its own position', () => {
    const long = '很'.repeat(150);
    const { diagnostics } = lay(`title: t\nslides:\n  - type: points\n    title: ${long}\n    points: [a]\n  - type: quote\n    text: ${long}${long}\n`);
    const overflow = diagnostics.filter((d) => d.code === 'TEXT_OVERFLOW');
    expect(overflow.map((d) => d.pos?.line)).toEqual([4, 7]);
  });
});
