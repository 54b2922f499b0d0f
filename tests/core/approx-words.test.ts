import { describe, expect, it } from 'vitest';
import { APPROX_AFTER_UNIT_ZH, APPROX_AFTER_VALUE_ZH, APPROX_BEFORE_VALUE_ZH, APPROX_ZH } from '../../src/slides/fields.js';

describe('the Chinese approximation words by position', () => {
  const lists = { APPROX_BEFORE_VALUE_ZH, APPROX_AFTER_VALUE_ZH, APPROX_AFTER_UNIT_ZH };

  it('APPROX_ZH is the three lists, each word once', () => {
    expect(APPROX_ZH).toEqual([...APPROX_BEFORE_VALUE_ZH, ...APPROX_AFTER_VALUE_ZH, ...APPROX_AFTER_UNIT_ZH]);
    expect(new Set(APPROX_ZH).size).toBe(APPROX_ZH.length);
  });

  it('holds the words reports write: 突破 接近 将近 不少于 不低于 至少 大约; 及以上 及以下 上下', () => {
    expect(APPROX_BEFORE_VALUE_ZH).toEqual(expect.arrayContaining(['超过', '逾', '超', '近', '约', '不到', '不足', '突破', '接近', '将近', '不少于', '不低于', '至少', '大约']));
    expect(APPROX_AFTER_VALUE_ZH).toEqual(['余', '多']);
    expect(APPROX_AFTER_UNIT_ZH).toEqual(expect.arrayContaining(['以上', '以下', '以内', '左右', '及以上', '及以下', '上下']));
  });

  // a reader that tries the words in order takes the whole word, reading from either end
  it.each(Object.entries(lists))('%s: a longer word comes before any word it starts or ends with', (_, list) => {
    const late = list.flatMap((w, i) => list.slice(0, i).filter((earlier) => w.startsWith(earlier) || w.endsWith(earlier)).map((earlier) => `${w} after ${earlier}`));
    expect(late).toEqual([]);
  });
});
