/**
 * Writes a file so that readers only ever see the old or the new version: the bytes go
 * to a temporary file beside the target, then a rename puts it in place. On any error
 * the previous file is untouched and the temporary one removed.
 */
import { closeSync, fchmodSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { both, report, reportText, type Localized } from './catalogue/define.js';
import { WRITE, WRITE_REASONS } from './catalogue/output.js';
import { DeckError } from './errors.js';

let sequence = 0;
let tag = 0;

/**
 * Temporary files carry the process id and a count; a worker thread of a batch also gives its
 * number here (build-worker.ts), so that the threads' names rarely meet (openTemporary copes when they do).
 */
export function temporaryTag(threadId: number): void {
  tag = threadId;
}

/**
 * What the messages say about the file: a deck (the default) or something else, with the hint to
 * give, in both languages (a plain string is shown as it is in either language).
 */
export interface WriteWords {
  /** Hint when the write fails: what to do instead. */
  hint: string | Localized;
  /** Hint when the file is locked by another program. */
  locked: string | Localized;
}

const DECK_WORDS: WriteWords = {
  hint: both(WRITE.deckHint, {}),
  locked: both(WRITE.deckLockedHint, {}),
};

export function writeFileAtomic(path: string, bytes: Uint8Array, display = path, words: WriteWords = DECK_WORDS): void {
  const dir = dirname(path);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw failure(err, display, (reason) => both(WRITE.cannotCreateFolder.message, { folder: dirname(display), reason }), words);
  }
  // a file being replaced keeps its permissions (a deck of mode 0600 stays 0600)
  let mode: number | undefined;
  try {
    const st = statSync(path);
    if (st.isDirectory()) {
      throw new DeckError(report(WRITE.isFolder, { file: display }));
    }
    if (st.isFile()) mode = st.mode & 0o7777;
  } catch (err) {
    if (err instanceof DeckError) throw err;
  }
  removeStaleTemporaries(dir);
  let tmp = '';
  try {
    const fd = openTemporary(dir);
    tmp = fd.name;
    try {
      if (mode !== undefined) fchmodSync(fd.fd, mode);
      writeSync(fd.fd, bytes);
      fsyncSync(fd.fd);
    } finally {
      closeSync(fd.fd);
    }
    renameSync(tmp, path);
  } catch (err) {
    try {
      // only a temporary this write made: never another writer's
      if (tmp) rmSync(tmp, { force: true });
    } catch {
      // the write already failed; that is the error to report
    }
    throw failure(err, display, (reason) => both(WRITE.cannotWrite.message, { file: display, reason }), words);
  }
}

/**
 * A new temporary file beside the target, created exclusively: threads of one process share its
 * id and count apart (a library user's own worker threads give no tag), so a name that is taken
 * is passed over, never written into. Short, so that a target name at the file system's limit
 * still has room for it.
 */
function openTemporary(dir: string): { fd: number; name: string } {
  for (let tries = 0; ; tries++) {
    const name = join(dir, tag ? `.bd${process.pid}-${tag}-${++sequence}.tmp` : `.bd${process.pid}-${++sequence}.tmp`);
    try {
      return { fd: openSync(name, 'wx'), name };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || tries >= 1000) throw err;
    }
  }
}

const TEMPORARY = /^\.bd(\d+)-(?:\d+-)?\d+\.tmp$/;

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

/** `what` says what failed, given why (the system's reason in both languages, or its own words). */
function failure(err: unknown, display: string, what: (reason: Localized) => Localized, words: WriteWords): DeckError {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'EBUSY' || e.code === 'ETXTBSY' || (e.code === 'EPERM' && process.platform === 'win32')) {
    const locked = WRITE.locked;
    return new DeckError(reportText(locked.code, both(locked.message, { file: display }), words.locked));
  }
  const system = e.message ?? String(err);
  const reason = (e.code && WRITE_REASONS[e.code]) || { en: system, zh: system };
  return new DeckError(reportText('WRITE_FAILED', what(reason), words.hint));
}
