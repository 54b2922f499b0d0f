/**
 * A toy slide type, written by following docs/adding-a-slide-type.md from outside src/slides:
 * `type: steps`, two to five steps in a row of cards, with a text role of its own (`step`) and
 * its own PowerPoint layout (流程 / Steps). Registered by tests/slides/toy-type.test.ts.
 */
import * as z from 'zod/mini';
import { emu } from '../../src/core/units.js';
import type { Box } from '../../src/deck/model.js';
import { fitTextBox, pt, rect } from '../../src/layout/context.js';
import { contentArea, titleBoxes } from '../../src/layout/frame/chrome.js';
import { described, text } from '../../src/slides/fields.js';
import { defineSlideType, slideSchema, type SlideType } from '../../src/slides/slide-type.js';

export const StepsSlideSchema = slideSchema('steps', {
  steps: described(z.array(text('One step.')).check(z.minLength(2), z.maxLength(5)), 'The steps, 2–5.'),
});
export type StepsSlide = z.infer<typeof StepsSlideSchema>;

export const stepsType: SlideType<StepsSlide> = defineSlideType<StepsSlide>({
  name: 'steps',
  summary: 'Two to five steps in a row.',
  schema: StepsSlideSchema,
  roles: { step: { limits: [14, 32], default: [18, 24], uses: 'steps in a row', contrast: [{ on: ['text', 'card'], what: 'steps on their cards' }] } },
  layout: { key: 'steps', name: { zh: '流程', en: 'Steps' }, type: 'titleOnly' },
  untitled: (s, lang) => s.steps.join(lang === 'en' ? ', ' : '、'),
  texts: (s, path) => (typeof s.title === 'string' ? [{ text: s.title, path: [...path, 'title'] }] : []),
  explain: (key, issue, input) =>
    key === 'steps' && issue.code === 'too_big' ? { message: `${Array.isArray(input) ? input.length : 'too many'} steps; a row holds at most 5`, hint: 'split the steps over two slides' } : undefined,
  draw(ctx, s, path) {
    const area = contentArea(ctx);
    const gap = pt(16);
    const w = emu((area.w - gap * (s.steps.length - 1)) / s.steps.length);
    const boxes: Box[] = [...titleBoxes(ctx, s.title, ctx.locate([...path, 'title']), stepsType.untitled(s, ctx.lang))];
    s.steps.forEach((step, i) => {
      const x = emu(area.x + i * (w + gap));
      const src = ctx.locate([...path, 'steps', i]);
      const t = fitTextBox(ctx, 'step', [{ text: step, font: ctx.fonts.body, color: ctx.colors.text, align: 'center', balance: true, maxLines: 3, source: src }], { w, h: pt(140) }, { lineRatio: 1.25, what: `step ${i + 1}`, source: src, anchor: 'middle' });
      Object.assign(t, { x, y: area.y, h: pt(140) });
      boxes.push(rect({ x, y: area.y, w, h: pt(140) }, ctx.colors.card), t);
    });
    return boxes;
  },
});
