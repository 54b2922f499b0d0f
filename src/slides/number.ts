/**
 * `type: number` — one hero figure, large and centred, with its label and detail; with `of`, a
 * progress bar shows the share (the only number briefdeck computes). Sits on numbers' layout.
 */
import * as z from 'zod/mini';
import { titleBoxes } from '../layout/frame/chrome.js';
import { described, FIGURE_KEYS } from './fields.js';
import { checkFigure } from './figure-rules.js';
import { heroBoxes } from './figure-cards.js';
import { defineSlideType, slideSchema, type SlideType } from './slide-type.js';

export const NumberSlideSchema = slideSchema('number', {
  ...FIGURE_KEYS,
  of: z.optional(described(z.number().check(z.positive()), 'A total: draws the share value/of as a progress bar.')),
});
export type NumberSlide = z.infer<typeof NumberSlideSchema>;

export const numberType: SlideType<NumberSlide> = defineSlideType<NumberSlide>({
  name: 'number',
  summary: 'One hero figure with its label and detail; with `of`, a progress bar of the share.',
  schema: NumberSlideSchema,
  roles: {
    heroFigure: {
      limits: [54, 180],
      default: [72, 138],
      uses: 'a single key figure',
      contrast: [{ on: ['figure', 'card'], bold: true, what: 'key figures on their cards' }],
    },
  },
  layout: 'figures',
  untitled: (slide) => slide.label,
  figures: (slide, path) => [{ keys: slide, path }],
  texts: (slide, path) => (typeof slide.title === 'string' ? [{ text: slide.title, path: [...path, 'title'] }] : []),
  check: (slide, path, c) => checkFigure({ keys: slide, path }, c),
  draw: (ctx, slide, path) => [...titleBoxes(ctx, slide.title, ctx.locate([...path, 'title']), numberType.untitled(slide, ctx.lang)), ...heroBoxes(ctx, slide, path)],
});
