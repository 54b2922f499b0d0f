/**
 * The average colour of a PNG (what a background picture or a logo looks like from afar), for
 * `template import` and the logo contrast check. PNG only: its pixels come from zlib, which
 * node has; a JPEG would need a decoder, and the colour is then left unknown. Transparent
 * pixels do not count (a logo's cut-out shows the ground, not the logo).
 */
import { inflateSync } from 'node:zlib';
import { checkImage } from '../core/image-info.js';
import { normalizeHex } from '../core/color.js';

/** No more pixels than this are decoded: a larger picture's colour stays unknown. */
const MAX_PIXELS = 4096 * 4096;

export interface PictureColour {
  /** RRGGBB of the opaque pixels' average. */
  hex: string;
  /** Share of the pixels that are (mostly) opaque, 0–1. */
  opaque: number;
  /** The colours that cover most of it (near colours together), largest share of the opaque pixels first. */
  colours: { hex: string; share: number }[];
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/** The average colour of an 8-bit, non-interlaced PNG (grey, RGB, grey+alpha, RGBA); else undefined. */
export function pngAverage(bytes: Uint8Array): PictureColour | undefined {
  const checked = checkImage(bytes);
  if (!checked.ok || checked.info.kind !== 'png') return undefined;
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = b.readUInt32BE(16);
  const height = b.readUInt32BE(20);
  const depth = b[24]!;
  const type = b[25]!;
  const interlace = b[28]!;
  const channels = CHANNELS[type];
  if (depth !== 8 || !channels || interlace !== 0 || width * height > MAX_PIXELS) return undefined;
  const idat: Buffer[] = [];
  for (let i = 8; i + 12 <= b.length; ) {
    const len = b.readUInt32BE(i);
    if (b.toString('latin1', i + 4, i + 8) === 'IDAT') idat.push(b.subarray(i + 8, i + 8 + len));
    i += 12 + len;
  }
  const stride = width * channels;
  let raw: Buffer;
  try {
    raw = inflateSync(Buffer.concat(idat), { maxOutputLength: (stride + 1) * height });
  } catch {
    return undefined;
  }
  if (raw.length < (stride + 1) * height) return undefined;
  let prev = new Uint8Array(stride);
  let cur = new Uint8Array(stride);
  const sum = new Float64Array(3);
  let weight = 0;
  // 3 bits a channel: 512 buckets, each with the sum of its pixels (its colour is their average)
  const buckets = new Float64Array(512 * 4);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)]!;
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? cur[x - channels]! : 0;
      const up = prev[x]!;
      const c = x >= channels ? prev[x - channels]! : 0;
      let v = row[x]!;
      if (f === 1) v += a;
      else if (f === 2) v += up;
      else if (f === 3) v += (a + up) >> 1;
      else if (f === 4) {
        const p = a + up - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? up : c;
      }
      cur[x] = v & 0xff;
    }
    for (let x = 0; x < stride; x += channels) {
      const grey = channels < 3;
      const alpha = channels === 2 ? cur[x + 1]! : channels === 4 ? cur[x + 3]! : 255;
      if (alpha < 128) continue;
      const r = cur[x]!;
      const g = grey ? r : cur[x + 1]!;
      const bl = grey ? r : cur[x + 2]!;
      sum[0]! += r;
      sum[1]! += g;
      sum[2]! += bl;
      weight++;
      const k = ((r >> 5) << 6) | ((g >> 5) << 3) | (bl >> 5);
      buckets[k * 4]! += r;
      buckets[k * 4 + 1]! += g;
      buckets[k * 4 + 2]! += bl;
      buckets[k * 4 + 3]! += 1;
    }
    [prev, cur] = [cur, prev];
  }
  if (!weight) return { hex: 'FFFFFF', opaque: 0, colours: [] };
  const hexOf = (r: number, g: number, b: number, n: number) => normalizeHex([r, g, b].map((v) => Math.round(v / n).toString(16).padStart(2, '0')).join(''));
  const colours: PictureColour['colours'] = [];
  for (let k = 0; k < 512; k++) {
    const n = buckets[k * 4 + 3]!;
    if (n / weight >= 0.01) colours.push({ hex: hexOf(buckets[k * 4]!, buckets[k * 4 + 1]!, buckets[k * 4 + 2]!, n), share: n / weight });
  }
  colours.sort((a, b) => b.share - a.share);
  return { hex: hexOf(sum[0]!, sum[1]!, sum[2]!, weight), opaque: weight / (width * height), colours: colours.slice(0, 8) };
}
