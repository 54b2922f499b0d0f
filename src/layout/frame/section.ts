/**
 * A section divider: the big section number, a rule, and the title and subtitle in the
 * section header layout's title and body placeholders.
 */
import { WHAT } from '../../core/catalogue/layout.js';
import { emu, type Emu } from '../../core/units.js';
import { contrastNeed, fitTextBox, pt, readableOn, rect, type LayoutContext } from '../context.js';
import type { Box, Color, Rect, TextBox } from '../../deck/model.js';

const TITLE_H = pt(150);
const SUBTITLE_H = pt(100);

interface SectionGeometry {
  numberX: Emu;
  numberW: Emu;
  ruleX: Emu;
  textX: Emu;
  textW: Emu;
}

function geometry(ctx: LayoutContext, digits: number): SectionGeometry {
  const numberX = emu(ctx.margin + pt(36));
  const numberW = pt(ctx.theme.type.sectionNumber[1] * (0.62 * digits + 0.25));
  const ruleX = emu(numberX + numberW + pt(14));
  const textX = emu(ruleX + pt(30));
  return { numberX, numberW, ruleX, textX, textW: emu(ctx.width - textX - ctx.margin - pt(16)) };
}

/** Where the title and subtitle placeholders are for a one-line title with a subtitle. */
export function sectionRects(ctx: LayoutContext): { title: Rect; subtitle: Rect } {
  const g = geometry(ctx, 2);
  const top = emu(ctx.height / 2 - TITLE_H / 2);
  return { title: { x: g.textX, y: top, w: g.textW, h: TITLE_H }, subtitle: { x: g.textX, y: emu(top + TITLE_H + pt(8)), w: g.textW, h: SUBTITLE_H } };
}

export function sectionColors(ctx: LayoutContext): { number: Color; title: Color; subtitle: (size: number) => Color } {
  const c = ctx.colors;
  const ground = ctx.palette.of(ctx.theme.backgrounds.section.color);
  return {
    number: readableOn(ground, c.accent, [c.primary, c.onPrimary, c.text], 3),
    title: readableOn(ground, c.onPrimary, [c.primary, c.text], 4.5),
    subtitle: (size: number) => readableOn(ground, c.onPrimary, [c.text, c.primary], contrastNeed(size)),
  };
}

/** What a divider shows: the section's title and subtitle. */
export interface SectionText {
  title: string;
  subtitle?: string | undefined;
}

export function sectionBoxes(ctx: LayoutContext, section: SectionText, index: number): Box[] {
  const th = ctx.theme;
  const colors = sectionColors(ctx);
  const path = ['sections', index];
  const label = String(index + 1).padStart(2, '0');
  const g = geometry(ctx, label.length);
  const num = fitTextBox(ctx, 'sectionNumber', [{ text: label, font: ctx.fonts.figure, color: colors.number, bold: true, align: 'right', maxLines: 1 }], { w: g.numberW, h: pt(170) }, { lineRatio: 1.1, what: WHAT.sectionNumber, nowrap: true });
  const titleSrc = ctx.locate([...path, 'title']);
  const title = fitTextBox(ctx, 'sectionTitle', [{ text: section.title, font: ctx.fonts.heading, color: colors.title, bold: true, balance: true, display: true, maxLines: 2, source: titleSrc }], { w: g.textW, h: TITLE_H }, { lineRatio: 1.2, what: WHAT.sectionTitle, source: titleSrc });
  let sub: TextBox | undefined;
  if (section.subtitle) {
    const src = ctx.locate([...path, 'subtitle']);
    const spec = { text: section.subtitle, font: ctx.fonts.body, color: colors.subtitle(th.type.sectionSubtitle[1]), balance: true, maxLines: 2, source: src };
    sub = fitTextBox(ctx, 'sectionSubtitle', [spec], { w: g.textW, h: SUBTITLE_H }, { lineRatio: 1.25, what: WHAT.sectionSubtitle, source: src });
    const size = sub.paragraphs[0]?.lines[0]?.runs[0]?.size ?? 0;
    if (colors.subtitle(size) !== spec.color) sub = fitTextBox(ctx, 'sectionSubtitle', [{ ...spec, color: colors.subtitle(size) }], { w: g.textW, h: SUBTITLE_H }, { lineRatio: 1.25, what: WHAT.sectionSubtitle, source: src });
  }
  const stackH = title.h + (sub ? pt(8) + sub.h : 0);
  const blockH = Math.max(stackH, num.h);
  const top = emu((ctx.height - blockH) / 2);
  num.x = g.numberX;
  num.y = emu(top + (blockH - num.h) / 2);
  Object.assign(title, { x: g.textX, y: emu(top + (blockH - stackH) / 2), placeholder: { type: 'title' } });
  const boxes: Box[] = [num, rect({ x: g.ruleX, y: emu(top + pt(8)), w: pt(3), h: emu(blockH - pt(16)) }, colors.number), title];
  if (sub) {
    Object.assign(sub, { x: g.textX, y: emu(title.y + title.h + pt(8)), placeholder: { type: 'body', idx: 1 } });
    boxes.push(sub);
  }
  return boxes;
}
