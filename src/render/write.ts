/** Deck → the bytes of a finished .pptx. */
import type { Deck } from '../deck/model.js';
import { writePptxParts, zipPackage } from './pptx.js';

export async function renderPptx(deck: Deck): Promise<Uint8Array> {
  return zipPackage(writePptxParts(deck));
}
