/**
 * How a figure prints: the value (never rounded), its unit and approximation word in the
 * places Chinese and English put them (约3000人, 突破20万人次, 1400余篇, 95%以上, 60岁及以上,
 * 1,400+, >95%, about 30%).
 */
import type { Lang } from '../deck/model.js';
import { APPROX_AFTER_UNIT_ZH, APPROX_BEFORE_VALUE_ZH, type ApproxWord, type NumberFormat } from './fields.js';

/**
 * The size a word before the value prints at: `value` for the signs ~ > < (a small ">" beside
 * large digits reads as a typo), `mid` for Chinese words (超过300亿元: read with the figure, so
 * a quarter of the way from the unit's size to the value's), `unit` for English words (about 30%).
 */
export type PrefixSize = 'value' | 'mid' | 'unit';

export interface FigureParts {
  /** Text before the value: a Chinese word (超过 突破 约 不少于 …, APPROX_BEFORE_VALUE_ZH), ~ > <, `over ` `under ` `about `. */
  prefix: string;
  /** The size class of the prefix (figure-cards scales it with prefixScale). */
  prefixSize: PrefixSize;
  /** The value as printed. */
  value: string;
  /** Small text after the value: approx (余 多 +) and unit, then 以上 及以上 左右 … (APPROX_AFTER_UNIT_ZH). */
  suffix: string;
}

export interface FigureInput {
  value: number;
  /** The value as the author wrote it in the YAML (`12.50`), when known: printed with its decimals. */
  written?: string | undefined;
  approx?: ApproxWord | undefined;
  unit?: string | undefined;
  format?: NumberFormat | undefined;
}

const BEFORE_VALUE: ReadonlyMap<string, PrefixSize> = new Map([
  ...APPROX_BEFORE_VALUE_ZH.map((w) => [w, 'mid'] as const),
  ...(['~', '>', '<'] as const).map((w) => [w, 'value'] as const),
  ...(['over', 'under', 'about'] as const).map((w) => [w, 'unit'] as const),
]);
const AFTER_UNIT = new Set<string>(APPROX_AFTER_UNIT_ZH);

/** A prefix's size relative to the value's, for a unit at `unitRatio` of it: `mid` is halfway between. */
export function prefixScale(size: PrefixSize, unitRatio: number): number {
  if (size === 'value') return 1;
  if (size === 'unit') return unitRatio;
  // a quarter of the way from the unit's size to the value's: 超过 reads with the figure, yet a
  // two-character word at half the value's size would take the card's width from the digits
  return Math.round((unitRatio + (1 - unitRatio) / 4) * 100) / 100;
}

export function formatValue(value: number, format: NumberFormat | undefined, lang: Lang, written?: string): string {
  const f = format ?? (lang === 'en' ? 'grouped' : 'plain');
  const digits = asWritten(written, value) ?? exact(value);
  if (f === 'wan' && Math.abs(value) >= 10000) return `${shiftDecimal(digits, -4)}万`;
  if (f === 'grouped') return group(digits);
  return digits;
}

/**
 * A decimal as the author wrote it, when it is a plain decimal that means this value: `12.50`
 * keeps its zero (a figure is never changed, not even its written precision); `+1`, `.5` and `5.`
 * read as 1, 0.5 and 5. Other forms (`0x10`, `1e3`) print as the number they are.
 */
export function asWritten(written: string | undefined, value: number): string | undefined {
  if (written === undefined) return undefined;
  const m = /^([-+]?)(\d*)(?:\.(\d*))?$/.exec(written.trim());
  if (!m || (m[2] === '' && !m[3]) || Number(written) !== value) return undefined;
  const sign = m[1] === '-' ? '-' : '';
  const int = (m[2] || '0').replace(/^0+(?=\d)/, '');
  return sign + int + (m[3] ? `.${m[3]}` : '');
}

/** The number as written: the shortest decimal that is this number, never in e-notation. */
function exact(v: number): string {
  const s = String(v);
  if (!/e/i.test(s)) return s;
  // only tiny values get here (figures of 10^15 and more are refused by validation)
  return v.toFixed(20).replace(/\.?0+$/, '');
}

/** Moves the decimal point of a decimal string: shiftDecimal('12500', -4) = '1.25'. Exact. */
function shiftDecimal(s: string, places: number): string {
  const sign = s.startsWith('-') ? '-' : '';
  const [int, frac = ''] = (sign ? s.slice(1) : s).split('.');
  const digits = int! + frac;
  let point = int!.length + places;
  let padded = digits;
  if (point <= 0) {
    padded = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  const whole = padded.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = padded.slice(point).replace(/0+$/, '');
  return sign + whole + (rest ? `.${rest}` : '');
}

function group(s: string): string {
  const [int, frac] = s.split('.');
  const sign = int!.startsWith('-') ? '-' : '';
  const digits = sign ? int!.slice(1) : int!;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return sign + grouped + (frac ? `.${frac}` : '');
}

export function figureParts(f: FigureInput, lang: Lang): FigureParts {
  const printed = formatValue(f.value, f.format, lang, f.written);
  // 万 belongs with the unit (1.25万人), not with the digits
  const wan = printed.endsWith('万') ? '万' : '';
  const value = wan ? printed.slice(0, -1) : printed;
  const approx = f.approx ?? '';
  const unit = f.unit ?? '';
  const space = lang === 'en' && /^[A-Za-z]/.test(unit) ? ' ' : '';
  const before = BEFORE_VALUE.get(approx);
  // English words stand apart from the value: about 30%
  const prefix = before === undefined ? '' : before === 'unit' ? `${approx} ` : approx;
  let suffix: string;
  if (AFTER_UNIT.has(approx)) suffix = unit + approx;
  else if (approx && !before) suffix = approx + space + unit;
  else suffix = space + unit;
  return { prefix, prefixSize: before ?? 'unit', value, suffix: wan + suffix };
}

export function figureText(f: FigureInput, lang: Lang): string {
  const p = figureParts(f, lang);
  return p.prefix + p.value + p.suffix;
}

/** A share such as 77.5%: one decimal at most, shown as derived, never as the figure itself. */
export function shareText(value: number, of: number): string {
  const pct = (value / of) * 100;
  if (pct > 0 && pct < 0.05) return '<0.1%';
  if (pct < 100 && pct > 99.95) return '>99.9%';
  return `${Number(pct.toFixed(1))}%`;
}
