/**
 * The YAML reader's messages in Chinese (catalogue/yaml.ts): each comes with the same code and
 * position as the English, names the kind of file (大纲 / 模板), and leaves no English sentence
 * behind, whatever the `yaml` package's error.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yamlSyntax } from '../../src/core/catalogue/yaml.js';
import type { Diagnostic } from '../../src/core/errors.js';
import { forbiddenCharacters } from '../../src/core/forbidden.js';
import { MAX_YAML_BYTES, OUTLINE_CODES, TEMPLATE_CODES, parseYamlBytes, parseYamlText, readYamlFile, type YamlFile, type YamlResult } from '../../src/core/yaml-file.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-yaml-zh-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function problems(r: YamlResult): Diagnostic[] {
  if (r.ok) throw new Error('expected the file to be refused');
  return r.diagnostics;
}

function only(r: YamlResult): Diagnostic {
  const list = problems(r);
  expect(list).toHaveLength(1);
  return list[0]!;
}

function okFile(r: YamlResult): YamlFile {
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.file;
}

const text = (t: string) => parseYamlText(t, 'o.yaml', OUTLINE_CODES, 'outline');

/** No English words in a Chinese text, once code (in backticks), hex and file names are taken out. */
function noEnglish(s: string): void {
  const words = s
    .replace(/`[^`]*`/g, '')
    .replace(/[*&!]\w+/g, '') // *name, &name, !tag
    .replace(/[\w.-]+\.(yaml|txt)/g, '')
    .replace(/\b(YAML|UTF-\d+|GBK|GB18030|ANSI|Windows|PDF|Word|KB|MB|Tab|pt|briefdeck)\b/g, '');
  expect(words, s).not.toMatch(/[A-Za-z]{3,}/);
}

describe('the file itself, in Chinese', () => {
  it('a missing file: OUTLINE_NOT_FOUND', () => {
    const d = only(readYamlFile(join(dir, 'missing.yaml'), 'missing.yaml', OUTLINE_CODES, 'outline'));
    expect(d.code).toBe('OUTLINE_NOT_FOUND');
    expect(d.message).toBe('missing.yaml does not exist');
    expect(d.zh?.message).toBe('missing.yaml 不存在');
    expect(d.zh?.hint).toBe(`请检查路径（相对路径从 ${process.cwd()} 算起）`);
  });

  it('a folder: OUTLINE_READ, naming the kind of file; a template’s is 模板', () => {
    mkdirSync(join(dir, 'folder.yaml'));
    const d = only(readYamlFile(join(dir, 'folder.yaml'), 'folder.yaml', OUTLINE_CODES, 'outline'));
    expect(d.code).toBe('OUTLINE_READ');
    expect(d.message).toBe('folder.yaml is a folder, not an outline file');
    expect(d.zh?.message).toBe('folder.yaml 是文件夹，不是大纲文件');
    const t = only(readYamlFile(join(dir, 'folder.yaml'), 'folder.yaml', TEMPLATE_CODES, 'template'));
    expect(t.code).toBe('TEMPLATE_READ');
    expect(t.message).toBe('folder.yaml is a folder, not a template file');
    expect(t.zh?.message).toBe('folder.yaml 是文件夹，不是模板文件');
  });

  it('a device: OUTLINE_READ with the device named in Chinese', () => {
    const d = only(readYamlFile('/dev/null', '/dev/null', OUTLINE_CODES, 'outline'));
    expect(d.code).toBe('OUTLINE_READ');
    expect(d.zh?.message).toBe('/dev/null 是字符设备，不是普通文件');
    expect(d.zh?.hint).toBe('请指定保存在磁盘上的大纲文件');
  });

  it('too large: OUTLINE_TOO_LARGE with the size in 字节', () => {
    const path = join(dir, 'big.yaml');
    writeFileSync(path, Buffer.alloc(MAX_YAML_BYTES + 1, 0x61));
    const d = only(readYamlFile(path, 'big.yaml', OUTLINE_CODES, 'outline'));
    expect(d.code).toBe('OUTLINE_TOO_LARGE');
    expect(d.message).toBe('big.yaml is 1,048,577 bytes; an outline may be at most 1 MB');
    expect(d.zh?.message).toBe('big.yaml 有 1,048,577 字节；大纲文件最大 1 MB');
    expect(d.zh?.hint).toMatch(/^请确认文件没有选错/);
    // bytes in memory: the same sentence, no hint about choosing the file
    const m = only(parseYamlBytes(new Uint8Array(MAX_YAML_BYTES + 1), 'mem.yaml', OUTLINE_CODES, 'outline'));
    expect(m.zh).toEqual({ message: 'mem.yaml 有 1,048,577 字节；大纲文件最大 1 MB' });
  });

  it('UTF-16 and GBK: OUTLINE_ENCODING, at the same position in both languages', () => {
    const u16 = only(parseYamlBytes(Buffer.from('\ufefftitle: a\n', 'utf16le'), 'u.yaml', OUTLINE_CODES, 'outline'));
    expect(u16.code).toBe('OUTLINE_ENCODING');
    expect(u16.zh).toEqual({ message: 'u.yaml 是 UTF-16 编码；大纲文件必须是 UTF-8 编码', hint: '请在编辑器中把文件另存为“UTF-8”编码' });
    const gbk = only(parseYamlBytes(Buffer.concat([Buffer.from('title: a\nsubtitle: '), Buffer.from([0xd6, 0xd0])]), 'g.yaml', OUTLINE_CODES, 'outline'));
    expect(gbk.code).toBe('OUTLINE_ENCODING');
    expect(gbk.pos).toMatchObject({ line: 2, column: 11 });
    expect(gbk.message).toBe('g.yaml is not UTF-8 text (invalid byte 0xd6 at line 2, column 11)');
    expect(gbk.zh?.message).toBe('g.yaml 不是 UTF-8 编码（第 2 行第 11 列有无效字节 0xd6）');
  });

  it('empty: OUTLINE_EMPTY', () => {
    const d = only(text('# only a comment\n'));
    expect(d.code).toBe('OUTLINE_EMPTY');
    expect(d.zh).toEqual({ message: 'o.yaml 是空的', hint: '大纲至少要写上必需的键；示例见文档' });
  });

  it('a control character typed and one written as an escape: OUTLINE_CONTROL_CHAR', () => {
    const typed = only(text('title: a\u0001b\n'));
    expect(typed.code).toBe('OUTLINE_CONTROL_CHAR');
    expect(typed.pos).toMatchObject({ line: 1, column: 9 });
    expect(typed.message).toBe('control character U+0001 in the text');
    expect(typed.zh?.message).toBe('文字中有控制字符 U+0001');
    const [escaped] = forbiddenCharacters(okFile(text('"k\\x02": "a\\uFFFE"\n')), 'OUTLINE_CONTROL_CHAR');
    expect(escaped!.code).toBe('OUTLINE_CONTROL_CHAR');
    expect(escaped!.pos).toMatchObject({ line: 1, column: 1, path: 'k\u0002' });
    expect(escaped!.zh?.message).toBe('键中有控制字符 U+0002，幻灯片无法显示（它是用 "\\x01"、"\\uFFFE" 这样的转义写入的）');
    const value = forbiddenCharacters(okFile(text('k: "a\\uFFFE"\n')), 'OUTLINE_CONTROL_CHAR')[0]!;
    expect(value.zh?.message).toMatch(/^文字中有非字符 U\+FFFE，/);
  });
});

describe('YAML errors, in Chinese', () => {
  it('a duplicate key: OUTLINE_YAML at the second key', () => {
    const d = only(text('title: a\ntitle: b\n'));
    expect(d.code).toBe('OUTLINE_YAML');
    expect(d.pos).toMatchObject({ line: 2, column: 1 });
    expect(d.message).toBe('this key appears twice in the same mapping');
    expect(d.zh).toEqual({ message: '同一个映射中这个键出现了两次', hint: '请删掉其中一个，或改个名字' });
  });

  it('an error the library words: English keeps its words, Chinese says it in its own', () => {
    const d = only(text('title: @foo\n'));
    expect(d.code).toBe('OUTLINE_YAML');
    expect(d.message).toBe('YAML syntax: Plain value cannot start with reserved character @');
    expect(d.zh?.message).toBe('YAML 语法错误：不加引号的文字不能以“@”开头');
    expect(d.pos).toMatchObject({ line: 1, column: 8 });
  });

  it.each([
    ['title: a: b\n'],
    ['a:\n  - x\n - y\n'],
    ['title: "abc\nb: 1\n'],
    ['title: [1, 2\n'],
    ['title: {x: 1\n'],
    ['title: `x`\n'],
    ['title: "\\q"\n'],
    ['title: b\nc\n'],
    ['- a\nb: 1\n'],
    ['title: *\n'],
    ['title: &x &y 1\n'],
    ['title: !foo !bar 1\n'],
    ['title: |x\n  t\n'],
    ['title: ]\n'],
    ['title: - 1\n'],
    ['a:\n  b: 1\n c: 2\n'],
    ['- - a\n  - b\n -c\n'],
    ['title: "x" y\n'],
    ['title: [b: c: d]\n'],
    ['key\n  more: 1\n'],
    ['a: x\n\tb: 1\n'],
    ['title: T\n---\ntitle: U\n'],
    [`title: T\n${'k'.repeat(1100)}: 1\n`],
  ])('%j: every message and hint has Chinese without English sentences', (input) => {
    for (const d of problems(text(input))) {
      expect(d.code).toBe('OUTLINE_YAML');
      expect(d.zh?.message).toMatch(/[\u4e00-\u9fff]/);
      noEnglish(d.zh!.message);
      noEnglish(d.zh!.hint ?? '');
    }
  });

  it('each error code of the yaml package has a Chinese sentence of its own', () => {
    const codes = ['ALIAS_PROPS', 'BAD_ALIAS', 'BAD_DIRECTIVE', 'BAD_DQ_ESCAPE', 'BAD_INDENT', 'BAD_PROP_ORDER', 'BAD_SCALAR_START', 'BLOCK_AS_IMPLICIT_KEY', 'BLOCK_IN_FLOW', 'DUPLICATE_KEY', 'IMPOSSIBLE', 'KEY_OVER_1024_CHARS', 'MISSING_CHAR', 'MULTILINE_IMPLICIT_KEY', 'MULTIPLE_ANCHORS', 'MULTIPLE_DOCS', 'MULTIPLE_TAGS', 'NON_STRING_KEY', 'RESOURCE_EXHAUSTION', 'TAB_AS_INDENT', 'TAG_RESOLVE_FAILED', 'UNEXPECTED_TOKEN', 'BAD_COLLECTION_TYPE'];
    for (const code of codes) {
      const s = yamlSyntax(code, 'Some library message at line 1, column 2');
      expect(s.zh, code).toMatch(/[\u4e00-\u9fff]/);
      noEnglish(s.zh);
    }
  });

  it('an alias bomb: OUTLINE_YAML at the first alias', () => {
    const d = only(text('a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c]\n'));
    expect(d.code).toBe('OUTLINE_YAML');
    expect(d.pos).toMatchObject({ line: 2, column: 8 });
    expect(d.message).toBe('too many alias expansions (more than 200); the file expands to a huge document');
    expect(d.zh).toEqual({ message: '别名展开次数过多（超过 200 次），文件展开后会变得极大', hint: '请直接写出这些值，不要层层嵌套别名（*name）' });
  });

  it('an unknown tag: a warning in both languages, the tag as written', () => {
    const file = okFile(text('title: !foo 标题\n'));
    const [w] = file.warnings ?? [];
    expect(w).toMatchObject({ code: 'OUTLINE_YAML', severity: 'warning', pos: { line: 1, column: 8 } });
    expect(w!.message).toBe('the YAML tag !foo is not understood; the value is read as plain text');
    expect(w!.zh?.message).toBe('无法识别 YAML 标签 !foo，其值按普通文字读取');
  });

  it('a template’s YAML error: TEMPLATE_YAML, in Chinese too', () => {
    const path = join(dir, 'template.yaml');
    writeFileSync(path, 'name: a\nname: b\n');
    const d = only(readYamlFile(path, 'template.yaml', TEMPLATE_CODES, 'template'));
    expect(d.code).toBe('TEMPLATE_YAML');
    expect(d.zh?.message).toBe('同一个映射中这个键出现了两次');
  });
});
