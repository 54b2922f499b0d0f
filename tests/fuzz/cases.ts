/**
 * Fuzz cases: the shipped and test outlines and the built-in templates, mutated. Each case is a
 * small folder of files (outline, maybe a template folder with images) and the command to run on it.
 * Deterministic: case `i` of seed `s` is always the same files.
 *
 * Kinds of mutation, so that every input path is reached:
 *   field     one to four values of a parsed outline replaced (strings from fast-check, with every
 *             control character, lone surrogates, non-characters, very long text; numbers; wrong types),
 *             written back as YAML (so control characters arrive as escapes) or spliced in raw
 *   structure a key removed, a list item repeated, an unknown key, a slide type changed
 *   bytes      the YAML text damaged byte by byte (flips, insertions, cuts, other encodings)
 *   template   a template folder next to the outline: its template.yaml mutated, its images
 *             damaged (cut, bad CRC, huge or zero sizes, not an image, links, paths leaving the folder)
 *   output     -o at something that is not ours (a text file named .pptx, a fake deck, a folder)
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { packageRoot } from '../../src/core/package-root.js';
import { png } from '../helpers/png.js';

export type CaseKind = 'field' | 'structure' | 'bytes' | 'template' | 'output';

/** A file of the case: bytes, or a symbolic link to `link`. */
export type CaseFile = { bytes: Uint8Array } | { link: string } | { dir: true };

export interface FuzzCase {
  index: number;
  kind: CaseKind;
  /** What was done, for the report of a failing case. */
  what: string[];
  /** Relative path → content. The outline is always `outline.yaml`. */
  files: Record<string, CaseFile>;
  /** Arguments after `build`, relative to the case folder (`{dir}` is replaced by it). */
  args: string[];
  /** Files the run must leave untouched (relative paths). */
  keep: string[];
}

const ROOT = packageRoot();

/** The outlines mutated: the shipped one and the stress fixtures. */
export function baseOutlines(): { name: string; text: string }[] {
  const stress = join(ROOT, 'tests/fixtures/stress');
  return [
    { name: 'outline/sanlian.yaml', text: readFileSync(join(ROOT, 'outline/sanlian.yaml'), 'utf8') },
    ...readdirSync(stress)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => ({ name: `tests/fixtures/stress/${f}`, text: readFileSync(join(stress, f), 'utf8') })),
  ];
}

export function baseTemplates(): { name: string; text: string }[] {
  const dir = join(ROOT, 'templates');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name, 'template.yaml'), 'utf8') }));
}

// ------------------------------------------------------------------ random source

/** A small seeded generator for choices; fast-check makes the values. */
class Rand {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0 || 1;
  }
  next(): number {
    // mulberry32
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

// ------------------------------------------------------------------ values

const C0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i));
const C1 = Array.from({ length: 33 }, (_, i) => String.fromCharCode(0x7f + i));
const ODD = [
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', // lone surrogates
  '\uFFFE', '\uFFFF', '\uFDD0', '\uFDEF', '\u{1FFFE}', '\u{10FFFF}', // non-characters
  '\uFEFF', '\u200B', '\u200D', '\u2028', '\u2029', '\u202E', '\u2066', '\u00AD', '\u3000',
  '\u0301', '👨‍👩‍👧', '🇨🇳', '𠮷', '\u{E0001}',
];
const WORDS = ['党建', '教师', '覆盖率', '摄像头', '“三联”', '（试行）', '——', '…', '%', '**重点**', '*斜体*', '`x`', '<script>', '&amp;', ']]>', '{organization}', '{date}', '${x}', 'https://example.org/a-b?c=d', 'district-managed', 'AI', 'PowerPoint', '  ', '\t', '\n', '#', ': ', '- ', '!!str', '&a', '*a', '<<'];

/** Characters that may be kept: letters of every script, emoji, joiners, marks, odd spaces. */
const PRINTABLE_ODD = ['\u00AD', '\u200B', '\u200D', '\u202E', '\u2066', '\u3000', '\u0301', '👨‍👩‍👧', '🇨🇳', '𠮷', '\u2028', '\t'];

const printablePiece = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...PRINTABLE_ODD) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...'中文标题汇报工作党建教育，。、；：“”（）《》！？0123456789'), minLength: 1, maxLength: 40 }) },
);
const hostilePiece = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...C0, ...C1, ...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);

/** Strings as they may arrive in any text field: mostly printable, sometimes with characters no deck may hold. */
const text = fc.oneof(
  { weight: 12, arbitrary: fc.array(printablePiece, { minLength: 1, maxLength: 6 }).map((ps) => ps.join('')) },
  { weight: 3, arbitrary: fc.tuple(fc.array(printablePiece, { maxLength: 4 }), hostilePiece, fc.array(printablePiece, { maxLength: 3 })).map(([a, h, b]) => [...a, h, ...b].join('')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('题', 'a', 'ab ', '中文 Latin ', '数字362名'), fc.integer({ min: 60, max: 3000 })).map(([s, n]) => s.repeat(Math.ceil(n / s.length)).slice(0, n)) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u3000', '\n\n', '~', 'null', 'true', 'yes', 'no', '0x1F', '1_000', '0b101', '.inf', '-.nan', '1e999', '07', '+12') },
);

/** Values of any type, for fields that expect a number, a list or an object. */
const anything: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: text },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 2 ** 53 + 1, 0.1 + 0.2, 86, 362, 1400)) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [1, 2], { a: 1 }, [[[]]], ['x', null]) },
);

function sample<T>(arb: fc.Arbitrary<T>, seed: number): T {
  return fc.sample(arb, { seed, numRuns: 1 })[0]!;
}

// ------------------------------------------------------------------ YAML editing

type Path = (string | number)[];

const CLOSED = new Set(['type', 'lang', 'approx', 'format', 'template', 'name', 'extends', 'size', 'position', '$schema', 'pageNumbers', 'logo']);

/** Paths of every scalar in the document (keys excluded). */
function scalarPaths(node: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (isMap(node)) for (const pair of node.items) scalarPaths(pair.value, [...path, String((pair.key as { value?: unknown })?.value ?? pair.key)], out);
  else if (isSeq(node)) node.items.forEach((item, i) => scalarPaths(item, [...path, i], out));
  else if (isScalar(node)) out.push(path);
  return out;
}

/** Paths of every map and list. */
function collectionPaths(node: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (isMap(node)) {
    out.push(path);
    for (const pair of node.items) collectionPaths(pair.value, [...path, String((pair.key as { value?: unknown })?.value ?? pair.key)], out);
  } else if (isSeq(node)) {
    out.push(path);
    node.items.forEach((item, i) => collectionPaths(item, [...path, i], out));
  }
  return out;
}

const UNKNOWN_KEYS = ['titel', 'typ', 'points2', 'sub', 'notes', 'source', 'approx', 'format', 'by', 'image', 'chart', 'table', '标题', '', '<<', '? x'];
const SLIDE_TYPES = ['points', 'numbers', 'quote', 'section', 'table', 'chart', 'image', 'POINTS', '', '要点'];

function mutateField(doc: Document, r: Rand, seed: number, what: string[]): void {
  // fields with a closed set of values are changed less often, so that most cases reach the layout
  const paths = scalarPaths(doc.contents).filter((p) => !CLOSED.has(String(p.at(-1))) || r.chance(0.15));
  const n = 1 + r.int(4);
  for (let k = 0; k < n && paths.length > 0; k++) {
    const path = r.pick(paths);
    const current = doc.getIn(path);
    const colour = path.includes('colors') || path.at(-1) === 'color';
    const value =
      colour && r.chance(0.8)
        ? `#${sample(fc.integer({ min: 0, max: 0xffffff }), seed * 7 + k).toString(16).padStart(6, '0')}`
        : typeof current === 'string'
          ? r.chance(0.9)
            ? sample(text, seed * 7 + k)
            : sample(anything, seed * 7 + k)
          : typeof current === 'number' && r.chance(0.6)
            ? sample(fc.oneof(fc.integer({ min: -10, max: 10_000_000 }), fc.double({ min: 0, max: 200, noNaN: true })), seed * 7 + k)
            : r.chance(0.5)
              ? sample(anything, seed * 7 + k)
              : sample(text, seed * 7 + k);
    doc.setIn(path, value);
    what.push(`${path.join('.')} = ${JSON.stringify(value)?.slice(0, 80)}`);
  }
}

function mutateStructure(doc: Document, r: Rand, seed: number, what: string[]): void {
  const collections = collectionPaths(doc.contents);
  const n = 1 + r.int(3);
  for (let k = 0; k < n && collections.length > 0; k++) {
    const path = r.pick(collections);
    const node = path.length ? doc.getIn(path, true) : doc.contents;
    const op = r.int(6);
    if (isSeq(node) && node.items.length > 0) {
      const i = r.int(node.items.length);
      if (op === 0) {
        node.items.splice(i, 1);
        what.push(`removed ${[...path, i].join('.')}`);
      } else if (op === 1) {
        const times = r.pick([1, 5, 50, 400]);
        for (let t = 0; t < times; t++) node.items.splice(i, 0, doc.createNode((node.items[i] as Node & { toJSON(): unknown }).toJSON()));
        what.push(`repeated ${[...path, i].join('.')} ${times}×`);
      } else if (op === 2) {
        node.items = [];
        what.push(`emptied ${path.join('.')}`);
      } else {
        node.items[i] = doc.createNode(sample(anything, seed + k));
        what.push(`replaced ${[...path, i].join('.')}`);
      }
    } else if (isMap(node) && node.items.length > 0) {
      const pair = node.items[r.int(node.items.length)]!;
      const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
      if (op <= 1) {
        node.items.splice(node.items.indexOf(pair), 1);
        what.push(`removed key ${[...path, key].join('.')}`);
      } else if (op === 2) {
        const unknown = r.pick(UNKNOWN_KEYS);
        node.set(unknown, sample(anything, seed + k));
        what.push(`added key ${[...path, unknown].join('.')}`);
      } else if (op === 3 && node.has('type')) {
        const type = r.pick(SLIDE_TYPES);
        node.set('type', type);
        what.push(`${path.join('.')}.type = ${type}`);
      } else {
        pair.value = doc.createNode(sample(anything, seed + k));
        what.push(`replaced ${[...path, key].join('.')}`);
      }
    }
  }
}

/** The YAML written back: usually by the yaml library (escapes), sometimes with raw values spliced in. */
function emit(doc: Document, r: Rand): string {
  const out = doc.toString({ lineWidth: 0 });
  return r.chance(0.15) ? out.replace(/"((?:[^"\\]|\\.)*)"/, (_m, inner: string) => `"${inner}"`.replace(/\\x([0-9A-F]{2})/g, (_s, h: string) => String.fromCharCode(parseInt(h, 16)))) : out;
}

function mutateBytes(text: string, r: Rand, seed: number, what: string[]): Uint8Array {
  let bytes = Buffer.from(text, 'utf8');
  const n = 1 + r.int(6);
  for (let k = 0; k < n; k++) {
    const at = r.int(bytes.length + 1);
    const op = r.int(8);
    if (op === 0) {
      bytes = bytes.subarray(0, at);
      what.push(`cut at ${at}`);
    } else if (op === 1 && bytes.length > 0) {
      bytes = Buffer.from(bytes);
      const i = Math.min(at, bytes.length - 1);
      bytes[i] = bytes[i]! ^ (1 << r.int(8));
      what.push(`bit flipped at ${at}`);
    } else if (op === 2) {
      const junk = Buffer.from(sample(fc.uint8Array({ maxLength: 16 }), seed + k));
      bytes = Buffer.concat([bytes.subarray(0, at), junk, bytes.subarray(at)]);
      what.push(`${junk.length} random bytes at ${at}`);
    } else if (op === 3) {
      const ins = r.pick(['\t', '  ', '\n- ', ': ', '&x ', '*x', '<<: *x\n', '{', '[', '"', "'", '\\', '\r', '\u0000', '\uFEFF', '%YAML 1.1\n', '--- \n', '...\n', '? ', '!!binary ', '!foo ']);
      bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(ins), bytes.subarray(at)]);
      what.push(`${JSON.stringify(ins)} at ${at}`);
    } else if (op === 4) {
      const len = r.int(200);
      bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at, at + len), bytes.subarray(at)]);
      what.push(`${len} bytes repeated at ${at}`);
    } else if (op === 5) {
      const len = r.int(200);
      bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + len)]);
      what.push(`${len} bytes removed at ${at}`);
    } else if (op === 6) {
      const enc = r.pick(['utf16le', 'latin1', 'bom'] as const);
      bytes = enc === 'bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) : Buffer.from(bytes.toString('utf8'), enc);
      what.push(`re-encoded ${enc}`);
    } else {
      const line = r.pick(['\n', '\r\n', '\r']);
      bytes = Buffer.from(bytes.toString('utf8').replace(/\n/g, line));
      what.push(`line ends ${JSON.stringify(line)}`);
    }
  }
  return bytes;
}

// ------------------------------------------------------------------ images

/** An 8 × 8 baseline JPEG (made once with ImageMagick). */
const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAIAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAf/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABQf/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCXgBVdf//Z',
  'base64',
);

/** A PNG whose IHDR claims width × height (CRC fixed up, so only the size is a lie). */
function pngClaiming(width: number, height: number): Buffer {
  const b = Buffer.from(png(4, 4));
  b.writeUInt32BE(width >>> 0, 16);
  b.writeUInt32BE(height >>> 0, 20);
  b.writeUInt32BE(crc32(b.subarray(12, 29)), 29);
  return b;
}

/** JPEG with its SOF size replaced. */
function jpegClaiming(width: number, height: number): Buffer {
  const b = Buffer.from(JPEG);
  const sof = b.indexOf(Buffer.from([0xff, 0xc0]));
  b.writeUInt16BE(height, sof + 5);
  b.writeUInt16BE(width, sof + 7);
  return b;
}

type Image = { name: string; file: CaseFile; label?: string };

function image(r: Rand, seed: number): Image {
  const good = r.chance(0.5) ? png(8 + r.int(40), 8 + r.int(40), [r.int(256), r.int(256), r.int(256)]) : JPEG;
  const ext = good === JPEG ? 'jpg' : 'png';
  const variants: [string, () => Image][] = [
    ['good', () => ({ name: `good.${ext}`, file: { bytes: good } })],
    ['cut', () => ({ name: `cut.${ext}`, file: { bytes: good.subarray(0, r.int(good.length)) } })],
    ['bit flip', () => {
      const b = Buffer.from(good);
      const i = 8 + r.int(b.length - 8);
      b[i] = b[i]! ^ (1 << r.int(8));
      return { name: `flip.${ext}`, file: { bytes: b } };
    }],
    ['huge png', () => ({ name: 'huge.png', file: { bytes: pngClaiming(r.pick([2147483647, 100000, 16385, 0, 1]), r.pick([1, 0, 2147483647, 65535])) } })],
    ['odd jpeg', () => ({ name: 'odd.jpg', file: { bytes: jpegClaiming(r.pick([0, 1, 65535, 16]), r.pick([0, 1, 65535, 16])) } })],
    ['random', () => ({ name: r.pick(['x.png', 'x.jpg', 'x.jpeg', 'x.gif', 'x.svg']), file: { bytes: Buffer.from(sample(fc.uint8Array({ maxLength: 64 }), seed)) } })],
    ['empty', () => ({ name: 'empty.png', file: { bytes: new Uint8Array() } })],
    ['text', () => ({ name: 'readme.png', file: { bytes: Buffer.from('not an image\n') } })],
    ['folder', () => ({ name: 'folder.png', file: { dir: true } })],
    ['link to device', () => ({ name: 'zero.png', file: { link: '/dev/zero' } })],
    ['link outside', () => ({ name: 'out.png', file: { link: '../outside.png' } })],
    ['dangling link', () => ({ name: 'gone.png', file: { link: 'nowhere.png' } })],
    ['swapped type', () => ({ name: ext === 'png' ? 'really-png.jpg' : 'really-jpeg.png', file: { bytes: good } })],
  ];
  const [label, make] = r.chance(0.4) ? variants[0]! : r.pick(variants);
  return { ...make(), label };
}

// ------------------------------------------------------------------ cases

const KINDS: CaseKind[] = ['field', 'field', 'field', 'field', 'structure', 'structure', 'bytes', 'template', 'template', 'output'];

export function makeCase(seed: number, index: number, outlines = baseOutlines(), templates = baseTemplates()): FuzzCase {
  const caseSeed = (Math.imul(seed, 0x9e3779b1) + index) >>> 0;
  const r = new Rand(caseSeed);
  const kind = KINDS[index % KINDS.length]!;
  const base = r.pick(outlines);
  const what = [`${kind} of ${base.name}`];
  const files: Record<string, CaseFile> = {};
  const args = ['outline.yaml', '-o', 'out/deck.pptx'];
  const keep = ['outline.yaml'];
  const doc = parseDocument(base.text);

  if (kind === 'field') {
    mutateField(doc, r, caseSeed, what);
    files['outline.yaml'] = { bytes: Buffer.from(emit(doc, r)) };
  } else if (kind === 'structure') {
    mutateStructure(doc, r, caseSeed, what);
    if (r.chance(0.3)) mutateField(doc, r, caseSeed + 1, what);
    files['outline.yaml'] = { bytes: Buffer.from(emit(doc, r)) };
  } else if (kind === 'bytes') {
    files['outline.yaml'] = { bytes: mutateBytes(base.text, r, caseSeed, what) };
  } else if (kind === 'template') {
    const tpl = r.pick(templates);
    const tdoc = parseDocument(tpl.text);
    tdoc.set('name', 'fuzzed');
    if (tpl.name !== 'party-red') tdoc.set('extends', r.chance(0.8) ? 'party-red' : r.pick(['party-red', '../tpl', './', 'gov-blue', 'nope', '/etc']));
    const img = image(r, caseSeed);
    what.push(`template ${tpl.name}, image ${img.name} (${img.label})`);
    files[`tpl/${img.name}`] = img.file;
    if (r.chance(0.15)) files['outside.png'] = { bytes: png(8, 8) };
    const where = r.int(4);
    const path = r.chance(0.1) ? r.pick(['../outside.png', '/etc/hostname', 'tpl/../' + img.name, '', 'missing.png']) : img.name;
    if (where === 0 || where === 1) tdoc.set('logo', { path, ...(r.chance(0.5) ? { height: r.pick([0.2, 2, 1, 0.5]) } : {}), ...(r.chance(0.3) ? { position: r.pick(['top-left', 'top-right', 'bottom-left', 'bottom-right']) } : {}) });
    else tdoc.setIn(['backgrounds', r.pick(['cover', 'agenda', 'section', 'content', 'closing'])], { image: path });
    if (r.chance(0.6)) mutateField(tdoc, r, caseSeed + 3, what);
    if (r.chance(0.2)) mutateStructure(tdoc, r, caseSeed + 5, what);
    files['tpl/template.yaml'] = { bytes: Buffer.from(emit(tdoc, r)) };
    files['outline.yaml'] = { bytes: Buffer.from(base.text) };
    args.push('-t', 'tpl');
    keep.push('tpl/template.yaml');
    if (!('dir' in img.file) && !('link' in img.file)) keep.push(`tpl/${img.name}`);
  } else {
    files['outline.yaml'] = { bytes: Buffer.from(base.text) };
    // -o takes .pptx, .pdf or a folder (other names are usage errors): files of those names that are not ours
    const target = r.pick(['notes.pptx', 'notes.pptx', 'out', 'out/', 'out/sub/', 'deck.pptx', 'fake.pptx']);
    if (target === 'notes.pptx') files[target] = { bytes: Buffer.from('# 笔记\n') };
    if (target === 'fake.pptx') files['fake.pptx'] = { bytes: Buffer.from('PK\x03\x04 not really a deck') };
    if (target === 'out') files['out/.keep'] = { bytes: new Uint8Array() };
    if (target === 'notes.pptx' || target === 'fake.pptx') keep.push(target);
    args[2] = target;
    what.push(`-o ${target}`);
  }
  return { index, kind, what, files, args, keep };
}
