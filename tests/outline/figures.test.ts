import { describe, it, expect } from 'vitest';
import { APPROX_EN, APPROX_ZH } from '../../src/slides/fields.js';
import { figureParts, figureText, formatValue, prefixScale, shareText } from '../../src/slides/figures.js';

describe('figureParts / figureText: where the approximation word goes', () => {
  it('余 and 多 go between value and unit', () => {
    expect(figureParts({ value: 1400, approx: '余', unit: '篇' }, 'zh-CN')).toEqual({ prefix: '', prefixSize: 'unit', value: '1400', suffix: '余篇' });
    expect(figureText({ value: 1400, approx: '余', unit: '篇' }, 'zh-CN')).toBe('1400余篇');
    expect(figureText({ value: 1240, approx: '多', unit: '件' }, 'zh-CN')).toBe('1240多件');
  });

  it('以上 and 以下 go after the unit', () => {
    expect(figureParts({ value: 95, approx: '以上', unit: '%' }, 'zh-CN')).toEqual({ prefix: '', prefixSize: 'unit', value: '95', suffix: '%以上' });
    expect(figureText({ value: 95, approx: '以上', unit: '%' }, 'zh-CN')).toBe('95%以上');
    expect(figureText({ value: 5, approx: '以下', unit: '%' }, 'zh-CN')).toBe('5%以下');
    expect(figureText({ value: 95, approx: '以上' }, 'zh-CN')).toBe('95以上');
  });

  it('近 约 超 逾 go before the value', () => {
    expect(figureParts({ value: 3000, approx: '约', unit: '人' }, 'zh-CN')).toEqual({ prefix: '约', prefixSize: 'mid', value: '3000', suffix: '人' });
    expect(figureText({ value: 3000, approx: '约', unit: '人' }, 'zh-CN')).toBe('约3000人');
    expect(figureText({ value: 100, approx: '近' }, 'zh-CN')).toBe('近100');
    expect(figureText({ value: 2, approx: '超', unit: '万人' }, 'zh-CN')).toBe('超2万人');
    expect(figureText({ value: 500, approx: '逾', unit: '所' }, 'zh-CN')).toBe('逾500所');
  });

  it('the words reports also write: 突破20万人次, 不少于10个, 60岁及以上, 5%上下', () => {
    expect(figureParts({ value: 20, approx: '突破', unit: '万人次' }, 'zh-CN')).toEqual({ prefix: '突破', prefixSize: 'mid', value: '20', suffix: '万人次' });
    expect(figureParts({ value: 10, approx: '不少于', unit: '个' }, 'zh-CN')).toEqual({ prefix: '不少于', prefixSize: 'mid', value: '10', suffix: '个' });
    expect(figureText({ value: 95, approx: '不低于', unit: '%' }, 'zh-CN')).toBe('不低于95%');
    expect(figureText({ value: 3000, approx: '接近', unit: '人' }, 'zh-CN')).toBe('接近3000人');
    expect(figureText({ value: 3000, approx: '将近', unit: '人' }, 'zh-CN')).toBe('将近3000人');
    expect(figureText({ value: 5, approx: '至少', unit: '项' }, 'zh-CN')).toBe('至少5项');
    expect(figureText({ value: 30, approx: '大约', unit: '%' }, 'zh-CN')).toBe('大约30%');
    expect(figureParts({ value: 60, approx: '及以上', unit: '岁' }, 'zh-CN')).toEqual({ prefix: '', prefixSize: 'unit', value: '60', suffix: '岁及以上' });
    expect(figureParts({ value: 35, approx: '及以下', unit: '岁' }, 'zh-CN')).toEqual({ prefix: '', prefixSize: 'unit', value: '35', suffix: '岁及以下' });
    expect(figureParts({ value: 5, approx: '上下', unit: '%' }, 'zh-CN')).toEqual({ prefix: '', prefixSize: 'unit', value: '5', suffix: '%上下' });
    // 万 stays with the unit, the word after both
    expect(figureText({ value: 200000, approx: '及以上', unit: '人次', format: 'wan' }, 'zh-CN')).toBe('20万人次及以上');
  });

  it('without approx: value then unit, nothing before', () => {
    expect(figureParts({ value: 116, unit: '节' }, 'zh-CN')).toEqual({ prefix: '', prefixSize: 'unit', value: '116', suffix: '节' });
    expect(figureParts({ value: 116 }, 'zh-CN')).toEqual({ prefix: '', prefixSize: 'unit', value: '116', suffix: '' });
  });

  it('English: 1,400+ and ~3,000 people', () => {
    expect(figureText({ value: 1400, approx: '+' }, 'en')).toBe('1,400+');
    expect(figureParts({ value: 3000, approx: '~', unit: 'people' }, 'en')).toEqual({ prefix: '~', prefixSize: 'value', value: '3,000', suffix: ' people' });
    expect(figureText({ value: 3000, approx: '~', unit: 'people' }, 'en')).toBe('~3,000 people');
    expect(figureText({ value: 1400, approx: '+', unit: 'people' }, 'en')).toBe('1,400+ people');
    expect(figureText({ value: 95, approx: '>', unit: '%' }, 'en')).toBe('>95%');
    expect(figureText({ value: 5, approx: '<', unit: '%' }, 'en')).toBe('<5%');
  });

  it('English puts a space before a word unit but not before a symbol', () => {
    expect(figureText({ value: 12, unit: 'schools' }, 'en')).toBe('12 schools');
    expect(figureText({ value: 12, unit: '%' }, 'en')).toBe('12%');
    expect(figureText({ value: 12, unit: '所' }, 'en')).toBe('12所');
    // Chinese never has the space, even for Latin units
    expect(figureText({ value: 12, unit: 'km' }, 'zh-CN')).toBe('12km');
  });

  it('the value part follows the format', () => {
    // 万 goes with the unit, at the unit's size
    expect(figureParts({ value: 12500, approx: '约', unit: '人', format: 'wan' }, 'zh-CN')).toEqual({ prefix: '约', prefixSize: 'mid', value: '1.25', suffix: '万人' });
    expect(figureText({ value: 12500, approx: '余', unit: '人', format: 'wan' }, 'zh-CN')).toBe('1.25万余人');
    expect(figureText({ value: 12500, unit: '人', format: 'grouped' }, 'zh-CN')).toBe('12,500人');
    expect(figureText({ value: 12500, format: 'plain' }, 'en')).toBe('12500');
  });
});

describe('every approximation word: its place and its size', () => {
  // word → [printed, prefix size]; the table lists every word of both languages
  const zh: Record<(typeof APPROX_ZH)[number], [string, 'value' | 'mid' | 'unit']> = {
    超过: ['超过300亿元', 'mid'],
    突破: ['突破300亿元', 'mid'],
    逾: ['逾300亿元', 'mid'],
    超: ['超300亿元', 'mid'],
    接近: ['接近300亿元', 'mid'],
    将近: ['将近300亿元', 'mid'],
    近: ['近300亿元', 'mid'],
    大约: ['大约300亿元', 'mid'],
    约: ['约300亿元', 'mid'],
    不少于: ['不少于300亿元', 'mid'],
    不低于: ['不低于300亿元', 'mid'],
    至少: ['至少300亿元', 'mid'],
    不到: ['不到300亿元', 'mid'],
    不足: ['不足300亿元', 'mid'],
    余: ['300余亿元', 'unit'],
    多: ['300多亿元', 'unit'],
    及以上: ['300亿元及以上', 'unit'],
    及以下: ['300亿元及以下', 'unit'],
    以上: ['300亿元以上', 'unit'],
    以下: ['300亿元以下', 'unit'],
    以内: ['300亿元以内', 'unit'],
    左右: ['300亿元左右', 'unit'],
    上下: ['300亿元上下', 'unit'],
  };
  const en: Record<(typeof APPROX_EN)[number], [string, 'value' | 'mid' | 'unit']> = {
    '+': ['1,400+%', 'unit'],
    '~': ['~1,400%', 'value'],
    '>': ['>1,400%', 'value'],
    '<': ['<1,400%', 'value'],
    over: ['over 1,400%', 'unit'],
    under: ['under 1,400%', 'unit'],
    about: ['about 1,400%', 'unit'],
  };
  it.each(Object.entries(zh))('zh-CN %s', (approx, [printed, size]) => {
    const f = { value: 300, approx: approx as never, unit: '亿元' };
    expect(figureText(f, 'zh-CN')).toBe(printed);
    const p = figureParts(f, 'zh-CN');
    expect(p.value).toBe('300');
    if (p.prefix) expect(p.prefixSize).toBe(size);
    // a word before the value is the whole prefix; after it, in the suffix
    expect(p.prefix === approx).toBe(printed.startsWith(approx));
  });
  it.each(Object.entries(en))('en %s', (approx, [printed, size]) => {
    const f = { value: 1400, approx: approx as never, unit: '%' };
    expect(figureText(f, 'en')).toBe(printed);
    const p = figureParts(f, 'en');
    expect(p.value).toBe('1,400');
    if (p.prefix) expect(p.prefixSize).toBe(size);
    expect(p.prefix.trim() === approx).toBe(printed.startsWith(approx));
  });
  it('the sizes: ~ > < at the value size, Chinese words between unit and value, English words at the unit size', () => {
    expect(prefixScale('value', 0.45)).toBe(1);
    expect(prefixScale('unit', 0.45)).toBe(0.45);
    expect(prefixScale('mid', 0.45)).toBeGreaterThan(0.45);
    expect(prefixScale('mid', 0.45)).toBeLessThan(1);
    expect(figureParts({ value: 95, approx: '>', unit: '%' }, 'en')).toEqual({ prefix: '>', prefixSize: 'value', value: '95', suffix: '%' });
    expect(figureParts({ value: 30, approx: 'about', unit: '%' }, 'en')).toEqual({ prefix: 'about ', prefixSize: 'unit', value: '30', suffix: '%' });
    expect(figureParts({ value: 300, approx: '超过', unit: '亿元' }, 'zh-CN')).toEqual({ prefix: '超过', prefixSize: 'mid', value: '300', suffix: '亿元' });
  });
});

describe('formatValue', () => {
  it('zh-CN prints plain digits, en groups by thousands', () => {
    expect(formatValue(1400, undefined, 'zh-CN')).toBe('1400');
    expect(formatValue(1400, undefined, 'en')).toBe('1,400');
    expect(formatValue(1234567, undefined, 'en')).toBe('1,234,567');
    expect(formatValue(999, undefined, 'en')).toBe('999');
  });

  it('plain never groups, grouped always groups', () => {
    expect(formatValue(1234567, 'plain', 'en')).toBe('1234567');
    expect(formatValue(1234567, 'grouped', 'zh-CN')).toBe('1,234,567');
  });

  it('grouping leaves the decimals and the sign alone', () => {
    expect(formatValue(1234567.891, 'grouped', 'en')).toBe('1,234,567.891');
    expect(formatValue(-1234, 'grouped', 'en')).toBe('-1,234');
    expect(formatValue(-123, 'grouped', 'en')).toBe('-123');
    expect(formatValue(1000.12345, 'grouped', 'en')).toBe('1,000.12345');
  });

  it('wan: 12500 → 1.25万', () => {
    expect(formatValue(12500, 'wan', 'zh-CN')).toBe('1.25万');
    expect(formatValue(10000, 'wan', 'zh-CN')).toBe('1万');
    expect(formatValue(12345, 'wan', 'zh-CN')).toBe('1.2345万');
    expect(formatValue(12345678, 'wan', 'zh-CN')).toBe('1234.5678万');
    expect(formatValue(-12500, 'wan', 'zh-CN')).toBe('-1.25万');
  });

  it('wan never rounds: every digit of the value stays', () => {
    expect(formatValue(12345.6, 'wan', 'zh-CN')).toBe('1.23456万');
    expect(formatValue(10001, 'wan', 'zh-CN')).toBe('1.0001万');
    expect(formatValue(33333, 'wan', 'zh-CN')).toBe('3.3333万');
  });

  it('wan below 10000 stays as it is', () => {
    expect(formatValue(9999, 'wan', 'zh-CN')).toBe('9999');
    expect(formatValue(500, 'wan', 'en')).toBe('500');
    expect(formatValue(-9999, 'wan', 'zh-CN')).toBe('-9999');
  });

  it('decimals are never rounded', () => {
    expect(formatValue(77.5, undefined, 'zh-CN')).toBe('77.5');
    expect(formatValue(3.14159, undefined, 'zh-CN')).toBe('3.14159');
    expect(formatValue(0.001, undefined, 'zh-CN')).toBe('0.001');
    expect(formatValue(99.99, undefined, 'en')).toBe('99.99');
    expect(formatValue(1400.5, undefined, 'en')).toBe('1,400.5');
    expect(formatValue(0.5, 'wan', 'zh-CN')).toBe('0.5');
  });

  it('prints the shortest decimal that is the number (what the YAML said), never rounding', () => {
    expect(formatValue(0.3, undefined, 'zh-CN')).toBe('0.3');
    expect(formatValue(3.3, undefined, 'zh-CN')).toBe('3.3');
    expect(formatValue(0.8, 'grouped', 'en')).toBe('0.8');
    // a computed value keeps every digit it has: nothing is rounded behind the author's back
    expect(formatValue(0.1 + 0.2, undefined, 'zh-CN')).toBe('0.30000000000000004');
    expect(formatValue(1e-7, undefined, 'zh-CN')).toBe('0.0000001');
  });

  it('divides by 10000 for wan exactly, digit by digit', () => {
    expect(formatValue(12345, 'wan', 'zh-CN')).toBe('1.2345万');
    expect(formatValue(1234567.891234, 'wan', 'zh-CN')).toBe('123.4567891234万');
    expect(formatValue(-25000, 'wan', 'zh-CN')).toBe('-2.5万');
    expect(formatValue(10000, 'wan', 'zh-CN')).toBe('1万');
  });

  it('integers print without a decimal point, and 0 and negative zero as 0', () => {
    expect(formatValue(0, undefined, 'zh-CN')).toBe('0');
    expect(formatValue(-0, undefined, 'en')).toBe('0');
    expect(formatValue(1400.0, undefined, 'zh-CN')).toBe('1400');
  });
});

describe('shareText', () => {
  it('shareText(1240, 1600) = 77.5%', () => {
    expect(shareText(1240, 1600)).toBe('77.5%');
  });

  it('shows at most one decimal and drops a trailing .0', () => {
    expect(shareText(1, 3)).toBe('33.3%');
    expect(shareText(2, 3)).toBe('66.7%');
    expect(shareText(1600, 1600)).toBe('100%');
    expect(shareText(1, 2)).toBe('50%');
    expect(shareText(0, 5)).toBe('0%');
    expect(shareText(1, 8)).toBe('12.5%');
  });
});
