/**
 * The parts of the package around the shapes: the presentation and its properties, the theme
 * (the template's colours and fonts), the notes master and notes pages, the document
 * properties, the relationships between them and the content types of every part. Written
 * directly from the Deck (docs/powerpoint.md, "The package"): the parts are small and fixed,
 * and writing them here costs a build less than loading a library that writes them wrong and
 * repairing what it wrote.
 */
import { SCHEME_SLOTS, type Deck, type SchemeSlot } from '../deck/model.js';
import { escapeXml, langAttrs, notesBodyXml } from './drawingml.js';
import type { Parts } from './parts.js';

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const NS_A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const NS_ARP = `${NS_A} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"`;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.presentationml';

/** Relationships of one part, numbered rId1, rId2, … in the order they are added. */
export class Relationships {
  private readonly entries: string[] = [];
  private readonly images = new Map<string, string>();

  add(type: string, target: string, typeBase = REL): string {
    const id = `rId${this.entries.length + 1}`;
    this.entries.push(`<Relationship Id="${id}" Type="${typeBase}/${type}" Target="${escapeXml(target)}"/>`);
    return id;
  }

  /** A picture's relationship, one per media part however often the part shows it. */
  image(media: string): string {
    let id = this.images.get(media);
    if (!id) {
      id = this.add('image', `../media/${media.slice(media.lastIndexOf('/') + 1)}`);
      this.images.set(media, id);
    }
    return id;
  }

  xml(): string {
    return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${this.entries.join('')}</Relationships>`;
  }
}

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

/** The document properties: title, subject and organisation, and the date only when it can be true and reproducible. */
export function coreProperties(deck: Deck): string {
  const date = documentDate();
  const el = (tag: string, v: string | undefined) => (v ? `<${tag}>${escapeXml(v)}</${tag}>` : '');
  const by = deck.organization ?? 'briefdeck';
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    el('dc:title', deck.title) +
    el('dc:subject', deck.subtitle) +
    el('dc:creator', by) +
    el('cp:lastModifiedBy', by) +
    '<cp:revision>1</cp:revision>' +
    (date ? `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>` : '') +
    '</cp:coreProperties>'
  );
}

/** Extended properties: what made the deck and how many slides and notes pages it has. */
export function appProperties(deck: Deck, notes: number): string {
  return (
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
    `<Application>briefdeck</Application><Slides>${deck.slides.length}</Slides><Notes>${notes}</Notes>` +
    (deck.organization ? `<Company>${escapeXml(deck.organization)}</Company>` : '') +
    '</Properties>'
  );
}

/** The deck's colour scheme (the template's palette, laid out by layout/palette.ts). */
export function themeColors(deck: Deck): string {
  const c = deck.theme.scheme;
  const clr = (tag: SchemeSlot) => `<a:${tag}><a:srgbClr val="${c[tag]}"/></a:${tag}>`;
  return `<a:clrScheme name="${escapeXml(deck.theme.name)}">${SCHEME_SLOTS.map(clr).join('')}</a:clrScheme>`;
}

/**
 * The theme: the template's colours, its heading and body faces (Latin, East Asian and the Hans
 * script slot, so that PowerPoint's Chinese UI picks the same face), and Office's standard
 * formatting styles, which shape styles refer to by index.
 */
export function themeXml(deck: Deck): string {
  const font = (tag: string, pair: { latin: string; ea: string }) =>
    `<a:${tag}><a:latin typeface="${escapeXml(pair.latin)}"/><a:ea typeface="${escapeXml(pair.ea)}"/><a:cs typeface=""/><a:font script="Hans" typeface="${escapeXml(pair.ea)}"/></a:${tag}>`;
  const phClr = (mods: string) => `<a:schemeClr val="phClr">${mods}</a:schemeClr>`;
  const grad = (stops: string[]) =>
    `<a:gradFill rotWithShape="1"><a:gsLst>${stops.map((m, i) => `<a:gs pos="${i * 50000}">${phClr(m)}</a:gs>`).join('')}</a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>`;
  const line = (w: number) => `<a:ln w="${w}" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>`;
  return (
    `${XML_HEAD}<a:theme ${NS_A} name="${escapeXml(deck.theme.name)}"><a:themeElements>${themeColors(deck)}` +
    `<a:fontScheme name="${escapeXml(deck.theme.name)}">${font('majorFont', deck.theme.fonts.major)}${font('minorFont', deck.theme.fonts.minor)}</a:fontScheme>` +
    '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>' +
    grad(['<a:lumMod val="110000"/><a:satMod val="105000"/><a:tint val="67000"/>', '<a:lumMod val="105000"/><a:satMod val="103000"/><a:tint val="73000"/>', '<a:lumMod val="105000"/><a:satMod val="109000"/><a:tint val="81000"/>']) +
    grad(['<a:satMod val="103000"/><a:lumMod val="102000"/><a:tint val="94000"/>', '<a:satMod val="110000"/><a:lumMod val="100000"/><a:shade val="100000"/>', '<a:lumMod val="99000"/><a:satMod val="120000"/><a:shade val="78000"/>']) +
    `</a:fillStyleLst><a:lnStyleLst>${line(6350)}${line(12700)}${line(19050)}</a:lnStyleLst>` +
    '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst><a:outerShdw blurRad="57150" dist="19050" dir="5400000" algn="ctr" rotWithShape="0"><a:srgbClr val="000000"><a:alpha val="63000"/></a:srgbClr></a:outerShdw></a:effectLst></a:effectStyle></a:effectStyleLst>' +
    '<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/><a:satMod val="170000"/></a:schemeClr></a:solidFill>' +
    grad(['<a:tint val="93000"/><a:satMod val="150000"/><a:shade val="98000"/><a:lumMod val="102000"/>', '<a:tint val="98000"/><a:satMod val="130000"/><a:shade val="90000"/><a:lumMod val="103000"/>', '<a:shade val="63000"/><a:satMod val="120000"/>']) +
    '</a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>'
  );
}

/** Nine levels of a plain text style (the presentation's default, the notes pages'), `sz` in hundredths of a point. */
function plainLevels(sz: number): string {
  let xml = '';
  for (let i = 0; i < 9; i++) {
    xml +=
      `<a:lvl${i + 1}pPr marL="${i * 457200}" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:defRPr sz="${sz}" kern="1200">` +
      `<a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl${i + 1}pPr>`;
  }
  return xml;
}

/** Notes pages are 7.5 × 10 in portrait, whatever the slide size. */
const NOTES_W = 6858000;
const NOTES_H = 9144000;

export function presentationXml(deck: Deck, ids: { master: string; notesMaster: string; slides: string[] }): string {
  return (
    `${XML_HEAD}<p:presentation ${NS_ARP} saveSubsetFonts="1" autoCompressPictures="0">` +
    `<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="${ids.master}"/></p:sldMasterIdLst>` +
    `<p:notesMasterIdLst><p:notesMasterId r:id="${ids.notesMaster}"/></p:notesMasterIdLst>` +
    `<p:sldIdLst>${ids.slides.map((id, i) => `<p:sldId id="${256 + i}" r:id="${id}"/>`).join('')}</p:sldIdLst>` +
    `<p:sldSz cx="${deck.width}" cy="${deck.height}"/><p:notesSz cx="${NOTES_W}" cy="${NOTES_H}"/>` +
    `<p:defaultTextStyle>${plainLevels(1800)}</p:defaultTextStyle></p:presentation>`
  );
}

export const PRESENTATION_PROPS = `${XML_HEAD}<p:presentationPr ${NS_ARP}/>`;
export const VIEW_PROPS =
  `${XML_HEAD}<p:viewPr ${NS_ARP}><p:normalViewPr horzBarState="maximized"><p:restoredLeft sz="15611"/><p:restoredTop sz="94610"/></p:normalViewPr>` +
  '<p:slideViewPr><p:cSldViewPr snapToGrid="0" snapToObjects="1"><p:cViewPr varScale="1"><p:scale><a:sx n="136" d="100"/><a:sy n="136" d="100"/></p:scale><p:origin x="216" y="312"/></p:cViewPr><p:guideLst/></p:cSldViewPr></p:slideViewPr>' +
  '<p:notesTextViewPr><p:cViewPr><p:scale><a:sx n="1" d="1"/><a:sy n="1" d="1"/></p:scale><p:origin x="0" y="0"/></p:cViewPr></p:notesTextViewPr><p:gridSpacing cx="76200" cy="76200"/></p:viewPr>';
export const TABLE_STYLES = `${XML_HEAD}<a:tblStyleLst ${NS_A} def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>`;

/** A placeholder of the notes master: its type, index, place on the page and paragraph. */
function notesPlaceholder(id: number, name: string, ph: string, [x, y, w, h]: number[], body: string, extra = ''): string {
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr><a:spLocks noGrp="1"${ph.startsWith('type="sldImg"') ? ' noRot="1" noChangeAspect="1"' : ''}/></p:cNvSpPr><p:nvPr><p:ph ${ph}/></p:nvPr></p:nvSpPr>` +
    `<p:spPr><a:xfrm><a:off x="${x}" y="${y}"/><a:ext cx="${w}" cy="${h}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>${extra}</p:spPr>${body}</p:sp>`
  );
}

/**
 * Where a notes page shows its slide: the slide's shape, above the notes (which start at
 * 4400550). PowerPoint's places: a wide slide across the page from 1143000 down (16:9: 5486400 ×
 * 3086100); a squarer one 3429000 high from 685800, centred (4:3: 4572000 wide from 1143000).
 */
export function slidePictureOnNotes(deck: Deck): [number, number, number, number] {
  const aspect = deck.width / deck.height;
  if (aspect >= 16 / 9) return [685800, 1143000, 5486400, Math.round(5486400 / aspect)];
  const w = Math.round(3429000 * aspect);
  return [Math.round((NOTES_W - w) / 2), 685800, w, 3429000];
}

/** The notes master: the page a notes page is laid out on (header, date, slide picture, notes, footer, number). */
export function notesMasterXml(deck: Deck): string {
  const lang = langAttrs(deck.lang);
  const body = (anchor: string, lst: string, p: string) => `<p:txBody><a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0"${anchor}/><a:lstStyle>${lst}</a:lstStyle>${p}</p:txBody>`;
  const aligned = (algn: string) => `<a:lvl1pPr algn="${algn}"><a:defRPr sz="1200"/></a:lvl1pPr>`;
  const empty = `<a:p><a:endParaRPr ${lang}/></a:p>`;
  // Office's notes page: header and date across the top, footer and number across the bottom
  const [w, h, right, bottom] = [2971800, 458788, 3884613, NOTES_H - 458787];
  const levels = ['Click to edit Master text styles', 'Second level', 'Third level', 'Fourth level', 'Fifth level'];
  const notesText = levels.map((t, i) => `<a:p><a:pPr lvl="${i}"/><a:r><a:rPr ${lang}/><a:t>${t}</a:t></a:r></a:p>`).join('');
  return (
    `${XML_HEAD}<p:notesMaster ${NS_ARP}><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg><p:spTree>` +
    '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>' +
    notesPlaceholder(2, 'Header Placeholder 1', 'type="hdr" sz="quarter"', [0, 0, w, h], body('', aligned('l'), empty)) +
    notesPlaceholder(3, 'Date Placeholder 2', 'type="dt" idx="1"', [right, 0, w, h], body('', aligned('r'), empty)) +
    notesPlaceholder(4, 'Slide Image Placeholder 3', 'type="sldImg" idx="2"', slidePictureOnNotes(deck), body(' anchor="ctr"', '', empty), '<a:noFill/><a:ln w="12700"><a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln>') +
    notesPlaceholder(5, 'Notes Placeholder 4', 'type="body" sz="quarter" idx="3"', [685800, 4400550, 5486400, 3600450], body('', '', notesText)) +
    notesPlaceholder(6, 'Footer Placeholder 5', 'type="ftr" sz="quarter" idx="4"', [0, bottom, w, h - 1], body(' anchor="b"', aligned('l'), empty)) +
    notesPlaceholder(7, 'Slide Number Placeholder 6', 'type="sldNum" sz="quarter" idx="5"', [right, bottom, w, h - 1], body(' anchor="b"', aligned('r'), `<a:p><a:fld id="{CE5E9CC1-C706-0F49-92D6-E571CC5EEA8F}" type="slidenum"><a:rPr ${lang}/><a:t>‹#›</a:t></a:fld><a:endParaRPr ${lang}/></a:p>`)) +
    '</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>' +
    `<p:notesStyle>${plainLevels(1200)}</p:notesStyle></p:notesMaster>`
  );
}

/** A notes page: the slide's picture and the notes, placed by the notes master. */
export function notesSlideXml(notes: string, deck: Deck): string {
  return (
    `${XML_HEAD}<p:notes ${NS_ARP}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>` +
    '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>' +
    '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>' +
    '<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/>' +
    `${notesBodyXml(notes, deck.lang)}</p:sp></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>`
  );
}

/** Content type of each kind of part, by its folder; everything else is plain XML or relationships. */
const OVERRIDES: [RegExp, string][] = [
  [/^ppt\/presentation\.xml$/, `${CT}.presentation.main+xml`],
  [/^ppt\/slideMasters\/[^/]+\.xml$/, `${CT}.slideMaster+xml`],
  [/^ppt\/slideLayouts\/[^/]+\.xml$/, `${CT}.slideLayout+xml`],
  [/^ppt\/slides\/[^/]+\.xml$/, `${CT}.slide+xml`],
  [/^ppt\/notesMasters\/[^/]+\.xml$/, `${CT}.notesMaster+xml`],
  [/^ppt\/notesSlides\/[^/]+\.xml$/, `${CT}.notesSlide+xml`],
  [/^ppt\/presProps\.xml$/, `${CT}.presProps+xml`],
  [/^ppt\/viewProps\.xml$/, `${CT}.viewProps+xml`],
  [/^ppt\/tableStyles\.xml$/, `${CT}.tableStyles+xml`],
  [/^ppt\/theme\/[^/]+\.xml$/, 'application/vnd.openxmlformats-officedocument.theme+xml'],
  [/^ppt\/charts\/[^/]+\.xml$/, 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml'],
  [/^docProps\/core\.xml$/, 'application/vnd.openxmlformats-package.core-properties+xml'],
  [/^docProps\/app\.xml$/, 'application/vnd.openxmlformats-officedocument.extended-properties+xml'],
];
const DEFAULTS: Record<string, string> = {
  xml: 'application/xml',
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
  png: 'image/png',
  jpeg: 'image/jpeg',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** `[Content_Types].xml` for exactly the parts there are, in the order given. */
export function contentTypesXml(names: readonly string[]): string {
  const extensions = new Set(names.map((n) => n.slice(n.lastIndexOf('.') + 1)));
  let xml = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`;
  for (const [ext, type] of Object.entries(DEFAULTS)) if (extensions.has(ext)) xml += `<Default Extension="${ext}" ContentType="${type}"/>`;
  for (const name of names) {
    const type = OVERRIDES.find(([re]) => re.test(name))?.[1];
    if (type) xml += `<Override PartName="/${name}" ContentType="${type}"/>`;
  }
  return xml + '</Types>';
}

/** The package's own relationships: the presentation and the two property parts. */
export function rootRelationships(): string {
  const rels = new Relationships();
  rels.add('extended-properties', 'docProps/app.xml');
  rels.add('metadata/core-properties', 'docProps/core.xml', 'http://schemas.openxmlformats.org/package/2006/relationships');
  rels.add('officeDocument', 'ppt/presentation.xml');
  return rels.xml();
}

/** Parts that must be there whatever the deck holds; the slides' parts are added by pptx.ts. */
export function fixedParts(parts: Parts, deck: Deck): void {
  parts.set('_rels/.rels', rootRelationships());
  parts.set('docProps/core.xml', coreProperties(deck));
  parts.set('ppt/presProps.xml', PRESENTATION_PROPS);
  parts.set('ppt/viewProps.xml', VIEW_PROPS);
  parts.set('ppt/tableStyles.xml', TABLE_STYLES);
  parts.set('ppt/theme/theme1.xml', themeXml(deck));
  parts.set('ppt/notesMasters/notesMaster1.xml', notesMasterXml(deck));
  const rels = new Relationships();
  rels.add('theme', '../theme/theme1.xml');
  parts.set('ppt/notesMasters/_rels/notesMaster1.xml.rels', rels.xml());
}
