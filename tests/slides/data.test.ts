/**
 * Data slides: native tables and charts. The layout (widths from content, rows that fit, long
 * tables continued with their header), the checks of their data (positioned problems), what the
 * .pptx holds (a:tbl, chart parts with their workbooks: the same numbers as the YAML), the theme
 * (colours and faces), reproducible bytes and, where the validator is present, the schema.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { layoutDeck } from '../../src/compose/deck.js';
import { DeckError } from '../../src/core/errors.js';
import type { ChartBox, Deck, TableBox } from '../../src/deck/model.js';
import { parseOutline } from '../../src/outline/load.js';
import { renderSlidesHtml } from '../../src/render/html.js';
import { renderPptx } from '../../src/render/write.js';
import { loadTemplate } from '../../src/template/load.js';
import { inspectDeck } from '../helpers/deck-document.js';

const DATA = readFileSync('tests/fixtures/stress/data.yaml', 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'bd-data-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function lay(yaml: string, template = 'party-red') {
  return layoutDeck(parseOutline(yaml, 'data.yaml'), loadTemplate(template).theme);
}
const boxes = <K extends 'table' | 'chart'>(deck: Deck, kind: K) =>
  deck.slides.flatMap((s) => s.boxes.filter((b): b is K extends 'table' ? TableBox : ChartBox => b.kind === kind).map((b) => ({ slide: s, box: b })));
const cellText = (t: TableBox, r: number, c: number) => t.rows[r]!.cells[c]!.paragraphs.flatMap((p) => p.lines.map((l) => l.runs.map((x) => x.text).join(''))).join('');
function problems(yaml: string): string[] {
  try {
    parseOutline(yaml, 't.yaml');
    return [];
  } catch (e) {
    return (e as DeckError).diagnostics.map((d) => `${d.pos?.line}:${d.pos?.column} ${d.code} ${d.message}`);
  }
}

describe('table slides', () => {
  const { deck, diagnostics } = lay(DATA);

  it('lay out without problems: columns fill the width, rows hold their text, figures right-aligned', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const t = boxes(deck, 'table')[0]!.box;
    expect(t.columns.reduce((a, b) => a + b, 0)).toBe(t.w);
    expect(t.rows.map((r) => r.kind)).toEqual(['header', 'body', 'body', 'body', 'body', 'body', 'total']);
    expect(t.h).toBe(t.rows.reduce((a, r) => a + r.h, 0));
    expect(cellText(t, 2, 1)).toBe('1400余个');
    expect(t.rows[2]!.cells[1]!.paragraphs[0]!.align).toBe('right');
    expect(t.rows[2]!.cells[0]!.paragraphs[0]!.align).toBe('left');
    // decimal points line up: fewer decimals are padded after the unit with figure spaces
    expect(cellText(t, 1, 2)).toBe('12.5%\u2007');
    expect(cellText(t, 2, 2)).toBe('30%\u2008\u2007\u2007');
    // the emphasised row stands out, body rows are banded, the header is in the primary colour
    expect(t.rows[2]!.cells[0]!.fill?.scheme).toBe('accent1');
    expect(t.rows[0]!.cells[0]!.fill).toEqual({ hex: expect.any(String), scheme: 'accent1' });
  });

  it('a 40-row table continues over the fewest slides, its header on each, （续） in the title, every row once', () => {
    const pages = deck.slides.filter((s) => s.title.startsWith('各校教师交流与达标情况'));
    expect(pages.map((s) => s.title)).toEqual(['各校教师交流与达标情况', '各校教师交流与达标情况（续）', '各校教师交流与达标情况（续2）', '各校教师交流与达标情况（续3）']);
    const tables = pages.map((s) => s.boxes.find((b): b is TableBox => b.kind === 'table')!);
    for (const t of tables) expect(cellText(t, 0, 0)).toBe('学校');
    const schools = tables.flatMap((t) => t.rows.slice(1).map((_, r) => cellText(t, r + 1, 0)));
    expect(schools).toEqual(Array.from({ length: 40 }, (_, i) => `第${i + 1}中心小学`));
    // each page's table and caption stay above the footer; no page but the last could take another row
    const area = { top: tables[0]!.y, bottom: 0 };
    for (const [k, s] of pages.entries()) {
      const t = tables[k]!;
      const caption = s.boxes.find((b) => b.kind === 'text' && b.role === 'detail')!;
      expect(caption.y + caption.h).toBeLessThanOrEqual(deck.height - 12700 * 40);
      area.bottom = Math.max(area.bottom, caption.y + caption.h);
      if (k < pages.length - 1) {
        const next = tables[k + 1]!.rows[1]!;
        expect(t.h + next.h, `page ${k + 1} could hold the next row`).toBeGreaterThan(caption.y - 6 * 12700 - t.y);
      }
    }
    // the notes and id go with the first page only
    expect(pages.slice(1).every((s) => s.id === undefined)).toBe(true);
  });

  it('a cell too long for three lines at the smallest size is TEXT_OVERFLOW at the cell', () => {
    const long = `title: t\nslides:\n  - type: table\n    columns: [a, b]\n    rows:\n      - [短, "${'很长的内容'.repeat(80)}"]\n`;
    const { diagnostics: ds } = lay(long);
    expect(ds.map((d) => `${d.pos?.line}:${d.pos?.column} ${d.code}`)).toEqual(['6:13 TEXT_OVERFLOW']);
    expect(ds[0]!.message).toMatch(/^a cell of row 1 does not fit/);
    expect(ds[0]!.zh?.message).toMatch(/^第 1 行的一个单元格放不下/);
  });

  it('its data is checked, each problem at its place', () => {
    const bad = `title: t
slides:
  - type: table
    columns: [a, b, c]
    align: [left, right]
    rows:
      - [1, 2, 3]
      - [1, 2]
    total: [合计]
    emphasis: { column: 4 }
`;
    expect(problems(bad)).toEqual([
      '5:12 OUTLINE_SCHEMA `align` names 2 columns, the table has 3',
      '8:9 OUTLINE_SCHEMA row 2 has 2 cells, the table 3 columns',
      '9:12 OUTLINE_SCHEMA the total row has 1 cell, the table 3 columns',
      '10:25 OUTLINE_SCHEMA `emphasis` names column 4, the table has 3 columns',
    ]);
  });
});

describe('chart slides', () => {
  const { deck } = lay(DATA);

  it('every kind, with the theme’s accents and the deck’s body faces', () => {
    const charts = boxes(deck, 'chart').map((c) => c.box);
    expect(charts.map((c) => `${c.chart}${c.stacked ? ' stacked' : ''}`)).toEqual(['column', 'column', 'column stacked', 'bar', 'line', 'pie', 'doughnut']);
    expect(charts[1]!.series.map((s) => s.color.scheme)).toEqual(['accent1', 'accent2']);
    expect(charts[5]!.pointColors!.map((c) => c.scheme)).toEqual(['accent1', 'accent2', 'accent4', 'accent5']);
    expect(charts[1]!.series[1]!.written).toEqual(['150', '90.25', '45']);
    expect(charts[1]!.numberFormat).toBe('General"名"');
    expect(charts[0]!.text.font.theme).toBe('minor');
    // the figure + chart layout: the key figure left of a narrower chart
    const last = deck.slides.find((s) => s.title === '办结情况')!;
    const chart = last.boxes.find((b) => b.kind === 'chart')!;
    const figure = last.boxes.find((b) => b.kind === 'text' && b.role === 'figure')!;
    expect(figure.x + figure.w).toBeLessThanOrEqual(chart.x);
  });

  it('its data is checked, each problem at its place', () => {
    const bad = `title: t
slides:
  - type: chart
    chart: pie
    stacked: true
    categories: [a, b]
    series:
      - { name: x, values: [1, -2] }
      - { name: y, values: [1, 2, 3] }
`;
    expect(problems(bad)).toEqual([
      '5:14 OUTLINE_SCHEMA `stacked` applies to column and bar charts, not to a pie chart',
      '8:7 OUTLINE_SCHEMA a pie chart shows one series, this one has 2',
      '8:32 OUTLINE_SCHEMA a pie chart cannot show the negative value -2',
      '9:28 OUTLINE_SCHEMA series “y” has 3 values, the chart 2 categories',
    ]);
  });
});

describe('tables and charts in the .pptx', async () => {
  const { deck } = lay(DATA);
  const bytes = await renderPptx(deck);
  const files = unzipSync(bytes);
  const text = (n: string) => strFromU8(files[n]!);

  it('is a PowerPoint document still: titles, theme colours and faces, no fixed colour or face', () => {
    const r = inspectDeck(bytes, deck);
    expect(r.problems).toEqual([]);
    expect(r.titled).toBe(deck.slides.length);
    expect(r.rgbColors).toBe(0);
    expect(r.namedFonts).toBe(0);
  });

  it('writes native tables: a:tbl with its grid, each cell’s text and ground', () => {
    const slide = deck.slides.find((s) => s.boxes.some((b) => b.kind === 'table'))!;
    const xml = text(`ppt/slides/slide${slide.number}.xml`);
    expect(xml).toMatch(/<a:graphicData uri="http:\/\/schemas.openxmlformats.org\/drawingml\/2006\/table"><a:tbl><a:tblPr firstRow="1" lastRow="1" bandRow="1"\/>/);
    expect((xml.match(/<a:gridCol /g) ?? []).length).toBe(4);
    expect((xml.match(/<a:tr /g) ?? []).length).toBe(7);
    expect(xml).toContain('<a:t>1400余个</a:t>');
    expect(xml).toMatch(/<a:tcPr [^>]*>(?:(?!<\/a:tcPr>).)*<a:solidFill><a:schemeClr val="accent1"\/><\/a:solidFill><\/a:tcPr>/);
  });

  it('writes each chart as a chart part with its workbook, holding the YAML’s numbers', () => {
    const charts = boxes(deck, 'chart');
    for (const [k, { slide, box }] of charts.entries()) {
      const n = k + 1;
      const rels = text(`ppt/slides/_rels/slide${slide.number}.xml.rels`);
      expect(rels).toContain(`Target="../charts/chart${n}.xml"`);
      const chart = text(`ppt/charts/chart${n}.xml`);
      expect(chart).toContain('<c:lang val="zh-CN"/>');
      expect(chart).toContain('<a:ea typeface="+mn-ea"/>');
      expect(chart).not.toMatch(/<a:srgbClr /);
      expect(text(`ppt/charts/_rels/chart${n}.xml.rels`)).toContain(`Target="../embeddings/Microsoft_Excel_Worksheet${n}.xlsx"`);
      // Edit Data opens this workbook: its cells are the categories, series names and values of the YAML
      const book = unzipSync(files[`ppt/embeddings/Microsoft_Excel_Worksheet${n}.xlsx`]!);
      const sheet = strFromU8(book['xl/worksheets/sheet1.xml']!);
      const inline = [...sheet.matchAll(/<c r="([A-Z]+\d+)" t="inlineStr"><is><t xml:space="preserve">([^<]*)<\/t><\/is><\/c>/g)].map((m) => [m[1], m[2]]);
      const numbers = [...sheet.matchAll(/<c r="([A-Z]+\d+)"><v>([^<]*)<\/v><\/c>/g)].map((m) => [m[1], m[2]]);
      expect(inline).toEqual([...box.series.map((s, i) => [`${String.fromCharCode(66 + i)}1`, s.name]), ...box.categories.map((c, i) => [`A${i + 2}`, c])].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)).sort((a, b) => Number(a[0]!.slice(1)) - Number(b[0]!.slice(1)) || (a[0]! < b[0]! ? -1 : 1)));
      expect(numbers.map(([, v]) => Number(v))).toEqual(box.categories.flatMap((_, i) => box.series.map((s) => s.values[i]!)));
    }
    // the YAML's own numbers, read back from the first two workbooks
    const yaml = parseOutline(DATA, 'data.yaml').outline.sections![1]!.slides as unknown as { series: { values: number[] }[] }[];
    const first = strFromU8(unzipSync(files['ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx']!)['xl/worksheets/sheet1.xml']!);
    expect([...first.matchAll(/<v>([^<]*)<\/v>/g)].map((m) => Number(m[1]))).toEqual(yaml[0]!.series[0]!.values);
    const second = strFromU8(unzipSync(files['ppt/embeddings/Microsoft_Excel_Worksheet2.xlsx']!)['xl/worksheets/sheet1.xml']!);
    expect(second).toContain('<c r="C3"><v>90.25</v></c>');
    expect(text('[Content_Types].xml')).toMatch(/<Default Extension="xlsx" ContentType="application\/vnd.openxmlformats-officedocument.spreadsheetml.sheet"\/>/);
    expect(text('[Content_Types].xml')).toContain('<Override PartName="/ppt/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
  });

  it('gives the same bytes every time, workbooks included', async () => {
    const again = await renderPptx(lay(DATA).deck);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('draws tables and charts in the preview too', () => {
    const html = renderSlidesHtml(deck);
    expect(html).toContain('class="bd-box bd-table" role="table"');
    expect((html.match(/class="bd-chart-svg"/g) ?? []).length).toBe(7);
    expect(html).toContain('1400余个');
  });
});

const VALIDATOR = join(process.cwd(), '..', 'shared', 'tools', 'ooxml-validate.sh');
describe.skipIf(!existsSync(VALIDATOR))('the schema check (../shared/tools/ooxml-validate.sh)', () => {
  it.each(['party-red', 'gov-blue', 'ink'])('passes for every table and chart kind in %s', async (template) => {
    const file = join(tmp, `${template}.pptx`);
    writeFileSync(file, await renderPptx(lay(DATA, template).deck));
    const out = execFileSync('bash', [VALIDATOR, file], { encoding: 'utf8' });
    expect(out).toMatch(/0 schema errors, 0 broken relationships, 0 content-type errors/);
  });
});
