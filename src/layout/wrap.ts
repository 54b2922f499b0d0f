/**
 * Line breaking for Chinese, English and mixed text (deck-style.md, "Chinese line breaking"):
 * breaks between CJK characters and at spaces; no line starts with closing punctuation or %,
 * none ends with opening punctuation; a figure stays with its unit and approximation word;
 * Latin words split only when one is wider than the whole line; no orphan on the last line;
 * optional balancing of short multi-line texts such as titles.
 */
import { charWidth, isEastAsian, type FaceFamily } from './measure.js';

export interface StyledSpan {
  text: string;
  bold: boolean;
  /** Index of the source span, so callers can restore colours and emphasis per line. */
  tag: number;
}

export interface WrapOptions {
  latin: FaceFamily;
  /** Width available, in em of the text's size. */
  maxWidth: number;
  /** Make the lines of a multi-line text as even as possible (titles, labels). */
  balance?: boolean;
}

export interface WrappedLine {
  spans: StyledSpan[];
  /** Measured width in em, trailing spaces excluded. */
  width: number;
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
const UNITS_2 = ['人次', '场次', '万元', '亿元', '千元', '万人', '小时', '课时', '学时', '公里', '平方米', '个百分点', '百分点'];
/** A figure with its approximation words and unit: 约3000人, 1400余篇, 95%以上, 29人次, 1,400+. */
const FIGURE_RE = new RegExp(
  `(?:[近约超逾~><]\\s?)?\\d[\\d,.]*(?:[%％‰+])?(?:[余多])?(?:以上|以下|(?:${UNITS_2.join('|')}|[\\u4e00-\\u9fff])(?:以上|以下)?)?`,
  'gu',
);

interface Char {
  ch: string;
  cp: number;
  span: number;
  bold: boolean;
  ea: boolean;
  space: boolean;
  width: number;
}

interface Atom {
  chars: Char[];
  /** Width of the atom's own characters and inner gaps. */
  width: number;
  space: boolean;
}

function isCountable(c: Char): boolean {
  return !c.space && !CLOSE.has(c.ch) && !OPEN.has(c.ch);
}

function gapBetween(a: Char | undefined, b: Char | undefined): number {
  if (!a || !b || a.space || b.space) return 0;
  return a.ea !== b.ea ? SCRIPT_GAP_EM : 0;
}

function toChars(spans: readonly StyledSpan[], latin: FaceFamily): Char[] {
  const out: Char[] = [];
  for (const s of spans) {
    for (const ch of s.text) {
      const cp = ch.codePointAt(0)!;
      const space = SPACE.has(ch);
      out.push({ ch, cp, span: s.tag, bold: s.bold, ea: isEastAsian(cp), space, width: charWidth(cp, { latin, bold: s.bold }) });
    }
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
  if (OPEN.has(b.ch)) return true;
  return false; // inside a Latin word or number
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
  const flush = () => {
    if (!cur.length) return;
    let width = 0;
    for (let k = 0; k < cur.length; k++) width += cur[k]!.width + gapBetween(cur[k - 1], cur[k]);
    atoms.push({ chars: cur, width, space: cur.every((c) => c.space) });
    cur = [];
  };
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (i > 0) {
      const prevSpace = chars[i - 1]!.space;
      if (prevSpace !== c.space || breakBefore(chars, i, glued)) flush();
    }
    cur.push(c);
  }
  flush();
  return atoms;
}

/** Width of atoms laid side by side, without trailing spaces. */
function lineWidth(atoms: Atom[]): number {
  let end = atoms.length;
  while (end > 0 && atoms[end - 1]!.space) end--;
  let w = 0;
  for (let k = 0; k < end; k++) {
    const a = atoms[k]!;
    w += a.width;
    if (k > 0) w += gapBetween(atoms[k - 1]!.chars.at(-1), a.chars[0]);
  }
  return w;
}

/** Splits atoms that are wider than the line on their own, character by character. */
function splitOversized(atoms: Atom[], maxWidth: number): Atom[] {
  const out: Atom[] = [];
  for (const a of atoms) {
    if (a.space || a.width <= maxWidth || a.chars.length < 2) {
      out.push(a);
      continue;
    }
    let cur: Char[] = [];
    let w = 0;
    for (const c of a.chars) {
      const add = c.width + gapBetween(cur.at(-1), c);
      if (cur.length && w + add > maxWidth) {
        out.push({ chars: cur, width: w, space: false });
        cur = [];
        w = 0;
      }
      w += cur.length ? add : c.width;
      cur.push(c);
    }
    if (cur.length) out.push({ chars: cur, width: w, space: false });
  }
  return out;
}

function greedy(atoms: Atom[], maxWidth: number): Atom[][] {
  const lines: Atom[][] = [];
  let cur: Atom[] = [];
  for (const a of atoms) {
    if (cur.length === 0 && a.space) continue; // no line starts with a space
    if (cur.length && !a.space && lineWidth([...cur, a]) > maxWidth) {
      lines.push(cur);
      cur = [];
    }
    cur.push(a);
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
      if (countable(rest) < 2 || lineWidth(candidate) > maxWidth) break;
      prev.splice(k);
      out[i] = candidate;
    }
  }
  return out;
}

function toLines(lines: Atom[][]): WrappedLine[] {
  return lines.map((atoms) => {
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
    return { spans, width: lineWidth(used) };
  });
}

export function wrapText(spans: readonly StyledSpan[], opts: WrapOptions): WrappedLine[] {
  // most texts fit on one line: measure without building anything first
  const whole = measureLine(spans, opts.latin);
  if (whole <= opts.maxWidth) {
    const kept = spans.filter((s) => s.text.length > 0).map((s) => ({ ...s }));
    const last = kept[kept.length - 1];
    if (last) last.text = last.text.replace(/[ \u3000\u00a0]+$/, '');
    return [{ spans: kept.filter((s) => s.text.length > 0), width: measureLine(kept, opts.latin) }];
  }
  const base = atomsOf(spans, opts.latin);
  if (base.length === 0) return [{ spans: [], width: 0 }];
  const atoms = splitOversized(base, opts.maxWidth);
  let lines = greedy(atoms, opts.maxWidth);
  if (opts.balance && lines.length > 1) {
    // a title written as phrases (三同三联促发展 同心育人著华章) breaks between them if it can
    const phrases = toPhrases(atoms);
    const byPhrase = phrases.every((p) => p.space || p.width <= opts.maxWidth) ? balanced(phrases, opts.maxWidth, lines.length) : undefined;
    lines = byPhrase && byPhrase.length <= lines.length ? byPhrase : balanced(atoms, opts.maxWidth, lines.length);
  }
  return toLines(fixOrphan(lines, opts.maxWidth));
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

/** The narrowest width that still gives `count` lines evens them out. */
function balanced(atoms: Atom[], maxWidth: number, count: number): Atom[][] {
  let lines = greedy(atoms, maxWidth);
  if (lines.length > count) return lines;
  let lo = lineWidth(atoms.filter((a) => !a.space)) / lines.length;
  let hi = maxWidth;
  for (let k = 0; k < 12 && hi - lo > 0.05; k++) {
    const mid = (lo + hi) / 2;
    if (greedy(atoms, mid).length <= lines.length) hi = mid;
    else lo = mid;
  }
  lines = greedy(atoms, hi);
  return lines;
}

/** Atoms between spaces merged into one, so breaks fall only at spaces. */
function toPhrases(atoms: Atom[]): Atom[] {
  const out: Atom[] = [];
  let cur: Atom[] = [];
  const flush = () => {
    if (!cur.length) return;
    out.push({ chars: cur.flatMap((a) => a.chars), width: lineWidth(cur), space: false });
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

/** Width in em of a single unbroken line (no allocation: it runs for every candidate size). */
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
