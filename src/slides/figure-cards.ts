/**
 * Key figures: cards in one or two rows (2–6 figures) or one hero figure (with `of`, a
 * progress bar). The figures of a slide share one size and, within a row, one baseline;
 * units are a fixed share of the figure's size; a change sits on its own line under the
 * figure, above the label; labels take at most two balanced lines.
 */
import { report, type Localized } from '../core/catalogue/define.js';
import { LAYOUT, WHAT } from '../core/catalogue/layout.js';
import type { Diagnostic } from '../core/errors.js';
import { emu, type Emu } from '../core/units.js';
import type { Box, GroupBox, Insets, TextBox, TextRole } from '../deck/model.js';
import { fitTextBox, pt, rect, textBox, type LayoutContext } from '../layout/context.js';
import { fitLine, type TextSpec } from '../layout/fit.js';
import { contentBottom, contentTop } from '../layout/frame/chrome.js';
import { lighter } from '../layout/palette.js';
import { rangeOf } from '../layout/theme.js';
import type { NumberItem } from './fields.js';
import { figureParts, formatValue, prefixScale, shareText } from './figures.js';
import { CHANGE_LINE, changeAt, changeBox, changeRuns, changeSize } from './change-line.js';

type Figure = NumberItem & { of?: number };

export interface PlacedFigure {
  item: Figure;
  path: (string | number)[];
}

const GAP = 20;
const PAD = 12;
const STRIP = 5;
/** A card's figure, label and detail are one text box with these insets. */
const CARD_INSETS = { l: pt(6), r: pt(6), t: pt(3), b: pt(3) } as Insets;
/** Points between the figure and its label, and between the label and the detail. */
const LABEL_GAP = 4;
const DETAIL_GAP = 2;
/** Figure line pitch as a multiple of its size; digits and units stand well inside it. */
const FIGURE_LINE = 1.12;

/** Figures are one line of large glyphs: thin insets, proportional to the size. */
function figureInsets(size: number): Insets {
  const side = pt(Math.max(2, Math.round(size * 0.06)));
  const v = pt(Math.max(1, Math.round(size * 0.03)));
  return { l: side, r: side, t: v, b: v };
}

/** The figure as one line that never wraps: the largest size in range that fits `w`. */
export function figureBox(ctx: LayoutContext, role: TextRole, f: Figure, w: Emu, range: readonly [number, number], path: (string | number)[], insets = figureInsets(range[1])): TextBox | undefined {
  const p = figureParts({ ...f, written: ctx.written([...path, 'value']) }, ctx.lang);
  const color = ctx.colors.figure;
  const r = ctx.theme.unitRatio;
  const fitted = fitLine(
    [
      { text: p.prefix, scale: prefixScale(p.prefixSize, r), color, bold: p.prefixSize === 'value' },
      { text: p.value, scale: 1, color, bold: true },
      { text: p.suffix, scale: r, color, bold: false },
    ],
    ctx.fonts.figure,
    emu(w - insets.l - insets.r),
    range,
  );
  if (!fitted) return undefined;
  const size = fitted.size;
  const block = {
    size,
    paragraphs: [{ lines: [fitted.line], align: 'center' as const, lineHeight: Math.round(size * FIGURE_LINE * 100) / 100, spaceBefore: 0, indent: emu(0), breaks: 'break' as const }],
    height: pt(size * FIGURE_LINE),
    width: pt(fitted.widthPt),
  };
  const h = emu(block.height + insets.t + insets.b + pt(size * 0.06));
  const box = textBox(role, block, { x: emu(0), y: emu(0), w, h }, { insets, source: ctx.locate([...path, 'value']) });
  box.nowrap = true;
  return box;
}

function sizeOf(box: TextBox | undefined): number {
  // the largest run: a figure's value, or the only size of a label
  return box?.paragraphs[0]?.lines[0]?.runs.reduce((m, r) => Math.max(m, r.size), 0) ?? 0;
}

/** The largest size of `range` at which every (non-empty) text fits its width. */
function largestShared(ctx: LayoutContext, role: TextRole, specs: TextSpec[], w: Emu, range: readonly [number, number]): number {
  if (range[1] <= range[0]) return range[0];
  const quiet: LayoutContext = { ...ctx, diagnostics: [] };
  const sizes = specs.filter((s) => s.text).map((s) => sizeOf(fitTextBox(quiet, role, [s], { w }, { range, lineRatio: 1.2, what: '', insets: CARD_INSETS })));
  // an empty text (a card without a detail) does not hold the others back
  return Math.max(range[0], Math.min(...sizes));
}

/** Boxes for each text at the largest size of `range` at which all of them fit (siblings share a size). */
function shared(ctx: LayoutContext, role: TextRole, specs: TextSpec[], w: Emu, what: Localized, range: readonly [number, number]): TextBox[] {
  const size = largestShared(ctx, role, specs, w, range);
  return specs.map((s) => fitTextBox(ctx, role, [s], { w }, { range: [size, size], lineRatio: 1.2, what, insets: CARD_INSETS, ...(s.source ? { source: s.source } : {}) }));
}

/** Points of text in a box: its paragraphs' lines and the space between them, no insets. */
function contentPt(box: TextBox | undefined): number {
  return box ? box.paragraphs.reduce((h, p) => h + p.spaceBefore + p.lines.length * p.lineHeight, 0) : 0;
}

/** Height (EMU) of the tallest label plus the detail under it: what a card's text needs below its figure. */
function stackHeight(labels: TextBox[], details: TextBox[]): number {
  let h = 0;
  labels.forEach((l, i) => {
    const d = details[i];
    const hasDetail = d?.paragraphs.some((p) => p.lines.some((x) => x.runs.length));
    h = Math.max(h, pt(contentPt(l) + (hasDetail ? DETAIL_GAP + contentPt(d) : 0)));
  });
  return h;
}

export function numbersBoxes(ctx: LayoutContext, items: PlacedFigure[]): Box[] {
  if (items.length === 1) return heroBoxes(ctx, items[0]!.item, items[0]!.path);
  const n = items.length;
  const arrangements: number[][] = n <= 3 ? [[n]] : n === 4 ? [[4], [2, 2]] : n === 5 ? [[3, 2]] : [[3, 3]];
  // try each arrangement quietly; keep the one with the largest figures that fits
  let best: { boxes: Box[]; size: number } | undefined;
  for (const rows of arrangements) {
    const trial: LayoutContext = { ...ctx, diagnostics: [] };
    const laid = cards(trial, items, rows);
    if (trial.diagnostics.length === 0 && laid.size > (best?.size ?? -1)) best = laid;
  }
  // none fits: lay out the last (most compact) arrangement again, reporting its problems
  return best ? best.boxes : cards(ctx, items, arrangements[arrangements.length - 1]!).boxes;
}

function cards(ctx: LayoutContext, items: PlacedFigure[], rows: number[]): { boxes: Box[]; size: number } {
  const c = ctx.colors;
  const t = ctx.theme.type;
  const top = contentTop();
  const bottom = contentBottom(ctx);
  const areaW = ctx.width - 2 * ctx.margin;
  const areaH = bottom - top;
  const cols = Math.max(...rows);
  const cardW = emu((areaW - (cols - 1) * pt(GAP)) / cols);
  const cardH = emu(Math.min(rows.length === 1 ? pt(250) : Infinity, (areaH - (rows.length - 1) * pt(GAP)) / rows.length));
  const innerW = emu(cardW - 2 * pt(PAD));
  const font = ctx.fonts.body;

  const labelSpecs = items.map((p): TextSpec => ({ text: p.item.label, font, color: c.text, bold: true, align: 'center', balance: true, display: true, maxLines: 2, source: ctx.locate([...p.path, 'label']) }));
  const detailSpecs = items.map((p): TextSpec => ({ text: p.item.detail ?? '', font, color: c.muted, align: 'center', balance: true, maxLines: 2, source: ctx.locate([...p.path, 'detail']) }));
  const hasDetail = items.some((p) => p.item.detail);
  const gapLabel = pt(LABEL_GAP);
  const innerH = cardH - 2 * pt(PAD) - pt(STRIP);
  const figInsets = CARD_INSETS;

  // labels and details give way before the figure does: try their sizes from the largest
  // down, and keep the first at which the figures still get the template's smallest size
  const quiet: LayoutContext = { ...ctx, diagnostics: [] };
  /** Sizes from the largest at which every text fits its width down to the smallest. */
  const textSizes = (role: 'label' | 'detail', specs: TextSpec[]) => {
    const [lo, hi] = t[role];
    const top = largestShared(quiet, role, specs, innerW, [lo, hi]);
    const sizes: number[] = [];
    for (let s = top; s >= lo; s--) sizes.push(s);
    return sizes.length ? sizes : [lo];
  };
  let labels: TextBox[] = [];
  let details: TextBox[] = [];
  let found: Diagnostic[] = [];
  let maxBySpace = 0;
  let cs = 0;
  const labelChoices = textSizes('label', labelSpecs);
  const detailChoices = hasDetail ? textSizes('detail', detailSpecs) : [0];
  const changeChoices = changeSizes(ctx, items, innerW);
  // the labels of a slide share one top line: all cards leave room for the most change lines
  const changeLines = Math.max(0, ...items.map((p) => changeRuns(ctx, p.item.change, p.path).length));
  // labels and details shrink first; the change only when they cannot make room. A change
  // stays clearly larger than the labels (CHANGE_OVER_LABEL), so those sizes are not tried
  search: for (const c of changeChoices) {
    const under = labelChoices.filter((ls) => !c || ls * CHANGE_OVER_LABEL <= c);
    for (const ls of under.length ? under : [labelChoices[labelChoices.length - 1]!]) {
      for (const ds of detailChoices) {
        // each try keeps its own problems; the one kept reports them
        const trial: LayoutContext = { ...ctx, diagnostics: [] };
        labels = shared(trial, 'label', labelSpecs, innerW, WHAT.figureLabel, [ls, ls]);
        details = hasDetail ? shared(trial, 'detail', detailSpecs, innerW, WHAT.figureDetail, [ds, ds]) : [];
        found = trial.diagnostics;
        cs = c;
        const room = innerH - stackHeight(labels, details) - gapLabel - changeHeight(c, changeLines) - figInsets.t - figInsets.b;
        maxBySpace = Math.floor(room / pt(1) / (FIGURE_LINE + 0.06));
        if (maxBySpace >= rangeOf(ctx.theme, 'figure')[0]) break search;
      }
    }
  }
  ctx.diagnostics.push(...found);

  const range: [number, number] = [rangeOf(ctx.theme, 'figure')[0], Math.min(rangeOf(ctx.theme, 'figure')[1], maxBySpace)];
  let size = range[1];
  for (const p of items) {
    const f = range[1] >= range[0] ? figureBox(ctx, 'figure', p.item, innerW, range, p.path, CARD_INSETS) : undefined;
    if (!f) {
      const lowOnHeight = range[1] < range[0];
      ctx.diagnostics.push(report(LAYOUT.cardFigure, { min: rangeOf(ctx.theme, 'figure')[0], lowOnHeight, rows: rows.length, cols }, { pos: ctx.locate([...p.path, lowOnHeight ? 'label' : 'value']) }));
      continue;
    }
    size = Math.min(size, sizeOf(f));
  }
  size = Math.max(size, rangeOf(ctx.theme, 'figure')[0]);
  const below = stackHeight(labels, details);
  const boxes: Box[] = [];
  // the grid starts where every slide's content starts; a tall grid fills the area
  let y = top;
  let k = 0;
  for (const count of rows) {
    const rowW = count * cardW + (count - 1) * pt(GAP);
    let x = emu(ctx.margin + (areaW - rowW) / 2);
    for (let i = 0; i < count; i++, k++) {
      const p = items[k]!;
      const members: GroupBox['boxes'] = [rect({ x, y, w: cardW, h: cardH }, c.card), rect({ x, y, w: cardW, h: pt(STRIP) }, c.primary)];
      // the figure on one line that never wraps, its label and detail in a box under it;
      // one top for the whole row, so figures share a baseline and labels a top line
      const fig = figureBox(ctx, 'figure', p.item, innerW, [size, size], p.path, CARD_INSETS);
      const figPt = size * FIGURE_LINE;
      const changeH = changeHeight(cs, changeLines);
      const stackH = pt(figPt) + gapLabel + changeH + below + CARD_INSETS.t + CARD_INSETS.b;
      const stackTop = emu(y + pt(STRIP) + Math.max(pt(PAD), (cardH - pt(STRIP) - stackH) / 2));
      if (fig) {
        fig.x = emu(x + pt(PAD));
        fig.y = stackTop;
        fig.h = emu(pt(figPt) + CARD_INSETS.t + CARD_INSETS.b + pt(size * 0.06));
        members.push(fig);
        // the change on its own lines between the figure and the label, in the label's box (no
        // second pair of insets on a short card); a card with fewer change lines starts lower,
        // so that the labels of a row share one top line. A change too wide for its card was
        // reported with the sizes (changeSizes).
        const change = cs ? changeBox({ ...ctx, diagnostics: [] }, 'label', p.item.change, p.path, innerW, cs, CARD_INSETS) : undefined;
        const changeParas = change?.paragraphs ?? [];
        const ownChangeH = changeHeight(cs, changeParas.length);
        const label = labels[k]!.paragraphs.map((para, j) => ({ ...para, spaceBefore: j === 0 ? (changeParas.length ? CHANGE_GAP : 0) : para.spaceBefore }));
        const detail = p.item.detail ? details[k]!.paragraphs.map((para, j) => ({ ...para, spaceBefore: j === 0 ? DETAIL_GAP : para.spaceBefore })) : [];
        const text = labels[k]!;
        text.paragraphs = [...changeParas, ...label, ...detail];
        text.x = fig.x;
        text.y = emu(stackTop + pt(figPt) + gapLabel + changeH - ownChangeH);
        text.w = innerW;
        text.h = emu(pt(contentPt(text)) + CARD_INSETS.t + CARD_INSETS.b + pt(4));
        members.push(text);
      }
      boxes.push({ kind: 'group', name: '', x, y, w: cardW, h: cardH, boxes: members });
      x = emu(x + cardW + pt(GAP));
    }
    y = emu(y + cardH + pt(GAP));
  }
  return { boxes, size };
}

/** Points between a change and the label under it. */
const CHANGE_GAP = 2;
/** A card's change is at least this many times its label's size: it is part of the figure's message. */
const CHANGE_OVER_LABEL = 1.25;

/** Height (EMU) `lines` change lines of `size` take on a card, with the gap under them; 0 for none. */
function changeHeight(size: number, lines: number): number {
  return size && lines ? pt(size * CHANGE_LINE * lines + CHANGE_GAP) : 0;
}

/**
 * The sizes the cards' changes may take, largest first: from the largest at which every change
 * fits its card's width down to the role's smallest; [0] when no card has a change. A change
 * wider than its card even at the smallest is reported, at its value.
 */
function changeSizes(ctx: LayoutContext, items: PlacedFigure[], innerW: Emu): number[] {
  const [lo, hi] = rangeOf(ctx.theme, 'change');
  const w = emu(innerW - CARD_INSETS.l - CARD_INSETS.r);
  let top = hi;
  let any = false;
  for (const p of items) {
    const runs = changeRuns(ctx, p.item.change, p.path);
    if (!runs.length) continue;
    any = true;
    const s = changeSize(ctx, runs, w, [lo, hi]);
    if (s === undefined) ctx.diagnostics.push(report(LAYOUT.changeLine, { size: lo }, { pos: changeAt(ctx, p.item.change, p.path) }));
    else top = Math.min(top, s);
  }
  if (!any) return [0];
  const sizes: number[] = [];
  for (let s = top; s >= lo; s--) sizes.push(s);
  return sizes;
}

/** A figure alone, large and centred: a `number` slide's (heroFigure), or one beside a chart (`role` figure). */
export function heroBoxes(ctx: LayoutContext, f: Figure, path: (string | number)[], role: TextRole = 'heroFigure'): Box[] {
  const c = ctx.colors;
  const t = ctx.theme.type;
  const top = contentTop();
  const bottom = contentBottom(ctx);
  const areaW = emu(ctx.width - 2 * ctx.margin);
  const areaH = bottom - top;
  const font = ctx.fonts.body;
  const labelRange: [number, number] = [Math.min(28, t.label[1]), Math.min(28, Math.round(t.label[1] * 1.3))];
  const labelSrc = ctx.locate([...path, 'label']);
  const label = fitTextBox(ctx, 'label', [{ text: f.label, font, color: c.text, bold: true, align: 'center', balance: true, display: true, maxLines: 2, source: labelSrc }], { w: emu(areaW * 0.8), h: pt(100) }, { range: labelRange, lineRatio: 1.25, what: WHAT.figureLabel, source: labelSrc });
  let detail: TextBox | undefined;
  if (f.detail) {
    const src = ctx.locate([...path, 'detail']);
    detail = fitTextBox(ctx, 'detail', [{ text: f.detail, font, color: c.muted, align: 'center', balance: true, maxLines: 2, source: src }], { w: emu(areaW * 0.8), h: pt(70) }, { lineRatio: 1.25, what: WHAT.figureDetail, source: src });
  }
  const change = heroChange(ctx, f, path, emu(areaW * 0.9), labelRange[1]);
  const barH = f.of !== undefined ? pt(64) : 0;
  const figInsets = figureInsets(rangeOf(ctx.theme, role)[1]);
  const room = areaH - label.h - (detail ? detail.h : 0) - (change ? change.h : 0) - barH - figInsets.t - figInsets.b;
  const maxBySpace = Math.floor(room / pt(1) / (FIGURE_LINE + 0.06));
  const range: [number, number] = [rangeOf(ctx.theme, role)[0], Math.min(rangeOf(ctx.theme, role)[1], maxBySpace)];
  const fig = range[1] >= range[0] ? figureBox(ctx, role, f, emu(areaW * 0.9), range, path) : undefined;
  if (!fig) {
    ctx.diagnostics.push(report(LAYOUT.heroFigure, { min: rangeOf(ctx.theme, role)[0] }, { pos: ctx.locate([...path, 'value']) }));
    return [];
  }
  const stackH = fig.h + (change ? change.h : 0) + label.h + (detail ? detail.h : 0) + barH;
  let y = emu(top + Math.max(0, (areaH - stackH) / 2));
  const cx = ctx.margin + areaW / 2;
  for (const box of [fig, change, label, detail]) {
    if (!box) continue;
    box.x = emu(cx - box.w / 2);
    box.y = y;
    y = emu(y + box.h);
  }
  const boxes: Box[] = [fig, ...(change ? [change] : []), label, ...(detail ? [detail] : [])];
  if (f.of !== undefined) boxes.push(...progress(ctx, f.value, f.of, emu(y + pt(16)), path));
  return boxes;
}

/**
 * The hero's change: large, up to 1.5 times the largest size of the change role, as wide as the
 * figure may be; larger than the label under it unless it is too long for that.
 */
function heroChange(ctx: LayoutContext, f: Figure, path: (string | number)[], w: Emu, label: number): TextBox | undefined {
  const runs = changeRuns(ctx, f.change, path);
  if (!runs.length) return undefined;
  const [lo, hi] = rangeOf(ctx.theme, 'change');
  const top = Math.round(hi * 1.5);
  const insets = figureInsets(hi);
  const inner = emu(w - insets.l - insets.r);
  const size = changeSize(ctx, runs, inner, [Math.min(top, Math.max(lo, label + 2)), top]) ?? changeSize(ctx, runs, inner, [lo, top]);
  if (size === undefined) {
    ctx.diagnostics.push(report(LAYOUT.changeLine, { size: lo }, { pos: changeAt(ctx, f.change, path) }));
    return undefined;
  }
  return changeBox(ctx, 'change', f.change, path, w, size, insets);
}

/** A bar that shows value/of, the share at its right end and the total under its left end. */
function progress(ctx: LayoutContext, value: number, of: number, y: Emu, path: (string | number)[]): Box[] {
  const c = ctx.colors;
  const barW = emu((ctx.width - 2 * ctx.margin) * 0.56);
  const shareW = pt(120);
  const x = emu((ctx.width - barW - shareW) / 2);
  const h = pt(14);
  const share = Math.max(0, Math.min(1, value / of));
  const src = ctx.locate([...path, 'of']);
  const boxes: Box[] = [
    rect({ x, y, w: barW, h }, lighter(c.primary, 0.85), { shape: 'roundRect', radius: 0.5 }),
    rect({ x, y, w: emu(Math.max(h, barW * share)), h }, c.primary, { shape: 'roundRect', radius: 0.5 }),
  ];
  const shareBox = fitTextBox(ctx, 'label', [{ text: shareText(value, of), font: ctx.fonts.figure, color: c.figure, bold: true, maxLines: 1, source: src }], { w: emu(shareW - pt(8)) }, { range: [Math.min(28, ctx.theme.type.label[1] + 4), Math.min(28, ctx.theme.type.label[1] + 4)], lineRatio: 1.15, what: WHAT.share, source: src, nowrap: true });
  shareBox.x = emu(x + barW + pt(8));
  shareBox.y = emu(y + h / 2 - shareBox.h / 2);
  const total = fitTextBox(ctx, 'detail', [{ text: `${ctx.strings.total} ${formatValue(of, undefined, ctx.lang, ctx.written([...path, 'of']))}`, font: ctx.fonts.body, color: c.muted, maxLines: 1, source: src }], { w: barW }, { lineRatio: 1.2, what: WHAT.total, source: src });
  total.x = x;
  total.y = emu(y + h + pt(4));
  boxes.push(shareBox, total);
  return boxes;
}
