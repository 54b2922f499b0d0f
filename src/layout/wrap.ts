/**
 * Line breaking for Chinese, English and mixed text (deck-style.md, "Chinese line breaking"):
 * breaks between CJK characters and at spaces; no line starts with closing punctuation or %,
 * none ends with opening punctuation; a figure stays with its unit and approximation word;
 * Latin words split only when one is wider than the whole line; no orphan on the last line;
 * optional balancing of short multi-line texts such as titles.
 *
 * Two widths are kept for every character. The safe width (`width`) is the widest any viewer
 * may draw it: characters whose face depends on the viewer at the wider face, and the gap
 * LibreOffice puts between Chinese and Latin around every one of them; display text, whose
 * breaks are written, is measured with it. The reference width (`ref`) is what LibreOffice,
 * the viewer the render tests hold the deck against, draws (measure.ts, "The reference
 * viewer"); running text, which the viewer wraps itself, is broken where that viewer breaks it.
 */
import { APPROX_AFTER_UNIT_ZH, APPROX_AFTER_VALUE_ZH, APPROX_BEFORE_VALUE_ZH } from '../core/approx-words.js';
import { charWidth, faceWidth, isEastAsian, isWeak, type FaceFamily } from './measure.js';

export interface StyledSpan {
  text: string;
  bold: boolean;
  /** Index of the source span, so callers can restore colours and emphasis per line. */
  tag: number;
}

export interface WrapOptions {
  latin: FaceFamily;
  /** Width lines are measured to fit, in em of the text's size (the safety margin taken off). */
  maxWidth: number;
  /** Width the text really has (no margin taken off), in em: the widest a viewer may be given. */
  limit?: number;
  /** Make the lines of a multi-line text as even as possible (titles, labels). */
  balance?: boolean;
  /** 'viewer' for running text (default), 'words' for display text: see wrapParagraph. */
  mode?: 'viewer' | 'words';
}

export interface WrappedLine {
  spans: StyledSpan[];
  /** Measured width in em, trailing spaces excluded. */
  width: number;
  /** The spaces dropped at the end of the line. */
  trail: string;
  /** The author broke the line here. */
  hard?: boolean;
}

export interface Wrapped {
  lines: WrappedLine[];
  /** Running text: the width (em) to let the viewer wrap in, so it breaks where these lines do. */
  wrapWidth: number;
}

/**
 * Extra width LibreOffice inserts between East Asian and Latin/digit characters
 * ("autospace"); PowerPoint does not. Counting it keeps text inside its box everywhere.
 */
export const SCRIPT_GAP_EM = 0.25; // measured: 0.236 em at 40 pt in LibreOffice 7.4

const CLOSE = new Set([...'，。、；：？！）」』》】〕〉｝］％%‰’”,.;:?!)]}…·•・']);
const OPEN = new Set([...'（「『《【〔〈｛［“‘([{']);
const SPACE = new Set([' ', '\u3000', '\u00a0']);
const NO_SPLIT_PAIRS = new Set(['——', '……', '──']);
/**
 * Inside Latin text, viewers break after these (a hyphenated word, a URL's query). Not after a
 * slash: LibreOffice keeps a URL that follows a space whole, moving it to a line of its own and
 * breaking it at the edge only when it is wider than the line.
 */
const BREAK_AFTER = new Set([...'-?!']);
const UNITS_2 = ['人次', '场次', '万元', '亿元', '千元', '万人次', '万人', '小时', '课时', '学时', '公里', '平方米', '个百分点', '百分点'];
const BEFORE = APPROX_BEFORE_VALUE_ZH.join('|');
const AFTER_VALUE = APPROX_AFTER_VALUE_ZH.join('|');
const AFTER_UNIT = APPROX_AFTER_UNIT_ZH.join('|');
/** A figure with its approximation words and unit: 约3000人, 突破20万人次, 1400余篇, 95%以上, 60岁及以上, 29人次, 1,400+, about 30%. */
const FIGURE_RE = new RegExp(
  `(?:(?:${BEFORE}|[~><])\\s?|\\b(?:over|under|about)\\s)?\\d[\\d,.]*(?:[%％‰+])?(?:${AFTER_VALUE})?(?:${AFTER_UNIT}|(?:${UNITS_2.join('|')}|[\\u4e00-\\u9fff])(?:${AFTER_UNIT})?)?`,
  'gu',
);

/** Which of a character's widths a measurement uses. */
type Metric = 'safe' | 'ref';

interface Char {
  ch: string;
  cp: number;
  span: number;
  bold: boolean;
  /** Drawn East Asian for the safe measure (gaps around everything else). */
  ea: boolean;
  /** Drawn East Asian by the reference viewer (punctuation takes the script before it). */
  refEa: boolean;
  space: boolean;
  width: number;
  ref: number;
}

interface Atom {
  /** A piece of a word wider than the line, after the first: joined to the one before (no break opportunity of its own). */
  piece?: 'first' | 'rest';
  chars: Char[];
  /** Safe width of the atom's own characters and inner gaps. */
  width: number;
  /** Reference width, likewise. */
  ref: number;
  /** Changes of script inside the atom, as the reference viewer sees them. */
  refGaps: number;
  space: boolean;
}

function isCountable(c: Char): boolean {
  return !c.space && !CLOSE.has(c.ch) && !OPEN.has(c.ch);
}

function gapBetween(a: Char | undefined, b: Char | undefined, m: Metric): number {
  if (!a || !b || a.space || b.space) return 0;
  return (m === 'safe' ? a.ea !== b.ea : a.refEa !== b.refEa) ? SCRIPT_GAP_EM : 0;
}

function widthOfChar(c: Char, m: Metric): number {
  return m === 'safe' ? c.width : c.ref;
}

function atomWidth(a: Atom, m: Metric): number {
  return m === 'safe' ? a.width : a.ref;
}

function toChars(spans: readonly StyledSpan[], latin: FaceFamily): Char[] {
  const out: Char[] = [];
  for (const s of spans) {
    for (const ch of s.text) {
      const cp = ch.codePointAt(0)!;
      const space = SPACE.has(ch);
      const ea = isEastAsian(cp);
      out.push({ ch, cp, span: s.tag, bold: s.bold, ea, refEa: ea, space, width: charWidth(cp, { latin, bold: s.bold }), ref: 0 });
    }
  }
  // the reference viewer's scripts: weak punctuation takes the script before it (after it, at the start)
  let prev: boolean | undefined;
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    if (isWeak(c.cp) || c.space) {
      if (prev === undefined) {
        const next = out.slice(i + 1).find((d) => !isWeak(d.cp) && !d.space);
        c.refEa = next ? next.refEa : true;
      } else c.refEa = prev;
    }
    prev = c.refEa;
    c.ref = c.space ? c.width : faceWidth(c.cp, { latin, bold: c.bold }, c.refEa);
  }
  return out;
}

/** May a line break fall between chars[i-1] and chars[i]? */
function breakBefore(chars: Char[], i: number, glued: Uint8Array): boolean {
  const a = chars[i - 1]!;
  const b = chars[i]!;
  if (glued[i]) return false;
  if (b.space) return false; // spaces hang at the end of the line
  if (a.space) return true;
  if (CLOSE.has(b.ch)) return false;
  if (OPEN.has(a.ch)) return false;
  if (NO_SPLIT_PAIRS.has(a.ch + b.ch)) return false;
  if (a.ea || b.ea) return true;
  // an ASCII opening bracket stays with the letter or digit before it ("f(x)"), as line breakers do
  if (OPEN.has(b.ch)) return !/[\p{L}\p{N}]/u.test(a.ch);
  // inside Latin text: after a slash, hyphen (not before a digit), ? or !, as viewers do
  return BREAK_AFTER.has(a.ch) && !(a.ch === '-' && /\d/.test(b.ch));
}

function makeAtom(chars: Char[]): Atom {
  let width = 0;
  let ref = 0;
  let refGaps = 0;
  for (let k = 0; k < chars.length; k++) {
    const c = chars[k]!;
    width += c.width + gapBetween(chars[k - 1], c, 'safe');
    const g = gapBetween(chars[k - 1], c, 'ref');
    ref += c.ref + g;
    if (g > 0) refGaps++;
  }
  return { chars, width, ref, refGaps, space: chars.every((c) => c.space) };
}

function toAtoms(chars: Char[]): Atom[] {
  const text = chars.map((c) => c.ch).join('');
  // code-unit offsets → char indexes
  const indexAt: number[] = [];
  chars.forEach((c, i) => {
    for (let k = 0; k < c.ch.length; k++) indexAt.push(i);
  });
  const glued = new Uint8Array(chars.length + 1);
  for (const m of text.matchAll(FIGURE_RE)) {
    const first = indexAt[m.index]!;
    const last = indexAt[m.index + m[0].length - 1]!;
    for (let i = first + 1; i <= last; i++) glued[i] = 1;
  }
  const atoms: Atom[] = [];
  let cur: Char[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (i > 0 && (chars[i - 1]!.space !== c.space || breakBefore(chars, i, glued)) && cur.length) {
      atoms.push(makeAtom(cur));
      cur = [];
    }
    cur.push(c);
  }
  if (cur.length) atoms.push(makeAtom(cur));
  return atoms;
}

/** Width of atoms laid side by side, without trailing spaces. */
function lineWidth(atoms: Atom[], m: Metric): number {
  let end = atoms.length;
  while (end > 0 && atoms[end - 1]!.space) end--;
  let w = 0;
  for (let k = 0; k < end; k++) {
    const a = atoms[k]!;
    w += atomWidth(a, m);
    if (k > 0) w += gapBetween(atoms[k - 1]!.chars.at(-1), a.chars[0], m);
  }
  return w;
}

/**
 * Splits atoms that are wider than the line on their own. With the safe widths (display text),
 * character by character. With the reference widths (running text), where a viewer would:
 * between Chinese characters and at a change of script inside a glued figure (kinsoku kept),
 * and a Latin word or URL, which the viewer moves to a line of its own first, at the edge.
 */
function splitOversized(atoms: Atom[], maxWidth: number, m: Metric): Atom[] {
  const out: Atom[] = [];
  for (const a of atoms) {
    if (a.space || atomWidth(a, m) <= maxWidth || a.chars.length < 2) out.push(a);
    else if (m === 'ref' && a.chars.some((c) => c.ea)) {
      // pack the viewer's units into pieces as wide as the line; a unit wider than the line is cut
      let cur: Char[] = [];
      for (const unit of viewerUnitsOf(a.chars)) {
        if (cur.length && makeAtom([...cur, ...unit]).ref > maxWidth) {
          out.push(...cutAtEdge(cur, maxWidth, m, false));
          cur = [];
        }
        cur.push(...unit);
      }
      out.push(...cutAtEdge(cur, maxWidth, m, false));
    } else out.push(...cutAtEdge(a.chars, maxWidth, m, m === 'ref'));
  }
  return out;
}

/** Characters cut into pieces as wide as the line (pieces of one word marked, when `mark`). */
function cutAtEdge(chars: Char[], maxWidth: number, m: Metric, mark: boolean): Atom[] {
  const out: Atom[] = [];
  let cur: Char[] = [];
  let w = 0;
  const push = () => {
    const atom = makeAtom(cur);
    if (mark) atom.piece = out.length === 0 ? 'first' : 'rest';
    out.push(atom);
  };
  for (const c of chars) {
    const add = widthOfChar(c, m) + gapBetween(cur.at(-1), c, m);
    if (cur.length && w + add > maxWidth) {
      push();
      cur = [];
      w = 0;
    }
    w += cur.length ? add : widthOfChar(c, m);
    cur.push(c);
  }
  if (cur.length) push();
  // one piece: the word was not cut after all
  if (out.length === 1) delete out[0]!.piece;
  return out;
}

/** Where a viewer may break inside a glued atom: between Chinese characters, at a change of script, after a hyphen; never before closing or after opening punctuation. */
function viewerUnitsOf(chars: Char[]): Char[][] {
  const units: Char[][] = [];
  let cur: Char[] = [];
  chars.forEach((c, i) => {
    const prev = chars[i - 1];
    const can = prev && !CLOSE.has(c.ch) && !OPEN.has(prev.ch) && (prev.ea || c.ea || BREAK_AFTER.has(prev.ch));
    if (can && cur.length) {
      units.push(cur);
      cur = [];
    }
    cur.push(c);
  });
  if (cur.length) units.push(cur);
  return units;
}

/** Fills each line with as many atoms as fit (a viewer's own wrapping). */
function greedy(atoms: Atom[], maxWidth: number, m: Metric): Atom[][] {
  const lines: Atom[][] = [];
  let cur: Atom[] = [];
  // width of the line so far, with its trailing spaces (a space never starts a break)
  let w = 0;
  for (const a of atoms) {
    if (cur.length === 0 && a.space) continue; // no line starts with a space
    const gap = cur.length ? gapBetween(cur[cur.length - 1]!.chars.at(-1), a.chars[0], m) : 0;
    const next = w + gap + atomWidth(a, m);
    // a word wider than the line starts a line of its own
    if (cur.length && !a.space && (next > maxWidth || a.piece === 'first')) {
      lines.push(cur);
      cur = [a];
      w = atomWidth(a, m);
      continue;
    }
    cur.push(a);
    w = next;
  }
  if (cur.length) lines.push(cur);
  return lines;
}

function countable(line: Atom[]): number {
  let n = 0;
  for (const a of line) for (const c of a.chars) if (isCountable(c)) n++;
  return n;
}

/** A last line of one Latin word under a line of several (an English widow): take another word. */
function loneWord(line: Atom[], prev: Atom[]): boolean {
  const words = line.filter((a) => !a.space);
  return words.length === 1 && !words[0]!.chars.some((c) => c.ea) && prev.filter((a) => !a.space).length >= 3;
}

/**
 * A line of one character (率, or 率。) takes atoms from the line above, as long as that
 * line keeps two and the taken atoms fit. The last line first, then any line in between.
 */
function fixOrphan(lines: Atom[][], maxWidth: number): Atom[][] {
  if (lines.length < 2) return lines;
  const out = lines.map((l) => [...l]);
  for (let i = out.length - 1; i >= 1; i--) {
    const prev = out[i - 1]!;
    while (countable(out[i]!) < 2 || (i === out.length - 1 && loneWord(out[i]!, prev))) {
      let k = prev.length - 1;
      while (k >= 0 && prev[k]!.space) k--;
      if (k <= 0) break;
      const rest = prev.slice(0, k);
      const candidate = [...prev.slice(k), ...out[i]!];
      if (countable(rest) < 2 || lineWidth(candidate, 'safe') > maxWidth) break;
      prev.splice(k);
      out[i] = candidate;
    }
  }
  return out;
}

function toLines(lines: Atom[][], m: Metric, hardAfterLast: boolean): WrappedLine[] {
  return lines.map((atoms, i) => {
    let end = atoms.length;
    while (end > 0 && atoms[end - 1]!.space) end--;
    const used = atoms.slice(0, end);
    const spans: StyledSpan[] = [];
    for (const a of used) {
      for (const c of a.chars) {
        const last = spans[spans.length - 1];
        if (last && last.tag === c.span && last.bold === c.bold) last.text += c.ch;
        else spans.push({ text: c.ch, bold: c.bold, tag: c.span });
      }
    }
    const trail = atoms
      .slice(end)
      .map((a) => a.chars.map((c) => c.ch).join(''))
      .join('');
    const line: WrappedLine = { spans, width: lineWidth(used, m), trail };
    if (hardAfterLast && i === lines.length - 1) line.hard = true;
    return line;
  });
}

/** The text split at the author's own line breaks (\n in the outline), each part with its spans. */
function segmentsOf(spans: readonly StyledSpan[]): StyledSpan[][] {
  const out: StyledSpan[][] = [[]];
  for (const s of spans) {
    const parts = s.text.split(/\r\n|[\n\r\u2028\u2029]/);
    parts.forEach((t, i) => {
      if (i > 0) out.push([]);
      if (t) out[out.length - 1]!.push({ ...s, text: t });
    });
  }
  return out;
}

/**
 * Breaks text into lines. Two ways, one per kind of text:
 *
 * - 'viewer' (running text: points, details, subtitles): the lines are the ones a viewer's own
 *   greedy wrapping makes in the returned `wrapWidth`, so the text is written without breaks and
 *   re-wraps when someone edits it. Each line must fit that width as the reference viewer draws
 *   it, and the line plus the next character must not, even as PowerPoint measures it (no gap
 *   between scripts) where that can be had. Among the widths that give such lines (no orphan, no
 *   figure torn from its unit), the widest is taken; the width is set in the middle of the window.
 * - 'words' (display text: titles, labels): breaks are chosen and written, only at word
 *   boundaries (Intl.Segmenter, so never 上⏎半年, nor inside a Latin word or a URL), balanced,
 *   with no orphan, every line measured with the safe widths.
 *
 * Line breaks the author wrote are kept in both, and each part is measured like any other.
 */
export function wrapParagraph(spans: readonly StyledSpan[], opts: WrapOptions): Readonly<Wrapped> {
  // fitting tries a text at several sizes, and siblings and trial layouts at the same ones
  let key = `${opts.mode ?? 'viewer'}|${opts.latin}|${opts.maxWidth}|${opts.limit ?? ''}|${opts.balance ? 1 : 0}`;
  for (const s of spans) key += `\u0000${s.bold ? 1 : 0}${s.tag}\u0001${s.text}`;
  let result = wrapCache.get(key);
  if (!result) {
    result = wrapUncached(spans, opts);
    if (wrapCache.size >= WRAP_CACHE_SIZE) wrapCache.clear();
    wrapCache.set(key, result);
  }
  // shared with later callers of the same text: read it, do not change it
  return result;
}

const wrapCache = new Map<string, Wrapped>();
const WRAP_CACHE_SIZE = 4000;

function wrapUncached(spans: readonly StyledSpan[], opts: WrapOptions): Wrapped {
  const mode = opts.mode ?? 'viewer';
  const limit = Math.max(opts.limit ?? opts.maxWidth, opts.maxWidth);
  const hasBreak = spans.some((s) => /[\n\r\u2028\u2029]/.test(s.text));
  // most texts fit on one line: measure without building anything first
  if (!hasBreak) {
    const whole = measureLine(spans, opts.latin);
    if (whole <= opts.maxWidth) {
      const kept = spans.filter((s) => s.text.length > 0).map((s) => ({ ...s }));
      // trailing spaces hang past the edge, whichever spans they are in
      let trail = '';
      for (let k = kept.length - 1; k >= 0; k--) {
        const span = kept[k]!;
        const m = /[ \u3000\u00a0]+$/.exec(span.text);
        if (!m) break;
        trail = m[0] + trail;
        span.text = span.text.slice(0, m.index);
        if (span.text.length) break;
      }
      const line: WrappedLine = { spans: kept.filter((s) => s.text.length > 0), width: measureLine(kept, opts.latin), trail };
      return { lines: [line], wrapWidth: limit };
    }
  }
  if (mode === 'words') {
    const parts = segmentsOf(spans);
    const lines = parts.flatMap((seg, i) => toLines(displayLines(seg, opts), 'safe', i < parts.length - 1));
    return { lines, wrapWidth: limit };
  }
  const segments = segmentsOf(spans).map((seg) => atomsOf(seg, opts.latin));
  return viewerLines(segments, opts, limit);
}

/** wrapParagraph's lines alone. */
export function wrapText(spans: readonly StyledSpan[], opts: WrapOptions): WrappedLine[] {
  return wrapParagraph(spans, opts).lines;
}

/**
 * Display text of one part: on one line when it fits; between phrases when that gives as few
 * lines as any break could (the word dictionary is not needed then: loading it costs a new
 * process some 15 ms); otherwise between words.
 */
function displayLines(spans: readonly StyledSpan[], opts: WrapOptions): Atom[][] {
  const chars = atomsOf(spans, opts.latin);
  if (chars.length === 0) return [[]];
  if (lineWidth(chars, 'safe') <= opts.maxWidth) return [chars];
  if (opts.balance) {
    const fewest = greedy(splitOversized(chars, opts.maxWidth, 'safe'), opts.maxWidth, 'safe').length;
    const phrases = toPhrases(chars);
    if (phrases.every((p) => p.space || p.width <= opts.maxWidth)) {
      const byPhrase = balanced(phrases, opts.maxWidth, fewest);
      if (byPhrase.length <= fewest) return fixOrphan(byPhrase, opts.maxWidth);
    }
  }
  return wordLines(splitOversized(wordAtoms(spans, opts.latin), opts.maxWidth, 'safe'), opts);
}

/** Display text: greedy over words, balanced (between phrases where it can), no orphan. */
function wordLines(atoms: Atom[], opts: WrapOptions): Atom[][] {
  if (atoms.length === 0) return [[]];
  let lines = greedy(atoms, opts.maxWidth, 'safe');
  if (opts.balance && lines.length > 1) {
    // a title written as phrases (三同三联促发展 同心育人著华章) breaks between them if it can
    const phrases = toPhrases(atoms);
    const byPhrase = phrases.every((p) => p.space || p.width <= opts.maxWidth) ? balanced(phrases, opts.maxWidth, lines.length) : undefined;
    lines = byPhrase && byPhrase.length <= lines.length ? byPhrase : balanced(atoms, opts.maxWidth, lines.length);
  }
  return fixOrphan(lines, opts.maxWidth);
}

/** How sure a viewer's wrapping is to agree: em kept clear on each side of a line's limits. */
export const WRAP_TOLERANCE_EM = 0.12;
/** Narrowing tried for running text, in em per step, and how far (share of the width). */
const WRAP_STEP_EM = 0.25;
const WRAP_MIN_SHARE = 0.72;

interface Trial {
  lines: Atom[][][];
  orphan: boolean;
  /** Widest line as the reference viewer draws it. */
  lo: number;
  /** A word wider than the line was broken. */
  split: boolean;
  /** Narrowest "line + the next character": as the reference viewer draws it, and without gaps (PowerPoint). */
  hiRef: number;
  hiPp: number;
}

function trialAt(segments: Atom[][], width: number): Trial {
  // a word wider than the line starts a line of its own and is broken at the edge, as viewers do
  let split = false;
  const lines = segments.map((atoms) => {
    if (!atoms.length) return [[]];
    const pieces = splitOversized(atoms, width, 'ref');
    if (pieces.length !== atoms.length) split = true;
    return greedy(pieces, width, 'ref');
  });
  let orphan = false;
  let lo = 0;
  let hiRef = Infinity;
  let hiPp = Infinity;
  for (const seg of lines) {
    if (seg.length > 1) {
      const last = seg[seg.length - 1]!;
      if (countable(last) < 2 || loneWord(last, seg[seg.length - 2]!)) orphan = true;
    }
    seg.forEach((line, i) => {
      lo = Math.max(lo, lineWidth(line, 'ref'));
      const nextAtom = seg[i + 1]?.find((a) => !a.space);
      if (!nextAtom) return;
      // the line with its trailing spaces, then what a viewer would take of the next line
      let w = 0;
      let gaps = 0;
      let prev: Char | undefined;
      for (const a of line) {
        const g = gapBetween(prev, a.chars[0], 'ref');
        w += a.ref + g;
        gaps += a.refGaps + (g > 0 ? 1 : 0);
        prev = a.chars[a.chars.length - 1];
      }
      for (const c of viewerUnit(nextAtom)) {
        const g = gapBetween(prev, c, 'ref');
        w += c.ref + g;
        if (g > 0) gaps++;
        prev = c;
      }
      hiRef = Math.min(hiRef, w);
      hiPp = Math.min(hiPp, w - gaps * SCRIPT_GAP_EM);
    });
  }
  return { lines, orphan, split, lo, hiRef, hiPp };
}

/**
 * The start of an atom that a viewer cannot break: a Chinese character (with an opening bracket
 * before it: no break after those; not the closing punctuation after it, which hangs), or a
 * Latin word or number up to a change of script or a hyphen. A piece of a word broken at the
 * edge: its first character.
 */
function viewerUnit(a: Atom): Char[] {
  if (a.piece === 'rest') return [a.chars[0]!];
  const unit = [...viewerUnitsOf(a.chars)[0]!];
  // Chinese closing punctuation after it hangs past the edge (hangingPunct): it needs no room
  while (unit.length > 1 && unit.at(-1)!.ea && CLOSE.has(unit.at(-1)!.ch)) unit.pop();
  return unit;
}

function viewerLines(segments: Atom[][], opts: WrapOptions, limit: number): Wrapped {
  const tol = WRAP_TOLERANCE_EM;
  const widths: number[] = [];
  if (opts.balance) {
    // the narrowest width that keeps each part's line count evens the lines out; wider ones after
    let start = 0;
    for (const atoms of segments) {
      if (!atoms.length) continue;
      const count = greedy(atoms, opts.maxWidth, 'ref').length;
      start = Math.max(start, balancedWidth(atoms, opts.maxWidth, count, 'ref'));
    }
    for (let w = start; w < opts.maxWidth; w += WRAP_STEP_EM) widths.push(w);
    widths.push(opts.maxWidth);
  } else {
    for (let w = opts.maxWidth; w >= opts.maxWidth * WRAP_MIN_SHARE; w -= WRAP_STEP_EM) widths.push(w);
  }
  let chosen: Trial | undefined;
  let best: { t: Trial; score: number } | undefined;
  for (const w of widths) {
    const t = trialAt(segments, w);
    const both = Math.min(t.hiRef, t.hiPp) - t.lo;
    if (!t.orphan && !t.split && both >= 2 * tol) {
      chosen = t;
      break;
    }
    // failing that: a window the reference viewer (the proof) keeps clear of rounding, then no
    // word broken at the edge, then no orphan, then the widest window
    const refWindow = t.hiRef - t.lo;
    const score = (refWindow >= 2 * tol ? 1000 : 0) + (t.split ? 0 : 200) + (t.orphan ? 0 : 100) + Math.min(Math.max(refWindow, -5), 5);
    if (!best || score > best.score) best = { t, score };
  }
  const t = chosen ?? best!.t;
  const top = chosen ? Math.min(t.hiRef, t.hiPp) : t.hiRef;
  // in the middle of the window, never wider than the room there is; without a window, where
  // every line still fits (a viewer may then take more on a line, never put less)
  const wrapWidth = top === Infinity ? limit : top > t.lo ? Math.min(limit, (t.lo + top) / 2) : Math.min(limit, t.lo + tol);
  const lines = t.lines.flatMap((seg, i) => toLines(seg, 'ref', i < t.lines.length - 1));
  return { lines, wrapWidth };
}

/**
 * Word atoms for display text: the characters between two word boundaries (Intl.Segmenter,
 * the ICU dictionary for Chinese) stay together, and so does Latin text between spaces (a word,
 * a URL), on top of the rules of the character atoms.
 */
function wordAtoms(spans: readonly StyledSpan[], latin: FaceFamily): Atom[] {
  let key = `w${latin}`;
  for (const s of spans) key += `\u0000${s.bold ? 1 : 0}${s.tag}\u0001${s.text}`;
  let atoms = atomCache.get(key);
  if (!atoms) {
    atoms = wordAtomsOf(spans, latin);
    if (atomCache.size >= ATOM_CACHE_SIZE) atomCache.clear();
    atomCache.set(key, atoms);
  }
  return atoms;
}

function wordAtomsOf(spans: readonly StyledSpan[], latin: FaceFamily): Atom[] {
  const atoms = atomsOf(spans, latin);
  const text = spans.map((s) => s.text).join('');
  const bounds = new Set<number>();
  for (const seg of segmenter().segment(text)) bounds.add(seg.index);
  const out: Atom[] = [];
  let offset = 0;
  for (const a of atoms) {
    const prev = out[out.length - 1];
    const latinJoin = prev && !prev.chars.at(-1)!.ea && !a.chars[0]!.ea;
    if (prev && !prev.space && !a.space && (latinJoin || !bounds.has(offset))) out[out.length - 1] = makeAtom([...prev.chars, ...a.chars]);
    else out.push(a);
    for (const c of a.chars) offset += c.ch.length;
  }
  return out;
}

let wordSegmenter: Intl.Segmenter | undefined;
function segmenter(): Intl.Segmenter {
  wordSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return wordSegmenter;
}

/**
 * A text's atoms do not depend on the width: fitting tries a text at several sizes (and
 * siblings at the same one), so they are kept for the texts seen last.
 */
const atomCache = new Map<string, Atom[]>();
const ATOM_CACHE_SIZE = 2000;

function atomsOf(spans: readonly StyledSpan[], latin: FaceFamily): Atom[] {
  let key = latin;
  for (const s of spans) key += `\u0000${s.bold ? 1 : 0}${s.tag}\u0001${s.text}`;
  let atoms = atomCache.get(key);
  if (!atoms) {
    atoms = toAtoms(toChars(spans, latin));
    if (atomCache.size >= ATOM_CACHE_SIZE) atomCache.clear();
    atomCache.set(key, atoms);
  }
  return atoms;
}

/** The narrowest width that still gives `count` lines (or fewer): it evens the lines out. */
function balancedWidth(atoms: Atom[], maxWidth: number, count: number, m: Metric): number {
  if (greedy(atoms, maxWidth, m).length > count) return maxWidth;
  let lo = lineWidth(
    atoms.filter((a) => !a.space),
    m,
  ) / count;
  let hi = maxWidth;
  for (let k = 0; k < 12 && hi - lo > 0.05; k++) {
    const mid = (lo + hi) / 2;
    if (greedy(atoms, mid, m).length <= count) hi = mid;
    else lo = mid;
  }
  return hi;
}

function balanced(atoms: Atom[], maxWidth: number, count: number): Atom[][] {
  return greedy(atoms, balancedWidth(atoms, maxWidth, count, 'safe'), 'safe');
}

/** Atoms between spaces merged into one, so breaks fall only at spaces. */
function toPhrases(atoms: Atom[]): Atom[] {
  const out: Atom[] = [];
  let cur: Atom[] = [];
  const flush = () => {
    if (!cur.length) return;
    out.push(makeAtom(cur.flatMap((a) => a.chars)));
    cur = [];
  };
  for (const a of atoms) {
    if (a.space) {
      flush();
      out.push(a);
    } else cur.push(a);
  }
  flush();
  return out;
}

/** Safe width in em of a single unbroken line (no allocation: it runs for every candidate size). */
export function measureLine(spans: readonly StyledSpan[], latin: FaceFamily): number {
  let w = 0;
  let prevEa = false;
  let prevSpace = true;
  for (const s of spans) {
    const opts = { latin, bold: s.bold };
    const t = s.text;
    for (let i = 0; i < t.length; i++) {
      let cp = t.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < t.length) {
        const lo = t.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = ((cp - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
          i++;
        }
      }
      const space = cp === 32 || cp === 0x3000 || cp === 0xa0;
      const ea = isEastAsian(cp);
      if (!space && !prevSpace && ea !== prevEa) w += SCRIPT_GAP_EM;
      w += charWidth(cp, opts);
      prevEa = ea;
      prevSpace = space;
    }
  }
  return w;
}

/** Width in em of a single unbroken line as the reference viewer (LibreOffice) draws it. */
export function referenceWidth(spans: readonly StyledSpan[], latin: FaceFamily): number {
  const chars = toChars(spans, latin);
  let w = 0;
  chars.forEach((c, i) => {
    w += c.ref + gapBetween(chars[i - 1], c, 'ref');
  });
  return w;
}
