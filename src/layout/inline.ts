/**
 * Inline markup of outline text: `**…**` marks emphasis; nothing else is markup.
 */
export interface Span {
  text: string;
  emphasis: boolean;
}

export interface InlineResult {
  spans: Span[];
  /** Offset (in the text) of a `**` that opens but never closes; it is kept as literal text. */
  unclosedAt?: number;
}

export function parseInline(text: string): InlineResult {
  const marks: number[] = [];
  for (let i = text.indexOf('**'); i !== -1; i = text.indexOf('**', i + 2)) marks.push(i);
  const unclosedAt = marks.length % 2 === 1 ? marks.pop() : undefined;
  const spans: Span[] = [];
  let start = 0;
  for (let k = 0; k < marks.length; k += 2) {
    const open = marks[k]!;
    const close = marks[k + 1]!;
    push(spans, text.slice(start, open), false);
    push(spans, text.slice(open + 2, close), true);
    start = close + 2;
  }
  push(spans, text.slice(start), false);
  return unclosedAt === undefined ? { spans } : { spans, unclosedAt };
}

function push(spans: Span[], text: string, emphasis: boolean): void {
  if (!text) return;
  const last = spans[spans.length - 1];
  if (last && last.emphasis === emphasis) last.text += text;
  else spans.push({ text, emphasis });
}

export function plainText(text: string): string {
  return parseInline(text)
    .spans.map((s) => s.text)
    .join('');
}
