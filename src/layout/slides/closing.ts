/** The closing slide: a short title and subtitle, centred, on the closing ground. */
import type { SourcePos } from '../../core/errors.js';
import { emu } from '../../core/units.js';
import { fitTextBox, pt, readableOn, rect, type LayoutContext } from '../context.js';
import type { Box, TextBox } from '../model.js';
import { logoBox } from './chrome.js';

export interface ClosingText {
  title: string;
  subtitle?: string;
  organization?: string;
  titleSource?: SourcePos;
  subtitleSource?: SourcePos;
}

export function closingBoxes(ctx: LayoutContext, text: ClosingText): Box[] {
  const th = ctx.theme;
  const c = th.colors;
  const ground = th.backgrounds.closing.color;
  const titleColor = readableOn(ground, c.onPrimary, [c.primary, c.text], 4.5);
  const subColor = readableOn(ground, c.accent, [c.onPrimary, c.primary, c.text], 3);
  const metaColor = readableOn(ground, c.onPrimary, [c.muted, c.text], 4.5);
  const w = emu(ctx.width - 2 * ctx.margin - pt(80));
  const x = emu((ctx.width - w) / 2);
  const src = (s?: SourcePos) => (s ? { source: s } : {});
  const title = fitTextBox(ctx, 'closingTitle', [{ text: text.title, font: th.fonts.heading, color: titleColor, bold: true, align: 'center', balance: true, maxLines: 2, ...src(text.titleSource) }], { w, h: pt(160) }, { lineRatio: 1.2, what: 'the closing title', ...src(text.titleSource) });
  let sub: TextBox | undefined;
  if (text.subtitle) {
    sub = fitTextBox(ctx, 'closingSubtitle', [{ text: text.subtitle, font: th.fonts.body, color: subColor, align: 'center', balance: true, maxLines: 2, ...src(text.subtitleSource) }], { w, h: pt(100) }, { lineRatio: 1.25, what: 'the closing subtitle', ...src(text.subtitleSource) });
  }
  const ruleGap = pt(40);
  const stackH = title.h + (sub ? ruleGap + sub.h : 0);
  title.x = x;
  title.y = emu((ctx.height - stackH) / 2 - pt(20));
  const boxes: Box[] = [title];
  if (sub) {
    boxes.push(rect({ x: emu(ctx.width / 2 - pt(48)), y: emu(title.y + title.h + ruleGap / 2 - pt(2)), w: pt(96), h: pt(4) }, subColor));
    sub.x = x;
    sub.y = emu(title.y + title.h + ruleGap);
    boxes.push(sub);
  }
  if (text.organization) {
    const meta = fitTextBox(ctx, 'coverMeta', [{ text: text.organization, font: th.fonts.body, color: metaColor, align: 'center', maxLines: 1 }], { w, h: pt(40) }, { lineRatio: 1.25, what: 'the organisation line' });
    meta.x = x;
    meta.y = emu(ctx.height - pt(68) - meta.h);
    boxes.push(meta);
  }
  if (th.decor.cover === 'solid') boxes.push(rect({ x: emu(0), y: emu(ctx.height - pt(14)), w: ctx.width, h: pt(14) }, c.accent));
  const logo = logoBox(ctx, 'closing');
  if (logo) boxes.push(logo);
  return boxes;
}
