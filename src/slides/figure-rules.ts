/**
 * Rules of key figures the schema cannot state, shared by `numbers` and `number`: the
 * approximation word must be one of the deck's language, the value must print exactly, and a
 * share must be a share (0 ≤ value ≤ of).
 */
import { report } from '../core/catalogue/define.js';
import { FIGURE } from '../core/catalogue/outline.js';
import type { Diagnostic } from '../core/errors.js';
import { APPROX_EN, APPROX_ZH } from './fields.js';
import type { Path, SlideCheck, SlideFigure } from './slide-type.js';

/** Figures from 10^15 on cannot all be written exactly as JavaScript numbers. */
const MAX_EXACT = 1e15;

/** The figures of a list as written (items that are not objects are the schema's business). */
export function figuresIn(list: unknown, path: Path): SlideFigure[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((f, k) => (f && typeof f === 'object' ? [{ keys: f as Record<string, unknown>, path: [...path, k] }] : []));
}

export function checkFigure({ keys: f, path }: SlideFigure, c: SlideCheck): Diagnostic[] {
  const out: Diagnostic[] = [];
  const approx = f.approx;
  if (c.lang === 'zh-CN' && (APPROX_EN as readonly unknown[]).includes(approx)) {
    out.push(report(FIGURE.approxForEnglish, { approx: String(approx), words: APPROX_ZH }, c.at([...path, 'approx'])));
  } else if (c.lang === 'en' && (APPROX_ZH as readonly unknown[]).includes(approx)) {
    out.push(report(FIGURE.approxForChinese, { approx: String(approx), words: APPROX_EN }, c.at([...path, 'approx'])));
  }
  if (typeof f.value === 'number' && Math.abs(f.value) >= MAX_EXACT) {
    out.push(report(FIGURE.tooLarge, { value: f.value }, c.at([...path, 'value'])));
  }
  if (typeof f.of === 'number' && typeof f.value === 'number' && f.value < 0) {
    out.push(report(FIGURE.negativeShare, { value: f.value, of: f.of }, c.at([...path, 'value'])));
  }
  if (typeof f.of === 'number' && typeof f.value === 'number' && f.value > f.of) {
    out.push(report(FIGURE.overTotal, { value: f.value, of: f.of }, c.at([...path, 'of'])));
  }
  return out;
}
