import { describe, it, expect } from 'vitest';
import { closest, editDistance } from '../../src/core/suggest.js';

describe('editDistance', () => {
  it('is 0 for equal strings and the length for an empty side', () => {
    expect(editDistance('title', 'title')).toBe(0);
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abcd', '')).toBe(4);
  });

  it('counts insertions, deletions and substitutions as 1 each', () => {
    expect(editDistance('title', 'titles')).toBe(1);
    expect(editDistance('titles', 'title')).toBe(1);
    expect(editDistance('title', 'tidle')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('counts a swap of neighbours as 1 (titel → title)', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('sldies', 'slides')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('subtitel', 'subtitle')).toBe(1);
  });

  it('is the optimal string alignment distance (a swapped pair is not edited again)', () => {
    // OSA gives 3 here; the unrestricted Damerau distance would be 2
    expect(editDistance('ca', 'abc')).toBe(3);
  });

  it('is symmetric', () => {
    const words = ['title', 'titel', 'organisation', 'organization', 'points', 'poitns', '', 'a', '中文', '中闻'];
    for (const a of words) for (const b of words) expect(editDistance(a, b)).toBe(editDistance(b, a));
  });

  it('works on CJK text', () => {
    expect(editDistance('以上', '以下')).toBe(1);
    expect(editDistance('余', '多')).toBe(1);
  });

  it('is case-sensitive itself (closest() lowers case)', () => {
    expect(editDistance('Title', 'title')).toBe(1);
  });
});

describe('closest', () => {
  const OUTLINE_KEYS = ['title', 'subtitle', 'organization', 'date', 'template', 'lang', 'source', 'agenda', 'footer', 'notes', 'sections', 'slides', 'closing'];

  it('suggests the key a typo was meant to be', () => {
    expect(closest('titel', OUTLINE_KEYS)).toBe('title');
    expect(closest('subtitel', OUTLINE_KEYS)).toBe('subtitle');
    expect(closest('organisation', OUTLINE_KEYS)).toBe('organization');
    expect(closest('sectoins', OUTLINE_KEYS)).toBe('sections');
    expect(closest('slide', OUTLINE_KEYS)).toBe('slides');
    expect(closest('point', ['points', 'numbers', 'number', 'quote'])).toBe('points');
  });

  it('ignores case and returns the candidate as spelt in the list', () => {
    expect(closest('TITLE', OUTLINE_KEYS)).toBe('title');
    expect(closest('Titel', OUTLINE_KEYS)).toBe('title');
    expect(closest('zh-cn', ['zh-CN', 'en'])).toBe('zh-CN');
    expect(closest('EN', ['zh-CN', 'en'])).toBe('en');
  });

  it('prefers an exact case-insensitive match over an earlier close one', () => {
    expect(closest('number', ['numbers', 'number'])).toBe('number');
    expect(closest('Numbers', ['number', 'numbers'])).toBe('numbers');
  });

  it('returns nothing for a word that is not close to any candidate', () => {
    expect(closest('xyzzy', OUTLINE_KEYS)).toBeUndefined();
    expect(closest('colour', OUTLINE_KEYS)).toBeUndefined();
    expect(closest('anything', [])).toBeUndefined();
  });

  it('allows 1 edit for inputs up to 5 characters', () => {
    expect(closest('tile', ['title'])).toBe('title'); // 4 chars, 1 edit
    expect(closest('tle', ['title'])).toBeUndefined(); // 3 chars, 2 edits
    expect(closest('dat', ['date'])).toBe('date');
    expect(closest('dt', ['date'])).toBeUndefined();
    expect(closest('titlex', ['title'])).toBe('title');
    expect(closest('tixlx', ['title'])).toBeUndefined(); // 5 chars, 2 edits
  });

  it('allows 2 edits from 6 characters and 3 from 9, never more', () => {
    expect(closest('sectio', ['sections'])).toBe('sections'); // 6 chars, 2 edits
    expect(closest('secti', ['sections'])).toBeUndefined(); // 5 chars, 3 edits
    expect(closest('organizat', ['organization'])).toBe('organization'); // 9 chars, 3 edits
    expect(closest('organiza', ['organization'])).toBeUndefined(); // 8 chars, 4 edits: limit 2
    // 4 edits are too many even for a long word
    expect(closest('xxxxnization', ['organization'])).toBeUndefined();
    expect(closest('xxxanization', ['organization'])).toBe('organization');
  });

  it('takes the first of equally close candidates', () => {
    expect(closest('tone', ['tune', 'tons'])).toBe('tune');
    expect(closest('tone', ['tons', 'tune'])).toBe('tons');
  });

  it('picks the closer of two candidates', () => {
    expect(closest('numbr', ['numbers', 'number'])).toBe('number');
    expect(closest('subtitl', ['title', 'subtitle'])).toBe('subtitle');
  });
});
