/**
 * What the slide types that show pictures share (image, photos, a points slide's picture):
 * the keys of a picture, and how one is placed in its box. `contain` shows the whole picture,
 * its aspect kept, centred in the box (bands beside or above it); `cover` fills the box and
 * cuts what overhangs equally from both sides (a:srcRect), never stretching it. The picture's
 * aspect is its pixel aspect (the file's own, checked before layout: outline/pictures.ts).
 */
import * as z from 'zod/mini';
import { WHAT } from '../core/catalogue/layout.js';
import type { SourcePos } from '../core/errors.js';
import { emu } from '../core/units.js';
import type { ImageAsset, ImageBox, Rect, TextBox } from '../deck/model.js';
import { fitTextBox, pt, type LayoutContext } from '../layout/context.js';
import { described, optionalText, text } from './fields.js';
import type { Path } from './slide-type.js';

export const FITS = ['contain', 'cover'] as const;
export type Fit = (typeof FITS)[number];

/** Longest a picture's path may be written. */
const MAX_PATH = 1000;

export const fitKey = (fallback: Fit) =>
  z.optional(
    described(
      z.enum(FITS),
      `contain: the whole picture, its aspect kept, with bands beside or above it; cover: fills its place, the overhang cut off equally on both sides (never stretched). Default: ${fallback}.`,
    ),
  );

/** The keys of one picture: its file, its alt text, a caption line. */
export const PICTURE_KEYS = {
  image: text('A PNG or JPEG file, relative to the outline’s folder (and inside it, unless built with --allow-outside).', MAX_PATH),
  alt: text('What the picture shows, in one sentence, for screen readers (its alt text). Required.'),
  caption: optionalText('A line under the picture.'),
};

/** The path of a picture's `image:` value, when the object at `path` has one (from the data as written). */
export function picturePath(v: unknown, path: Path): Path[] {
  return v && typeof v === 'object' && !Array.isArray(v) && 'image' in v ? [[...path, 'image']] : [];
}

/** Where a picture goes in `box`: its rectangle, and what is cut off for `cover`. */
export function placePicture(image: Pick<ImageAsset, 'widthPx' | 'heightPx'>, box: Rect, fit: Fit): { rect: Rect; crop?: ImageBox['crop'] } {
  const aspect = image.widthPx / image.heightPx;
  const boxAspect = box.w / box.h;
  if (fit === 'contain') {
    const w = aspect >= boxAspect ? box.w : box.h * aspect;
    const h = aspect >= boxAspect ? box.w / aspect : box.h;
    return { rect: { x: emu(box.x + (box.w - w) / 2), y: emu(box.y + (box.h - h) / 2), w: emu(w), h: emu(h) } };
  }
  // cover: the share of the picture's width (or height) that shows, the rest cut equally off both sides
  const wide = aspect > boxAspect;
  const cut = Math.round(((1 - (wide ? boxAspect / aspect : aspect / boxAspect)) / 2) * 100000);
  const rect = { x: box.x, y: box.y, w: box.w, h: box.h };
  if (cut <= 0) return { rect };
  return { rect, crop: wide ? { l: cut, t: 0, r: cut, b: 0 } : { l: 0, t: cut, r: 0, b: cut } };
}

/** The picture's box (content, not decorative: its alt text is written as p:cNvPr descr). */
export function pictureBox(image: ImageAsset, alt: string, box: Rect, fit: Fit): ImageBox {
  const { rect, crop } = placePicture(image, box, fit);
  return { kind: 'image', name: 'picture', image, alt, ...rect, ...(crop ? { crop } : {}) };
}

/** Caption lines: the detail role in the muted colour, centred, at most two lines. */
export function captionBox(ctx: LayoutContext, caption: string, w: number, source: SourcePos, range?: readonly [number, number]): TextBox {
  return fitTextBox(
    ctx,
    'detail',
    [{ text: caption, font: ctx.fonts.body, color: ctx.colors.muted, align: 'center', maxLines: 2, source }],
    { w: emu(w), h: pt(64) },
    { lineRatio: 1.25, what: WHAT.pictureCaption, source, ...(range ? { range } : {}) },
  );
}

/** Space between a picture and its caption. */
export const CAPTION_GAP = pt(6);

/** The size a fitted caption was set in. */
export function captionSize(box: TextBox): number {
  return box.paragraphs[0]?.lines[0]?.runs[0]?.size ?? 0;
}

/**
 * A picture with its caption under it, in `area`: the caption fitted first, the picture in
 * what is left; with `contain` the caption follows the picture's lower edge, the two centred
 * together in the area, or at its top (beside a list, which starts there).
 */
export function pictureWithCaption(
  ctx: LayoutContext,
  pic: { image: ImageAsset; alt: string; fit: Fit; caption?: string | undefined; captionAt?: SourcePos },
  area: Rect,
  valign: 'middle' | 'top' = 'middle',
): (ImageBox | TextBox)[] {
  const cap = pic.caption && pic.captionAt ? captionBox(ctx, pic.caption, area.w, pic.captionAt) : undefined;
  const room = cap ? cap.h + CAPTION_GAP : 0;
  const box: Rect = { x: area.x, y: area.y, w: area.w, h: emu(area.h - room) };
  const picture = pictureBox(pic.image, pic.alt, box, pic.fit);
  // contain: picture and caption as one block (no letterbox gap between them), centred or at the top
  if (pic.fit === 'contain') picture.y = valign === 'top' ? area.y : emu(area.y + (area.h - picture.h - room) / 2);
  if (!cap) return [picture];
  Object.assign(cap, { x: area.x, y: emu(picture.y + picture.h + CAPTION_GAP), w: area.w });
  return [picture, cap];
}
