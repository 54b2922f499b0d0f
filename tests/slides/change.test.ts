import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { layoutDeck } from '../../src/compose/deck.js';
import { DeckError } from '../../src/core/errors.js';
import type { Box, Deck, TextBox } from '../../src/deck/model.js';
import { parseOutline } from '../../src/outline/load.js';
import { renderSlidesHtml } from '../../src/render/html.js';
import { renderPptx } from '../../src/render/write.js';
import { changeDirection, changeText, withChanges } from '../../src/slides/change.js';
import { loadTemplate } from '../../src/template/load.js';

describe('changeText: the words of a change where each language puts them', () => {
  it('Chinese: basis, word, value, unit', () => {
    expect(changeText({ value: 6.1, unit: '%', word: '增长', basis: '同比' }, 'zh-CN')).toBe('同比增长6.1%');
    expect(changeText({ value: 7, unit: '人', word: '增加', basis: '比去年' }, 'zh-CN')).toBe('比去年增加7人');
    expect(changeText({ value: 2.3, unit: '个百分点', word: '下降' }, 'zh-CN')).toBe('下降2.3个百分点');
    expect(changeText({ value: 36.8, unit: '%', word: '增长率' }, 'zh-CN')).toBe('增长率36.8%');
    expect(changeText({ word: '基本持平', basis: '与上年' }, 'zh-CN')).toBe('与上年基本持平');
  });

  it('English: word, value, unit, basis', () => {
    expect(changeText({ value: 6.1, unit: '%', word: 'up', basis: 'year on year' }, 'en')).toBe('up 6.1% year on year');
    expect(changeText({ value: 7, unit: 'people', word: 'up', basis: 'on last year' }, 'en')).toBe('up 7 people on last year');
    expect(changeText({ value: 1400, word: 'growth of' }, 'en')).toBe('growth of 1,400');
    expect(changeText({ word: 'flat', basis: 'year on year' }, 'en')).toBe('flat year on year');
  });

  it('the value is printed as written, never rounded', () => {
    expect(changeText({ value: 6.1, written: '6.10', unit: '%', word: '增长', basis: '同比' }, 'zh-CN')).toBe('同比增长6.10%');
    expect(changeText({ value: 0.123456789, unit: '%', word: '增长' }, 'zh-CN')).toBe('增长0.123456789%');
  });

  it('a figure with its changes, for the notes', () => {
    const written = (p: (string | number)[]) => (p.join('.') === 'f.change.0.value' ? '7.0' : undefined);
    expect(withChanges('26人', [{ value: 7, unit: '人', word: '增加', basis: '比去年' }, { value: 36.8, unit: '%', word: '增长率' }], ['f'], written, 'zh-CN')).toBe('26人，比去年增加7.0人，增长率36.8%');
    expect(withChanges('39.512 billion yuan', { value: 6.1, unit: '%', word: 'up', basis: 'year on year' }, ['f'], () => undefined, 'en')).toBe('39.512 billion yuan, up 6.1% year on year');
    expect(withChanges('26人', undefined, ['f'], () => undefined, 'zh-CN')).toBe('26人');
  });
});

describe('the keys of a change', () => {
  const problems = (change: string) => {
    try {
      parseOutline(`title: t\nslides:\n  - type: number\n    value: 26\n    label: a\n    change: ${change}\n`, 'test.yaml');
      return [];
    } catch (e) {
      if (!(e instanceof DeckError)) throw e;
      return e.diagnostics.map((d) => `${d.code} ${d.pos?.path}`);
    }
  };
  it('one change or a list of up to two, each with a word', () => {
    expect(problems('{ value: 7, unit: 人, word: 增加, basis: 比去年 }')).toEqual([]);
    expect(problems('[{ value: 7, word: 增加 }, { value: 36.8, unit: "%", word: 增长率 }]')).toEqual([]);
    expect(problems('{ word: 基本持平 }')).toEqual([]);
    expect(problems('[{ word: 增加 }, { word: 增加 }, { word: 增加 }]')).toEqual(['OUTLINE_SCHEMA slides[0].change']);
    expect(problems('{ value: 7 }')).not.toEqual([]);
    expect(problems('{ value: 7, word: 增加, direction: sideways }')).not.toEqual([]);
    expect(problems('{ value: "6.1%", word: 增长 }')).not.toEqual([]);
  });
});

describe('changeDirection', () => {
  it.each(['增长', '增加', '提高', '上升', '多', '增长率', '同比增长'])('%s → up', (word) => expect(changeDirection({ word })).toBe('up'));
  it.each(['下降', '减少', '降低', '回落'])('%s → down', (word) => expect(changeDirection({ word })).toBe('down'));
  it.each(['increase', 'up', 'growth', 'rise', 'rose', 'growth rate'])('%s → up', (word) => expect(changeDirection({ word })).toBe('up'));
  it.each(['decrease', 'down', 'fall', 'fell', 'decline'])('%s → down', (word) => expect(changeDirection({ word })).toBe('down'));
  it.each(['持平', '基本持平', 'flat', 'unchanged', 'upkeep'])('%s → flat', (word) => expect(changeDirection({ word })).toBe('flat'));
  it('the author’s direction wins over the word', () => {
    expect(changeDirection({ word: '增长', direction: 'down' })).toBe('down');
    expect(changeDirection({ word: '下降', direction: 'flat' })).toBe('flat');
  });
});

const OUTLINE = `
title: 上半年经济运行
slides:
  - type: number
    value: 395.12
    unit: 亿元
    change: { value: 6.1, unit: "%", word: 增长, basis: 同比 }
    label: 地区生产总值
  - type: numbers
    numbers:
      - { value: 128.6, unit: 亿元, change: { value: 8.3, unit: "%", word: 增长, basis: 同比 }, label: 社会消费品零售总额 }
      - { value: 21.37, unit: 亿元, change: { value: 2.3, unit: "%", word: 下降, basis: 同比 }, label: 一般公共预算收入 }
      - { value: 100.2, change: { word: 基本持平, basis: 与上年 }, label: 居民消费价格指数 }
      - { value: 300, approx: 超过, unit: 亿元, label: 规模以上工业总产值 }
`;

function texts(boxes: Box[]): TextBox[] {
  return boxes.flatMap((b) => (b.kind === 'text' ? [b] : b.kind === 'group' ? texts(b.boxes) : []));
}
/** The first run of `text` on a slide, in a box on the slide (an untitled slide's title sits above it). */
function runOf(deck: Deck, slide: number, text: string) {
  for (const box of texts(deck.slides[slide]!.boxes).filter((b) => b.y >= 0)) {
    for (const [pi, p] of box.paragraphs.entries()) for (const l of p.lines) for (const r of l.runs) if (r.text === text) return { box, pi, run: r };
  }
  throw new Error(`no run ${text} on slide ${slide}`);
}

describe('changes on the slides', () => {
  const lay = (template: string, yaml = OUTLINE) => layoutDeck(parseOutline(yaml, 'test.yaml'), loadTemplate(template).theme);
  // slide 0 is the cover
  it('on cards: its own line under the figure, above the label, larger than the label', () => {
    const { deck, diagnostics } = lay('party-red');
    expect(diagnostics).toEqual([]);
    const value = runOf(deck, 2, '8.3');
    const label = runOf(deck, 2, '社会消费品零售总额');
    expect(value.box).toBe(label.box);
    expect(value.pi).toBeLessThan(label.pi);
    expect(value.run.size).toBeGreaterThanOrEqual(label.run.size * 1.25);
    expect(value.run.bold).toBe(true);
    const fig = runOf(deck, 2, '128.6');
    expect(fig.box.y).toBeLessThan(value.box.y);
    // the labels of a row share a top line: the card without a change starts lower by its line
    const plain = runOf(deck, 2, '规模以上工业总产值');
    const changed = runOf(deck, 2, '居民消费价格指数');
    expect(plain.box.y).toBeGreaterThan(changed.box.y);
    const labelTop = (b: TextBox, from: number) => b.y + (b.paragraphs.slice(0, from).reduce((h, p) => h + p.spaceBefore + p.lines.length * p.lineHeight, 0) + b.paragraphs[from]!.spaceBefore) * 12700;
    expect(Math.abs(labelTop(changed.box, changed.pi) - labelTop(plain.box, plain.pi))).toBeLessThan(12700 / 2);
  });

  it('on the hero: under the figure, large', () => {
    const { deck } = lay('party-red');
    const fig = runOf(deck, 1, '395.12');
    const change = runOf(deck, 1, '6.1');
    const label = runOf(deck, 1, '地区生产总值');
    expect(change.box.y).toBeGreaterThan(fig.box.y);
    expect(label.box.y).toBeGreaterThan(change.box.y);
    expect(change.run.size).toBeGreaterThanOrEqual(28);
    expect(change.run.size).toBeGreaterThan(label.run.size);
  });

  it('coloured by direction from the template, flat in the text colour; the written pptx carries them as theme colours', async () => {
    const { deck } = lay('gov-blue');
    const theme = loadTemplate('gov-blue').theme;
    expect(runOf(deck, 2, '8.3').run.color.hex).toBe(theme.colors.up);
    expect(runOf(deck, 2, '同比增长').run.color.hex).toBe(theme.colors.up);
    expect(runOf(deck, 2, '2.3').run.color.hex).toBe(theme.colors.down);
    expect(runOf(deck, 2, '与上年基本持平').run.color.hex).toBe(theme.colors.text);
    const files = unzipSync(await renderPptx(deck));
    const xml = strFromU8(files['ppt/slides/slide3.xml']!);
    const rPr = (t: string) => new RegExp(`<a:r>(?:(?!</a:r>).)*?<a:t>${t}</a:t></a:r>`, 's').exec(xml)?.[0] ?? '';
    // colours of the theme, so that PowerPoint's recolouring reaches them: up in dk2, down in accent6
    expect(rPr('8\\.3')).toContain('<a:schemeClr val="tx2"');
    expect(rPr('2\\.3')).toContain('<a:schemeClr val="accent6"');
    expect(xml).not.toContain('<a:srgbClr');
    const themeXml = strFromU8(files['ppt/theme/theme1.xml']!);
    expect(themeXml).toContain(`<a:dk2><a:srgbClr val="${theme.colors.up}"/></a:dk2>`);
    expect(themeXml).toContain(`<a:accent6><a:srgbClr val="${theme.colors.down}"/></a:accent6>`);
    expect(theme.colors.up).toBe('C0392B');
    expect(theme.colors.down).toBe('1E7B34');
  });

  it('the preview draws the change in its colour', () => {
    const { deck } = lay('gov-blue');
    const html = renderSlidesHtml(deck);
    // the line takes its first run's colour; runs of another colour say theirs
    const inColour = (hex: string, text: string) => new RegExp(`color:#${hex}">(?:<span[^>]*>[^<]*</span>)*?<span[^>]*>${text}</span>`);
    expect(html).toMatch(inColour('C0392B', '8\\.3'));
    expect(html).toMatch(inColour('1E7B34', '2\\.3'));
    expect(html).not.toMatch(inColour('C0392B', '2\\.3'));
  });

  it('party-red’s up is its brand red: written as the theme colour accent1', async () => {
    const { deck } = lay('party-red');
    const files = unzipSync(await renderPptx(deck));
    const xml = strFromU8(files['ppt/slides/slide3.xml']!);
    const run = /<a:r>(?:(?!<\/a:r>).)*?<a:t>8\.3<\/a:t><\/a:r>/s.exec(xml)?.[0] ?? '';
    expect(run).toContain('<a:schemeClr val="accent1"');
    expect(strFromU8(files['ppt/theme/theme1.xml']!)).toMatch(/<a:accent1><a:srgbClr val="B5121B"\/>/);
  });

  it('a change too wide for its card even at the smallest size: TEXT_OVERFLOW at its value', () => {
    const yaml = OUTLINE.replace('{ value: 2.3, unit: "%", word: 下降, basis: 同比 }', '{ value: 2.3, unit: "%", word: 下降, basis: 与去年同期相比在各项减收政策影响下 }');
    const { diagnostics } = lay('party-red', yaml);
    const d = diagnostics.find((x) => x.code === 'TEXT_OVERFLOW');
    expect(d?.message).toContain('change');
    expect(d?.pos?.line).toBe(12);
    expect(d?.pos?.column).toBe(yaml.split('\n')[11]!.indexOf('2.3') + 1);
  });

  it('the speaker notes quote the figure with its change', () => {
    const yaml = OUTLINE.replace('    label: 地区生产总值\n', '    label: 地区生产总值\n    source: 地区生产总值完成395.12亿元，同比增长6.1%\n');
    const { deck } = lay('party-red', yaml);
    expect(deck.slides[1]!.notes).toContain('395.12亿元，同比增长6.1%');
  });
});
