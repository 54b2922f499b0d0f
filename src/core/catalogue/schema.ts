/**
 * The sentences of schema problems, for outlines and templates alike (core/schema-issues.ts):
 * what was expected, what was found, and the usual remedy.
 */
import { shorten } from '../text.js';
import { phrase } from './define.js';

/** A key of a hundred thousand characters is quoted by its start (core/text.ts's shorten, in Chinese). */
function shortenZh(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max)}…（共 ${s.length.toLocaleString('en-US')} 个字符）`;
}

const HAN = /[\u3400-\u9fff]/;
const LATIN = /[A-Za-z0-9.`+~<>_-]/;

/**
 * A Chinese sentence with values put in: a space between a Chinese character and a Latin letter or
 * digit where a value meets the words around it (却是 true, 数字 3 不是约数词), as Chinese
 * software writes them.
 */
export function zh(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0]!;
  values.forEach((v, i) => {
    const text = String(v);
    const next = strings[i + 1]!;
    if (text && HAN.test(out.slice(-1)) && LATIN.test(text[0]!)) out += ' ';
    out += text;
    if (text && next && LATIN.test(text.slice(-1)) && HAN.test(next[0]!)) out += ' ';
    out += next;
  });
  return out;
}

/** A value as a message quotes it: `"text"`, `the number 3`, `a list`. */
export const VALUE = {
  nothing: phrase({ en: () => 'nothing', zh: () => '空（没有值）' }),
  empty: phrase({ en: () => 'an empty value', zh: () => '空值' }),
  list: phrase({ en: () => 'a list', zh: () => '一个列表' }),
  mapping: phrase({ en: () => 'a mapping', zh: () => '一个键值映射' }),
  text: phrase<{ text: string }>({ en: (p) => `"${p.text}"`, zh: (p) => `“${p.text}”` }),
  nan: phrase({ en: () => '.nan (not a number)', zh: () => '.nan（非数字）' }),
  infinity: phrase({ en: () => 'infinity', zh: () => '无穷大' }),
  number: phrase<{ n: number }>({ en: (p) => `the number ${p.n}`, zh: (p) => `数字 ${p.n}` }),
  boolean: phrase<{ b: boolean }>({ en: (p) => `${p.b}`, zh: (p) => `${p.b}` }),
};

/** What a key expects, by zod's type name. */
export const TYPE_WORDS: Record<string, { en: string; zh: string }> = {
  string: { en: 'text', zh: '文字' },
  number: { en: 'a number', zh: '数字' },
  boolean: { en: 'true or false', zh: 'true 或 false' },
  object: { en: 'a mapping of keys', zh: '键值映射' },
  array: { en: 'a list', zh: '列表' },
};

export const SCHEMA = {
  expectedOneOf: phrase<{ expected: { en: string; zh: string }[]; got: { en: string; zh: string } }>({
    en: (p) => `expected ${p.expected.map((e) => e.en).join(', or ')}, got ${p.got.en}`,
    zh: (p) => zh`这里应是${p.expected.map((e) => e.zh).join('或')}，却是${p.got.zh}`,
  }),
  putInQuotes: phrase({ en: () => 'put the text in quotes', zh: () => '请给文字加上引号' }),
  unknownKey: phrase<{ key: string }>({ en: (p) => `unknown key \`${shorten(p.key, 40)}\``, zh: (p) => `未知的键 \`${shortenZh(p.key, 40)}\`` }),
  didYouMean: phrase<{ key: string }>({ en: (p) => `did you mean \`${p.key}\`?`, zh: (p) => `您是不是要写 \`${p.key}\`？` }),
  allowedHere: phrase<{ keys: string[] }>({ en: (p) => `allowed here: ${p.keys.join(', ')}`, zh: (p) => `这里可用的键：${p.keys.join('、')}` }),
  missingKey: phrase<{ key: string }>({ en: (p) => `required key \`${p.key}\` is missing`, zh: (p) => `缺少必需的键 \`${p.key}\`` }),
  notFinite: phrase<{ got: { en: string; zh: string } }>({ en: (p) => `expected a finite number, got ${p.got.en}`, zh: (p) => zh`这里应是有限的数字，却是${p.got.zh}` }),
  expected: phrase<{ expected: { en: string; zh: string }; got: { en: string; zh: string } }>({
    en: (p) => `expected ${p.expected.en}, got ${p.got.en}`,
    zh: (p) => zh`这里应是${p.expected.zh}，却是${p.got.zh}`,
  }),
  notAllowedUseOneOf: phrase<{ got: { en: string; zh: string }; values: string[] }>({
    en: (p) => `${p.got.en} is not allowed here; use one of: ${p.values.join(' ')}`,
    zh: (p) => zh`这里不能用${p.got.zh}；可选：${p.values.join(' ')}`,
  }),
  atLeastItems: phrase<{ n: number }>({ en: (p) => `needs at least ${p.n} item${p.n === 1 ? '' : 's'}`, zh: (p) => `至少需要 ${p.n} 项` }),
  notEmpty: phrase({ en: () => 'must not be empty', zh: () => '不能为空' }),
  atLeast: phrase<{ n: unknown; inclusive: boolean }>({ en: (p) => `must be ${p.inclusive ? 'at least' : 'greater than'} ${p.n}`, zh: (p) => `必须${p.inclusive ? '不小于' : '大于'} ${p.n}` }),
  tooManyItems: phrase<{ count: number | undefined; max: unknown }>({
    en: (p) => `has ${p.count ?? 'too many'} items; at most ${p.max} are allowed`,
    zh: (p) => (p.count === undefined ? `项数太多，最多只能有 ${p.max} 项` : `有 ${p.count} 项，最多只能有 ${p.max} 项`),
  }),
  tooLong: phrase<{ length: number | undefined; max: number }>({
    en: (p) => `is ${p.length === undefined ? 'too many' : p.length.toLocaleString('en-US')} characters long; at most ${p.max.toLocaleString('en-US')} are allowed`,
    zh: (p) => (p.length === undefined ? `字符太多，最多只能有 ${p.max.toLocaleString('en-US')} 个` : `有 ${p.length.toLocaleString('en-US')} 个字符，最多只能有 ${p.max.toLocaleString('en-US')} 个`),
  }),
  atMost: phrase<{ n: unknown; inclusive: boolean }>({ en: (p) => `must be ${p.inclusive ? 'at most' : 'less than'} ${p.n}`, zh: (p) => `必须${p.inclusive ? '不大于' : '小于'} ${p.n}` }),
  wrongForm: phrase<{ got: { en: string; zh: string } }>({ en: (p) => `${p.got.en} has the wrong form`, zh: (p) => zh`${p.got.zh}的格式不对` }),
  notAllowed: phrase<{ got: { en: string; zh: string } }>({ en: (p) => `${p.got.en} is not allowed here`, zh: (p) => zh`这里不能用${p.got.zh}` }),
  addKey: phrase<{ key: string }>({ en: (p) => `add \`${p.key}: …\``, zh: (p) => `请加上 \`${p.key}: …\`` }),
  valueAfterColon: phrase({ en: () => 'write a value after the colon, or delete the key', zh: () => '请在冒号后写上值，或删除这个键' }),
  /** A problem of a kind no schema of briefdeck checks: zod's own sentence, which is English. */
  otherProblem: phrase<{ zod: string }>({ en: (p) => p.zod, zh: (p) => `这里的值不符合要求（${p.zod}）` }),
  shorten: phrase({ en: () => 'shorten it: a slide shows a few lines; longer text belongs in the notes or the report', zh: () => '请缩短：一张幻灯片只放几行字，更长的内容请写进备注或报告' }),
};
