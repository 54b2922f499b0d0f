/**
 * Reads a file the safe way: only a regular file (after following links), and only up to a
 * limit, counted while reading, whatever `stat` says (a link to /dev/zero has size 0 and no
 * end; a FIFO blocks whoever opens it for reading and waits: it is opened without blocking and
 * refused). Every caller gets a reason it can turn into its own positioned message.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export type ReadFailure =
  | { reason: 'missing' }
  | { reason: 'folder' }
  | { reason: 'not-regular'; kind: string }
  | { reason: 'too-large'; limit: number; size?: number }
  | { reason: 'unreadable'; message: string; code?: string };

export type ReadResult = { ok: true; bytes: Buffer } | ({ ok: false } & ReadFailure);

function kindOf(st: import('node:fs').Stats): string {
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** The bytes of a regular file of at most `limit` bytes. */
export function readLimited(path: string, limit: number): ReadResult {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it changes nothing for regular files
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return { ok: false, reason: 'missing' };
    if (e.code === 'EISDIR') return { ok: false, reason: 'folder' };
    return { ok: false, reason: 'unreadable', message: e.message, ...(e.code ? { code: e.code } : {}) };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, reason: 'folder' };
    if (!st.isFile()) return { ok: false, reason: 'not-regular', kind: kindOf(st) };
    if (st.size > limit) return { ok: false, reason: 'too-large', limit, size: st.size };
    // read what is there, never more than the limit: the size may change, or lie
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Math.min(limit + 1, Math.max(64 * 1024, st.size + 1));
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(chunk, limit + 1 - total));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(n === buf.length ? buf : buf.subarray(0, n));
      total += n;
      if (total > limit) return { ok: false, reason: 'too-large', limit };
    }
    return { ok: true, bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total) };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EISDIR') return { ok: false, reason: 'folder' };
    return { ok: false, reason: 'unreadable', message: e.message, ...(e.code ? { code: e.code } : {}) };
  } finally {
    closeSync(fd);
  }
}

/** "1 MB", "20 MB", "1,234 bytes" */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / 1024 / 1024} MB`;
  return `${n.toLocaleString('en-US')} bytes`;
}

/** A sentence for a failure: "is a folder", "is a named pipe (FIFO), not a regular file", … (Chinese with 'zh'). */
export function describeFailure(f: ReadFailure, lang: 'en' | 'zh' = 'en'): string {
  const zh = lang === 'zh';
  switch (f.reason) {
    case 'missing':
      return zh ? '不存在' : 'does not exist';
    case 'folder':
      return zh ? '是文件夹，不是文件' : 'is a folder, not a file';
    case 'not-regular':
      return zh ? `是${KIND_ZH[f.kind] ?? f.kind}，不是普通文件` : `is ${f.kind}, not a regular file`;
    case 'too-large':
      if (zh) return f.size !== undefined ? `有 ${formatBytes(f.size)}，超过 ${formatBytes(f.limit)}` : `超过 ${formatBytes(f.limit)}`;
      return f.size !== undefined ? `is ${formatBytes(f.size)}, more than ${formatBytes(f.limit)}` : `is larger than ${formatBytes(f.limit)}`;
    case 'unreadable': {
      const denied = f.code === 'EACCES' || f.code === 'EPERM';
      return zh ? `无法读取（${denied ? '没有权限' : f.message}）` : `cannot be read (${denied ? 'permission denied' : f.message})`;
    }
  }
}

/** The kinds of file that are not regular files, in Chinese. */
const KIND_ZH: Record<string, string> = {
  'a named pipe (FIFO)': '命名管道（FIFO）',
  'a character device': '字符设备',
  'a block device': '块设备',
  'a socket': '套接字',
  'not a regular file': '非普通文件',
};
