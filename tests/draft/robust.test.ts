/**
 * Whatever text a report holds, a draft never crashes: it is an outline that validates and lays
 * out clean (--strict, its quotes checked against the report), or, with no article in it, nothing (the CLI says DRAFT_READ). Reports
 * made of the pieces real ones are made of, shuffled: headings of every kind, figures, furniture,
 * Markdown, stray brackets and quotes, spaces, control characters.
 */
import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutOutline } from '../../src/build.js';
import { draftOutline } from '../../src/draft/draft.js';

const PIECES = [
  '一、', '（一）', '(二)', '第一部分 ', '1.', '2、', '## ', '### ', '- ', '| ', ' |', '**', '“', '”', '"', '（', '）', '《', '》',
  '地区生产总值', '增长', '同比增长', '比上年下降', '分别', '占年计划的', '达到', '超过', '突破', '约', '余', '以上', '左右', '高于全国',
  '12.5', '3,400', '2026', '1-5', '8月', '96.50', '0', '100', '4.5%-5%', '22万P', '3个100', 'PM2.5',
  '亿元', '万人', '%', '个百分点', '家', '个', '万吨/年', '年', '岁', '倍',
  '，', '。', '；', '：', '！', ' ', '  ', '\n', '\n\n', '\t', '\u3000',
  '下载', '打印', '分享到：', '上一篇：', '相关文章：', '首页 > 政务公开 >', '来源：某报', '浏览次数：12', '责任编辑/某', '版权所有',
  '一是', '——', '各位代表：', '雄关漫道真如铁', '让我们团结奋斗', '现将有关情况报告如下：', '附件',
  'report', 'The district built 12 schools.', '\u0001', '\ufffd', '😀',
];

const piece = fc.constantFrom(...PIECES);
/** Shuffled pieces; and lines shaped like a report's (headings, sentences that end, furniture). */
const junk = fc.array(piece, { minLength: 0, maxLength: 120 }).map((xs) => xs.join(''));
const line = fc.oneof(
  fc.tuple(fc.constantFrom('一、', '二、', '（一）', '（二）', '1.', '## ', ''), fc.array(piece, { minLength: 1, maxLength: 6 })).map(([n, xs]) => n + xs.join('').replace(/\n/g, '')),
  fc.array(piece, { minLength: 6, maxLength: 30 }).map((xs) => `${xs.join('').replace(/\n/g, '')}，全年完成投资12.5亿元，同比增长6.1%。`),
  fc.constantFrom('下载', '分享到：', '上一篇：一、工作安排', '来源：某报  发布时间：2025-01-02', '各位代表：'),
);
const shaped = fc.array(line, { minLength: 1, maxLength: 40 }).map((ls) => ls.join('\n'));
const report = fc.oneof(junk, shaped);

describe('a draft of any text', () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-robust-'));
  it('is an outline that lays out clean, or nothing', () => {
    fc.assert(
      fc.property(report, (text) => {
        // with its source: every quote and figure is checked against the report as well
        const { yaml, plan, problems } = draftOutline(text, { reportName: 'r.txt', source: 'r.txt', dir });
        if (!plan.sections.length) return;
        expect(problems).toEqual([]);
        const laid = layoutOutline({ outline: join(dir, 'd.yaml'), outlineText: yaml, strict: true, reportText: text });
        expect(laid.warnings).toEqual([]);
        expect(laid.deck.slides.length).toBeLessThanOrEqual(25);
      }),
      { numRuns: 300, seed: 21 },
    );
  }, 120_000);

  it('a very long line, a long list of headings, a report of one figure', () => {
    for (const text of ['一、总体情况\n' + '全年新增企业12家，'.repeat(3000) + '。', Array.from({ length: 40 }, (_, i) => `（${i + 1}）第${i + 1}项工作\n完成投资${i + 1}亿元。`).join('\n'), '全年完成固定资产投资12亿元，同比增长5%。']) {
      const { yaml, plan, problems } = draftOutline(text, { reportName: 'r.txt', source: 'r.txt', dir });
      expect(plan.sections.length).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      expect(layoutOutline({ outline: join(dir, 'd.yaml'), outlineText: yaml, strict: true, reportText: text }).warnings).toEqual([]);
    }
  }, 60_000);
});
