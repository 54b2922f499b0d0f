/**
 * Word and PDF reports read back with their headings marked as Markdown marks them (`## `), the
 * body as before: one paragraph a line, wrapped PDF lines joined.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { joinPdfLines, type PdfLine } from '../../src/report/pdf-lines.js';
import { isBoldFontName, readReport } from '../../src/report/read.js';
import { makeDocx, makePdf, type DocxOptions, type PdfOptions } from '../helpers/report-files.js';

const dir = mkdtempSync(join(tmpdir(), 'briefdeck-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

async function docx(paragraphs: readonly string[], options?: DocxOptions): Promise<string[]> {
  return read('docx', options ? makeDocx(paragraphs, options) : makeDocx(paragraphs));
}

async function pdf(paragraphs: readonly string[], options?: PdfOptions): Promise<string[]> {
  return read('pdf', options ? makePdf(paragraphs, 38, options) : makePdf(paragraphs));
}

async function read(ext: string, bytes: Uint8Array): Promise<string[]> {
  const file = join(dir, `r${files++}.${ext}`);
  writeFileSync(file, bytes);
  return (await readReport(file)).text.split('\n');
}

/** What readReport gave before headings were read: mammoth's raw text, one paragraph a line. */
async function rawText(bytes: Uint8Array): Promise<string[]> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value.replace(/\n{2,}/g, '\n').replace(/\s+$/, '').split('\n');
}

// a body paragraph of 80 characters: three lines in makePdf (36 + 38 + 6)
const LONG = '全区共有各级各类学校214所，在校学生12.6万人，教职工1.1万人。全年教育经费投入32.5亿元，比上年增长6.1%，占一般公共预算支出的21.3%，保持了两个只增不减。';
const PARAS = ['某区2023年教育工作总结', '一、总体情况', LONG, '（一）办学条件', '新建学校3所，改扩建学校12所，新增学位5600个。', '二、下一步工作', '持续推进教育强区建设。'];

describe('Word headings', () => {
  it('Heading 1/2 paragraphs start with # and ##, the Title is the first line unmarked, the body is unchanged', async () => {
    expect(await docx(PARAS, { styles: { 0: 'title', 1: 1, 3: 2, 5: 1 } })).toEqual([
      '某区2023年教育工作总结',
      '# 一、总体情况',
      LONG,
      '## （一）办学条件',
      '新建学校3所，改扩建学校12所，新增学位5600个。',
      '# 二、下一步工作',
      '持续推进教育强区建设。',
    ]);
  });

  for (const flavour of ['word', 'word-zh', 'zh', 'none'] as const) {
    it(`numbered by Word (the number not in the text), styles as ${flavour} writes them`, async () => {
      const paras = ['某区2023年教育工作总结', '总体情况', LONG, '办学条件', '新建学校3所。', '下一步工作', '持续推进。'];
      expect(await docx(paras, { flavour, numbered: flavour !== 'none', styles: { 0: 'title', 1: 1, 3: 2, 5: 1 } })).toEqual([
        '某区2023年教育工作总结',
        '# 总体情况',
        LONG,
        '## 办学条件',
        '新建学校3所。',
        '# 下一步工作',
        '持续推进。',
      ]);
    });
  }

  it('the Title goes first, its paragraphs joined; headings are trimmed, Heading 7–9 are ######, empty headings stay empty', async () => {
    const paras = ['附件1', '关于某区2023年', '教育工作的报告', '', ' 一、总体情况\t', '正文。', '细目', '', '正文。'];
    // (an empty paragraph gives no line, as before)
    expect(await docx(paras, { styles: { 1: 'title', 2: 'title', 4: 1, 6: 8, 7: 2 } })).toEqual(['关于某区2023年教育工作的报告', '附件1', '# 一、总体情况', '正文。', '###### 细目', '正文。']);
  });

  it('without heading styles the text is what mammoth extractRawText gives, byte for byte (Markdown characters not escaped, no marks)', async () => {
    const paras = readFileSync('tests/fixtures/draft/sanlian-condensed.txt', 'utf8').split('\n').concat(['# 不是标题', '**加粗** 与 _下划线_', '\t缩进的段落 ']);
    for (const bytes of [makeDocx(paras), makeDocx(paras, { flavour: 'word-zh', numbered: true })]) {
      const got = await read('docx', bytes);
      expect(got).toEqual(await rawText(bytes));
      expect(got.slice(-3)).toEqual(['# 不是标题', '**加粗** 与 _下划线_', '\t缩进的段落']);
    }
  });

  it('a table: one cell paragraph a line, as before; a heading style in a cell is marked too', async () => {
    const cell = (text: string, style = '') => `<w:tc><w:p>${style && `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>`}<w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const table = `<w:tbl><w:tr>${cell('指标')}${cell('数值')}</w:tr><w:tr>${cell('学校')}${cell('214所')}</w:tr></w:tbl>`;
    const withTable = (bytes: Uint8Array, xml: string) => {
      const files = unzipSync(bytes);
      files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml']!).replace('<w:sectPr/>', `${xml}<w:p><w:r><w:t>表后。</w:t></w:r></w:p><w:sectPr/>`));
      return zipSync(files);
    };
    const plain = withTable(makeDocx(['表前。']), table);
    expect(await read('docx', plain)).toEqual(['表前。', '指标', '数值', '学校', '214所', '表后。']);
    expect(await read('docx', plain)).toEqual(await rawText(plain));
    const styled = withTable(makeDocx(['表前。'], { styles: {} }), `<w:tbl><w:tr>${cell('分项', 'Heading3')}</w:tr></w:tbl>`);
    expect(await read('docx', styled)).toEqual(['表前。', '### 分项', '表后。']);
  });
});

describe('PDF headings', () => {
  it('lines set larger are headings, levels by size (22 → #, 16 → ##, 14 → ###); the wrapped body joins as before', async () => {
    const got = await pdf(PARAS, { headings: { 0: { size: 22, centred: true }, 1: { size: 16 }, 3: { size: 14 }, 5: { size: 16 } } });
    expect(got).toEqual(['# 某区2023年教育工作总结', '## 一、总体情况', LONG, '### （一）办学条件', '新建学校3所，改扩建学校12所，新增学位5600个。', '## 二、下一步工作', '持续推进教育强区建设。']);
  });

  for (const boldFont of ['/SimHei', '/STHeiti-Bold', '/ABCDEF+SimHei', '/#BA#DA#CC#E5', '/#E9#BB#91#E4#BD#93']) {
    it(`lines in a bold face (${boldFont}) at the body's size are headings, after the larger ones; a bold lead-in is not`, async () => {
      // the paragraph before 二、 fills its last line: only the change to bold ends it
      const full = '甲'.repeat(36 + 38);
      const paras = ['某区2023年教育工作总结', '一、总体情况', LONG, '（一）办学条件', '一是加强领导。成立了工作专班，全年召开调度会12次。', full, '二、下一步工作', '持续推进。'];
      const got = await pdf(paras, { boldFont, headings: { 0: { size: 16, bold: true }, 1: { bold: true }, 3: { bold: true }, 6: { bold: true } }, boldLeadIn: { 4: 7 } });
      expect(got).toEqual(['# 某区2023年教育工作总结', '## 一、总体情况', LONG, '## （一）办学条件', '一是加强领导。成立了工作专班，全年召开调度会12次。', full, '## 二、下一步工作', '持续推进。']);
    });
  }

  it('a title centred on two lines is one heading line; a long paragraph set large is not a heading', async () => {
    const title = '关于某区2023年度教育事业发展和教育经费投入情况的报告';
    const big = '二'.repeat(70);
    const got = await pdf([title, LONG, big, LONG], { headings: { 0: { size: 20, centred: true }, 2: { size: 14 } } });
    expect(got).toEqual([`# ${title}`, LONG, big, LONG]);
  });

  it('when the body is bold, bold lines are not headings (larger ones still are)', async () => {
    const paras = ['一、总体情况', LONG, '（一）办学条件', '正文。'];
    const got = await pdf(paras, { headings: { 0: { size: 16, bold: true }, 2: { bold: true } }, boldLeadIn: { 1: 100, 3: 100 } });
    expect(got).toEqual(['# 一、总体情况', LONG, '（一）办学条件', '正文。']);
  });

  it('without headings the text is as before: the paragraphs as written', async () => {
    // (Chinese ones: a space or a Latin word at a line break is another matter, the same as before)
    const paras = readFileSync('tests/fixtures/draft/sanlian-condensed.txt', 'utf8')
      .split('\n')
      .map((p) => p.trim())
      .filter((p) => p !== '' && !/[A-Za-z ]/.test(p));
    expect(paras.length).toBeGreaterThan(10);
    expect(await pdf(paras)).toEqual(paras);
    // a second font that is not bold changes nothing
    expect(await pdf(['总体情况', LONG], { boldFont: '/FangSong', headings: { 0: { bold: true } } })).toEqual(['总体情况', LONG]);
  });
});

describe('the parts', () => {
  const line = (text: string, y: number, extra: Partial<PdfLine> = {}): PdfLine => ({ text, x: 50, y, end: 50 + [...text].length * 10, page: 1, size: 10, ...extra });

  it('joinPdfLines: marks by the size most characters are set in and by bold characters; lines without either join as before', () => {
    const lines = [
      line('标题', 800, { textSize: 18, size: 18 }),
      line('正文写满了一整行正文写满了一整行正文写满了一整行', 770),
      line('接着写。', 755),
      line('小节', 740, { bold: 2 }),
      line('正文。', 725),
      line('一是加强领导。正文正文', 710, { bold: 7 }),
    ];
    expect(joinPdfLines(lines).split('\n')).toEqual(['# 标题', '正文写满了一整行正文写满了一整行正文写满了一整行接着写。', '## 小节', '正文。', '一是加强领导。正文正文']);
    expect(joinPdfLines(lines.map(({ textSize: _, bold: __, ...l }) => ({ ...l, size: 10 }))).split('\n')).toEqual(['标题', '正文写满了一整行正文写满了一整行正文写满了一整行接着写。', '小节', '正文。', '一是加强领导。正文正文']);
  });

  it('joinPdfLines: a running head (the same text at the same height on two pages) is not a heading', () => {
    const head = (page: number) => line('某区教育局', 820, { page, bold: 5 });
    const text = '正文写了好几句话。正文写了好几句话。';
    const lines = [head(1), line('小节', 800, { bold: 2 }), line(text, 785), head(2), line(text, 800, { page: 2 })];
    expect(joinPdfLines(lines).split('\n')).toEqual(['某区教育局', '# 小节', text, '某区教育局', text]);
  });

  it('isBoldFontName', () => {
    // a PDF name's bytes, as pdf.js gives them (one character a byte)
    const bytes = (s: string) => String.fromCharCode(...new TextEncoder().encode(s));
    const bold = ['SimHei', 'ABCDEF+SimHei', 'STHeiti-Light', 'Heiti SC', 'TimesNewRomanPS-BoldMT', 'Arial,Bold', 'MicrosoftYaHei-Bold', 'NotoSansCJKsc-Black', 'SourceHanSansSC-Heavy', 'SIMHEI', '\xBA\xDA\xCC\xE5', bytes('黑体'), '方正黑体简体'];
    const regular = ['STSong-Light', 'SimSun', 'FangSong_GB2312', 'KaiTi', 'MicrosoftYaHei', '微软雅黑', bytes('微软雅黑'), 'TimesNewRomanPSMT', 'Fahrenheit-Regular', 'ABCDEF+\xCB\xCE\xCC\xE5'];
    expect(bold.filter((n) => !isBoldFontName(n))).toEqual([]);
    expect(regular.filter((n) => isBoldFontName(n))).toEqual([]);
  });
});
