/**
 * Edge cases of reading and validating outlines, each once a bug: every problem reported in one
 * run, messages that say what was meant, positions where the mistake is, exact figures.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeckError, type Diagnostic } from '../../src/core/errors.js';
import { MAX_YAML_BYTES, OUTLINE_CODES, parseYamlBytes, parseYamlText, readYamlFile } from '../../src/core/yaml-file.js';
import { formatValue } from '../../src/slides/figures.js';
import { parseOutline } from '../../src/outline/load.js';

function problemsOf(text: string): Diagnostic[] {
  try {
    parseOutline(text, 'test.yaml');
  } catch (e) {
    if (e instanceof DeckError) return [...e.diagnostics];
    throw e;
  }
  return [];
}
const where = (d: Diagnostic | undefined) => `${d?.pos?.line}:${d?.pos?.column}`;
const QUOTE_DECK = (head: string) => `${head}slides:\n  - type: quote\n    text: q\n`;

const dir = mkdtempSync(join(tmpdir(), 'briefdeck-known-bugs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('all problems at once (src/outline/validate.ts, zod array checks)', () => {
  // When a list is longer than allowed, zod reports only the length: the wrong items inside
  // it are not reported, so the writer fixes the count and then meets a second round of errors.
  it('a too-long points list still reports the wrong items in it', () => {
    const items = ['42', ...Array.from({ length: 100 }, (_, i) => `p${i}`)].map((p) => `      - ${p}\n`).join('');
    const list = problemsOf(`title: T\nslides:\n  - type: points\n    points:\n${items}`);
    expect(list.map((d) => d.pos?.path)).toEqual(['slides[0].points', 'slides[0].points[0]']);
  });

  it('a too-long numbers list still reports a value written as text', () => {
    const items = Array.from({ length: 61 }, (_, i) => `      - value: ${i === 0 ? '一千四百' : i}\n        label: x\n`).join('');
    const list = problemsOf(`title: T\nslides:\n  - type: numbers\n    numbers:\n${items}`);
    expect(list.map((d) => d.pos?.path)).toContain('slides[0].numbers[0].value');
  });

  // A text key given a list gets a second, wrong diagnostic from the string's minLength check
  // (zod runs length checks on anything with a .length).
  it('`footer: []` is only a type error, not also a length error', () => {
    const list = problemsOf(QUOTE_DECK('title: T\nfooter: []\n'));
    expect(list.map((d) => d.message)).toEqual(['expected text, got a list']);
  });
});

describe('messages that mislead (src/outline/validate.ts, src/core/schema-issues.ts)', () => {
  it('`value: .nan` is explained as not a number', () => {
    const [d] = problemsOf('title: T\nslides:\n  - type: number\n    value: .nan\n    label: x\n');
    expect(d?.pos?.path).toBe('slides[0].value');
    expect(d?.message).not.toMatch(/expected a number, got the number/);
  });

  // agenda is `true | false | text`; the union's first branch wins the message.
  it('`agenda: 5` names both true/false and a title text', () => {
    const [d] = problemsOf(QUOTE_DECK('title: T\nagenda: 5\n'));
    expect(d?.pos?.path).toBe('agenda');
    expect(`${d?.message} ${d?.hint ?? ''}`).toMatch(/text|title/);
  });

  // closing is `true | false | {title, subtitle, notes}`.
  it('`closing: 3` names both true/false and a mapping', () => {
    const [d] = problemsOf(QUOTE_DECK('title: T\nclosing: 3\n'));
    expect(d?.pos?.path).toBe('closing');
    expect(`${d?.message} ${d?.hint ?? ''}`).toMatch(/mapping|title:/);
  });
});

describe('positions (src/core/yaml-file.ts locateInYaml)', () => {
  // locateInYaml only matches scalar keys by String(value): a collection key or a `null` key
  // is never found and the problem is put at 1:1. The collection key also makes the yaml
  // library print a Node process warning ("Keys with collection values will be stringified").
  it('an unknown collection key `[a, b]: 1` on line 2 is reported at 2:1', () => {
    const list = problemsOf(QUOTE_DECK('title: T\n[a, b]: 1\n'));
    expect(list.map((d) => `${where(d)} ${d.code}`)).toEqual(['2:1 OUTLINE_UNKNOWN_KEY']);
  });

  it('an unknown key `null:` on line 2 is reported at 2:1', () => {
    const list = problemsOf(QUOTE_DECK('title: T\nnull: x\n'));
    expect(list.map((d) => `${where(d)} ${d.code}`)).toEqual(['2:1 OUTLINE_UNKNOWN_KEY']);
  });

  // The yaml library finds the missing quote at the end of the text; the diagnostic then
  // points at an empty line after the last one instead of at the quote that is not closed.
  it('an unclosed quote is reported at the opening quote', () => {
    const list = problemsOf('title: "abc\nsubtitle: x\n');
    expect(list[0]?.code).toBe('OUTLINE_YAML');
    expect(where(list[0])).toBe('1:8');
  });

  // The brief for these tests: every diagnostic has a position with line >= 1. An empty file
  // has none (the CLI then prints no FILE:LINE:COLUMN at all).
  it('OUTLINE_EMPTY points at 1:1', () => {
    const list = problemsOf('# only a comment\n');
    expect(list[0]?.code).toBe('OUTLINE_EMPTY');
    expect(list[0]?.pos).toMatchObject({ file: 'test.yaml', line: 1, column: 1 });
  });
});

describe('reading files (src/core/yaml-file.ts)', () => {
  // firstInvalidUtf8 accepts any lead byte E0–EF / F0–F4 followed by continuation bytes, but
  // TextDecoder also rejects surrogates (ED A0..BF), overlong forms (E0 80..9F, F0 80..8F) and
  // code points above U+10FFFF (F4 90..). Then `bad` is the end of the file and bytes[bad] is
  // undefined: the message says "invalid byte 0xundefined" and points after the last line.
  it('an encoded surrogate (CESU-8) names its first byte and place', () => {
    const bytes = Buffer.concat([Buffer.from('title: T\nx: '), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('\n')]);
    const r = parseYamlBytes(bytes, 'cesu.yaml', OUTLINE_CODES, 'outline');
    const d = r.ok ? undefined : r.diagnostics[0];
    expect(d?.code).toBe('OUTLINE_ENCODING');
    expect(d?.message).not.toContain('undefined');
    expect(where(d)).toBe('2:4');
  });

  // `what` is 'outline', and the messages write `a ${what}`.
  it('messages say "an outline"', () => {
    mkdirSync(join(dir, 'folder.yaml'));
    const folder = readYamlFile(join(dir, 'folder.yaml'), 'folder.yaml', OUTLINE_CODES, 'outline');
    const empty = parseYamlText('', 'e.yaml', OUTLINE_CODES, 'outline');
    const texts = [folder, empty].flatMap((r) => (r.ok ? [] : r.diagnostics.map((d) => `${d.message} ${d.hint ?? ''}`)));
    expect(texts).toHaveLength(2);
    for (const t of texts) expect(t).not.toMatch(/\ba outline\b/);
  });

  // formatBytes rounds to one decimal: a file just over the limit "is 1.0 MB; … at most 1.0 MB".
  it('a file just over the limit shows both sizes apart', () => {
    const path = join(dir, 'big.yaml');
    writeFileSync(path, 'title: ' + 'x'.repeat(MAX_YAML_BYTES));
    const r = readYamlFile(path, 'big.yaml', OUTLINE_CODES, 'outline');
    const d = r.ok ? undefined : r.diagnostics[0];
    expect(d?.code).toBe('OUTLINE_TOO_LARGE');
    const sizes = d?.message.match(/\d[\d.,]*\s*(?:MB|KB|bytes)/g) ?? [];
    expect(sizes).toHaveLength(2);
    expect(sizes[0]).not.toBe(sizes[1]);
  });

  // The library's message is passed on: it tells the user to call a JavaScript API.
  it('two documents: the message speaks of the file, not of a library', () => {
    const r = parseYamlText('title: T\n---\ntitle: U\n', 't.yaml', OUTLINE_CODES, 'outline');
    const d = r.ok ? undefined : r.diagnostics[0];
    expect(d?.code).toBe('OUTLINE_YAML');
    expect(d?.message).not.toMatch(/parseAllDocuments/);
  });
});

describe('figures (src/outline/figures.ts)', () => {
  // exact() applies toPrecision(12) to every non-integer (meant for the noise of value / 10000),
  // so a value with more than 12 significant digits is not rounded — the format contract says
  // "A value is never rounded silently".
  it('a value with more than 12 significant digits is not rounded', () => {
    expect(formatValue(1234567.891234, 'plain', 'zh-CN')).toBe('1234567.891234');
    expect(formatValue(1234567.891234, 'grouped', 'en')).toBe('1,234,567.891234');
    expect(formatValue(3.14159265358979, undefined, 'zh-CN')).toBe('3.14159265358979');
  });
});
