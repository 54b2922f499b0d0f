/**
 * Runs one fuzz case through the command line (in this process) and checks what must always hold:
 * no internal error, every deck written is a zip whose every part is well-formed XML of legal
 * characters, the inputs and files that are not ours are untouched, no temporary file is left,
 * and the error output stays short.
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import type { Output } from '../../src/cli/format.js';
import { main } from '../../src/cli/main.js';
import type { FuzzCase } from './cases.js';

export interface CaseResult {
  index: number;
  code: number;
  ms: number;
  /** Decks the run wrote (absolute paths). */
  decks: string[];
  /** Broken invariants; empty when the case passed. */
  problems: string[];
  /** The first error line, for the summary of exit-1 reasons. */
  firstError: string;
  stderrBytes: number;
}

/** Arguments that name files of the case. */
const PATH_ARGS = new Set(['outline.yaml', 'tpl', 'out', 'out/', 'out/sub/', 'out/deck.pptx', 'notes.pptx', 'deck.pptx', 'fake.pptx']);

export function writeCase(c: FuzzCase, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [rel, f] of Object.entries(c.files)) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    if ('dir' in f) mkdirSync(path, { recursive: true });
    else if ('link' in f) symlinkSync(f.link, path);
    else writeFileSync(path, f.bytes);
  }
}

function listFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) listFiles(p, out);
    else out.push(p);
  }
  return out;
}

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Characters XML 1.0 does not allow, and unpaired surrogates. */
const ILLEGAL = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const REQUIRED = ['[Content_Types].xml', '_rels/.rels', 'ppt/presentation.xml', 'docProps/core.xml', 'docProps/app.xml'];

/** What is wrong with a deck's package: not a zip, a missing part, a part that is not well-formed. */
export function deckProblems(bytes: Uint8Array): string[] {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes);
  } catch (e) {
    return [`not a zip: ${(e as Error).message}`];
  }
  const problems = REQUIRED.filter((p) => !(p in parts)).map((p) => `missing ${p}`);
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  for (const [name, data] of Object.entries(parts)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    let text: string;
    try {
      text = utf8.decode(data);
    } catch {
      problems.push(`${name} is not UTF-8`);
      continue;
    }
    const bad = ILLEGAL.exec(text);
    if (bad) problems.push(`${name} holds U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at ${bad.index}`);
    const valid = XMLValidator.validate(text);
    if (valid !== true) problems.push(`${name} is not well-formed: ${valid.err.msg} (line ${valid.err.line})`);
  }
  return problems;
}

export async function runCase(c: FuzzCase, dir: string): Promise<CaseResult> {
  writeCase(c, dir);
  const before = new Map(c.keep.map((k) => [k, hash(join(dir, k))]));
  const existing = new Set(listFiles(dir));
  let err = '';
  const o: Output = { out: () => {}, err: (t) => void (err += t), color: false };
  const argv = ['build', ...c.args.map((a) => (PATH_ARGS.has(a) ? join(dir, a) : a))];
  const start = performance.now();
  let code: number;
  const problems: string[] = [];
  try {
    code = await main(argv, o);
  } catch (e) {
    code = 3;
    problems.push(`main threw: ${(e as Error)?.stack ?? String(e)}`);
  }
  const ms = performance.now() - start;
  if (code === 3) problems.push(`exit 3: ${err.slice(0, 500)}`);
  if (code === 2) problems.push(`exit 2 (usage) for a well-formed command: ${err.slice(0, 300)}`);
  if (code !== 0 && !/[A-Z][A-Z_]+[A-Z]/.test(err)) problems.push(`exit ${code} without an error code: ${err.slice(0, 300)}`);
  if (err.length > 100_000) problems.push(`${err.length} characters of error output`);

  for (const [k, h] of before) {
    let now = '';
    try {
      now = lstatSync(join(dir, k)).isFile() ? hash(join(dir, k)) : 'not a file';
    } catch {
      now = 'gone';
    }
    if (now !== h) problems.push(`${k} was changed (${now === 'gone' || now === 'not a file' ? now : 'other bytes'})`);
  }
  const after = listFiles(dir).filter((p) => !existing.has(p));
  const decks = after.filter((p) => p.endsWith('.pptx'));
  for (const p of after) {
    if (/\.tmp$/.test(p)) problems.push(`temporary file left: ${relative(dir, p)}`);
    else if (!p.endsWith('.pptx')) problems.push(`unexpected file written: ${relative(dir, p)}`);
  }
  if (code === 0 && decks.length !== 1) problems.push(`exit 0 but ${decks.length} decks written`);
  if (code !== 0 && decks.length > 0) problems.push(`exit ${code} but a deck was written`);
  for (const d of decks) for (const p of deckProblems(readFileSync(d))) problems.push(`${relative(dir, d)}: ${p}`);
  const firstError = err.split('\n').find((l) => /\b[A-Z][A-Z_]{3,}\b/.test(l) && !/\(warning\)/.test(l)) ?? '';
  return { index: c.index, code, ms, decks, problems, firstError, stderrBytes: err.length };
}
