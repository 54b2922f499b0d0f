/**
 * What the layout needs of a template: the Theme (colours, faces, type scale, logo, footer,
 * backgrounds), and the text roles of the deck's frame with the sizes a template may choose
 * for them. Slide types add roles of their own (src/slides); templates are read into a Theme
 * by src/template.
 */
import type { Emu, SlideSizeName } from '../core/units.js';
import type { FontPair, ImageAsset, SlideRole, TextRole } from '../deck/model.js';

export const COLOR_ROLES = ['primary', 'accent', 'background', 'text', 'muted', 'figure', 'onPrimary', 'card', 'emphasis', 'up', 'down'] as const;
export type ColorRole = (typeof COLOR_ROLES)[number];

export interface Fill {
  color: string;
  image?: ImageAsset;
}

export interface Theme {
  name: string;
  label: string;
  description: string;
  /** Folder of the template that was asked for. */
  dir: string;
  /** Every template.yaml read, the asked-for one first (for watching and messages). */
  files: string[];
  size: { name: SlideSizeName; width: Emu; height: Emu };
  colors: Record<ColorRole, string>;
  fonts: { heading: FontPair; body: FontPair; figure: FontPair };
  /** [smallest, largest] size in points of every text role: the frame's and every slide type's. */
  type: TypeScale;
  unitRatio: number;
  logo?: { image: ImageAsset; position: 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right'; width: Emu; height: Emu; slides: SlideRole[] };
  footer: { text: string; pageNumbers: boolean };
  backgrounds: Record<SlideRole, Fill>;
  decor: { cover: 'solid' | 'band' | 'plain'; titleBar: 'bar' | 'rule' };
}

/**
 * A text role: the sizes a template may give it (the outer limits keep every template readable
 * on a projector; nothing under 12 pt but the footer), the range used when no template file sets
 * it, what it is (for template scaffolds and the docs), and the colours it is drawn in, so that
 * the template check holds each colour pair to the smallest text that uses it.
 */
export interface RoleSpec {
  limits: readonly [number, number];
  /** The range when no template in the chain sets one (a template without `extends` must set the frame's). */
  default: readonly [number, number];
  uses: string;
  /** Text colour on its ground, e.g. ['text', 'background']; bold text may use a pair at 3:1 from 14 pt. */
  contrast?: { on: [ColorRole, ColorRole]; bold?: boolean; what: string }[];
}

/** The roles of the deck's frame: cover, agenda, dividers, titles, lists, small text, closing, footer. */
export const FRAME_ROLES = {
  coverTitle: { limits: [28, 72], default: [40, 54], uses: 'cover title' },
  coverSubtitle: { limits: [16, 36], default: [20, 28], uses: 'cover subtitle' },
  coverMeta: { limits: [12, 24], default: [16, 20], uses: 'organisation and date on the cover', contrast: [{ on: ['onPrimary', 'primary'], what: 'the cover’s organisation and date on primary' }] },
  agendaTitle: { limits: [24, 48], default: [32, 40], uses: 'agenda heading' },
  agendaItem: { limits: [16, 32], default: [20, 28], uses: 'agenda entries' },
  sectionNumber: { limits: [36, 120], default: [72, 96], uses: 'big number on section dividers' },
  sectionTitle: { limits: [28, 60], default: [36, 48], uses: 'section divider title' },
  sectionSubtitle: { limits: [16, 32], default: [20, 28], uses: 'section divider subtitle', contrast: [{ on: ['onPrimary', 'primary'], what: 'divider subtitles on primary' }] },
  title: { limits: [20, 40], default: [28, 32], uses: 'content slide titles', contrast: [{ on: ['primary', 'background'], bold: true, what: 'slide titles on the slide ground' }] },
  point: {
    limits: [14, 28],
    default: [18, 24],
    uses: 'points',
    contrast: [
      { on: ['text', 'background'], what: 'points on the slide ground' },
      { on: ['emphasis', 'background'], bold: true, what: 'emphasised words in points' },
    ],
  },
  subPoint: { limits: [12, 24], default: [16, 20], uses: 'sub-points', contrast: [{ on: ['text', 'background'], what: 'sub-points on the slide ground' }] },
  label: { limits: [12, 28], default: [14, 20], uses: 'labels under figures', contrast: [{ on: ['text', 'card'], bold: true, what: 'figure labels on their cards' }] },
  detail: {
    limits: [12, 20],
    default: [12, 16],
    uses: 'details and sources under figures',
    contrast: [
      { on: ['muted', 'background'], what: 'details on the slide ground' },
      { on: ['muted', 'card'], what: 'figure details on their cards' },
    ],
  },
  closingTitle: { limits: [28, 60], default: [36, 48], uses: 'closing slide title' },
  closingSubtitle: { limits: [16, 32], default: [20, 28], uses: 'closing slide subtitle', contrast: [{ on: ['onPrimary', 'primary'], what: 'closing subtitles on primary' }] },
  footer: { limits: [9, 14], default: [10, 12], uses: 'footer and page numbers', contrast: [{ on: ['muted', 'background'], what: 'footer on the slide ground' }] },
} as const satisfies Record<string, RoleSpec>;
export type FrameRole = keyof typeof FRAME_ROLES;

/** Sizes of the frame's roles (always there) and of the slide types' roles (looked up by name). */
export type TypeScale = Record<FrameRole, readonly [number, number]> & Record<TextRole, readonly [number, number]>;

/** The [smallest, largest] range of a role; a role no template and no slide type knows is a bug. */
export function rangeOf(theme: Theme, role: TextRole): readonly [number, number] {
  const r = theme.type[role];
  if (!r) throw new Error(`layout: no type size for the text role "${role}"`);
  return r;
}
