/**
 * Writes a file so that readers only ever see the old or the new version: the bytes go
 * to a temporary file beside the target, then a rename puts it in place. On any error
 * the previous file is untouched and the temporary one removed.
 */
import { closeSync, fchmodSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DeckError, problem } from './errors.js';

let sequence = 0;

/** What the messages say about the file: a deck (the default) or something else, with the hint to give. */
export interface WriteWords {
  /** Hint when the write fails: what to do instead. */
  hint: string;
  /** Hint when the file is locked by another program. */
  locked: string;
}

const DECK_WORDS: WriteWords = {
  hint: 'choose another place with -o, or fix the folder’s permissions; the previous deck is unchanged',
  locked: 'close it there and build again, or write to another file with -o; the previous deck is unchanged',
};

export function writeFileAtomic(path: string, bytes: Uint8Array, display = path, words: WriteWords = DECK_WORDS): void {
  const dir = dirname(path);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw failure(err, display, `cannot create the folder ${dirname(display)}`, words);
  }
  // a file being replaced keeps its permissions (a deck of mode 0600 stays 0600)
  let mode: number | undefined;
  try {
    const st = statSync(path);
    if (st.isDirectory()) {
      throw new DeckError(problem('WRITE_FAILED', `cannot write ${display}: it is a folder`, { hint: 'name a .pptx file with -o' }));
    }
    if (st.isFile()) mode = st.mode & 0o7777;
  } catch (err) {
    if (err instanceof DeckError) throw err;
  }
  removeStaleTemporaries(dir);
  // short, so that a target name at the file system's limit still has room for it
  const tmp = join(dir, `.bd${process.pid}-${++sequence}.tmp`);
  try {
    const fd = openSync(tmp, 'w');
    try {
      if (mode !== undefined) fchmodSync(fd, mode);
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (err) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // the write already failed; that is the error to report
    }
    throw failure(err, display, `cannot write ${display}`, words);
  }
}

const TEMPORARY = /^\.bd(\d+)-\d+\.tmp$/;

/**
 * Temporary files of a briefdeck that was killed mid-write (kill -9, a power cut): ours by their
 * name, and stale when the process that made them is gone. Another running briefdeck's are kept.
 */
export function removeStaleTemporaries(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMPORARY.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || alive(pid)) continue;
    try {
      rmSync(join(dir, name), { force: true });
    } catch {
      // not ours to insist on
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function failure(err: unknown, display: string, what: string, words: WriteWords): DeckError {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'EBUSY' || e.code === 'ETXTBSY' || (e.code === 'EPERM' && process.platform === 'win32')) {
    return new DeckError(
      problem('OUTPUT_LOCKED', `${display} is locked by another program (is it open in PowerPoint or WPS?)`, {
        hint: words.locked,
      }),
    );
  }
  const reasons: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOSPC: 'the disk is full',
    EROFS: 'the file system is read-only',
    ENOTDIR: 'a part of the path is a file, not a folder',
    ENAMETOOLONG: 'the file name is too long',
  };
  const reason = (e.code && reasons[e.code]) ?? e.message ?? String(err);
  return new DeckError(problem('WRITE_FAILED', `${what}: ${reason}`, { hint: words.hint }));
}
