import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { DeckError, ERROR_CODES, type Diagnostic } from '../../src/core/errors.js';
import { SourceText } from '../../src/core/source.js';
import { parseOutline, type OutlineDoc } from '../../src/outline/load.js';
import { APPROX_EN, APPROX_ZH, NUMBER_FORMATS } from '../../src/outline/schema.js';
import type { BuiltinSlide } from '../../src/slides/registry.js';

/** PROPERTY_RUNS=5000 npx vitest run tests/outline/property.test.ts searches harder. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);

/**
 * Whole-file problems that have no place in the text. OUTLINE_EMPTY is the only one parseOutline
 * can give (see known-bugs.test.ts: it has no position either).
 */
const FILE_LEVEL = new Set(['OUTLINE_EMPTY']);

/** Checks one diagnostic against the text it is about; returns a description of what is wrong, or ''. */
function badDiagnostic(d: Diagnostic, source: SourceText): string {
  if (!(ERROR_CODES as readonly string[]).includes(d.code)) return `unknown code ${d.code}`;
  if (d.severity !== 'error' && d.severity !== 'warning') return `bad severity ${String(d.severity)}`;
  if (typeof d.message !== 'string' || d.message.length === 0) return 'empty message';
  if (FILE_LEVEL.has(d.code)) return '';
  if (!d.pos) return `${d.code} without a position`;
  const { line, column, file } = d.pos;
  if (file !== 'test.yaml') return `position in file ${file}`;
  if (!Number.isInteger(line) || line < 1 || line > source.lineCount) return `line ${line} outside 1..${source.lineCount}`;
  if (!Number.isInteger(column) || column < 1) return `column ${column}`;
  if (d.frame !== undefined && !d.frame.includes(`> ${line} |`)) return 'frame does not show the line';
  return '';
}

/** parseOutline either returns or throws a DeckError whose diagnostics are all well-formed. */
function checkOutline(text: string): OutlineDoc | DeckError {
  const source = new SourceText('test.yaml', text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  let doc: OutlineDoc;
  try {
    doc = parseOutline(text, 'test.yaml');
  } catch (e) {
    if (!(e instanceof DeckError)) throw new Error(`parseOutline threw ${String(e)} for ${JSON.stringify(text)}`);
    for (const d of e.diagnostics) {
      const bad = badDiagnostic(d, source);
      if (bad) throw new Error(`${bad}: ${JSON.stringify(d)} for ${JSON.stringify(text)}`);
    }
    if (!e.diagnostics.some((d) => d.severity === 'error')) throw new Error(`DeckError without an error for ${JSON.stringify(text)}`);
    return e;
  }
  for (const w of doc.warnings) {
    const bad = badDiagnostic(w, source);
    if (bad) throw new Error(`${bad}: ${JSON.stringify(w)} for ${JSON.stringify(text)}`);
    expect(w.severity).toBe('warning');
  }
  return doc;
}

// ── arbitraries ─────────────────────────────────────────────────────────────────────────

/** Pieces of YAML and of outlines, glued at random: mostly broken YAML, sometimes an outline. */
const yamlToken = fc.constantFrom(
  'title', 'sections', 'slides', 'type', 'points', 'numbers', 'number', 'quote', 'value', 'approx', 'unit', 'label',
  'of', 'sub', 'text', 'closing', 'id', 'lang', 'en', 'titel',
  ': ', ':', '- ', '-', ' ', '  ', '    ', '\n', '\r\n', '\r', '\t', '"', "'", '&a ', '*a', '[', ']', '{', '}', ', ',
  '#', '# c\n', '---\n', '...\n', '|\n', '>\n', '!!str ', '!x ', '? ', '**', '余', '以上', '中文', '“引号”', '1400', '-5', '3.5',
  '.nan', '.inf', 'null', '~', 'true', '%YAML 1.2\n', '@', '`', '\u0001', '\ufeff', '<<: ', '\\', '0x1F', '1e3',
);
const yamlish = fc.array(yamlToken, { maxLength: 40 }).map((parts) => parts.join(''));

/** Text that survives YAML and zod unchanged: no surrounding space, at least one visible character. */
const word = fc.string({ unit: fc.constantFrom(...'ab 中文党建“”，。%*#:-'.split('')), minLength: 1, maxLength: 12 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);

const scalar = fc.oneof(word, fc.integer({ min: -1e6, max: 1e6 }), fc.double({ noNaN: false }), fc.boolean(), fc.constant(null));
const anyKey = fc.constantFrom(
  'title', 'subtitle', 'type', 'points', 'numbers', 'value', 'approx', 'unit', 'label', 'of', 'text', 'sub', 'sections', 'slides',
  'closing', 'agenda', 'date', 'lang', 'id', 'format', 'by', 'notes', 'titel', 'organisation',
);
const { value: anyValue } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.constantFrom('points', 'numbers', 'number', 'quote', 'table', '余', '+', 'wan', 'en', 'a b'),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(anyKey, tie('value'), { maxKeys: 5 }),
  ),
}));

/** Objects shaped like outlines, with wrong types and keys mixed in. */
const outlineShaped = fc.record(
  {
    title: scalar,
    lang: fc.constantFrom('zh-CN', 'en', 'fr'),
    sections: fc.array(fc.record({ title: scalar, slides: fc.array(fc.dictionary(anyKey, anyValue, { maxKeys: 6 }), { maxLength: 3 }) }, { requiredKeys: [] }), { maxLength: 3 }),
    slides: fc.array(fc.dictionary(anyKey, anyValue, { maxKeys: 6 }), { maxLength: 4 }),
    closing: anyValue,
    extra: anyValue,
  },
  { requiredKeys: [] },
);

/** Valid outlines (as data), to check that what the format allows is accepted. */
const figure = (lang: 'zh-CN' | 'en') =>
  fc.record(
    {
      value: fc.oneof(fc.integer({ min: 0, max: 1e7 }), fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true })),
      approx: fc.constantFrom(...(lang === 'en' ? APPROX_EN : APPROX_ZH)),
      unit: word,
      label: word,
      detail: word,
      format: fc.constantFrom(...NUMBER_FORMATS),
    },
    { requiredKeys: ['value', 'label'] },
  );
const validSlide = (lang: 'zh-CN' | 'en') =>
  fc.oneof(
    fc.record({ type: fc.constant('points'), title: word, points: fc.array(fc.oneof(word, fc.record({ text: word, sub: fc.array(word, { minLength: 1, maxLength: 6 }) }, { requiredKeys: ['text'] })), { minLength: 1, maxLength: 8 }) }, { requiredKeys: ['type', 'points'] }),
    fc.record({ type: fc.constant('numbers'), title: word, numbers: fc.array(figure(lang), { minLength: 1, maxLength: 6 }) }, { requiredKeys: ['type', 'numbers'] }),
    fc.record({ type: fc.constant('quote'), text: word, by: word, notes: fc.string({ maxLength: 20 }) }, { requiredKeys: ['type', 'text'] }),
  );
const validOutline = fc.constantFrom('zh-CN' as const, 'en' as const).chain((lang) =>
  fc.record(
    {
      title: word,
      lang: fc.constant(lang),
      subtitle: word,
      date: fc.oneof(word, fc.integer({ min: 1900, max: 2100 })),
      agenda: fc.oneof(fc.boolean(), word),
      closing: fc.oneof(fc.boolean(), fc.record({ title: word, subtitle: word }, { requiredKeys: [] })),
      sections: fc.array(fc.record({ title: word, slides: fc.array(validSlide(lang), { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 3 }),
    },
    { requiredKeys: ['title', 'lang', 'sections'] },
  ),
);

describe('parseOutline never crashes (fast-check)', () => {
  it('on random YAML-ish text', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        checkOutline(text);
      }),
      { numRuns: RUNS },
    );
  });

  it('on random Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        checkOutline(text);
      }),
      { numRuns: RUNS },
    );
  });

  it('on random outline-shaped objects written with yaml.stringify', () => {
    fc.assert(
      fc.property(outlineShaped, (data) => {
        checkOutline(stringify(data));
      }),
      { numRuns: RUNS },
    );
  });

  it('on random outline-shaped objects written as flow YAML (one line)', () => {
    fc.assert(
      fc.property(outlineShaped, (data) => {
        checkOutline(stringify(data, { collectionStyle: 'flow' }));
      }),
      { numRuns: RUNS },
    );
  });

  it('accepts every valid outline and keeps its values', () => {
    fc.assert(
      fc.property(validOutline, (data) => {
        const result = checkOutline(stringify(data));
        if (result instanceof DeckError) throw new Error(`rejected a valid outline:\n${stringify(data)}\n${result.diagnostics.map((d) => d.message).join('\n')}`);
        expect(result.outline.title).toBe(data.title);
        expect(result.outline.sections).toHaveLength(data.sections.length);
        for (const w of result.warnings) expect(w.code).toBe('OUTLINE_MARKUP');
        const firstFigure = data.sections.flatMap((s) => s.slides).find((s) => s.type === 'numbers');
        if (firstFigure && firstFigure.type === 'numbers') {
          const got = result.outline.sections!.flatMap((s) => s.slides as BuiltinSlide[]).find((s) => s.type === 'numbers');
          expect(got && got.type === 'numbers' ? got.numbers[0]!.value : undefined).toBe(firstFigure.numbers[0]!.value);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
