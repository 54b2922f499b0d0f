/**
 * The furniture of content slides: the title with its bar or rule, the footer with the
 * page number, and the logo where the template puts it.
 */
import { mix } from '../../core/color.js';
import type { SourcePos } from '../../core/errors.js';
import { emu, type Emu } from '../../core/units.js';
import type { SlideRole } from '../../template/schema.js';
import { fillPlaceholders, fitTextBox, line, pt, rect, type LayoutContext } from '../context.js';
import type { Box, ImageBox } from '../model.js';

/** Top of the content area on content slides (below the title zone). */
export function contentTop(): Emu {
  return pt(124);
}
/** Bottom of the content area (above the footer). */
export function contentBottom(ctx: LayoutContext): Emu {
  return emu(ctx.height - pt(52));
}

export function logoBox(ctx: LayoutContext, role: SlideRole): ImageBox | undefined {
  const logo = ctx.theme.logo;
  if (!logo || !logo.slides.includes(role)) return undefined;
  const inset = pt(22);
  const right = logo.position.endsWith('right');
  const bottom = logo.position.startsWith('bottom');
  return {
    kind: 'image',
    name: '',
    image: logo.image,
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

export function titleBoxes(ctx: LayoutContext, title: string, source?: SourcePos): Box[] {
  const c = ctx.theme.colors;
  const boxes: Box[] = [];
  const bar = ctx.theme.decor.titleBar === 'bar';
  const x = bar ? emu(ctx.margin + pt(16)) : emu(ctx.margin - pt(4));
  const w = emu(ctx.width - x - ctx.margin - logoReserve(ctx, 'content', 'top-right'));
  const box = fitTextBox(
    ctx,
    'title',
    [{ text: title, font: ctx.theme.fonts.heading, color: c.primary, bold: true, balance: true, maxLines: 2, ...(source ? { source } : {}) }],
    { w, h: TITLE_ZONE.h },
    { lineRatio: 1.2, what: 'the slide title', ...(source ? { source } : {}) },
  );
  box.x = x;
  // centred in its zone, so content starts at the same height on every slide
  box.y = emu(TITLE_ZONE.top + Math.max(0, (TITLE_ZONE.h - box.h) / 2));
  if (bar) boxes.push(rect({ x: ctx.margin, y: emu(box.y + box.insets.t), w: pt(7), h: emu(box.h - box.insets.t - box.insets.b) }, c.primary));
  boxes.push(box);
  return boxes;
}

const TITLE_ZONE = { top: pt(22), h: pt(82) };

/**
 * What every content slide shares, written once as a slide layout: the rule under the title
 * zone (not on a slide without a title), the footer, the page number and the logo.
 */
export function contentLayout(ctx: LayoutContext, withRule: boolean): Box[] {
  const c = ctx.theme.colors;
  const boxes: Box[] = [];
  if (withRule) {
    const y = emu(TITLE_ZONE.top + TITLE_ZONE.h + pt(8));
    boxes.push(
      ctx.theme.decor.titleBar === 'bar'
        ? line(ctx.margin, y, emu(ctx.width - ctx.margin), y, mix(c.muted, c.background, 0.75), pt(0.75))
        : line(ctx.margin, y, emu(ctx.width - ctx.margin), y, c.primary, pt(1.5)),
    );
  }
  boxes.push(...footerBoxes(ctx));
  const logo = logoBox(ctx, 'content');
  if (logo) boxes.push(logo);
  return boxes;
}

function footerBoxes(ctx: LayoutContext): Box[] {
  const c = ctx.theme.colors;
  const boxes: Box[] = [];
  const text = fillPlaceholders(ctx.theme.footer.text, ctx.fields);
  const y = emu(ctx.height - pt(40));
  const numberW = pt(60);
  const font = ctx.theme.fonts.body;
  const [min, max] = ctx.theme.type.footer;
  const range: [number, number] = [min, Math.min(max, min + 1)];
  if (text) {
    const w = emu(ctx.width - 2 * ctx.margin - numberW - pt(12) - logoReserve(ctx, 'content', 'bottom-left') - logoReserve(ctx, 'content', 'bottom-right'));
    const box = fitTextBox(ctx, 'footer', [{ text, font, color: c.muted, maxLines: 1 }], { w, h: pt(30) }, { range, lineRatio: 1.2, what: 'the footer text', pos: ctx.locate(['footer']) });
    box.x = emu(ctx.margin + logoReserve(ctx, 'content', 'bottom-left'));
    box.y = y;
    boxes.push(box);
  }
  if (ctx.theme.footer.pageNumbers) {
    // measured for three digits; the field shows each slide's own number (‹#› is PowerPoint's stand-in)
    const box = fitTextBox(ctx, 'footer', [{ text: '000', font, color: c.muted, align: 'right', maxLines: 1 }], { w: numberW, h: pt(30) }, { range: [min, min], lineRatio: 1.2, what: 'the page number', nowrap: true });
    for (const p of box.paragraphs) for (const l of p.lines) for (const r of l.runs) r.text = '‹#›';
    box.x = emu(ctx.width - ctx.margin - numberW - logoReserve(ctx, 'content', 'bottom-right'));
    box.y = y;
    box.field = 'slidenum';
    boxes.push(box);
  }
  return boxes;
}
