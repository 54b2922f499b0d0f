import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  charWidth,
  isAmbiguous,
  isEastAsian,
  lineHeightEm,
  lineMetrics,
  measureText,
  metricFamilyOf,
  type FaceFamily,
} from '../../src/layout/measure.js';
import * as committed from '../../src/layout/metrics-data.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface GeneratorModule {
  OUTPUT_PATH: string;
  sourcesAvailable(): boolean;
  buildTables(): unknown;
  renderModule(tables: unknown): string;
}
// Imported by URL so the type checker does not need declarations for the .mjs script. The script
// loads fontkit and the fonts only inside buildTables(), so importing it never fails.
const generatorUrl = pathToFileURL(path.join(ROOT, 'scripts/gen-metrics.mjs')).href;
const generator = (await import(generatorUrl)) as GeneratorModule;
const fontsInstalled = generator.sourcesAvailable();

const cw = (ch: string, latin: FaceFamily, bold = false): number =>
  charWidth(ch.codePointAt(0)!, { latin, bold });

describe('spot values', () => {
  it('Noto Sans CJK SC (ea) widths match the measured notes', () => {
    for (const ch of '中文字体，。、：；！？（）【】《》') expect(cw(ch, 'sans')).toBe(1);
    expect(cw('0', 'ea')).toBe(0.555);
    expect(cw('9', 'ea')).toBe(0.555);
    expect(cw('%', 'ea')).toBe(0.921);
    expect(cw('A', 'ea')).toBeCloseTo(0.608, 2);
    expect(cw('B', 'ea')).toBe(0.657);
    expect(cw('a', 'ea')).toBeCloseTo(0.563, 2);
    expect(cw(' ', 'ea')).toBe(0.224);
  });

  it('Arial = Helvetica widths for the Latin face', () => {
    expect(cw('0', 'sans')).toBe(0.556);
    expect(cw('A', 'sans')).toBe(0.667);
    expect(cw('a', 'sans')).toBe(0.556);
    expect(cw('%', 'sans')).toBe(0.889);
    expect(cw(' ', 'sans')).toBe(0.278);
    expect(cw('W', 'sans')).toBe(0.944);
    expect(cw('0', 'sans', true)).toBe(0.556);
    expect(cw('A', 'sans', true)).toBe(0.722);
    // Arial differs from the Helvetica AFM here (checked against Liberation Sans)
    expect(cw('±', 'sans')).toBeGreaterThanOrEqual(0.549);
  });

  it('Times New Roman = Times-Roman widths', () => {
    expect(cw('0', 'serif')).toBe(0.5);
    expect(cw('A', 'serif')).toBe(0.722);
    expect(cw('a', 'serif')).toBe(0.444);
    expect(cw('A', 'serif', true)).toBe(0.722);
    expect(cw('a', 'serif', true)).toBe(0.5);
  });

  it('East Asian characters take the ea width whatever the Latin face', () => {
    for (const latin of ['ea', 'sans', 'serif'] as const) {
      expect(cw('国', latin)).toBe(1);
      expect(cw('　', latin)).toBe(1); // U+3000 ideographic space
      expect(cw('ｱ', latin)).toBe(0.5); // halfwidth katakana
    }
  });

  it('measureText sums advances', () => {
    expect(measureText('', { latin: 'sans' })).toBe(0);
    expect(measureText('2024年营收增长12%', { latin: 'sans', bold: false })).toBeCloseTo(
      4 * 0.556 + 1 + 4 + 2 * 0.556 + 0.889,
      9,
    );
    expect(measureText('Q3', { latin: 'ea' })).toBeCloseTo(cw('Q', 'ea') + 0.555, 9);
  });

  it('line metrics', () => {
    expect(lineHeightEm('sans')).toBeCloseTo(1.15, 3);
    expect(lineHeightEm('serif')).toBeCloseTo(1.149, 3);
    // conservative against the notes' 1.448 (Noto Sans CJK 2.x) and Microsoft YaHei (1.32)
    expect(lineHeightEm('ea')).toBeGreaterThanOrEqual(1.448);
    const m = lineMetrics('sans');
    expect(m.ascent + m.descent + m.lineGap).toBeCloseTo(lineHeightEm('sans'), 9);
  });
});

describe('committed tables', () => {
  it.skipIf(!fontsInstalled)(
    'metrics-data.ts is what scripts/gen-metrics.mjs generates from the fonts',
    () => {
      const fresh = generator.buildTables();
      expect({
        UNITS: committed.UNITS,
        FACE_WIDTHS: committed.FACE_WIDTHS,
        VERTICAL_METRICS: committed.VERTICAL_METRICS,
        SOURCES: committed.SOURCES,
      }).toEqual(fresh);
      const text = readFileSync(generator.OUTPUT_PATH, 'utf8');
      expect(text === generator.renderModule(fresh), 'run: node scripts/gen-metrics.mjs').toBe(
        true,
      );
    },
    60_000,
  );

  it('tables are small and well formed', () => {
    for (const family of ['ea', 'sans', 'serif'] as const) {
      for (const weight of ['regular', 'bold'] as const) {
        const t = committed.FACE_WIDTHS[family][weight];
        expect(t.runs.length % 3).toBe(0);
        for (let i = 0; i < t.runs.length; i += 3) expect(t.runs[i + 1]).toBeGreaterThanOrEqual(t.runs[i]!);
        for (const s of t.spans) expect(s.length).toBeGreaterThanOrEqual(2);
      }
    }
  });
});

describe('conservative measuring', () => {
  it('surrogate pairs count as one character', () => {
    const opts = { latin: 'sans' as const };
    // U+20000 (CJK Extension B): East Asian, not in the font: 1 em
    expect(isEastAsian(0x20000)).toBe(true);
    expect(measureText('\u{20000}', opts)).toBe(1);
    expect(measureText('a\u{20000}b', opts)).toBeCloseTo(0.556 * 2 + 1, 9);
    // an emoji: unknown non-Latin, 1 em (not 2 for its two UTF-16 units)
    expect(measureText('😀', opts)).toBe(1);
    expect(charWidth(0x1f600, opts)).toBe(1);
    // a lone surrogate is measured as an unknown character, not dropped
    expect(measureText('\ud800', opts)).toBe(1);
    expect(measureText('\udc00x', opts)).toBeCloseTo(1 + 0.5, 9);
  });

  it('ambiguous characters take the wider of both faces', () => {
    for (const ch of '“”‘’·—…※§°±×÷→①■○★') {
      const cp = ch.codePointAt(0)!;
      expect(isAmbiguous(cp), ch).toBe(true);
      expect(isEastAsian(cp), ch).toBe(false);
      const sans = cw(ch, 'sans');
      const ea = cw(ch, 'ea');
      expect(sans, ch).toBeGreaterThanOrEqual(ea);
    }
    // Helvetica draws “ at 0.333 em, Noto Sans CJK SC at 1 em
    expect(cw('“', 'sans')).toBe(1);
    expect(cw('”', 'serif')).toBe(1);
    // Helvetica em dash 1.000 vs Noto 0.894
    expect(cw('—', 'sans')).toBe(1);
    expect(cw('—', 'ea')).toBe(0.894);
    // middle dot: full width in Noto Sans CJK SC 2.x (what LibreOffice renders with)
    expect(cw('·', 'sans')).toBe(1);
  });

  it('ASCII is never ambiguous and never East Asian', () => {
    for (let cp = 0x20; cp < 0x7f; cp++) {
      expect(isAmbiguous(cp)).toBe(false);
      expect(isEastAsian(cp)).toBe(false);
    }
  });

  it('unknown Latin-like characters get a wide Latin width, unknown others 1 em', () => {
    // U+1E9E ẞ: Helvetica lacks it; measured no narrower than the widest A–Z a–z of the face
    const sharpS = charWidth(0x1e9e, { latin: 'sans' });
    expect(sharpS).toBeGreaterThanOrEqual(0.6);
    expect(sharpS).toBeLessThanOrEqual(1);
    // Private use: 1 em
    expect(charWidth(0xe000, { latin: 'sans' })).toBe(1);
  });

  it('zero-width characters measure 0', () => {
    for (const cp of [0x200b, 0x200d, 0xfe0f, 0xfeff, 0x0301, 0x0a]) {
      expect(charWidth(cp, { latin: 'sans' })).toBe(0);
    }
    expect(measureText('e\u0301', { latin: 'sans' })).toBe(0.556);
  });

  it('bold is at least as wide as regular for digits', () => {
    for (const latin of ['ea', 'sans', 'serif'] as const) {
      for (const d of '0123456789') {
        expect(cw(d, latin, true), `${latin} ${d}`).toBeGreaterThanOrEqual(cw(d, latin, false));
      }
    }
    expect(cw('0', 'ea', true)).toBeCloseTo(0.59, 2);
  });

  it('charWidth agrees with measureText for every BMP code point', () => {
    for (const latin of ['ea', 'sans', 'serif'] as const) {
      for (let cp = 0; cp < 0x10000; cp += 97) {
        if (cp >= 0xd800 && cp <= 0xdfff) continue;
        expect(measureText(String.fromCharCode(cp), { latin })).toBe(charWidth(cp, { latin }));
      }
    }
  });
});

describe('metricFamilyOf', () => {
  it('maps metric-compatible faces as known', () => {
    for (const n of ['Arial', 'arial', 'Helvetica', 'Liberation Sans', 'Arimo', 'ArialMT']) {
      expect(metricFamilyOf(n), n).toEqual({ family: 'sans', known: true });
    }
    for (const n of ['Times New Roman', 'Times', 'Liberation Serif', 'Tinos']) {
      expect(metricFamilyOf(n), n).toEqual({ family: 'serif', known: true });
    }
    for (const n of ['Noto Sans CJK SC', 'Source Han Sans SC', '思源黑体', 'Noto Sans SC']) {
      expect(metricFamilyOf(n), n).toEqual({ family: 'ea', known: true });
    }
  });

  it('marks proxies as unknown', () => {
    for (const n of ['Microsoft YaHei', '微软雅黑', '等线', 'DengXian', 'SimSun', 'PingFang SC']) {
      expect(metricFamilyOf(n), n).toEqual({ family: 'ea', known: false });
    }
    for (const n of ['Calibri', 'Segoe UI', 'Arial Narrow', 'Arial Black', 'Helvetica Neue', '+mn-lt', '']) {
      expect(metricFamilyOf(n), n).toEqual({ family: 'sans', known: false });
    }
  });
});
