/**
 * What is drawn on a slide: its layout's shapes first (underneath), then its own, with the
 * page number field showing the slide's number. For writers and checks that draw or read
 * whole slides (the preview, the render tests). Layout placeholders are not drawn on slides:
 * a slide shows its own copy of each.
 */
import type { Box, Deck, DeckSlide, ImageAsset, TableBox, TextBox } from './model.js';

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

/** A table's cells as text boxes at their places (row by row), for checks that read text where it is drawn. */
export function tableCellBoxes(t: TableBox): TextBox[] {
  const out: TextBox[] = [];
  let y = t.y;
  t.rows.forEach((row, r) => {
    let x = t.x;
    row.cells.forEach((cell, c) => {
      const w = t.columns[c]!;
      const box: TextBox = { kind: 'text', name: `${t.name} r${r + 1}c${c + 1}`, role: t.role, x, y, w, h: row.h, insets: t.insets, anchor: 'middle', paragraphs: cell.paragraphs };
      if (cell.source) box.source = cell.source;
      out.push(box);
      x = (x + w) as TextBox['x'];
    });
    y = (y + row.h) as TextBox['y'];
  });
  return out;
}

/** The text drawn on a slide as text boxes: groups opened, table cells as boxes, titles kept off the slide left out. */
export function visibleTextBoxes(deck: Deck, slide: DeckSlide): TextBox[] {
  return flatBoxes(boxesOf(deck, slide)).flatMap((b) => (b.kind === 'text' && !b.offSlide ? [b] : b.kind === 'table' ? tableCellBoxes(b) : []));
}

const pictures = new WeakMap<Deck, Map<string, ImageAsset>>();

/**
 * Every picture a deck draws (backgrounds of the master, layouts and slides, logos, image
 * boxes), by path: found once per deck, for the writers that name pictures by path.
 */
export function deckPictures(deck: Deck): ReadonlyMap<string, ImageAsset> {
  let found = pictures.get(deck);
  if (!found) {
    found = new Map();
    for (const part of [deck.master, ...deck.layouts, ...deck.slides]) {
      if (part.background.image) found.set(part.background.image.path, part.background.image);
    }
    for (const part of [...deck.layouts, ...deck.slides]) {
      for (const b of flatBoxes(part.boxes)) if (b.kind === 'image' && !found.has(b.image.path)) found.set(b.image.path, b.image);
    }
    pictures.set(deck, found);
  }
  return found;
}
