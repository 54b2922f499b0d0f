/** A real PNG (signature, IHDR, IDAT, IEND with their CRCs) of one colour, width × height pixels. */
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** The file: signature, IHDR (8 bits a sample, `colourType`), the filtered rows deflated, IEND. */
function pngFile(width: number, height: number, colourType: number, rows: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = colourType;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

export function png(width: number, height: number, rgb: [number, number, number] = [0x00, 0x55, 0xaa]): Buffer {
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  return pngFile(width, height, 2, Buffer.concat(Array.from({ length: height }, () => row))); // truecolour
}

/** An RGBA PNG drawn pixel by pixel: `at(x, y)` gives [r, g, b, a]. */
export function pngOf(width: number, height: number, at: (x: number, y: number) => [number, number, number, number]): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 4);
    // filter 1 (Sub) on odd rows, so that the decoder's unfiltering is exercised
    row[0] = y % 2;
    for (let x = 0; x < width; x++) {
      const px = at(x, y);
      for (let c = 0; c < 4; c++) {
        const left = x > 0 ? at(x - 1, y)[c]! : 0;
        row[1 + x * 4 + c] = y % 2 ? (px[c]! - left) & 0xff : px[c]!;
      }
    }
    rows.push(row);
  }
  return pngFile(width, height, 6, Buffer.concat(rows)); // truecolour with alpha
}
