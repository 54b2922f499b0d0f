import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { layoutDeck } from '../../src/layout/deck.js';
import { parseOutline } from '../../src/outline/load.js';
import { renderPptx } from '../../src/render/write.js';
import { loadTemplate } from '../../src/template/load.js';

const OUTLINE = `
title: 测试汇报
organization: 测试单位
sections:
  - title: 第一部分
    slides:
      - type: points
        title: 三项工作取得进展
        points: [第一项工作, "第二项 **重点** 工作", 第三项工作]
        notes: 讲第一部分。
      - type: numbers
        title: 关键数字
        numbers:
          - { value: 1400, approx: 余, unit: 篇, label: 撰写体会, source: 撰写体会1400余篇 }
          - { value: 86, unit: "%", label: 覆盖率 }
`;

async function build() {
  const doc = parseOutline(OUTLINE, 'test.yaml');
  const { theme } = loadTemplate('party-red');
  const { deck } = layoutDeck(doc, theme);
  const bytes = await renderPptx(deck);
  return { deck, files: unzipSync(bytes), bytes };
}

describe('pptx writer', () => {
  it('writes one slide part per Deck slide, with the deck fonts apart', async () => {
    const { deck, files } = await build();
    const slides = Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides).toHaveLength(deck.slides.length);
    const xml = strFromU8(files['ppt/slides/slide3.xml']!);
    expect(xml).toContain('<a:latin typeface="Arial"/><a:ea typeface="Microsoft YaHei"/>');
    expect(xml).not.toMatch(/normAutofit|spAutoFit/);
    expect(xml).toContain('lang="zh-CN"');
  });
});
