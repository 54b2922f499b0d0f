/**
 * A slide type: everything about one `type:` of the outline in one place — its keys (a zod
 * schema), the text roles it adds to templates, the PowerPoint layout it sits on, its title and
 * notes rules, the checks a schema cannot make, and how it is drawn. The registry
 * (registry.ts) lists them; the outline schema, the validation, the template schema, the
 * scaffold, the deck and the docs iterate it. docs/adding-a-slide-type.md walks through one.
 */
import * as z from 'zod/mini';
import type { $ZodIssue } from 'zod/v4/core';
import type { Localized } from '../core/catalogue/define.js';
import type { Diagnostic, SourcePos } from '../core/errors.js';
import type { Box, Lang } from '../deck/model.js';
import type { LayoutContext } from '../layout/context.js';
import type { ContentLayout } from '../layout/frame/layouts.js';
import type { RoleSpec } from '../layout/theme.js';
import { COMMON_KEYS } from './fields.js';

export type Path = (string | number)[];

/** What every slide has, whatever its type. */
export interface SlideData {
  type: string;
  title?: string | undefined;
  notes?: string | undefined;
  id?: string | undefined;
}

/** A figure of a slide, for the notes (its quoted source) and `briefdeck check` (against the report). */
export interface SlideFigure {
  /** The figure's keys as written (possibly invalid when the schema failed). */
  keys: Record<string, unknown>;
  /** Path of the object holding the keys, from the outline's root. */
  path: Path;
  /** Where the value itself is written, when not at `path` + 'value' (a chart's values). */
  valuePath?: Path;
}

/** A text of a slide that may hold **emphasis** (checked for unclosed markers). */
export interface SlideText {
  text: string;
  path: Path;
}

export interface SlideCheck {
  lang: Lang;
  /** A problem at a path of the outline (its position and code frame are filled in). */
  at(path: Path): { pos: SourcePos; frame: string };
}

export interface SlideType<S extends SlideData = SlideData> {
  /** The value of `type:` in the outline. */
  name: string;
  /** One line for the docs and messages: what the slide shows. */
  summary: string;
  /** The slide's schema: `slideSchema(name, keys)` (type, title, notes, id and its own keys). */
  schema: z.ZodMiniType<S>;
  /** Text roles this type adds to the template's type scale (name → limits, default, use). */
  roles?: Record<string, RoleSpec>;
  /**
   * The PowerPoint layout its slides sit on: a layout this type defines (name, placeholders), or
   * the key of one another type defines (number slides sit on numbers' 关键数字).
   */
  layout: ContentLayout | string;
  /** The title of a slide written without one: its statement, its first point, its figures' labels. */
  untitled(slide: S, lang: Lang): string;
  /**
   * Whether that title is shown (a quote's statement is its title) or kept off the slide for
   * screen readers and the outline view only. Default: kept off.
   */
  untitledShown?: boolean;
  /** Its figures, from the data as written (the schema may have failed): notes show their sources. */
  figures?(slide: Record<string, unknown>, path: Path): SlideFigure[];
  /** Its texts that may hold **emphasis**, from the data as written. */
  texts?(slide: Record<string, unknown>, path: Path): SlideText[];
  /**
   * Where its pictures are named, from the data as written: the paths of its `image:` values.
   * The outline's loader reads and checks each file before layout (outline/pictures.ts).
   */
  pictures?(slide: Record<string, unknown>, path: Path): Path[];
  /** Rules the schema cannot state, on the data as written. */
  check?(slide: Record<string, unknown>, path: Path, c: SlideCheck): Diagnostic[];
  /**
   * A clearer message or hint for a schema problem of one of its keys (`key` is the last key of
   * the path): in English and Chinese (`both(phrase, params)`), or a plain string for both.
   */
  explain?(key: string, issue: $ZodIssue, input: unknown): { message?: string | Localized; hint?: string | Localized } | undefined;
  /** The slide's boxes: title, content and anything it draws (the footer is added by the deck). */
  draw(ctx: LayoutContext, slide: S, path: Path): Box[];
  /**
   * Instead of `draw`, for content that may need more than one slide (a long table): the pages,
   * each with the title it shows (the first the slide's own, the next ones marked （续）).
   */
  drawPages?(ctx: LayoutContext, slide: S, path: Path): SlidePage[];
}

/** One slide of a slide type that continues over several. */
export interface SlidePage {
  /** The title the page shows (and the outline view and screen readers read). */
  title: string;
  boxes: Box[];
}

/** The schema of a slide of type `name` with its own keys: `type`, title, notes and id are added. */
export function slideSchema<N extends string, K extends z.core.$ZodLooseShape>(name: N, keys: K) {
  return z.strictObject({ type: z.literal(name), ...COMMON_KEYS, ...keys });
}

/** Keeps a slide type's data type while the registry stores it with others. */
export function defineSlideType<S extends SlideData>(t: SlideType<S>): SlideType<S> {
  return t;
}
