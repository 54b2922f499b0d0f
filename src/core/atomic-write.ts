/**
 * Writes a file so that readers only ever see the old or the new version: the bytes go
 * to a temporary file beside the target, then a rename puts it in place. On any error
 * the previous file is untouched and the temporary one removed.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DeckError, problem } from './errors.js';

let sequence = 0;

export function writeFileAtomic(path: string, bytes: Uint8Array, display = path): void {
  const dir = dirname(path);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw failure(err, display, `cannot create the folder ${dirname(display)}`);
  }
  try {
    if (statSync(path).isDirectory()) {
      throw new DeckError(problem('WRITE_FAILED', `cannot write ${display}: it is a folder`, { hint: 'name a .pptx file with -o' }));
    }
  } catch (err) {
    if (err instanceof DeckError) throw err;
  }
  // short, so that a target name at the file system's limit still has room for it
  const tmp = join(dir, `.bd${process.pid}-${++sequence}.tmp`);
  try {
    const fd = openSync(tmp, 'w');
    try {
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
    throw failure(err, display, `cannot write ${display}`);
  }
}

function failure(err: unknown, display: string, what: string): DeckError {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'EBUSY' || e.code === 'ETXTBSY' || (e.code === 'EPERM' && process.platform === 'win32')) {
    return new DeckError(
      problem('OUTPUT_LOCKED', `${display} is locked by another program (is it open in PowerPoint or WPS?)`, {
        hint: 'close it there and build again, or write to another file with -o; the previous deck is unchanged',
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
  return new DeckError(problem('WRITE_FAILED', `${what}: ${reason}`, { hint: 'choose another place with -o, or fix the folder’s permissions; the previous deck is unchanged' }));
}
