/**
 * A picture beside a list: a points slide's optional `picture` takes the right part of the
 * content area (SIDE_SHARE of its width), the points keep the rest and stay in their body
 * placeholder, narrowed, so they are still the slide's outline. The picture is `contain` by
 * default (the whole of it shown, aspect kept), at the top like the list, with an optional
 * caption under it.
 */
import * as z from 'zod/mini';
import { emu } from '../core/units.js';
import type { Box, Rect } from '../deck/model.js';
import { pt, type LayoutContext } from '../layout/context.js';
import { PICTURE_KEYS, fitKey, pictureWithCaption, type Fit } from './picture.js';
import type { Path } from './slide-type.js';

export const SidePictureSchema = z.strictObject({ ...PICTURE_KEYS, fit: fitKey('contain') });
export type SidePicture = z.infer<typeof SidePictureSchema>;

/** The picture's share of the content area's width. */
export const SIDE_SHARE = 0.4;
/** Space between the list and the picture. */
const GAP = pt(24);

/** The content area split: the list on the left, the picture on the right. */
export function splitForPicture(area: Rect): { text: Rect; picture: Rect } {
  const pw = Math.round(area.w * SIDE_SHARE);
  return {
    text: { ...area, w: emu(area.w - pw - GAP) },
    picture: { ...area, x: emu(area.x + area.w - pw), w: emu(pw) },
  };
}

/** The picture and its caption in the picture's part of the area; `path` is the `picture:` key's. */
export function sidePictureBoxes(ctx: LayoutContext, picture: SidePicture, path: Path, area: Rect): Box[] {
  const image = ctx.picture([...path, 'image']);
  if (!image) throw new Error(`points slide: ${picture.image} was not read before layout`);
  const fit: Fit = picture.fit ?? 'contain';
  return pictureWithCaption(ctx, { image, alt: picture.alt, fit, caption: picture.caption, captionAt: ctx.locate([...path, 'caption']) }, area, 'top');
}
