/**
 * What is drawn on a slide: its layout's boxes first (underneath), then its own, with the
 * page number field showing the slide's number. For writers and checks that draw or read
 * whole slides (the preview, the render tests).
 */
import type { Box, Deck, DeckSlide } from './model.js';

export function boxesOf(deck: Deck, slide: DeckSlide): Box[] {
  const layout = slide.layout ? deck.layouts.find((l) => l.name === slide.layout) : undefined;
  const shared = (layout?.boxes ?? []).map((b) =>
    b.kind === 'text' && b.field === 'slidenum'
      ? { ...b, paragraphs: b.paragraphs.map((p) => ({ ...p, lines: p.lines.map((l) => ({ runs: l.runs.map((r) => ({ ...r, text: String(slide.number) })) })) })) }
      : b,
  );
  return [...shared, ...slide.boxes];
}
