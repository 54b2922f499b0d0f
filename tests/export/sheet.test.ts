// The contact sheet's own PNG writer and PPM reader: a picture read back pixel for pixel.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, encodePng } from '../../src/export/png-encode.js';
import { columnsFor, composeSheet, readPpm } from '../../src/export/sheet.js';

/** Decodes what encodePng writes (filter 0 rows): width, height, RGB, and that every CRC holds. */
function decode(png: Buffer): { width: number; height: number; rgb: Buffer } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let at = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + len);
    expect(png.readUInt32BE(at + 8 + len)).toBe(crc32(png.subarray(at + 4, at + 8 + len)));
    if (type === 'IHDR') [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
    if (type === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rgb = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * 3 + 1)]).toBe(0);
    raw.copy(rgb, y * width * 3, y * (width * 3 + 1) + 1, (y + 1) * (width * 3 + 1));
  }
  return { width, height, rgb };
}

describe('PNG writer', () => {
  it('round-trips an RGB picture; crc32 is the standard one', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    const rgb = Buffer.from(Array.from({ length: 4 * 3 * 3 }, (_, i) => (i * 37) % 256));
    const back = decode(encodePng(4, 3, rgb));
    expect(back).toEqual({ width: 4, height: 3, rgb });
  });
});

describe('contact sheet', () => {
  it('reads P6 PPM and puts thumbnails in a grid, each at its cell, in reading order', () => {
    const ppm = (w: number, h: number, v: number) => Buffer.concat([Buffer.from(`P6\n# pdftoppm\n${w} ${h}\n255\n`), Buffer.alloc(w * h * 3, v)]);
    const pics = [10, 20, 30, 40, 50].map((v) => readPpm(ppm(8, 5, v)));
    expect(pics[0]).toMatchObject({ width: 8, height: 5 });
    expect(columnsFor(5)).toBe(3);
    const sheet = decode(composeSheet(pics));
    // 3 columns, 2 rows of 8×5 cells with 12-pixel gaps
    expect([sheet.width, sheet.height]).toEqual([12 + 3 * 20, 12 + 2 * 17]);
    const px = (x: number, y: number) => sheet.rgb[(y * sheet.width + x) * 3];
    expect(px(12, 12)).toBe(10);
    expect(px(12 + 20, 12)).toBe(20);
    expect(px(12, 12 + 17)).toBe(40);
    expect(px(12 + 20 + 7, 12 + 17 + 4)).toBe(50);
    expect(px(12 + 40, 12 + 17)).toBe(0xee); // the sixth cell is empty ground
  });
});
