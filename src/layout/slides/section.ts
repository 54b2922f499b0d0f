/** A section divider: the big section number, a rule, the title and subtitle. */
import { emu } from '../../core/units.js';
import type { Section } from '../../outline/schema.js';
import { fitTextBox, pt, readableOn, rect, type LayoutContext } from '../context.js';
import type { Box, TextBox } from '../model.js';
import { logoBox } from './chrome.js';

export function sectionBoxes(ctx: LayoutContext, section: Section, index: number): Box[] {
  const th = ctx.theme;
  const c = th.colors;
  const t = th.type;
  const ground = th.backgrounds.section.color;
  const path = ['sections', index];
  const numColor = readableOn(ground, c.accent, [c.primary, c.onPrimary, c.text], 3);
  const titleColor = readableOn(ground, c.onPrimary, [c.primary, c.text], 4.5);
  const subColor = readableOn(ground, c.onPrimary, [c.text, c.primary], 4.5);

  const x0 = emu(ctx.margin + pt(36));
  const label = String(index + 1).padStart(2, '0');
  const numW = pt(t.sectionNumber[1] * (0.62 * label.length + 0.25));
  const num = fitTextBox(ctx, 'sectionNumber', [{ text: label, font: th.fonts.figure, color: numColor, bold: true, align: 'right', maxLines: 1 }], { w: numW, h: pt(170) }, { lineRatio: 1.1, what: 'the section number', nowrap: true });
  const ruleX = emu(x0 + numW + pt(14));
  const textX = emu(ruleX + pt(30));
  const textW = emu(ctx.width - textX - ctx.margin - pt(16));
  const titleSrc = ctx.locate([...path, 'title']);
  const title = fitTextBox(ctx, 'sectionTitle', [{ text: section.title, font: th.fonts.heading, color: titleColor, bold: true, balance: true, maxLines: 2, source: titleSrc }], { w: textW, h: pt(150) }, { lineRatio: 1.2, what: 'the section title', source: titleSrc });
  let sub: TextBox | undefined;
  if (section.subtitle) {
    const src = ctx.locate([...path, 'subtitle']);
    sub = fitTextBox(ctx, 'sectionSubtitle', [{ text: section.subtitle, font: th.fonts.body, color: subColor, balance: true, maxLines: 2, source: src }], { w: textW, h: pt(100) }, { lineRatio: 1.25, what: 'the section subtitle', source: src });
  }
  const stackH = title.h + (sub ? pt(8) + sub.h : 0);
  const blockH = Math.max(stackH, num.h);
  const top = emu((ctx.height - blockH) / 2);
  num.x = x0;
  num.y = emu(top + (blockH - num.h) / 2);
  title.x = textX;
  title.y = emu(top + (blockH - stackH) / 2);
  const boxes: Box[] = [num, rect({ x: ruleX, y: emu(top + pt(8)), w: pt(3), h: emu(blockH - pt(16)) }, numColor), title];
  if (sub) {
    sub.x = textX;
    sub.y = emu(title.y + title.h + pt(8));
    boxes.push(sub);
  }
  const logo = logoBox(ctx, 'section');
  if (logo) boxes.push(logo);
  return boxes;
}
