/**
 * `briefdeck template preview DIR`: a look before a build. A short sample outline (cover,
 * agenda, a divider, points, figures with a progress bar and a change, a quotation, closing)
 * laid out with the template and drawn as one page with the watch preview's slide HTML, its
 * pictures inlined so that the file stands alone; with LibreOffice, also as PNG.
 */
import { readFileSync } from 'node:fs';
import { layoutDeck } from '../compose/deck.js';
import type { Deck } from '../deck/model.js';
import type { Diagnostic } from '../core/errors.js';
import { parseOutline } from '../outline/load.js';
import { escapeHtml, renderSlidesHtml } from '../render/html.js';
import type { Theme } from '../layout/theme.js';

/** The sample: words of a typical briefing (the sample is what the template is judged by, not a message). */
export const SAMPLE_OUTLINE = `title: 二〇二五年工作总结暨二〇二六年工作安排
subtitle: 模板预览 · Template preview
organization: 示例单位
date: "2026-01"
lang: zh-CN
footer: 模板预览
sections:
  - title: 重点工作进展
    subtitle: 稳中有进 持续向好
    slides:
      - type: points
        title: 全年重点任务全面完成
        points:
          - 完成重点任务**十二项**，群众满意度稳步提升
          - text: 制度建设不断完善
            sub:
              - 出台考评办法三项
              - 专项检查全覆盖
          - 数字化办公平台上线运行
      - type: numbers
        title: 主要指标
        numbers:
          - { value: 1240, approx: 多, unit: 件, label: 已办实事, change: { value: 12.5, unit: "%", word: 增长, basis: 同比 } }
          - { value: 98.6, unit: "%", label: 群众满意度 }
          - { value: 36, unit: 个, label: 新建服务站点, change: { value: 3, unit: 个, word: 减少 } }
      - type: number
        title: 办实事完成情况
        value: 1240
        unit: 件
        label: 已办到位
        of: 1600
      - type: quote
        text: 为群众办实事，是检验工作成效的试金石。
closing:
  title: 谢谢
  subtitle: 敬请批评指正
`;

/** The sample deck laid out with the template (its layout warnings too). */
export function sampleDeck(theme: Theme): { deck: Deck; diagnostics: Diagnostic[] } {
  const doc = parseOutline(SAMPLE_OUTLINE, 'sample.yaml', theme.dir);
  return layoutDeck(doc, theme);
}

function dataUrl(path: string, kind: 'png' | 'jpeg'): string {
  return `data:image/${kind};base64,${readFileSync(path).toString('base64')}`;
}

/** One self-contained page: the page's slide styles and every slide of the sample. */
export function previewHtml(deck: Deck, theme: Theme, css: string): string {
  const slides = renderSlidesHtml(deck, { imageUrl: (img) => dataUrl(img.path, img.kind) });
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(theme.label)} · briefdeck template preview</title>
<style>${css}</style></head>
<body><main class="bd-slides">${slides}</main></body></html>
`;
}
