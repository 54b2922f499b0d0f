import { describe, it, expect } from 'vitest';
import { SourceText, displayWidth } from '../../src/core/source.js';

/** Splits a frame into its lines and returns the caret line's column (0-based index of `^`). */
function caretIndex(frame: string): number {
  const lines = frame.split('\n');
  const last = lines[lines.length - 1]!;
  expect(last.trimEnd().endsWith('^')).toBe(true);
  return last.indexOf('^');
}

/** The index (in terminal columns) where the displayed source of the `>` line reaches `needle`. */
function displayIndexOf(frame: string, needle: string): number {
  const marked = frame.split('\n').find((l) => l.startsWith('>'))!;
  const at = marked.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  return displayWidth(marked.slice(0, at));
}

describe('SourceText.position', () => {
  it('gives 1-based line and column for LF text', () => {
    const s = new SourceText('a.yaml', 'ab\ncd\n');
    expect(s.position(0)).toEqual({ file: 'a.yaml', line: 1, column: 1 });
    expect(s.position(1)).toMatchObject({ line: 1, column: 2 });
    expect(s.position(2)).toMatchObject({ line: 1, column: 3 }); // the \n itself ends line 1
    expect(s.position(3)).toMatchObject({ line: 2, column: 1 });
    expect(s.position(4)).toMatchObject({ line: 2, column: 2 });
  });

  it('treats CRLF as one line end', () => {
    const s = new SourceText('f', 'ab\r\ncd\r\nef');
    expect(s.lineCount).toBe(3);
    expect(s.position(2)).toMatchObject({ line: 1, column: 3 }); // \r
    expect(s.position(3)).toMatchObject({ line: 1, column: 4 }); // \n
    expect(s.position(4)).toMatchObject({ line: 2, column: 1 });
    expect(s.position(8)).toMatchObject({ line: 3, column: 1 });
    expect(s.position(9)).toMatchObject({ line: 3, column: 2 });
  });

  it('treats a lone CR (old Mac) as a line end', () => {
    const s = new SourceText('f', 'ab\rcd\ref');
    expect(s.lineCount).toBe(3);
    expect(s.position(3)).toMatchObject({ line: 2, column: 1 });
    expect(s.position(4)).toMatchObject({ line: 2, column: 2 });
    expect(s.position(6)).toMatchObject({ line: 3, column: 1 });
  });

  it('handles mixed LF, CRLF and CR in one text', () => {
    const s = new SourceText('f', 'ab\r\ncd\ref\ngh');
    expect(s.lineCount).toBe(4);
    expect(s.position(4)).toMatchObject({ line: 2, column: 1 });
    expect(s.position(7)).toMatchObject({ line: 3, column: 1 });
    expect(s.position(10)).toMatchObject({ line: 4, column: 1 });
    expect(s.position(11)).toMatchObject({ line: 4, column: 2 });
  });

  it('puts the offset at the very end on the last line (after a final newline: an empty last line)', () => {
    const withNl = new SourceText('f', 'ab\ncd\n');
    expect(withNl.lineCount).toBe(3);
    expect(withNl.position(6)).toMatchObject({ line: 3, column: 1 });
    const without = new SourceText('f', 'ab\ncd');
    expect(without.lineCount).toBe(2);
    expect(without.position(5)).toMatchObject({ line: 2, column: 3 });
  });

  it('clamps offsets outside the text', () => {
    const s = new SourceText('f', 'ab\ncd');
    expect(s.position(-5)).toMatchObject({ line: 1, column: 1 });
    expect(s.position(1000)).toMatchObject({ line: 2, column: 3 });
  });

  it('works on empty text', () => {
    const s = new SourceText('f', '');
    expect(s.lineCount).toBe(1);
    expect(s.position(0)).toEqual({ file: 'f', line: 1, column: 1 });
  });

  it('counts columns in UTF-16 units (as editors do), CJK one each', () => {
    const s = new SourceText('f', '标题: 中文\nx: 𠀀y');
    expect(s.position(4)).toMatchObject({ line: 1, column: 5 }); // 中
    // 𠀀 is a surrogate pair: y is two units later
    expect(s.position(10)).toMatchObject({ line: 2, column: 4 });
    expect(s.position(12)).toMatchObject({ line: 2, column: 6 });
  });

  it('adds the path only when given', () => {
    const s = new SourceText('f', 'a: 1');
    expect(s.position(0, 'sections[0].title')).toEqual({ file: 'f', line: 1, column: 1, path: 'sections[0].title' });
    expect('path' in s.position(0)).toBe(false);
  });

  it('lineText strips every kind of line end and is empty beyond the text', () => {
    const s = new SourceText('f', 'ab\r\ncd\ref\n');
    expect([s.lineText(1), s.lineText(2), s.lineText(3), s.lineText(4)]).toEqual(['ab', 'cd', 'ef', '']);
    expect(s.lineText(0)).toBe('');
    expect(s.lineText(99)).toBe('');
  });

  it('is consistent with lineText on random-ish offsets', () => {
    const text = 'title: 中文\r\n  - a\rb: "x"\n\nlast';
    const s = new SourceText('f', text);
    for (let o = 0; o <= text.length; o++) {
      const p = s.position(o);
      const line = s.lineText(p.line);
      // the column never runs more than the line end (+1 for the line-end characters themselves)
      expect(p.column).toBeGreaterThanOrEqual(1);
      expect(p.column).toBeLessThanOrEqual(line.length + 2); // + the CR and the LF of a CRLF
      if (p.column <= line.length) expect(line[p.column - 1]).toBe(text[o]);
    }
  });
});

describe('SourceText.frame', () => {
  it('shows the line before and the line itself, marks the line, and puts a caret under the column', () => {
    const s = new SourceText('f', 'title: T\nsubtitle: S\nfooter: F\n');
    const frame = s.frame(2, 11);
    const lines = frame.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('  1 | title: T');
    expect(lines[1]).toBe('> 2 | subtitle: S');
    expect(lines[2]).toBe('    |           ^');
    expect(caretIndex(frame)).toBe(lines[1]!.indexOf('S'));
    expect(frame).not.toContain('footer');
  });

  it('shows only the line itself on line 1', () => {
    const s = new SourceText('f', 'title: T\nx: 1\n');
    const lines = s.frame(1, 1).split('\n');
    expect(lines).toEqual(['> 1 | title: T', '    | ^']);
  });

  it('right-aligns line numbers when they change width (9 → 10)', () => {
    const s = new SourceText('f', Array.from({ length: 12 }, (_, i) => `l${i + 1}`).join('\n'));
    const lines = s.frame(10, 2).split('\n');
    expect(lines).toEqual(['   9 | l9', '> 10 | l10', '     |  ^']);
  });

  it('places the caret under CJK text counting wide characters as two columns', () => {
    const s = new SourceText('f', 'title: 中文\nvalue: 一千四百\n');
    // column 11 (UTF-16) is 百
    const frame = s.frame(2, 11);
    expect(caretIndex(frame)).toBe(displayIndexOf(frame, '百'));
    // and column 8 is 一, right after "value: "
    const f2 = s.frame(2, 8);
    expect(caretIndex(f2)).toBe(displayIndexOf(f2, '一'));
    expect(caretIndex(frame) - caretIndex(f2)).toBe(6); // 一千四 = 3 wide characters
  });

  it('counts fullwidth punctuation as wide', () => {
    const s = new SourceText('f', 'a: 你好，世界！x');
    const frame = s.frame(1, 10); // x
    expect(caretIndex(frame)).toBe(displayIndexOf(frame, 'x'));
  });

  it('shows control characters escaped and keeps the caret aligned after them', () => {
    const s = new SourceText('f', 'a: x\u0001y\u001fz\u007fw\n');
    const frame = s.frame(1, 10); // w
    const marked = frame.split('\n')[0]!;
    expect(marked).toContain('x\\x01y\\x1fz\\x7fw');
    expect(marked).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    expect(caretIndex(frame)).toBe(marked.indexOf('w'));
    // a caret on the control character itself sits under the start of its escape
    expect(caretIndex(s.frame(1, 9))).toBe(marked.indexOf('\\x7f'));
  });

  it('shows tabs as spaces and keeps the caret aligned after them', () => {
    const s = new SourceText('f', 'a:\tb\tc');
    const frame = s.frame(1, 6); // c
    const marked = frame.split('\n')[0]!;
    expect(marked).not.toContain('\t');
    expect(caretIndex(frame)).toBe(marked.indexOf('c'));
  });

  it('does not print line-end characters of CRLF or CR files', () => {
    const s = new SourceText('f', 'a: 1\r\nb: 2\rc: 3');
    const frame = s.frame(3, 4);
    expect(frame).not.toMatch(/\r/);
    expect(frame.split('\n')).toEqual(['  2 | b: 2', '> 3 | c: 3', '    |    ^']);
  });
});

describe('displayWidth', () => {
  it('counts ASCII as 1 and CJK, kana, hangul, fullwidth forms as 2', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('中文')).toBe(4);
    expect(displayWidth('かな')).toBe(4);
    expect(displayWidth('한국')).toBe(4);
    expect(displayWidth('，！')).toBe(4);
    expect(displayWidth('𠀀')).toBe(2); // CJK extension B, a surrogate pair
    expect(displayWidth('')).toBe(0);
  });
});
