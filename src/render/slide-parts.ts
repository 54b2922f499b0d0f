/**
 * The parts that hold the deck's shapes, written whole from the Deck: the slide master (its
 * placeholders and text styles), the slide layouts, and each slide's shape tree; with the
 * relationships to their pictures, each picture stored once in ppt/media.
 */
import { sha256 } from '../core/hash.js';
import { deckPictures } from '../deck/view.js';
import type { ChartBox, Deck, DeckLayout, ImageAsset, DeckSlide, Lang, Paragraph, PlaceholderRef, TextBox } from '../deck/model.js';
import { chartSpaceXml } from './chart-xml.js';
import { chartWorkbook } from './xlsx.js';
import { DECORATIVE_NS, backgroundXml, escapeXml, levelStyleXml, shapeTreeXml, type TreeContext } from './drawingml.js';
import { Relationships, XML_HEAD } from './package-parts.js';
import type { Parts } from './parts.js';

/** Namespaces of the master, the layouts and the slides (with the decorative mark's). */
export const SLIDE_NS = `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" ${DECORATIVE_NS}`;

/**
 * Pictures of the package: one media part per distinct content (sha256 of the bytes), however
 * many parts show it and under whatever names its files are: a picture on three slides, or a
 * copy of it under another name, is stored once. Each file is read once.
 */
export class Media {
  private readonly byPath = new Map<string, string>();
  private readonly byHash = new Map<string, string>();
  constructor(private readonly parts: Parts, private readonly read: (image: ImageAsset) => Uint8Array) {}

  /** The media part of a picture, added on first use. */
  partOf(image: ImageAsset): string {
    let name = this.byPath.get(image.path);
    if (name) return name;
    const bytes = this.read(image);
    const hash = sha256(bytes);
    name = this.byHash.get(hash);
    if (!name) {
      name = `ppt/media/image${this.byHash.size + 1}.${image.kind === 'jpeg' ? 'jpeg' : 'png'}`;
      this.byHash.set(hash, name);
      this.parts.set(name, bytes);
    }
    this.byPath.set(image.path, name);
    return name;
  }
}

/**
 * Charts of the package: each a part of its own (chart-xml.ts) with its embedded workbook
 * (xlsx.ts), numbered in the order the slides show them.
 */
export class Charts {
  private count = 0;
  constructor(private readonly parts: Parts, private readonly lang: Lang) {}

  /** Writes the chart's part, its relationships and its workbook; returns the part's name. */
  add(chart: ChartBox): string {
    const n = ++this.count;
    const part = `ppt/charts/chart${n}.xml`;
    const rels = new Relationships();
    const workbook = rels.add('package', `../embeddings/Microsoft_Excel_Worksheet${n}.xlsx`);
    this.parts.set(part, chartSpaceXml(chart, this.lang, workbook));
    this.parts.set(`ppt/charts/_rels/chart${n}.xml.rels`, rels.xml());
    this.parts.set(`ppt/embeddings/Microsoft_Excel_Worksheet${n}.xlsx`, chartWorkbook(chart));
    return part;
  }
}

/** Layout → master placeholder: by type (a centred title is a title, a subtitle or content a body). */
function masterType(type: PlaceholderRef['type']): PlaceholderRef['type'] {
  if (type === 'ctrTitle') return 'title';
  if (type === 'subTitle' || type === 'obj') return 'body';
  return type;
}

function findByIdx(boxes: readonly TextBox[], ref: PlaceholderRef): TextBox | undefined {
  return boxes.find((b) => (b.placeholder?.idx ?? 0) === (ref.idx ?? 0));
}

function findByType(boxes: readonly TextBox[], ref: PlaceholderRef): TextBox | undefined {
  const t = masterType(ref.type);
  return boxes.find((b) => b.placeholder && masterType(b.placeholder.type) === t);
}

function tree(deck: Deck, rels: Relationships, media: Media, template: boolean, parent: (ref: PlaceholderRef) => TextBox | undefined, charts?: Charts): TreeContext {
  return {
    lang: deck.lang,
    nextId: 2,
    imageRel: (path) => rels.image(media.partOf(imageAt(deck, path))),
    chartRel: (chart) => {
      if (!charts) throw new Error('pptx writer: a chart on a layout or the master');
      return rels.add('chart', `../charts/${charts.add(chart).slice('ppt/charts/'.length)}`);
    },
    parent,
    template,
  };
}

/** A picture of the deck by path (the tree writers name pictures by path). */
function imageAt(deck: Deck, path: string): ImageAsset {
  const found = deckPictures(deck).get(path);
  if (!found) throw new Error(`pptx writer: no picture ${path}`);
  return found;
}

const BREAK_ATTRS = ' rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"';

function levels(style: readonly Paragraph[], count: number): string {
  let xml = '';
  for (let i = 0; i < count; i++) {
    const p = style[Math.min(i, style.length - 1)]!;
    // deeper levels than the template's step in by the last level's indent
    const extra = i >= style.length ? (i - style.length + 1) * 457200 : 0;
    xml += levelStyleXml(`a:lvl${i + 1}pPr`, { ...p, indent: (p.indent + extra) as Paragraph['indent'] }, BREAK_ATTRS);
  }
  return xml;
}

/** The slide master: ground, placeholders, colour map, its layouts, and the text styles of the deck. */
export function masterXml(deck: Deck, layoutRelIds: string[], rels: Relationships, media: Media): string {
  const m = deck.master;
  const t = tree(deck, rels, media, true, () => undefined);
  const other = m.body[0]!;
  const otherPlain: Paragraph = { ...other, indent: 0 as Paragraph['indent'], bullet: undefined, lineHeight: other.lineHeight } as Paragraph;
  delete (otherPlain as Partial<Paragraph>).bullet;
  return (
    `${XML_HEAD}<p:sldMaster ${SLIDE_NS}><p:cSld>${backgroundXml(m.background, t)}${shapeTreeXml(m.placeholders, t)}</p:cSld>` +
    '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>' +
    `<p:sldLayoutIdLst>${layoutRelIds.map((id, i) => `<p:sldLayoutId id="${2147483649 + i}" r:id="${id}"/>`).join('')}</p:sldLayoutIdLst>` +
    `<p:txStyles><p:titleStyle>${levels([m.title], 1)}</p:titleStyle><p:bodyStyle>${levels(m.body, 9)}</p:bodyStyle>` +
    `<p:otherStyle><a:defPPr><a:defRPr lang="${deck.lang === 'en' ? 'en-US' : 'zh-CN'}"/></a:defPPr>${levels([otherPlain], 9)}</p:otherStyle></p:txStyles></p:sldMaster>`
  );
}

/** A slide layout: name, type, ground, its shapes under every slide, its placeholders. */
export function layoutXml(deck: Deck, layout: DeckLayout, rels: Relationships, media: Media): string {
  const t = tree(deck, rels, media, true, (ref) => findByType(deck.master.placeholders, ref));
  return (
    `${XML_HEAD}<p:sldLayout ${SLIDE_NS} type="${layout.type}" preserve="1"><p:cSld name="${escapeXml(layout.name)}">${backgroundXml(layout.background, t)}` +
    `${shapeTreeXml([...layout.boxes, ...layout.placeholders], t)}</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>`
  );
}

/** A slide's p:cSld: its ground when it differs from its layout's, and its shapes. */
export function slideCsldXml(deck: Deck, slide: DeckSlide, rels: Relationships, media: Media, charts: Charts): string {
  const layout = deck.layouts.find((l) => l.name === slide.layout);
  if (!layout) throw new Error(`pptx writer: slide ${slide.number} names no layout of the deck (${slide.layout})`);
  const t = tree(deck, rels, media, false, (ref) => findByIdx(layout.placeholders, ref), charts);
  const same = layout.background.color.hex === slide.background.color.hex && layout.background.image?.path === slide.background.image?.path;
  return `<p:cSld>${same ? '' : backgroundXml(slide.background, t)}${shapeTreeXml(slide.boxes, t)}</p:cSld>`;
}
