/**
 * The finishing pass over the parts pptxgenjs wrote: repairs what it writes wrong
 * (docs/powerpoint.md), puts the brand's colours and East Asian fonts into the theme,
 * fixes dates, and zips once, the same way every time. Same Deck → same bytes.
 */

import { SCHEME_SLOTS, type Deck, type SchemeSlot } from '../deck/model.js';
import { escapeXml } from './drawingml.js';
import type { Parts } from './zip-parts.js';
import { zipEntries } from './zip.js';

/**
 * The document's date, when it can be true and reproducible at once: SOURCE_DATE_EPOCH
 * (seconds, the reproducible-builds convention). Without it there is none: a fixed date
 * would be false ("created 2000-01-01"), the clock's would change the bytes of every build.
 */
export function documentDate(): string | undefined {
  const raw = process.env.SOURCE_DATE_EPOCH;
  const epoch = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(epoch) || epoch < 0 || epoch > 253402300799) return undefined;
  return new Date(Math.floor(epoch) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `[Content_Types].xml` overrides for parts that do not exist (one slide master per slide, #1444). */
export function dropPhantomOverrides(xml: string, parts: Parts): string {
  return xml.replace(/<Override PartName="\/([^"]+)"[^>]*\/>/g, (m, name: string) => (parts.has(name) ? m : ''));
}

/** `p:notesMasterIdLst` belongs before `p:sldIdLst` (CT_Presentation's sequence). */
export function orderPresentation(xml: string): string {
  const notes = xml.match(/<p:notesMasterIdLst>[\s\S]*?<\/p:notesMasterIdLst>/);
  if (!notes) return xml;
  const without = xml.replace(notes[0], '');
  return without.replace(/<p:sldIdLst>/, `${notes[0]}<p:sldIdLst>`);
}

/** The deck's colour scheme (the template's palette, laid out by layout/palette.ts). */
export function themeColors(deck: Deck): string {
  const c = deck.theme.scheme;
  const clr = (tag: SchemeSlot) => `<a:${tag}><a:srgbClr val="${c[tag]}"/></a:${tag}>`;
  return `<a:clrScheme name="${escapeXml(deck.theme.name)}">${SCHEME_SLOTS.map(clr).join('')}</a:clrScheme>`;
}

export function finishTheme(xml: string, deck: Deck): string {
  const f = deck.theme.fonts;
  // the East Asian face goes into a:ea and the Hans script slot (pptxgenjs leaves "" and 等线)
  const face = (pair: { ea: string; latin: string }) => (block: string) =>
    block
      .replace(/<a:latin typeface="[^"]*"[^>]*\/>/, `<a:latin typeface="${escapeXml(pair.latin)}"/>`)
      .replace(/<a:ea typeface="[^"]*"\/>/, `<a:ea typeface="${escapeXml(pair.ea)}"/>`)
      .replace(/<a:font script="Hans" typeface="[^"]*"\/>/, `<a:font script="Hans" typeface="${escapeXml(pair.ea)}"/>`);
  return xml
    .replace(/<a:clrScheme[\s\S]*?<\/a:clrScheme>/, themeColors(deck))
    .replace(/<a:majorFont>[\s\S]*?<\/a:majorFont>/, face(f.major))
    .replace(/<a:minorFont>[\s\S]*?<\/a:minorFont>/, face(f.minor))
    .replace(/<a:theme ([^>]*)name="[^"]*"/, `<a:theme $1name="${escapeXml(deck.theme.name)}"`);
}

/**
 * The document properties, written from the Deck: its title, subject and organisation, cleaned
 * like every other text (pptxgenjs writes them as given, control characters and all), and the
 * date only when it can be true and reproducible.
 */
export function coreProperties(deck: Deck): string {
  const date = documentDate();
  const el = (tag: string, v: string | undefined) => (v ? `<${tag}>${escapeXml(v)}</${tag}>` : '');
  const by = deck.organization ?? 'briefdeck';
  return (
    '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    el('dc:title', deck.title) +
    el('dc:subject', deck.subtitle) +
    el('dc:creator', by) +
    el('cp:lastModifiedBy', by) +
    '<cp:revision>1</cp:revision>' +
    (date ? `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>` : '') +
    '</cp:coreProperties>'
  );
}

/** Notes pages are 7.5 × 10 in portrait, whatever the slide size (pptxgenjs writes the slide's size turned). */
export function notesPageSize(xml: string): string {
  return xml.replace(/<p:notesSz [^>]*\/>/, '<p:notesSz cx="6858000" cy="9144000"/>');
}

/** pptxgenjs's own first layout: no slide uses it, and the master (written by slide-parts.ts) does not list it. */
export const UNUSED_LAYOUT = 'ppt/slideLayouts/slideLayout1.xml';

export function dropUnusedLayout(parts: Parts): void {
  const referenced = [...parts].some(([name, v]) => name.endsWith('.rels') && typeof v === 'string' && v.includes('slideLayouts/slideLayout1.xml"'));
  if (referenced) return;
  parts.delete(UNUSED_LAYOUT);
  parts.delete(UNUSED_LAYOUT.replace('slideLayouts/', 'slideLayouts/_rels/') + '.rels');
}

/**
 * pptxgenjs writes a notes page for every slide; a slide without notes does not need one
 * (PowerPoint makes it when someone types notes). Dropping them keeps the file small.
 */
export function dropEmptyNotes(parts: Parts, deck: Deck): void {
  deck.slides.forEach((s, i) => {
    if (s.notes.trim()) return;
    const n = i + 1;
    parts.delete(`ppt/notesSlides/notesSlide${n}.xml`);
    parts.delete(`ppt/notesSlides/_rels/notesSlide${n}.xml.rels`);
    const rels = `ppt/slides/_rels/slide${n}.xml.rels`;
    const xml = parts.get(rels);
    if (typeof xml === 'string') parts.set(rels, xml.replace(/<Relationship [^>]*\/notesSlide"[^>]*\/>/, ''));
  });
}

/**
 * A notes page needs the slide picture and the notes text; pptxgenjs adds a slide number
 * placeholder and an extension with a fixed id. Both go: every deck carries one per slide.
 */
export function trimNotes(xml: string): string {
  return xml.replace(/<p:sp><p:nvSpPr><p:cNvPr id="\d+" name="Slide Number Placeholder[\s\S]*?<\/p:sp>/, '').replace(/<p:extLst>[\s\S]*?<\/p:extLst>/, '');
}

/**
 * The theme lists a face for some thirty scripts (Japanese, Thai, …) that a briefing never
 * uses; the Latin, East Asian and Chinese (Hans) faces are what matter.
 */
export function trimThemeScripts(xml: string): string {
  return xml.replace(/<a:font script="(?!Hans")[A-Za-z]+" typeface="[^"]*"\/>/g, '');
}

/** Extended properties: what made the deck and how many slides and notes it has (pptxgenjs also lists every slide as "Slide N"). */
export function appProperties(parts: Parts, deck: Deck): string {
  const notes = [...parts.keys()].filter((n) => /^ppt\/notesSlides\/[^/]+\.xml$/.test(n)).length;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">' +
    `<Application>briefdeck</Application><Slides>${deck.slides.length}</Slides><Notes>${notes}</Notes>` +
    (deck.organization ? `<Company>${escapeXml(deck.organization)}</Company>` : '') +
    '</Properties>'
  );
}

/** Defaults for file kinds the package does not have (pptxgenjs declares video, SVG, GIF, …). */
export function dropUnusedDefaults(xml: string, parts: Parts): string {
  const used = new Set([...parts.keys()].map((n) => n.slice(n.lastIndexOf('.') + 1).toLowerCase()));
  return xml.replace(/<Default Extension="([^"]+)"[^>]*\/>/g, (m, ext: string) => (used.has(ext.toLowerCase()) ? m : ''));
}

/**
 * Indentation between tags (pptxgenjs's templates have it) and `standalone="yes"` (which
 * only speaks of external DTDs, and a package has none): no meaning, only bytes.
 */
export function dropIndentation(xml: string): string {
  return xml.replace(/^<\?xml version="1\.0" encoding="UTF-8" standalone="yes"\?>/, '<?xml version="1.0" encoding="UTF-8"?>').replace(/>[ \t]*[\r\n][ \t\r\n]*</g, '><');
}

const COMPRESSED = /\.(png|jpe?g|gif|xlsx)$/i;

/** Content types of the parts briefdeck writes besides pptxgenjs's: charts and their workbooks. */
export function addContentTypes(xml: string, parts: Parts): string {
  let add = '';
  if ([...parts.keys()].some((n) => n.endsWith('.xlsx')) && !/Extension="xlsx"/.test(xml)) {
    add += '<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>';
  }
  for (const name of [...parts.keys()].filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).sort()) {
    if (!xml.includes(`PartName="/${name}"`)) add += `<Override PartName="/${name}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`;
  }
  // Defaults come before Overrides in the schema's order only by convention; both are allowed in any order
  return add ? xml.replace('</Types>', `${add}</Types>`) : xml;
}

/** Applies every repair and zips once: XML deflated, media stored (already compressed). */
export function finishPptx(parts: Parts, deck: Deck): Uint8Array {
  const fixed = new Map(parts);
  dropEmptyNotes(fixed, deck);
  dropUnusedLayout(fixed);
  const edit = (name: string, fn: (xml: string) => string) => {
    const v = fixed.get(name);
    if (typeof v === 'string') fixed.set(name, fn(v));
  };
  edit('[Content_Types].xml', (x) => addContentTypes(dropUnusedDefaults(dropPhantomOverrides(x, fixed), fixed), fixed));
  fixed.set('docProps/app.xml', appProperties(fixed, deck));
  edit('ppt/presentation.xml', (x) => notesPageSize(orderPresentation(x)));
  edit('ppt/theme/theme1.xml', (x) => trimThemeScripts(finishTheme(x, deck)));
  fixed.set('docProps/core.xml', coreProperties(deck));
  // every text body and shape tree is briefdeck's own (slide-parts.ts): no text of pptxgenjs's to repair
  for (const name of fixed.keys()) if (/^ppt\/notesSlides\/[^/]+\.xml$/.test(name)) edit(name, trimNotes);
  for (const [name, v] of fixed) if (typeof v === 'string') fixed.set(name, dropIndentation(v));
  // one fixed order: content types first (some readers look for it there), then by name
  const names = [...fixed.keys()].sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return zipEntries(
    names.map((name) => {
      const v = fixed.get(name)!;
      return { name, data: typeof v === 'string' ? Buffer.from(v, 'utf8') : v, store: COMPRESSED.test(name) };
    }),
  );
}
