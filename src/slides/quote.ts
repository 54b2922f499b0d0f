/**
 * `type: quote` — a statement or slogan, large and centred, on a tinted band. With a title, the
 * title is in the title placeholder and the statement in the body placeholder; without one, the
 * statement itself is the slide's title (as in PowerPoint's own quote layouts), so every slide
 * has one. Sits on its own layout 引语 (Quote), whose body placeholder is the centred statement.
 */
import * as z from 'zod/mini';
import { WHAT } from '../core/catalogue/layout.js';
import { emu } from '../core/units.js';
import type { Box, TextBox } from '../deck/model.js';
import { fitTextBox, pt, readableOn, rect, type LayoutContext } from '../layout/context.js';
import { contentArea, contentBottom, contentTop, titleBoxes, titleRule } from '../layout/frame/chrome.js';
import { placeholder, type Prompts } from '../layout/frame/layouts.js';
import { plainText } from '../layout/inline.js';
import { rangeOf } from '../layout/theme.js';
import { optionalText, text as textKey } from './fields.js';
import { defineSlideType, slideSchema, type Path } from './slide-type.js';

export const QuoteSlideSchema = slideSchema('quote', {
  text: textKey('The statement or slogan.'),
  by: optionalText('Who said it, or where it comes from.'),
});
export type QuoteSlide = z.infer<typeof QuoteSlideSchema>;

/** The layout's body: the statement, centred over the content area, in the quote's style. */
function statementPlaceholder(ctx: LayoutContext, p: Prompts): TextBox {
  return placeholder(ctx, { type: 'body', idx: 1 }, 'quote', contentArea(ctx), [{ font: ctx.fonts.heading, color: ctx.colors.primary, bold: true, align: 'center' }], [p.text], { lineRatio: 1.3, anchor: 'middle' });
}

export const quoteType = defineSlideType<QuoteSlide>({
  name: 'quote',
  summary: 'A statement or slogan, large and centred, with who said it.',
  schema: QuoteSlideSchema,
  roles: {
    quote: { limits: [20, 54], default: [32, 44], uses: 'quotations' },
    quoteBy: { limits: [12, 24], default: [16, 20], uses: 'who is quoted' },
  },
  layout: { key: 'quote', name: { zh: '引语', en: 'Quote' }, type: 'obj', body: statementPlaceholder, rule: false },
  untitled: (slide) => plainText(slide.text),
  untitledShown: true,
  texts(slide, path) {
    const out = [];
    if (typeof slide.title === 'string') out.push({ text: slide.title, path: [...path, 'title'] });
    if (typeof slide.text === 'string') out.push({ text: slide.text, path: [...path, 'text'] });
    return out;
  },
  draw: (ctx, slide, path) => quoteBoxes(ctx, slide, path),
});

function quoteBoxes(ctx: LayoutContext, slide: QuoteSlide, path: Path): Box[] {
  const c = ctx.colors;
  const titled = slide.title !== undefined;
  const top = titled ? contentTop() : pt(60);
  const bottom = titled ? contentBottom(ctx) : emu(ctx.height - pt(60));
  const w = emu(ctx.width - 2 * ctx.margin - pt(150));
  const x = emu((ctx.width - w) / 2);
  const src = ctx.locate([...path, 'text']);
  const text = fitTextBox(ctx, 'quote', [{ text: slide.text, markup: true, font: ctx.fonts.heading, color: c.primary, emphasisColor: c.emphasis, bold: true, align: 'center', balance: true, maxLines: 4, source: src }], { w, h: emu((bottom - top) * 0.66) }, { lineRatio: 1.3, what: WHAT.quote, source: src });
  let by: TextBox | undefined;
  if (slide.by) {
    const bySrc = ctx.locate([...path, 'by']);
    by = fitTextBox(ctx, 'quoteBy', [{ text: `—— ${slide.by}`, font: ctx.fonts.body, color: c.muted, align: 'center', balance: true, maxLines: 2, source: bySrc }], { w, h: pt(80) }, { lineRatio: 1.25, what: WHAT.quoteBy, source: bySrc });
  }
  const stackH = text.h + (by ? pt(16) + by.h : 0);
  const pad = pt(48);
  const bandH = emu(stackH + 2 * pad);
  const bandY = emu(top + (bottom - top - bandH) / 2);
  const boxes: Box[] = [];
  if (titled) boxes.push(titleRule(ctx), ...titleBoxes(ctx, slide.title, ctx.locate([...path, 'title'])));
  boxes.push(rect({ x: ctx.margin, y: bandY, w: emu(ctx.width - 2 * ctx.margin), h: bandH }, c.card), rect({ x: ctx.margin, y: bandY, w: pt(8), h: bandH }, c.primary));
  const markSize = Math.round(rangeOf(ctx.theme, 'quote')[1] * 2);
  // the mark is large: 3:1 against the band is enough, and the accent colour only where it has it
  const markColor = readableOn(c.card, c.accent, [c.primary, c.text], 3);
  const mark = fitTextBox(ctx, 'quote', [{ text: '“', font: ctx.fonts.heading, color: markColor, bold: true, maxLines: 1 }], { w: pt(markSize * 1.4) }, { range: [markSize, markSize], lineRatio: 1.0, what: WHAT.quotationMark, nowrap: true });
  mark.x = emu(ctx.margin + pt(24));
  mark.y = emu(bandY + pt(6));
  mark.decorative = true;
  boxes.push(mark);
  Object.assign(text, { x, y: emu(bandY + pad), placeholder: titled ? { type: 'body', idx: 1 } : { type: 'title' } });
  boxes.push(text);
  if (by) {
    by.x = x;
    by.y = emu(text.y + text.h + pt(16));
    boxes.push(by);
  }
  return boxes;
}
