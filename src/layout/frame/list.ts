/**
 * The deck's list style, level by level: points (level 1, a square bullet) and sub-points
 * (level 2, a dash). The master's body style and the list placeholder of layouts are made from
 * it, and so is every list a slide type draws, so that text typed into any of them matches.
 */
import type { LayoutContext } from '../context.js';
import type { TextSpec } from '../fit.js';
import { rangeOf } from '../theme.js';

export function listStyles(ctx: LayoutContext): { point: Omit<TextSpec, 'text'>; sub: Omit<TextSpec, 'text'> } {
  const c = ctx.colors;
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
      relative: { ratio: 0.82, range: rangeOf(ctx.theme, 'subPoint') },
      gapRatio: 0.25,
      level: 1,
    },
  };
}

/** Line pitch of list text, and the space between points, as multiples of the size. */
export const LIST_LINE = 1.3;
export const LIST_GAP = 0.6;
