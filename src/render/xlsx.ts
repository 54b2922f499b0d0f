/**
 * The workbook a chart carries (Edit Data in PowerPoint opens it): one sheet, categories in
 * column A from row 2, one series per column from B with its name in row 1, the values as the
 * outline wrote them. A minimal SpreadsheetML package, zipped like the deck (same bytes every time).
 */
import type { ChartBox } from '../deck/model.js';
import { columnName } from './chart-xml.js';
import { escapeXml } from './drawingml.js';
import { zipEntries } from './zip.js';

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const text = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(t)}</t></is></c>`;
const number = (ref: string, v: string) => `<c r="${ref}"><v>${escapeXml(v)}</v></c>`;

export function chartWorkbook(b: ChartBox): Uint8Array {
  const rows: string[] = [];
  rows.push(`<row r="1">${b.series.map((s, k) => text(`${columnName(k + 1)}1`, s.name)).join('')}</row>`);
  b.categories.forEach((c, i) => {
    const r = i + 2;
    rows.push(`<row r="${r}">${text(`A${r}`, c)}${b.series.map((s, k) => number(`${columnName(k + 1)}${r}`, s.written[i]!)).join('')}</row>`);
  });
  const last = `${columnName(b.series.length)}${b.categories.length + 1}`;
  const sheet = `${HEAD}<worksheet xmlns="${MAIN}"><dimension ref="A1:${last}"/><sheetData>${rows.join('')}</sheetData></worksheet>`;
  const files: [string, string][] = [
    [
      '[Content_Types].xml',
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ],
    ['_rels/.rels', `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ['xl/workbook.xml', `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    ['xl/_rels/workbook.xml.rels', `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`],
    ['xl/worksheets/sheet1.xml', sheet],
  ];
  return zipEntries(files.map(([name, xml]) => ({ name, data: Buffer.from(xml, 'utf8') })));
}
