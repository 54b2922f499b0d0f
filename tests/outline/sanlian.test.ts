/**
 * The shipped outline against its report: every figure exactly as the report gives it (value,
 * unit, approximation word, quoted source), and the report's main figures all there.
 * The project's own fixtures are the ground truth; the report itself (../shared, not on a
 * user's machine) is checked too when it is present.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutDeck } from '../../src/compose/deck.js';
import { figureText } from '../../src/slides/figures.js';
import { loadOutline } from '../../src/outline/load.js';
import type { NumberItem } from '../../src/outline/schema.js';
import { slideType, type BuiltinSlide } from '../../src/slides/registry.js';
import { loadTemplate } from '../../src/template/load.js';

const doc = loadOutline('outline/sanlian.yaml');
const outline = doc.outline;
const excerpt = readFileSync('tests/fixtures/sanlian-report-excerpt.txt', 'utf8');
const truth = JSON.parse(readFileSync('tests/fixtures/sanlian-figures.json', 'utf8')) as { value: number; approx?: string; unit?: string; source: string }[];
const REPORT = join('..', 'shared', 'reports', 'yunyang-sanlian.txt');

const slides = (outline.sections ?? []).flatMap((s) => s.slides) as BuiltinSlide[];
/** Every figure of the outline, as its slide type lists them (cards, hero figures, table cells, chart values). */
const figures: (NumberItem & { of?: number })[] = (outline.sections ?? []).flatMap((sec, i) =>
  sec.slides.flatMap((s, j) => (slideType(s.type)?.figures?.(s as unknown as Record<string, unknown>, ['sections', i, 'slides', j]) ?? []).map((f) => f.keys as NumberItem & { of?: number })),
);

describe('outline/sanlian.yaml', () => {
  it('has the report’s three sections, 15–25 slides and speaker notes on every content slide', () => {
    expect(outline.sections!.map((s) => s.title)).toEqual(['同轴运转·党建联抓', '同频共振·质量联提', '同向发力·资源联享']);
    const { deck, diagnostics } = layoutDeck(doc, loadTemplate('party-red').theme);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(deck.slides.length).toBeGreaterThanOrEqual(15);
    expect(deck.slides.length).toBeLessThanOrEqual(25);
    for (const s of slides) expect(s.notes?.trim().length, s.title).toBeGreaterThan(0);
  });

  it('quotes every figure from the report, with the figure as printed inside its quote', () => {
    expect(figures.length).toBeGreaterThanOrEqual(20);
    for (const f of figures) {
      expect(f.source, `${f.value}${f.unit ?? ''} has no source`).toBeTruthy();
      expect(excerpt, `source of ${f.value}: ${f.source}`).toContain(f.source!);
      expect(f.source, `${f.value}: the printed figure is not in its quote`).toContain(figureText(f, 'zh-CN'));
    }
  });

  it('has every main figure of the report, with the same value, unit and approximation word', () => {
    for (const t of truth) {
      const found = figures.some((f) => f.value === t.value && (f.unit ?? '') === (t.unit ?? '') && (f.approx ?? '') === (t.approx ?? ''));
      // 1600余件 is the total of the 1240多件 done: it appears as that figure's `of`
      const asTotal = figures.some((f) => f.of === t.value && (f.detail ?? f.source ?? '').includes(`${t.value}${t.approx ?? ''}${t.unit ?? ''}`));
      expect(found || asTotal, `${t.value}${t.approx ?? ''}${t.unit ?? ''} (${t.source}) is missing`).toBe(true);
      expect(excerpt).toContain(t.source);
    }
  });

  it.skipIf(!existsSync(REPORT))('matches the report itself, where ../shared is present', () => {
    const report = readFileSync(REPORT, 'utf8');
    const article = report.slice(0, report.indexOf('责任编辑'));
    for (const f of figures) expect(article, f.source).toContain(f.source!);
    for (const line of excerpt.split('\n').filter((l) => l && !l.startsWith('#'))) expect(article).toContain(line);
  });
});
