import { describe, expect, it } from 'vitest';
import { joinPdfLines, type PdfLine } from '../../src/report/pdf-lines.js';

const line = (text: string, x: number, y: number, end: number, page = 1): PdfLine => ({ text, x, y, end, page, size: 10 });

describe('PDF lines joined into paragraphs', () => {
  it('a full line runs on (onto the next page too); a short line, an indent or a gap ends a paragraph', () => {
    const lines = [
      line('标题', 70, 800, 90),
      line('第一段第一行写满了', 70, 770, 500),
      line('第一段第二行。', 50, 755, 200),
      line('第二段写满了', 70, 740, 500),
      line('翻页后接着写。', 50, 800, 180, 2),
      line('Word wrapped across', 50, 700, 500, 2),
      line('lines.', 50, 685, 100, 2),
      line('隔了一段空白', 50, 600, 150, 2),
    ];
    expect(joinPdfLines(lines).split('\n')).toEqual(['标题', '第一段第一行写满了第一段第二行。', '第二段写满了翻页后接着写。', 'Word wrapped across lines.', '隔了一段空白']);
  });

  it('no lines, no text', () => {
    expect(joinPdfLines([line('  ', 50, 800, 60)])).toBe('');
  });
});
