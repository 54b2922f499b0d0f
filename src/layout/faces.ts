/**
 * Which face draws each character, decided once and recorded in the Deck: in a Chinese deck,
 * PowerPoint and LibreOffice draw symbols and punctuation whose face depends on the viewer
 * (curly quotes, dashes, ellipsis, ·, °, ※, arrows, shapes) with the East Asian face; letters
 * (pinyin, Greek, Cyrillic) keep the Latin face. Writers that pick faces (the preview) follow it.
 */
import type { Box, Deck, Paragraph, Run } from '../deck/model.js';
import { isAmbiguous } from './measure.js';

function drawnEastAsian(cp: number): boolean {
  return isAmbiguous(cp) && !(cp >= 0x0100 && cp <= 0x04ff);
}

/** Characters that may need it: a quick test before walking a run's text. */
const MAYBE = /[\u00a0-\u00ff\u2000-\u2bff]/;

function markRun(r: Run): void {
  if (!MAYBE.test(r.text)) return;
  const ranges: [number, number][] = [];
  let i = 0;
  for (const ch of r.text) {
    const n = ch.length;
    if (drawnEastAsian(ch.codePointAt(0)!)) {
      const last = ranges.at(-1);
      if (last && last[1] === i) last[1] = i + n;
      else ranges.push([i, i + n]);
    }
    i += n;
  }
  if (ranges.length) r.eastAsian = ranges;
}

function markParagraphs(paragraphs: Paragraph[]): void {
  for (const p of paragraphs) {
    for (const l of p.lines) for (const r of l.runs) markRun(r);
    for (const r of p.lead?.runs ?? []) markRun(r);
  }
}

function markBoxes(boxes: readonly Box[]): void {
  for (const b of boxes) {
    switch (b.kind) {
      case 'text':
        markParagraphs(b.paragraphs);
        break;
      case 'group':
        markBoxes(b.boxes);
        break;
      case 'table':
        for (const row of b.rows) for (const cell of row.cells) markParagraphs(cell.paragraphs);
        break;
      case 'shape':
      case 'image':
      case 'chart':
        break;
    }
  }
}

/** Records, on every run of a Chinese deck, the stretches its viewers draw with the East Asian face. */
export function markEastAsianFaces(deck: Deck): void {
  if (deck.lang === 'en') return;
  for (const s of deck.slides) markBoxes(s.boxes);
  for (const l of deck.layouts) {
    markBoxes(l.boxes);
    markBoxes(l.placeholders);
  }
  markBoxes(deck.master.placeholders);
}
