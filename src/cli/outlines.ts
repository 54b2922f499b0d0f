/**
 * The outlines a command line names: files as they are, a folder's *.yaml / *.yml outlines, and
 * patterns with * ? and ** expanded here, since Windows' shells pass them on unexpanded (a
 * Unix shell has usually expanded them already). Node 20 has no fs.glob; this matcher is
 * enough for outlines: segments of * and ?, and ** for any depth of folders.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { report } from '../core/catalogue/define.js';
import { BATCH } from '../core/catalogue/export.js';
import { DeckError, type Diagnostic } from '../core/errors.js';

const OUTLINE = /\.ya?ml$/i;
const MAGIC = /[*?]/;

export interface NamedOutlines {
  /** Paths as given or found, relative to the working folder when the pattern was. */
  files: string[];
  /** A folder, a pattern or several names: the command builds a batch (-o is a folder). */
  batch: boolean;
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function entries(dir: string): { name: string; dir: boolean }[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).map((d) => ({ name: d.name, dir: d.isDirectory() || (d.isSymbolicLink() && isDir(join(dir, d.name))) }));
  } catch {
    return [];
  }
}

/** A segment with * and ? as a regular expression (case-insensitive on Windows, as its file names are). */
export function segmentPattern(seg: string): RegExp {
  const body = seg.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/\\\\]*').replace(/\?/g, '[^/\\\\]');
  return new RegExp(`^${body}$`, process.platform === 'win32' ? 'i' : '');
}

/** The files a pattern matches, sorted; `**` matches any number of folders (not hidden ones, nor node_modules). */
export function expandPattern(pattern: string, cwd: string): string[] {
  const parts = pattern.split(/[\\/]+/);
  let i = 0;
  const base: string[] = [];
  while (i < parts.length - 1 && !MAGIC.test(parts[i]!)) base.push(parts[i++]!);
  const start = base.length === 0 ? '' : base.join('/') || '/';
  const out: string[] = [];
  const walk = (dir: string, rest: string[]) => {
    const abs = resolve(cwd, dir || '.');
    const [seg, ...more] = rest;
    if (seg === undefined) return;
    if (seg === '**') {
      walk(dir, more);
      for (const e of entries(abs)) if (e.dir && !e.name.startsWith('.') && e.name !== 'node_modules') walk(dir ? `${dir}/${e.name}` : e.name, rest);
      return;
    }
    const re = segmentPattern(seg);
    for (const e of entries(abs)) {
      if (!re.test(e.name) || (e.name.startsWith('.') && !seg.startsWith('.'))) continue;
      const p = dir ? `${dir}/${e.name}` : e.name;
      if (more.length === 0) {
        if (!e.dir) out.push(p);
      } else if (e.dir) walk(p, more);
    }
  };
  walk(start, parts.slice(i));
  return [...new Set(out)].sort().map((p) => p.split('/').join(sep));
}

/** The outlines of a folder: its *.yaml and *.yml files, sorted (not its subfolders). */
export function folderOutlines(dir: string, cwd: string): string[] {
  return entries(resolve(cwd, dir))
    .filter((e) => !e.dir && OUTLINE.test(e.name) && !e.name.startsWith('.'))
    .map((e) => join(dir, e.name))
    .sort();
}

/** Every outline the arguments name, in order, each once. A folder or pattern with none is an error. */
export function namedOutlines(args: readonly string[], cwd = process.cwd()): NamedOutlines {
  const files: string[] = [];
  const problems: Diagnostic[] = [];
  let batch = args.length > 1;
  for (const arg of args) {
    let found: string[];
    if (isDir(resolve(cwd, arg))) {
      batch = true;
      found = folderOutlines(arg, cwd);
    } else if (MAGIC.test(arg)) {
      batch = true;
      // a file whose name holds * or ? (possible on Unix) is itself
      found = statSafe(resolve(cwd, arg)) ? [arg] : expandPattern(arg, cwd).filter((f) => OUTLINE.test(f));
    } else found = [arg];
    if (found.length === 0) problems.push(report(BATCH.noMatch, { pattern: arg }));
    files.push(...found);
  }
  if (problems.length) throw new DeckError(problems);
  const seen = new Set<string>();
  return { files: files.filter((f) => (seen.has(resolve(cwd, f)) ? false : (seen.add(resolve(cwd, f)), true))), batch };
}

function statSafe(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
