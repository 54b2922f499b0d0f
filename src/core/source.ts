/**
 * Positions in source text and code frames for error messages.
 */
import type { SourcePos } from './errors.js';

/** Characters of a line shown in a code frame, and how many of them before the column. */
const FRAME_MAX = 120;
const FRAME_BEFORE = 60;

export class SourceText {
  readonly file: string;
  readonly text: string;
  private readonly lineStarts: number[];

  constructor(file: string, text: string) {
    this.file = file;
    this.text = text;
    this.lineStarts = [0];
    // indexOf runs natively: a file read once at start-up need not be walked character by character
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.lineStarts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 1-based line and column of a 0-based offset. */
  position(offset: number, path?: string): SourcePos {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    const pos: SourcePos = { file: this.file, line: lo + 1, column: o - this.lineStarts[lo]! + 1 };
    if (path !== undefined) pos.path = path;
    return pos;
  }

  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return '';
    const end = this.lineStarts[line] ?? this.text.length;
    return this.text.slice(start, end).replace(/\r?\n$|\r$/, '');
  }

  /**
   * The line before, the line itself (marked `>`) and a caret under the column. A long line is
   * shown around the column only (a 900 KB line is not printed whole).
   */
  frame(line: number, column: number): string {
    const first = Math.max(1, line - 1);
    const width = String(line).length;
    const out: string[] = [];
    // the window of the marked line: from FRAME_BEFORE characters before the column
    const full = this.lineText(line);
    const from = full.length > FRAME_MAX ? Math.max(0, Math.min(column - 1 - FRAME_BEFORE, full.length - FRAME_MAX)) : 0;
    const cut = (t: string, start: number) => {
      if (t.length <= FRAME_MAX && start === 0) return t;
      const piece = t.slice(start, start + FRAME_MAX);
      return `${start > 0 ? '…' : ''}${piece}${start + FRAME_MAX < t.length ? '…' : ''}`;
    };
    for (let l = first; l <= line; l++) {
      const mark = l === line ? '>' : ' ';
      const text = l === line ? cut(full, from) : cut(this.lineText(l), 0);
      out.push(`${mark} ${String(l).padStart(width)} | ${visible(text)}`);
    }
    const before = visible((from > 0 ? '…' : '') + full.slice(from, column - 1));
    out.push(`  ${' '.repeat(width)} | ${' '.repeat(displayWidth(before))}^`);
    return out.join('\n');
  }
}

/** Control characters shown as escapes and tabs as spaces, so a frame never garbles a terminal. */
function visible(s: string): string {
  return s.replace(/\t/g, '  ').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, (c) =>
    `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

/** Terminal columns: East Asian wide and fullwidth characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    w += isWide(cp) ? 2 : 1;
  }
  return w;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}
