/**
 * A PDF has lines, not paragraphs: a paragraph wrapped across lines is joined again. A line
 * continues into the next when it runs to the right margin and the next is not indented; a
 * short line, an indented one or a gap ends the paragraph. Chinese lines join without a space.
 */
export interface PdfLine {
  page: number;
  /** Left edge, baseline and right edge, in PDF units. */
  x: number;
  y: number;
  end: number;
  size: number;
  text: string;
}

export function joinPdfLines(lines: readonly PdfLine[]): string {
  const kept = lines.filter((l) => l.text.trim() !== '');
  if (kept.length === 0) return '';
  // the text block's edges: the most common left edge and the right margin
  const left = mode(kept.map((l) => Math.round(l.x)));
  const right = Math.max(...kept.map((l) => l.end));
  const out: string[] = [];
  let para = '';
  for (let i = 0; i < kept.length; i++) {
    const l = kept[i]!;
    const text = l.text.trim();
    para = para === '' ? text : para + (needsSpace(para, text) ? ' ' : '') + text;
    const next = kept[i + 1];
    const full = right - l.end < l.size * 1.5;
    const nextIndented = next !== undefined && next.x - left > next.size * 0.8;
    const gap = next !== undefined && next.page === l.page && l.y - next.y > Math.max(l.size, next.size) * 1.9;
    // a full line runs on, onto the next page too
    if (!next || !full || nextIndented || gap) {
      out.push(para);
      para = '';
    }
  }
  return out.join('\n');
}

function mode(xs: number[]): number {
  const count = new Map<number, number>();
  for (const x of xs) count.set(x, (count.get(x) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

/** Latin words broken at a line end get their space back; Chinese does not use one. */
function needsSpace(before: string, after: string): boolean {
  return /[A-Za-z][,.;:!?]?$/.test(before) && /^[A-Za-z]/.test(after);
}
