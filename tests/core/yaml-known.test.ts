// Files whose data is known before they are read (the built-in templates, in the bundle): the
// same data, positions and scalars as written as a parse gives, and only for the very same text.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { OUTLINE_CODES, TEMPLATE_CODES, knownYamlEntry, readYamlFile, type YamlFile } from '../../src/core/yaml-file.js';
import { KNOWN_YAML } from '../../src/core/yaml-known.js';

const dir = mkdtempSync(join(tmpdir(), 'bd-known-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => KNOWN_YAML.clear());

const TEXT = `# a comment
name: acme   # trailing
base: &b { size: 12.50, when: 2025.10, hex: 0x10, big: 1_000 }
list:
  - <<: *b
    title: "引号 “中文”"
  - [1, two, 3.0]
notes: |-
  第一行
  第二行
`;

function read(text: string): YamlFile {
  const file = join(dir, 'f.yaml');
  writeFileSync(file, text);
  const r = readYamlFile(file, 'f.yaml', OUTLINE_CODES, 'outline');
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  return r.file;
}

const PATHS: (string | number)[][] = [['name'], ['base', 'size'], ['base', 'when'], ['base', 'hex'], ['base', 'big'], ['list', 0, 'size'], ['list', 0, 'title'], ['list', 1, 2], ['notes'], ['missing', 'deeper']];

describe('KNOWN_YAML', () => {
  it('gives the data, the positions and the scalars as written that a parse gives', () => {
    const parsed = read(TEXT);
    const entry = knownYamlEntry(TEXT, OUTLINE_CODES)!;
    expect(entry.text).toBe(TEXT);
    KNOWN_YAML.set(entry.text, entry.json);
    const known = read(TEXT);
    expect(known.data).toEqual(parsed.data);
    for (const p of PATHS) {
      expect(known.locate(p), p.join('.')).toBe(parsed.locate(p));
      expect(known.locate(p, true), p.join('.')).toBe(parsed.locate(p, true));
      expect(known.scalarText(p), p.join('.')).toBe(parsed.scalarText(p));
    }
    // each read is a fresh copy: one caller's change is not the next one's data
    (known.data as { name: string }).name = 'changed';
    expect((read(TEXT).data as { name: string }).name).toBe('acme');
  });

  it('is for the very same text: one character more, and the file is parsed as written', () => {
    const entry = knownYamlEntry(TEXT, OUTLINE_CODES)!;
    KNOWN_YAML.set(entry.text, JSON.stringify({ name: 'not what the file says' }));
    expect((read(`${TEXT}extra: 1\n`).data as { name: string; extra: number })).toMatchObject({ name: 'acme', extra: 1 });
  });

  it('holds only texts read without a problem, whose data JSON gives back exactly', () => {
    expect(knownYamlEntry('a: [1, 2', OUTLINE_CODES)).toBeUndefined();
    expect(knownYamlEntry('a: !!js/function x\n', OUTLINE_CODES)).toBeUndefined();
    expect(knownYamlEntry('a: .inf\n', OUTLINE_CODES)).toBeUndefined();
    expect(knownYamlEntry('\uFEFFa: 1\n', OUTLINE_CODES)).toEqual({ text: 'a: 1\n', json: '{"a":1}' });
  });

  it('can hold every built-in template (what the bundle puts in it)', () => {
    const names = readdirSync('templates').filter((n) => existsSync(join('templates', n, 'template.yaml')));
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const n of names) expect(knownYamlEntry(readFileSync(join('templates', n, 'template.yaml'), 'utf8'), TEMPLATE_CODES), n).toBeDefined();
  });
});
