/**
 * Layout messages in Chinese (catalogue/layout.ts): a TEXT_OVERFLOW names the text in Chinese
 * ("幻灯片标题放不下：…") with the same code, position and figures as the English; a slide
 * type's own plain-string name stays as written; duplicate titles are warned about in both.
 */
import { describe, expect, it } from 'vitest';
import { LAYOUT } from '../../src/core/catalogue/layout.js';
import { report } from '../../src/core/catalogue/define.js';
import type { Diagnostic } from '../../src/core/errors.js';
import { layoutDeck } from '../../src/compose/deck.js';
import { fitBlock } from '../../src/layout/fit.js';
import { emu } from '../../src/core/units.js';
import { parseOutline } from '../../src/outline/load.js';
import { loadTemplate } from '../../src/template/load.js';

const theme = loadTemplate('party-red').theme;
const lay = (yaml: string) => layoutDeck(parseOutline(yaml, 't.yaml'), theme).diagnostics;
const LONG = '坚持以习近平新时代中国特色社会主义思想为指导全面贯彻党的教育方针落实立德树人根本任务深化新时代教育评价改革';

function overflows(yaml: string): Diagnostic[] {
  const list = lay(yaml).filter((d) => d.code === 'TEXT_OVERFLOW');
  expect(list.length).toBeGreaterThan(0);
  for (const d of list) {
    expect(d.zh?.message, d.message).toMatch(/放不下|放不进/);
    expect(d.zh?.message).not.toMatch(/does not fit|the /);
    expect(d.zh?.hint).toMatch(/^请/);
  }
  return list;
}

describe('TEXT_OVERFLOW in Chinese', () => {
  it('a slide title too long: the same numbers, the text named in Chinese', () => {
    const [d] = overflows(`title: T\nslides:\n  - type: points\n    title: ${LONG.repeat(3)}\n    points: [a]\n`);
    expect(d!.pos).toMatchObject({ line: 4, column: 12, path: 'slides[0].title' });
    const m = /at the smallest size \((\d+) pt\) it needs (\d+) lines, the box holds (\d+); about (\d+) characters too long/.exec(d!.message)!;
    expect(d!.message).toMatch(/^the slide title does not fit: /);
    expect(d!.zh).toEqual({
      message: `幻灯片标题放不下：即使用最小字号（${m[1]} pt）也要 ${m[2]} 行，而这里只能放 ${m[3]} 行；大约多出 ${m[4]} 个字`,
      hint: '请缩短文字，或把这张幻灯片拆开',
    });
  });

  it('a point too tall for a slide of its own: “这条要点及其分项”, the height in pt and the share', () => {
    // a long list continues on further slides (SLIDE_CONTINUED); one point that cannot fit even alone is an error
    const sub = LONG.repeat(2);
    const points = `      - text: ${LONG.repeat(3)}\n        sub: [${sub}, ${sub}, ${sub}, ${sub}, ${sub}, ${sub}]\n      - 第二点\n`;
    const list = overflows(`title: T\nslides:\n  - type: points\n    title: 要点\n    points:\n${points}`);
    const d = list.find((x) => x.message.startsWith('the point with its sub-points'))!;
    expect(d.pos).toMatchObject({ line: 6, path: 'slides[0].points' });
    const m = /it needs (\d+) pt of height, the slide has (\d+) pt; about (\d+)% too much/.exec(d.message)!;
    expect(d.zh?.message).toMatch(new RegExp(`^这条要点及其分项放不下：即使用最小字号（\\d+ pt）也要 ${m[1]} pt 高，而幻灯片上只有 ${m[2]} pt；大约超出 ${m[3]}%$`));
    expect(d.hint).toBe('shorten the longest items, or split the slide into two');
    expect(d.zh?.hint).toBe('请缩短最长的几项，或把这张幻灯片拆成两张');
  });

  it('the figures of a numbers slide: their labels, details and the card figure', () => {
    const items = Array.from({ length: 6 }, () => `      - {value: 123456789012, unit: 万元人民币每年每人, label: ${LONG}, detail: ${LONG}}\n`).join('');
    const list = overflows(`title: T\nslides:\n  - type: numbers\n    title: 数字\n    numbers:\n${items}`);
    expect(list.some((d) => d.zh!.message.startsWith('数字的标签放不下'))).toBe(true);
    expect(list.some((d) => d.zh!.message.startsWith('数字的说明放不下'))).toBe(true);
    const card = list.find((d) => d.message.startsWith('the figure does not fit its card'))!;
    expect(card.message).toBe('the figure does not fit its card even at 54 pt: its label and detail leave it too little height (2 rows of 3 cards)');
    expect(card.zh).toEqual({ message: '即使用 54 pt，数字也放不进卡片：标签和说明占去了太多高度（2 行，每行 3 张卡片）', hint: '请缩短标签或说明，或减少这张幻灯片上的数字' });
    expect(card.pos).toMatchObject({ line: 6, path: 'slides[0].numbers[0].label' });
  });

  it('a hero figure too wide', () => {
    const list = overflows(`title: T\nslides:\n  - type: number\n    title: 数字\n    value: 123456789012345\n    unit: 万元人民币每年每人每月\n    label: 标签\n`);
    const d = list.find((x) => x.message.startsWith('the hero figure'))!;
    expect(d.pos).toMatchObject({ line: 5, column: 12, path: 'slides[0].value' });
    expect(d.zh).toEqual({ message: '即使用 72 pt，这个数字也放不进幻灯片', hint: '请缩短单位、标签或说明' });
  });

  it('the quote, the cover and the closing slide', () => {
    expect(overflows(`title: T\nslides:\n  - type: quote\n    text: ${LONG.repeat(4)}\n`).map((d) => d.zh!.message.split('：')[0])).toContain('引语放不下');
    const cover = overflows(`title: ${LONG.repeat(3)}\nsubtitle: ${LONG.repeat(3)}\norganization: ${LONG}\nslides:\n  - {type: quote, text: a}\n`).map((d) => d.zh!.message.split('：')[0]);
    expect(cover).toEqual(expect.arrayContaining(['演示文稿标题放不下', '副标题放不下', '单位和日期这一行放不下', '单位这一行放不下']));
  });

  it('a name given as a plain string (a slide type of its own) is the same in both languages', () => {
    const r = fitBlock([{ text: LONG, font: theme.fonts.body, color: { hex: '000000' } as never, maxLines: 1 }], { width: emu(100000), height: emu(10_000_000), range: [20, 20], lineRatio: 1.2, gapRatio: 0, role: 'point' } as never, 'step 1');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostic.message).toMatch(/^step 1 does not fit: /);
    expect(r.diagnostic.zh?.message).toMatch(/^step 1放不下：/);
  });
});

describe('SLIDE_TITLE_DUPLICATE in Chinese', () => {
  it('names the slides, up to six, as the English does', () => {
    const three = lay('title: 汇报\nslides:\n' + '  - { type: points, title: 同一, points: [a] }\n'.repeat(3)).filter((d) => d.code === 'SLIDE_TITLE_DUPLICATE');
    expect(three).toHaveLength(1);
    expect(three[0]).toMatchObject({ severity: 'warning', message: 'slides 2, 3 and 4 have the same title: “同一”', pos: { line: 4 } });
    expect(three[0]!.zh).toEqual({ message: '第 2、3 和 4 张幻灯片标题相同：“同一”', hint: '请给每张幻灯片起不同的标题：读屏软件和大纲视图靠标题区分幻灯片' });
    const eight = report(LAYOUT.duplicateTitle, { numbers: [2, 3, 4, 5, 6, 7, 8, 9], title: 'x' });
    expect(eight.message).toBe('slides 2, 3, 4, 5, 6, 7 … (8 slides) have the same title: “x”');
    expect(eight.zh?.message).toBe('第 2、3、4、5、6、7 等 8 张幻灯片标题相同：“x”');
  });
});
