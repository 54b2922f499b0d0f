/**
 * The laid-out Deck of the shipped outline, kept as JSON (tests/golden/sanlian.deck.json):
 * a layout change shows up as a reviewable diff of boxes, sizes and line breaks.
 * After a deliberate change: UPDATE_GOLDEN=1 npx vitest run tests/layout/golden.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutDeck } from '../../src/compose/deck.js';
import type { Box, Color, Deck } from '../../src/deck/model.js';
import { loadOutline } from '../../src/outline/load.js';
import { loadTemplate } from '../../src/template/load.js';

const GOLDEN = 'tests/golden/sanlian.deck.json';

/** A colour as written: the theme slot (with lighter/darker) or, outside the scheme, the RGB. */
function colour(c: Color): string {
  return c.scheme ? `${c.scheme}${c.lumMod !== undefined ? ` ${c.lumMod}/${c.lumOff ?? 0}` : ''}` : c.hex;
}

/** One box as one line: where it is, and for text its sizes and lines (⏎ a written break, ↵ where the viewer wraps). */
function summary(b: Box): Record<string, unknown> {
  const at = { name: b.name, x: b.x, y: b.y, w: b.w, h: b.h };
  if (b.kind === 'text') {
    return {
      ...at,
      role: b.role,
      ...(b.placeholder ? { ph: `${b.placeholder.type}${b.placeholder.idx ? ` ${b.placeholder.idx}` : ''}` } : {}),
      sizes: [...new Set(b.paragraphs.flatMap((p) => p.lines.flatMap((l) => l.runs.map((r) => r.size))))],
      lines: b.paragraphs.map((p) => p.lines.map((l) => l.runs.map((r) => r.text).join('')).join(p.breaks === 'break' ? ' ⏎ ' : ' ↵ ')),
      ...(b.source ? { from: `${b.source.line}:${b.source.column}` } : {}),
    };
  }
  if (b.kind === 'image') return { ...at, image: b.image.path.split('/').pop() };
  if (b.kind === 'group') return { ...at, group: b.boxes.map(summary) };
  if (b.kind === 'table') return { ...at, table: b.rows.map((r) => r.cells.map((c) => c.paragraphs.map((p) => p.lines.map((l) => l.runs.map((x) => x.text).join('')).join(' ⏎ ')).join(' ¶ '))) };
  if (b.kind === 'chart') return { ...at, chart: b.chart, categories: b.categories, series: b.series.map((s) => [s.name, ...s.written]) };
  return { ...at, shape: b.shape, ...(b.fill ? { fill: colour(b.fill) } : {}), ...(b.line ? { line: colour(b.line.color) } : {}) };
}

/** JSON with one box per line, so a diff shows which boxes moved. */
export function goldenJson(deck: Deck): string {
  const boxes = (list: Box[]) => list.map((b) => `      ${JSON.stringify(summary(b))}`).join(',\n');
  const layouts = deck.layouts.map((l) => `    { "name": ${JSON.stringify(l.name)}, "type": "${l.type}", "boxes": [\n${boxes([...l.boxes, ...l.placeholders])}\n    ] }`).join(',\n');
  const slides = deck.slides
    .map((s) => `    { "number": ${s.number}, "kind": "${s.kind}", "title": ${JSON.stringify(s.title)}, "layout": ${JSON.stringify(s.layout ?? null)}, "boxes": [\n${boxes(s.boxes)}\n    ] }`)
    .join(',\n');
  return `{\n  "theme": "${deck.theme.name}",\n  "size": [${deck.width}, ${deck.height}],\n  "layouts": [\n${layouts}\n  ],\n  "slides": [\n${slides}\n  ]\n}\n`;
}

describe('golden Deck of the shipped outline', () => {
  const { deck } = layoutDeck(loadOutline('outline/sanlian.yaml'), loadTemplate('party-red').theme);
  const now = goldenJson(deck);

  it('is what the layout produces now (a change here is a layout change: review the diff)', () => {
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, now);
    expect(existsSync(GOLDEN), `${GOLDEN} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(JSON.parse(now)).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
    expect(now, 'the golden file is not in its canonical form: run with UPDATE_GOLDEN=1').toBe(readFileSync(GOLDEN, 'utf8'));
  });
});
