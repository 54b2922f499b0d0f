/**
 * Deck → .pptx parts with pptxgenjs (the only module that imports it). pptxgenjs writes the
 * package: slides, shapes, pictures, backgrounds, notes, masters, relationships. Text bodies
 * and notes are then replaced by the ones drawingml.ts writes from the Deck, and finish.ts
 * repairs the rest and zips once.
 */
import { readFileSync } from 'node:fs';
import PptxGenJS from 'pptxgenjs';
import { EMU_PER_INCH, EMU_PER_POINT, type Emu } from '../core/units.js';
import type { ImageAsset } from '../template/load.js';
import type { Box, Deck } from '../layout/model.js';
import { langAttrs, notesBodyXml, textBodyXml } from './drawingml.js';
import type { Parts } from './zip-parts.js';

const inch = (e: Emu) => e / EMU_PER_INCH;

/** Image bytes as the data URL pptxgenjs takes, read once per file. */
function dataUrl(image: ImageAsset, cache: Map<string, string>): string {
  let url = cache.get(image.path);
  if (!url) {
    url = `image/${image.kind};base64,${readFileSync(image.path).toString('base64')}`;
    cache.set(image.path, url);
  }
  return url;
}

export async function writePptxParts(deck: Deck): Promise<Parts> {
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: 'BRIEFDECK', width: inch(deck.width), height: inch(deck.height) });
  pptx.layout = 'BRIEFDECK';
  pptx.title = deck.title;
  if (deck.subtitle) pptx.subject = deck.subtitle;
  pptx.author = deck.organization ?? 'briefdeck';
  pptx.company = deck.organization ?? '';
  pptx.theme = { headFontFace: deck.theme.fonts.heading.latin, bodyFontFace: deck.theme.fonts.body.latin };
  const images = new Map<string, string>();
  // the boxes written as p:sp elements, per slide, in the order pptxgenjs writes them
  const shapeBoxes: Box[][] = [];

  for (const s of deck.slides) {
    const slide = pptx.addSlide();
    slide.background = s.background.image ? { data: dataUrl(s.background.image, images) } : { color: s.background.color };

    const shapes: Box[] = [];
    for (const b of s.boxes) {
      const pos = { x: inch(b.x), y: inch(b.y), w: inch(b.w), h: inch(b.h), objectName: b.name };
      if (b.kind === 'text') {
        // an empty shape; its text body is put in below (pptxgenjs cannot write the one we need)
        slide.addShape(pptx.ShapeType.rect, pos);

        shapes.push(b);
      } else if (b.kind === 'image') {
        slide.addImage({ ...pos, data: dataUrl(b.image, images), altText: b.name });
      } else {
        const opts: PptxGenJS.ShapeProps = { ...pos };
        if (b.fill) opts.fill = { color: b.fill };
        if (b.line) opts.line = { color: b.line.color, width: b.line.width / EMU_PER_POINT };
        if (b.shape === 'roundRect' && b.radius) opts.rectRadius = (b.radius * Math.min(inch(b.w), inch(b.h)));
        const shape = b.shape === 'line' ? pptx.ShapeType.line : b.shape === 'ellipse' ? pptx.ShapeType.ellipse : b.shape === 'roundRect' ? pptx.ShapeType.roundRect : pptx.ShapeType.rect;
        slide.addShape(shape, opts);
        shapes.push(b);
      }
    }
    slide.addNotes(s.notes || ' ');
    shapeBoxes.push(shapes);
  }

  const parts = (await pptx.write({ outputType: 'parts' } as unknown as PptxGenJS.WriteProps)) as unknown as Parts;

  deck.slides.forEach((s, i) => {
    const name = `ppt/slides/slide${i + 1}.xml`;
    const xml = parts.get(name) as string;
    const boxes = shapeBoxes[i]!;
    let k = 0;
    const replaced = xml.replace(/<p:sp>[\s\S]*?<\/p:sp>/g, (sp) => {
      const b = boxes[k++];
      if (b?.kind !== 'text') return sp;
      return sp.replace('<p:cNvSpPr/>', '<p:cNvSpPr txBox="1"/>').replace(/<\/p:spPr><\/p:sp>$/, `</p:spPr>${textBodyXml(b, deck.lang)}</p:sp>`);
    });
    if (k !== boxes.length) throw new Error(`pptx writer: slide ${i + 1} has ${k} shapes for ${boxes.length} boxes`);
    parts.set(name, replaced);
    const notesName = `ppt/notesSlides/notesSlide${i + 1}.xml`;
    const notes = parts.get(notesName) as string;
    // the notes placeholder's body is the first text body of the notes slide
    parts.set(notesName, notes.replace(/<p:txBody>[\s\S]*?<\/p:txBody>/, () => notesBodyXml(s.notes, deck.lang)).replace(/lang="en-US"/g, langAttrs(deck.lang)));
  });
  return parts;
}
