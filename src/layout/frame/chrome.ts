/**
 * The furniture of content slides and where things are: the title zone with its bar or rule,
 * the content area, the footer with the page number, the logo. The slide layouts (layouts.ts)
 * and the slides (one module per kind) take their places from here, so that a slide's
 * placeholder sits where its layout's does.
 */
import { WHAT } from '../../core/catalogue/layout.js';
import { emu, type Emu } from '../../core/units.js';
import type { SlideRole } from '../../deck/model.js';
import { fillPlaceholders, fitTextBox, line, pt, type LayoutContext } from '../context.js';
import type { Box, ImageBox, Rect, TextBox } from '../../deck/model.js';
import { lighter } from '../palette.js';

/** The zone the slide title is centred in (one or two lines). */
export const TITLE_ZONE = { top: pt(22), h: pt(82) };
/** Room between the rule under the title zone and the content, and between the content and the footer. */
const BREATHING = pt(20);
const FOOTER_TOP_FROM_BOTTOM = pt(40);

/** y of the rule under the title zone. */
export function ruleY(): Emu {
  return emu(TITLE_ZONE.top + TITLE_ZONE.h + pt(8));
}
/** Top of the content area on content slides (below the title zone): every slide's content starts here. */
export function contentTop(): Emu {
  return emu(ruleY() + BREATHING);
}
/** Bottom of the content area (above the footer). */
export function contentBottom(ctx: LayoutContext): Emu {
  return emu(ctx.height - FOOTER_TOP_FROM_BOTTOM - BREATHING);
}
/** The content area: where lists and figures go (the body placeholder of content layouts). */
export function contentArea(ctx: LayoutContext): Rect {
  const top = contentTop();
  return { x: ctx.margin, y: top, w: emu(ctx.width - 2 * ctx.margin), h: emu(contentBottom(ctx) - top) };
}

export function logoBox(ctx: LayoutContext, role: SlideRole): ImageBox | undefined {
  const logo = ctx.theme.logo;
  if (!logo || !logo.slides.includes(role)) return undefined;
  const inset = pt(22);
  const right = logo.position.endsWith('right');
  const bottom = logo.position.startsWith('bottom');
  const org = ctx.fields.organization;
  const word = ctx.lang === 'en' ? 'logo' : '标志';
  return {
    kind: 'image',
    name: '',
    image: logo.image,
    alt: org ? (ctx.lang === 'en' ? `${org} ${word}` : `${org}${word}`) : word,
    x: right ? emu(ctx.width - inset - logo.width) : inset,
    y: bottom ? emu(ctx.height - inset - logo.height) : inset,
    w: logo.width,
    h: logo.height,
  };
}

/** Room the logo takes from a line of the slide, when it sits in that corner. */
function logoReserve(ctx: LayoutContext, role: SlideRole, corner: 'top-right' | 'bottom-left' | 'bottom-right' | 'top-left'): Emu {
  const logo = ctx.theme.logo;
  if (!logo || !logo.slides.includes(role) || logo.position !== corner) return emu(0);
  return emu(logo.width + pt(16));
}

/** The title zone of content slides: the title placeholder's place. */
export function titleRect(ctx: LayoutContext): Rect {
  const bar = ctx.theme.decor.titleBar === 'bar';
  // a logo in the top-left corner (bureaus' emblems often sit there) pushes the title along
  const left = titleLeft(ctx);
  const x = bar ? emu(left + pt(16)) : emu(left - pt(4));
  return { x, y: TITLE_ZONE.top, w: emu(ctx.width - x - ctx.margin - logoReserve(ctx, 'content', 'top-right')), h: TITLE_ZONE.h };
}

/** Where a content slide's title (and its colour bar) starts. */
function titleLeft(ctx: LayoutContext): Emu {
  return emu(ctx.margin + logoReserve(ctx, 'content', 'top-left'));
}

/**
 * A content slide's title in the title placeholder, centred in the title zone, so the
 * content below starts at the same height on every slide; with the colour bar beside it
 * where the template has one. Without `title` (the outline gives none) the placeholder still
 * holds `hidden`, off the visible slide: screen readers and the outline find a title.
 */
export function titleBoxes(ctx: LayoutContext, title: string | undefined, source?: TextBox['source'], hidden?: string): Box[] {
  const c = ctx.colors;
  const zone = titleRect(ctx);
  const text = title ?? hidden ?? '';
  const box = fitTextBox(
    ctx,
    'title',
    [{ text, font: ctx.fonts.heading, color: c.primary, bold: true, balance: true, display: true, maxLines: 2, ...(source ? { source } : {}) }],
    { w: zone.w, h: zone.h },
    { lineRatio: 1.2, what: WHAT.slideTitle, anchor: 'middle', ...(source ? { source } : {}) },
  );
  box.placeholder = { type: 'title' };
  const textH = box.h - box.insets.t - box.insets.b - pt(sizeOf(box) * 0.12);
  Object.assign(box, { x: zone.x, y: zone.y, h: zone.h });
  if (title === undefined) {
    box.y = emu(-zone.h - pt(20));
    box.offSlide = true;
    return [box];
  }
  const boxes: Box[] = [];
  if (ctx.theme.decor.titleBar === 'bar') {
    const top = emu(zone.y + box.insets.t + (zone.h - box.insets.t - box.insets.b - textH) / 2);
    boxes.push({ kind: 'shape', name: '', shape: 'rect', x: titleLeft(ctx), y: top, w: pt(7), h: emu(textH), fill: c.primary, decorative: true });
  }
  boxes.push(box);
  return boxes;
}

function sizeOf(box: TextBox): number {
  return box.paragraphs[0]?.lines[0]?.runs[0]?.size ?? 0;
}

/** The rule under the title zone (content layouts; quote slides with a title draw their own). */
export function titleRule(ctx: LayoutContext): Box {
  const c = ctx.colors;
  const y = ruleY();
  return ctx.theme.decor.titleBar === 'bar'
    ? line(ctx.margin, y, emu(ctx.width - ctx.margin), y, lighter(c.muted, 0.75), pt(0.75))
    : line(ctx.margin, y, emu(ctx.width - ctx.margin), y, c.primary, pt(1.5));
}

export interface FooterBoxes {
  /** The footer text (the ftr placeholder); empty when the template has none. */
  text: TextBox;
  /** The page number (the sldNum placeholder); its text is PowerPoint's stand-in ‹#›. */
  number: TextBox;
  /** The date (the dt placeholder): empty, or the outline's date; shown only when someone turns it on. */
  date: TextBox;
  /** Which of them content slides show: the footer text when there is one, the number when the template numbers pages. */
  shown: { text: boolean; number: boolean };
}

/**
 * The footer row: text on the left, page number on the right, as the ftr and sldNum
 * placeholders (Insert ▸ Header & Footer turns them on and off), and a date placeholder.
 * Layouts and the master always have all three, so that Header & Footer can turn on what the
 * template leaves off; slides show only what the template asks for.
 */
export function footerBoxes(ctx: LayoutContext): FooterBoxes {
  const c = ctx.colors;
  const footerText = fillPlaceholders(ctx.theme.footer.text, ctx.fields);
  const y = emu(ctx.height - FOOTER_TOP_FROM_BOTTOM);
  const numberW = pt(60);
  const font = ctx.fonts.body;
  const [min, max] = ctx.theme.type.footer;
  const range: [number, number] = [min, Math.min(max, min + 1)];
  const left = emu(ctx.margin + logoReserve(ctx, 'content', 'bottom-left'));
  const dateW = pt(120);
  const numberX = emu(ctx.width - ctx.margin - numberW - logoReserve(ctx, 'content', 'bottom-right'));
  const w = emu(numberX - dateW - pt(12) - left);
  const text = fitTextBox(ctx, 'footer', [{ text: footerText, font, color: c.muted, maxLines: 1 }], { w, h: pt(30) }, { range, lineRatio: 1.2, what: WHAT.footer, pos: ctx.locate(['footer']) });
  Object.assign(text, { x: left, y, h: pt(30), placeholder: { type: 'ftr', idx: 11 } });
  // measured for four digits; the field shows each slide's own number (‹#› is PowerPoint's stand-in)
  const number = fitTextBox(ctx, 'footer', [{ text: '0000', font, color: c.muted, align: 'right', maxLines: 1 }], { w: numberW, h: pt(30) }, { range: [min, min], lineRatio: 1.2, what: WHAT.pageNumber, nowrap: true });
  setText(number, '‹#›');
  Object.assign(number, { x: numberX, y, h: pt(30), field: 'slidenum', placeholder: { type: 'sldNum', idx: 12 } });
  // the date, left of the page number: shown only when someone turns it on
  const dateText = ctx.fields.date ?? '';
  const date = fitTextBox(ctx, 'footer', [{ text: dateText, font, color: c.muted, align: 'right', maxLines: 1 }], { w: dateW }, { range: [min, min], lineRatio: 1.2, what: WHAT.date, nowrap: true });
  Object.assign(date, { x: emu(numberX - dateW), y, h: pt(30), placeholder: { type: 'dt', idx: 10 } });
  return { text, number, date, shown: { text: footerText !== '', number: ctx.theme.footer.pageNumbers } };
}

/** Replaces the text of a one-run box (the page number: ‹#› on layouts, the slide's number on slides). */
export function setText(box: TextBox, text: string): void {
  for (const p of box.paragraphs) for (const l of p.lines) for (const r of l.runs) r.text = text;
}
