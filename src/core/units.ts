/**
 * Lengths and their conversions. Geometry crosses module boundaries as EMU (English Metric
 * Units, the unit of OOXML): 914400 per inch, 12700 per point; code converts with these
 * functions rather than with the numbers.
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

/** Slide sizes the templates offer. */
export const SLIDE_SIZES = {
  '16:9': { width: emu(12192000), height: emu(6858000) }, // 13.333 × 7.5 in, PowerPoint's widescreen
  '4:3': { width: emu(9144000), height: emu(6858000) }, // 10 × 7.5 in
} as const;
export type SlideSizeName = keyof typeof SLIDE_SIZES;
