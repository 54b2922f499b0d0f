/**
 * What every slide layout shares: the theme, the slide's canvas, the outline's positions,
 * the diagnostics being collected, and small builders for boxes.
 */
import { contrastRatio } from '../core/color.js';
export { contrastNeed } from '../core/color.js';
import type { Localized } from '../core/catalogue/define.js';
import type { Diagnostic, SourcePos } from '../core/errors.js';
import { emu, points, type Emu } from '../core/units.js';
import type { ColorRole, Theme } from './theme.js';
import { rangeOf } from './theme.js';
import { fitOrReport, type FittedBlock, type TextSpec } from './fit.js';
import type { Color, DeckFont, ImageAsset, Insets, Lang, ShapeBox, TextBox, TextRole } from '../deck/model.js';
import type { Palette } from './palette.js';

export interface LayoutContext {
  theme: Theme;
  lang: Lang;
  width: Emu;
  height: Emu;
  /** Left and right safe margin. */
  margin: Emu;
  diagnostics: Diagnostic[];
  locate(path: readonly (string | number)[]): SourcePos;
  /** A number of the outline as the author wrote it (`12.50`), to print it so. */
  written(path: readonly (string | number)[]): string | undefined;
  /** The checked picture a slide names at this path (its `image:` value), read before layout. */
  picture(path: readonly (string | number)[]): ImageAsset | undefined;
  strings: Strings;
  /** Placeholders of the footer text. */
  fields: Record<string, string>;
  /** The template's colours as references to the theme's colour scheme. */
  colors: Record<ColorRole, Color>;
  palette: Palette;
  /** The template's faces, each naming the theme face it is (heading: major, body: minor). */
  fonts: { heading: DeckFont; body: DeckFont; figure: DeckFont };
}

export interface Strings {
  agenda: string;
  agendaSub: string;
  /** The mark of the n-th continuation of a slide (1: （续）, 2: （续2）…). */
  continued: (n: number) => string;
  thanks: string;
  total: string;
  source: string;
}

export const STRINGS: Record<Lang, Strings> = {
  'zh-CN': { agenda: '目录', agendaSub: 'CONTENTS', continued: (n) => (n > 1 ? `（续${n}）` : '（续）'), thanks: '谢谢！', total: '总数', source: '来源' },
  en: { agenda: 'Agenda', agendaSub: '', continued: (n) => (n > 1 ? ` (continued ${n})` : ' (continued)'), thanks: 'Thank you', total: 'of', source: 'Source' },
};

export const pt = points;

/** Small insets keep glyphs off the box edge in every viewer. */
export function insetsFor(size: number): Insets {
  const side = pt(Math.max(2, Math.round(size * 0.12)));
  const v = pt(Math.max(2, Math.round(size * 0.1)));
  return { l: side, r: side, t: v, b: v };
}

/** Height of a box that holds a fitted block, its insets, and a little slack for descenders. */
export function boxHeight(block: FittedBlock, insets: Insets): Emu {
  return emu(block.height + insets.t + insets.b + pt(block.size * 0.12));
}

export interface FitArea {
  w: Emu;
  /** Height available for the whole box; unbounded when absent. */
  h?: Emu;
}

export interface FitOptions {
  range?: readonly [number, number];
  lineRatio: number;
  gapRatio?: number;
  /**
   * Names the text in a TEXT_OVERFLOW message: "the slide title" / "幻灯片标题" (catalogue/layout.ts's
   * WHAT); a plain string is used in both languages.
   */
  what: string | Localized;
  pos?: SourcePos;
  source?: SourcePos;
  anchor?: TextBox['anchor'];
  /** One line that must never wrap (figures, numbers): written with wrapping off. */
  nowrap?: boolean;
  /** Insets of the box, instead of ones proportional to the largest size. */
  insets?: Insets;
}

/**
 * Fits texts into a box of width `area.w` (and at most `area.h` high) and returns the box,
 * sized to its text, at x = y = 0 for the caller to place. Insets come from the largest size
 * of the range, so the width the text is fitted to is the width it gets.
 */
export function fitTextBox(ctx: LayoutContext, role: TextRole, specs: readonly TextSpec[], area: FitArea, opts: FitOptions): TextBox {
  const range = opts.range ?? rangeOf(ctx.theme, role);
  const insets = opts.insets ?? insetsFor(range[1]);
  const width = emu(area.w - insets.l - insets.r);
  const height = area.h === undefined ? emu(Number.MAX_SAFE_INTEGER) : emu(area.h - insets.t - insets.b - pt(range[1] * 0.12));
  const block = fitOrReport(ctx.diagnostics, specs, { width, height, range, lineRatio: opts.lineRatio, gapRatio: opts.gapRatio ?? 0, role }, opts.what, opts.pos ?? opts.source);
  const extra: { anchor?: TextBox['anchor']; source?: SourcePos; insets: Insets } = { insets };
  if (opts.anchor) extra.anchor = opts.anchor;
  if (opts.source) extra.source = opts.source;
  const box = textBox(role, block, { x: emu(0), y: emu(0), w: area.w }, extra);
  if (opts.nowrap) box.nowrap = true;
  return box;
}

export function textBox(
  role: TextRole,
  block: FittedBlock,
  at: { x: Emu; y: Emu; w: Emu; h?: Emu },
  opts: { anchor?: TextBox['anchor']; source?: SourcePos; name?: string; insets?: Insets } = {},
): TextBox {
  const insets = opts.insets ?? insetsFor(block.size);
  const box: TextBox = {
    kind: 'text',
    name: opts.name ?? '', // named in deck.ts, by place on the slide
    role,
    x: at.x,
    y: at.y,
    w: at.w,
    h: at.h ?? boxHeight(block, insets),
    insets,
    anchor: opts.anchor ?? 'top',
    paragraphs: block.paragraphs,
  };
  if (opts.source) box.source = opts.source;
  return box;
}

/** A decorative rectangle (bands, bars, card grounds): ornament, skipped by screen readers. */
export function rect(at: { x: Emu; y: Emu; w: Emu; h: Emu }, fill: Color, extra: Partial<ShapeBox> = {}): ShapeBox {
  return { kind: 'shape', name: '', shape: 'rect', ...at, fill, decorative: true, ...extra };
}

/** A decorative rule. */
export function line(x1: Emu, y1: Emu, x2: Emu, y2: Emu, color: Color, width: Emu): ShapeBox {
  return { kind: 'shape', name: '', shape: 'line', x: x1, y: y1, w: emu(x2 - x1), h: emu(y2 - y1), line: { color, width }, decorative: true };
}

/** A text colour readable on a ground: the preferred one if it contrasts enough, else the best fallback. */
export function readableOn(ground: Color, preferred: Color, fallbacks: Color[], need = 3): Color {
  if (contrastRatio(preferred.hex, ground.hex) >= need) return preferred;
  let best = preferred;
  let bestRatio = contrastRatio(preferred.hex, ground.hex);
  for (const c of fallbacks) {
    const r = contrastRatio(c.hex, ground.hex);
    if (r > bestRatio) {
      best = c;
      bestRatio = r;
    }
  }
  return best;
}

export function fillPlaceholders(template: string, fields: Record<string, string>): string {
  return template
    .replace(/\{(\w+)\}/g, (_, k: string) => fields[k] ?? '')
    .replace(/[ \u3000]{2,}/g, (m) => m[0]!)
    .trim();
}
