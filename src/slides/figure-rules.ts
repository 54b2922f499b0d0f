/**
 * Rules of key figures the schema cannot state, shared by `numbers` and `number`: the
 * approximation word must be one of the deck's language, the value must print exactly, and a
 * share must be a share (0 ≤ value ≤ of).
 */
import { problem, type Diagnostic } from '../core/errors.js';
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
    out.push(problem('OUTLINE_SCHEMA', `\`${String(approx)}\` is an approximation word for English decks`, { ...c.at([...path, 'approx']), hint: `in a zh-CN deck use one of: ${APPROX_ZH.join(' ')}` }));
  } else if (c.lang === 'en' && (APPROX_ZH as readonly unknown[]).includes(approx)) {
    out.push(problem('OUTLINE_SCHEMA', `\`${String(approx)}\` is an approximation word for Chinese decks`, { ...c.at([...path, 'approx']), hint: `in an English deck use one of: ${APPROX_EN.join(' ')}` }));
  }
  if (typeof f.value === 'number' && Math.abs(f.value) >= MAX_EXACT) {
    out.push(problem('OUTLINE_SCHEMA', `value ${f.value} is too large to print exactly`, { ...c.at([...path, 'value']), hint: 'write it in a larger unit, e.g. value: 1.25 with unit: 亿元' }));
  }
  if (typeof f.of === 'number' && typeof f.value === 'number' && f.value < 0) {
    out.push(problem('OUTLINE_SCHEMA', `value ${f.value} is negative, so it cannot be a share of \`of: ${f.of}\``, { ...c.at([...path, 'value']), hint: 'remove `of`, or give the count the total is made of' }));
  }
  if (typeof f.of === 'number' && typeof f.value === 'number' && f.value > f.of) {
    out.push(problem('OUTLINE_SCHEMA', `value ${f.value} is larger than its total \`of: ${f.of}\``, { ...c.at([...path, 'of']), hint: '`of` is the total the value is a share of; check both figures' }));
  }
  return out;
}
