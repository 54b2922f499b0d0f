/**
 * A figure's change lines, drawn under the figure: one line per change that never wraps
 * (同比增长6.1%; 比去年增加7人 over 增长率36.8%), each in the template colour of its direction,
 * the value bold. Cards and the hero choose the size; this module measures and builds the box.
 */
import { report } from '../core/catalogue/define.js';
import { LAYOUT } from '../core/catalogue/layout.js';
import { emu, type Emu } from '../core/units.js';
import type { Color, Insets, TextBox, TextRole } from '../deck/model.js';
import { boxHeight, pt, textBox, type LayoutContext } from '../layout/context.js';
import { fitLine } from '../layout/fit.js';
import { changeDirection, changeParts, changesOf } from './change.js';
import type { Change } from './fields.js';

/** Line pitch of the change as a multiple of its size. */
export const CHANGE_LINE = 1.2;

type LinePart = { text: string; scale: number; color: Color; bold: boolean };

/** The lines of a figure's changes, one per change (runs: words, value, unit), or none. */
export function changeRuns(ctx: LayoutContext, change: Change | readonly Change[] | undefined, path: (string | number)[]): LinePart[][] {
  const c = ctx.colors;
  return changesOf(change, path).map(({ change: ch, path: p }) => {
    const dir = changeDirection(ch);
    const color = dir === 'up' ? c.up : dir === 'down' ? c.down : c.text;
    const parts = changeParts({ ...ch, written: ctx.written([...p, 'value']) }, ctx.lang);
    const runs: LinePart[] = [
      { text: parts.before, scale: 1, color, bold: false },
      { text: parts.value, scale: 1, color, bold: true },
      { text: parts.after, scale: 1, color, bold: false },
    ];
    return runs.filter((r) => r.text);
  });
}

/** Where a change that does not fit is reported: the value of the figure's first change. */
export function changeAt(ctx: LayoutContext, change: Change | readonly Change[] | undefined, path: (string | number)[]) {
  const first = changesOf(change, path)[0];
  return ctx.locate(first ? [...first.path, 'value'] : [...path, 'value']);
}

/** The largest size of `range` at which every change line fits `w` (inner width), or undefined. */
export function changeSize(ctx: LayoutContext, lines: LinePart[][], w: Emu, range: readonly [number, number]): number | undefined {
  let size = range[1];
  for (const runs of lines) {
    const s = fitLine(runs, ctx.fonts.body, w, range)?.size;
    if (s === undefined) return undefined;
    size = Math.min(size, s);
  }
  return size;
}

/** The change line as a box of width `w` at `size`; reports TEXT_OVERFLOW when it does not fit. */
export function changeBox(
  ctx: LayoutContext,
  role: TextRole,
  change: Change | readonly Change[] | undefined,
  path: (string | number)[],
  w: Emu,
  size: number,
  insets: Insets,
): TextBox | undefined {
  const lines = changeRuns(ctx, change, path);
  if (!lines.length) return undefined;
  const at = changeAt(ctx, change, path);
  const fitted = lines.map((runs) => fitLine(runs, ctx.fonts.body, emu(w - insets.l - insets.r), [size, size]));
  if (fitted.some((f) => !f)) {
    ctx.diagnostics.push(report(LAYOUT.changeLine, { size }, { pos: at }));
    return undefined;
  }
  const lineHeight = Math.round(size * CHANGE_LINE * 100) / 100;
  const block = {
    size,
    paragraphs: fitted.map((f) => ({ lines: [f!.line], align: 'center' as const, lineHeight, spaceBefore: 0, indent: emu(0), breaks: 'break' as const })),
    height: pt(lineHeight * lines.length),
    width: pt(Math.max(...fitted.map((f) => f!.widthPt))),
  };
  // the glyphs stand 1.3 em tall, past a pitch of 1.2: room under the last line, as every text box has
  const box = textBox(role, block, { x: emu(0), y: emu(0), w, h: boxHeight(block, insets) }, { insets, source: at });
  box.nowrap = true;
  return box;
}
