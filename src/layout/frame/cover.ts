/**
 * The cover: title and subtitle in the title slide layout's placeholders, organisation and
 * date under them, in one of the template's cover designs. The design's fixed shapes (band,
 * strip, rule) belong to the layout; a slide adds only what depends on its text.
 */
import { WHAT } from '../../core/catalogue/layout.js';
import { emu, type Emu } from '../../core/units.js';
import { contrastNeed, fitTextBox, insetsFor, line, pt, readableOn, rect, type LayoutContext } from '../context.js';
import type { Box, Color, Rect } from '../../deck/model.js';
import { darker } from '../palette.js';

/** Left edge of the cover's text. */
function textX(ctx: LayoutContext): Emu {
  return emu(ctx.margin + pt(24));
}

/** Bottom of the title: it grows upwards from here. */
function titleBottom(ctx: LayoutContext): Emu {
  return ctx.theme.decor.cover === 'band' ? emu(bandHeight(ctx) - pt(30)) : emu(ctx.height * 0.52);
}

function bandHeight(ctx: LayoutContext): Emu {
  return emu(ctx.height * 0.6);
}

const TITLE_H = pt(170);
const SUBTITLE_H = pt(90);

/** Where the cover's title and subtitle placeholders are (full width; a slide with the panel narrows its title). */
export function coverRects(ctx: LayoutContext): { title: Rect; subtitle: Rect } {
  const x = textX(ctx);
  const w = emu(ctx.width - 2 * x);
  const bottom = titleBottom(ctx);
  const subTop = emu(bottom + pt(ctx.theme.decor.cover === 'band' ? 44 : 16 + 22));
  return { title: { x, y: emu(bottom - TITLE_H), w, h: TITLE_H }, subtitle: { x, y: subTop, w, h: SUBTITLE_H } };
}

/** The colours of the cover's texts, readable on the ground they stand on. */
export function coverColors(ctx: LayoutContext): { title: Color; subtitle: (size: number) => Color; meta: Color } {
  const c = ctx.colors;
  const design = ctx.theme.decor.cover;
  const ground = ctx.palette.of(ctx.theme.backgrounds.cover.color);
  const titleGround = design === 'band' ? c.primary : ground;
  return {
    title: readableOn(titleGround, design === 'plain' ? c.primary : c.onPrimary, [c.onPrimary, c.text, c.primary], 4.5),
    // the accent colour only where the text is large enough for its contrast
    subtitle: (size: number) => readableOn(ground, design === 'solid' ? c.accent : c.primary, [c.onPrimary, c.text, c.primary], contrastNeed(size)),
    meta: readableOn(ground, design === 'solid' ? c.onPrimary : c.muted, [c.onPrimary, c.text], 4.5),
  };
}

/** The design's fixed shapes, drawn by the layout under every cover. */
export function coverDecor(ctx: LayoutContext): Box[] {
  const c = ctx.colors;
  const design = ctx.theme.decor.cover;
  const boxes: Box[] = [];
  if (design === 'band') boxes.push(rect({ x: emu(0), y: emu(0), w: ctx.width, h: bandHeight(ctx) }, c.primary));
  if (design !== 'band') {
    const { title } = coverRects(ctx);
    boxes.push(rect({ x: emu(title.x + insetsFor(ctx.theme.type.coverTitle[1]).l), y: emu(titleBottom(ctx) + pt(16)), w: pt(96), h: pt(4) }, design === 'plain' ? c.primary : c.accent));
  }
  if (design === 'solid') boxes.push(rect({ x: emu(0), y: emu(ctx.height - pt(14)), w: ctx.width, h: pt(14) }, c.accent));
  if (design === 'plain') boxes.push(line(ctx.margin, emu(ctx.height - pt(40)), emu(ctx.width - ctx.margin), emu(ctx.height - pt(40)), c.primary, pt(1)));
  return boxes;
}

/** A deeper shade over the right of the slide, edged with an accent line: depth without pictures. */
export function solidPanel(ctx: LayoutContext, x: Emu): Box[] {
  const c = ctx.colors;
  return [rect({ x, y: emu(0), w: emu(ctx.width - x), h: ctx.height }, darker(c.primary, 0.14)), rect({ x, y: emu(0), w: pt(5), h: ctx.height }, c.accent)];
}

/** What the cover shows: the outline's title, subtitle and organisation. */
export interface CoverText {
  title: string;
  subtitle?: string | undefined;
  organization?: string | undefined;
}

export function coverBoxes(ctx: LayoutContext, outline: CoverText, date: string | undefined): Box[] {
  const th = ctx.theme;
  const design = th.decor.cover;
  const colors = coverColors(ctx);
  const rects = coverRects(ctx);
  const boxes: Box[] = [];
  const x = rects.title.x;
  // the solid design keeps the right third for a panel of a deeper shade, when the title
  // fits beside it; a long title takes the whole width instead
  const panelX = emu(ctx.width * 0.7);
  const titleSpec = { text: outline.title, font: ctx.fonts.heading, color: colors.title, bold: true, balance: true, display: true, maxLines: 2 };
  const quiet: LayoutContext = { ...ctx, diagnostics: [] };
  const narrow = emu(panelX - x - pt(36));
  fitTextBox(quiet, 'coverTitle', [titleSpec], { w: narrow, h: TITLE_H }, { lineRatio: 1.2, what: WHAT.deckTitle });
  if (outline.subtitle) fitTextBox(quiet, 'coverSubtitle', [{ ...titleSpec, text: outline.subtitle, bold: false, display: false }], { w: narrow, h: SUBTITLE_H }, { lineRatio: 1.25, what: WHAT.subtitle });
  const panel = design === 'solid' && quiet.diagnostics.length === 0;
  const w = panel ? narrow : rects.title.w;
  if (panel) boxes.push(...solidPanel(ctx, panelX));

  // an official title too long for two lines (关于…计划执行情况与…计划草案的报告) takes three, at the sizes that hold them
  const trial: LayoutContext = { ...ctx, diagnostics: [] };
  fitTextBox(trial, 'coverTitle', [titleSpec], { w, h: TITLE_H }, { lineRatio: 1.2, what: WHAT.deckTitle });
  const lines = trial.diagnostics.length ? 3 : 2;
  const titleBox = fitTextBox(ctx, 'coverTitle', [{ ...titleSpec, maxLines: lines, source: ctx.locate(['title']) }], { w, h: TITLE_H }, { lineRatio: 1.2, what: WHAT.deckTitle, source: ctx.locate(['title']), anchor: 'bottom' });
  Object.assign(titleBox, { x, y: rects.title.y, h: TITLE_H, placeholder: { type: 'ctrTitle' } });
  boxes.push(titleBox);

  let y = rects.subtitle.y;
  if (outline.subtitle) {
    const src = ctx.locate(['subtitle']);
    const [, max] = th.type.coverSubtitle;
    const spec = { text: outline.subtitle, font: ctx.fonts.body, color: colors.subtitle(max), balance: true, maxLines: 2, source: src };
    let box = fitTextBox(ctx, 'coverSubtitle', [spec], { w, h: SUBTITLE_H }, { lineRatio: 1.25, what: WHAT.subtitle, source: src });
    const size = box.paragraphs[0]?.lines[0]?.runs[0]?.size ?? max;
    const color = colors.subtitle(size);
    if (color !== spec.color) box = fitTextBox(ctx, 'coverSubtitle', [{ ...spec, color }], { w, h: SUBTITLE_H }, { lineRatio: 1.25, what: WHAT.subtitle, source: src });
    y = emu(y + box.h);
    Object.assign(box, { x, y: rects.subtitle.y, h: SUBTITLE_H, placeholder: { type: 'subTitle', idx: 1 } });
    boxes.push(box);
  }
  const meta = [outline.organization, date].filter(Boolean).join('　');
  if (meta) {
    const where = ctx.locate([outline.organization ? 'organization' : 'date']);
    const box = fitTextBox(ctx, 'coverMeta', [{ text: meta, font: ctx.fonts.body, color: colors.meta, maxLines: 1, source: where }], { w, h: pt(40) }, { lineRatio: 1.25, what: WHAT.organisationAndDate, source: where });
    box.x = x;
    box.y = emu(Math.max(y + pt(12), ctx.height - pt(68) - box.h));
    boxes.push(box);
  }
  return boxes;
}
