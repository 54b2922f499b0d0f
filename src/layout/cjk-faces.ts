/**
 * The faces Chinese offices set text in, what the layout measures them with, and their Latin
 * partners; and faces that have no Chinese characters at all. Only the Noto/Source Han
 * families are free to ship: the others (Microsoft's, Zhongyi's) are measured with Noto Sans
 * CJK SC's table, which is exact for every Han character and full-width punctuation (1 em in
 * all of these faces) and a proxy for the rest, so measure.ts adds its safety margin
 * (docs/templates.md, "Fonts for Chinese").
 */
import { metricFamilyOf } from './measure.js';

export interface ChineseFace {
  /** The English name Office writes, then the Chinese one. */
  name: string;
  zh: string;
  style: 'sans' | 'serif' | 'kai' | 'fangsong';
  /** The Latin face documents in this face are usually paired with. */
  latin: string;
  /** Free to ship (its widths are the layout's own table). */
  free: boolean;
}

export const CHINESE_FACES: readonly ChineseFace[] = [
  { name: 'Microsoft YaHei', zh: '微软雅黑', style: 'sans', latin: 'Arial', free: false },
  { name: 'SimHei', zh: '黑体', style: 'sans', latin: 'Arial', free: false },
  { name: 'DengXian', zh: '等线', style: 'sans', latin: 'Arial', free: false },
  { name: 'SimSun', zh: '宋体', style: 'serif', latin: 'Times New Roman', free: false },
  { name: 'FangSong', zh: '仿宋', style: 'fangsong', latin: 'Times New Roman', free: false },
  { name: 'KaiTi', zh: '楷体', style: 'kai', latin: 'Times New Roman', free: false },
  { name: 'Noto Sans CJK SC', zh: '思源黑体', style: 'sans', latin: 'Arial', free: true },
  { name: 'Noto Serif CJK SC', zh: '思源宋体', style: 'serif', latin: 'Times New Roman', free: true },
];

/** The table every Chinese character is measured with. */
export const CHINESE_METRICS = 'Noto Sans CJK SC';

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s_-]+/g, '');

/** Faces without Chinese characters that templates and LibreOffice's exports name as East Asian. */
const NO_CHINESE = new Set(
  ['DejaVu Sans', 'DejaVu Serif', 'DejaVu Sans Condensed', 'Arial', 'Calibri', 'Calibri Light', 'Cambria', 'Candara', 'Times New Roman', 'Liberation Sans', 'Liberation Serif', 'Helvetica', 'Helvetica Neue', 'Segoe UI', 'Verdana', 'Tahoma', 'Georgia', 'Trebuchet MS', 'Carlito', 'Caladea', 'Open Sans', 'Roboto', 'Lato', 'Aptos', 'Century Gothic', 'Gill Sans MT', 'Corbel', 'Consolas', 'Courier New', 'Noto Sans', 'Noto Serif', 'Source Sans Pro', 'Arimo', 'Tinos'].map(norm),
);

/** A known Chinese face by its English or Chinese name (FangSong_GB2312 is FangSong). */
export function chineseFace(name: string): ChineseFace | undefined {
  const n = norm(name).replace(/gb2312$/, '');
  return CHINESE_FACES.find((f) => norm(f.name) === n || norm(f.zh) === n || (f.free && (n === norm(f.name.replace(' CJK SC', ' SC')) || n === norm(f.name.replace('Noto', 'Source Han').replace(' CJK', '')))));
}

export type EastAsianVerdict = { ok: true } | { ok: false; reason: 'no-chinese' | 'unknown' };

/** Whether an `ea` face draws Chinese, and whether the layout has widths for it. */
export function eastAsianVerdict(name: string): EastAsianVerdict {
  if (chineseFace(name)) return { ok: true };
  if (NO_CHINESE.has(norm(name))) return { ok: false, reason: 'no-chinese' };
  return metricFamilyOf(name).family === 'ea' ? { ok: true } : { ok: false, reason: 'unknown' };
}

/** Whether the layout has a table for a Latin face (or a Chinese face's own Latin letters). */
export function latinKnown(name: string): boolean {
  const m = metricFamilyOf(name);
  return m.known || m.family === 'ea' || !!chineseFace(name);
}
