/**
 * A report's text as the files bureaus send: a Word document (the OOXML zip written with fflate,
 * one w:p per paragraph, as Word saves it) and a text PDF (CID-keyed Type0 font with a
 * ToUnicode map, lines wrapped at a fixed width with the first line of a paragraph indented, as
 * Word's "Save as PDF" lays out Chinese text). Made in the tests, no office suite needed.
 */
import { strToU8, zipSync } from 'fflate';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function makeDocx(paragraphs: readonly string[]): Uint8Array {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`).join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`),
  });
}

/** Every character one em wide: Chinese and digits alike (the reader only needs the positions). */
const SIZE = 10;
const LEFT = 50;
const TOP = 800;
const BOTTOM = 50;

export function makePdf(paragraphs: readonly string[], perLine = 38): Uint8Array {
  // lay out: a paragraph indented two characters on its first line, wrapped at perLine characters
  const pages: string[][] = [[]];
  let y = TOP;
  const line = (text: string, indent: number) => {
    if (y < BOTTOM) {
      pages.push([]);
      y = TOP;
    }
    const hex = [...text].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('');
    pages[pages.length - 1]!.push(`BT /F1 ${SIZE} Tf ${LEFT + indent * SIZE} ${y} Td <${hex}> Tj ET`);
    y -= SIZE * 1.5;
  };
  for (const p of paragraphs) {
    const chars = [...p];
    let first = true;
    for (let i = 0; i < chars.length; ) {
      const width = first ? perLine - 2 : perLine;
      line(chars.slice(i, i + width).join(''), first ? 2 : 0);
      i += width;
      first = false;
    }
  }
  // objects: 1 catalog, 2 pages, 3 font, 4 descendant, 5 ToUnicode, 6 widths-free descriptor; then page + content pairs
  const objs: string[] = [];
  const pageIds = pages.map((_, i) => 7 + i * 2);
  objs[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objs[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objs[3] = '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>';
  objs[4] = `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 6 0 R /DW 1000 >>`;
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    // code = code point (BMP): one range per high byte, as a range may not cross one
    `${256} beginbfrange`,
    ...Array.from({ length: 256 }, (_, h) => {
      const hi = h.toString(16).padStart(2, '0');
      return `<${hi}00> <${hi}ff> <${hi}00>`;
    }),
    'endbfrange endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  objs[5] = `<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`;
  objs[6] = '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>';
  pages.forEach((ops, i) => {
    const content = ops.join('\n');
    objs[pageIds[i]!] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`;
    objs[pageIds[i]! + 1] = `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`;
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objs.length; id++) {
    offsets[id] = Buffer.byteLength(out);
    out += `${id} 0 obj\n${objs[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objs.length}\n0000000000 65535 f \n${offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
