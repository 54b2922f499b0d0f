/**
 * The Deck: the geometric result of layout and the only input of the writers.
 * Every box has its place in EMU, every text its chosen size and its lines already
 * broken; writers (pptx, html) serialise it and decide nothing. Plain JSON data.
 */
import type { SourcePos } from '../core/errors.js';
import type { Emu } from '../core/units.js';
import type { Lang } from '../outline/schema.js';
import type { FontPair, ImageAsset } from '../template/load.js';
import type { ColorRole, SlideRole, TextRole } from '../template/schema.js';

export interface Rect {
  x: Emu;
  y: Emu;
  w: Emu;
  h: Emu;
}

export interface Run {
  text: string;
  /** Points. */
  size: number;
  bold: boolean;
  /** RRGGBB */
  color: string;
  font: FontPair;
}

export interface Line {
  runs: Run[];
}

export interface Bullet {
  char: string;
  color: string;
  /** Points. */
  size: number;
  font: FontPair;
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
  bullet?: Bullet;
}

export interface Insets {
  l: Emu;
  t: Emu;
  r: Emu;
  b: Emu;
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
  /** Where in the outline the text was written. */
  source?: SourcePos;
}

export interface ShapeBox extends Rect {
  kind: 'shape';
  name: string;
  shape: 'rect' | 'roundRect' | 'ellipse' | 'line';
  fill?: string;
  line?: { color: string; width: Emu };
  /** roundRect corner radius as a fraction of the shorter side (0–0.5). */
  radius?: number;
}

export interface ImageBox extends Rect {
  kind: 'image';
  name: string;
  image: ImageAsset;
}

export type Box = TextBox | ShapeBox | ImageBox;

export type SlideKind = 'cover' | 'agenda' | 'section' | 'points' | 'numbers' | 'number' | 'quote' | 'closing';

/**
 * Boxes shared by many slides (the rule under the title, the footer, the page number, the
 * logo): written once, as a slide layout, and drawn under the slide's own boxes. A text box
 * with `field: 'slidenum'` shows each slide's own number.
 */
export interface DeckLayout {
  name: string;
  /** The ground of the slides drawn on it (each slide still states its own). */
  background: { color: string; image?: ImageAsset };
  boxes: Box[];
}

export interface DeckSlide {
  /** 1-based position in the deck. */
  number: number;
  /** The layout the slide is drawn on, when it has one. */
  layout?: string;
  kind: SlideKind;
  role: SlideRole;
  /** Plain title, for messages, the watcher's change report and the preview. */
  title: string;
  id?: string;
  source?: SourcePos;
  background: { color: string; image?: ImageAsset };
  boxes: Box[];
  notes: string;
}

export interface DeckTheme {
  name: string;
  colors: Record<ColorRole, string>;
  fonts: { heading: FontPair; body: FontPair; figure: FontPair };
}

export interface Deck {
  title: string;
  subtitle?: string;
  organization?: string;
  lang: Lang;
  width: Emu;
  height: Emu;
  theme: DeckTheme;
  layouts: DeckLayout[];
  slides: DeckSlide[];
}
