/**
 * `columns` slides: two or three cards side by side with a heading, points and/or a figure.
 * Read back as a recipient would: the boxes (one size per kind of text, inside their cards),
 * the rules the schema cannot state (positioned), the notes, the XML (texts and theme colours),
 * the preview, continuation of a long list, and the shipped outline's recap.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { layoutDeck } from '../../src/compose/deck.js';
import { DeckError } from '../../src/core/errors.js';
import type { Box, DeckSlide, GroupBox, TextBox } from '../../src/deck/model.js';
import { parseOutline } from '../../src/outline/load.js';
import { renderSlidesHtml } from '../../src/render/html.js';
import { renderPptx } from '../../src/render/write.js';
import { loadTemplate } from '../../src/template/load.js';

const COLUMNS = readFileSync('tests/fixtures/stress/columns.yaml', 'utf8');
const SHIPPED = readFileSync('outline/sanlian.yaml', 'utf8');

function lay(yaml: string, template = 'party-red') {
  return layoutDeck(parseOutline(yaml, 'columns.yaml'), loadTemplate(template).theme);
}
const groups = (s: DeckSlide) => s.boxes.filter((b): b is GroupBox => b.kind === 'group');
const textsIn = (g: GroupBox) => g.boxes.filter((b): b is TextBox => b.kind === 'text');
const plain = (b: TextBox) => b.paragraphs.map((p) => p.lines.map((l) => l.runs.map((r) => r.text).join('')).join(''));
const sizes = (b: TextBox) => new Set(b.paragraphs.flatMap((p) => p.lines.flatMap((l) => l.runs.map((r) => r.size))));
const roleBoxes = (s: DeckSlide, role: string) => groups(s).flatMap((g) => textsIn(g).filter((t) => t.role === role));
function problems(yaml: string) {
  try {
    parseOutline(yaml, 't.yaml');
    return [];
  } catch (e) {
    return (e as DeckError).diagnostics;
  }
}
const within = (inner: Box, outer: Box) => inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w + 1 && inner.y + inner.h <= outer.y + outer.h + 1;

describe('columns slides', () => {
  const { deck, diagnostics } = lay(COLUMNS);
  const slides = deck.slides.filter((s) => s.kind === 'columns');

  it('lay out without errors; only the long list warns that it continued', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toEqual(['SLIDE_CONTINUED']);
    expect(diagnostics[0]!.pos?.path).toBe('sections[1].slides[0].columns[0].points[5]');
    expect(slides.map((s) => s.title)).toEqual(['教师交流轮岗今年明显扩大', '三项保障同步到位', '三个坚持 服务师生', '城乡学校结对帮扶清单', '城乡学校结对帮扶清单（续）']);
  });

  it('draws one card per column, side by side, every text inside its card', () => {
    expect(slides.map((s) => groups(s).length)).toEqual([2, 3, 3, 2, 2]);
    for (const s of slides) {
      const cards = groups(s);
      for (let i = 1; i < cards.length; i++) expect(cards[i]!.x).toBeGreaterThan(cards[i - 1]!.x + cards[i - 1]!.w);
      for (const g of cards) for (const t of textsIn(g)) expect(within(t, g), `${s.title}: ${plain(t).join('')}`).toBe(true);
    }
  });

  it('headings share one size, points one size, figures one size', () => {
    for (const s of slides) {
      const headingSizes = new Set(roleBoxes(s, 'columnHeading').flatMap((b) => [...sizes(b)]));
      expect(headingSizes.size, s.title).toBe(1);
      const pointSizes = new Set(roleBoxes(s, 'point').flatMap((b) => [...sizes(b)]));
      expect(pointSizes.size, s.title).toBeLessThanOrEqual(1);
      const figureSizes = new Set(roleBoxes(s, 'figure').map((b) => Math.max(...sizes(b))));
      expect(figureSizes.size, s.title).toBeLessThanOrEqual(1);
    }
  });

  it('shows headings, figures as written and points in order', () => {
    const first = slides[0]!;
    expect(roleBoxes(first, 'columnHeading').map((b) => plain(b).join(''))).toEqual(['去年', '今年']);
    expect(roleBoxes(first, 'figure').map((b) => plain(b).join(''))).toEqual(['280名', '362名']);
    expect(roleBoxes(first, 'point').map(plain)).toEqual([['以乡镇内交流为主', '骨干教师占比偏低'], ['全区统一竞聘，跨区域、跨乡镇流动', '920名交流轮岗教师编制完成备案', '建立动态调整机制']]);
    expect(roleBoxes(slides[1]!, 'figure').map((b) => plain(b).join(''))).toEqual(['486名', '1400余个', '253人']);
    // a figure's change stands between it and its label, in the template's colour for up
    const change = roleBoxes(first, 'change');
    expect(change.map((b) => plain(b).join(''))).toEqual(['比去年增加82名']);
    const runs = change[0]!.paragraphs[0]!.lines[0]!.runs;
    expect(runs.find((r) => r.text === '82')!.bold).toBe(true);
    // party-red's `up` (red: up in Chinese finance), the same on every run of the line
    for (const r of runs) expect(r.color.hex.toUpperCase()).toBe('B5121B');
  });

  it('a long list continues row by row: the same headings, the next points', () => {
    const [a, b] = [slides[3]!, slides[4]!];
    expect(roleBoxes(a, 'columnHeading').map((x) => plain(x).join(''))).toEqual(['城区学校', '乡镇学校']);
    expect(roleBoxes(b, 'columnHeading').map((x) => plain(x).join(''))).toEqual(['城区学校', '乡镇学校']);
    const listed = [...roleBoxes(a, 'point'), ...roleBoxes(b, 'point')].flatMap(plain);
    expect(listed).toHaveLength(20);
    expect(roleBoxes(a, 'point').map((x) => plain(x).length)).toEqual([5, 5]);
    expect(plain(roleBoxes(b, 'point')[0]!)[0]).toBe('实验幼儿园');
  });

  it('fits in every built-in template', () => {
    for (const t of ['gov-blue', 'ink']) expect(lay(COLUMNS, t).diagnostics.filter((d) => d.severity === 'error'), t).toEqual([]);
  });

  it('is written with its texts and theme colours, on its own layout 并列', async () => {
    const zip = unzipSync(await renderPptx(deck));
    const n = slides[0]!.number;
    const xml = strFromU8(zip[`ppt/slides/slide${n}.xml`]!);
    for (const t of ['去年', '今年', '280', '跨校交流教师', '以乡镇内交流为主']) expect(xml).toContain(t);
    expect(xml).not.toMatch(/<a:srgbClr/);
    expect(xml).toContain('<a:schemeClr val="accent1"/>');
    const rels = strFromU8(zip[`ppt/slides/_rels/slide${n}.xml.rels`]!);
    const layout = /slideLayouts\/(slideLayout\d+\.xml)/.exec(rels)![1]!;
    expect(strFromU8(zip[`ppt/slideLayouts/${layout}`]!)).toMatch(/<p:cSld name="并列">/);
  });

  it('shows in the preview', () => {
    const html = renderSlidesHtml(deck);
    for (const t of ['去年', '362', '城乡学校结对帮扶清单（续）']) expect(html).toContain(t);
  });

  it('puts a column figure’s source into the notes', () => {
    const { deck: d } = lay('title: T\nslides:\n  - type: columns\n    columns:\n      - {heading: 甲, figure: {value: 362, unit: 名, label: 教师, source: 全区362名教师跨区域交流}}\n      - {heading: 乙, points: [一点]}\n');
    const s = d.slides.find((x) => x.kind === 'columns')!;
    expect(s.notes).toContain('全区362名教师跨区域交流');
    // untitled: the headings name it (for screen readers and the outline view)
    expect(s.title).toBe('甲、乙');
  });
});

describe('columns: problems with positions', () => {
  it('a column with only a heading', () => {
    const [d] = problems('title: T\nslides:\n  - type: columns\n    columns:\n      - heading: 甲\n      - {heading: 乙, points: [a]}\n');
    expect(d).toMatchObject({ code: 'OUTLINE_SCHEMA', pos: { line: 5, path: 'slides[0].columns[0]' } });
    expect(d!.zh?.message).toMatch(/只有标题/);
  });

  it('one column or four', () => {
    expect(problems('title: T\nslides:\n  - type: columns\n    columns:\n      - {heading: 甲, points: [a]}\n')[0]?.pos?.path).toBe('slides[0].columns');
    const four = Array.from({ length: 4 }, (_, i) => `      - {heading: h${i}, points: [a]}`).join('\n');
    expect(problems(`title: T\nslides:\n  - type: columns\n    columns:\n${four}\n`)[0]?.pos?.path).toBe('slides[0].columns');
  });

  it('a figure written as text, and an approximation word of the other language', () => {
    const list = problems('title: T\nslides:\n  - type: columns\n    columns:\n      - {heading: 甲, figure: {value: 三百, label: x}}\n      - {heading: 乙, figure: {value: 3, approx: "+", label: y}}\n');
    expect(list.map((d) => d.pos?.path).sort()).toEqual(['slides[0].columns[0].figure.value', 'slides[0].columns[1].figure.approx']);
  });
});

describe('the shipped outline', () => {
  it('closes its sections with the report’s 三同三联 side by side, in the report’s own words', () => {
    const { deck, diagnostics } = lay(SHIPPED);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const s = deck.slides.find((x) => x.kind === 'columns')!;
    expect(roleBoxes(s, 'columnHeading').map((b) => plain(b).join(''))).toEqual(['同轴运转·党建联抓', '同频共振·质量联提', '同向发力·资源联享']);
    // every point is one of the report's headings (its commas are full-width in the deck)
    let report: string | undefined;
    try {
      report = readFileSync('../shared/reports/yunyang-sanlian.txt', 'utf8').replace(/,/g, '，');
    } catch {
      report = undefined;
    }
    const points = roleBoxes(s, 'point').flatMap(plain);
    expect(points).toHaveLength(11);
    if (report) for (const p of points) expect(report, p).toContain(p);
  });
});
