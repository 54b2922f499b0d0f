// Which slides a rebuild changed: signatures without slide numbers, matched in order.
import { describe, expect, it } from 'vitest';
import type { Deck, DeckSlide } from '../../src/deck/model.js';
import { describeChanges, diffDecks, slideSignatures } from '../../src/watch/diff.js';

function slide(number: number, title: string, text = title): DeckSlide {
  return {
    number,
    kind: 'points',
    role: 'content',
    title,
    layout: 'content',
    background: { color: { hex: 'FFFFFF' } },
    notes: '',
    boxes: [{ kind: 'shape', name: `s ${text}`, shape: 'rect', x: 0, y: 0, w: 10, h: 10 } as DeckSlide['boxes'][number]],
  };
}

function deck(titles: string[], footer = 'x'): Deck {
  return {
    title: 't',
    lang: 'zh-CN',
    width: 12192000,
    height: 6858000,
    theme: {} as Deck['theme'],
    master: {} as Deck['master'],
    layouts: [{ name: 'content', type: 'obj', background: { color: { hex: 'FFFFFF' } }, placeholders: [], boxes: [{ kind: 'shape', name: footer, shape: 'rect', x: 0, y: 0, w: 1, h: 1 } as Deck['layouts'][number]['boxes'][number]] }],
    slides: titles.map((t, i) => slide(i + 1, t)),
  } as unknown as Deck;
}

describe('diffDecks', () => {
  it('the first build has nothing to compare with', () => {
    expect(describeChanges(diffDecks(undefined, deck(['a'])))).toBe('first build');
  });

  it('no change', () => {
    const c = diffDecks(deck(['a', 'b']), deck(['a', 'b']));
    expect(describeChanges(c)).toBe('no change');
  });

  it('one slide changed, by number and title', () => {
    const c = diffDecks(deck(['a', 'b', 'c']), deck(['a', 'B', 'c']));
    expect(c.changed).toEqual([{ number: 2, title: 'B' }]);
    expect(describeChanges(c)).toBe('changed: 2 B');
  });

  it('an inserted slide is new; the slides after it only moved', () => {
    const c = diffDecks(deck(['a', 'b', 'c']), deck(['a', 'new', 'b', 'c']));
    expect(c.changed).toEqual([]);
    expect(c.added).toEqual([{ number: 2, title: 'new' }]);
    expect(c.moved).toBe(2);
    expect(describeChanges(c)).toBe('1 new: 2 new');
  });

  it('a removed slide is counted with its old number', () => {
    const c = diffDecks(deck(['a', 'b', 'c']), deck(['a', 'c']));
    expect(c.removed).toEqual([{ number: 2, title: 'b' }]);
    expect(describeChanges(c)).toBe('1 removed: 2 b');
  });

  it('changed and added at once; long lists are cut', () => {
    const c = diffDecks(deck(['a', 'b']), deck(['A', 'B', 'C', 'D', 'E', 'F', 'G']));
    expect(c.changed.map((r) => r.number)).toEqual([1, 2]);
    expect(c.added.map((r) => r.number)).toEqual([3, 4, 5, 6, 7]);
    expect(describeChanges(c)).toBe('changed: 1 A, 2 B; 5 new: 3 C, 4 D, 5 E, 6 F, +1 more');
  });

  it('a change of the shared layout (the footer) changes every slide on it', () => {
    const c = diffDecks(deck(['a', 'b']), deck(['a', 'b'], 'y'));
    expect(c.changed.map((r) => r.number)).toEqual([1, 2]);
  });

  it('signatures ignore the slide number', () => {
    const a = deck(['a', 'b']);
    const b = deck(['x', 'a', 'b']);
    expect(slideSignatures(b).slice(1)).toEqual(slideSignatures(a));
  });
});
