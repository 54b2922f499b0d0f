/**
 * The only place where units convert. Geometry crosses module boundaries as EMU
 * (English Metric Units, the unit of OOXML): 914400 per inch, 12700 per point.
 */
declare const emuBrand: unique symbol;
/** A length in EMU, always an integer. */
export type Emu = number & { readonly [emuBrand]: true };

export const EMU_PER_INCH = 914400;
export const EMU_PER_POINT = 12700;

export function emu(n: number): Emu {
  return Math.round(n) as Emu;
}
export function inches(n: number): Emu {
  return emu(n * EMU_PER_INCH);
}
export function points(n: number): Emu {
  return emu(n * EMU_PER_POINT);
}
export function toInches(e: Emu): number {
  return e / EMU_PER_INCH;
}
export function toPoints(e: Emu): number {
  return e / EMU_PER_POINT;
}
/** Sum or difference of EMU lengths, still EMU. */
export function add(...xs: Emu[]): Emu {
  let s = 0;
  for (const x of xs) s += x;
  return s as Emu;
}
export function sub(a: Emu, b: Emu): Emu {
  return (a - b) as Emu;
}
export function scale(a: Emu, k: number): Emu {
  return emu(a * k);
}
export const ZERO = 0 as Emu;

/** Slide sizes the templates offer. */
export const SLIDE_SIZES = {
  '16:9': { width: emu(12192000), height: emu(6858000) }, // 13.333 × 7.5 in, PowerPoint's widescreen
  '4:3': { width: emu(9144000), height: emu(6858000) }, // 10 × 7.5 in
} as const;
export type SlideSizeName = keyof typeof SLIDE_SIZES;
