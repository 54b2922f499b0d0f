/**
 * Which slides a rebuild changed. Every slide has a signature: a digest of what is drawn on
 * it (its layout's boxes, its own boxes, background and notes) without its number or its
 * outline positions, so a slide that only moved (a slide was inserted before it, a line was
 * added above it in the outline) is not reported as changed. The
 * two decks' signature sequences are matched by their longest common subsequence; what is
 * left between two matched slides is paired as changed, and the rest is new or removed.
 */
import { createHash } from 'node:crypto';
import { WATCH } from '../core/catalogue/cli.js';
import { say, type MessageLang } from '../core/catalogue/define.js';
import type { Deck, DeckSlide } from '../deck/model.js';

export interface SlideRef {
  /** 1-based number in its deck. */
  number: number;
  title: string;
}

export interface DeckChanges {
  /** No deck to compare with: the first build. */
  first: boolean;
  /** Slides of the new deck whose content differs from the slide they replace. */
  changed: SlideRef[];
  /** Slides of the new deck that replace nothing. */
  added: SlideRef[];
  /** Slides of the old deck that are gone (their old numbers). */
  removed: SlideRef[];
  /** Unchanged slides that now have another number. */
  moved: number;
}

/** Outline positions are not drawn: a line added above a slide does not change it. */
const drawn = (key: string, value: unknown) => (key === 'source' ? undefined : value);

/** One digest per slide, in order. */
export function slideSignatures(deck: Deck): string[] {
  const layoutSig = new Map<string, string>();
  for (const l of deck.layouts) layoutSig.set(l.name, JSON.stringify(l.boxes, drawn));
  return deck.slides.map((s) => signature(s, s.layout ? (layoutSig.get(s.layout) ?? '') : ''));
}

function signature(s: DeckSlide, layout: string): string {
  const h = createHash('sha1');
  h.update(layout);
  h.update('\u0000');
  h.update(JSON.stringify([s.kind, s.role, s.background, s.boxes, s.notes], drawn));
  return h.digest('base64');
}

/** Index pairs [old, new] of a longest common subsequence of a and b. */
function lcs(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  // suffix lengths: t[i][j] = LCS of a[i..] and b[j..]
  const t: Uint32Array[] = [];
  for (let i = 0; i <= n; i++) t.push(new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      t[i]![j] = a[i] === b[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (t[i + 1]![j]! >= t[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

const ref = (s: DeckSlide): SlideRef => ({ number: s.number, title: s.title });

/** What changed from `prev` to `next`; signatures can be passed when already computed. */
export function diffDecks(prev: Deck | undefined, next: Deck, prevSigs?: readonly string[], nextSigs?: readonly string[]): DeckChanges {
  if (!prev) return { first: true, changed: [], added: [], removed: [], moved: 0 };
  const a = prevSigs ?? slideSignatures(prev);
  const b = nextSigs ?? slideSignatures(next);
  const out: DeckChanges = { first: false, changed: [], added: [], removed: [], moved: 0 };
  const anchors = [...lcs(a, b), [a.length, b.length] as [number, number]];
  let i = 0;
  let j = 0;
  for (const [ai, bj] of anchors) {
    // the gap before this anchor: old slides i..ai-1 became new slides j..bj-1
    const olds = prev.slides.slice(i, ai);
    const news = next.slides.slice(j, bj);
    const paired = Math.min(olds.length, news.length);
    for (let k = 0; k < news.length; k++) (k < paired ? out.changed : out.added).push(ref(news[k]!));
    for (let k = paired; k < olds.length; k++) out.removed.push(ref(olds[k]!));
    if (ai < a.length && ai !== bj) out.moved++;
    i = ai + 1;
    j = bj + 1;
  }
  return out;
}

export function hasChanges(c: DeckChanges): boolean {
  return c.changed.length + c.added.length + c.removed.length > 0;
}

function short(title: string, max = 24): string {
  const chars = [...title.replace(/\s+/g, ' ').trim()];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}

function list(refs: readonly SlideRef[], max: number, lang: MessageLang): string {
  const shown = refs.slice(0, max).map((r) => `${r.number} ${short(r.title) || say(WATCH.untitled, {}, lang)}`);
  if (refs.length > max) shown.push(say(WATCH.more, { n: refs.length - max }, lang));
  return shown.join(say(WATCH.listSep, {}, lang));
}

/**
 * `changed: 8 基层组织更强 党史学习更实` · `no change` · `first build` ·
 * `1 new: 24 新的一页; 1 removed: 9 为群众办实事…` (in Chinese: `有改动：8 …`, `没有变化`, …)
 */
export function describeChanges(c: DeckChanges, max = 4, lang: MessageLang = 'en'): string {
  if (c.first) return say(WATCH.firstBuild, {}, lang);
  if (!hasChanges(c)) return say(WATCH.noChange, {}, lang);
  const parts: string[] = [];
  if (c.changed.length) parts.push(say(WATCH.changed, { list: list(c.changed, max, lang) }, lang));
  if (c.added.length) parts.push(say(WATCH.added, { n: c.added.length, list: list(c.added, max, lang) }, lang));
  if (c.removed.length) parts.push(say(WATCH.removed, { n: c.removed.length, list: list(c.removed, max, lang) }, lang));
  return parts.join(say(WATCH.partSep, {}, lang));
}
