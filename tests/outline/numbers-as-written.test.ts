/**
 * One YAML reader, one meaning (YAML 1.2 core schema), with or without an alias in the file; and
 * numbers print as the author wrote them (12.50 stays 12.50, a date 2025.10 stays 2025.10).
 */
import { describe, expect, it } from 'vitest';
import { layoutDeck } from '../../src/compose/deck.js';
import { DeckError } from '../../src/core/errors.js';
import { parseOutline } from '../../src/outline/load.js';
import { asWritten, formatValue } from '../../src/slides/figures.js';
import { loadTemplate } from '../../src/template/load.js';

/** An outline with one figure; with `alias`, the file also holds an anchor and an alias. */
const outline = (value: string, alias: boolean) => `title: ${alias ? '&t ' : ''}数字
${alias ? 'notes: *t\n' : ''}slides:
  - type: number
    value: ${value}
    label: 标签
`;

/** What the outline says of `value`: the number read, or the first problem with its hint. */
function read(value: string, alias: boolean): string {
  try {
    const doc = parseOutline(outline(value, alias), 'n.yaml');
    return `number ${JSON.stringify((doc.outline.slides![0] as unknown as { value: unknown }).value)}`;
  } catch (e) {
    const d = (e as DeckError).diagnostics[0]!;
    return `${d.code} ${d.message} | ${d.hint}`;
  }
}

describe('numbers mean one thing in every file', () => {
  const cases: [string, string][] = [
    ['1_000', 'OUTLINE_SCHEMA expected a number, got "1_000" | write the figure as a bare number: value: 1000'],
    ['0b101', 'OUTLINE_SCHEMA expected a number, got "0b101" | write the figure as a bare number: value: 5'],
    ['0x10', 'number 16'],
    ['1e3', 'number 1000'],
    ['.5', 'number 0.5'],
    ['+1', 'number 1'],
    ['12.50', 'number 12.5'],
    ['2025.10', 'number 2025.1'],
    ['on', 'OUTLINE_SCHEMA expected a number, got "on" | write the figure as digits, e.g. value: 1400 (with approx: 余 for 1400余)'],
    ['yes', 'OUTLINE_SCHEMA expected a number, got "yes" | write the figure as digits, e.g. value: 1400 (with approx: 余 for 1400余)'],
  ];
  for (const [value, expected] of cases) {
    it(`value: ${value} → ${expected.split(' |')[0]}, with or without an alias in the file`, () => {
      expect(read(value, false)).toBe(expected);
      expect(read(value, true)).toBe(expected);
    });
  }
});

describe('numbers print as the author wrote them', () => {
  it('keeps written decimals; other number forms print as the number', () => {
    expect(asWritten('12.50', 12.5)).toBe('12.50');
    expect(asWritten('+1', 1)).toBe('1');
    expect(asWritten('.5', 0.5)).toBe('0.5');
    expect(asWritten('007', 7)).toBe('7');
    expect(asWritten('0x10', 16)).toBeUndefined();
    expect(asWritten('1e3', 1000)).toBeUndefined();
    expect(asWritten('12.50', 12.4)).toBeUndefined();
    expect(formatValue(12.5, 'plain', 'zh-CN', '12.50')).toBe('12.50');
    expect(formatValue(12500.5, 'grouped', 'en', '12500.50')).toBe('12,500.50');
  });

  it('on the slide, in the notes and on the cover', () => {
    const doc = parseOutline(
      `title: 数字
date: 2025.10
slides:
  - type: number
    value: 12.50
    unit: 亿元
    label: 投资
    source: 完成投资12.50亿元
`,
      'n.yaml',
    );
    const { deck } = layoutDeck(doc, loadTemplate('party-red').theme);
    const texts = (i: number) => deck.slides[i]!.boxes.flatMap((b) => (b.kind === 'text' ? b.paragraphs.flatMap((p) => p.lines.flatMap((l) => l.runs.map((r) => r.text))) : []));
    expect(texts(0).join('')).toContain('2025.10');
    expect(texts(1).join('')).toContain('12.50');
    expect(deck.slides[1]!.notes).toContain('12.50亿元');
  });
});
