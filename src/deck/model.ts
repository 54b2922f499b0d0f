/**
 * The Deck: the geometric result of layout and the only input of the writers.
 * Every box has its place in EMU, every text its chosen size and its lines already
 * measured; writers (pptx, html) serialise it and decide nothing. Plain JSON data.
 *
 * A Deck is a PowerPoint document, not a picture of one: slides sit on slide layouts that
 * hold placeholders (title, body, date, footer, slide number) on one slide master; colours
 * name a slot of the theme's colour scheme and fonts the theme's heading or body face, so a
 * new theme recolours and re-fonts the deck (docs/powerpoint.md).
 */
import type { SourcePos } from '../core/errors.js';
import type { Emu } from '../core/units.js';

/** The languages a deck is written in: its language tag, number format and default texts. */
export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The kinds of slide as templates style them (backgrounds, logo): every slide has one. */
export const SLIDE_ROLES = ['cover', 'agenda', 'section', 'content', 'closing'] as const;
export type SlideRole = (typeof SLIDE_ROLES)[number];

/** What a text is (title, point, figure, …): the type scale's name for it. Slide types add their own. */
export type TextRole = string;

/** Two faces: the East Asian one draws Chinese characters and full-width punctuation, the Latin one the rest. */
export interface FontPair {
  ea: string;
  latin: string;
}

/** A picture file the deck shows, checked and measured. */
export interface ImageAsset {
  path: string;
  kind: 'png' | 'jpeg';
  widthPx: number;
  heightPx: number;
  /** Size of the file when it was checked. */
  bytes: number;
}

export interface Rect {
  x: Emu;
  y: Emu;
  w: Emu;
  h: Emu;
}

/** The twelve colours of a theme's colour scheme, as DrawingML names them. */
export const SCHEME_SLOTS = ['dk1', 'lt1', 'dk2', 'lt2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'] as const;
export type SchemeSlot = (typeof SCHEME_SLOTS)[number];
/** What slides refer to: the master maps tx1/bg1/tx2/bg2 onto dk1/lt1/dk2/lt2. */
export type SchemeRef = 'tx1' | 'bg1' | 'tx2' | 'bg2' | 'accent1' | 'accent2' | 'accent3' | 'accent4' | 'accent5' | 'accent6' | 'hlink' | 'folHlink';

/**
 * A colour: the slot of the theme it comes from (with PowerPoint's lighter/darker transforms),
 * and what that gives with this deck's theme. `scheme` is absent only for a colour the
 * template uses that is not in the scheme (written as a fixed RGB colour).
 */
export interface Color {
  /** RRGGBB as drawn with this deck's theme. */
  hex: string;
  scheme?: SchemeRef;
  /** a:lumMod / a:lumOff in 1/1000 % (100000 = 100 %). */
  lumMod?: number;
  lumOff?: number;
}

/** A face pair and, when it is one of the theme's two, which: text then names +mj-/+mn- faces. */
export interface DeckFont extends FontPair {
  theme?: 'major' | 'minor';
}

export interface Run {
  text: string;
  /** Points. */
  size: number;
  bold: boolean;
  color: Color;
  font: DeckFont;
  /**
   * Stretches of `text` ([start, end) in UTF-16 units) that the deck's viewers draw with the East
   * Asian face although they are not Chinese characters (curly quotes, ·, °, ※, arrows in a
   * Chinese deck). Decided by the layout; a writer that chooses faces itself (the preview) follows it.
   */
  eastAsian?: [number, number][];
}

export interface Line {
  runs: Run[];
  /** Spaces dropped at the end of the line; written back when the viewer breaks the line. */
  trail?: string;
  /** The author broke the line here (a line break in the outline): written as a:br. */
  hard?: boolean;
}

export interface Bullet {
  char: string;
  color: Color;
  /** Points. */
  size: number;
  font: DeckFont;
  /** Width the bullet hangs out to the left of the text. */
  hang: Emu;
}

export interface Paragraph {
  lines: Line[];
  align: 'left' | 'center' | 'right';
  /** Exact line pitch in points (written as exact spacing, so every viewer agrees). */
  lineHeight: number;
  /** Points of space above the paragraph (not above the first one in a box). */
  spaceBefore: number;
  /** Left margin of the text (EMU from the box's inner left edge); bullets hang in it. */
  indent: Emu;
  /** Right margin of the text: with `indent`, the width the viewer wraps the text in. */
  marginRight?: Emu;
  /**
   * 'wrap' (running text): the lines are where the viewer's own wrapping breaks the text in
   * its margins, so it is written without line breaks and re-wraps when edited. 'break'
   * (display text: titles, labels): the breaks are chosen at word boundaries and written.
   */
  breaks: 'wrap' | 'break';
  /** Outline level: 0 a point, 1 a sub-point (a:pPr lvl). */
  level?: number;
  bullet?: Bullet;
  /** Text hanging in the indent before a tab (written as runs, then a tab): an agenda's number. */
  lead?: { runs: Run[]; hang: Emu };
}

export interface Insets {
  l: Emu;
  t: Emu;
  r: Emu;
  b: Emu;
}

/** `obj` is a content placeholder: text, or a table, chart or picture someone inserts. */
export type PlaceholderType = 'title' | 'ctrTitle' | 'subTitle' | 'body' | 'obj' | 'dt' | 'ftr' | 'sldNum';

/** A placeholder as PowerPoint links them: slide → layout by idx, layout → master by type. */
export interface PlaceholderRef {
  type: PlaceholderType;
  /** Absent for titles (idx 0). */
  idx?: number;
}

export interface TextBox extends Rect {
  kind: 'text';
  name: string;
  role: TextRole;
  insets: Insets;
  anchor: 'top' | 'middle' | 'bottom';
  paragraphs: Paragraph[];
  /** Never wrap (figures, numbers): a viewer with wider glyphs overhangs instead of breaking. */
  nowrap?: boolean;
  /** The slide number field instead of fixed text (the footer's page number). */
  field?: 'slidenum';
  /** Fills this placeholder of the slide's layout (or, on a layout, is that placeholder). */
  placeholder?: PlaceholderRef;
  /**
   * Shrink text on overflow (a:normAutofit), for text a person adds later: what layout
   * placeholders do. Generated text is measured to fit and never relies on it.
   */
  shrinkOnOverflow?: boolean;
  /** Off the visible slide: a title kept for screen readers and the outline on a slide that shows none. */
  offSlide?: boolean;
  /** Ornament only (a large quotation mark): screen readers skip it. */
  decorative?: boolean;
  /** Where in the outline the text was written. */
  source?: SourcePos;
}

export interface ShapeBox extends Rect {
  kind: 'shape';
  name: string;
  shape: 'rect' | 'roundRect' | 'ellipse' | 'line';
  fill?: Color;
  line?: { color: Color; width: Emu };
  /** roundRect corner radius as a fraction of the shorter side (0–0.5). */
  radius?: number;
  /** Ornament only: screen readers skip it (every shape briefdeck draws is). */
  decorative?: boolean;
}

export interface ImageBox extends Rect {
  kind: 'image';
  name: string;
  image: ImageAsset;
  /** What the picture shows, for screen readers. */
  alt: string;
  /**
   * The part of the picture shown when it is cropped to fill its box (a:srcRect): what is cut
   * off each side, in 1/100000 of the picture's width (l, r) or height (t, b). Absent: all of it.
   */
  crop?: { l: number; t: number; r: number; b: number };
}

/** Boxes that move together, e.g. a figure card: its ground, its colour strip and its text. */
export interface GroupBox extends Rect {
  kind: 'group';
  name: string;
  boxes: (TextBox | ShapeBox | ImageBox)[];
}

/** A cell of a table: its text laid out and measured like any text box's. */
export interface TableCell {
  paragraphs: Paragraph[];
  /** The cell's ground (banding, the header, an emphasised row or column); none: the slide's. */
  fill?: Color;
  /** Where in the outline the cell was written. */
  source?: SourcePos;
}

export interface TableRow {
  /** Height of the row: its tallest cell's text and the cell margins. */
  h: Emu;
  /** The header (repeated on every slide of a long table), a body row, or the total row. */
  kind: 'header' | 'body' | 'total';
  cells: TableCell[];
}

/**
 * A native table (a:tbl): column widths and row heights chosen by the layout, every cell's
 * lines measured; rules between rows, a heavier one under the header and above the total.
 */
export interface TableBox extends Rect {
  kind: 'table';
  name: string;
  /** The text role of its cells. */
  role: TextRole;
  columns: Emu[];
  rows: TableRow[];
  /** Margins inside every cell. */
  insets: Insets;
  /** Lines between rows, and the heavier line under the header and above a total row. */
  rule: { color: Color; width: Emu };
  headerRule: { color: Color; width: Emu };
  /** What the table shows, in one sentence, for screen readers. */
  alt: string;
  source?: SourcePos;
}

export type ChartKind = 'column' | 'bar' | 'line' | 'pie' | 'doughnut';

export interface ChartSeries {
  name: string;
  values: number[];
  /** Each value as the author wrote it (`12.50`), for the workbook and the labels' decimals. */
  written: string[];
  color: Color;
}

/**
 * A native chart with its workbook (Edit Data works): the data, the colours (theme accents)
 * and the text style chosen by the layout; where axes, labels and legend go is the viewer's.
 */
export interface ChartBox extends Rect {
  kind: 'chart';
  name: string;
  chart: ChartKind;
  /** Column and bar charts: series stacked instead of side by side. */
  stacked: boolean;
  categories: string[];
  series: ChartSeries[];
  /** Pie and doughnut: a colour per category (slice). */
  pointColors?: Color[];
  /** Excel number format of the values and their labels, units included: `0"名"`, `0.0"%"`. */
  numberFormat: string;
  /** Value labels on the bars, points or slices. */
  labels: boolean;
  legend: boolean;
  /** The text of axes, labels and legend. */
  text: { size: number; color: Color; font: DeckFont };
  /** Axis lines and gridlines. */
  lines: Color;
  /** What the chart shows, in one sentence, for screen readers. */
  alt: string;
  source?: SourcePos;
}

export type Box = TextBox | ShapeBox | ImageBox | GroupBox | TableBox | ChartBox;

/** The fixed slides, or the outline's `type:` of a content slide (a slide type of the registry). */
export type SlideKind = 'cover' | 'agenda' | 'section' | 'closing' | (string & {});

/** ST_SlideLayoutType: how PowerPoint matches layouts when another theme is applied. */
export type LayoutType = 'title' | 'obj' | 'secHead' | 'titleOnly' | 'cust';

export interface Background {
  color: Color;
  image?: ImageAsset;
}

/**
 * A slide layout: its ground, the shapes every slide on it shows (rules, bands, logo: drawn
 * under the slide's own), and its placeholders, whose place and text style a slide's
 * placeholder inherits and a new slide starts from. A placeholder's paragraphs are its
 * prompt text, one per outline level, and their runs its text style.
 */
export interface DeckLayout {
  name: string;
  type: LayoutType;
  background: Background;
  boxes: Box[];
  placeholders: TextBox[];
}

/** The slide master: the deck-wide ground, placeholders and text styles every layout inherits. */
export interface DeckMaster {
  background: Background;
  placeholders: TextBox[];
  /** Title text style (p:titleStyle level 1). */
  title: Paragraph;
  /** Body text styles, one per level (p:bodyStyle): points, then sub-points. */
  body: Paragraph[];
}

export interface DeckSlide {
  /** 1-based position in the deck. */
  number: number;
  /** The layout the slide is drawn on. */
  layout: string;
  kind: SlideKind;
  role: SlideRole;
  /** Plain title, for messages, the watcher's change report and the preview. */
  title: string;
  id?: string;
  source?: SourcePos;
  background: Background;
  boxes: Box[];
  notes: string;
}

export interface DeckTheme {
  name: string;
  /** The colour scheme (RRGGBB per slot). */
  scheme: Record<SchemeSlot, string>;
  /** Heading (major) and body (minor) faces of the font scheme. */
  fonts: { major: FontPair; minor: FontPair };
}

export interface Deck {
  title: string;
  subtitle?: string;
  organization?: string;
  lang: Lang;
  width: Emu;
  height: Emu;
  theme: DeckTheme;
  master: DeckMaster;
  layouts: DeckLayout[];
  slides: DeckSlide[];
}
