/** A titled list of points (and one level of sub-points), fitted as one block. */
import { emu } from '../../core/units.js';
import type { PointsSlide } from '../../outline/schema.js';
import type { TextSpec } from '../fit.js';
import { fitTextBox, pt, type LayoutContext } from '../context.js';
import type { Box } from '../model.js';
import { contentBottom, contentTop } from './chrome.js';

export function pointsBoxes(ctx: LayoutContext, slide: PointsSlide, path: (string | number)[]): Box[] {
  const c = ctx.theme.colors;
  const t = ctx.theme.type;
  const font = ctx.theme.fonts.body;
  const specs: TextSpec[] = [];
  slide.points.forEach((p, i) => {
    const text = typeof p === 'string' ? p : p.text;
    const textPath = typeof p === 'string' ? [...path, 'points', i] : [...path, 'points', i, 'text'];
    specs.push({ text, markup: true, font, color: c.text, emphasisColor: c.emphasis, bullet: { char: '■', color: c.primary, scale: 0.5 }, source: ctx.locate(textPath) });
    if (typeof p !== 'string') {
      p.sub?.forEach((s, k) => {
        specs.push({
          text: s,
          markup: true,
          font,
          color: c.text,
          emphasisColor: c.emphasis,
          bullet: { char: '–', color: c.muted, scale: 1 },
          indentEm: 1.3,
          relative: { ratio: 0.82, range: t.subPoint },
          gapRatio: 0.25,
          source: ctx.locate([...path, 'points', i, 'sub', k]),
        });
      });
    }
  });
  const top = contentTop();
  const bottom = contentBottom(ctx);
  const where = ctx.locate([...path, 'points']);
  const box = fitTextBox(ctx, 'point', specs, { w: emu(ctx.width - 2 * ctx.margin), h: emu(bottom - top) }, { lineRatio: 1.3, gapRatio: 0.6, what: `the list of ${slide.points.length} points`, source: where });
  box.x = ctx.margin;
  // a short list breathes: part of the free height goes between the points (up to a line)
  const tops = box.paragraphs.map((p, i) => ({ p, i })).filter(({ p, i }) => i > 0 && p.bullet?.char === '■');
  const free = (bottom - top - box.h) / pt(1);
  if (tops.length && free > 0) {
    const size = box.paragraphs[0]!.lines[0]?.runs[0]?.size ?? t.point[0];
    const extra = Math.min(size * 0.5, (free * 0.5) / tops.length);
    for (const { p } of tops) p.spaceBefore = Math.round((p.spaceBefore + extra) * 100) / 100;
    box.h = emu(box.h + pt(extra * tops.length));
  }
  // and sits a little above the middle of the free space, not glued to the title
  box.y = emu(top + Math.max(0, (bottom - top - box.h) * 0.4));
  return [box];
}
