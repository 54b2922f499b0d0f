/**
 * The closing slide: a short title and subtitle, centred, in the closing layout's title and
 * subtitle placeholders, with a short rule between them and the organisation under them.
 */
import { WHAT } from '../../core/catalogue/layout.js';
import type { SourcePos } from '../../core/errors.js';
import { emu } from '../../core/units.js';
import { contrastNeed, fitTextBox, pt, readableOn, rect, type LayoutContext } from '../context.js';
import type { Box, Color, Rect, TextBox } from '../../deck/model.js';

export interface ClosingText {
  title: string;
  subtitle?: string;
  organization?: string;
  titleSource?: SourcePos;
  subtitleSource?: SourcePos;
}

const TITLE_H = pt(160);
const SUBTITLE_H = pt(100);
const RULE_GAP = pt(40);

/** Where the title and subtitle placeholders are for a one-line title with a subtitle. */
export function closingRects(ctx: LayoutContext): { title: Rect; subtitle: Rect } {
  const w = emu(ctx.width - 2 * ctx.margin - pt(80));
  const x = emu((ctx.width - w) / 2);
  const top = emu(ctx.height / 2 - TITLE_H / 2 - pt(40));
  return { title: { x, y: top, w, h: TITLE_H }, subtitle: { x, y: emu(top + TITLE_H + RULE_GAP), w, h: SUBTITLE_H } };
}

export function closingColors(ctx: LayoutContext): { title: Color; subtitle: (size: number) => Color; meta: Color } {
  const c = ctx.colors;
  const ground = ctx.palette.of(ctx.theme.backgrounds.closing.color);
  return {
    title: readableOn(ground, c.onPrimary, [c.primary, c.text], 4.5),
    subtitle: (size: number) => readableOn(ground, c.accent, [c.onPrimary, c.primary, c.text], contrastNeed(size)),
    meta: readableOn(ground, c.onPrimary, [c.muted, c.text], 4.5),
  };
}

/** The layout's fixed shapes: the accent strip of the solid design. */
export function closingDecor(ctx: LayoutContext): Box[] {
  return ctx.theme.decor.cover === 'solid' ? [rect({ x: emu(0), y: emu(ctx.height - pt(14)), w: ctx.width, h: pt(14) }, ctx.colors.accent)] : [];
}

export function closingBoxes(ctx: LayoutContext, text: ClosingText): Box[] {
  const th = ctx.theme;
  const colors = closingColors(ctx);
  const { title: at } = closingRects(ctx);
  const src = (s?: SourcePos) => (s ? { source: s } : {});
  const title = fitTextBox(ctx, 'closingTitle', [{ text: text.title, font: ctx.fonts.heading, color: colors.title, bold: true, align: 'center', balance: true, display: true, maxLines: 2, ...src(text.titleSource) }], { w: at.w, h: TITLE_H }, { lineRatio: 1.2, what: WHAT.closingTitle, ...src(text.titleSource) });
  let sub: TextBox | undefined;
  if (text.subtitle) {
    const spec = { text: text.subtitle, font: ctx.fonts.body, color: colors.subtitle(th.type.closingSubtitle[1]), align: 'center' as const, balance: true, maxLines: 2, ...src(text.subtitleSource) };
    sub = fitTextBox(ctx, 'closingSubtitle', [spec], { w: at.w, h: SUBTITLE_H }, { lineRatio: 1.25, what: WHAT.closingSubtitle, ...src(text.subtitleSource) });
    const size = sub.paragraphs[0]?.lines[0]?.runs[0]?.size ?? 0;
    if (colors.subtitle(size) !== spec.color) sub = fitTextBox(ctx, 'closingSubtitle', [{ ...spec, color: colors.subtitle(size) }], { w: at.w, h: SUBTITLE_H }, { lineRatio: 1.25, what: WHAT.closingSubtitle, ...src(text.subtitleSource) });
  }
  const stackH = title.h + (sub ? RULE_GAP + sub.h : 0);
  Object.assign(title, { x: at.x, y: emu((ctx.height - stackH) / 2 - pt(20)), placeholder: { type: 'ctrTitle' } });
  const boxes: Box[] = [title];
  if (sub) {
    boxes.push(rect({ x: emu(ctx.width / 2 - pt(48)), y: emu(title.y + title.h + RULE_GAP / 2 - pt(2)), w: pt(96), h: pt(4) }, colors.subtitle(sub.paragraphs[0]?.lines[0]?.runs[0]?.size ?? 0)));
    Object.assign(sub, { x: at.x, y: emu(title.y + title.h + RULE_GAP), placeholder: { type: 'subTitle', idx: 1 } });
    boxes.push(sub);
  }
  if (text.organization) {
    const meta = fitTextBox(ctx, 'coverMeta', [{ text: text.organization, font: ctx.fonts.body, color: colors.meta, align: 'center', maxLines: 1 }], { w: at.w, h: pt(40) }, { lineRatio: 1.25, what: WHAT.organisation });
    meta.x = at.x;
    meta.y = emu(ctx.height - pt(68) - meta.h);
    boxes.push(meta);
  }
  return boxes;
}
