/**
 * A titled list of points (and one level of sub-points), fitted as one block, in the body
 * placeholder: points are level-1 paragraphs, sub-points level 2, so Tab and Shift+Tab and
 * screen readers see the outline. The list starts at the top of the content area.
 */
import type { PointsSlide } from '../../outline/schema.js';
import type { TextSpec } from '../fit.js';
import { fitTextBox, pt, type LayoutContext } from '../context.js';
import type { Box, TextBox } from '../../deck/model.js';
import { contentArea } from './chrome.js';

/** The text styles of the list, level by level: the master's body style is made from these too. */
export function pointStyles(ctx: LayoutContext): { point: Omit<TextSpec, 'text'>; sub: Omit<TextSpec, 'text'> } {
  const c = ctx.colors;
  const t = ctx.theme.type;
  const font = ctx.fonts.body;
  return {
    point: { markup: true, font, color: c.text, emphasisColor: c.emphasis, bullet: { char: '■', color: c.primary, scale: 0.5 } },
    sub: {
      markup: true,
      font,
      color: c.text,
      emphasisColor: c.emphasis,
      bullet: { char: '–', color: c.muted, scale: 1 },
      indentEm: 1.3,
      relative: { ratio: 0.82, range: t.subPoint },
      gapRatio: 0.25,
      level: 1,
    },
  };
}

export const POINT_LINE = 1.3;
export const POINT_GAP = 0.6;

export function pointsBoxes(ctx: LayoutContext, slide: PointsSlide, path: (string | number)[]): Box[] {
  const t = ctx.theme.type;
  const styles = pointStyles(ctx);
  const specs: TextSpec[] = [];
  slide.points.forEach((p, i) => {
    const text = typeof p === 'string' ? p : p.text;
    const textPath = typeof p === 'string' ? [...path, 'points', i] : [...path, 'points', i, 'text'];
    specs.push({ ...styles.point, text, source: ctx.locate(textPath) });
    if (typeof p !== 'string') p.sub?.forEach((s, k) => specs.push({ ...styles.sub, text: s, source: ctx.locate([...path, 'points', i, 'sub', k]) }));
  });
  const area = contentArea(ctx);
  const where = ctx.locate([...path, 'points']);
  const box: TextBox = fitTextBox(ctx, 'point', specs, { w: area.w, h: area.h }, { lineRatio: POINT_LINE, gapRatio: POINT_GAP, what: `the list of ${slide.points.length} points`, source: where });
  // a short list breathes: part of the free height goes between the points (up to half a line)
  const tops = box.paragraphs.map((p, i) => ({ p, i })).filter(({ p, i }) => i > 0 && !p.level);
  const free = (area.h - box.h) / pt(1);
  if (tops.length && free > 0) {
    const size = box.paragraphs[0]!.lines[0]?.runs[0]?.size ?? t.point[0];
    const extra = Math.min(size * 0.5, (free * 0.5) / tops.length);
    for (const { p } of tops) p.spaceBefore = Math.round((p.spaceBefore + extra) * 100) / 100;
  }
  // the body placeholder's own place: the whole content area, the list at its top
  Object.assign(box, area, { placeholder: { type: 'obj', idx: 1 } });
  return [box];
}
