/**
 * Random outlines never crash the layout: each gives a deck whose every line fits its box,
 * or TEXT_OVERFLOW problems with positions, nothing else.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { EMU_PER_POINT } from '../../src/core/units.js';
import { layoutDeck } from '../../src/compose/deck.js';
import { metricFamilyOf } from '../../src/layout/measure.js';
import type { TextBox } from '../../src/deck/model.js';
import { boxesOf, flatBoxes } from '../../src/deck/view.js';
import { measureLine, referenceWidth } from '../../src/layout/wrap.js';
import { parseOutline } from '../../src/outline/load.js';
import { loadTemplate } from '../../src/template/load.js';

const themes = ['party-red', 'gov-blue', 'ink'].map((n) => loadTemplate(n).theme);
const pieces = ['党建', '引领', '教育', '发展', '质量', '提升', '，', '。', '、', '“', '”', '（', '）', 'AI', 'Party ', 'building ', '2026', '95%', '1400余个', ' ', 'https://example.org/x', '**重点**'];
const text = (max: number) => fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: max }).map((a) => a.join('').trim() || '标题');
const figure = fc.record({
  value: fc.oneof(fc.integer({ min: 0, max: 99999 }), fc.double({ min: 0, max: 1000, noNaN: true }).map((v) => Math.round(v * 10) / 10)),
  unit: fc.constantFrom('名', '个', '%', '套', '人次', '万元', ''),
  approx: fc.constantFrom(undefined, '余', '多', '以上', '约'),
  label: text(4),
  detail: fc.option(text(4), { nil: undefined }),
});
const slide = fc.oneof(
  fc.record({ type: fc.constant('points'), title: text(6), points: fc.array(fc.oneof(text(10), fc.record({ text: text(8), sub: fc.array(text(8), { minLength: 1, maxLength: 3 }) })), { minLength: 1, maxLength: 8 }) }),
  fc.record({ type: fc.constant('numbers'), title: text(6), numbers: fc.array(figure, { minLength: 1, maxLength: 6 }) }),
  fc.record({ type: fc.constant('quote'), text: text(10) }),
);
const outline = fc.record({
  title: text(8),
  organization: fc.option(text(4), { nil: undefined }),
  sections: fc.array(fc.record({ title: text(4), slides: fc.array(slide, { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 4 }),
});

/** Drops undefined and empty units, which YAML would write as null. */
function clean(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(clean);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && x !== '').map(([k, x]) => [k, clean(x)]));
  return v;
}

describe('layout of random outlines', () => {
  it('gives a deck whose lines fit, or TEXT_OVERFLOW with positions', () => {
    fc.assert(
      fc.property(outline, fc.constantFrom(0, 1, 2), (o, t) => {
        const yaml = stringify(clean(o));
        const { deck, diagnostics } = layoutDeck(parseOutline(yaml, 'random.yaml'), themes[t]!);
        const errors = diagnostics.filter((d) => d.severity === 'error');
        for (const d of errors) {
          expect(d.code).toBe('TEXT_OVERFLOW');
          expect(d.pos?.line ?? 0).toBeGreaterThanOrEqual(1);
        }
        // random titles repeat, long random lists continue: the only warnings are that they do
        for (const d of diagnostics.filter((x) => x.severity === 'warning')) expect(['SLIDE_TITLE_DUPLICATE', 'SLIDE_CONTINUED']).toContain(d.code);
        if (errors.length) return;
        for (const s of deck.slides) {
          for (const b of flatBoxes(boxesOf(deck, s))) {
            if (b.kind === 'text' && b.offSlide) continue;
            expect(b.x + b.w).toBeLessThanOrEqual(deck.width + 1);
            expect(b.y + b.h).toBeLessThanOrEqual(deck.height + 1);
            if (b.kind !== 'text' || b.nowrap) continue;
            const box = b as TextBox;
            const inner = (box.w - box.insets.l - box.insets.r) / EMU_PER_POINT;
            for (const p of box.paragraphs) {
              // display text is written with its breaks: each line fits at the safe widths; running
              // text fits the width the viewer wraps it in as the reference viewer draws it
              const measure = p.breaks === 'break' ? measureLine : referenceWidth;
              const room = inner - (p.indent + (p.marginRight ?? 0)) / EMU_PER_POINT;
              for (const l of p.lines) {
                const w = l.runs.reduce((sum, r) => sum + measure([{ text: r.text, bold: r.bold, tag: 0 }], metricFamilyOf(r.font.latin).family) * r.size, 0);
                expect(w).toBeLessThanOrEqual(room + 0.5);
              }
            }
          }
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 60) },
    );
  });
});
