/**
 * Kind and pixel size of the two image formats slides accept, read from the header.
 * (Two formats do not justify an image library's start-up cost.)
 */
export interface ImageInfo {
  kind: 'png' | 'jpeg';
  width: number;
  height: number;
}

export function imageKind(b: Uint8Array): 'png' | 'jpeg' | undefined {
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 && b[4] === 0x0d && b[5] === 0x0a && b[6] === 0x1a && b[7] === 0x0a) return 'png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  return undefined;
}

const u16 = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u32 = (b: Uint8Array, i: number) => ((b[i]! << 24) >>> 0) + ((b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!);

/** undefined when the bytes are not a readable PNG or JPEG. */
export function imageInfo(b: Uint8Array): ImageInfo | undefined {
  const kind = imageKind(b);
  if (kind === 'png') {
    // the IHDR chunk comes first: width and height at bytes 16 and 20
    if (b.length < 24) return undefined;
    return { kind, width: u32(b, 16), height: u32(b, 20) };
  }
  if (kind === 'jpeg') {
    // walk the segments to the first start-of-frame marker, which holds the size
    let i = 2;
    while (i + 9 < b.length) {
      if (b[i] !== 0xff) return undefined;
      const marker = b[i + 1]!;
      if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01 || marker === 0xff) {
        i += marker === 0xff ? 1 : 2;
        continue;
      }
      const len = u16(b, i + 2);
      const sof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
      if (sof) return { kind, height: u16(b, i + 5), width: u16(b, i + 7) };
      i += 2 + len;
    }
  }
  return undefined;
}
