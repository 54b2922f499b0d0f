/**
 * Outline messages in Chinese (catalogue/outline.ts, catalogue/schema.ts): each problem has its
 * Chinese beside the English, under the same code and at the same position; the generic schema
 * sentences quote values in Chinese; the CLI prints them with --lang zh.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DeckError, type Diagnostic } from '../../src/core/errors.js';
import { describeValue, describeValueBoth, describeValueIn } from '../../src/core/schema-issues.js';
import { loadOutline, parseOutline } from '../../src/outline/load.js';
import { checkSources } from '../../src/outline/sources.js';
import { MAX_SLIDES } from '../../src/outline/validate.js';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'bd-catalogue-outline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function problemsOf(text: string): Diagnostic[] {
  try {
    const doc = parseOutline(text, 't.yaml');
    return doc.warnings;
  } catch (e) {
    if (!(e instanceof DeckError)) throw e;
    return [...e.diagnostics];
  }
}

function theProblem(text: string): Diagnostic {
  const list = problemsOf(text);
  expect(list.map((d) => d.message)).toHaveLength(1);
  return list[0]!;
}

/** code, line:column, path, English, Chinese: what the two languages share and what they say. */
function both(d: Diagnostic) {
  return { code: d.code, at: `${d.pos?.line}:${d.pos?.column}`, path: d.pos?.path, en: d.message, zh: d.zh?.message, hint: d.hint, zhHint: d.zh?.hint };
}

const slide = (body: string, head = '') => `title: T\n${head}slides:\n${body}`;

describe('values quoted in both languages', () => {
  it('describeValue stays English; describeValueIn and describeValueBoth say it in Chinese too', () => {
    expect(describeValue('x'.repeat(50))).toBe(`"${'x'.repeat(40)}…"`);
    expect(describeValue(3)).toBe('the number 3');
    expect(describeValueIn(3, 'zh')).toBe('数字 3');
    expect(describeValueIn('文字', 'zh')).toBe('“文字”');
    expect(describeValueBoth([1])).toEqual({ en: 'a list', zh: '一个列表' });
    expect(describeValueBoth({})).toEqual({ en: 'a mapping', zh: '一个键值映射' });
    expect(describeValueBoth(null)).toEqual({ en: 'an empty value', zh: '空值' });
    expect(describeValueBoth(undefined)).toEqual({ en: 'nothing', zh: '空（没有值）' });
    expect(describeValueBoth(Number.NaN).zh).toBe('.nan（非数字）');
    expect(describeValueBoth(true)).toEqual({ en: 'true', zh: 'true' });
  });
});

describe('the outline as a whole', () => {
  it('a file that is not a mapping', () => {
    expect(both(theProblem('- a\n- b\n'))).toMatchObject({
      code: 'OUTLINE_SCHEMA',
      at: '1:1',
      en: 'an outline is a mapping of keys (title:, sections:, …), but this file holds a list',
      zh: '大纲应是键值映射（title:、sections: 等），而这个文件中是一个列表',
      zhHint: '请以 `title: …` 和 `sections:` 开头；格式见 docs/outline-format.md',
    });
  });

  it('sections and slides both, and no slides at all', () => {
    const d = theProblem('title: T\nsections:\n  - title: A\n    slides: [{type: quote, text: q}]\nslides:\n  - {type: quote, text: q}\n');
    expect(both(d)).toMatchObject({ code: 'OUTLINE_SCHEMA', at: '5:1', zh: '大纲只能有 `sections` 或 `slides` 其中之一，不能两个都有' });
    expect(both(theProblem('title: T\n'))).toMatchObject({ code: 'OUTLINE_SCHEMA', at: '1:1', en: 'the outline has no slides', zh: '大纲中没有幻灯片' });
  });

  it(`more than ${MAX_SLIDES} slides: DECK_TOO_LARGE`, () => {
    const many = Array.from({ length: MAX_SLIDES + 1 }, () => '  - {type: quote, text: q}\n').join('');
    const d = problemsOf(slide(many)).find((x) => x.code === 'DECK_TOO_LARGE')!;
    expect(both(d)).toMatchObject({
      at: `${MAX_SLIDES + 3}:5`,
      en: 'the outline has 5,001 slides and 0 sections; a deck holds at most 5,000 of them together',
      zh: '大纲有 5,001 张幻灯片和 0 个章节；一个演示文稿合计最多 5,000 张',
      zhHint: '请把大纲拆成几个演示文稿',
    });
  });

  it('a duplicate id', () => {
    const d = theProblem(slide('  - {type: quote, text: a, id: x}\n  - {type: quote, text: b, id: x}\n'));
    expect(both(d)).toMatchObject({ code: 'OUTLINE_DUPLICATE_ID', at: '4:32', zh: 'id `x` 用了两次（第一次在 slides[0].id）' });
  });

  it('an unclosed ** is a warning in both languages', () => {
    const d = theProblem(slide('  - {type: quote, text: "a **b"}\n'));
    expect(d.severity).toBe('warning');
    expect(both(d)).toMatchObject({ code: 'OUTLINE_MARKUP', at: '3:25', zh: '`**` 开始了强调，但后面没有闭合的 `**`；将按原样显示', zhHint: '请补上闭合的 `**`，或删掉多余的那个' });
  });
});

describe('slide types', () => {
  it('no type, an unknown type with a guess and without', () => {
    expect(both(theProblem(slide('  - {text: a}\n')))).toMatchObject({ code: 'OUTLINE_SCHEMA', zh: '幻灯片缺少 `type:`', zhHint: '可用的类型：points、numbers、number、quote、columns、table、chart、image、photos' });
    const guess = theProblem(slide('  - {type: pointz, points: [a]}\n'));
    expect(both(guess)).toMatchObject({ at: '3:12', en: 'unknown slide type "pointz"', zh: '未知的幻灯片类型：“pointz”', hint: 'did you mean `type: points`?', zhHint: '您是不是要写 `type: points`？' });
  });

  it('too many points, too many figures: the slide type’s own wording in both languages', () => {
    const points = theProblem(slide(`  - {type: points, points: [${'a,'.repeat(100)}a]}\n`));
    expect(both(points)).toMatchObject({ code: 'OUTLINE_SCHEMA', en: '101 points; a list holds at most 100 (over several slides)', zh: '有 101 条要点；一个列表最多 100 条（可接续多张幻灯片）', zhHint: '请把这个列表拆成几张幻灯片' });
    const figures = theProblem(slide(`  - type: numbers\n    numbers:\n${'      - {value: 1, label: a}\n'.repeat(61)}`));
    expect(both(figures)).toMatchObject({ at: '5:7', en: '61 figures; a key-number list holds at most 60 (over several slides)', zh: '有 61 个数字；一组关键数字最多 60 个（可接续多张幻灯片）' });
  });
});

describe('generic schema problems', () => {
  it('a missing key, a wrong type, a number for text, an empty value', () => {
    const list = problemsOf(slide('  - {type: numbers, numbers: [{unit: 篇}]}\n')).map(both);
    expect(list.map((d) => d.zh).sort()).toEqual(['缺少必需的键 `label`', '缺少必需的键 `value`']);
    expect(list.find((d) => d.en.includes('`label`'))!.zhHint).toBe('请加上 `label: …`');
    expect(both(theProblem(slide('  - {type: quote, text: [a]}\n')))).toMatchObject({ en: 'expected text, got a list', zh: '这里应是文字，却是一个列表' });
    expect(both(theProblem(slide('  - {type: quote, text: 12}\n')))).toMatchObject({ zh: '这里应是文字，却是数字 12', zhHint: '请给文字加上引号' });
    expect(both(theProblem(slide('  - type: quote\n    text:\n')))).toMatchObject({ zh: '这里应是文字，却是空值', zhHint: '请在冒号后写上值，或删除这个键' });
  });

  it('a union of types; a boolean spaced from the Chinese around it', () => {
    expect(both(theProblem(slide('  - {type: points, points: [true]}\n')))).toMatchObject({
      at: '3:29',
      en: 'expected text, or a mapping of keys, got true',
      zh: '这里应是文字或键值映射，却是 true',
      zhHint: '请给文字加上引号',
    });
  });

  it('a value outside its list, an empty text, a text too long, a non-finite number', () => {
    expect(both(theProblem(slide('  - {type: number, value: 1, label: a, format: fancy}\n')))).toMatchObject({ zh: '这里不能用“fancy”；可选：plain grouped wan' });
    expect(both(theProblem(slide('  - {type: quote, text: " "}\n')))).toMatchObject({ en: 'must not be empty', zh: '不能为空' });
    const long = theProblem(slide(`  - {type: quote, text: ${'字'.repeat(1200)}}\n`));
    expect(both(long)).toMatchObject({ en: 'is 1,200 characters long; at most 1,000 are allowed', zh: '有 1,200 个字符，最多只能有 1,000 个', zhHint: '请缩短：一张幻灯片只放几行字，更长的内容请写进备注或报告' });
    expect(both(theProblem(slide('  - {type: number, value: .nan, label: a}\n')))).toMatchObject({ zh: '这里应是有限的数字，却是 .nan（非数字）' });
    expect(both(theProblem(slide('  - {type: number, value: 0, of: 0, label: a}\n')))).toMatchObject({ en: 'must be greater than 0', zh: '必须大于 0' });
  });

  it('unknown keys: a guess, the keys allowed, a very long key shortened in Chinese too', () => {
    expect(both(theProblem(slide('  - {type: quote, text: a, titel: b}\n')))).toMatchObject({ code: 'OUTLINE_UNKNOWN_KEY', at: '3:28', zh: '未知的键 `titel`', zhHint: '您是不是要写 `title`？' });
    const far = theProblem(slide('  - {type: quote, text: a, zzzzzz: b}\n'));
    expect(far.zh?.hint).toBe('这里可用的键：type、title、notes、id、text、by');
    const long = theProblem(slide(`  - {type: quote, text: a, ${'q'.repeat(60)}: b}\n`));
    expect(long.message).toBe(`unknown key \`${'q'.repeat(40)}… (60 characters)\``);
    expect(long.zh?.message).toBe(`未知的键 \`${'q'.repeat(40)}…（共 60 个字符）\``);
  });

  it('approx, lang and id words of the outline', () => {
    expect(both(theProblem(slide('  - {type: number, value: 1, label: a, approx: 大概}\n')))).toMatchObject({
      zh: '“大概”不是约数词；可用：超过 突破 逾 超 接近 将近 近 大约 约 不少于 不低于 至少 不到 不足 余 多 及以上 及以下 以上 以下 以内 左右 上下（zh-CN）或 + ~ > < over under about（en）',
      zhHint: '中文演示文稿用 超过 突破 逾 超 接近 将近 近 大约 约 不少于 不低于 至少 不到 不足 余 多 及以上 及以下 以上 以下 以内 左右 上下，英文演示文稿用 + ~ > < over under about',
    });
    expect(both(theProblem(slide('  - {type: quote, text: a}\n', 'lang: fr\n')))).toMatchObject({ at: '2:7', zh: '不支持的语言：“fr”', zhHint: '请用 zh-CN 或 en' });
    expect(both(theProblem(slide('  - {type: quote, text: a, id: "a b"}\n')))).toMatchObject({ zh: 'id “a b” 只能由字母、数字、- 和 _ 组成' });
  });

  it('figures written as text: the bare number, with approx and unit where written', () => {
    const hint = (v: string) => theProblem(slide(`  - {type: number, value: ${v}, label: a}\n`)).zh?.hint;
    expect(hint('约3000人')).toBe('请直接写成数字：value: 3000，另写 approx: 约 和 unit: 人');
    expect(hint('1400余')).toBe('请直接写成数字：value: 1400，另写 approx: 余');
    expect(hint('一千四百')).toBe('请用阿拉伯数字写数值，例如 value: 1400（“1400余”写作 value: 1400 加 approx: 余）');
    expect(theProblem(slide('  - {type: number, value: 1, of: 0x1_0, label: a}\n')).hint).toBe('write the figure as a bare number: of: 16');
  });
});

describe('key figures’ rules', () => {
  it('an approximation word of the other language', () => {
    expect(both(theProblem(slide('  - {type: number, value: 1, approx: "+", label: a}\n')))).toMatchObject({ code: 'OUTLINE_SCHEMA', at: '3:38', zh: '`+` 是英文演示文稿用的约数词', zhHint: '中文（zh-CN）演示文稿请用：超过 突破 逾 超 接近 将近 近 大约 约 不少于 不低于 至少 不到 不足 余 多 及以上 及以下 以上 以下 以内 左右 上下' });
    expect(both(theProblem(slide('  - {type: number, value: 1, approx: 余, label: a}\n', 'lang: en\n')))).toMatchObject({ zh: '`余` 是中文演示文稿用的约数词', zhHint: '英文演示文稿请用：+ ~ > < over under about' });
  });

  it('a figure too large, negative with a total, larger than its total', () => {
    expect(both(theProblem(slide('  - {type: number, value: 1e16, label: a}\n')))).toMatchObject({ at: '3:27', zh: '数值 10000000000000000 太大，无法精确显示' });
    expect(both(theProblem(slide('  - {type: number, value: -1, of: 10, label: a}\n')))).toMatchObject({ at: '3:27', zh: '数值 -1 是负数，不能算作 `of: 10` 中的一部分' });
    expect(both(theProblem(slide('  - {type: number, value: 11, of: 10, label: a}\n')))).toMatchObject({ at: '3:35', en: 'value 11 is larger than its total `of: 10`', zh: '数值 11 大于总数 `of: 10`' });
  });
});

describe('the report named by source:', () => {
  writeFileSync(join(dir, 'report.txt'), '全区共有15名教师。');
  const check = (head: string, numbers: string) => {
    const file = join(dir, `o${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, `title: t\n${head}slides:\n  - type: numbers\n    numbers:\n${numbers}`);
    return checkSources(loadOutline(file)).diagnostics.map(both);
  };

  it('a missing report, a quote not in it, a figure its quote does not say', () => {
    expect(check('source: none.txt\n', '      - {value: 1, label: a, source: x}\n')).toMatchObject([{ code: 'SOURCE_MISMATCH', at: '2:9', zh: '报告 none.txt 不存在' }]);
    const [notIn, other] = check('source: report.txt\n', '      - {value: 1, label: a, source: 有1所学校}\n      - {value: 16, unit: 名, label: b, source: 共有15名教师}\n');
    expect(notIn).toMatchObject({ at: '6:38', zh: '引文不在 report.txt 中', zhHint: '请从报告中原样复制这段文字' });
    expect(other).toMatchObject({ at: '7:17', en: 'the figure 16名 is not what its quote says (the report, at report.txt:1:3)', zh: '数字 16名 与引文中的不一致（报告中的位置：report.txt:1:3）', zhHint: '引文原文：共有15名教师' });
  });
});

describe('the CLI with --lang zh', () => {
  it('prints the Chinese message, the code and the position of the English one', async () => {
    const file = join(dir, 'cli.yaml');
    writeFileSync(file, slide('  - {type: number, value: 1_000, label: a}\n'));
    const en = await runCli(['check', file]);
    const zh = await runCli(['check', file, '--lang', 'zh']);
    expect(en.code).toBe(1);
    expect(zh.code).toBe(1);
    expect(en.err).toContain('3:27 OUTLINE_SCHEMA slides[0].value: expected a number, got "1_000"');
    expect(en.err).toContain('hint: write the figure as a bare number: value: 1000');
    expect(zh.err).toContain('3:27 OUTLINE_SCHEMA slides[0].value: 这里应是数字，却是“1_000”');
    expect(zh.err).toContain('提示：请直接写成数字：value: 1000');
  });
});
