/**
 * Reads a YAML file (an outline or a template) defensively and keeps positions:
 * size limit, UTF-8 only, no control characters, YAML errors and alias bombs reported
 * with FILE:LINE:COLUMN, never thrown as raw exceptions.
 *
 * One reader for every file: the `yaml` package, YAML 1.2 core schema
 * whatever the file holds (aliases, anchors, a `%YAML 1.1` line), so a value means the same
 * thing in every file. Its document keeps every node's range: positions (`locate`) and the
 * text of a scalar as written (`scalarText`) are read from it on demand.
 */
import { YAMLMap, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type Pair } from 'yaml';
import { report, reportText, type Localized } from './catalogue/define.js';
import { YAML, fileKind, yamlSyntax, yamlSyntaxHint } from './catalogue/yaml.js';
import type { Diagnostic, ErrorCode } from './errors.js';
import { describeFailure, readLimited } from './safe-read.js';
import { SourceText } from './source.js';
import { KNOWN_YAML } from './yaml-known.js';

export interface YamlCodes {
  notFound: ErrorCode;
  read: ErrorCode;
  tooLarge: ErrorCode;
  encoding: ErrorCode;
  empty: ErrorCode;
  control: ErrorCode;
  yaml: ErrorCode;
}

export const OUTLINE_CODES: YamlCodes = {
  notFound: 'OUTLINE_NOT_FOUND',
  read: 'OUTLINE_READ',
  tooLarge: 'OUTLINE_TOO_LARGE',
  encoding: 'OUTLINE_ENCODING',
  empty: 'OUTLINE_EMPTY',
  control: 'OUTLINE_CONTROL_CHAR',
  yaml: 'OUTLINE_YAML',
};

export const TEMPLATE_CODES: YamlCodes = {
  notFound: 'TEMPLATE_NOT_FOUND',
  read: 'TEMPLATE_READ',
  tooLarge: 'TEMPLATE_READ',
  encoding: 'TEMPLATE_READ',
  empty: 'TEMPLATE_READ',
  control: 'TEMPLATE_READ',
  yaml: 'TEMPLATE_YAML',
};

/** Outlines and templates are small; anything larger is a mistake (a wrong file, a paste gone wrong). */
export const MAX_YAML_BYTES = 1024 * 1024;
/** Aliases are allowed, but a few hundred expansions is plenty for any real outline. */
export const MAX_ALIAS_COUNT = 200;

export interface YamlFile {
  source: SourceText;
  data: unknown;
  /** What the reader noticed but could read: tags it does not know (the value is kept as text). */
  warnings?: Diagnostic[];
  /** Offset of the value at `path`, or of its key with `key`; as deep as the path exists. */
  locate(path: readonly (string | number)[], key?: boolean): number;
  /**
   * The characters of the scalar at `path` exactly as written (`12.50`, `2025.10`, `0x10`,
   * `"quoted"` with its quotes), through aliases and merge keys; undefined when the path does
   * not exist or holds a list or a mapping.
   */
  scalarText(path: readonly (string | number)[]): string | undefined;
}

export type YamlResult = { ok: true; file: YamlFile } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Reads and parses; `display` is the path shown in messages, `what` the kind of file they name
 * ('outline', 'template', or both languages of another kind).
 */
export function readYamlFile(path: string, display: string, codes: YamlCodes, what: string | Localized): YamlResult {
  // a regular file only, read up to the limit whatever its size claims (a link to /dev/zero, a FIFO)
  const read = readLimited(path, MAX_YAML_BYTES);
  if (read.ok) return parseYamlBytes(read.bytes, display, codes, what);
  const file = { display, kind: fileKind(what) };
  switch (read.reason) {
    case 'missing':
      return fail(report(YAML.notFound.as(codes.notFound), { ...file, cwd: process.cwd() }));
    case 'folder':
      return fail(report(YAML.folder.as(codes.read), file));
    case 'not-regular':
      return fail(report(YAML.notRegular.as(codes.read), { ...file, failure: { en: describeFailure(read), zh: describeFailure(read, 'zh') } }));
    case 'too-large':
      return fail(report(YAML.tooLarge.as(codes.tooLarge), { ...file, size: read.size, limit: MAX_YAML_BYTES }));
    case 'unreadable':
      return fail(report(YAML.unreadable.as(codes.read), { ...file, reason: read.message, denied: read.code === 'EACCES' || read.code === 'EPERM' }));
  }
}

export function parseYamlBytes(bytes: Uint8Array, display: string, codes: YamlCodes, what: string | Localized): YamlResult {
  if (bytes.length > MAX_YAML_BYTES) {
    return fail(report(YAML.tooLargeBytes.as(codes.tooLarge), { display, kind: fileKind(what), size: bytes.length, limit: MAX_YAML_BYTES }));
  }
  const text = decodeUtf8(bytes, display, codes, what);
  if (typeof text !== 'string') return fail(text);
  return parseYamlText(text, display, codes, what);
}

export function parseYamlText(rawText: string, display: string, codes: YamlCodes, what: string | Localized): YamlResult {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const source = new SourceText(display, text);
  const diagnostics: Diagnostic[] = [];

  const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
  for (const m of text.matchAll(controls)) {
    const pos = source.position(m.index);
    const name = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    diagnostics.push(report(YAML.controlChar.as(codes.control), { name }, { pos, frame: source.frame(pos.line, pos.column) }));
    if (diagnostics.length >= 20) break;
  }
  if (diagnostics.length) return { ok: false, diagnostics };

  const withoutComments = text.replace(/#.*$/gm, '').trim();
  if (withoutComments === '' || withoutComments === '---' || withoutComments === '...') {
    return fail(report(YAML.empty.as(codes.empty), { display, kind: fileKind(what) }, { pos: source.position(0) }));
  }

  return parseWithYaml(text, source, codes);
}

/**
 * YAML 1.2 core schema for every file, a `%YAML 1.1` line included: `1_000`, `0b101`, `on`,
 * `yes` and `2025-10-01` are text; `0x10`, `0o17`, `1e3`, `.5`, `+1` and `12.50` numbers;
 * `true`/`false` (any case), `null`/`~`. Merge keys (`<<: *base`) are read as YAML 1.1 and most
 * tools read them: authors use them to share a slide's keys. logLevel 'error': the library
 * prints nothing itself (what it warns about comes back in `doc.warnings`).
 */
const PARSE_OPTIONS = {
  version: '1.2',
  schema: 'core',
  resolveKnownTags: true,
  merge: true,
  uniqueKeys: true,
  strict: true,
  prettyErrors: false,
  keepSourceTokens: false,
  logLevel: 'error',
} as const;

function parseWithYaml(text: string, source: SourceText, codes: YamlCodes): YamlResult {
  const known = KNOWN_YAML.get(text);
  if (known !== undefined) return { ok: true, file: yamlFile(text, source, JSON.parse(known) as unknown, () => parseDocument(text, PARSE_OPTIONS)) };
  const diagnostics: Diagnostic[] = [];
  const doc = parseDocument(text, PARSE_OPTIONS);
  for (const e of doc.errors) {
    const pos = source.position(e.code === 'MISSING_CHAR' && /quote/.test(e.message) ? openingQuote(text, e.pos[0]) : e.pos[0]);
    diagnostics.push(reportText(codes.yaml, yamlSyntax(e.code, e.message), yamlSyntaxHint(e.code), { pos, frame: source.frame(pos.line, pos.column) }));
  }
  if (diagnostics.length) return { ok: false, diagnostics };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const alias = firstAlias(doc.contents);
    const pos = source.position(alias?.range?.[0] ?? 0);
    const reason = String((err as Error).message);
    const extra = { pos, frame: source.frame(pos.line, pos.column) };
    return fail(/Excessive alias count/.test(reason) ? report(YAML.aliasBomb.as(codes.yaml), { max: MAX_ALIAS_COUNT }, extra) : report(YAML.unreadableYaml.as(codes.yaml), { reason }, extra));
  }
  // a tag the reader does not know (!foo, !!js/function) is read as plain text; nothing runs, but say so
  const warnings = doc.warnings
    .filter((w) => w.code === 'TAG_RESOLVE_FAILED')
    .map((w) => {
      const pos = source.position(w.pos[0]);
      const tag = (/Unresolved tag: (\S+)/.exec(w.message)?.[1] ?? 'here').replace(/^tag:yaml\.org,2002:/, '!!');
      return report(YAML.unknownTag.as(codes.yaml), { tag }, { severity: 'warning', pos, frame: source.frame(pos.line, pos.column) });
    });
  const file = yamlFile(text, source, data, () => doc);
  if (warnings.length) file.warnings = warnings;
  return { ok: true, file };
}

/** A read file: its data, and positions and scalars as written from its document, got when first asked for. */
function yamlFile(text: string, source: SourceText, data: unknown, parsed: () => Document.Parsed): YamlFile {
  let doc: Document.Parsed | undefined;
  const document = () => (doc ??= parsed());
  return {
    source,
    data,
    locate: (path, key = false) => {
      const at = walk(document(), path);
      return key && at.keyOffset !== undefined ? at.keyOffset : at.offset;
    },
    scalarText: (path) => {
      const d = document();
      const at = walk(d, path);
      if (!at.complete) return undefined;
      const node = isAlias(at.node) ? at.node.resolve(d) : at.node;
      const range = isScalar(node) ? node.range : undefined;
      return range ? text.slice(range[0], range[1]) : undefined;
    },
  };
}

/**
 * An entry of KNOWN_YAML for a text this reader reads without a problem: the text as read and
 * its data as JSON that gives it back exactly (finite numbers, no undefined); undefined otherwise.
 */
export function knownYamlEntry(rawText: string, codes: YamlCodes): { text: string; json: string } | undefined {
  const r = parseYamlText(rawText, 'known.yaml', codes, 'template');
  if (!r.ok || r.file.warnings?.length) return undefined;
  let exact = true;
  const json = JSON.stringify(r.file.data, (_, v: unknown) => {
    if ((typeof v === 'number' && !Number.isFinite(v)) || v === undefined || typeof v === 'bigint') exact = false;
    return v;
  });
  // the key is the text as parseWithYaml sees it (without a byte order mark)
  return exact && json !== undefined ? { text: r.file.source.text, json } : undefined;
}

function fail(d: Diagnostic): YamlResult {
  return { ok: false, diagnostics: [d] };
}

function decodeUtf8(bytes: Uint8Array, display: string, codes: YamlCodes, what: string | Localized): string | Diagnostic {
  const utf32 = (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff);
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf32 || utf16) {
    return report(YAML.wideEncoding.as(codes.encoding), { display, kind: fileKind(what), bits: utf32 ? 32 : 16 }, { pos: { file: display, line: 1, column: 1 } });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const source = new SourceText(display, prefix);
    const pos = source.position(prefix.length);
    return report(YAML.notUtf8.as(codes.encoding), { display, byte: bytes[bad] ?? 0, line: pos.line, column: pos.column }, { pos });
  }
}

/**
 * Offset of the first byte of an invalid UTF-8 sequence (as TextDecoder judges it: no
 * overlong forms, no encoded surrogates, nothing above U+10FFFF).
 */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0; // overlong
      if (c === 0xed) hi = 0x9f; // surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90; // overlong
      if (c === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    const second = b[i + 1];
    if (second === undefined || second < lo || second > hi) return i;
    for (let k = 2; k <= n; k++) {
      const x = b[i + k];
      if (x === undefined || (x & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return b.length;
}

function firstAlias(node: unknown): Node | undefined {
  if (isAlias(node)) return node;
  if (isMap(node) || isSeq(node)) {
    for (const item of node.items) {
      const found = isPair(item) ? firstAlias(item.value) : firstAlias(item);
      if (found) return found;
    }
  }
  return undefined;
}

/** The quote that opens a scalar never closed: the last one before `end` not closed on its line. */
function openingQuote(text: string, end: number): number {
  let found = end;
  for (const m of text.slice(0, end).matchAll(/(?:^|[\s:,[{-])(["'])/gm)) {
    const at = m.index + m[0].length - 1;
    const lineEnd = text.indexOf('\n', at);
    const rest = text.slice(at + 1, lineEnd === -1 ? undefined : lineEnd);
    if (!rest.includes(m[1]!)) found = at;
  }
  return found;
}

/** Where a value (or with `key`, its key) was written in the file: an offset into its text. */
export function locateInYaml(file: YamlFile, path: readonly (string | number)[], key = false): number {
  return file.locate(path, key);
}

interface Place {
  /** The node at the path, or at the deepest part of it that exists. */
  node: unknown;
  /** Offset of that node (of the alias where the path goes through one). */
  offset: number;
  /** Offset of the key of the last mapping entry on the way, when the whole path exists. */
  keyOffset?: number;
  /** Whether the whole path exists. */
  complete: boolean;
}

/**
 * Walks the document along the path, as far as it exists: through aliases (positions are
 * those of the anchored node) and merge keys (a key a mapping takes from `<<: *base` is
 * found where `base` writes it; keys written in the mapping itself come first, as in the data).
 */
function walk(doc: Document.Parsed, path: readonly (string | number)[]): Place {
  let node: unknown = doc.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  let keyOffset: number | undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (isAlias(node)) node = node.resolve(doc);
    keyOffset = undefined;
    if (isMap(node)) {
      const pair = findPair(doc, node, String(seg), 0);
      if (!pair) return { node, offset, complete: false };
      node = pair.value;
      keyOffset = (pair.key as Node).range?.[0] ?? offset;
      offset = (pair.value as Node | null)?.range?.[0] ?? keyOffset;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) return { node, offset, complete: false };
      node = item;
      offset = (item as Node | null)?.range?.[0] ?? offset;
    } else return { node, offset, complete: false };
  }
  const place: Place = { node, offset, complete: true };
  if (keyOffset !== undefined) place.keyOffset = keyOffset;
  return place;
}

/** The entry of `map` whose key reads as `key`: its own first, then those its merge keys bring, in order. */
function findPair(doc: Document.Parsed, map: YAMLMap, key: string, depth: number): Pair | undefined {
  let merges: Pair[] | undefined;
  for (const pair of map.items) {
    const k = dataKey(doc, pair);
    if (typeof k === 'symbol') (merges ??= []).push(pair); // `<<`, read as a merge key
    else if (k === key) return pair;
  }
  // a merge source can itself merge; aliases cannot loop, the bound is for safety
  if (!merges || depth > 20) return undefined;
  for (const merge of merges) {
    const value = isAlias(merge.value) ? merge.value.resolve(doc) : merge.value;
    const sources = isSeq(value) ? value.items : [value];
    for (const s of sources) {
      const source = isAlias(s) ? s.resolve(doc) : s;
      if (!isMap(source)) continue;
      const found = findPair(doc, source, key, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The key of an entry as the data has it (as the `yaml` package's toJS makes it): a scalar's
 * value as text, '' for `null:`/`~:`; a list, a mapping or an alias as toJS writes it
 * (`[ a, b ]`); the merge key `<<` as its symbol.
 */
function dataKey(doc: Document.Parsed, pair: Pair): string | symbol | undefined {
  const k = pair.key;
  if (isScalar(k)) {
    const v = k.value;
    if (v === null || v === undefined) return '';
    if (typeof v === 'symbol') return v;
    if (typeof v !== 'object') return String(v);
  }
  // rare (a collection or an alias as a key): ask toJS with this entry alone
  try {
    const one = new YAMLMap(doc.schema);
    one.items.push(pair);
    return Object.keys(one.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT }) as object)[0];
  } catch {
    return undefined;
  }
}
