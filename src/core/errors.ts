/**
 * One kind of problem report for every stage. A Diagnostic is plain data (it crosses into
 * the terminal, the preview page and tests as JSON); a DeckError carries one or more of
 * them through `throw`, so a stage can report every problem it found at once.
 */

import { CODES, type ErrorCode } from './catalogue/codes.js';

export type { ErrorCode };

/** Permanent codes: tools and docs refer to them, so they are never renamed (catalogue/codes.ts). */
export const ERROR_CODES = Object.keys(CODES) as ErrorCode[];
export type Severity = 'error' | 'warning';

/** Where a problem is: 1-based line and column (UTF-16 units, as editors count). */
export interface SourcePos {
  file: string;
  line: number;
  column: number;
  /** Dotted path of the key, e.g. `sections[0].slides[2].title`. */
  path?: string;
}

export interface Diagnostic {
  code: ErrorCode;
  severity: Severity;
  /** What is wrong, in one sentence, without the position. */
  message: string;
  /** What to do about it. */
  hint?: string;
  /** The message and hint in Chinese (from the catalogue); absent where only English exists. */
  zh?: { message: string; hint?: string };
  pos?: SourcePos;
  /** The source line(s) around the position, with a caret, ready to print. */
  frame?: string;
}

export class DeckError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  readonly code: ErrorCode;
  /**
   * Files the failed input names besides the one its positions point into (a slide's pictures):
   * `watch` watches them, so that creating or fixing one builds again.
   */
  files?: readonly string[];

  constructor(diagnostics: Diagnostic | readonly Diagnostic[]) {
    const list = Array.isArray(diagnostics) ? diagnostics : [diagnostics as Diagnostic];
    if (list.length === 0) throw new Error('DeckError needs at least one diagnostic');
    const first = list[0]!;
    super(list.length === 1 ? first.message : `${first.message} (and ${list.length - 1} more problems)`);
    this.name = 'DeckError';
    this.diagnostics = list;
    this.code = first.code;
  }
}


export function isError(d: Diagnostic): boolean {
  return d.severity === 'error';
}

/** Throws when any diagnostic is an error; returns the warnings otherwise. */
export function throwIfErrors(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  if (diagnostics.some(isError)) throw new DeckError(sortDiagnostics(diagnostics));
  return [...diagnostics];
}

/** Stable order: by file, then line, then column; position-less ones last. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => {
    if (!a.pos || !b.pos) return a.pos ? -1 : b.pos ? 1 : 0;
    if (a.pos.file !== b.pos.file) return a.pos.file < b.pos.file ? -1 : 1;
    return a.pos.line - b.pos.line || a.pos.column - b.pos.column;
  });
}

/** Path segments as users read them: `sections[0].slides[2].title`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else {
      // a key of a hundred thousand characters is shown by its start
      const key = seg.length > 40 ? `${seg.slice(0, 40)}…` : seg;
      out += out ? `.${key}` : key;
    }
  }
  return out;
}
