/**
 * Reads a built .pptx back as a recipient's tools would (PowerPoint's accessibility checker and
 * outline view, python-pptx) and reports whether it behaves like a PowerPoint document: a title
 * in a title placeholder on every slide, lists in body placeholders with real levels, colours
 * and fonts from the theme, running text without line breaks, footer, date and page number as
 * placeholders. Used on every deck the tests build.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { Deck } from '../../src/deck/model.js';
import { flatBoxes } from '../../src/deck/view.js';

/** Roles of running text: the viewer wraps it, no line break may be written into its paragraphs. */
const RUNNING_ROLES = new Set(['point', 'subPoint', 'detail', 'quote', 'quoteBy', 'coverSubtitle', 'sectionSubtitle', 'closingSubtitle', 'coverMeta', 'footer']);

export interface DocumentReport {
  slides: number;
  /** Slides whose title placeholder has text. */
  titled: number;
  /** Distinct slide titles. */
  uniqueTitles: number;
  /** Paragraphs of lists in body placeholders, and of them at level 2. */
  listParagraphs: number;
  subPoints: number;
  /** On slides: colours written as theme colours, as fixed RGB; fonts named by the theme, by name. */
  schemeColors: number;
  rgbColors: number;
  themeFonts: number;
  namedFonts: number;
  /** a:br inside running-text paragraphs (none allowed), and in display text. */
  runningBreaks: number;
  displayBreaks: number;
  /** Placeholders of the footer row on slides, layouts and the master. */
  footerPlaceholders: { slide: number; layout: number; master: number };
  /** Shapes marked decorative, pictures with alt text, media parts. */
  decorative: number;
  picturesWithAlt: number;
  pictures: number;
  media: number;
  problems: string[];
}

const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

function shapes(xml: string): string[] {
  return xml.match(/<p:sp>[\s\S]*?<\/p:sp>/g) ?? [];
}

function textOf(xml: string): string {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('');
}

/** Everything the Deck says the document must have, and the XML says it has. */
export function inspectDeck(bytes: Uint8Array, deck: Deck): DocumentReport {
  const files = unzipSync(bytes);
  const part = (name: string) => (files[name] ? strFromU8(files[name]!) : '');
  const r: DocumentReport = {
    slides: 0,
    titled: 0,
    uniqueTitles: 0,
    listParagraphs: 0,
    subPoints: 0,
    schemeColors: 0,
    rgbColors: 0,
    themeFonts: 0,
    namedFonts: 0,
    runningBreaks: 0,
    displayBreaks: 0,
    footerPlaceholders: { slide: 0, layout: 0, master: 0 },
    decorative: 0,
    picturesWithAlt: 0,
    pictures: 0,
    media: Object.keys(files).filter((n) => n.startsWith('ppt/media/')).length,
    problems: [],
  };
  const problem = (msg: string) => r.problems.push(msg);
  const titles: string[] = [];
  const footerTypes = /<p:ph type="(dt|ftr|sldNum)"/g;

  for (const slide of deck.slides) {
    const n = slide.number;
    const xml = part(`ppt/slides/slide${n}.xml`);
    if (!xml) {
      problem(`slide ${n}: no part`);
      continue;
    }
    r.slides++;
    const sps = shapes(xml);
    const titleSps = sps.filter((s) => /<p:ph type="(title|ctrTitle)"/.test(s));
    if (titleSps.length !== 1) problem(`slide ${n}: ${titleSps.length} title placeholders`);
    const title = titleSps[0] ? textOf(titleSps[0]).trim() : '';
    if (title) r.titled++;
    else problem(`slide ${n}: no title text`);
    titles.push(title);

    // the slide's text boxes by name, to know each one's role
    const boxes = new Map(flatBoxes(slide.boxes).map((b) => [b.name, b]));
    // lists inside a card (a columns slide's) are a card's text: a placeholder cannot sit in a group
    const inCards = new Set(slide.boxes.flatMap((b) => (b.kind === 'group' ? flatBoxes(b.boxes).map((x) => x.name) : [])));
    for (const sp of sps) {
      const name = /<p:cNvPr id="\d+" name="([^"]*)"/.exec(sp)?.[1] ?? '';
      const box = boxes.get(name);
      if (!box || box.kind !== 'text') continue;
      const paragraphs = sp.match(/<a:p>[\s\S]*?<\/a:p>/g) ?? [];
      paragraphs.forEach((p, k) => {
        const para = box.paragraphs[k];
        const breaks = count(p, /<a:br>|<a:br\/>/g);
        const authored = para?.lines.filter((l) => l.hard).length ?? 0;
        // running text by its role, or by the Deck's word for a box that holds both (a card's label and detail)
        if (RUNNING_ROLES.has(box.role) || para?.breaks === 'wrap') {
          r.runningBreaks += breaks - authored;
          if (breaks > authored) problem(`slide ${n}: ${name} (running text) has ${breaks - authored} line breaks in paragraph ${k + 1}`);
          if (RUNNING_ROLES.has(box.role) && para?.breaks !== 'wrap' && para && para.lines.length > 1) problem(`slide ${n}: ${name} is running text laid out with written breaks`);
        } else r.displayBreaks += breaks;
      });
      if (box.role === 'point' && !inCards.has(name)) {
        if (!/<p:ph idx="1"\/>|<p:ph type="body" idx="1"\/>/.test(sp)) problem(`slide ${n}: the list ${name} is not in the body placeholder`);
        r.listParagraphs += paragraphs.length;
        const levels = paragraphs.filter((p) => /<a:pPr[^>]* lvl="1"/.test(p)).length;
        r.subPoints += levels;
        const expected = box.paragraphs.filter((p) => p.level === 1).length;
        if (levels !== expected) problem(`slide ${n}: ${name} has ${levels} level-2 paragraphs, the outline ${expected} sub-points`);
      }
      if (box.field === 'slidenum' && !/<p:ph type="sldNum"/.test(sp)) problem(`slide ${n}: the page number is not a slide number placeholder`);
      if (box.role === 'footer' && !box.field && !/<p:ph type="ftr"/.test(sp)) problem(`slide ${n}: the footer is not a footer placeholder`);
    }
    r.footerPlaceholders.slide += count(xml, footerTypes);

    // colours and fonts of everything on the slide but pictures
    r.schemeColors += count(xml, /<a:schemeClr /g);
    const rgb = count(xml, /<a:srgbClr /g);
    r.rgbColors += rgb;
    if (rgb) problem(`slide ${n}: ${rgb} fixed RGB colours`);
    for (const m of xml.matchAll(/<a:(latin|ea|cs|buFont) typeface="([^"]*)"/g)) {
      if (m[2]!.startsWith('+')) r.themeFonts++;
      else {
        r.namedFonts++;
        problem(`slide ${n}: a font named ${m[2]} (${m[1]})`);
      }
    }
    r.decorative += count(xml, /<adec:decorative [^>]*val="1"/g);
    for (const pic of xml.match(/<p:pic>[\s\S]*?<\/p:pic>/g) ?? []) {
      r.pictures++;
      if (/ descr="[^"]+"/.test(pic)) r.picturesWithAlt++;
      else problem(`slide ${n}: a picture without alt text`);
    }
  }
  r.uniqueTitles = new Set(titles).size;

  const layouts = Object.keys(files).filter((f) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(f));
  for (const name of layouts) {
    const xml = part(name);
    const types = new Set([...xml.matchAll(footerTypes)].map((m) => m[1]));
    r.footerPlaceholders.layout += types.size;
    for (const t of ['dt', 'ftr', 'sldNum']) if (!types.has(t)) problem(`${name}: no ${t} placeholder`);
    if (!/<p:ph type="(title|ctrTitle)"/.test(xml)) problem(`${name}: no title placeholder`);
    r.decorative += count(xml, /<adec:decorative [^>]*val="1"/g);
    for (const pic of xml.match(/<p:pic>[\s\S]*?<\/p:pic>/g) ?? []) {
      r.pictures++;
      if (/ descr="[^"]+"/.test(pic)) r.picturesWithAlt++;
      else problem(`${name}: a picture without alt text`);
    }
  }
  const master = part('ppt/slideMasters/slideMaster1.xml');
  r.footerPlaceholders.master = new Set([...master.matchAll(footerTypes)].map((m) => m[1])).size;
  for (const t of ['title', 'body']) if (!new RegExp(`<p:ph type="${t}"`).test(master)) problem(`the master has no ${t} placeholder`);
  if (r.footerPlaceholders.master !== 3) problem('the master lacks a date, footer or slide number placeholder');
  if (/<p:hf [^>]*(sldNum|ftr|dt)="0"/.test(master)) problem('the master turns Header & Footer placeholders off');
  return r;
}
