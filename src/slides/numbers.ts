/**
 * `type: numbers` — key figures on cards, in one or two rows (2–6 figures); a single figure
 * takes the hero layout of `type: number`. The figures share one size and, within a row, one
 * baseline; the slide sits on the title-only layout 关键数字 (Key Figures).
 */
import * as z from 'zod/mini';
import { both } from '../core/catalogue/define.js';
import { SLIDES } from '../core/catalogue/outline.js';
import { titleBoxes } from '../layout/frame/chrome.js';
import { described, NumberItemSchema } from './fields.js';
import { checkFigure, figuresIn } from './figure-rules.js';
import { numbersBoxes } from './figure-cards.js';
import { defineSlideType, slideSchema, type SlideType } from './slide-type.js';

export const MAX_FIGURES = 6;

export const NumbersSlideSchema = slideSchema('numbers', {
  numbers: described(z.array(NumberItemSchema).check(z.minLength(1), z.maxLength(MAX_FIGURES)), `Key figures, 1–${MAX_FIGURES}.`),
});
export type NumbersSlide = z.infer<typeof NumbersSlideSchema>;

export const numbersType: SlideType<NumbersSlide> = defineSlideType<NumbersSlide>({
  name: 'numbers',
  summary: `Key figures on cards, 1–${MAX_FIGURES}, each with a unit, a label and a detail.`,
  schema: NumbersSlideSchema,
  roles: {
    figure: {
      limits: [36, 120],
      default: [54, 96],
      uses: 'key figures, several on a slide',
      contrast: [{ on: ['figure', 'card'], bold: true, what: 'key figures on their cards' }],
    },
    // larger than labels: a change is part of the figure's message (同比增长6.1%)
    change: {
      limits: [16, 48],
      default: [18, 28],
      uses: 'a figure’s change under it (同比增长6.1%); on a number slide up to 1.5 times the largest',
      contrast: [
        { on: ['up', 'card'], what: 'rises on their cards' },
        { on: ['down', 'card'], what: 'falls on their cards' },
        { on: ['up', 'background'], what: 'rises on the slide ground' },
        { on: ['down', 'background'], what: 'falls on the slide ground' },
      ],
    },
  },
  layout: { key: 'figures', name: { zh: '关键数字', en: 'Key Figures' }, type: 'titleOnly' },
  untitled: (slide, lang) => slide.numbers.map((n) => n.label).join(lang === 'en' ? ', ' : '、'),
  figures: (slide, path) => figuresIn(slide.numbers, [...path, 'numbers']),
  texts: (slide, path) => (typeof slide.title === 'string' ? [{ text: slide.title, path: [...path, 'title'] }] : []),
  check: (slide, path, c) => figuresIn(slide.numbers, [...path, 'numbers']).flatMap((f) => checkFigure(f, c)),
  explain(key, issue, input) {
    if (key === 'numbers' && issue.code === 'too_big') {
      return { message: both(SLIDES.tooManyFigures, { count: Array.isArray(input) ? input.length : undefined, max: MAX_FIGURES }), hint: both(SLIDES.splitSlide, {}) };
    }
    return undefined;
  },
  draw: (ctx, slide, path) => [
    ...titleBoxes(ctx, slide.title, ctx.locate([...path, 'title']), numbersType.untitled(slide, ctx.lang)),
    ...numbersBoxes(
      ctx,
      slide.numbers.map((item, k) => ({ item, path: [...path, 'numbers', k] })),
    ),
  ],
});
