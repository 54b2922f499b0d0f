/**
 * 目录: a coloured panel with the agenda's title (the title placeholder), and the sections as
 * a list in the body placeholder: one paragraph per section, its number hanging before a tab,
 * its subtitle a level-2 paragraph under it. Rows share the list's height evenly, with a rule
 * between them.
 */
import { WHAT } from '../../core/catalogue/layout.js';
import type { SourcePos } from '../../core/errors.js';
import { emu, type Emu } from '../../core/units.js';
import { contrastNeed, fitTextBox, insetsFor, pt, readableOn, rect, type LayoutContext } from '../context.js';
import type { TextSpec } from '../fit.js';
import type { Box, Paragraph, Rect, TextBox } from '../../deck/model.js';
import { lighter } from '../palette.js';

export interface AgendaItem {
  title: string;
  subtitle?: string;
  source?: SourcePos;
}

function panelWidth(ctx: LayoutContext): Emu {
  return emu(ctx.width * 0.32);
}

/** Where the agenda's title and list placeholders are. */
export function agendaRects(ctx: LayoutContext): { title: Rect; list: Rect } {
  const panelW = panelWidth(ctx);
  const left = emu(panelW + pt(56));
  return {
    title: { x: ctx.margin, y: emu(ctx.height / 2 - pt(130)), w: emu(panelW - 2 * ctx.margin), h: pt(130) },
    list: { x: left, y: pt(60), w: emu(ctx.width - ctx.margin - left), h: emu(ctx.height - pt(120)) },
  };
}

/** The title's colour on the panel. */
export function agendaTitleColor(ctx: LayoutContext) {
  const c = ctx.colors;
  return readableOn(c.primary, c.onPrimary, [c.text, c.background], 4.5);
}

/** The layout's fixed shapes: the panel, and the small subtitle under the title (CONTENTS). */
export function agendaDecor(ctx: LayoutContext): Box[] {
  const c = ctx.colors;
  const th = ctx.theme;
  const boxes: Box[] = [rect({ x: emu(0), y: emu(0), w: panelWidth(ctx), h: ctx.height }, c.primary)];
  if (ctx.strings.agendaSub) {
    const [, max] = th.type.coverMeta;
    const color = readableOn(c.primary, c.accent, [c.onPrimary], contrastNeed(max));
    const { title } = agendaRects(ctx);
    const sub = fitTextBox(ctx, 'coverMeta', [{ text: ctx.strings.agendaSub, font: ctx.fonts.figure, color, maxLines: 1 }], { w: title.w, h: pt(40) }, { lineRatio: 1.2, what: WHAT.agendaSubtitle, nowrap: true });
    sub.x = ctx.margin;
    sub.y = emu(ctx.height / 2 + pt(4));
    boxes.push(sub);
  }
  return boxes;
}

/** Width of the number column, in em of the list's size. */
function numberEm(digits: number): number {
  return 0.62 * digits + 0.9;
}

export function agendaBoxes(ctx: LayoutContext, heading: string, items: AgendaItem[], firstNumber = 0, headingSource?: SourcePos): Box[] {
  const th = ctx.theme;
  const c = ctx.colors;
  const t = th.type;
  const rects = agendaRects(ctx);
  const boxes: Box[] = [];
  const head = fitTextBox(ctx, 'agendaTitle', [{ text: heading, font: ctx.fonts.heading, color: agendaTitleColor(ctx), bold: true, maxLines: 2, balance: true, display: true }], { w: rects.title.w, h: rects.title.h }, { lineRatio: 1.2, what: WHAT.agendaTitle, anchor: 'bottom', ...(headingSource ? { source: headingSource } : {}) });
  Object.assign(head, rects.title, { placeholder: { type: 'title' } });
  boxes.push(head);

  const { list } = rects;
  const n = items.length;
  const rowH = emu(Math.min(pt(100), list.h / Math.max(1, n)));
  const digits = Math.max(2, String(firstNumber + n).length);
  const hasSub = items.some((it) => it.subtitle);
  const titleH = emu(hasSub ? rowH * 0.7 : rowH);
  const insets = insetsFor(t.agendaItem[1]);
  const spec = (it: AgendaItem, i: number): TextSpec => ({
    text: it.title,
    font: ctx.fonts.heading,
    color: c.text,
    bold: true,
    balance: true,
    display: true,
    indentEm: numberEm(digits),
    lead: { text: String(firstNumber + i + 1).padStart(2, '0'), font: ctx.fonts.figure, color: c.primary, bold: true },
    ...(it.source ? { source: it.source } : {}),
  });
  // every line at one size: the largest at which the longest title fits, on one line where
  // it can, on two balanced lines when a title is too long for one
  const fitAt = (range: readonly [number, number], maxLines: number, into: LayoutContext = ctx) =>
    items.map((it, i) => fitTextBox(into, 'agendaItem', [{ ...spec(it, i), maxLines }], { w: list.w, h: titleH }, { range, lineRatio: 1.2, insets, what: WHAT.agendaSectionTitle, ...(it.source ? { source: it.source } : {}) }));
  const quiet: LayoutContext = { ...ctx, diagnostics: [] };
  fitAt(t.agendaItem, 1, quiet);
  const maxLines = quiet.diagnostics.length ? 2 : 1;
  const size = Math.min(...fitAt(t.agendaItem, maxLines, { ...ctx, diagnostics: [] }).map(sizeOf));
  const titles = fitAt([size, size], maxLines);

  const paragraphs: Paragraph[] = [];
  const stacks: number[] = [];
  items.forEach((it, i) => {
    const rows: Paragraph[] = [...titles[i]!.paragraphs];
    if (it.subtitle) {
      const numW = emu(numberEm(digits) * pt(size));
      const sub = fitTextBox(ctx, 'detail', [{ text: it.subtitle, font: ctx.fonts.body, color: c.muted, maxLines: 1, level: 1, ...(it.source ? { source: it.source } : {}) }], { w: emu(list.w - numW), h: emu(rowH - titles[i]!.h) }, { lineRatio: 1.2, insets, what: WHAT.agendaSectionSubtitle });
      // the subtitle starts under the title's text
      for (const p of sub.paragraphs) p.indent = emu(p.indent + numW);
      rows.push(...sub.paragraphs);
    }
    stacks.push(rows.reduce((h, p, k) => h + (k ? p.spaceBefore : 0) + p.lines.length * p.lineHeight, 0));
    paragraphs.push(...rows);
  });
  // each row's text centred in its row: the space between rows is the free halves of both
  const rowPt = rowH / pt(1);
  const blockTop = emu(list.y + (list.h - n * rowH) / 2);
  let first = 0;
  items.forEach((_, i) => {
    const p = paragraphs[first]!;
    p.spaceBefore = i === 0 ? 0 : round2((rowPt - stacks[i - 1]!) / 2 + (rowPt - stacks[i]!) / 2);
    first += titles[i]!.paragraphs.length + (items[i]!.subtitle ? 1 : 0);
  });
  const listBox: TextBox = {
    kind: 'text',
    name: '',
    role: 'agendaItem',
    x: list.x,
    y: emu(blockTop + pt((rowPt - stacks[0]!) / 2) - insets.t),
    w: list.w,
    h: emu(n * rowH),
    insets,
    anchor: 'top',
    paragraphs,
    placeholder: { type: 'body', idx: 1 },
  };
  boxes.push(listBox);
  for (let i = 0; i < n - 1; i++) {
    boxes.push(rect({ x: list.x, y: emu(blockTop + (i + 1) * rowH - pt(0.5)), w: list.w, h: pt(0.75) }, lighter(c.muted, 0.75)));
  }
  return boxes;
}

function sizeOf(box: TextBox): number {
  return box.paragraphs[0]?.lines[0]?.runs[0]?.size ?? 0;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
