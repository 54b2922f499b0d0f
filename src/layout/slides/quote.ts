/** A statement or slogan, large and centred, on a tinted band. */
import { emu } from '../../core/units.js';
import type { QuoteSlide } from '../../outline/schema.js';
import { fitTextBox, pt, rect, type LayoutContext } from '../context.js';
import type { Box, TextBox } from '../model.js';
import { contentBottom, contentTop } from './chrome.js';

export function quoteBoxes(ctx: LayoutContext, slide: QuoteSlide, path: (string | number)[]): Box[] {
  const th = ctx.theme;
  const c = th.colors;
  const t = th.type;
  const top = slide.title ? contentTop() : pt(60);
  const bottom = slide.title ? contentBottom(ctx) : emu(ctx.height - pt(60));
  const w = emu(ctx.width - 2 * ctx.margin - pt(150));
  const x = emu((ctx.width - w) / 2);
  const src = ctx.locate([...path, 'text']);
  const text = fitTextBox(ctx, 'quote', [{ text: slide.text, markup: true, font: th.fonts.heading, color: c.primary, emphasisColor: c.emphasis, bold: true, align: 'center', balance: true, maxLines: 4, source: src }], { w, h: emu((bottom - top) * 0.66) }, { lineRatio: 1.3, what: 'the quote', source: src });
  let by: TextBox | undefined;
  if (slide.by) {
    const bySrc = ctx.locate([...path, 'by']);
    by = fitTextBox(ctx, 'quoteBy', [{ text: `—— ${slide.by}`, font: th.fonts.body, color: c.muted, align: 'center', balance: true, maxLines: 2, source: bySrc }], { w, h: pt(80) }, { lineRatio: 1.25, what: 'the quote’s source', source: bySrc });
  }
  const stackH = text.h + (by ? pt(16) + by.h : 0);
  const pad = pt(48);
  const bandH = emu(stackH + 2 * pad);
  const bandY = emu(top + (bottom - top - bandH) / 2);
  const boxes: Box[] = [rect({ x: ctx.margin, y: bandY, w: emu(ctx.width - 2 * ctx.margin), h: bandH }, c.card), rect({ x: ctx.margin, y: bandY, w: pt(8), h: bandH }, c.primary)];
  const markSize = Math.round(t.quote[1] * 2);
  const mark = fitTextBox(ctx, 'quote', [{ text: '“', font: th.fonts.heading, color: c.accent, bold: true, maxLines: 1 }], { w: pt(markSize * 1.4) }, { range: [markSize, markSize], lineRatio: 1.0, what: 'the quotation mark', nowrap: true });
  mark.x = emu(ctx.margin + pt(24));
  mark.y = emu(bandY + pt(6));
  boxes.push(mark);
  text.x = x;
  text.y = emu(bandY + pad);
  boxes.push(text);
  if (by) {
    by.x = x;
    by.y = emu(text.y + text.h + pt(16));
    boxes.push(by);
  }
  return boxes;
}
