// A card and the hero with the approximation words reports write: the word where it belongs, at its size.
import { describe, expect, it } from 'vitest';
import { layoutDeck } from '../../src/compose/deck.js';
import type { Box, Deck, TextBox } from '../../src/deck/model.js';
import { parseOutline } from '../../src/outline/load.js';
import { prefixScale } from '../../src/slides/figures.js';
import { loadTemplate } from '../../src/template/load.js';

const OUTLINE = `
title: 民生实事
slides:
  - type: numbers
    numbers:
      - { value: 10, approx: 不少于, unit: 个, label: 每校心理辅导室 }
      - { value: 60, approx: 及以上, unit: 岁, label: 免费体检对象 }
      - { value: 5, approx: 上下, unit: "%", label: 增速 }
  - type: number
    value: 20
    approx: 突破
    unit: 万人次
    label: 全年接待游客
`;

function texts(boxes: Box[]): TextBox[] {
  return boxes.flatMap((b) => (b.kind === 'text' ? [b] : b.kind === 'group' ? texts(b.boxes) : []));
}
/** The runs of the line on `slide` whose text, joined, is `figure`. */
function figureRuns(deck: Deck, slide: number, figure: string) {
  for (const box of texts(deck.slides[slide]!.boxes)) {
    for (const p of box.paragraphs) for (const l of p.lines) if (l.runs.map((r) => r.text).join('') === figure) return l.runs.filter((r) => r.text);
  }
  throw new Error(`no figure ${figure} on slide ${slide}`);
}

describe('approximation words on the slides', () => {
  const template = loadTemplate('party-red');
  const { deck, diagnostics } = layoutDeck(parseOutline(OUTLINE, 'test.yaml'), template.theme);
  const r = template.theme.unitRatio;

  it('lays out without a problem', () => {
    expect(diagnostics).toEqual([]);
  });

  // slide 0 is the cover
  it('a card with 不少于: the word before the value, between the unit’s size and the value’s', () => {
    const [word, value, unit] = figureRuns(deck, 1, '不少于10个');
    expect(word!.text).toBe('不少于');
    expect(value!.text).toBe('10');
    expect(unit!.text).toBe('个');
    expect(word!.size).toBeCloseTo(value!.size * prefixScale('mid', r), 0);
    expect(word!.size).toBeGreaterThan(unit!.size);
    expect(word!.size).toBeLessThan(value!.size);
  });

  it('及以上 and 上下 follow the unit at its size', () => {
    const [value, unit] = figureRuns(deck, 1, '60岁及以上');
    expect(value!.text).toBe('60');
    expect(unit!.text).toBe('岁及以上');
    expect(unit!.size).toBeLessThan(value!.size);
    expect(figureRuns(deck, 1, '5%上下').map((x) => x.text)).toEqual(['5', '%上下']);
  });

  it('the hero with 突破', () => {
    expect(figureRuns(deck, 2, '突破20万人次').map((x) => x.text)).toEqual(['突破', '20', '万人次']);
  });
});
