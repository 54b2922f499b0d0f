/**
 * The finishing pass over the parts pptxgenjs wrote: repairs what it writes wrong
 * (pptxgenjs-notes.md), puts the brand's colours and East Asian fonts into the theme,
 * fixes dates, and zips once, the same way every time. Same Deck → same bytes.
 */

import type { Deck } from '../layout/model.js';
import { escapeXml } from './drawingml.js';
import type { Parts } from './zip-parts.js';
import { zipEntries } from './zip.js';

/**
 * Fixed document dates, so that a deck does not change when only the clock did.
 * SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) overrides it.
 */
export function documentDate(): string {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const date = Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date(Date.UTC(2000, 0, 1));
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
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

/** A second `a:pPr` after runs in one paragraph (multi-run text with align, #1322): keep the first. */
export function dropRepeatedParagraphProps(xml: string): string {
  // pptxgenjs writes the repeat right after a run or a break; most parts have none
  if (!xml.includes('</a:r><a:pPr') && !xml.includes('<a:br/><a:pPr')) return xml;
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_m, inner: string) => {
    let seen = false;
    const fixed = inner.replace(/<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g, (pPr) => {
      if (seen) return '';
      seen = true;
      return pPr;
    });
    return `<a:p>${fixed}</a:p>`;
  });
}

/** The brand's colours as the theme's colour scheme, so PowerPoint's colour pickers offer them. */
export function themeColors(deck: Deck): string {
  const c = deck.theme.colors;
  const clr = (tag: string, v: string) => `<a:${tag}><a:srgbClr val="${v}"/></a:${tag}>`;
  return (
    `<a:clrScheme name="${escapeXml(deck.theme.name)}">` +
    clr('dk1', c.text) +
    clr('lt1', 'FFFFFF') +
    clr('dk2', c.primary) +
    clr('lt2', c.card) +
    clr('accent1', c.primary) +
    clr('accent2', c.accent) +
    clr('accent3', c.figure) +
    clr('accent4', c.emphasis) +
    clr('accent5', c.muted) +
    clr('accent6', c.text) +
    clr('hlink', c.primary) +
    clr('folHlink', c.muted) +
    '</a:clrScheme>'
  );
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
    .replace(/<a:majorFont>[\s\S]*?<\/a:majorFont>/, face(f.heading))
    .replace(/<a:minorFont>[\s\S]*?<\/a:minorFont>/, face(f.body))
    .replace(/<a:theme ([^>]*)name="[^"]*"/, `<a:theme $1name="${escapeXml(deck.theme.name)}"`);
}

export function finishCore(xml: string): string {
  const date = documentDate();
  return xml
    .replace(/(<dcterms:created[^>]*>)[^<]*/, `$1${date}`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*/, `$1${date}`);
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

/** `<a:avLst></a:avLst>` → `<a:avLst/>`: pptxgenjs writes empty elements long-hand, on every shape. */
export function collapseEmptyElements(xml: string): string {
  return xml.replace(/<([a-z]+:[A-Za-z]+)((?: [a-zA-Z:]+="[^"]*")*)><\/\1>/g, '<$1$2/>');
}

/**
 * Indentation between tags (pptxgenjs's templates have it) and `standalone="yes"` (which
 * only speaks of external DTDs, and a package has none): no meaning, only bytes.
 */
export function dropIndentation(xml: string): string {
  return xml.replace(/^<\?xml version="1\.0" encoding="UTF-8" standalone="yes"\?>/, '<?xml version="1.0" encoding="UTF-8"?>').replace(/>[ \t]*[\r\n][ \t\r\n]*</g, '><');
}

const COMPRESSED = /\.(png|jpe?g|gif|xlsx)$/i;

/** Applies every repair and zips once: XML deflated, media stored (already compressed). */
export function finishPptx(parts: Parts, deck: Deck): Uint8Array {
  const fixed = new Map(parts);
  dropEmptyNotes(fixed, deck);
  const edit = (name: string, fn: (xml: string) => string) => {
    const v = fixed.get(name);
    if (typeof v === 'string') fixed.set(name, fn(v));
  };
  edit('[Content_Types].xml', (x) => dropUnusedDefaults(dropPhantomOverrides(x, fixed), fixed));
  fixed.set('docProps/app.xml', appProperties(fixed, deck));
  edit('ppt/presentation.xml', orderPresentation);
  edit('ppt/theme/theme1.xml', (x) => trimThemeScripts(finishTheme(x, deck)));
  edit('docProps/core.xml', finishCore);
  for (const name of fixed.keys()) {
    if (/^ppt\/(slides|slideLayouts|slideMasters|notesSlides|notesMasters)\/[^/]+\.xml$/.test(name)) edit(name, dropRepeatedParagraphProps);
    if (/^ppt\/notesSlides\/[^/]+\.xml$/.test(name)) edit(name, trimNotes);
    if (/^ppt\/(slides|slideLayouts)\/[^/]+\.xml$/.test(name)) edit(name, collapseEmptyElements);
  }
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
