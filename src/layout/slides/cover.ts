/** The cover: title, subtitle, organisation and date, in one of the template's cover designs. */
import { mix } from '../../core/color.js';
import { emu, type Emu } from '../../core/units.js';
import type { Outline } from '../../outline/schema.js';
import { fitTextBox, line, pt, readableOn, rect, type LayoutContext } from '../context.js';
import type { Box } from '../model.js';
import { logoBox } from './chrome.js';

/** A deeper shade over the right of the slide, edged with an accent line: depth without pictures. */
export function solidPanel(ctx: LayoutContext, x: Emu): Box[] {
  const c = ctx.theme.colors;
  return [
    rect({ x, y: emu(0), w: emu(ctx.width - x), h: ctx.height }, mix(c.primary, '000000', 0.14)),
    rect({ x, y: emu(0), w: pt(5), h: ctx.height }, c.accent),
  ];
}

export function coverBoxes(ctx: LayoutContext, outline: Outline, date: string | undefined): Box[] {
  const th = ctx.theme;
  const c = th.colors;
  const design = th.decor.cover;
  const ground = th.backgrounds.cover.color;
  const boxes: Box[] = [];
  const x = emu(ctx.margin + pt(24));
  const fullW = emu(ctx.width - 2 * x);
  // the solid design keeps the right third for a panel of a deeper shade, when the title
  // fits beside it; a long title takes the whole width instead
  const panelX = emu(ctx.width * 0.7);
  const titleSpec = { text: outline.title, font: th.fonts.heading, color: c.onPrimary, bold: true, balance: true, maxLines: 2 };
  const quiet: LayoutContext = { ...ctx, diagnostics: [] };
  const narrow = emu(panelX - x - pt(36));
  fitTextBox(quiet, 'coverTitle', [titleSpec], { w: narrow, h: pt(170) }, { lineRatio: 1.2, what: 'the deck title' });
  if (outline.subtitle) fitTextBox(quiet, 'coverSubtitle', [{ ...titleSpec, text: outline.subtitle, bold: false }], { w: narrow, h: pt(90) }, { lineRatio: 1.25, what: 'the subtitle' });
  const panel = design === 'solid' && quiet.diagnostics.length === 0;
  const w = panel ? narrow : fullW;
  const bandH = emu(ctx.height * 0.6);
  // the title is drawn on the band (band design) or on the ground; the rest on the ground
  const titleGround = design === 'band' ? c.primary : ground;
  const titleColor = readableOn(titleGround, design === 'plain' ? c.primary : c.onPrimary, [c.onPrimary, c.text, c.primary], 4.5);
  const subColor = readableOn(ground, design === 'solid' ? c.accent : c.primary, [c.onPrimary, c.text, c.primary], 3);
  const metaColor = readableOn(ground, design === 'solid' ? c.onPrimary : c.muted, [c.onPrimary, c.text], 4.5);

  if (design === 'band') boxes.push(rect({ x: emu(0), y: emu(0), w: ctx.width, h: bandH }, c.primary));
  if (panel) boxes.push(...solidPanel(ctx, panelX));

  const titleBox = fitTextBox(
    ctx,
    'coverTitle',
    [{ text: outline.title, font: th.fonts.heading, color: titleColor, bold: true, balance: true, maxLines: 2, source: ctx.locate(['title']) }],
    { w, h: pt(170) },
    { lineRatio: 1.2, what: 'the deck title', source: ctx.locate(['title']) },
  );
  const titleBottom = design === 'band' ? emu(bandH - pt(30)) : emu(ctx.height * 0.52);
  titleBox.x = x;
  titleBox.y = emu(titleBottom - titleBox.h);
  boxes.push(titleBox);

  let y = emu(titleBottom + pt(design === 'band' ? 44 : 16));
  if (design !== 'band') {
    boxes.push(rect({ x: emu(x + titleBox.insets.l), y, w: pt(96), h: pt(4) }, design === 'plain' ? c.primary : c.accent));
    y = emu(y + pt(22));
  }
  if (outline.subtitle) {
    const box = fitTextBox(
      ctx,
      'coverSubtitle',
      [{ text: outline.subtitle, font: th.fonts.body, color: subColor, balance: true, maxLines: 2, source: ctx.locate(['subtitle']) }],
      { w, h: pt(90) },
      { lineRatio: 1.25, what: 'the subtitle', source: ctx.locate(['subtitle']) },
    );
    box.x = x;
    box.y = y;
    boxes.push(box);
    y = emu(y + box.h);
  }
  const meta = [outline.organization, date].filter(Boolean).join('　');
  if (meta) {
    const where = ctx.locate([outline.organization ? 'organization' : 'date']);
    const box = fitTextBox(ctx, 'coverMeta', [{ text: meta, font: th.fonts.body, color: metaColor, maxLines: 1, source: where }], { w, h: pt(40) }, { lineRatio: 1.25, what: 'the organisation and date line', source: where });
    box.x = x;
    box.y = emu(Math.max(y + pt(12), ctx.height - pt(68) - box.h));
    boxes.push(box);
  }
  if (design === 'solid') boxes.push(rect({ x: emu(0), y: emu(ctx.height - pt(14)), w: ctx.width, h: pt(14) }, c.accent));
  if (design === 'plain') boxes.push(line(ctx.margin, emu(ctx.height - pt(40)), emu(ctx.width - ctx.margin), emu(ctx.height - pt(40)), c.primary, pt(1)));
  const logo = logoBox(ctx, 'cover');
  if (logo) boxes.push(logo);
  return boxes;
}
