/**
 * How a figure prints: the value (never rounded), its unit and approximation word in the
 * places Chinese and English put them (约3000人, 1400余篇, 95%以上, 1,400+).
 */
import type { ApproxWord, Lang, NumberFormat } from './schema.js';

export interface FigureParts {
  /** Small text before the value: 近 约 超 逾 ~ > < */
  prefix: string;
  /** The value as printed. */
  value: string;
  /** Small text after the value: approx (余 多 +) and unit, then 以上/以下. */
  suffix: string;
}

export interface FigureInput {
  value: number;
  approx?: ApproxWord | undefined;
  unit?: string | undefined;
  format?: NumberFormat | undefined;
}

const BEFORE_VALUE = new Set<string>(['近', '约', '超', '逾', '~', '>', '<']);
const AFTER_UNIT = new Set<string>(['以上', '以下']);

export function formatValue(value: number, format: NumberFormat | undefined, lang: Lang): string {
  const f = format ?? (lang === 'en' ? 'grouped' : 'plain');
  if (f === 'wan' && Math.abs(value) >= 10000) return `${exact(value / 10000)}万`;
  if (f === 'grouped') return group(exact(value));
  return exact(value);
}

/** Shortest exact decimal form; floating noise from /10000 is trimmed to 12 digits. */
function exact(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(12)));
}

function group(s: string): string {
  const [int, frac] = s.split('.');
  const sign = int!.startsWith('-') ? '-' : '';
  const digits = sign ? int!.slice(1) : int!;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return sign + grouped + (frac ? `.${frac}` : '');
}

export function figureParts(f: FigureInput, lang: Lang): FigureParts {
  const value = formatValue(f.value, f.format, lang);
  const approx = f.approx ?? '';
  const unit = f.unit ?? '';
  const space = lang === 'en' && /^[A-Za-z]/.test(unit) ? ' ' : '';
  const prefix = BEFORE_VALUE.has(approx) ? approx : '';
  let suffix: string;
  if (AFTER_UNIT.has(approx)) suffix = unit + approx;
  else if (approx && !prefix) suffix = approx + space + unit;
  else suffix = space + unit;
  return { prefix, value, suffix };
}

export function figureText(f: FigureInput, lang: Lang): string {
  const p = figureParts(f, lang);
  return p.prefix + p.value + p.suffix;
}

/** A share such as 77.5%: one decimal at most, shown as derived, never as the figure itself. */
export function shareText(value: number, of: number): string {
  const pct = (value / of) * 100;
  return `${Number(pct.toFixed(1))}%`;
}
