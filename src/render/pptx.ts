/**
 * Deck → .pptx parts with pptxgenjs (the only module that imports it). pptxgenjs writes the
 * package: slides, slide layouts, shapes, pictures, backgrounds, notes, masters and their
 * relationships. Text bodies and notes are then put in from drawingml.ts (pptxgenjs cannot
 * write the ones the Deck needs), and finish.ts repairs the rest and zips once.
 */
import { readFileSync } from 'node:fs';
import PptxGenJS from 'pptxgenjs';
import { EMU_PER_INCH, EMU_PER_POINT, type Emu } from '../core/units.js';
import type { Box, Deck, ShapeBox } from '../layout/model.js';
import type { ImageAsset } from '../template/load.js';
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

type ShapeName = 'rect' | 'line' | 'ellipse' | 'roundRect';

function shapeProps(b: Box): PptxGenJS.ShapeProps {
  const props: PptxGenJS.ShapeProps = { x: inch(b.x), y: inch(b.y), w: inch(b.w), h: inch(b.h), objectName: b.name };
  if (b.kind !== 'shape') return props; // a text box: an empty rectangle, its text body comes later
  if (b.fill) props.fill = { color: b.fill };
  if (b.line) props.line = { color: b.line.color, width: b.line.width / EMU_PER_POINT };
  if (b.shape === 'roundRect' && b.radius) props.rectRadius = b.radius * Math.min(inch(b.w), inch(b.h));
  return props;
}

function shapeName(b: Box): ShapeName {
  return b.kind === 'shape' ? (b.shape as ShapeBox['shape']) : 'rect';
}

/**
 * Puts our text bodies into the p:sp elements of a part. `boxes` are the boxes written as
 * p:sp (text boxes and shapes), in the order pptxgenjs wrote them.
 */
function fillTextBodies(xml: string, boxes: Box[], deck: Deck, where: string): string {
  let k = 0;
  const out = xml.replace(/<p:sp>[\s\S]*?<\/p:sp>/g, (sp) => {
    const b = boxes[k++];
    if (b?.kind !== 'text') return sp;
    return sp.replace('<p:cNvSpPr/>', '<p:cNvSpPr txBox="1"/>').replace(/<\/p:spPr><\/p:sp>$/, `</p:spPr>${textBodyXml(b, deck.lang)}</p:sp>`);
  });
  if (k !== boxes.length) throw new Error(`pptx writer: ${where} has ${k} shapes for ${boxes.length} boxes`);
  return out;
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

  // shared boxes become slide layouts (after pptxgenjs's own first layout)
  for (const l of deck.layouts) {
    const objects = l.boxes.map((b) => {
      if (b.kind === 'image') return { image: { x: inch(b.x), y: inch(b.y), w: inch(b.w), h: inch(b.h), data: dataUrl(b.image, images), altText: b.name } };
      const shape = shapeName(b);
      if (shape !== 'rect' && shape !== 'line') throw new Error(`pptx writer: a ${shape} cannot go on a slide layout`);
      return { [shape]: shapeProps(b) };
    });
    const background = l.background.image ? { data: dataUrl(l.background.image, images) } : { color: l.background.color };
    pptx.defineSlideMaster({ title: l.name, background, objects } as unknown as PptxGenJS.SlideMasterProps);
  }

  const slideShapes: Box[][] = [];
  for (const s of deck.slides) {
    const slide = s.layout ? pptx.addSlide({ masterName: s.layout }) : pptx.addSlide();
    // a slide on a layout with the same ground shows the layout's; others state their own
    const layout = deck.layouts.find((l) => l.name === s.layout);
    const same = layout && layout.background.color === s.background.color && layout.background.image?.path === s.background.image?.path;
    if (!same) slide.background = s.background.image ? { data: dataUrl(s.background.image, images) } : { color: s.background.color };
    const shapes: Box[] = [];
    for (const b of s.boxes) {
      if (b.kind === 'image') {
        slide.addImage({ x: inch(b.x), y: inch(b.y), w: inch(b.w), h: inch(b.h), objectName: b.name, data: dataUrl(b.image, images), altText: b.name });
        continue;
      }
      slide.addShape(pptx.ShapeType[shapeName(b)], shapeProps(b));
      shapes.push(b);
    }
    slide.addNotes(s.notes || ' ');
    slideShapes.push(shapes);
  }

  const parts = (await pptx.write({ outputType: 'parts' } as unknown as PptxGenJS.WriteProps)) as unknown as Parts;

  deck.layouts.forEach((l, i) => {
    const name = `ppt/slideLayouts/slideLayout${i + 2}.xml`;
    parts.set(name, fillTextBodies(parts.get(name) as string, l.boxes.filter((b) => b.kind !== 'image'), deck, `layout ${l.name}`));
  });
  deck.slides.forEach((s, i) => {
    const name = `ppt/slides/slide${i + 1}.xml`;
    parts.set(name, fillTextBodies(parts.get(name) as string, slideShapes[i]!, deck, `slide ${i + 1}`));
    const notesName = `ppt/notesSlides/notesSlide${i + 1}.xml`;
    const notes = parts.get(notesName) as string;
    // the notes placeholder's body is the first text body of the notes slide
    parts.set(notesName, notes.replace(/<p:txBody>[\s\S]*?<\/p:txBody>/, () => notesBodyXml(s.notes, deck.lang)).replace(/lang="en-US"/g, langAttrs(deck.lang)));
  });
  return parts;
}
