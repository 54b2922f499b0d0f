/**
 * `type: points` — a titled list of points (and one level of sub-points), fitted as one block,
 * in the body placeholder: points are level-1 paragraphs, sub-points level 2, so Tab and
 * Shift+Tab and screen readers see the outline. The list starts at the top of the content area.
 */
import * as z from 'zod/mini';
import { both } from '../core/catalogue/define.js';
import { WHAT } from '../core/catalogue/layout.js';
import { SLIDES } from '../core/catalogue/outline.js';
import type { SourcePos } from '../core/errors.js';
import type { Box, Rect, TextBox } from '../deck/model.js';
import { fitTextBox, pt, type LayoutContext } from '../layout/context.js';
import type { TextSpec } from '../layout/fit.js';
import { contentArea, titleBoxes } from '../layout/frame/chrome.js';
import { listBody } from '../layout/frame/layouts.js';
import { LIST_GAP, LIST_LINE, listStyles } from '../layout/frame/list.js';
import { pageTitle, paginate, warnContinued } from './paginate.js';
import { plainText } from '../layout/inline.js';
import { rangeOf } from '../layout/theme.js';
import { described, text } from './fields.js';
import { picturePath } from './picture.js';
import { SidePictureSchema, sidePictureBoxes, splitForPicture } from './side-picture.js';
import { defineSlideType, slideSchema, type Path, type SlidePage, type SlideText, type SlideType } from './slide-type.js';

/** Points on one slide at most; a longer list continues on the next (3–5 read best). */
export const POINTS_PER_SLIDE = 8;
/** Points in one list at most (over several slides). */
export const MAX_POINTS = 100;

export const PointSchema = z.union([
  text('A point. Inline **…** marks emphasis.'),
  z.strictObject({
    text: text('The point. Inline **…** marks emphasis.'),
    sub: z.optional(described(z.array(text('A sub-point.')).check(z.minLength(1), z.maxLength(6)), 'Sub-points, 1–6, one level only.')),
  }),
]);

export const PointsSlideSchema = slideSchema('points', {
  points: described(z.array(PointSchema).check(z.minLength(1), z.maxLength(MAX_POINTS)), `The points, 1–${MAX_POINTS} (3–5 read best); more than ${POINTS_PER_SLIDE}, or more than fit, continue on the next slide with （续）/(continued) and a warning.`),
  picture: z.optional(described(SidePictureSchema, 'A picture beside the points, in the right part of the slide: `image`, `alt`, optional `fit` and `caption`.')),
});
export type PointsSlide = z.infer<typeof PointsSlideSchema>;
export type Point = z.infer<typeof PointSchema>;

/** One point (with its sub-points) as the list's paragraphs, and where it is written. */
interface PlacedPoint {
  index: number;
  specs: TextSpec[];
}

function placedPoints(ctx: LayoutContext, slide: PointsSlide, path: Path): PlacedPoint[] {
  const styles = listStyles(ctx);
  return slide.points.map((p, i) => {
    const text = typeof p === 'string' ? p : p.text;
    const textPath = typeof p === 'string' ? [...path, 'points', i] : [...path, 'points', i, 'text'];
    const specs: TextSpec[] = [{ ...styles.point, text, source: ctx.locate(textPath) }];
    if (typeof p !== 'string') p.sub?.forEach((s, k) => specs.push({ ...styles.sub, text: s, source: ctx.locate([...path, 'points', i, 'sub', k]) }));
    return { index: i, specs };
  });
}

/** The list of `points` fitted as one block in `area`, problems reported into `ctx`. */
function listBox(ctx: LayoutContext, points: readonly PlacedPoint[], area: Rect, where: SourcePos): TextBox {
  return fitTextBox(ctx, 'point', points.flatMap((p) => p.specs), { w: area.w, h: area.h }, { lineRatio: LIST_LINE, gapRatio: LIST_GAP, what: WHAT.points(points.length), source: where });
}

/** Whether `points` fit `area` at some size of the range. */
export function listFits(ctx: LayoutContext, points: readonly PlacedPoint[], area: Rect, where: SourcePos): boolean {
  const quiet: LayoutContext = { ...ctx, diagnostics: [] };
  listBox(quiet, points, area, where);
  return quiet.diagnostics.length === 0;
}

function pointsBox(ctx: LayoutContext, points: readonly PlacedPoint[], area: Rect, where: SourcePos): Box {
  const box = listBox(ctx, points, area, where);
  // a short list breathes: part of the free height goes between the points (up to half a line)
  const tops = box.paragraphs.map((p, i) => ({ p, i })).filter(({ p, i }) => i > 0 && !p.level);
  const free = (area.h - box.h) / pt(1);
  if (tops.length && free > 0) {
    const size = box.paragraphs[0]!.lines[0]?.runs[0]?.size ?? rangeOf(ctx.theme, 'point')[0];
    const extra = Math.min(size * 0.5, (free * 0.5) / tops.length);
    for (const { p } of tops) p.spaceBefore = Math.round((p.spaceBefore + extra) * 100) / 100;
  }
  // the body placeholder's own place: the whole content area, the list at its top
  Object.assign(box, area, { placeholder: { type: 'obj', idx: 1 } });
  return box;
}

/**
 * The list on as many slides as it needs: one when it fits, else the fewest, split evenly,
 * each titled with （续）, and a warning at the first point moved on.
 */
function drawPages(ctx: LayoutContext, slide: PointsSlide, path: Path): SlidePage[] {
  // with a picture, the list keeps the left part of the content area (on every slide of it)
  const whole = contentArea(ctx);
  const split = slide.picture ? splitForPicture(whole) : undefined;
  const area = split?.text ?? whole;
  const where = ctx.locate([...path, 'points']);
  const all = placedPoints(ctx, slide, path);
  const pages = paginate(all, (page) => listFits(ctx, page, area, where), POINTS_PER_SLIDE);
  const title = slide.title ? plainText(slide.title) : pointsType.untitled(slide, ctx.lang);
  if (pages.length > 1) {
    const first = pages[1]![0]!;
    warnContinued(ctx, WHAT.points(all.length), all.length, pages.length, first.index + 1, pageTitle(ctx, title, 1), first.specs[0]!.source ?? where);
  }
  return pages.map((page, k) => {
    const shown = slide.title === undefined ? undefined : pageTitle(ctx, slide.title, k);
    const boxes = [...titleBoxes(ctx, shown, ctx.locate([...path, 'title']), pageTitle(ctx, title, k)), pointsBox(ctx, page, area, where)];
    // the picture stands beside the list's first slide
    if (k === 0 && split && slide.picture) boxes.push(...sidePictureBoxes(ctx, slide.picture, [...path, 'picture'], split.picture));
    return { title: pageTitle(ctx, title, k), boxes };
  });
}

export const pointsType: SlideType<PointsSlide> = defineSlideType<PointsSlide>({
  name: 'points',
  summary: `A list of points, each with up to 6 sub-points; ${POINTS_PER_SLIDE} on a slide at most, a longer list continues on the next.`,
  schema: PointsSlideSchema,
  layout: { key: 'content', name: { zh: '标题和内容', en: 'Title and Content' }, type: 'obj', body: listBody },
  untitled: (slide) => {
    const first = slide.points[0]!;
    return plainText(typeof first === 'string' ? first : first.text);
  },
  texts(slide, path) {
    const out: SlideText[] = [];
    const add = (v: unknown, p: Path) => typeof v === 'string' && out.push({ text: v, path: p });
    add(slide.title, [...path, 'title']);
    if (Array.isArray(slide.points)) {
      slide.points.forEach((pt: unknown, i) => {
        if (typeof pt === 'string') add(pt, [...path, 'points', i]);
        else if (pt && typeof pt === 'object') {
          const o = pt as Record<string, unknown>;
          add(o.text, [...path, 'points', i, 'text']);
          if (Array.isArray(o.sub)) o.sub.forEach((s, k) => add(s, [...path, 'points', i, 'sub', k]));
        }
      });
    }
    return out;
  },
  pictures: (slide, path) => picturePath(slide.picture, [...path, 'picture']),
  explain(key, issue, input) {
    if (key === 'points' && issue.code === 'too_big') {
      return { message: both(SLIDES.tooManyPoints, { count: Array.isArray(input) ? input.length : undefined, max: MAX_POINTS }), hint: both(SLIDES.splitSlide, {}) };
    }
    return undefined;
  },
  draw: (ctx, slide, path) => drawPages(ctx, slide, path)[0]!.boxes,
  drawPages,
});
