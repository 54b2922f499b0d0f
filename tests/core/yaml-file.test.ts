import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from '../../src/core/errors.js';
import {
  MAX_ALIAS_COUNT,
  MAX_YAML_BYTES,
  OUTLINE_CODES,
  TEMPLATE_CODES,
  firstInvalidUtf8,
  locateInYaml,
  parseYamlBytes,
  parseYamlText,
  readYamlFile,
  type YamlFile,
  type YamlResult,
} from '../../src/core/yaml-file.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-yaml-file-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Writes `content` (unless null) to a new file and reads it; reading must never throw. */
function readFile(name: string, content: string | Uint8Array | null): YamlResult {
  const path = join(dir, name);
  if (content !== null) writeFileSync(path, content);
  let result: YamlResult | undefined;
  expect(() => {
    result = readYamlFile(path, name, OUTLINE_CODES, 'outline');
  }).not.toThrow();
  return result!;
}

function parseText(text: string): YamlResult {
  let result: YamlResult | undefined;
  expect(() => {
    result = parseYamlText(text, 'test.yaml', OUTLINE_CODES, 'outline');
  }).not.toThrow();
  return result!;
}

function problems(result: YamlResult): Diagnostic[] {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.diagnostics.length).toBeGreaterThan(0);
  return result.diagnostics;
}

/** The single diagnostic of a failed result. */
function onlyProblem(result: YamlResult): Diagnostic {
  const list = problems(result);
  expect(list).toHaveLength(1);
  return list[0]!;
}

function where(d: Diagnostic): string {
  return d.pos ? `${d.pos.line}:${d.pos.column}` : 'no position';
}

function okFile(result: YamlResult): YamlFile {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.diagnostics)}`);
  return result.file;
}

describe('reading files: the file itself', () => {
  it('reports a missing file as OUTLINE_NOT_FOUND', () => {
    const d = onlyProblem(readFile('missing.yaml', null));
    expect(d.code).toBe('OUTLINE_NOT_FOUND');
    expect(d.severity).toBe('error');
    expect(d.message).toContain('missing.yaml');
    expect(d.message).toMatch(/does not exist/);
    expect(d.hint).toBeTruthy();
  });

  it('reports a missing file inside a missing folder as OUTLINE_NOT_FOUND too', () => {
    const d = onlyProblem(readFile(join('no-such-folder', 'deck.yaml'), null));
    expect(d.code).toBe('OUTLINE_NOT_FOUND');
  });

  it('reports a folder as OUTLINE_READ, not a crash', () => {
    mkdirSync(join(dir, 'a-folder.yaml'));
    const d = onlyProblem(readFile('a-folder.yaml', null));
    expect(d.code).toBe('OUTLINE_READ');
    expect(d.message).toMatch(/folder/);
    expect(d.hint).toBeTruthy();
  });

  it('uses the template codes when reading a template', () => {
    const r = readYamlFile(join(dir, 'no-template.yaml'), 'no-template.yaml', TEMPLATE_CODES, 'template');
    expect(onlyProblem(r).code).toBe('TEMPLATE_NOT_FOUND');
    writeFileSync(join(dir, 'tpl-dup.yaml'), 'name: a\nname: b\n');
    expect(onlyProblem(readYamlFile(join(dir, 'tpl-dup.yaml'), 'tpl-dup.yaml', TEMPLATE_CODES, 'template')).code).toBe('TEMPLATE_YAML');
  });

  it('reads a valid file and keeps its data and source', () => {
    const file = okFile(readFile('ok.yaml', 'title: 标题\nsections:\n  - title: A\n'));
    expect(file.data).toEqual({ title: '标题', sections: [{ title: 'A' }] });
    expect(file.source.file).toBe('ok.yaml');
    expect(file.source.lineCount).toBe(4);
  });
});

describe('empty files', () => {
  it.each([
    ['empty.yaml', ''],
    ['comments.yaml', '# yaml-language-server: $schema=./outline.schema.json\n  # just a comment\n\n'],
    ['blank.yaml', '   \n\n\t\n'],
    ['dashes.yaml', '---\n# nothing\n'],
    ['dots.yaml', '...\n'],
    ['crlf-comments.yaml', '# a\r\n# b\r\n'],
    ['bom-only.yaml', '\ufeff'],
  ])('%s is OUTLINE_EMPTY', (name, content) => {
    const d = onlyProblem(readFile(name, content));
    expect(d.code).toBe('OUTLINE_EMPTY');
    expect(d.message).toContain(name);
    expect(d.hint).toBeTruthy();
  });

  it('a file holding only `~` is not "empty" (it is a null document; validation rejects it)', () => {
    const file = okFile(parseText('~\n'));
    expect(file.data).toBeNull();
  });
});

describe('encodings', () => {
  const GBK_ZHONGWEN = Buffer.from([0xd6, 0xd0, 0xce, 0xc4]); // 中文 in GBK

  it('reports GBK text as OUTLINE_ENCODING with the line and column of the first bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('title: 标题\nsubtitle: '), GBK_ZHONGWEN, Buffer.from('\n')]);
    const d = onlyProblem(readFile('gbk.yaml', bytes));
    expect(d.code).toBe('OUTLINE_ENCODING');
    expect(where(d)).toBe('2:11');
    expect(d.pos?.file).toBe('gbk.yaml');
    expect(d.message).toMatch(/not UTF-8/);
    expect(d.message).toContain('line 2');
    expect(d.message).toContain('0xd6');
    expect(d.hint).toMatch(/GBK/);
  });

  it('counts lines of a CRLF file correctly before the bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('title: 标题\r\n# 注释\r\nsubtitle: abc'), GBK_ZHONGWEN, Buffer.from('\r\n')]);
    const d = onlyProblem(readFile('gbk-crlf.yaml', bytes));
    expect(d.code).toBe('OUTLINE_ENCODING');
    expect(where(d)).toBe('3:14');
    expect(d.message).toContain('line 3');
  });

  it('reports a GBK byte on the first line at 1:column', () => {
    const bytes = Buffer.concat([Buffer.from('title: '), GBK_ZHONGWEN]);
    const d = onlyProblem(parseYamlBytes(bytes, 'b.yaml', OUTLINE_CODES, 'outline'));
    expect(d.code).toBe('OUTLINE_ENCODING');
    expect(where(d)).toBe('1:8');
  });

  it('reports a sequence cut off at the end of the file', () => {
    const bytes = Buffer.concat([Buffer.from('title: x\nsub: '), Buffer.from([0xe4, 0xb8])]);
    const d = onlyProblem(parseYamlBytes(bytes, 'c.yaml', OUTLINE_CODES, 'outline'));
    expect(d.code).toBe('OUTLINE_ENCODING');
    expect(where(d)).toBe('2:6');
    expect(d.message).toContain('0xe4');
  });

  it('reports UTF-16 LE with BOM as OUTLINE_ENCODING', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('title: 标题\n', 'utf16le')]);
    const d = onlyProblem(readFile('utf16le.yaml', bytes));
    expect(d.code).toBe('OUTLINE_ENCODING');
    expect(d.message).toMatch(/UTF-16/);
    expect(d.hint).toMatch(/UTF-8/);
  });

  it('reports UTF-16 BE with BOM as OUTLINE_ENCODING', () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('title: 标题\n', 'utf16le').swap16()]);
    const d = onlyProblem(readFile('utf16be.yaml', bytes));
    expect(d.code).toBe('OUTLINE_ENCODING');
    expect(d.message).toMatch(/UTF-16/);
  });

  it('accepts a UTF-8 BOM and does not count it in columns', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const file = okFile(readFile('bom.yaml', Buffer.concat([bom, Buffer.from('title: 标题\nsubtitle: x\n')])));
    expect(file.data).toEqual({ title: '标题', subtitle: 'x' });
    expect(Object.keys(file.data as object)).toEqual(['title', 'subtitle']); // not '\ufefftitle'
    expect(file.source.position(locateInYaml(file, ['title']))).toMatchObject({ line: 1, column: 8 });

    const d = onlyProblem(readFile('bom-dup.yaml', Buffer.concat([bom, Buffer.from('title: a\ntitle: b\n')])));
    expect(where(d)).toBe('2:1');
  });

  it('accepts a BOM in text given in memory', () => {
    expect(okFile(parseText('\ufefftitle: T\n')).data).toEqual({ title: 'T' });
  });
});

describe('firstInvalidUtf8', () => {
  it('returns the length for valid UTF-8', () => {
    const b = Buffer.from('a: 中文 😀 é');
    expect(firstInvalidUtf8(b)).toBe(b.length);
    expect(firstInvalidUtf8(new Uint8Array())).toBe(0);
  });

  it('returns the offset of a lone continuation byte, a bad lead byte or a broken sequence', () => {
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1); // C0 is never valid
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xff]))).toBe(2);
    expect(firstInvalidUtf8(Buffer.from([0xe4, 0x41, 0x42]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe4, 0xb8]))).toBe(1); // truncated at the end
  });
});

describe('control characters', () => {
  it('reports each C0 control character with its line:column', () => {
    const text = 'title: a\u0001b\nsubtitle: \u0007x\u001f\nfooter: "\u007f"\n';
    const list = problems(parseText(text));
    expect(list.map((d) => d.code)).toEqual(Array(4).fill('OUTLINE_CONTROL_CHAR'));
    expect(list.map(where)).toEqual(['1:9', '2:11', '2:13', '3:10']);
    expect(list.map((d) => d.message.match(/U\+[0-9A-F]{4}/)?.[0])).toEqual(['U+0001', 'U+0007', 'U+001F', 'U+007F']);
    for (const d of list) {
      expect(d.pos?.file).toBe('test.yaml');
      expect(d.hint).toBeTruthy();
      expect(d.frame).toBeTruthy();
      expect(d.frame).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/); // shown escaped
    }
    expect(list[0]!.frame).toContain('a\\x01b');
  });

  it('reports NUL, vertical tab and form feed', () => {
    const list = problems(parseText('a: x\u0000\nb: \u000b\nc: \u000c\n'));
    expect(list.map(where)).toEqual(['1:5', '2:4', '3:4']);
  });

  it('gives correct positions in CRLF and CR files', () => {
    expect(problems(parseText('title: T\r\nsub: \u0002\r\n')).map(where)).toEqual(['2:6']);
    expect(problems(parseText('title: T\rsub: x\r\u0003: y\r')).map(where)).toEqual(['3:1']);
  });

  it('reads it from a file too', () => {
    const d = onlyProblem(readFile('ctrl.yaml', 'title: T\nsubtitle: abc\u0008\n'));
    expect(d.code).toBe('OUTLINE_CONTROL_CHAR');
    expect(where(d)).toBe('2:14');
  });

  it('allows tab (outside indentation), CR and LF', () => {
    const file = okFile(parseText('title: "a\tb"\r\nsubtitle: x\n'));
    expect(file.data).toEqual({ title: 'a\tb', subtitle: 'x' });
  });

  it('stops after 20 reports', () => {
    const list = problems(parseText('title: ' + '\u0001'.repeat(50) + '\n'));
    expect(list).toHaveLength(20);
    expect(list[19]!.pos).toMatchObject({ line: 1, column: 27 });
  });
});

describe('alias bombs', () => {
  function billionLaughs(): string {
    const names = 'abcdefghi';
    const lines = [`a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`];
    for (let i = 1; i < names.length; i++) {
      lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(', ')}]`);
    }
    return lines.join('\n') + '\n';
  }

  it('stops a billion-laughs document fast with OUTLINE_YAML about aliases', () => {
    const started = performance.now();
    const d = onlyProblem(readFile('bomb.yaml', billionLaughs()));
    const ms = performance.now() - started;
    expect(ms).toBeLessThan(1000);
    expect(d.code).toBe('OUTLINE_YAML');
    expect(d.message).toMatch(/alias/);
    expect(d.message).toContain(String(MAX_ALIAS_COUNT));
    expect(d.hint).toMatch(/alias/);
    // it points at an alias (`*a`), not at the start of the file
    expect(d.pos).toMatchObject({ line: 2, column: 8 });
    expect(d.frame).toContain('*a');
  });

  it('still allows a few ordinary aliases', () => {
    const file = okFile(parseText('org: &org 郧阳区教育局\nfooter: *org\nlist: &l [1, 2]\nagain: *l\n'));
    expect(file.data).toEqual({ org: '郧阳区教育局', footer: '郧阳区教育局', list: [1, 2], again: [1, 2] });
  });

  it('reports an alias to an undefined anchor as OUTLINE_YAML with its position', () => {
    const d = problems(parseText('title: T\nfooter: *nope\n'))[0]!;
    expect(d.code).toBe('OUTLINE_YAML');
    expect(d.pos?.line).toBe(2);
  });
});

describe('size limit', () => {
  it('reports a file over 1 MB as OUTLINE_TOO_LARGE', () => {
    const d = onlyProblem(readFile('big.yaml', 'title: ' + 'x'.repeat(MAX_YAML_BYTES) + '\n'));
    expect(d.code).toBe('OUTLINE_TOO_LARGE');
    expect(d.message).toContain('big.yaml');
    expect(d.message).toMatch(/MB/);
  });

  it('accepts a file of exactly the limit', () => {
    const content = 'a: ' + 'x'.repeat(MAX_YAML_BYTES - 4) + '\n';
    expect(Buffer.byteLength(content)).toBe(MAX_YAML_BYTES);
    expect(readFile('exact.yaml', content).ok).toBe(true);
  });

  it('counts bytes, not characters (CJK is 3 bytes each)', () => {
    const content = 'a: ' + '中'.repeat(Math.ceil(MAX_YAML_BYTES / 3)) + '\n';
    expect(content.length).toBeLessThan(MAX_YAML_BYTES);
    expect(onlyProblem(readFile('cjk-big.yaml', content)).code).toBe('OUTLINE_TOO_LARGE');
  });

  it('applies the limit to bytes given in memory', () => {
    const d = onlyProblem(parseYamlBytes(new Uint8Array(MAX_YAML_BYTES + 1).fill(0x61), 'mem.yaml', OUTLINE_CODES, 'outline'));
    expect(d.code).toBe('OUTLINE_TOO_LARGE');
  });
});

describe('YAML syntax errors', () => {
  function yamlError(text: string): Diagnostic {
    const d = problems(parseText(text))[0]!;
    expect(d.code).toBe('OUTLINE_YAML');
    expect(d.severity).toBe('error');
    expect(d.hint).toBeTruthy();
    expect(d.frame).toBeTruthy();
    expect(d.frame).toContain(`> ${d.pos!.line} |`);
    // messages are the project's, without the library's own "at line …, column …"
    expect(d.message).not.toMatch(/at line \d+, column \d+/);
    return d;
  }

  it('bad indentation of a mapping', () => {
    const d = yamlError('title: T\nsections:\n  - title: A\n    slides:\n      - type: quote\n        text: q\n       by: x\n');
    expect(where(d)).toBe('7:1');
    expect(d.message).toMatch(/^YAML syntax: /);
  });

  it('mapping items that do not line up', () => {
    const d = yamlError('a:\n  b: 1\n c: 2\n');
    expect(where(d)).toBe('3:1');
    expect(d.hint).toMatch(/indentation/);
  });

  it('a key indented less than its sibling in a sequence item', () => {
    expect(where(yamlError('title: T\nsections:\n  - title: A\n   slides: []\n'))).toBe('4:1');
  });

  it('an unclosed double quote', () => {
    const d = yamlError('title: "abc\nsubtitle: x\n');
    expect(d.message).toMatch(/quote/);
    // the error is found at the end of the text: the line after the last one
    expect(d.pos!.line).toBeGreaterThanOrEqual(1);
    expect(d.pos!.line).toBeLessThanOrEqual(3);
  });

  it('an unclosed flow sequence', () => {
    const d = yamlError('title: [a, b\nx: 1\n');
    expect(where(d)).toBe('2:1');
    expect(d.message).toMatch(/\]/);
  });

  it('tab indentation', () => {
    const d = yamlError('title: T\nsections:\n\t- title: A\n');
    expect(where(d)).toBe('3:1');
    expect(d.message).toMatch(/tab/);
    expect(d.hint).toMatch(/spaces/);
  });

  it('a duplicate key: "appears twice", at the second one', () => {
    const d = yamlError('title: T\nsubtitle: s\ntitle: U\n');
    expect(where(d)).toBe('3:1');
    expect(d.message).toMatch(/appears twice/);
  });

  it('a duplicate key in a nested mapping', () => {
    const d = yamlError('title: T\nsections:\n  - title: A\n    title: B\n');
    expect(where(d)).toBe('4:5');
    expect(d.message).toMatch(/appears twice/);
  });

  it('two documents in one file', () => {
    const d = yamlError('title: T\n---\ntitle: U\n');
    expect(where(d)).toBe('2:1');
    expect(d.hint).toContain('---');
  });

  it('a value that looks like a nested mapping on one line', () => {
    const d = yamlError('title: T\nsubtitle: 时间: 2026\n');
    expect(where(d)).toBe('2:11');
  });

  it('a plain value starting with a reserved character', () => {
    const d = yamlError('title: T\nfooter: @home\n');
    expect(where(d)).toBe('2:9');
  });

  it('positions in CRLF files', () => {
    expect(where(yamlError('title: T\r\nsubtitle: s\r\ntitle: U\r\n'))).toBe('3:1');
  });

  it('reports errors from a file on disk with the display name', () => {
    const d = onlyProblem(readFile('dup-on-disk.yaml', 'a: 1\na: 2\n'));
    expect(d.code).toBe('OUTLINE_YAML');
    expect(d.pos).toMatchObject({ file: 'dup-on-disk.yaml', line: 2, column: 1 });
  });
});

describe('never throws', () => {
  const bad: [string, string | Uint8Array][] = [
    ['empty', ''],
    ['nul', '\u0000'],
    ['lone bom', '\ufeff'],
    ['gbk', Buffer.from([0xd6, 0xd0, 0xce, 0xc4])],
    ['utf16', Buffer.from([0xff, 0xfe, 0x41, 0x00])],
    ['lone surrogate', 'a: \ud800'],
    ['only a colon', ':'],
    ['directive only', '%YAML 1.2\n'],
    ['bad directive', '%FOO\n---\na: 1\n'],
    ['unclosed flow map', '{a: 1'],
    ['stray close', ']]]'],
    ['anchor without value', '&a'],
    ['alias at root', '*a'],
    ['complex key', '? [a, b]\n: c\n'],
    ['binary tag', 'a: !!binary "%%%"\n'],
    ['unknown tag', 'a: !!nope x\n'],
    ['deep nesting', '['.repeat(500) + ']'.repeat(500)],
    ['deep block nesting', Array.from({ length: 200 }, (_, i) => ' '.repeat(i) + 'a:').join('\n') + ' 1\n'],
  ];
  it.each(bad)('%s: returns a result instead of throwing', (_name, input) => {
    let result: YamlResult | undefined;
    expect(() => {
      result = typeof input === 'string' ? parseYamlText(input, 't.yaml', OUTLINE_CODES, 'outline') : parseYamlBytes(input, 't.yaml', OUTLINE_CODES, 'outline');
    }).not.toThrow();
    expect(result).toBeDefined();
    if (!result!.ok) {
      for (const d of result!.diagnostics) {
        expect(Object.values(OUTLINE_CODES)).toContain(d.code);
        if (d.pos) expect(d.pos.line).toBeGreaterThanOrEqual(1);
      }
    }
  });
});

describe('locateInYaml', () => {
  const text = [
    'title: T', //                      1
    'sections:', //                     2
    '  - title: 第一部分', //            3
    '    slides:', //                   4
    '      - type: points', //          5
    '        points:', //               6
    '          - 第一点', //             7
    '          - text: 第二点', //       8
    '            sub: [甲, 乙]', //      9
    '      - type: numbers', //         10
    '        numbers:', //              11
    '          - { value: 116, label: 党课 }', // 12
    '          - value: 1400', //       13
    '            label: 体会', //        14
    'closing: false', //                15
    '',
  ].join('\n');
  let file: YamlFile;
  beforeAll(() => {
    file = okFile(parseText(text));
  });
  const at = (path: (string | number)[], key = false) => {
    const p = file.source.position(locateInYaml(file, path, key));
    return `${p.line}:${p.column}`;
  };

  it('finds values at nested paths', () => {
    expect(at(['title'])).toBe('1:8');
    expect(at(['sections'])).toBe('3:3');
    expect(at(['sections', 0])).toBe('3:5');
    expect(at(['sections', 0, 'title'])).toBe('3:12');
    expect(at(['sections', 0, 'slides', 0, 'points', 0])).toBe('7:13');
    expect(at(['sections', 0, 'slides', 0, 'points', 1, 'text'])).toBe('8:19');
    expect(at(['sections', 0, 'slides', 0, 'points', 1, 'sub', 1])).toBe('9:22');
    expect(at(['sections', 0, 'slides', 1, 'numbers', 1, 'value'])).toBe('13:20');
    expect(at(['closing'])).toBe('15:10');
  });

  it('finds values inside flow mappings', () => {
    expect(at(['sections', 0, 'slides', 1, 'numbers', 0])).toBe('12:13');
    expect(at(['sections', 0, 'slides', 1, 'numbers', 0, 'value'])).toBe('12:22');
    expect(at(['sections', 0, 'slides', 1, 'numbers', 0, 'label'])).toBe('12:34');
  });

  it('finds keys with key=true', () => {
    expect(at(['title'], true)).toBe('1:1');
    expect(at(['closing'], true)).toBe('15:1');
    expect(at(['sections', 0, 'slides'], true)).toBe('4:5');
    expect(at(['sections', 0, 'slides', 1, 'numbers', 1, 'label'], true)).toBe('14:13');
    expect(at(['sections', 0, 'slides', 1, 'numbers', 0, 'label'], true)).toBe('12:27');
  });

  it('stops at the deepest part of the path that exists', () => {
    // a missing key in slide 0: the slide itself
    expect(at(['sections', 0, 'slides', 0, 'title'])).toBe('5:9');
    // an index past the end: the list
    expect(at(['sections', 0, 'slides', 9, 'title'])).toBe('5:7');
    // a missing top-level key: the document
    expect(at(['nope'])).toBe('1:1');
    expect(at(['nope'], true)).toBe('1:1');
    // indexing into a scalar: the scalar
    expect(at(['title', 0])).toBe('1:8');
    expect(at([])).toBe('1:1');
  });

  it('follows aliases', () => {
    const f = okFile(parseText('base: &b\n  title: 标题\n  n: [1, 2]\ncopy: *b\n'));
    const p = (path: (string | number)[]) => {
      const pos = f.source.position(locateInYaml(f, path));
      return `${pos.line}:${pos.column}`;
    };
    expect(p(['copy', 'title'])).toBe('2:10');
    expect(p(['copy', 'n', 1])).toBe('3:10');
  });

  it('matches numeric keys written in YAML against string path segments', () => {
    const f = okFile(parseText('a: 1\n2026: year\n'));
    expect(f.source.position(locateInYaml(f, ['2026'], true))).toMatchObject({ line: 2, column: 1 });
  });
});
