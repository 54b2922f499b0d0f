/**
 * The slide types an outline may use, in the order the docs list them. The built-ins are
 * registered here; `registerSlideType` adds one from outside (a plugin, a test). Everything
 * that depends on the list (the outline and template schemas, validation, the deck, the
 * scaffold, the docs) asks `slideTypes()`; `registryVersion()` tells caches when it changed.
 */
import { FRAME_ROLES, type RoleSpec } from '../layout/theme.js';
import { numberType, type NumberSlide } from './number.js';
import { numbersType, type NumbersSlide } from './numbers.js';
import { pointsType, type PointsSlide } from './points.js';
import { quoteType, type QuoteSlide } from './quote.js';
import { tableType, type TableSlide } from './table.js';
import { chartType, type ChartSlide } from './chart.js';
import { columnsType, type ColumnsSlide } from './columns.js';
import { imageType, type ImageSlide } from './image.js';
import { photosType, type PhotosSlide } from './photos.js';
import type { SlideData, SlideType } from './slide-type.js';

/** A slide of a built-in type, for code and tests that read one (the deck goes through the registry). */
export type BuiltinSlide = PointsSlide | NumbersSlide | NumberSlide | QuoteSlide | TableSlide | ChartSlide | ColumnsSlide | ImageSlide | PhotosSlide;

const types = new Map<string, SlideType>();
let version = 0;

/** Names no slide type may take: the slides of the frame and the keys of an outline. */
const RESERVED = new Set(['cover', 'agenda', 'section', 'closing']);

/**
 * Adds a slide type. Its name must be new and look like the others (lowercase letters, digits,
 * -), and its roles must not take a role the frame or another type already has.
 */
export function registerSlideType<S extends SlideData>(t: SlideType<S>): void {
  if (!/^[a-z][a-z0-9-]*$/.test(t.name)) throw new Error(`slide type name "${t.name}": use lowercase letters, digits and -`);
  if (types.has(t.name) || RESERVED.has(t.name)) throw new Error(`slide type "${t.name}" exists already`);
  for (const role of Object.keys(t.roles ?? {})) {
    if (role in FRAME_ROLES || roleOwner(role)) throw new Error(`slide type "${t.name}": the text role "${role}" exists already`);
  }
  types.set(t.name, t as unknown as SlideType);
  version++;
}

/** Removes a type added with registerSlideType (tests); built-ins stay. */
export function unregisterSlideType(name: string): void {
  if (BUILTIN.some((t) => t.name === name)) throw new Error(`slide type "${name}" is built in`);
  if (types.delete(name)) version++;
}

export function slideTypes(): readonly SlideType[] {
  return [...types.values()];
}

export function slideType(name: string): SlideType | undefined {
  return types.get(name);
}

export function slideTypeNames(): string[] {
  return [...types.keys()];
}

/** Changes whenever a type is added or removed. */
export function registryVersion(): number {
  return version;
}

function roleOwner(role: string): SlideType | undefined {
  for (const t of types.values()) if (t.roles && role in t.roles) return t;
  return undefined;
}

/** Every text role: the frame's, then each slide type's, in registry order. */
export function textRoles(): Record<string, RoleSpec> {
  const out: Record<string, RoleSpec> = { ...FRAME_ROLES };
  for (const t of types.values()) Object.assign(out, t.roles ?? {});
  return out;
}

const BUILTIN = [pointsType, numbersType, numberType, quoteType, columnsType, tableType, chartType, imageType, photosType] as unknown as SlideType[];
for (const t of BUILTIN) registerSlideType(t);
