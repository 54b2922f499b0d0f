/**
 * What is drawn on a slide: its layout's shapes first (underneath), then its own, with the
 * page number field showing the slide's number. For writers and checks that draw or read
 * whole slides (the preview, the render tests). Layout placeholders are not drawn on slides:
 * a slide shows its own copy of each.
 */
import type { Box, Deck, DeckSlide, TextBox } from './model.js';

export function boxesOf(deck: Deck, slide: DeckSlide): Box[] {
  const layout = deck.layouts.find((l) => l.name === slide.layout);
  const number = (b: Box): Box =>
    b.kind === 'text' && b.field === 'slidenum'
      ? { ...b, paragraphs: b.paragraphs.map((p) => ({ ...p, lines: p.lines.map((l) => ({ ...l, runs: l.runs.map((r) => ({ ...r, text: String(slide.number) })) })) })) }
      : b;
  return [...(layout?.boxes ?? []), ...slide.boxes].map(number);
}

/** The boxes with every group opened up, in drawing order. */
export function flatBoxes(boxes: readonly Box[]): Exclude<Box, { kind: 'group' }>[] {
  return boxes.flatMap((b) => (b.kind === 'group' ? flatBoxes(b.boxes) : [b]));
}

/** The text boxes drawn on a slide, groups opened, titles kept off the slide left out. */
export function visibleTextBoxes(deck: Deck, slide: DeckSlide): TextBox[] {
  return flatBoxes(boxesOf(deck, slide)).filter((b): b is TextBox => b.kind === 'text' && !b.offSlide);
}
