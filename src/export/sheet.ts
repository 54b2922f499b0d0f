/**
 * The contact sheet: every slide's thumbnail in a grid on a light grey ground, one PNG. The
 * thumbnails come from pdftoppm as binary PPM (P6), the simplest picture format to read.
 */
import { encodePng } from './png-encode.js';

export interface Picture {
  width: number;
  height: number;
  /** RGB, rows top to bottom. */
  rgb: Uint8Array;
}

/** Reads a binary PPM (P6, maxval 255) as pdftoppm writes it. */
export function readPpm(bytes: Uint8Array): Picture {
  const fields: string[] = [];
  let i = 0;
  while (fields.length < 4) {
    while (i < bytes.length && /\s/.test(String.fromCharCode(bytes[i]!))) i++;
    if (bytes[i] === 0x23) {
      while (i < bytes.length && bytes[i] !== 0x0a) i++; // a comment
      continue;
    }
    let f = '';
    while (i < bytes.length && !/\s/.test(String.fromCharCode(bytes[i]!))) f += String.fromCharCode(bytes[i++]!);
    if (!f) throw new Error('readPpm: the header ends early');
    fields.push(f);
  }
  const [magic, w, h, max] = fields;
  if (magic !== 'P6' || max !== '255') throw new Error(`readPpm: not an 8-bit binary PPM (${magic}, max ${max})`);
  const width = Number(w);
  const height = Number(h);
  const rgb = bytes.subarray(i + 1, i + 1 + width * height * 3);
  if (rgb.length !== width * height * 3) throw new Error('readPpm: the picture is cut off');
  return { width, height, rgb };
}

const GAP = 12;
const GROUND = [0xee, 0xee, 0xee] as const;

/** Columns for n thumbnails: a roughly 4:3 sheet, at most 6 across. */
export function columnsFor(n: number): number {
  return Math.max(1, Math.min(6, Math.ceil(Math.sqrt(n * 1.2))));
}

/** The thumbnails in reading order, in a grid; a one-pixel grey frame around each. */
export function composeSheet(thumbs: readonly Picture[]): Buffer {
  if (thumbs.length === 0) throw new Error('composeSheet: no pictures');
  const cols = columnsFor(thumbs.length);
  const rows = Math.ceil(thumbs.length / cols);
  const cellW = Math.max(...thumbs.map((t) => t.width));
  const cellH = Math.max(...thumbs.map((t) => t.height));
  const width = GAP + cols * (cellW + GAP);
  const height = GAP + rows * (cellH + GAP);
  const rgb = new Uint8Array(width * height * 3);
  for (let p = 0; p < width * height; p++) rgb.set(GROUND, p * 3);
  thumbs.forEach((t, k) => {
    const x0 = GAP + (k % cols) * (cellW + GAP);
    const y0 = GAP + Math.floor(k / cols) * (cellH + GAP);
    for (let y = -1; y <= t.height; y++) {
      for (let x = -1; x <= t.width; x++) {
        const at = ((y0 + y) * width + (x0 + x)) * 3;
        if (y < 0 || x < 0 || y === t.height || x === t.width) rgb.set([0xb0, 0xb0, 0xb0], at);
        else rgb.set(t.rgb.subarray((y * t.width + x) * 3, (y * t.width + x) * 3 + 3), at);
      }
    }
  });
  return encodePng(width, height, rgb);
}
