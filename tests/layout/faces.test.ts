import { describe, expect, it } from 'vitest';
import type { Deck, Run } from '../../src/deck/model.js';
import { markEastAsianFaces } from '../../src/layout/faces.js';

const run = (text: string): Run => ({ text, size: 20, bold: false, color: { hex: '000000' }, font: { ea: 'Microsoft YaHei', latin: 'Arial' } });
const deckWith = (lang: 'zh-CN' | 'en', runs: Run[]): Deck =>
  ({
    lang,
    slides: [{ boxes: [{ kind: 'text', paragraphs: [{ lines: [{ runs }] }] }] }],
    layouts: [],
    master: { placeholders: [] },
  }) as unknown as Deck;

describe('markEastAsianFaces', () => {
  it('records, in a Chinese deck, the quotes and symbols drawn with the East Asian face, not letters', () => {
    const runs = [run('坚持“三同三联”·第1步'), run('pinyin ā, Ελλάδα, plain'), run('→ 100%…')];
    markEastAsianFaces(deckWith('zh-CN', runs));
    expect(runs[0]!.eastAsian).toEqual([[2, 3], [7, 9]]);
    expect(runs[1]!.eastAsian).toBeUndefined();
    expect(runs[2]!.eastAsian).toEqual([[0, 1], [6, 7]]);
  });

  it('leaves English decks to the Latin face', () => {
    const runs = [run('“quoted” · text')];
    markEastAsianFaces(deckWith('en', runs));
    expect(runs[0]!.eastAsian).toBeUndefined();
  });
});
