/** The parts of a deck pptxgenjs writes (a fixture maker for tests of what reads other decks): XML as text, the rest as bytes. */
import { strFromU8, unzipSync } from 'fflate';
import type PptxGenJS from 'pptxgenjs';

export type Parts = Map<string, string | Uint8Array>;

export async function pptxgenjsParts(pptx: PptxGenJS): Promise<Parts> {
  const bytes = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  const parts: Parts = new Map();
  for (const [name, data] of Object.entries(unzipSync(bytes))) parts.set(name, /\.(xml|rels)$/.test(name) ? strFromU8(data) : data);
  return parts;
}
