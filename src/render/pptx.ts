/**
 * Deck → .pptx parts. pptxgenjs (the only module that imports it) writes the package: the
 * presentation, its slides with their speaker notes, one slide layout per layout of the Deck,
 * the theme, the document properties and every relationship between them. What pptxgenjs
 * cannot write, the shapes, is then written whole from the Deck (slide-parts.ts): the slide
 * master with its placeholders and text styles, the layouts, each slide's shape tree, and the
 * pictures, each stored once. finish.ts repairs the rest and zips once.
 */
import PptxGenJS from 'pptxgenjs';
import { report } from '../core/catalogue/define.js';
import { PACKAGE } from '../core/catalogue/output.js';
import { DeckError } from '../core/errors.js';
import { MAX_IMAGE_BYTES, checkImage } from '../core/image-info.js';
import { readLimited } from '../core/safe-read.js';
import { toInches, type Emu } from '../core/units.js';
import type { Deck, ImageAsset } from '../deck/model.js';
import { DECORATIVE_NS, langAttrs, notesBodyXml } from './drawingml.js';
import { Charts, Media, Relationships, layoutXml, masterXml, relationshipsOf, slideCsldXml } from './slide-parts.js';
import type { Parts } from './zip-parts.js';

const inch = (e: Emu) => toInches(e);

function set(parts: Parts, name: string, fn: (xml: string) => string): void {
  const v = parts.get(name);
  if (typeof v !== 'string') throw new Error(`pptx writer: pptxgenjs wrote no ${name}`);
  parts.set(name, fn(v));
}

/**
 * A picture's bytes, read again as the template check read them: a regular file within the
 * limit, whole, the same size (a file changed since is refused, not embedded half-checked).
 */
function readPicture(image: ImageAsset): Uint8Array {
  const read = readLimited(image.path, MAX_IMAGE_BYTES);
  const checked = read.ok ? checkImage(read.bytes) : undefined;
  if (!read.ok || !checked?.ok || read.bytes.length !== image.bytes) {
    throw new DeckError(report(PACKAGE.pictureChanged, { file: image.path }));
  }
  return read.bytes;
}

export async function writePptxParts(deck: Deck): Promise<Parts> {
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: 'BRIEFDECK', width: inch(deck.width), height: inch(deck.height) });
  pptx.layout = 'BRIEFDECK';
  pptx.title = deck.title;
  if (deck.subtitle) pptx.subject = deck.subtitle;
  pptx.author = deck.organization ?? 'briefdeck';
  pptx.company = deck.organization ?? '';
  pptx.theme = { headFontFace: deck.theme.fonts.major.latin, bodyFontFace: deck.theme.fonts.minor.latin };
  // layouts and slides as empty shells: pptxgenjs numbers them and ties them together
  for (const l of deck.layouts) pptx.defineSlideMaster({ title: l.name, objects: [] } as unknown as PptxGenJS.SlideMasterProps);
  for (const s of deck.slides) pptx.addSlide({ masterName: s.layout }).addNotes(s.notes || ' ');

  const parts = (await pptx.write({ outputType: 'parts' } as unknown as PptxGenJS.WriteProps)) as unknown as Parts;
  const media = new Media(parts, readPicture);
  const charts = new Charts(parts, deck.lang);

  // the master: its layouts (the deck's, after pptxgenjs's unused first one), the theme, pictures
  const masterRels = new Relationships();
  const layoutIds = deck.layouts.map((_, i) => masterRels.add('slideLayout', `../slideLayouts/slideLayout${i + 2}.xml`));
  masterRels.add('theme', '../theme/theme1.xml');
  parts.set('ppt/slideMasters/slideMaster1.xml', masterXml(deck, layoutIds, masterRels, media));
  parts.set('ppt/slideMasters/_rels/slideMaster1.xml.rels', masterRels.xml());

  deck.layouts.forEach((l, i) => {
    const name = `slideLayout${i + 2}.xml`;
    const rels = new Relationships();
    rels.add('slideMaster', '../slideMasters/slideMaster1.xml');
    parts.set(`ppt/slideLayouts/${name}`, layoutXml(deck, l, rels, media));
    parts.set(`ppt/slideLayouts/_rels/${name}.rels`, rels.xml());
  });

  deck.slides.forEach((s, i) => {
    const n = i + 1;
    const relsName = `ppt/slides/_rels/slide${n}.xml.rels`;
    const rels = new Relationships(relationshipsOf(parts.get(relsName) as string | undefined));
    set(parts, `ppt/slides/slide${n}.xml`, (xml) => xml.replace(/<p:sld /, `<p:sld ${DECORATIVE_NS} `).replace(/<p:cSld\b[\s\S]*<\/p:cSld>/, () => slideCsldXml(deck, s, rels, media, charts)));
    parts.set(relsName, rels.xml());
    // the notes placeholder's body is the first text body of the notes slide
    set(parts, `ppt/notesSlides/notesSlide${n}.xml`, (xml) => xml.replace(/<p:txBody>[\s\S]*?<\/p:txBody>/, () => notesBodyXml(s.notes, deck.lang)).replace(/lang="en-US"/g, langAttrs(deck.lang)));
  });
  return parts;
}
