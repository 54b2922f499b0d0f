/**
 * The pictures an outline's slides name (`image:` values, found through each slide type's
 * `pictures`), read and checked before layout: relative to the outline's folder and inside it
 * (after following links) unless the caller allows otherwise, regular files within the size
 * limit, whole PNG or JPEG files (the header, chunks and markers checked, nothing decoded), and
 * all of them together within the deck's limit. Every problem is reported at its `image:` value,
 * all at once, so that nothing is written until all of them are right.
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { report } from '../core/catalogue/define.js';
import { PICTURE } from '../core/catalogue/outline.js';
import { formatPath, type Diagnostic, type SourcePos } from '../core/errors.js';
import { MAX_IMAGE_BYTES, checkImage, imageKind } from '../core/image-info.js';
import { sha256 } from '../core/hash.js';
import { describeFailure, readLimited } from '../core/safe-read.js';
import { locateInYaml, type YamlFile } from '../core/yaml-file.js';
import type { ImageAsset } from '../deck/model.js';
import { slideType } from '../slides/registry.js';
import type { Path } from '../slides/slide-type.js';

/** All distinct pictures of one outline together (by content): what one deck embeds at most. */
export const MAX_DECK_PICTURE_BYTES = 200 * 1024 * 1024;

export interface PictureLimits {
  /** One file. */
  bytes: number;
  /** The distinct pictures of the outline together. */
  deckBytes: number;
}

export interface PictureOptions {
  /** Pictures may lie outside the outline's folder (`--allow-outside`). */
  allowOutside?: boolean;
  /** Lower limits, for tests. */
  limits?: Partial<PictureLimits>;
}

export interface CheckedPictures {
  /** Each checked picture by the outline path of its `image:` value (formatPath). */
  byPath: Map<string, ImageAsset>;
  /** Every picture file named (absolute, as resolved), read or not: what `watch` watches. */
  files: string[];
  diagnostics: Diagnostic[];
}

/** The slides of the outline as written, with their paths. */
function slidesOf(data: Record<string, unknown>): { slide: Record<string, unknown>; path: Path }[] {
  const out: { slide: Record<string, unknown>; path: Path }[] = [];
  const add = (list: unknown, base: Path) => {
    if (Array.isArray(list)) list.forEach((s, i) => s && typeof s === 'object' && !Array.isArray(s) && out.push({ slide: s as Record<string, unknown>, path: [...base, i] }));
  };
  if (Array.isArray(data.sections)) data.sections.forEach((sec, i) => sec && typeof sec === 'object' && add((sec as Record<string, unknown>).slides, ['sections', i, 'slides']));
  else add(data.slides, ['slides']);
  return out;
}

function valueAt(data: unknown, path: Path): unknown {
  let v = data;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined;
  return v;
}

function real(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

function within(root: string, p: string): boolean {
  const r = relative(root, p);
  return r !== '' && !r.startsWith('..') && !isAbsolute(r);
}

/** The format of a file that is not PNG or JPEG, when it is a picture format people use. */
function otherFormat(b: Uint8Array): string | undefined {
  const ascii = (i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n));
  if (ascii(0, 4) === 'GIF8') return 'GIF';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP') return 'WebP';
  if (ascii(0, 2) === 'BM') return 'BMP';
  if (ascii(0, 4) === 'II*\u0000' || ascii(0, 4) === 'MM\u0000*') return 'TIFF';
  if (ascii(4, 4) === 'ftyp' && /^(heic|heix|mif1|avif)/.test(ascii(8, 4))) return ascii(8, 4) === 'avif' ? 'AVIF' : 'HEIC';
  const text = Buffer.from(b.subarray(0, 512)).toString('utf8').trimStart().toLowerCase();
  if (text.startsWith('<svg') || (text.startsWith('<?xml') && text.includes('<svg'))) return 'SVG';
  return undefined;
}

type Read = { ok: true; image: ImageAsset; hash: string } | { ok: false; problem: (path: string) => Diagnostic };

/** One file, read once however often it is named. */
function readPicture(abs: string, dir: string, limit: number): Read {
  const read = readLimited(abs, limit);
  if (!read.ok) {
    if (read.reason === 'missing') return { ok: false, problem: (path) => report(PICTURE.missing, { path, dir }) };
    if (read.reason === 'too-large') return { ok: false, problem: (path) => report(PICTURE.tooLarge, { path, size: read.size, limit }) };
    return { ok: false, problem: (path) => report(PICTURE.notAFile, { path, failure: { en: describeFailure(read), zh: describeFailure(read, 'zh') } }) };
  }
  const bytes = read.bytes;
  const format = imageKind(bytes) ? undefined : otherFormat(bytes);
  if (format) return { ok: false, problem: (path) => report(PICTURE.otherFormat, { path, format }) };
  const checked = checkImage(bytes);
  if (!checked.ok) return { ok: false, problem: (path) => report(PICTURE.damaged, { path, problem: checked.problem }) };
  const image: ImageAsset = { path: abs, kind: checked.info.kind, widthPx: checked.info.width, heightPx: checked.info.height, bytes: bytes.length };
  return { ok: true, image, hash: sha256(bytes) };
}

/** Reads and checks every picture the outline's slides name. `data` is the outline as written. */
export function checkPictures(file: YamlFile, data: unknown, dir: string, opts: PictureOptions = {}): CheckedPictures {
  const limits: PictureLimits = { bytes: MAX_IMAGE_BYTES, deckBytes: MAX_DECK_PICTURE_BYTES, ...opts.limits };
  const out: CheckedPictures = { byPath: new Map(), files: [], diagnostics: [] };
  if (!data || typeof data !== 'object' || Array.isArray(data)) return out;
  const at = (path: Path): { pos: SourcePos; frame: string } => {
    const pos = file.source.position(locateInYaml(file, path), formatPath(path));
    return { pos, frame: file.source.frame(pos.line, pos.column) };
  };
  const root = real(dir) ?? dir;
  const reads = new Map<string, Read>();
  const sizes = new Map<string, number>();
  let total = 0;
  let reported = false;
  for (const { slide, path } of slidesOf(data as Record<string, unknown>)) {
    const type = typeof slide.type === 'string' ? slideType(slide.type) : undefined;
    for (const p of type?.pictures?.(slide, path) ?? []) {
      const written = valueAt(data, p);
      if (typeof written !== 'string' || written.trim() === '') continue; // the schema reports it
      const abs = resolve(dir, written.trim());
      out.files.push(abs);
      const where = at(p);
      // inside the folder as written, and where links lead (a missing file: as written)
      const target = real(abs);
      if (!opts.allowOutside) {
        const lexical = within(dir, abs) || within(root, abs);
        if (!lexical || (target !== undefined && !within(root, target))) {
          out.diagnostics.push({ ...report(lexical ? PICTURE.linkOutside : PICTURE.outside, { path: written, dir }), ...where });
          continue;
        }
      }
      const key = target ?? abs;
      let r = reads.get(key);
      if (!r) {
        r = readPicture(abs, dir, limits.bytes);
        reads.set(key, r);
      }
      if (!r.ok) {
        out.diagnostics.push({ ...r.problem(written), ...where });
        continue;
      }
      out.byPath.set(formatPath(p), r.image);
      // a copy under another name is the same picture: the deck stores it once
      if (!sizes.has(r.hash)) {
        sizes.set(r.hash, r.image.bytes);
        total += r.image.bytes;
        if (total > limits.deckBytes && !reported) {
          reported = true;
          out.diagnostics.push(report(PICTURE.deckTooLarge, { total, limit: limits.deckBytes }, where));
        }
      }
    }
  }
  out.files = [...new Set(out.files)];
  return out;
}

