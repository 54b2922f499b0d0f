/** 目录: a coloured panel with the agenda's title and one numbered line per section. */
import { mix } from '../../core/color.js';
import type { SourcePos } from '../../core/errors.js';
import { emu } from '../../core/units.js';
import { fitTextBox, pt, readableOn, rect, type LayoutContext } from '../context.js';
import type { Box, TextBox } from '../model.js';
import { logoBox } from './chrome.js';

export interface AgendaItem {
  title: string;
  subtitle?: string;
  source?: SourcePos;
}

export function agendaBoxes(ctx: LayoutContext, heading: string, items: AgendaItem[], firstNumber = 0, headingSource?: SourcePos): Box[] {
  const th = ctx.theme;
  const c = th.colors;
  const t = th.type;
  const boxes: Box[] = [];
  const panelW = emu(ctx.width * 0.32);
  boxes.push(rect({ x: emu(0), y: emu(0), w: panelW, h: ctx.height }, c.primary));
  const onPanel = readableOn(c.primary, c.onPrimary, [c.text, c.background], 4.5);
  const headW = emu(panelW - 2 * ctx.margin);
  const head = fitTextBox(ctx, 'agendaTitle', [{ text: heading, font: th.fonts.heading, color: onPanel, bold: true, maxLines: 2, balance: true }], { w: headW, h: pt(130) }, { lineRatio: 1.2, what: 'the agenda title', ...(headingSource ? { source: headingSource } : {}) });
  head.x = ctx.margin;
  head.y = emu(ctx.height / 2 - head.h);
  boxes.push(head);
  if (ctx.strings.agendaSub) {
    const sub = fitTextBox(ctx, 'coverMeta', [{ text: ctx.strings.agendaSub, font: th.fonts.figure, color: readableOn(c.primary, c.accent, [c.onPrimary], 3), maxLines: 1 }], { w: headW, h: pt(40) }, { lineRatio: 1.2, what: 'the agenda subtitle', nowrap: true });
    sub.x = ctx.margin;
    sub.y = emu(ctx.height / 2 + pt(4));
    boxes.push(sub);
  }

  const left = emu(panelW + pt(56));
  const right = emu(ctx.width - ctx.margin);
  const top = pt(60);
  const bottom = emu(ctx.height - pt(60));
  const n = items.length;
  const rowH = emu(Math.min(pt(100), (bottom - top) / Math.max(1, n)));
  const digits = Math.max(2, String(firstNumber + n).length);
  const numW = pt(t.agendaItem[1] * (0.62 * digits + 0.9));
  const textX = emu(left + numW);
  const textW = emu(right - textX);
  const hasSub = items.some((it) => it.subtitle);
  const titleH = emu(hasSub ? rowH * 0.7 : rowH);
  // every line at one size: the largest at which the longest title fits
  const fitAt = (range: readonly [number, number], maxLines: number, into: LayoutContext = ctx) =>
    items.map((it) => fitTextBox(into, 'agendaItem', [{ text: it.title, font: th.fonts.heading, color: c.text, bold: true, maxLines, balance: true, ...(it.source ? { source: it.source } : {}) }], { w: textW, h: titleH }, { range, lineRatio: 1.2, what: 'the section title in the agenda', ...(it.source ? { source: it.source } : {}) }));
  // one line per section where possible; two balanced lines when a title is too long for one
  const quiet: LayoutContext = { ...ctx, diagnostics: [] };
  fitAt(t.agendaItem, 1, quiet);
  const maxLines = quiet.diagnostics.length ? 2 : 1;
  const probe = fitAt(t.agendaItem, maxLines, { ...ctx, diagnostics: [] });
  const size = Math.min(...probe.map(sizeOf));
  const titles = fitAt([size, size], maxLines);
  let y = emu(top + (bottom - top - n * rowH) / 2);
  items.forEach((it, i) => {
    const titleBox = titles[i]!;
    const num = fitTextBox(ctx, 'agendaItem', [{ text: String(firstNumber + i + 1).padStart(2, '0'), font: th.fonts.figure, color: c.primary, bold: true, maxLines: 1 }], { w: numW, h: rowH }, { range: [size, size], lineRatio: 1.2, what: 'the section number', nowrap: true });
    let subBox: TextBox | undefined;
    if (it.subtitle) {
      subBox = fitTextBox(ctx, 'detail', [{ text: it.subtitle, font: th.fonts.body, color: c.muted, maxLines: 1, ...(it.source ? { source: it.source } : {}) }], { w: textW, h: emu(rowH - titleBox.h) }, { lineRatio: 1.2, what: 'the section subtitle in the agenda' });
    }
    const stackH = titleBox.h + (subBox ? subBox.h : 0);
    const stackTop = emu(y + (rowH - stackH) / 2);
    titleBox.x = textX;
    titleBox.y = stackTop;
    num.x = left;
    num.y = emu(stackTop + titleBox.h - num.h + pt(2));
    boxes.push(num, titleBox);
    if (subBox) {
      subBox.x = textX;
      subBox.y = emu(stackTop + titleBox.h);
      boxes.push(subBox);
    }
    if (i < n - 1) boxes.push(rect({ x: left, y: emu(y + rowH - pt(0.5)), w: emu(right - left), h: pt(0.75) }, mix(c.muted, c.background, 0.75)));
    y = emu(y + rowH);
  });
  const logo = logoBox(ctx, 'agenda');
  if (logo) boxes.push(logo);
  return boxes;
}

function sizeOf(box: TextBox): number {
  return box.paragraphs[0]?.lines[0]?.runs[0]?.size ?? 0;
}
