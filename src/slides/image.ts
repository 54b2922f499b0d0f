/**
 * `type: image` — one picture under the title, as large as the content area allows, with an
 * optional caption line under it. `fit: contain` (default) shows the whole picture, its aspect
 * kept; `cover` fills the area and crops the overhang, centred. The picture is content: its
 * `alt` is its description for screen readers. Sits on its own title-only layout 图片 (Picture).
 */
import * as z from 'zod/mini';
import type { Box } from '../deck/model.js';
import { contentArea, titleBoxes } from '../layout/frame/chrome.js';
import { plainText } from '../layout/inline.js';
import { PICTURE_KEYS, fitKey, pictureWithCaption, type Fit } from './picture.js';
import { defineSlideType, slideSchema, type SlideType } from './slide-type.js';

export const ImageSlideSchema = slideSchema('image', { ...PICTURE_KEYS, fit: fitKey('contain') });
export type ImageSlide = z.infer<typeof ImageSlideSchema>;

export const PICTURE_LAYOUT = { key: 'picture', name: { zh: '图片', en: 'Picture' }, type: 'titleOnly' } as const;

export const imageType: SlideType<ImageSlide> = defineSlideType<ImageSlide>({
  name: 'image',
  summary: 'One picture (PNG or JPEG) with its alt text and an optional caption, whole or filling the slide.',
  schema: ImageSlideSchema,
  layout: PICTURE_LAYOUT,
  untitled: (slide) => plainText(slide.caption ?? slide.alt),
  texts: (slide, path) => (typeof slide.title === 'string' ? [{ text: slide.title, path: [...path, 'title'] }] : []),
  pictures: (_slide, path) => [[...path, 'image']],
  draw(ctx, slide, path): Box[] {
    const image = ctx.picture([...path, 'image']);
    const title = titleBoxes(ctx, slide.title, ctx.locate([...path, 'title']), imageType.untitled(slide, ctx.lang));
    if (!image) throw new Error(`image slide: ${slide.image} was not read before layout`);
    const fit: Fit = slide.fit ?? 'contain';
    const pic = { image, alt: slide.alt, fit, caption: slide.caption, captionAt: ctx.locate([...path, 'caption']) };
    return [...title, ...pictureWithCaption(ctx, pic, contentArea(ctx))];
  },
});
