/**
 * A figure's change as reports write it: 同比增长6.1%, 比去年增加7人, 下降2.3个百分点,
 * 增长率36.8%; in English "up 6.1% year on year". The value is printed as written, never
 * computed or rounded; the direction (its colour) is the author's or read from the word.
 */
import type { Lang } from '../deck/model.js';
import type { Change, ChangeDirection } from './fields.js';
import { formatValue } from './figures.js';

export type ChangeInput = Change & {
  /** The value as the author wrote it in the YAML, when known. */
  written?: string | undefined;
};

export interface ChangeParts {
  /** Words before the value: basis and word in Chinese (同比增长), the word in English (`up `). */
  before: string;
  value: string;
  /** The unit, and in English the basis after it (`% year on year`). */
  after: string;
}

// a falling word is looked for first: none of them holds a rising one, while 增长率 holds 增长
const DOWN_ZH = ['下降', '减少', '降低', '回落'];
const UP_ZH = ['增长', '增加', '提高', '上升', '多'];
const DOWN_EN = /\b(?:decrease[sd]?|down|fall(?:s|en)?|fell|decline[sd]?)\b/i;
const UP_EN = /\b(?:increase[sd]?|up|growth|grew|grow[sn]?|rise[sn]?|rose)\b/i;

/** The direction the author gave, else the one its word says; a word that says none is flat. */
export function changeDirection(c: Pick<Change, 'word' | 'direction'>): ChangeDirection {
  if (c.direction) return c.direction;
  const w = c.word;
  if (DOWN_ZH.some((d) => w.includes(d)) || DOWN_EN.test(w)) return 'down';
  if (UP_ZH.some((u) => w.includes(u)) || UP_EN.test(w)) return 'up';
  return 'flat';
}

export function changeParts(c: ChangeInput, lang: Lang): ChangeParts {
  // a change in words only (与上年基本持平) has no value and no unit
  if (c.value === undefined) return { before: lang === 'en' && c.basis ? `${c.word} ${c.basis}` : (c.basis ?? '') + c.word, value: '', after: '' };
  const value = formatValue(c.value, undefined, lang, c.written);
  const unit = c.unit ?? '';
  if (lang === 'en') {
    // English order: word value unit basis (up 6.1% year on year, up 7 people on last year)
    const unitSpace = /^[A-Za-z]/.test(unit) ? ' ' : '';
    return { before: `${c.word} `, value, after: unitSpace + unit + (c.basis ? ` ${c.basis}` : '') };
  }
  return { before: (c.basis ?? '') + c.word, value, after: unit };
}

export function changeText(c: ChangeInput, lang: Lang): string {
  const p = changeParts(c, lang);
  return p.before + p.value + p.after;
}

/** A figure's changes (one, or a list of them) with the path of each, for positions and written values. */
export function changesOf(change: Change | readonly Change[] | undefined, path: (string | number)[]): { change: Change; path: (string | number)[] }[] {
  if (change === undefined) return [];
  if (Array.isArray(change)) return change.map((c, i) => ({ change: c, path: [...path, 'change', i] }));
  return [{ change: change as Change, path: [...path, 'change'] }];
}

/** Between two changes on one line: 比去年增加7人，增长率36.8%. */
export function changeSeparator(lang: Lang): string {
  return lang === 'en' ? ', ' : '，';
}

/** A figure and its changes as one text, for the notes: 395.12亿元，同比增长6.1%. */
export function withChanges(
  figure: string,
  change: Change | readonly Change[] | undefined,
  path: (string | number)[],
  written: (path: (string | number)[]) => string | undefined,
  lang: Lang,
): string {
  const changes = changesOf(change, path).map(({ change: c, path: p }) => changeText({ ...c, written: written([...p, 'value']) }, lang));
  return [figure, ...changes].join(changeSeparator(lang));
}
