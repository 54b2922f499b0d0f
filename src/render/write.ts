/** Deck → the bytes of a finished .pptx. */
import type { Deck } from '../deck/model.js';
import { finishPptx } from './finish.js';
import { writePptxParts } from './pptx.js';

export async function renderPptx(deck: Deck): Promise<Uint8Array> {
  return finishPptx(await writePptxParts(deck), deck);
}
