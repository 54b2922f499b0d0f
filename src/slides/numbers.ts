/**
 * `type: numbers` — key figures on cards, in one or two rows (2–6 figures); a single figure
 * takes the hero layout of `type: number`. The figures share one size and, within a row, one
 * baseline; the slide sits on the title-only layout 关键数字 (Key Figures).
 */
import * as z from 'zod/mini';
import { both } from '../core/catalogue/define.js';
import { SLIDES } from '../core/catalogue/outline.js';
import { WHAT } from '../core/catalogue/layout.js';
import type { LayoutContext } from '../layout/context.js';
import { titleBoxes } from '../layout/frame/chrome.js';
import { plainText } from '../layout/inline.js';
import { described, NumberItemSchema } from './fields.js';
import { checkFigure, figuresIn } from './figure-rules.js';
import { numbersBoxes, type PlacedFigure } from './figure-cards.js';
import { pageTitle, paginate, warnContinued } from './paginate.js';
import { defineSlideType, slideSchema, type Path, type SlidePage, type SlideType } from './slide-type.js';

/** Figures on one slide at most; more continue on the next slide. */
export const FIGURES_PER_SLIDE = 6;
/** Figures in one `numbers` list at most (over several slides). */
export const MAX_FIGURES = 60;

export const NumbersSlideSchema = slideSchema('numbers', {
  numbers: described(z.array(NumberItemSchema).check(z.minLength(1), z.maxLength(MAX_FIGURES)), `Key figures, 1–${MAX_FIGURES}; more than ${FIGURES_PER_SLIDE}, or more than fit, continue on the next slide with （续）/(continued) and a warning.`),
});
export type NumbersSlide = z.infer<typeof NumbersSlideSchema>;

export const numbersType: SlideType<NumbersSlide> = defineSlideType<NumbersSlide>({
  name: 'numbers',
  summary: `Key figures on cards, each with a unit, a label and a detail; ${FIGURES_PER_SLIDE} on a slide at most, more continue on the next.`,
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
  draw: (ctx, slide, path) => drawPages(ctx, slide, path)[0]!.boxes,
  drawPages,
});

/** The figures on as many slides as they need: six at most on each, split evenly, with a warning. */
function drawPages(ctx: LayoutContext, slide: NumbersSlide, path: Path): SlidePage[] {
  const all: PlacedFigure[] = slide.numbers.map((item, k) => ({ item, path: [...path, 'numbers', k] }));
  // by count only: a card whose label cannot fit is that label's problem (TEXT_OVERFLOW), not the list's
  const pages = paginate(all, () => true, FIGURES_PER_SLIDE);
  const title = slide.title ? plainText(slide.title) : numbersType.untitled(slide, ctx.lang);
  if (pages.length > 1) {
    const first = pages[1]![0]!;
    warnContinued(ctx, WHAT.figures(all.length), all.length, pages.length, all.indexOf(first) + 1, pageTitle(ctx, title, 1), ctx.locate(first.path));
  }
  return pages.map((page, k) => {
    const shown = slide.title === undefined ? undefined : pageTitle(ctx, slide.title, k);
    return { title: pageTitle(ctx, title, k), boxes: [...titleBoxes(ctx, shown, ctx.locate([...path, 'title']), pageTitle(ctx, title, k)), ...numbersBoxes(ctx, page)] };
  });
}
