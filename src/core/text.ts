/**
 * Characters that no deck may carry, wherever a text goes (slides, notes, document properties,
 * the preview): C0 controls but tab and line breaks, DEL, C1 controls, lone surrogates and the
 * Unicode non-characters (U+FDD0–U+FDEF and the last two code points of every plane). XML 1.0
 * forbids most of them outright, and the rest are never meant as text. One definition, used by
 * the outline check (an error with its position) and by every writer (removed, as a last line
 * of defence).
 */

/** A character (or lone surrogate) that must not reach a deck. Tab, LF and CR are allowed. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/g;

/** The text without the characters no deck may carry. */
export function cleanText(s: string): string {
  FORBIDDEN.lastIndex = 0;
  return FORBIDDEN.test(s) ? s.replace(FORBIDDEN, '') : s;
}

/** Where the first forbidden character is (UTF-16 offset) and what it is, or undefined. */
export function findForbidden(s: string): { index: number; codePoint: number } | undefined {
  FORBIDDEN.lastIndex = 0;
  const m = FORBIDDEN.exec(s);
  FORBIDDEN.lastIndex = 0;
  if (!m) return undefined;
  return { index: m.index, codePoint: m[0].codePointAt(0)! };
}

/** U+0001 */
export function codePointName(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A text cut to `max` characters with an ellipsis, for messages about very long input. */
export function shorten(s: string, max = 60): string {
  return s.length <= max ? s : `${s.slice(0, max)}… (${s.length.toLocaleString('en-US')} characters)`;
}
