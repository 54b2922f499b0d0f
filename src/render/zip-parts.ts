/**
 * A stand-in for JSZip, wired in place of `jszip` when pptxgenjs is bundled or tested
 * (see scripts/bundle.mjs and vitest.config.ts).
 *
 * pptxgenjs builds every part of the package and then asks JSZip to zip them, which is
 * most of its run time; the finishing pass then has to unzip, repair and zip again.
 * This stand-in only collects the parts: `generateAsync({ type: 'parts' })` hands them
 * over as a Map, so the deck is zipped exactly once, in finish.ts. Any other output type
 * (pptxgenjs zips the workbook behind a chart as base64) gets a real zip from zip.ts.
 */
import { zipEntries } from './zip.js';

export type PartData = string | Uint8Array;
export type Parts = Map<string, PartData>;

interface FileOptions {
  base64?: boolean;
  binary?: boolean;
}


export default class ZipParts {
  private readonly parts: Parts;
  private readonly prefix: string;

  constructor(parts?: Parts, prefix = '') {
    this.parts = parts ?? new Map();
    this.prefix = prefix;
  }

  folder(name: string): ZipParts {
    return new ZipParts(this.parts, this.prefix + name.replace(/\/?$/, '/'));
  }

  file(name: string, data: string | Uint8Array | ArrayBuffer, options: FileOptions = {}): this {
    let value: PartData;
    if (options.base64 && typeof data === 'string') value = new Uint8Array(Buffer.from(data, 'base64'));
    else if (data instanceof ArrayBuffer) value = new Uint8Array(data);
    else value = data;
    this.parts.set(this.prefix + name, value);
    return this;
  }

  async generateAsync(options: { type: string }): Promise<Parts | string | Uint8Array> {
    if (options.type === 'parts') return this.parts;
    const names = [...this.parts.keys()].sort();
    const zipped = zipEntries(names.map((name) => {
      const data = this.parts.get(name)!;
      return { name, data: typeof data === 'string' ? Buffer.from(data, 'utf8') : data };
    }));
    if (options.type === 'base64') return Buffer.from(zipped).toString('base64');
    return zipped;
  }
}
