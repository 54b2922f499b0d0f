/**
 * One YAML reader (src/core/yaml-file.ts): a value means the same thing in every file, with or
 * without aliases and anchors around it (YAML 1.2 core schema); the text of a scalar as
 * written; positions through aliases and merge keys.
 */
import { describe, it, expect } from 'vitest';
import { OUTLINE_CODES, locateInYaml, parseYamlText, type YamlFile } from '../../src/core/yaml-file.js';

function read(text: string): YamlFile {
  const r = parseYamlText(text, 'test.yaml', OUTLINE_CODES, 'outline');
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.diagnostics)}`);
  return r.file;
}

/** The value of `value:` in the file. */
function valueIn(text: string): unknown {
  return (read(text).data as { value: unknown }).value;
}

/** The same `value: FORM` line in files that differ only around it. */
function variants(form: string): [string, string][] {
  return [
    ['alone', `value: ${form}\n`],
    ['beside an anchor', `org: &org 教育局\nvalue: ${form}\n`],
    ['beside an alias', `org: &org 教育局\nfooter: *org\nvalue: ${form}\n`],
    ['after an alias', `org: &org 教育局\nfooter: *org\nlist: [*org, *org]\nvalue: ${form}\n`],
    ['anchored itself', `value: &v ${form}\n`],
    ['through an alias', `base: &v ${form}\nvalue: *v\n`],
    ['beside a merge key', `base: &b { unit: "%" }\nitem:\n  <<: *b\n  label: x\nvalue: ${form}\n`],
    ['in a file with a %YAML 1.1 line', `%YAML 1.1\n---\nvalue: ${form}\n`],
  ];
}

describe('YAML 1.2 core schema in every file', () => {
  const cases: [string, unknown][] = [
    ['1_000', '1_000'],
    ['0b101', '0b101'],
    ['0x10', 16],
    ['0o17', 15],
    ['1e3', 1000],
    ['.5', 0.5],
    ['+1', 1],
    ['-2', -2],
    ['12.50', 12.5],
    ['2025.10', 2025.1],
    ['1400', 1400],
    ['on', 'on'],
    ['off', 'off'],
    ['yes', 'yes'],
    ['no', 'no'],
    ['y', 'y'],
    ['true', true],
    ['False', false],
    ['~', null],
    ['null', null],
    ['2025-10-01', '2025-10-01'],
    ['1:30', '1:30'],
    ['0777', 777],
  ];

  it.each(cases)('%s reads the same with and without aliases and anchors in the file', (form, expected) => {
    for (const [what, text] of variants(form)) {
      expect({ what, value: valueIn(text) }).toEqual({ what, value: expected });
    }
  });

  it('reads a value the same in a list, in a flow mapping and as a merged key', () => {
    for (const [form, expected] of cases) {
      const file = read(`base: &b { value: ${form} }\nlist: [${form}]\nflow: { value: ${form} }\nmerged:\n  <<: *b\n`);
      expect(file.data).toEqual({ base: { value: expected }, list: [expected], flow: { value: expected }, merged: { value: expected } });
    }
  });

  it('reads keys the same way (a key 0x10 is "16", a key 1_000 is "1_000")', () => {
    const file = read('0x10: a\n1_000: b\nyes: c\n&k 2: d\n');
    expect(file.data).toEqual({ '16': 'a', '1_000': 'b', yes: 'c', '2': 'd' });
  });
});

describe('scalarText: a scalar as written', () => {
  const text = [
    'value: 12.50', //                 1
    'date: 2025.10', //                2
    'hex: 0x10 # sixteen', //          3
    'big: 1_000', //                   4
    'quoted: "12.50"', //              5
    'numbers:', //                     6
    '  - { value: 3.0, unit: 万 }', //  7
    '  - value: +1', //                8
    'anchor: &n 1.10', //              9
    'alias: *n', //                    10
    'base: &b', //                     11
    '  value: 7.00', //                12
    'slide:', //                       13
    '  <<: *b', //                     14
    '  label: x', //                   15
    'tagged: !!float 2.50', //         16
    'list: [1, 2]', //                 17
    'empty:', //                       18
    '',
  ].join('\n');
  const file = read(text);

  it('returns the characters of a number as the author wrote them', () => {
    expect(file.scalarText(['value'])).toBe('12.50');
    expect((file.data as { value: number }).value).toBe(12.5);
    expect(file.scalarText(['date'])).toBe('2025.10');
    expect(file.scalarText(['hex'])).toBe('0x10');
    expect(file.scalarText(['big'])).toBe('1_000');
    expect(file.scalarText(['tagged'])).toBe('2.50');
  });

  it('keeps the quotes of a quoted scalar', () => {
    expect(file.scalarText(['quoted'])).toBe('"12.50"');
  });

  it('reads nested paths, flow mappings and sequences', () => {
    expect(file.scalarText(['numbers', 0, 'value'])).toBe('3.0');
    expect(file.scalarText(['numbers', 0, 'unit'])).toBe('万');
    expect(file.scalarText(['numbers', 1, 'value'])).toBe('+1');
    expect(file.scalarText(['list', 1])).toBe('2');
  });

  it('follows aliases and merge keys to the text where it is written', () => {
    expect(file.scalarText(['anchor'])).toBe('1.10');
    expect(file.scalarText(['alias'])).toBe('1.10');
    expect(file.scalarText(['slide', 'value'])).toBe('7.00');
    expect(file.scalarText(['slide', 'label'])).toBe('x');
  });

  it('is undefined for a path that does not exist or does not hold a scalar', () => {
    expect(file.scalarText(['nope'])).toBeUndefined();
    expect(file.scalarText(['numbers', 5, 'value'])).toBeUndefined();
    expect(file.scalarText(['value', 'deeper'])).toBeUndefined();
    expect(file.scalarText(['numbers'])).toBeUndefined();
    expect(file.scalarText(['numbers', 0])).toBeUndefined();
    expect(file.scalarText([])).toBeUndefined();
  });

  it('is the empty text for a key without a value', () => {
    expect((file.data as { empty: unknown }).empty).toBeNull();
    expect(file.scalarText(['empty'])).toBe('');
  });

  it('is the same whether or not the file has aliases', () => {
    const plain = read('value: 12.50\ndate: 2025.10\n');
    expect(plain.scalarText(['value'])).toBe('12.50');
    expect(plain.scalarText(['date'])).toBe('2025.10');
  });
});

describe('positions', () => {
  const at = (file: YamlFile, path: (string | number)[], key = false) => {
    const p = file.source.position(locateInYaml(file, path, key));
    return `${p.line}:${p.column}`;
  };

  it('finds values and keys in a file with anchors and aliases, as in one without', () => {
    const body = 'title: T\nslides:\n  - type: numbers\n    numbers:\n      - value: 12.50\n        label: 甲\n';
    const plain = read(body);
    const aliased = read(body + 'org: &o 局\nfooter: *o\n');
    for (const file of [plain, aliased]) {
      expect(at(file, ['title'])).toBe('1:8');
      expect(at(file, ['slides', 0, 'numbers', 0, 'value'])).toBe('5:16');
      expect(at(file, ['slides', 0, 'numbers', 0, 'value'], true)).toBe('5:9');
      expect(at(file, ['slides', 0, 'numbers', 0, 'label'])).toBe('6:16');
    }
    expect(at(aliased, ['footer'])).toBe('8:9');
    expect(at(aliased, ['footer'], true)).toBe('8:1');
  });

  const merged = read(
    [
      'base: &base', //                 1
      '  type: points', //              2
      '  title: 共同标题', //           3
      'more: &more', //                 4
      '  notes: 备注', //               5
      '  title: 另一个', //             6
      'slides:', //                     7
      '  - <<: *base', //               8
      '    points: [a, b]', //          9
      '  - <<: [*more, *base]', //      10
      '    title: 自己的', //           11
      '  - title: 先写', //             12
      '    <<: *base', //               13
      '    id: x', //                   14
      '',
    ].join('\n'),
  );

  it('reads merge keys (<<: *base) into the data, keys written in the mapping first', () => {
    expect(merged.data).toMatchObject({
      slides: [
        { type: 'points', title: '共同标题', points: ['a', 'b'] },
        { notes: '备注', title: '自己的', type: 'points' },
        { title: '先写', type: 'points', id: 'x' },
      ],
    });
  });

  it('finds keys written after a merge key where they are written', () => {
    expect(at(merged, ['slides', 0, 'points'])).toBe('9:13');
    expect(at(merged, ['slides', 0, 'points', 1])).toBe('9:17');
    expect(at(merged, ['slides', 0, 'points'], true)).toBe('9:5');
    expect(at(merged, ['slides', 1, 'title'])).toBe('11:12');
    expect(at(merged, ['slides', 2, 'title'])).toBe('12:12');
    expect(at(merged, ['slides', 2, 'id'])).toBe('14:9');
  });

  it('finds a key that a merge key brings where the merged mapping writes it', () => {
    expect(at(merged, ['slides', 0, 'title'])).toBe('3:10');
    expect(at(merged, ['slides', 0, 'type'], true)).toBe('2:3');
    // of two merged mappings, the first that has the key
    expect(at(merged, ['slides', 1, 'notes'])).toBe('5:10');
    expect(at(merged, ['slides', 1, 'type'])).toBe('2:9');
    expect(at(merged, ['slides', 2, 'type'])).toBe('2:9');
  });

  it('stops at the mapping for a key that neither it nor its merged mappings have', () => {
    expect(at(merged, ['slides', 0, 'nope'])).toBe('8:5');
    expect(at(merged, ['slides', 0, 'nope'], true)).toBe('8:5');
  });

  it('counts lines after the merge key the same as without it', () => {
    const file = read('a: &a { x: 1 }\nb:\n  <<: *a\n  y: 0x10\nc: 12.50\n');
    expect(file.data).toEqual({ a: { x: 1 }, b: { x: 1, y: 16 }, c: 12.5 });
    expect(at(file, ['b', 'y'])).toBe('4:6');
    expect(at(file, ['b', 'x'])).toBe('1:12');
    expect(at(file, ['c'])).toBe('5:4');
    expect(file.scalarText(['b', 'y'])).toBe('0x10');
  });
});

describe('keys as the data has them', () => {
  const at = (file: YamlFile, path: (string | number)[], key = false) => {
    const p = file.source.position(locateInYaml(file, path, key));
    return `${p.line}:${p.column}`;
  };

  it('finds `null:` and `~:` keys (read as "") and keys written as a list, a mapping or an alias', () => {
    const file = read('title: T\nnull: x\nlist:\n  - ~: y\n[a, b]: 1\n{ k: v }: 2\n&n name: 3\nother:\n  *n : 4\n');
    expect(file.data).toEqual({ title: 'T', '': 'x', list: [{ '': 'y' }], '[ a, b ]': 1, '{ k: v }': 2, name: 3, other: { name: 4 } });
    expect(at(file, [''], true)).toBe('2:1');
    expect(at(file, ['list', 0, ''])).toBe('4:8');
    expect(at(file, ['[ a, b ]'], true)).toBe('5:1');
    expect(at(file, ['{ k: v }'])).toBe('6:11');
    expect(at(file, ['other', 'name'], true)).toBe('9:3');
    expect(at(file, ['other', 'name'])).toBe('9:8');
  });

  it('reports a key longer than 1024 characters before its `:` as a YAML error at its line', () => {
    const r = parseYamlText(`title: T\n${'k'.repeat(2000)}: 1\n`, 'test.yaml', OUTLINE_CODES, 'outline');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostics[0]).toMatchObject({ code: 'OUTLINE_YAML', pos: { line: 2, column: 1 } });
    expect(r.diagnostics[0]!.message).toMatch(/longer than 1024 characters/);
    // an explicit key (`? key`) may be as long as the file allows
    const long = read(`? ${'k'.repeat(2000)}\n: 1\n`);
    expect(Object.keys(long.data as object)[0]).toHaveLength(2000);
  });
});

describe('unknown tags', () => {
  it('reads the value as plain text and warns at the tag, with or without aliases in the file', () => {
    for (const text of ['a: !foo 0x10\n', 'b: &b x\nc: *b\na: !foo 0x10\n']) {
      const file = read(text);
      expect((file.data as { a: unknown }).a).toBe('0x10');
      expect(file.warnings).toHaveLength(1);
      const w = file.warnings![0]!;
      expect(w).toMatchObject({ code: 'OUTLINE_YAML', severity: 'warning' });
      expect(w.message).toContain('!foo');
      expect(w.pos?.line).toBe(text.split('\n').length - 1);
      expect(w.pos?.column).toBe(4);
      expect(file.scalarText(['a'])).toBe('0x10');
    }
  });
});
