import { describe, it, expect } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeckError, type Diagnostic } from '../../src/core/errors.js';
import { loadOutline, parseOutline, type OutlineDoc } from '../../src/outline/load.js';
import { APPROX_EN, APPROX_ZH } from '../../src/outline/schema.js';

/** The diagnostics of an outline that must fail; anything thrown but a DeckError fails the test. */
function problemsOf(text: string): Diagnostic[] {
  let error: unknown;
  try {
    parseOutline(text, 'test.yaml');
  } catch (e) {
    error = e;
  }
  expect(error, 'expected the outline to be rejected').toBeInstanceOf(DeckError);
  const list = (error as DeckError).diagnostics;
  expect(list.length).toBeGreaterThan(0);
  return [...list];
}

/** The one diagnostic of an outline with exactly one problem. */
function theProblem(text: string): Diagnostic {
  const list = problemsOf(text);
  expect(list.map(summary)).toHaveLength(1);
  return list[0]!;
}

function summary(d: Diagnostic): string {
  return `${d.pos?.line}:${d.pos?.column} ${d.code} ${d.pos?.path ?? ''}: ${d.message}`;
}

function where(d: Diagnostic): string {
  return `${d.pos?.line}:${d.pos?.column}`;
}

function ok(text: string): OutlineDoc {
  let doc: OutlineDoc | undefined;
  try {
    doc = parseOutline(text, 'test.yaml');
  } catch (e) {
    const list = e instanceof DeckError ? e.diagnostics.map(summary).join('\n') : String(e);
    throw new Error(`expected a valid outline, got:\n${list}`);
  }
  return doc;
}

/** A valid deck without sections around the given slide lines (indented as list items under `slides:`). */
function deck(slides: string, head = 'title: 汇报\n'): string {
  return `${head}slides:\n${slides}`;
}

const QUOTE = '  - type: quote\n    text: 为党育人\n';

describe('valid outlines', () => {
  it('the minimal sections form loads with no diagnostics', () => {
    const doc = ok('title: 汇报\nsections:\n  - title: 第一部分\n    slides:\n      - type: quote\n        text: 为党育人\n');
    expect(doc.warnings).toEqual([]);
    expect(doc.outline.title).toBe('汇报');
    expect(doc.outline.sections).toHaveLength(1);
    expect(doc.outline.sections![0]!.slides[0]).toEqual({ type: 'quote', text: '为党育人' });
    expect(doc.outline.slides).toBeUndefined();
  });

  it('the minimal slides form loads with no diagnostics', () => {
    const doc = ok(deck(QUOTE));
    expect(doc.warnings).toEqual([]);
    expect(doc.outline.slides).toEqual([{ type: 'quote', text: '为党育人' }]);
  });

  it('an outline using every documented key loads', () => {
    const doc = ok(
      [
        '# yaml-language-server: $schema=./outline.schema.json',
        'title: "“三同三联”促发展 同心育人著华章"',
        'subtitle: 郧阳区教育系统党建工作汇报',
        'organization: 十堰市郧阳区教育局',
        'date: 2026-11',
        'template: party-red',
        'lang: zh-CN',
        'source: ../reports/report.txt',
        'agenda: 汇报提纲',
        'footer: 红心向党 同心育人',
        'sections:',
        '  - title: 同轴运转',
        '    subtitle: 以“党建联抓”强化工作合力',
        '    id: part-1',
        '    slides:',
        '      - type: points',
        '        id: s1',
        '        title: 四个聚焦 筑牢党建根基',
        '        points:',
        '          - 聚焦思想武装，筑牢信仰之基',
        '          - text: 聚焦基层基础，建强战斗堡垒',
        '            sub:',
        '              - 选派“两新”组织党建指导员 **29人次**',
        '        notes: 讲述时强调“五好”党支部标准。',
        '      - type: numbers',
        '        title: 党史学习教育成果',
        '        numbers:',
        '          - value: 116',
        '            unit: 节',
        '            label: 书记讲党史专题党课',
        '          - value: 1400',
        '            approx: 余',
        '            unit: 篇',
        '            label: 撰写学习体会',
        '            detail: 全区教育系统党员',
        '            source: 撰写学习体会1400余篇',
        '            format: grouped',
        '      - type: number',
        '        title: 为群众办实事',
        '        value: 1240',
        '        approx: 多',
        '        unit: 件',
        '        label: 已办到位',
        '        of: 1600',
        '        detail: 列出为群众办实事清单1600余件',
        '      - type: quote',
        '        text: 为党育人、为国育才',
        '        by: 郧阳区教育系统的光荣使命',
        'closing:',
        '  title: 雄关漫道真如铁 而今迈步从头越',
        '  subtitle: 为党育人 为国育才',
        '',
      ].join('\n'),
    );
    expect(doc.warnings).toEqual([]);
    expect(doc.outline.date).toBe('2026-11');
    expect(doc.outline.agenda).toBe('汇报提纲');
    expect(doc.outline.sections![0]!.slides).toHaveLength(4);
    expect(doc.outline.closing).toEqual({ title: '雄关漫道真如铁 而今迈步从头越', subtitle: '为党育人 为国育才' });
  });

  it('closing may be false, true or a mapping', () => {
    expect(ok(deck(QUOTE, 'title: T\nclosing: false\n')).outline.closing).toBe(false);
    expect(ok(deck(QUOTE, 'title: T\nclosing: true\n')).outline.closing).toBe(true);
    expect(ok(deck(QUOTE, 'title: T\nclosing:\n  title: 谢谢\n')).outline.closing).toEqual({ title: '谢谢' });
  });

  it('agenda may be true, false or a title', () => {
    expect(ok(deck(QUOTE, 'title: T\nagenda: false\n')).outline.agenda).toBe(false);
    expect(ok(deck(QUOTE, 'title: T\nagenda: 目录\n')).outline.agenda).toBe('目录');
  });

  it('date may be text or a YAML number', () => {
    expect(ok(deck(QUOTE, 'title: T\ndate: 2026\n')).outline.date).toBe(2026);
    expect(ok(deck(QUOTE, 'title: T\ndate: 2026年11月\n')).outline.date).toBe('2026年11月');
    expect(ok(deck(QUOTE, 'title: T\ndate: 2026-11-05\n')).outline.date).toBe('2026-11-05');
  });

  it('an English deck may use + ~ > < over under about', () => {
    const items = APPROX_EN.map((a) => `      - value: 1\n        approx: "${a}"\n        label: x\n`);
    const doc = ok(deck(`  - type: numbers\n    numbers:\n${items.slice(0, 4).join('')}  - type: numbers\n    numbers:\n${items.slice(4).join('')}`, 'title: T\nlang: en\n'));
    expect(doc.outline.lang).toBe('en');
    expect(doc.warnings).toEqual([]);
  });

  it('a zh-CN deck may use every Chinese approximation word', () => {
    const items = APPROX_ZH.map((a) => `      - value: 1\n        approx: ${a}\n        label: x\n`);
    // at most 6 per slide
    const slides = items.filter((_, k) => k % 5 === 0).map((_, n) => `  - type: numbers\n    numbers:\n${items.slice(n * 5, n * 5 + 5).join('')}`);
    const doc = ok(deck(slides.join('')));
    expect(doc.warnings).toEqual([]);
    const used = doc.outline.slides!.flatMap((s) => (s as unknown as { numbers: { approx?: string }[] }).numbers.map((n) => n.approx));
    expect(used).toEqual([...APPROX_ZH]);
  });

  it.each(['突破', '接近', '将近', '不少于', '不低于', '至少', '大约', '及以上', '及以下', '上下'])('a zh-CN deck may use %s', (a) => {
    const doc = ok(deck(`  - type: numbers\n    numbers:\n      - { value: 10, approx: ${a}, label: x }\n`));
    expect(doc.warnings).toEqual([]);
    expect(doc.outline.slides![0]).toMatchObject({ numbers: [{ value: 10, approx: a }] });
  });

  it('ids may repeat nowhere but are otherwise free-form letters, digits, - and _', () => {
    const doc = ok(deck('  - type: quote\n    id: A-1_b\n    text: x\n  - type: quote\n    id: 2nd\n    text: y\n'));
    expect(doc.outline.slides!.map((s) => s.id)).toEqual(['A-1_b', '2nd']);
  });

  it('value may equal of', () => {
    ok(deck('  - type: number\n    value: 1600\n    of: 1600\n    label: x\n'));
  });

  it('trims text', () => {
    expect(ok(deck(QUOTE, 'title: "  汇报  "\n')).outline.title).toBe('汇报');
  });

  it('locate() gives the position of a value', () => {
    const doc = ok(deck(QUOTE));
    expect(doc.locate(['slides', 0, 'text'])).toEqual({ file: 'test.yaml', line: 4, column: 11, path: 'slides[0].text' });
  });
});

describe('wrong types at every level', () => {
  it('title as a number', () => {
    const d = theProblem(deck(QUOTE, 'title: 123\n'));
    expect(d.code).toBe('OUTLINE_SCHEMA');
    expect(d.severity).toBe('error');
    expect(where(d)).toBe('1:8');
    expect(d.pos?.path).toBe('title');
    expect(d.pos?.file).toBe('test.yaml');
    expect(d.message).toMatch(/expected text/);
    expect(d.message).toContain('123');
    expect(d.hint).toMatch(/quotes/);
    expect(d.frame).toContain('> 1 | title: 123');
  });

  it('title as a list', () => {
    const list = problemsOf(deck(QUOTE, 'title: [第一, 第二]\n'));
    expect(list.map((d) => `${where(d)} ${d.code} ${d.pos?.path}`)).toEqual(['1:8 OUTLINE_SCHEMA title']);
    expect(list[0]!.message).toMatch(/expected text, got a list/);
  });

  it('sections as a mapping', () => {
    const d = theProblem('title: T\nsections:\n  title: A\n  slides: []\n');
    expect(d.code).toBe('OUTLINE_SCHEMA');
    expect(where(d)).toBe('3:3');
    expect(d.pos?.path).toBe('sections');
    expect(d.message).toMatch(/expected a list, got a mapping/);
  });

  it('a section without title', () => {
    const d = theProblem('title: T\nsections:\n  - subtitle: 副标题\n    slides:\n      - type: quote\n        text: q\n');
    expect(d.code).toBe('OUTLINE_SCHEMA');
    expect(d.pos?.path).toBe('sections[0].title');
    expect(where(d)).toBe('3:5'); // the section it is missing from
    expect(d.message).toBe('required key `title` is missing');
    expect(d.hint).toContain('title:');
  });

  it('a section with an empty slides list', () => {
    const d = theProblem('title: T\nsections:\n  - title: A\n    slides: []\n');
    expect(d.pos?.path).toBe('sections[0].slides');
    expect(where(d)).toBe('4:13');
    expect(d.message).toMatch(/at least 1/);
    expect(d.hint).toMatch(/type: points/);
  });

  it('a section without slides', () => {
    const d = theProblem('title: T\nsections:\n  - title: A\n');
    expect(d.pos?.path).toBe('sections[0].slides');
    expect(d.message).toBe('required key `slides` is missing');
  });

  it('a slide that is not a mapping', () => {
    const d = theProblem(deck(`${QUOTE}  - 5\n`));
    expect(d.pos?.path).toBe('slides[1]');
    expect(where(d)).toBe('5:5');
    expect(d.message).toMatch(/mapping/);
  });

  it('the document root is not a mapping', () => {
    for (const text of ['- a\n- b\n', 'hello\n', '~\n', '42\n']) {
      const d = theProblem(text);
      expect(d.code).toBe('OUTLINE_SCHEMA');
      expect(where(d)).toBe('1:1');
      expect(d.message).toMatch(/mapping/);
    }
  });

  it('a deeply nested value: sections[0].slides[2].numbers[1].value', () => {
    const text = [
      'title: 汇报', //                                  1
      'sections:', //                                    2
      '  - title: 第一部分', //                           3
      '    slides:', //                                  4
      '      - type: quote', //                          5
      '        text: 一', //                              6
      '      - type: quote', //                          7
      '        text: 二', //                              8
      '      - type: numbers', //                        9
      '        numbers:', //                             10
      '          - value: 116', //                       11
      '            label: 书记讲党史专题党课', //          12
      '          - label: 撰写学习体会', //               13
      '            value: 一千四百', //                    14
      '',
    ].join('\n');
    const d = theProblem(text);
    expect(d.code).toBe('OUTLINE_SCHEMA');
    expect(d.pos?.path).toBe('sections[0].slides[2].numbers[1].value');
    expect(where(d)).toBe('14:20');
    expect(d.message).toBe('expected a number, got "一千四百"');
    expect(d.hint).toMatch(/digits/);
    expect(d.hint).toContain('1400');
    expect(d.frame).toContain('> 14 |             value: 一千四百');
  });

  it('a point that is a number', () => {
    const d = theProblem(deck('  - type: points\n    points:\n      - 第一点\n      - 42\n'));
    expect(d.code).toBe('OUTLINE_SCHEMA');
    expect(d.pos?.path).toBe('slides[0].points[1]');
    expect(where(d)).toBe('6:9');
    expect(d.message).toMatch(/expected text/);
    expect(d.hint).toMatch(/quotes/);
  });

  it('a point object without text', () => {
    const d = theProblem(deck('  - type: points\n    points:\n      - sub: [a]\n'));
    expect(d.pos?.path).toBe('slides[0].points[0].text');
    expect(d.message).toBe('required key `text` is missing');
  });

  it('notes and id as numbers', () => {
    const list = problemsOf(deck('  - type: quote\n    text: q\n    notes: 5\n    id: 7\n'));
    expect(list.map((d) => `${where(d)} ${d.pos?.path}`)).toEqual(['5:12 slides[0].notes', '6:9 slides[0].id']);
  });

  it('closing as text, a number, a list', () => {
    for (const v of ['谢谢', '3', '[a]']) {
      const d = theProblem(deck(QUOTE, `title: T\nclosing: ${v}\n`));
      expect(d.code).toBe('OUTLINE_SCHEMA');
      expect(d.pos?.path).toBe('closing');
      expect(where(d)).toBe('2:10');
    }
  });

  it('closing.title as a number', () => {
    const d = theProblem(deck(QUOTE, 'title: T\nclosing:\n  title: 5\n'));
    expect(d.pos?.path).toBe('closing.title');
    expect(where(d)).toBe('3:10');
  });

  it('agenda as an empty string or a number', () => {
    expect(theProblem(deck(QUOTE, 'title: T\nagenda: ""\n')).pos?.path).toBe('agenda');
    const d = theProblem(deck(QUOTE, 'title: T\nagenda: 5\n'));
    expect(d.pos?.path).toBe('agenda');
    expect(where(d)).toBe('2:9');
  });

  it('date as true or a list', () => {
    expect(theProblem(deck(QUOTE, 'title: T\ndate: true\n')).pos?.path).toBe('date');
    expect(where(theProblem(deck(QUOTE, 'title: T\ndate: [2026, 11]\n')))).toBe('2:7');
  });

  it('an unsupported lang', () => {
    const d = theProblem(deck(QUOTE, 'title: T\nlang: fr\n'));
    expect(d.pos?.path).toBe('lang');
    expect(d.message).toContain('"fr"');
    expect(d.hint).toMatch(/zh-CN/);
    expect(d.hint).toMatch(/en/);
  });

  it('an empty required text', () => {
    const d = theProblem(deck('  - type: quote\n    text: ""\n'));
    expect(d.pos?.path).toBe('slides[0].text');
    expect(d.message).toMatch(/empty/);
  });

  it('whitespace-only text counts as empty', () => {
    const list = problemsOf(deck('  - type: quote\n    text: " "\n', 'title: "   "\n'));
    expect(list.map((d) => `${where(d)} ${d.pos?.path} ${d.message}`)).toEqual(['1:8 title must not be empty', '4:11 slides[0].text must not be empty']);
  });

  it('a key with no value', () => {
    const d = theProblem(deck(QUOTE, 'title: T\nsubtitle:\n'));
    expect(d.pos?.path).toBe('subtitle');
    expect(d.message).toMatch(/empty value/);
    expect(d.hint).toMatch(/after the colon|delete the key/);
  });
});

describe('slide types', () => {
  it('an unknown type close to a known one suggests it: point → points', () => {
    const d = theProblem(deck('  - type: point\n    points: [a]\n'));
    expect(d.code).toBe('OUTLINE_SCHEMA');
    expect(d.pos?.path).toBe('slides[0].type');
    expect(where(d)).toBe('3:11');
    expect(d.message).toContain('"point"');
    expect(d.hint).toBe('did you mean `type: points`?');
  });

  it('an unknown type far from every known one lists the types', () => {
    const d = theProblem(deck('  - type: xyzzy\n'));
    expect(d.hint).toMatch(/points, numbers, number, quote/);
    expect(d.hint).not.toMatch(/did you mean/);
  });

  it('case: `Quote` suggests quote', () => {
    expect(theProblem(deck('  - type: Quote\n    text: q\n')).hint).toBe('did you mean `type: quote`?');
  });

  it('a slide without type', () => {
    const d = theProblem(deck('  - title: 标题\n    text: q\n'));
    expect(d.message).toMatch(/needs a `type:`/);
    expect(d.pos?.line).toBe(3);
  });

  it('a type that is not text', () => {
    const d = theProblem(deck('  - type: 7\n'));
    expect(d.pos?.path).toBe('slides[0].type');
    expect(d.message).toContain('7');
  });
});

describe('list sizes', () => {
  it('points with 101 items', () => {
    const items = Array.from({ length: 101 }, (_, i) => `      - 第${i + 1}点\n`).join('');
    const d = theProblem(deck(`  - type: points\n    points:\n${items}`));
    expect(d.code).toBe('OUTLINE_SCHEMA');
    expect(d.pos?.path).toBe('slides[0].points');
    expect(where(d)).toBe('5:7');
    expect(d.message).toMatch(/^101 points/);
    expect(d.message).toMatch(/at most 100/);
    expect(d.hint).toMatch(/split/);
  });

  it('points with 8 items is fine, with 0 is not', () => {
    ok(deck(`  - type: points\n    points:\n${Array.from({ length: 8 }, (_, i) => `      - p${i}\n`).join('')}`));
    const d = theProblem(deck('  - type: points\n    points: []\n'));
    expect(d.pos?.path).toBe('slides[0].points');
    expect(d.message).toMatch(/at least 1/);
  });

  it('sub-points beyond 6', () => {
    const d = theProblem(deck('  - type: points\n    points:\n      - text: a\n        sub: [1, 2, 3, 4, 5, 6, 7]\n'));
    // (the sub items are numbers too, but YAML gives them to a text list: only the count is reported here)
    expect(d.pos?.path).toBe('slides[0].points[0].sub');
    expect(where(d)).toBe('6:14');
    expect(d.message).toMatch(/7 items/);
    expect(d.message).toMatch(/at most 6/);
  });

  it('6 sub-points are fine, an empty sub list is not', () => {
    ok(deck('  - type: points\n    points:\n      - text: a\n        sub: [a, b, c, d, e, f]\n'));
    expect(theProblem(deck('  - type: points\n    points:\n      - text: a\n        sub: []\n')).pos?.path).toBe('slides[0].points[0].sub');
  });

  it('numbers with 61 items', () => {
    const items = Array.from({ length: 61 }, (_, i) => `      - value: ${i}\n        label: 项${i}\n`).join('');
    const d = theProblem(deck(`  - type: numbers\n    numbers:\n${items}`));
    expect(d.pos?.path).toBe('slides[0].numbers');
    expect(where(d)).toBe('5:7');
    expect(d.message).toMatch(/^61 figures/);
    expect(d.message).toMatch(/at most 60/);
    expect(d.hint).toMatch(/split/);
  });

  it('sections: [] and slides: []', () => {
    expect(theProblem('title: T\nsections: []\n').pos?.path).toBe('sections');
    expect(theProblem('title: T\nslides: []\n').pos?.path).toBe('slides');
  });
});

describe('figures', () => {
  const num = (lines: string, head?: string) => deck(`  - type: numbers\n    numbers:\n      - label: 撰写学习体会\n${lines}`, head);

  it('value as Chinese numerals: the hint asks for digits', () => {
    const d = theProblem(num('        value: 一千四百\n'));
    expect(d.pos?.path).toBe('slides[0].numbers[0].value');
    expect(where(d)).toBe('6:16');
    expect(d.message).toContain('expected a number');
    expect(d.hint).toMatch(/digits/);
    expect(d.hint).toMatch(/value: \d+/);
  });

  it('value as "1400余": the hint suggests value: 1400 with approx: 余', () => {
    const d = theProblem(num('        value: 1400余\n'));
    expect(d.pos?.path).toBe('slides[0].numbers[0].value');
    expect(d.hint).toMatch(/value: 1400\b/);
    expect(d.hint).toMatch(/approx: 余/);
  });

  it('value as "约3000人": the hint suggests value, approx and unit', () => {
    const d = theProblem(num('        value: 约3000人\n'));
    expect(d.hint).toMatch(/value: 3000\b/);
    expect(d.hint).toMatch(/approx: 约/);
    expect(d.hint).toMatch(/unit: 人/);
  });

  it('value as "95%以上": the hint suggests approx: 以上 and unit: %', () => {
    const d = theProblem(num('        value: 95%以上\n'));
    expect(d.hint).toMatch(/value: 95\b/);
    expect(d.hint).toMatch(/approx: 以上/);
    expect(d.hint).toMatch(/unit: %/);
  });

  it.each([
    ['超过300亿元', '300', '超过', '亿元'],
    ['不足2万元', '2', '不足', '万元'],
    ['5%以内', '5', '以内', '%'],
    ['100亿元左右', '100', '左右', '亿元'],
    ['突破20万人次', '20', '突破', '万人次'],
    ['不少于10个', '10', '不少于', '个'],
    ['不低于95%', '95', '不低于', '%'],
    ['接近3000人', '3000', '接近', '人'],
    ['将近3000人', '3000', '将近', '人'],
    ['至少5项', '5', '至少', '项'],
    ['大约30%', '30', '大约', '%'],
    ['60岁及以上', '60', '及以上', '岁'],
    ['35岁及以下', '35', '及以下', '岁'],
    ['5%上下', '5', '上下', '%'],
    ['">95%"', '95', '>', '%'],
    ['"1400+"', '1400', '+', undefined],
    ['about 30%', '30', 'about', '%'],
  ])('value as %s: the hint names value %s, approx %s and unit %s', (written, value, approx, unit) => {
    const d = theProblem(num(`        value: ${written}\n`));
    expect(d.hint).toMatch(new RegExp(`value: ${value}\\b`));
    expect(d.hint).toContain(`approx: ${approx}`);
    if (unit) expect(d.hint).toContain(`unit: ${unit}`);
    else expect(d.hint).not.toContain('unit:');
  });

  it('value as "1,400": the hint drops the comma', () => {
    const d = theProblem(num('        value: "1,400"\n'));
    expect(d.hint).toMatch(/value: 1400\b/);
    expect(d.hint).not.toMatch(/approx/);
  });

  // YAML 1.2 core schema reads these as text; the hint gives the number they mean, not "unit: _000"
  it.each([
    ['1_000', '1000'],
    ['1,400', '1400'],
    ['"1,400"', '1400'],
    ['0b101', '5'],
    ['1_400.5', '1400.5'],
  ])('value as %s (text): the hint asks for the bare number value: %s, in both languages', (written, bare) => {
    const d = theProblem(num(`        value: ${written}\n`));
    expect(d.code).toBe('OUTLINE_SCHEMA');
    expect(where(d)).toBe('6:16');
    expect(d.hint).toBe(`write the figure as a bare number: value: ${bare}`);
    expect(d.zh?.hint).toBe(`请直接写成数字：value: ${bare}`);
  });

  it('a missing value and a missing label', () => {
    const list = problemsOf(deck('  - type: numbers\n    numbers:\n      - unit: 篇\n'));
    expect(list.map((d) => d.message).sort()).toEqual(['required key `label` is missing', 'required key `value` is missing']);
    for (const d of list) expect(where(d)).toBe('5:9');
  });

  it('approx "好": the error lists the allowed words', () => {
    const d = theProblem(num('        value: 1400\n        approx: 好\n'));
    expect(d.code).toBe('OUTLINE_SCHEMA');
    expect(d.pos?.path).toBe('slides[0].numbers[0].approx');
    expect(where(d)).toBe('7:17');
    expect(d.message).toContain('"好"');
    const told = `${d.message} ${d.hint ?? ''}`;
    for (const w of ['余', '多', '以上', '以下', '近', '约', '超', '逾']) expect(told).toContain(w);
  });

  it('approx `+` in a zh-CN deck', () => {
    const d = theProblem(num('        value: 1400\n        approx: "+"\n'));
    expect(d.code).toBe('OUTLINE_SCHEMA');
    expect(d.pos?.path).toBe('slides[0].numbers[0].approx');
    expect(where(d)).toBe('7:17');
    expect(d.message).toMatch(/English/);
    expect(d.hint).toContain('余');
  });

  it('approx `+` in a deck without lang (zh-CN by default) on a number slide', () => {
    const d = theProblem(deck('  - type: number\n    value: 5\n    approx: "~"\n    label: x\n'));
    expect(d.pos?.path).toBe('slides[0].approx');
    expect(where(d)).toBe('5:13');
  });

  it('approx `余` in an en deck', () => {
    const d = theProblem(num('        value: 1400\n        approx: 余\n', 'title: T\nlang: en\n'));
    expect(d.code).toBe('OUTLINE_SCHEMA');
    expect(d.pos?.path).toBe('slides[0].numbers[0].approx');
    expect(where(d)).toBe('8:17');
    expect(d.message).toMatch(/Chinese/);
    expect(d.hint).toMatch(/\+/);
  });

  it.each(['突破', '不少于', '大约', '及以上', '上下'])('approx `%s` in an en deck: still a word for Chinese decks', (a) => {
    const d = theProblem(num(`        value: 1400\n        approx: ${a}\n`, 'title: T\nlang: en\n'));
    expect(d.code).toBe('OUTLINE_SCHEMA');
    expect(d.pos?.path).toBe('slides[0].numbers[0].approx');
    expect(d.message).toMatch(/Chinese/);
  });

  it('`of` smaller than value', () => {
    const d = theProblem(deck('  - type: number\n    value: 1240\n    of: 1000\n    label: 已办到位\n'));
    expect(d.code).toBe('OUTLINE_SCHEMA');
    expect(d.pos?.path).toBe('slides[0].of');
    expect(where(d)).toBe('5:9');
    expect(d.message).toContain('1240');
    expect(d.message).toContain('1000');
  });

  it('`of` that is not positive', () => {
    const list = problemsOf(deck('  - type: number\n    value: -1\n    of: 0\n    label: x\n'));
    expect(list.map((d) => d.pos?.path)).toContain('slides[0].of');
    expect(list.some((d) => /greater than 0/.test(d.message))).toBe(true);
  });

  it('a value too large to print exactly (10^15 and more)', () => {
    const d = theProblem(num('        value: 1e15\n'));
    expect(d.pos?.path).toBe('slides[0].numbers[0].value');
    expect(where(d)).toBe('6:16');
    expect(d.message).toMatch(/too large/);
    ok(num('        value: 999999999999999\n'));
  });

  it('a negative value with `of`', () => {
    const d = theProblem(deck('  - type: number\n    value: -5\n    of: 10\n    label: x\n'));
    expect(d.pos?.path).toBe('slides[0].value');
    expect(d.message).toMatch(/negative/);
    // without `of` a negative figure is fine
    ok(deck('  - type: number\n    value: -5\n    label: x\n'));
  });

  it('an unknown format', () => {
    const d = theProblem(num('        value: 1\n        format: million\n'));
    expect(d.pos?.path).toBe('slides[0].numbers[0].format');
    expect(d.message).toMatch(/plain grouped wan/);
  });

  it('value .nan and .inf are rejected', () => {
    expect(theProblem(num('        value: .nan\n')).pos?.path).toBe('slides[0].numbers[0].value');
    // .inf is also "too large to print exactly": every diagnostic is about the value
    const inf = problemsOf(num('        value: -.inf\n'));
    expect(inf.map((d) => `${where(d)} ${d.pos?.path}`)).toContain('6:16 slides[0].numbers[0].value');
    for (const d of inf) expect(d.pos?.path).toBe('slides[0].numbers[0].value');
  });
});

describe('unknown keys', () => {
  it('titel → title, subtitel → subtitle, organisation → organization, at the key', () => {
    const list = problemsOf(deck(QUOTE, 'title: T\nsubtitel: 副标题\norganisation: 教育局\n'));
    expect(list.map((d) => `${where(d)} ${d.code} ${d.pos?.path} ${d.hint}`)).toEqual([
      '2:1 OUTLINE_UNKNOWN_KEY subtitel did you mean `subtitle`?',
      '3:1 OUTLINE_UNKNOWN_KEY organisation did you mean `organization`?',
    ]);
    expect(list[0]!.message).toBe('unknown key `subtitel`');
    expect(list[0]!.frame).toContain('> 2 | subtitel: 副标题');
  });

  it('titel instead of title also reports the missing title', () => {
    const list = problemsOf(deck(QUOTE, 'titel: T\n'));
    const unknown = list.find((d) => d.code === 'OUTLINE_UNKNOWN_KEY')!;
    expect(unknown.hint).toBe('did you mean `title`?');
    expect(where(unknown)).toBe('1:1');
    expect(list.some((d) => d.code === 'OUTLINE_SCHEMA' && d.message === 'required key `title` is missing')).toBe(true);
  });

  it('an unknown key far from every known one lists the allowed keys', () => {
    const d = theProblem(deck(QUOTE, 'title: T\ncolour: red\n'));
    expect(d.code).toBe('OUTLINE_UNKNOWN_KEY');
    expect(d.hint).toMatch(/allowed here: .*title.*sections.*closing/);
  });

  it('unknown keys at every level, each at its key with its dotted path', () => {
    const text = [
      'title: T', //                 1
      'closing:', //                 2
      '  titel: 谢谢', //            3
      'sections:', //                4
      '  - title: A', //             5
      '    subtitel: B', //          6
      '    slides:', //              7
      '      - type: quote', //      8
      '        text: q', //          9
      '        autor: 某', //         10
      '      - type: numbers', //    11
      '        numbers:', //         12
      '          - value: 1', //     13
      '            label: x', //     14
      '            unti: 个', //      15
      '      - type: points', //     16
      '        points:', //          17
      '          - text: a', //      18
      '            subs: [b]', //    19
      '',
    ].join('\n');
    const list = problemsOf(text);
    expect(list.map((d) => `${where(d)} ${d.code} ${d.pos?.path}`)).toEqual([
      '3:3 OUTLINE_UNKNOWN_KEY closing.titel',
      '6:5 OUTLINE_UNKNOWN_KEY sections[0].subtitel',
      '10:9 OUTLINE_UNKNOWN_KEY sections[0].slides[0].autor',
      '15:13 OUTLINE_UNKNOWN_KEY sections[0].slides[1].numbers[0].unti',
      '19:13 OUTLINE_UNKNOWN_KEY sections[0].slides[2].points[0].subs',
    ]);
    expect(list.map((d) => d.hint)).toEqual([
      'did you mean `title`?',
      'did you mean `subtitle`?',
      'allowed here: type, title, notes, id, text, by',
      'did you mean `unit`?',
      'did you mean `sub`?',
    ]);
  });

  it('the suggestion depends on the slide type (`of` is known on number, not on numbers items)', () => {
    const d = theProblem(deck('  - type: numbers\n    numbers:\n      - value: 1\n        label: x\n        off: 2\n'));
    expect(d.code).toBe('OUTLINE_UNKNOWN_KEY');
    expect(d.hint).not.toMatch(/`of`/);
    const e = theProblem(deck('  - type: number\n    value: 1\n    label: x\n    off: 2\n'));
    expect(e.hint).toBe('did you mean `of`?');
  });

  it('$schema is allowed at the top', () => {
    ok(deck(QUOTE, 'title: T\n$schema: ./outline.schema.json\n'));
  });
});

describe('rules across keys', () => {
  it('both sections and slides', () => {
    const d = theProblem('title: T\nsections:\n  - title: A\n    slides:\n      - type: quote\n        text: q\nslides:\n  - type: quote\n    text: q\n');
    expect(d.code).toBe('OUTLINE_SCHEMA');
    expect(where(d)).toBe('7:1');
    expect(d.message).toMatch(/not both/);
  });

  it('neither sections nor slides', () => {
    const d = theProblem('title: T\nsubtitle: S\n');
    expect(d.code).toBe('OUTLINE_SCHEMA');
    expect(where(d)).toBe('1:1');
    expect(d.message).toMatch(/no slides/);
    expect(d.hint).toMatch(/sections:/);
  });

  it('a duplicate id, reported at the second one, naming the first', () => {
    const d = theProblem(deck('  - type: quote\n    id: intro\n    text: a\n  - type: quote\n    text: b\n  - type: quote\n    id: intro\n    text: c\n'));
    expect(d.code).toBe('OUTLINE_DUPLICATE_ID');
    expect(d.pos?.path).toBe('slides[2].id');
    expect(where(d)).toBe('9:9');
    expect(d.message).toContain('slides[0].id');
  });

  it('duplicate ids across sections and between a section and a slide', () => {
    const list = problemsOf(
      'title: T\nsections:\n  - title: A\n    id: x\n    slides:\n      - type: quote\n        id: y\n        text: q\n  - title: B\n    slides:\n      - type: quote\n        id: y\n        text: q\n      - type: quote\n        id: x\n        text: q\n',
    );
    expect(list.map((d) => `${where(d)} ${d.code} ${d.pos?.path}`)).toEqual([
      '12:13 OUTLINE_DUPLICATE_ID sections[1].slides[0].id',
      '15:13 OUTLINE_DUPLICATE_ID sections[1].slides[1].id',
    ]);
  });

  it('invalid id characters', () => {
    for (const id of ['"a b"', '第一页', '-lead', 'a.b']) {
      const d = theProblem(deck(`  - type: quote\n    id: ${id}\n    text: q\n`));
      expect(d.code).toBe('OUTLINE_SCHEMA');
      expect(d.pos?.path).toBe('slides[0].id');
      expect(where(d)).toBe('4:9');
      expect(d.message).toMatch(/letters, digits, - and _/);
    }
  });
});

describe('markup', () => {
  it('an unclosed ** is a warning, not an error, at the text it is in', () => {
    const doc = ok(deck('  - type: points\n    title: 标题 **重点\n    points:\n      - 完成 **29人次\n      - text: 好的\n        sub: ["a **b** c **d"]\n'));
    expect(doc.warnings.map((w) => `${w.code} ${w.severity} ${w.pos?.path} ${where(w)}`)).toEqual([
      'OUTLINE_MARKUP warning slides[0].title 4:12',
      'OUTLINE_MARKUP warning slides[0].points[0] 6:9',
      'OUTLINE_MARKUP warning slides[0].points[1].sub[0] 8:15',
    ]);
    expect(doc.warnings[0]!.hint).toBeTruthy();
  });

  it('closed ** gives no warning', () => {
    expect(ok(deck('  - type: quote\n    text: 为党育人、**为国育才**\n')).warnings).toEqual([]);
  });

  it('a warning does not hide errors: both come in the DeckError', () => {
    const list = problemsOf(deck('  - type: quote\n    text: a **b\n    by: 5\n'));
    expect(list.map((d) => `${d.code} ${d.severity}`).sort()).toEqual(['OUTLINE_MARKUP warning', 'OUTLINE_SCHEMA error']);
  });
});

describe('all problems at once', () => {
  it('an outline with eight different mistakes reports all of them, sorted by line', () => {
    const text = [
      'titel: 汇报', //                          1  unknown key (and title missing)
      'lang: fr', //                             2  bad lang
      'closing: 谢谢', //                         3  closing as text
      'sections:', //                            4
      '  - subtitle: 无标题', //                  5  section without title
      '    slides:', //                          6
      '      - type: point', //                  7  unknown slide type
      '        points: [a]', //                  8
      '      - type: numbers', //                9
      '        numbers:', //                     10
      '          - value: 一千四百', //           11  value as text
      '            label: 体会', //               12
      '          - value: 3', //                 13
      '            approx: 好', //                14  bad approx
      '            label: x', //                 15
      '      - type: quote', //                  16
      '        id: "a b"', //                    17  bad id
      '        text: q', //                      18
      '      - type: number', //                 19
      '        value: 9', //                     20
      '        of: 3', //                        21  of < value
      '        label: y', //                     22
      '',
    ].join('\n');
    let error: unknown;
    try {
      parseOutline(text, 'test.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DeckError);
    const list = (error as DeckError).diagnostics;
    const got = list.map((d) => `${d.pos?.line} ${d.code} ${d.pos?.path}`);
    expect(got).toEqual([
      '1 OUTLINE_SCHEMA title',
      '1 OUTLINE_UNKNOWN_KEY titel',
      '2 OUTLINE_SCHEMA lang',
      '3 OUTLINE_SCHEMA closing',
      '5 OUTLINE_SCHEMA sections[0].title',
      '7 OUTLINE_SCHEMA sections[0].slides[0].type',
      '11 OUTLINE_SCHEMA sections[0].slides[1].numbers[0].value',
      '14 OUTLINE_SCHEMA sections[0].slides[1].numbers[1].approx',
      '17 OUTLINE_SCHEMA sections[0].slides[2].id',
      '21 OUTLINE_SCHEMA sections[0].slides[3].of',
    ]);
    // sorted by line, then column
    const keys = list.map((d) => d.pos!.line * 10000 + d.pos!.column);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    // every one has a position in this file, a frame and a message
    for (const d of list) {
      expect(d.pos?.file).toBe('test.yaml');
      expect(d.frame).toContain(`> ${d.pos!.line} |`);
      expect(d.message.length).toBeGreaterThan(0);
    }
    const e = error as DeckError;
    expect(e.code).toBe(list[0]!.code);
    expect(e.message).toContain(`and ${list.length - 1} more problems`);
  });

  it('one problem: the DeckError message is that problem', () => {
    let error: unknown;
    try {
      parseOutline(deck(QUOTE, 'title: 5\n'), 'test.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DeckError);
    expect((error as DeckError).message).toBe((error as DeckError).diagnostics[0]!.message);
    expect((error as DeckError).code).toBe('OUTLINE_SCHEMA');
  });

  it('YAML errors come before validation: a syntax error is reported alone', () => {
    const d = theProblem('title: 5\ntitle: 6\nslides: []\n');
    expect(d.code).toBe('OUTLINE_YAML');
  });
});

describe('loadOutline', () => {
  it('loads a file and resolves its folder; reports a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefdeck-validate-'));
    try {
      const path = join(dir, 'deck.yaml');
      writeFileSync(path, deck(QUOTE));
      const doc = loadOutline(path);
      expect(doc.path).toBe(path);
      expect(doc.dir).toBe(dir);
      expect(doc.outline.title).toBe('汇报');

      writeFileSync(join(dir, 'bad.yaml'), 'title: T\nslides:\n  - type: quote\n');
      let error: unknown;
      try {
        loadOutline(join(dir, 'bad.yaml'), 'bad.yaml');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DeckError);
      expect((error as DeckError).diagnostics[0]!.pos).toMatchObject({ file: 'bad.yaml', line: 3, path: 'slides[0].text' });

      expect(() => loadOutline(join(dir, 'none.yaml'))).toThrow(DeckError);
      try {
        loadOutline(join(dir, 'none.yaml'));
      } catch (e) {
        expect((e as DeckError).code).toBe('OUTLINE_NOT_FOUND');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
