/**
 * Messages about reading a YAML file (an outline or a template): the file itself (missing, a
 * folder, too large, not UTF-8, empty), the characters in it, and its YAML (syntax, aliases,
 * tags). The code of each depends on the kind of file (OUTLINE_… or TEMPLATE_…, see
 * core/yaml-file.ts's YamlCodes), so an entry here is a message without its code: `.as(code)`
 * makes the catalogue entry.
 */
import type { ErrorCode } from '../errors.js';
import { formatBytes } from '../safe-read.js';
import { message, phrase, type Localized, type MessageDef, type Phrase } from './define.js';

/** An entry whose code is chosen by the kind of file: `YAML.notFound.as(codes.notFound)`. */
export interface FileEntry<P> {
  as(code: ErrorCode): MessageDef<P>;
}

function fileEntry<P>(text: Phrase<P>, hint?: Phrase<P>): FileEntry<P> {
  return { as: (code) => message(code, text, hint) };
}

/** What kind of file is read, in both languages: "outline" / 大纲. */
export type FileKind = Localized;

const KINDS: Record<string, FileKind> = {
  outline: { en: 'outline', zh: '大纲' },
  template: { en: 'template', zh: '模板' },
};

/** The kind of file named in English ('outline', 'template') in both languages. */
export function fileKind(what: string | Localized): FileKind {
  if (typeof what !== 'string') return what;
  return KINDS[what] ?? { en: what, zh: what };
}

/** "an outline", "a template" */
function a(what: string): string {
  return /^[aeiou]/i.test(what) ? `an ${what}` : `a ${what}`;
}

const MB = 1024 * 1024;

/** A size as messages write it: "1 MB", "1,234 bytes" (core/safe-read.ts's formatBytes), "1,234 字节". */
export function bytesIn(n: number, lang: 'en' | 'zh'): string {
  if (lang === 'en' || (n >= MB && n % MB === 0)) return formatBytes(n);
  return `${n.toLocaleString('en-US')} 字节`;
}

type File = { display: string; kind: FileKind };

const SAVE_AS_UTF8 = phrase<unknown>({ en: () => 'save the file as "UTF-8" in your editor', zh: () => '请在编辑器中把文件另存为“UTF-8”编码' });

const TOO_LARGE = phrase<File & { size?: number | undefined; limit: number }>({
  en: (p) => `${p.display} is ${p.size !== undefined ? bytesIn(p.size, 'en') : `larger than ${bytesIn(p.limit, 'en')}`}; ${a(p.kind.en)} may be at most ${bytesIn(p.limit, 'en')}`,
  zh: (p) => `${p.display} ${p.size !== undefined ? `有 ${bytesIn(p.size, 'zh')}` : `超过 ${bytesIn(p.limit, 'zh')}`}；${p.kind.zh}文件最大 ${bytesIn(p.limit, 'zh')}`,
});

const NEST_ALIASES = phrase<unknown>({ en: () => 'write the values out instead of nesting aliases (*name)', zh: () => '请直接写出这些值，不要层层嵌套别名（*name）' });

const FORBIDDEN_KIND: Record<'surrogate' | 'control' | 'nonchar', Localized> = {
  surrogate: { en: 'the lone surrogate', zh: '孤立的代理码位' },
  control: { en: 'the control character', zh: '控制字符' },
  nonchar: { en: 'the non-character', zh: '非字符' },
};

export const YAML = {
  notFound: fileEntry<File & { cwd: string }>(
    { en: (p) => `${p.display} does not exist`, zh: (p) => `${p.display} 不存在` },
    { en: (p) => `check the path (relative paths start at ${p.cwd})`, zh: (p) => `请检查路径（相对路径从 ${p.cwd} 算起）` },
  ),
  folder: fileEntry<File>(
    { en: (p) => `${p.display} is a folder, not ${a(p.kind.en)} file`, zh: (p) => `${p.display} 是文件夹，不是${p.kind.zh}文件` },
    { en: () => 'name the .yaml file inside it', zh: () => '请写出文件夹中那个 .yaml 文件的路径' },
  ),
  /** A device, a FIFO, a socket: `failure` is core/safe-read.ts's describeFailure in each language. */
  notRegular: fileEntry<File & { failure: Localized }>(
    { en: (p) => `${p.display} ${p.failure.en}`, zh: (p) => `${p.display} ${p.failure.zh}` },
    { en: (p) => `name ${a(p.kind.en)} file saved on disk`, zh: (p) => `请指定保存在磁盘上的${p.kind.zh}文件` },
  ),
  tooLarge: fileEntry(TOO_LARGE, {
    en: (p) => `check that this is the right file; ${a(p.kind.en)} is a YAML text of some kilobytes`,
    zh: (p) => `请确认文件没有选错：${p.kind.zh}文件是只有几 KB 的 YAML 文本`,
  }),
  /** The same, for bytes already in memory (no file was chosen, so no hint about choosing it). */
  tooLargeBytes: fileEntry(TOO_LARGE),
  unreadable: fileEntry<File & { reason: string; denied: boolean }>({
    en: (p) => `cannot read ${p.display}: ${p.reason}`,
    zh: (p) => (p.denied ? `无法读取 ${p.display}（没有权限）` : `无法读取 ${p.display}：${p.reason}`),
  }),
  wideEncoding: fileEntry<File & { bits: number }>(
    { en: (p) => `${p.display} is UTF-${p.bits} text; ${a(p.kind.en)} must be UTF-8`, zh: (p) => `${p.display} 是 UTF-${p.bits} 编码；${p.kind.zh}文件必须是 UTF-8 编码` },
    SAVE_AS_UTF8,
  ),
  notUtf8: fileEntry<{ display: string; byte: number; line: number; column: number }>(
    {
      en: (p) => `${p.display} is not UTF-8 text (invalid byte 0x${p.byte.toString(16).padStart(2, '0')} at line ${p.line}, column ${p.column})`,
      zh: (p) => `${p.display} 不是 UTF-8 编码（第 ${p.line} 行第 ${p.column} 列有无效字节 0x${p.byte.toString(16).padStart(2, '0')}）`,
    },
    {
      en: () => 'save the file as UTF-8; Chinese text saved as GBK/GB18030 (ANSI in Windows Notepad) must be converted',
      zh: () => '请把文件另存为 UTF-8 编码；以 GBK/GB18030 保存的中文（Windows 记事本中的“ANSI”）须先转换',
    },
  ),
  controlChar: fileEntry<{ name: string }>(
    { en: (p) => `control character ${p.name} in the text`, zh: (p) => `文字中有控制字符 ${p.name}` },
    {
      en: () => 'delete it (it is invisible in most editors; it often comes from copying out of a PDF or Word)',
      zh: () => '请删除它（多数编辑器中看不见；常见于从 PDF 或 Word 中复制的文字）',
    },
  ),
  empty: fileEntry<File>(
    { en: (p) => `${p.display} is empty`, zh: (p) => `${p.display} 是空的` },
    { en: (p) => `${a(p.kind.en)} needs at least its required keys; see the docs for an example`, zh: (p) => `${p.kind.zh}至少要写上必需的键；示例见文档` },
  ),
  /** A character no slide can show, written as a YAML escape (core/forbidden.ts). */
  forbidden: fileEntry<{ key: boolean; kind: 'surrogate' | 'control' | 'nonchar'; name: string }>(
    {
      en: (p) => `${p.key ? 'the key' : 'the text'} holds ${FORBIDDEN_KIND[p.kind].en} ${p.name}, which no slide can show (written as an escape such as "\\x01" or "\\uFFFE")`,
      zh: (p) => `${p.key ? '键' : '文字'}中有${FORBIDDEN_KIND[p.kind].zh} ${p.name}，幻灯片无法显示（它是用 "\\x01"、"\\uFFFE" 这样的转义写入的）`,
    },
    { en: () => 'delete the escape: slides, notes and document properties cannot show it', zh: () => '请删除这个转义：幻灯片、备注和文档属性都无法显示它' },
  ),
  aliasBomb: fileEntry<{ max: number }>(
    {
      en: (p) => `too many alias expansions (more than ${p.max}); the file expands to a huge document`,
      zh: (p) => `别名展开次数过多（超过 ${p.max} 次），文件展开后会变得极大`,
    },
    NEST_ALIASES,
  ),
  /** Any other failure of turning the YAML into data (`reason` is the library's words). */
  unreadableYaml: fileEntry<{ reason: string }>({ en: (p) => `cannot read the YAML: ${p.reason}`, zh: (p) => `无法读取这份 YAML：${p.reason}` }, NEST_ALIASES),
  unknownTag: fileEntry<{ tag: string }>(
    { en: (p) => `the YAML tag ${p.tag} is not understood; the value is read as plain text`, zh: (p) => `无法识别 YAML 标签 ${p.tag}，其值按普通文字读取` },
    { en: () => 'remove the tag (briefdeck reads plain YAML: text, numbers, lists, mappings)', zh: () => '请删除这个标签（briefdeck 只读取普通的 YAML：文字、数字、列表和键值映射）' },
  ),
};

/**
 * A YAML syntax error: the sentence for the `yaml` package's error code (and, where one code
 * covers several mistakes, for its message), in both languages. The English of the codes
 * without a sentence of their own is the library's own first line after "YAML syntax: ".
 */
export function yamlSyntax(code: string, libraryMessage: string): Localized {
  const first = libraryMessage.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'DUPLICATE_KEY') return { en: 'this key appears twice in the same mapping', zh: '同一个映射中这个键出现了两次' };
  if (code === 'MULTIPLE_DOCS') return { en: 'the file holds more than one YAML document (a second `---` line)', zh: '文件中有不止一个 YAML 文档（出现了第二个 `---` 行）' };
  if (code === 'MISSING_CHAR' && /quote/.test(libraryMessage)) return { en: 'a quoted text is never closed', zh: '带引号的文字没有闭合' };
  if (code === 'TAB_AS_INDENT') return { en: 'a tab is used for indentation; YAML allows only spaces', zh: '用了制表符（Tab）缩进；YAML 只允许用空格缩进' };
  if (code === 'KEY_OVER_1024_CHARS') return { en: 'a key is longer than 1024 characters; YAML allows no more before its `:`', zh: '键超过 1024 个字符；YAML 不允许 `:` 之前有这么长' };
  return { en: `YAML syntax: ${first}`, zh: `YAML 语法错误：${syntaxZh(code, first)}` };
}

/** What the `yaml` package's error says, in Chinese: by its code, refined by its message. */
function syntaxZh(code: string, m: string): string {
  let x: RegExpExecArray | null;
  switch (code) {
    case 'BAD_INDENT':
      if (/^Flow sequence/.test(m)) return '方括号 `[` 开始的列表缩进不够，或缺少结尾的 `]`';
      if (/^Flow map/.test(m)) return '花括号 `{` 开始的映射缩进不够，或缺少结尾的 `}`';
      if (/sequence items/.test(m)) return '同一列表的各项必须从同一列开始';
      if (/mapping items/.test(m)) return '同一映射的各个键必须从同一列开始';
      return '缩进不对';
    case 'MISSING_CHAR':
      if (/need to be followed by map values/.test(m)) return '键后面缺少 `: ` 和值';
      if (/^Missing , or :/.test(m)) return '括号内的两项之间缺少 `,` 或 `:`';
      if (/^Missing ,/.test(m)) return '括号内的两项之间缺少逗号 `,`';
      if (/^Missing space after :/.test(m)) return '冒号 `:` 后面缺少空格';
      if (/^Comments must be separated/.test(m)) return '注释符号 `#` 前面要有空格';
      if (/^Tags and anchors must be separated/.test(m)) return '标签或锚点后面要有空格';
      if (/without - indicator/.test(m)) return '列表项缺少开头的 `- `';
      if (/directives-end/.test(m)) return '缺少 `---` 行';
      return '缺少必要的字符';
    case 'BAD_SCALAR_START':
      x = /start with (?:reserved character )?(.+)$/.exec(m);
      return x ? `不加引号的文字不能以“${x[1]}”开头` : '不加引号的文字不能以这个字符开头';
    case 'BAD_DQ_ESCAPE':
      x = /sequence (.+)$/.exec(m);
      return x ? `双引号中的转义 ${x[1]} 无效` : '双引号中的转义无效';
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (/compact mappings/.test(m)) return '一行中只能有一个 `键: 值`';
      return '列表不能作为键';
    case 'MULTILINE_IMPLICIT_KEY':
      return '键必须写在一行之内';
    case 'BLOCK_IN_FLOW':
      return '方括号或花括号中不能使用缩进式的列表或映射';
    case 'UNEXPECTED_TOKEN':
      if (/^Block scalar header/.test(m)) return '`|` 或 `>` 后面有多余的字符';
      if (/block-seq-ind on same line/.test(m)) return '列表项的 `-` 不能与键写在同一行';
      if (/at node end/.test(m)) return '值的后面还有多余的内容';
      x = /"(.+)"$/.exec(m) ?? /^Unexpected (\S) in/.exec(m);
      return x ? `这里不应出现“${x[1]}”` : '这里有不应出现的内容';
    case 'BAD_ALIAS':
      return /^Anchor/.test(m) ? '锚点名写得不对（不能为空，也不能以 `:` 结尾）' : '别名写得不对（不能为空，也不能以 `:` 结尾）';
    case 'ALIAS_PROPS':
      return '别名（*name）前不能加锚点或标签';
    case 'MULTIPLE_ANCHORS':
      return '一个值只能有一个锚点（&name）';
    case 'MULTIPLE_TAGS':
      return '一个值只能有一个标签';
    case 'BAD_PROP_ORDER':
      return '锚点和标签要写在 `-`、`?` 或 `:` 之后';
    case 'BAD_DIRECTIVE':
      return '以 `%` 开头的指令行无法识别';
    case 'NON_STRING_KEY':
      return '键只能是文字，不能是列表或映射';
    case 'TAG_RESOLVE_FAILED':
      return '无法识别这个 YAML 标签';
    case 'BAD_COLLECTION_TYPE':
      return '标签与值的类型不符';
    case 'RESOURCE_EXHAUSTION':
      return '文件展开后过大';
    default:
      return '无法解析这一处';
  }
}

/** What to do about a YAML syntax error, by the `yaml` package's code. */
export function yamlSyntaxHint(code: string): Localized {
  switch (code) {
    case 'DUPLICATE_KEY':
      return { en: 'delete one of them, or rename it', zh: '请删掉其中一个，或改个名字' };
    case 'TAB_AS_INDENT':
      return { en: 'indent with spaces (two per level)', zh: '请用空格缩进（每层两个空格）' };
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return {
        en: 'check the indentation and the `key: value` form on this line and the one before; quote text that contains `: ` or starts with a special character',
        zh: '请检查这一行和上一行的缩进以及 `键: 值` 的写法；含有 `: ` 或以特殊字符开头的文字，请加上引号',
      };
    case 'BLOCK_AS_IMPLICIT_KEY':
      return { en: 'a key seems to be missing its `: ` or the line above is indented wrongly', zh: '可能是某个键缺少 `: `，或上一行的缩进不对' };
    case 'MULTIPLE_DOCS':
      return { en: 'remove the extra `---` line; one file holds one outline', zh: '请删除多余的 `---` 行；一个文件中只能有一个 YAML 文档' };
    case 'KEY_OVER_1024_CHARS':
      return { en: 'check this line: a key is a short name such as `title`; long text belongs after the `: `', zh: '请检查这一行：键是 `title` 这样的短名字，长文字应写在 `: ` 后面' };
    default:
      return { en: 'quote text that contains `: `, `#` or starts with `*`, `&`, `!`, `[`, `{`, `>` or `|`', zh: '含有 `: `、`#`，或以 `*`、`&`、`!`、`[`、`{`、`>`、`|` 开头的文字，请加上引号' };
  }
}
