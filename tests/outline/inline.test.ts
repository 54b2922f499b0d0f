import { describe, it, expect } from 'vitest';
import { parseInline, plainText } from '../../src/layout/inline.js';

const E = (text: string) => ({ text, emphasis: true });
const P = (text: string) => ({ text, emphasis: false });

describe('parseInline', () => {
  it('text without markers is one plain span', () => {
    expect(parseInline('聚焦思想武装，筑牢信仰之基')).toEqual({ spans: [P('聚焦思想武装，筑牢信仰之基')] });
  });

  it('empty text has no spans', () => {
    expect(parseInline('')).toEqual({ spans: [] });
  });

  it('splits emphasis from the text around it', () => {
    expect(parseInline('选派党建指导员 **29人次**')).toEqual({ spans: [P('选派党建指导员 '), E('29人次')] });
    expect(parseInline('a **b** c')).toEqual({ spans: [P('a '), E('b'), P(' c')] });
    expect(parseInline('**开头**之后')).toEqual({ spans: [E('开头'), P('之后')] });
  });

  it('handles several emphasised parts', () => {
    expect(parseInline('x **a** y **b** z')).toEqual({ spans: [P('x '), E('a'), P(' y '), E('b'), P(' z')] });
  });

  it('merges adjacent emphasis (**a****b** is one emphasised span)', () => {
    expect(parseInline('**a****b**')).toEqual({ spans: [E('ab')] });
  });

  it('drops empty emphasis (****) without leaving an empty span', () => {
    expect(parseInline('****')).toEqual({ spans: [] });
    expect(parseInline('a****b')).toEqual({ spans: [P('ab')] });
  });

  it('single asterisks are not markup', () => {
    expect(parseInline('5 * 3 = 15, *not* emphasis')).toEqual({ spans: [P('5 * 3 = 15, *not* emphasis')] });
  });

  it('a third asterisk stays as text', () => {
    expect(parseInline('***a***')).toEqual({ spans: [E('*a'), P('*')] });
  });

  it('keeps an unclosed marker literally and gives its offset', () => {
    expect(parseInline('a **b')).toEqual({ spans: [P('a **b')], unclosedAt: 2 });
    expect(parseInline('**')).toEqual({ spans: [P('**')], unclosedAt: 0 });
    const r = parseInline('完成 **29人次**，**超额');
    expect(r.spans).toEqual([P('完成 '), E('29人次'), P('，**超额')]);
    expect(r.unclosedAt).toBe(12);
    expect('完成 **29人次**，**超额'.slice(r.unclosedAt!, r.unclosedAt! + 2)).toBe('**');
  });

  it('the unclosed one is the last marker', () => {
    const text = '**a** **b';
    const r = parseInline(text);
    expect(r.unclosedAt).toBe(6);
    expect(r.spans).toEqual([E('a'), P(' **b')]);
  });

  it('has no unclosedAt key when every marker is closed', () => {
    expect('unclosedAt' in parseInline('**a**')).toBe(false);
    expect('unclosedAt' in parseInline('plain')).toBe(false);
  });

  it('spans never are empty and never alternate to the same emphasis twice in a row', () => {
    for (const text of ['**a****b**c', 'a**b**c**d**', '****x****', '**a** **b** ** **', '*****']) {
      const { spans } = parseInline(text);
      for (const s of spans) expect(s.text.length).toBeGreaterThan(0);
      for (let i = 1; i < spans.length; i++) expect(spans[i]!.emphasis).not.toBe(spans[i - 1]!.emphasis);
    }
  });
});

describe('plainText', () => {
  it('removes closed markers only', () => {
    expect(plainText('a **b** c')).toBe('a b c');
    expect(plainText('a **b** **c')).toBe('a b **c');
    expect(plainText('no markup')).toBe('no markup');
    expect(plainText('')).toBe('');
  });

  it('is the concatenation of the spans', () => {
    for (const text of ['x **a** y **b** z', '**a****b**', 'a **b', '***a***']) {
      expect(plainText(text)).toBe(parseInline(text).spans.map((s) => s.text).join(''));
    }
  });
});
