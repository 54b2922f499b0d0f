/**
 * A report's text as the files bureaus send: a Word document (the OOXML zip written with fflate,
 * one w:p per paragraph, as Word saves it) and a text PDF (CID-keyed Type0 font with a
 * ToUnicode map, lines wrapped at a fixed width with the first line of a paragraph indented, as
 * Word's "Save as PDF" lays out Chinese text). Made in the tests, no office suite needed.
 */
import { strToU8, zipSync } from 'fflate';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A paragraph style as Word writes it: Heading 1–9, or the document's Title. */
export type DocxStyle = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 'title';

export interface DocxOptions {
  /** The style of a paragraph, by its index; the others are Normal. */
  styles?: Readonly<Record<number, DocxStyle>>;
  /**
   * How styles.xml names the styles: 'word' as English Word (ids Heading1 …, names "heading 1"),
   * 'word-zh' as Chinese Word (ids 1, 2 …, a3 for the title; the same English names), 'zh' with
   * Chinese names (标题 1, 标题) as some editors write them, 'none' with no styles.xml at all
   * (the paragraphs name style ids that nothing defines).
   */
  flavour?: 'word' | 'word-zh' | 'zh' | 'none';
  /** Word's automatic numbering on Heading 1 and 2 (一、 and （一）), so the number is not in the text. */
  numbered?: boolean;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

function styleId(style: DocxStyle | 'normal', flavour: NonNullable<DocxOptions['flavour']>): string {
  const en = flavour === 'word' || flavour === 'none';
  if (style === 'normal') return en ? 'Normal' : 'a';
  if (style === 'title') return en ? 'Title' : 'a3';
  return en ? `Heading${style}` : String(style);
}

function stylesXml(flavour: NonNullable<DocxOptions['flavour']>, numbered: boolean): string {
  const zh = flavour === 'zh';
  const heading = (n: number) => {
    const num = numbered && n <= 2 ? `<w:numPr>${n > 1 ? `<w:ilvl w:val="${n - 1}"/>` : ''}<w:numId w:val="1"/></w:numPr>` : '';
    return (
      `<w:style w:type="paragraph" w:styleId="${styleId(n as DocxStyle, flavour)}"><w:name w:val="${zh ? `标题 ${n}` : `heading ${n}`}"/><w:basedOn w:val="${styleId('normal', flavour)}"/><w:next w:val="${styleId('normal', flavour)}"/><w:uiPriority w:val="9"/><w:qFormat/>` +
      `<w:pPr><w:keepNext/><w:keepLines/>${num}<w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="${n - 1}"/></w:pPr><w:rPr><w:b/><w:sz w:val="${36 - n * 4}"/></w:rPr></w:style>`
    );
  };
  return (
    `${XML}<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="${styleId('normal', flavour)}"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>` +
    Array.from({ length: 9 }, (_, i) => heading(i + 1)).join('') +
    `<w:style w:type="paragraph" w:styleId="${styleId('title', flavour)}"><w:name w:val="${zh ? '标题' : 'Title'}"/><w:basedOn w:val="${styleId('normal', flavour)}"/><w:next w:val="${styleId('normal', flavour)}"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="44"/></w:rPr></w:style>` +
    '</w:styles>'
  );
}

/** A multilevel list linked to Heading 1 and 2, as Word writes one: 一、 then （一）. */
function numberingXml(flavour: NonNullable<DocxOptions['flavour']>): string {
  const lvl = (n: number, text: string) =>
    `<w:lvl w:ilvl="${n}"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="${styleId((n + 1) as DocxStyle, flavour)}"/><w:suff w:val="nothing"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/></w:lvl>`;
  return `${XML}<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>${lvl(0, '%1、')}${lvl(1, '（%2）')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
}

export function makeDocx(paragraphs: readonly string[], options: DocxOptions = {}): Uint8Array {
  const { styles = {}, flavour = 'word', numbered = false } = options;
  const body = paragraphs
    .map((p, i) => {
      const style = styles[i];
      const pPr = style === undefined ? '' : `<w:pPr><w:pStyle w:val="${styleId(style, flavour)}"/></w:pPr>`;
      return `<w:p>${pPr}<w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`;
    })
    .join('');
  // without options, the package as before: a document part and nothing else
  const parts: Record<string, string> = {};
  if (options.styles !== undefined || options.flavour !== undefined || numbered) {
    const rel = (id: number, type: string) => `<Relationship Id="rId${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${type}.xml"/>`;
    const rels: string[] = [];
    if (flavour !== 'none') {
      parts['word/styles.xml'] = stylesXml(flavour, numbered);
      rels.push(rel(1, 'styles'));
    }
    if (numbered) {
      parts['word/numbering.xml'] = numberingXml(flavour);
      rels.push(rel(2, 'numbering'));
    }
    parts['word/_rels/document.xml.rels'] = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
  }
  const overrides = [
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
    parts['word/styles.xml'] ? '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' : '',
    parts['word/numbering.xml'] ? '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' : '',
  ].join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`,
    ),
    '_rels/.rels': strToU8(
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/document.xml': strToU8(`${XML}<w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`),
    ...Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])),
  });
}

/** Every character one em wide: Chinese and digits alike (the reader only needs the positions). */
const SIZE = 10;
const LEFT = 50;
const TOP = 800;
const BOTTOM = 50;

/** A heading line: drawn at `size` points (the body is 10), in the bold font when `bold`, not indented. */
export interface PdfHeading {
  size?: number;
  bold?: boolean;
  /** Centred on the text block, as a title is. */
  centred?: boolean;
}

export interface PdfOptions {
  /** Headings by paragraph index; the other paragraphs are body text. */
  headings?: Readonly<Record<number, PdfHeading>>;
  /** A body paragraph whose first characters are bold (a lead-in run in): index → how many. */
  boldLeadIn?: Readonly<Record<number, number>>;
  /** The bold font's BaseFont, as a PDF name: /SimHei (the default), /STHeiti-Bold, /#BA#DA#CC#E5 (黑体 in GBK, as Word writes it) … */
  boldFont?: string;
}

const hex = (text: string) => [...text].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('');

export function makePdf(paragraphs: readonly string[], perLine = 38, options: PdfOptions = {}): Uint8Array {
  const { headings = {}, boldLeadIn = {}, boldFont = '/SimHei' } = options;
  const usesBold = Object.values(headings).some((h) => h.bold) || Object.keys(boldLeadIn).length > 0;
  // lay out: a paragraph indented two characters on its first line, wrapped at perLine characters
  const pages: string[][] = [[]];
  let y = TOP;
  /** One line at (x, y): runs of [font, text] one after the other. */
  const line = (runs: readonly (readonly [string, string])[], x: number, size = SIZE) => {
    if (y < BOTTOM) {
      pages.push([]);
      y = TOP;
    }
    const shown = runs.filter(([, t]) => t !== '').map(([font, t]) => `/${font} ${size} Tf <${hex(t)}> Tj`);
    pages[pages.length - 1]!.push(`BT ${x} ${y} Td ${shown.join(' ')} ET`);
    y -= size * 1.5;
  };
  paragraphs.forEach((p, n) => {
    const chars = [...p];
    const heading = headings[n];
    if (heading) {
      const size = heading.size ?? SIZE;
      const width = Math.floor((perLine * SIZE) / size);
      for (let i = 0; i < chars.length; i += width) {
        const text = chars.slice(i, i + width);
        line([[heading.bold ? 'F2' : 'F1', text.join('')]], LEFT + (heading.centred ? (perLine * SIZE - text.length * size) / 2 : 0), size);
      }
      return;
    }
    const bold = boldLeadIn[n] ?? 0;
    let first = true;
    for (let i = 0; i < chars.length; ) {
      const width = first ? perLine - 2 : perLine;
      const end = Math.min(chars.length, i + width);
      const split = Math.min(end, Math.max(i, bold));
      line(
        [
          ['F2', chars.slice(i, split).join('')],
          ['F1', chars.slice(split, end).join('')],
        ],
        LEFT + (first ? 2 : 0) * SIZE,
      );
      i += width;
      first = false;
    }
  });
  // objects: 1 catalog, 2 pages, 3 font, 4 descendant, 5 ToUnicode, 6 widths-free descriptor,
  // [7 bold font, 8 its descendant, 9 its descriptor]; then page + content pairs
  const objs: string[] = [];
  const pageIds = pages.map((_, i) => (usesBold ? 10 : 7) + i * 2);
  objs[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objs[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  const font = (name: string, descendant: number, descriptor: number): [string, string, string] => [
    `<< /Type /Font /Subtype /Type0 /BaseFont ${name} /Encoding /Identity-H /DescendantFonts [${descendant} 0 R] /ToUnicode 5 0 R >>`,
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont ${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 >>`,
    `<< /Type /FontDescriptor /FontName ${name} /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>`,
  ];
  [objs[3], objs[4], objs[6]] = font('/STSong-Light', 4, 6);
  if (usesBold) [objs[7], objs[8], objs[9]] = font(boldFont, 8, 9);
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
  const fonts = usesBold ? '/F1 3 0 R /F2 7 0 R' : '/F1 3 0 R';
  pages.forEach((ops, i) => {
    const content = ops.join('\n');
    objs[pageIds[i]!] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << ${fonts} >> >> /Contents ${pageIds[i]! + 1} 0 R >>`;
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
