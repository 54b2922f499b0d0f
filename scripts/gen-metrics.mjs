#!/usr/bin/env node
// Generates src/layout/metrics-data.ts: compact advance-width tables and vertical metrics for the
// three face families the layout measures with ('ea', 'sans', 'serif'), so that run-time code never
// loads an 8 MB font.
//
//   node scripts/gen-metrics.mjs            write src/layout/metrics-data.ts
//   node scripts/gen-metrics.mjs --check    exit 1 if the committed file is out of date
//
// Sources (devDependencies, read offline):
//   ea    Noto Sans Hans Regular/Bold (= Noto Sans CJK SC 1.000) from @embedpdf/fonts-sc, read with
//         fontkit. Proxy for Microsoft YaHei (whose metrics we cannot get) and for every East Asian
//         face we do not know.
//   sans  Helvetica / Helvetica-Bold AFM from @pdf-lib/standard-fonts (= Arial = Liberation Sans =
//         Arimo), with the glyphs where Arial's advance differs from Helvetica's corrected.
//   serif Times-Roman / Times-Bold AFM (= Times New Roman = Liberation Serif = Tinos), same.
//
// buildTables() is pure (no file is written) so tests/layout/measure.test.ts can regenerate the
// tables in memory and compare them with the committed file. The heavy dependencies are loaded
// lazily inside it, so importing this module never fails when they are missing.

import { createRequire } from 'node:module';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));
export const OUTPUT_PATH = path.resolve(HERE, '../src/layout/metrics-data.ts');

export const UNITS = 1000;

/** A stretch of at least this many consecutive code points of one width is stored as a run. */
const MIN_RUN = 4;

/**
 * Code point ranges sampled from the East Asian font (inclusive). Code points the font has no
 * glyph for are simply absent from the table; the measurer falls back for them.
 */
export const EA_RANGES = [
  [0x0020, 0x007e], // Basic Latin (printable)
  [0x00a0, 0x00ff], // Latin-1 Supplement
  [0x0100, 0x017f], // Latin Extended-A
  [0x0180, 0x024f], // Latin Extended-B (pinyin ǎ ǐ ǒ ǔ ǚ)
  [0x0250, 0x02af], // IPA Extensions
  [0x02b0, 0x02ff], // Spacing Modifier Letters (ˇ ˉ ˊ ˋ)
  [0x0370, 0x03ff], // Greek
  [0x0400, 0x04ff], // Cyrillic
  [0x1e00, 0x1eff], // Latin Extended Additional
  [0x2000, 0x206f], // General Punctuation
  [0x2070, 0x209f], // Superscripts and Subscripts
  [0x20a0, 0x20cf], // Currency Symbols
  [0x2100, 0x214f], // Letterlike Symbols
  [0x2150, 0x218f], // Number Forms (Ⅰ Ⅱ Ⅲ)
  [0x2190, 0x21ff], // Arrows
  [0x2200, 0x22ff], // Mathematical Operators
  [0x2300, 0x23ff], // Miscellaneous Technical
  [0x2460, 0x24ff], // Enclosed Alphanumerics (① ⑴ ⒈)
  [0x2500, 0x257f], // Box Drawing
  [0x2580, 0x259f], // Block Elements
  [0x25a0, 0x25ff], // Geometric Shapes (■ □ ▲ ○ ●)
  [0x2600, 0x26ff], // Miscellaneous Symbols (★ ☆)
  [0x2700, 0x27bf], // Dingbats (✓ ✔ ➀)
  [0x2e80, 0x2eff], // CJK Radicals Supplement
  [0x2f00, 0x2fdf], // Kangxi Radicals
  [0x2ff0, 0x2fff], // Ideographic Description Characters
  [0x3000, 0x303f], // CJK Symbols and Punctuation
  [0x3040, 0x309f], // Hiragana
  [0x30a0, 0x30ff], // Katakana
  [0x3100, 0x312f], // Bopomofo
  [0x3130, 0x318f], // Hangul Compatibility Jamo
  [0x3190, 0x31ff], // Kanbun, Bopomofo Extended, CJK Strokes, Katakana Phonetic Extensions
  [0x3200, 0x32ff], // Enclosed CJK Letters and Months
  [0x3300, 0x33ff], // CJK Compatibility
  [0x3400, 0x4dbf], // CJK Unified Ideographs Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xac00, 0xd7af], // Hangul Syllables (not in the Hans subset: stays absent)
  [0xf900, 0xfaff], // CJK Compatibility Ideographs
  [0xfe10, 0xfe1f], // Vertical Forms
  [0xfe30, 0xfe4f], // CJK Compatibility Forms
  [0xfe50, 0xfe6f], // Small Form Variants
  [0xff00, 0xffef], // Halfwidth and Fullwidth Forms
];

/**
 * Noto Sans CJK SC 2.004 (Debian fonts-noto-cjk: what LibreOffice renders with on our machines) is
 * wider than the 1.000 release packaged in @embedpdf/fonts-sc for these code points (compared
 * glyph by glyph over EA_RANGES; differences of 1-4 units on Latin letters are ignored). The tables
 * take the larger width. U+00B7 and U+2022 matter: Chinese text uses them as separators.
 */
const NOTO_CJK_2_WIDER = {
  regular: [[0x00b7, 0x00b7, 1000], [0x0251, 0x0251, 625], [0x0393, 0x0393, 557],
    [0x2022, 0x2022, 1000], [0xffa0, 0xffdc, 920]],
  bold: [[0x00b7, 0x00b7, 1000], [0x0393, 0x0393, 584], [0x2022, 0x2022, 1000],
    [0xffa0, 0xffdc, 920]],
};

/**
 * Adobe Glyph List code points of the AFM glyphs outside WinAnsi (the Helvetica and Times AFMs
 * have 315 glyphs; WinAnsi encodes 218 code points). 'commaaccent' has no standard code point and
 * is left out. Also repairs pdf-lib's WinAnsi table, which maps U+0178 Ÿ to 'ydieresis' (ÿ).
 */
const AGL_EXTRA = {
  fraction: 0x2044, fi: 0xfb01, fl: 0xfb02, breve: 0x02d8, dotaccent: 0x02d9, ring: 0x02da,
  hungarumlaut: 0x02dd, ogonek: 0x02db, caron: 0x02c7, Lslash: 0x0141, lslash: 0x0142,
  dotlessi: 0x0131, Abreve: 0x0102, abreve: 0x0103, Amacron: 0x0100, amacron: 0x0101,
  Aogonek: 0x0104, aogonek: 0x0105, Cacute: 0x0106, cacute: 0x0107, Ccaron: 0x010c,
  ccaron: 0x010d, Dcaron: 0x010e, dcaron: 0x010f, Dcroat: 0x0110, dcroat: 0x0111, Emacron: 0x0112,
  emacron: 0x0113, Edotaccent: 0x0116, edotaccent: 0x0117, Eogonek: 0x0118, eogonek: 0x0119,
  Ecaron: 0x011a, ecaron: 0x011b, Gbreve: 0x011e, gbreve: 0x011f, Gcommaaccent: 0x0122,
  gcommaaccent: 0x0123, Imacron: 0x012a, imacron: 0x012b, Iogonek: 0x012e, iogonek: 0x012f,
  Idotaccent: 0x0130, Kcommaaccent: 0x0136, kcommaaccent: 0x0137, Lacute: 0x0139, lacute: 0x013a,
  Lcommaaccent: 0x013b, lcommaaccent: 0x013c, Lcaron: 0x013d, lcaron: 0x013e, Nacute: 0x0143,
  nacute: 0x0144, Ncommaaccent: 0x0145, ncommaaccent: 0x0146, Ncaron: 0x0147, ncaron: 0x0148,
  Omacron: 0x014c, omacron: 0x014d, Ohungarumlaut: 0x0150, ohungarumlaut: 0x0151, Racute: 0x0154,
  racute: 0x0155, Rcommaaccent: 0x0156, rcommaaccent: 0x0157, Rcaron: 0x0158, rcaron: 0x0159,
  Sacute: 0x015a, sacute: 0x015b, Scedilla: 0x015e, scedilla: 0x015f, Tcommaaccent: 0x0162,
  tcommaaccent: 0x0163, Tcaron: 0x0164, tcaron: 0x0165, Umacron: 0x016a, umacron: 0x016b,
  Uring: 0x016e, uring: 0x016f, Uhungarumlaut: 0x0170, uhungarumlaut: 0x0171, Uogonek: 0x0172,
  uogonek: 0x0173, Ydieresis: 0x0178, Zacute: 0x0179, zacute: 0x017a, Zdotaccent: 0x017b,
  zdotaccent: 0x017c, Scommaaccent: 0x0218, scommaaccent: 0x0219, partialdiff: 0x2202,
  Delta: 0x2206, summation: 0x2211, minus: 0x2212, radical: 0x221a, notequal: 0x2260,
  lessequal: 0x2264, greaterequal: 0x2265, lozenge: 0x25ca,
};

/**
 * Where Arial / Times New Roman do not match the Helvetica / Times AFM. Values are Liberation
 * Sans / Liberation Serif 2.1.5 advances (metric-compatible with Arial / Times New Roman by
 * design), compared glyph by glyph with every AFM glyph mapped above; all other glyphs agree.
 */
const MS_CORE_FIXES = {
  'Helvetica': { 0x00af: 552, 0x00b1: 549, 0x00b5: 576, 0x00b7: 333, 0x00f7: 549, 0x010f: 615,
    0x013e: 292, 0x0165: 375, 0x2202: 494, 0x2211: 713, 0x221a: 549, 0x25ca: 494 },
  'Helvetica-Bold': { 0x00af: 552, 0x00b1: 549, 0x00b5: 576, 0x00b7: 333, 0x00f7: 549,
    0x010f: 719, 0x013e: 385, 0x0165: 479, 0x2211: 713 },
  'Times-Roman': { 0x00af: 500, 0x00b1: 549, 0x00b5: 576, 0x00b7: 333, 0x00f7: 549, 0x010f: 646,
    0x013e: 406, 0x0165: 427, 0x2202: 494, 0x2211: 713, 0x221a: 549, 0x25ca: 494 },
  'Times-Bold': { 0x00af: 500, 0x00b1: 549, 0x00b5: 576, 0x00b7: 333, 0x00f7: 549, 0x010f: 733,
    0x013e: 469, 0x0165: 521, 0x2211: 713 },
};

/**
 * Line metrics of Arial and Times New Roman (the AFMs only have glyph extents, not line metrics):
 * hhea ascender / descender / lineGap over unitsPerEm 2048, identical in OS/2 winAscent/winDescent
 * and in Liberation Sans / Serif 2.1.5: Arial 1854/434/67, Times New Roman 1825/443/87.
 */
const MS_CORE_VERTICAL = {
  sans: { ascent: 1854, descent: 434, lineGap: 67, unitsPerEm: 2048,
    source: 'Arial hhea (= OS/2 win; = Liberation Sans 2.1.5)' },
  serif: { ascent: 1825, descent: 443, lineGap: 87, unitsPerEm: 2048,
    source: 'Times New Roman hhea (= OS/2 win; = Liberation Serif 2.1.5)' },
};

/** Whether the font packages buildTables() reads are installed. */
export function sourcesAvailable() {
  try {
    require.resolve('fontkit');
    require.resolve('@pdf-lib/standard-fonts');
    notoPath('Regular');
    return true;
  } catch {
    return false;
  }
}

function notoPath(weight) {
  // The package's exports map hides its fonts/ folder: resolve the entry point and walk up.
  const entry = require.resolve('@embedpdf/fonts-sc');
  let dir = path.dirname(entry);
  while (!path.basename(dir).startsWith('fonts-sc')) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('cannot locate @embedpdf/fonts-sc');
    dir = up;
  }
  const file = path.join(dir, 'fonts', `NotoSansHans-${weight}.otf`);
  if (!existsSync(file)) throw new Error(`missing ${file}`);
  return file;
}

const toUnits = (v, upem) => Math.round((v * UNITS) / upem);

/** Map<codePoint, width> -> { runs, spans } (see metrics-data.ts for the format). */
export function encodeWidths(widths) {
  const cps = [...widths.keys()].sort((a, b) => a - b);
  const runs = [];
  const spans = [];
  let span = null;
  let i = 0;
  while (i < cps.length) {
    const cp = cps[i];
    const w = widths.get(cp);
    let j = i;
    while (j + 1 < cps.length && cps[j + 1] === cps[j] + 1 && widths.get(cps[j + 1]) === w) j++;
    const len = j - i + 1;
    if (len >= MIN_RUN) {
      runs.push(cp, cps[j], w);
      span = null;
    } else {
      for (let k = i; k <= j; k++) {
        if (span && span[0] + span.length - 1 === cps[k]) span.push(w);
        else {
          span = [cps[k], w];
          spans.push(span);
        }
      }
    }
    i = j + 1;
  }
  return { runs, spans };
}

function eaFace(fontkit, weight) {
  const font = fontkit.openSync(notoPath(weight));
  const upem = font.unitsPerEm;
  const widths = new Map();
  for (const [first, last] of EA_RANGES) {
    for (let cp = first; cp <= last; cp++) {
      if (!font.hasGlyphForCodePoint(cp)) continue;
      widths.set(cp, toUnits(font.glyphForCodePoint(cp).advanceWidth, upem));
    }
  }
  for (const [first, last, w] of NOTO_CJK_2_WIDER[weight.toLowerCase()]) {
    for (let cp = first; cp <= last; cp++) {
      const have = widths.get(cp);
      if (have !== undefined && have < w) widths.set(cp, w);
    }
  }
  return { font, widths };
}

function afmFace(standardFonts, afmName) {
  const font = standardFonts.Font.load(afmName);
  const enc = standardFonts.Encodings.WinAnsi;
  const names = new Map();
  for (const cp of enc.supportedCodePoints) names.set(cp, enc.encodeUnicodeCodePoint(cp).name);
  for (const [name, cp] of Object.entries(AGL_EXTRA)) names.set(cp, name);
  const widths = new Map();
  for (const [cp, name] of names) {
    const w = font.getWidthOfGlyph(name);
    if (typeof w === 'number') widths.set(cp, w);
  }
  for (const [cp, w] of Object.entries(MS_CORE_FIXES[afmName])) widths.set(Number(cp), w);
  return { font, widths };
}

/**
 * Reads the fonts and returns exactly what metrics-data.ts exports (as plain data):
 * { UNITS, FACE_WIDTHS, VERTICAL_METRICS, SOURCES }.
 */
export function buildTables() {
  const fontkit = require('fontkit');
  const standardFonts = require('@pdf-lib/standard-fonts');

  const eaRegular = eaFace(fontkit, 'Regular');
  const eaBold = eaFace(fontkit, 'Bold');
  const sansRegular = afmFace(standardFonts, 'Helvetica');
  const sansBold = afmFace(standardFonts, 'Helvetica-Bold');
  const serifRegular = afmFace(standardFonts, 'Times-Roman');
  const serifBold = afmFace(standardFonts, 'Times-Bold');

  const FACE_WIDTHS = {
    ea: { regular: encodeWidths(eaRegular.widths), bold: encodeWidths(eaBold.widths) },
    sans: { regular: encodeWidths(sansRegular.widths), bold: encodeWidths(sansBold.widths) },
    serif: { regular: encodeWidths(serifRegular.widths), bold: encodeWidths(serifBold.widths) },
  };

  // fontkit's font.ascent/descent/lineGap are the hhea values. For this font OS/2 typo metrics
  // are identical (and USE_TYPO_METRICS is set); OS/2 win is 1082/304 (regular).
  const f = eaRegular.font;
  const VERTICAL_METRICS = {
    ea: {
      ascent: toUnits(f.ascent, f.unitsPerEm),
      descent: toUnits(-f.descent, f.unitsPerEm),
      lineGap: toUnits(f.lineGap, f.unitsPerEm),
      source: `${f.postscriptName} hhea (fontkit ascent/descent/lineGap)`,
    },
  };
  for (const [family, v] of Object.entries(MS_CORE_VERTICAL)) {
    VERTICAL_METRICS[family] = {
      ascent: toUnits(v.ascent, v.unitsPerEm),
      descent: toUnits(v.descent, v.unitsPerEm),
      lineGap: toUnits(v.lineGap, v.unitsPerEm),
      source: v.source,
    };
  }

  const version = (font) => String(font.version).split(';')[0];
  const SOURCES = {
    ea: {
      regular: `${eaRegular.font.postscriptName} ${version(eaRegular.font)} (@embedpdf/fonts-sc)`,
      bold: `${eaBold.font.postscriptName} ${version(eaBold.font)} (@embedpdf/fonts-sc)`,
    },
    sans: {
      regular: `${sansRegular.font.FontName} AFM (@pdf-lib/standard-fonts)`,
      bold: `${sansBold.font.FontName} AFM (@pdf-lib/standard-fonts)`,
    },
    serif: {
      regular: `${serifRegular.font.FontName} AFM (@pdf-lib/standard-fonts)`,
      bold: `${serifBold.font.FontName} AFM (@pdf-lib/standard-fonts)`,
    },
  };

  return { UNITS, FACE_WIDTHS, VERTICAL_METRICS, SOURCES };
}

// ---------------------------------------------------------------------------------------------
// Rendering to TypeScript

const WRAP = 100;

/** Single-quoted TS string literal (the inputs are plain ASCII names). */
function str(s) {
  return "'" + s.replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'";
}

function hex(cp) {
  return '0x' + cp.toString(16).padStart(4, '0');
}

/** Lays out tokens ("a, b, c,") in lines of at most WRAP characters at the given indent. */
function wrapTokens(tokens, indent) {
  const lines = [];
  let line = '';
  for (const t of tokens) {
    const piece = line === '' ? t : ' ' + t;
    if (line !== '' && indent.length + line.length + piece.length > WRAP) {
      lines.push(indent + line);
      line = t;
    } else line += piece;
  }
  if (line !== '') lines.push(indent + line);
  return lines;
}

function renderTable(table, indent) {
  const out = [];
  const runTokens = [];
  for (let i = 0; i < table.runs.length; i += 3) {
    runTokens.push(`${hex(table.runs[i])}, ${hex(table.runs[i + 1])}, ${table.runs[i + 2]},`);
  }
  out.push(`${indent}runs: [`);
  out.push(...wrapTokens(runTokens, indent + '  '));
  out.push(`${indent}],`);
  out.push(`${indent}spans: [`);
  for (const span of table.spans) {
    const tokens = [`[${hex(span[0])},`, ...span.slice(1).map((w) => `${w},`)];
    tokens[tokens.length - 1] = tokens[tokens.length - 1].replace(/,$/, '],');
    out.push(...wrapTokens(tokens, indent + '  '));
  }
  out.push(`${indent}],`);
  return out;
}

export function renderModule(tables) {
  const { FACE_WIDTHS, VERTICAL_METRICS, SOURCES } = tables;
  const L = [];
  L.push(
    '// GENERATED FILE: do not edit by hand.',
    '// Written by scripts/gen-metrics.mjs from the fonts in devDependencies; regenerate with',
    '//   node scripts/gen-metrics.mjs',
    '// tests/layout/measure.test.ts regenerates it in memory and fails when it is out of date.',
    '//',
    '// Widths are advance widths in 1/UNITS em. For each face:',
    '//   runs:  flat triples [firstCodePoint, lastCodePoint, width, ...]: every code point in the',
    `//          range has that width (stretches of ${MIN_RUN} or more equal widths);`,
    '//   spans: [firstCodePoint, w0, w1, ...]: consecutive code points with individual widths.',
    '// A code point in neither has no glyph in the source font (the measurer falls back).',
    '',
    'export const UNITS = 1000;',
    '',
    'export interface FaceWidthTable {',
    '  readonly runs: readonly number[];',
    '  readonly spans: readonly (readonly number[])[];',
    '}',
    '',
    'export interface FaceWeights {',
    '  readonly regular: FaceWidthTable;',
    '  readonly bold: FaceWidthTable;',
    '}',
    '',
    '/** Line metrics in 1/UNITS em; descent is positive (distance below the baseline). */',
    'export interface VerticalMetrics {',
    '  readonly ascent: number;',
    '  readonly descent: number;',
    '  readonly lineGap: number;',
    '  readonly source: string;',
    '}',
    '',
    "export type MetricFamilyKey = 'ea' | 'sans' | 'serif';",
    '',
    '/** The font (or AFM) each table was read from. */',
    "export const SOURCES: Readonly<Record<MetricFamilyKey, Readonly<Record<'regular' | 'bold', string>>>> = {",
  );
  for (const fam of ['ea', 'sans', 'serif']) {
    L.push(`  ${fam}: {`);
    L.push(`    regular: ${str(SOURCES[fam].regular)},`);
    L.push(`    bold: ${str(SOURCES[fam].bold)},`);
    L.push('  },');
  }
  L.push('};', '');
  L.push('export const VERTICAL_METRICS: Readonly<Record<MetricFamilyKey, VerticalMetrics>> = {');
  for (const fam of ['ea', 'sans', 'serif']) {
    const v = VERTICAL_METRICS[fam];
    L.push(`  ${fam}: {`);
    L.push(`    ascent: ${v.ascent},`, `    descent: ${v.descent},`, `    lineGap: ${v.lineGap},`);
    L.push(`    source: ${str(v.source)},`);
    L.push('  },');
  }
  L.push('};', '');
  L.push('export const FACE_WIDTHS: Readonly<Record<MetricFamilyKey, FaceWeights>> = {');
  for (const fam of ['ea', 'sans', 'serif']) {
    L.push(`  ${fam}: {`);
    for (const weight of ['regular', 'bold']) {
      L.push(`    ${weight}: {`);
      L.push(...renderTable(FACE_WIDTHS[fam][weight], '      '));
      L.push('    },');
    }
    L.push('  },');
  }
  L.push('};', '');
  return L.join('\n');
}

function main(argv) {
  const text = renderModule(buildTables());
  if (argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(OUTPUT_PATH, 'utf8');
    } catch {
      // missing file: out of date
    }
    if (current !== text) {
      console.error(`${path.relative(process.cwd(), OUTPUT_PATH)} is out of date: run node scripts/gen-metrics.mjs`);
      process.exitCode = 1;
    }
    return;
  }
  writeFileSync(OUTPUT_PATH, text);
  console.log(`wrote ${path.relative(process.cwd(), OUTPUT_PATH)} (${Buffer.byteLength(text)} bytes)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
