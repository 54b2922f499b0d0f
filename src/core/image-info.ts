/**
 * Kind and pixel size of the two image formats slides accept, and a check of the file's
 * structure before it is used: a header can claim anything. PNG: the signature, every chunk
 * with its CRC, IHDR first, image data, IEND last. JPEG: the markers from SOI to EOI, a frame
 * header with its size. (Two formats do not justify an image library's start-up cost.)
 */
import { crc32 } from 'node:zlib';
import { both, type Localized } from './catalogue/define.js';
import { IMAGE } from './catalogue/image.js';

export interface ImageInfo {
  kind: 'png' | 'jpeg';
  width: number;
  height: number;
}

/** The largest picture a template may use: bytes, and pixels on each side (documented in templates.md). */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
export const MAX_IMAGE_SIDE = 16384;

export function imageKind(b: Uint8Array): 'png' | 'jpeg' | undefined {
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 && b[4] === 0x0d && b[5] === 0x0a && b[6] === 0x1a && b[7] === 0x0a) return 'png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  return undefined;
}

const u16 = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u32 = (b: Uint8Array, i: number) => ((b[i]! << 24) >>> 0) + ((b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!);

/** `problem` is the rest of a sentence that starts with the file's name ("is a damaged PNG (…)"), in both languages. */
export type ImageCheck = { ok: true; info: ImageInfo } | { ok: false; problem: Localized };

/** The image's kind and size when its structure is whole and its size within bounds, else what is wrong. */
export function checkImage(b: Uint8Array): ImageCheck {
  const kind = imageKind(b);
  if (!kind) return { ok: false, problem: both(IMAGE.notImage, {}) };
  const r = kind === 'png' ? checkPng(b) : checkJpeg(b);
  if (!('kind' in r)) return { ok: false, problem: r };
  if (r.width < 1 || r.height < 1) return { ok: false, problem: both(IMAGE.noPixels, { width: r.width, height: r.height }) };
  if (r.width > MAX_IMAGE_SIDE || r.height > MAX_IMAGE_SIDE) return { ok: false, problem: both(IMAGE.tooManyPixels, { width: r.width, height: r.height, max: MAX_IMAGE_SIDE }) };
  return { ok: true, info: r };
}

function checkPng(b: Uint8Array): ImageInfo | Localized {
  let i = 8;
  let info: ImageInfo | undefined;
  let data = false;
  while (i + 12 <= b.length) {
    const len = u32(b, i);
    const end = i + 12 + len;
    if (len > 0x7fffffff || end > b.length) return both(IMAGE.pngChunkPastEnd, {});
    const type = String.fromCharCode(b[i + 4]!, b[i + 5]!, b[i + 6]!, b[i + 7]!);
    if (crc32(b.subarray(i + 4, i + 8 + len)) !== u32(b, i + 8 + len)) return both(IMAGE.pngChecksum, { chunk: type });
    if (!info) {
      if (type !== 'IHDR' || len !== 13) return both(IMAGE.pngNoHeader, {});
      info = { kind: 'png', width: u32(b, i + 8), height: u32(b, i + 12) };
    }
    if (type === 'IDAT') data = true;
    if (type === 'IEND') return data ? info : both(IMAGE.pngNoData, {});
    i = end;
  }
  return both(IMAGE.pngCut, {});
}

function checkJpeg(b: Uint8Array): ImageInfo | Localized {
  let i = 2;
  let info: ImageInfo | undefined;
  while (i + 1 < b.length) {
    if (b[i] !== 0xff) return both(IMAGE.jpegNoMarker, {});
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0xd9) return info ?? both(IMAGE.jpegNoFrame, {});
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01 || marker === 0xd8) {
      i += 2;
      continue;
    }
    if (i + 4 > b.length) break;
    const len = u16(b, i + 2);
    if (len < 2 || i + 2 + len > b.length) return both(IMAGE.jpegSegmentPastEnd, {});
    const sof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (sof) {
      if (len < 7) return both(IMAGE.jpegFrameShort, {});
      info = { kind: 'jpeg', height: u16(b, i + 5), width: u16(b, i + 7) };
    }
    i += 2 + len;
    if (marker === 0xda) {
      // the entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or a restart
      while (i + 1 < b.length && !(b[i] === 0xff && b[i + 1] !== 0x00 && !(b[i + 1]! >= 0xd0 && b[i + 1]! <= 0xd7))) i++;
    }
  }
  return both(IMAGE.jpegCut, {});
}
