/**
 * Deck → .pptx parts, all written here and in the modules beside it: the slide master with
 * its placeholders and text styles, one layout per layout of the Deck, each slide's shape tree
 * with its speaker notes (slide-parts.ts), and the parts around them, the presentation, the
 * theme, the notes master, the properties and the content types (package-parts.ts). Pictures
 * are stored once, charts carry their workbook. zip.ts makes the file.
 */
import { report } from '../core/catalogue/define.js';
import { PACKAGE } from '../core/catalogue/output.js';
import { DeckError } from '../core/errors.js';
import { MAX_IMAGE_BYTES, checkImage } from '../core/image-info.js';
import { readLimited } from '../core/safe-read.js';
import type { Deck, ImageAsset } from '../deck/model.js';
import { Relationships, XML_HEAD, appProperties, contentTypesXml, fixedParts, notesSlideXml, presentationXml } from './package-parts.js';
import type { Parts } from './parts.js';
import { Charts, Media, SLIDE_NS, layoutXml, masterXml, slideCsldXml } from './slide-parts.js';
import { zipEntries } from './zip.js';

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

export function writePptxParts(deck: Deck): Parts {
  const parts: Parts = new Map();
  fixedParts(parts, deck);
  const media = new Media(parts, readPicture);
  const charts = new Charts(parts, deck.lang);

  // the master and its layouts
  const masterRels = new Relationships();
  const layoutIds = deck.layouts.map((_, i) => masterRels.add('slideLayout', `../slideLayouts/slideLayout${i + 1}.xml`));
  masterRels.add('theme', '../theme/theme1.xml');
  parts.set('ppt/slideMasters/slideMaster1.xml', masterXml(deck, layoutIds, masterRels, media));
  parts.set('ppt/slideMasters/_rels/slideMaster1.xml.rels', masterRels.xml());
  const layoutNumber = new Map<string, number>();
  deck.layouts.forEach((l, i) => {
    layoutNumber.set(l.name, i + 1);
    const rels = new Relationships();
    rels.add('slideMaster', '../slideMasters/slideMaster1.xml');
    parts.set(`ppt/slideLayouts/slideLayout${i + 1}.xml`, layoutXml(deck, l, rels, media));
    parts.set(`ppt/slideLayouts/_rels/slideLayout${i + 1}.xml.rels`, rels.xml());
  });

  // the slides, each with its notes page when it has notes (PowerPoint makes one when someone types notes)
  const presRels = new Relationships();
  const masterId = presRels.add('slideMaster', 'slideMasters/slideMaster1.xml');
  const slideIds: string[] = [];
  let notesPages = 0;
  deck.slides.forEach((s, i) => {
    const n = i + 1;
    const rels = new Relationships();
    const layout = layoutNumber.get(s.layout);
    if (layout === undefined) throw new Error(`pptx writer: slide ${s.number} names no layout of the deck (${s.layout})`);
    rels.add('slideLayout', `../slideLayouts/slideLayout${layout}.xml`);
    if (s.notes.trim()) {
      notesPages++;
      rels.add('notesSlide', `../notesSlides/notesSlide${n}.xml`);
      const notesRels = new Relationships();
      notesRels.add('notesMaster', '../notesMasters/notesMaster1.xml');
      notesRels.add('slide', `../slides/slide${n}.xml`);
      parts.set(`ppt/notesSlides/notesSlide${n}.xml`, notesSlideXml(s.notes, deck));
      parts.set(`ppt/notesSlides/_rels/notesSlide${n}.xml.rels`, notesRels.xml());
    }
    const csld = slideCsldXml(deck, s, rels, media, charts);
    parts.set(`ppt/slides/slide${n}.xml`, `${XML_HEAD}<p:sld ${SLIDE_NS}>${csld}<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>`);
    parts.set(`ppt/slides/_rels/slide${n}.xml.rels`, rels.xml());
    slideIds.push(presRels.add('slide', `slides/slide${n}.xml`));
  });

  const notesMasterId = presRels.add('notesMaster', 'notesMasters/notesMaster1.xml');
  presRels.add('presProps', 'presProps.xml');
  presRels.add('viewProps', 'viewProps.xml');
  presRels.add('theme', 'theme/theme1.xml');
  presRels.add('tableStyles', 'tableStyles.xml');
  parts.set('ppt/presentation.xml', presentationXml(deck, { master: masterId, notesMaster: notesMasterId, slides: slideIds }));
  parts.set('ppt/_rels/presentation.xml.rels', presRels.xml());
  parts.set('docProps/app.xml', appProperties(deck, notesPages));
  return parts;
}

/** Media that is already compressed is stored as it is. */
const COMPRESSED = /\.(png|jpe?g|gif|xlsx)$/i;

/** The package's bytes: content types first (some readers look for it there), then the parts by name. Same Deck → same bytes. */
export function zipPackage(parts: Parts): Uint8Array {
  const names = [...parts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  parts.set('[Content_Types].xml', contentTypesXml(names));
  return zipEntries(
    ['[Content_Types].xml', ...names].map((name) => {
      const v = parts.get(name)!;
      return { name, data: typeof v === 'string' ? Buffer.from(v, 'utf8') : v, store: COMPRESSED.test(name) };
    }),
  );
}
