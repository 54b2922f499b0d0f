/**
 * What a deck may be written over: nothing that is not ours. An existing output may be
 * replaced only when it is a deck (a zip with a presentation part, which is what briefdeck
 * writes); never the outline, a template file, an image or report it reads, nor a file of any
 * other kind, unless the user says --force; never a device, a FIFO or a socket.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { report } from './catalogue/define.js';
import { FORMAT } from './catalogue/export.js';
import { OUTPUT, type SpecialFile } from './catalogue/output.js';
import { DeckError } from './errors.js';

export interface OutputGuard {
  /** Files the build reads (outline, template files and images, report): never written over. */
  inputs: readonly string[];
  /** Write over a regular file that is not a deck, or an input, all the same. */
  force?: boolean;
  /** What is written there (default a deck): an existing file is replaced only when it is one. */
  kind?: 'deck' | 'pdf' | 'png';
}

function real(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** Throws OUTPUT_PROTECTED when `target` may not be written; `display` is the path as the user typed it. */
export function guardOutput(target: string, display: string, guard: OutputGuard): void {
  let st: import('node:fs').Stats;
  try {
    st = statSync(target);
  } catch {
    return; // nothing there: nothing to lose
  }
  if (st.isDirectory()) return; // atomic-write reports it
  if (!st.isFile()) {
    const kind: SpecialFile = st.isFIFO() ? 'fifo' : st.isCharacterDevice() || st.isBlockDevice() ? 'device' : st.isSocket() ? 'socket' : 'other';
    throw new DeckError(report(OUTPUT.notRegular, { file: display, kind }));
  }
  if (guard.force) return;
  const target_ = real(target);
  const input = guard.inputs.find((p) => real(p) === target_);
  if (input !== undefined) {
    throw new DeckError(report(OUTPUT.isInput, { file: display, outline: input === guard.inputs[0] }));
  }
  const kind = guard.kind ?? 'deck';
  if (kind === 'deck' && !isDeck(target)) {
    throw new DeckError(report(OUTPUT.notDeck, { file: display }));
  }
  if (kind !== 'deck' && !startsWith(target, kind === 'pdf' ? PDF_MAGIC : PNG_MAGIC)) {
    throw new DeckError(report(FORMAT.notSame, { file: display, kind: kind === 'pdf' ? 'PDF' : 'PNG' }));
  }
}

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The file begins with these bytes (a PDF's or PNG's signature). */
export function startsWith(path: string, magic: Buffer): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const head = Buffer.alloc(magic.length);
    return readSync(fd, head, 0, magic.length, 0) === magic.length && head.equals(magic);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * A deck: a zip archive (PK\x03\x04, or empty PK\x05\x06) whose central directory, at its
 * end, names ppt/presentation.xml. Reads the first bytes and at most the last 1 MB.
 */
export function isDeck(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    if (!st.isFile() || st.size < 22) return false;
    const head = Buffer.alloc(4);
    readSync(fd, head, 0, 4, 0);
    if (head[0] !== 0x50 || head[1] !== 0x4b || head[2] !== 0x03 || head[3] !== 0x04) return false;
    const tail = Math.min(st.size, 1024 * 1024);
    const buf = Buffer.alloc(tail);
    readSync(fd, buf, 0, tail, st.size - tail);
    return buf.includes('ppt/presentation.xml');
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
