/**
 * `type: photos` — two to four photos in a grid under the title: two side by side, three across,
 * four in two rows of two. Each has its alt text and may have a caption; the captions are set in
 * one size, the largest at which every one of them fits its cell (else TEXT_OVERFLOW at the
 * caption), and every cell keeps room for the tallest, so the pictures line up. `fit` is shared;
 * `cover` (default) fills every cell, cropping each photo around its centre.
 */
import * as z from 'zod/mini';
import type { SourcePos } from '../core/errors.js';
import { emu } from '../core/units.js';
import type { Box, Rect, TextBox } from '../deck/model.js';
import { pt } from '../layout/context.js';
import { contentArea, titleBoxes } from '../layout/frame/chrome.js';
import { plainText } from '../layout/inline.js';
import { described } from './fields.js';
import { PICTURE_LAYOUT } from './image.js';
import { CAPTION_GAP, PICTURE_KEYS, captionBox, captionSize, fitKey, picturePath, pictureBox, type Fit } from './picture.js';
import { defineSlideType, slideSchema, type SlideType } from './slide-type.js';

export const PhotoSchema = z.strictObject(PICTURE_KEYS);

export const PhotosSlideSchema = slideSchema('photos', {
  photos: described(z.array(PhotoSchema).check(z.minLength(2), z.maxLength(4)), 'The photos, 2–4: each `image`, `alt` and an optional `caption`.'),
  fit: fitKey('cover'),
});
export type PhotosSlide = z.infer<typeof PhotosSlideSchema>;

/** Space between cells. */
const GAP = pt(16);

/** Columns and rows of the grid of n photos. */
export function gridOf(n: number): { cols: number; rows: number } {
  return n === 4 ? { cols: 2, rows: 2 } : { cols: n, rows: 1 };
}

/** The cells of the grid in `area`: a row is never taller than its cells are wide (no tall slivers), the grid centred. */
export function photoCells(area: Rect, n: number, captionRoom: number): Rect[] {
  const { cols, rows } = gridOf(n);
  const w = (area.w - GAP * (cols - 1)) / cols;
  const h = Math.min((area.h - GAP * (rows - 1)) / rows, w + captionRoom);
  const top = area.y + (area.h - (h * rows + GAP * (rows - 1))) / 2;
  return Array.from({ length: n }, (_, i) => ({
    x: emu(area.x + (i % cols) * (w + GAP)),
    y: emu(top + Math.floor(i / cols) * (h + GAP)),
    w: emu(w),
    h: emu(h),
  }));
}

export const photosType: SlideType<PhotosSlide> = defineSlideType<PhotosSlide>({
  name: 'photos',
  summary: 'Two to four photos in a grid, each with its alt text and an optional caption.',
  schema: PhotosSlideSchema,
  layout: PICTURE_LAYOUT.key,
  untitled: (slide, lang) => slide.photos.map((p) => plainText(p.caption ?? p.alt)).join(lang === 'en' ? '; ' : '；'),
  texts: (slide, path) => (typeof slide.title === 'string' ? [{ text: slide.title, path: [...path, 'title'] }] : []),
  pictures: (slide, path) => (Array.isArray(slide.photos) ? slide.photos.flatMap((p, i) => picturePath(p, [...path, 'photos', i])) : []),
  draw(ctx, slide, path): Box[] {
    const title = titleBoxes(ctx, slide.title, ctx.locate([...path, 'title']), photosType.untitled(slide, ctx.lang));
    const area = contentArea(ctx);
    const fit: Fit = slide.fit ?? 'cover';
    const { cols } = gridOf(slide.photos.length);
    const cellW = (area.w - GAP * (cols - 1)) / cols;
    // captions: each fitted to its cell's width, then all set again at the smallest size any needed
    const at = (i: number): SourcePos => ctx.locate([...path, 'photos', i, 'caption']);
    const first = slide.photos.map((p, i) => (p.caption ? captionBox(ctx, p.caption, cellW, at(i)) : undefined));
    const sizes = first.flatMap((c) => (c ? [captionSize(c)] : []));
    const size = sizes.length ? Math.min(...sizes) : 0;
    const captions: (TextBox | undefined)[] = slide.photos.map((p, i) => (p.caption && first[i] && captionSize(first[i]) !== size ? captionBox(ctx, p.caption, cellW, at(i), [size, size]) : first[i]));
    const tallest = Math.max(0, ...captions.map((c) => c?.h ?? 0));
    const room = tallest ? tallest + CAPTION_GAP : 0;
    const cells = photoCells(area, slide.photos.length, room);
    const boxes: Box[] = [...title];
    slide.photos.forEach((p, i) => {
      const cell = cells[i]!;
      const image = ctx.picture([...path, 'photos', i, 'image']);
      if (!image) throw new Error(`photos slide: ${p.image} was not read before layout`);
      boxes.push(pictureBox(image, p.alt, { ...cell, h: emu(cell.h - room) }, fit));
      const cap = captions[i];
      if (cap) {
        Object.assign(cap, { x: cell.x, y: emu(cell.y + cell.h - room + CAPTION_GAP), w: cell.w });
        boxes.push(cap);
      }
    });
    return boxes;
  },
});
