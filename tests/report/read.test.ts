/**
 * Word reports read back with their headings marked as Markdown marks them (`## `), the body as
 * before: one paragraph a line.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { readReport } from '../../src/report/read.js';
import { makeDocx, type DocxOptions } from '../helpers/report-files.js';

const dir = mkdtempSync(join(tmpdir(), 'briefdeck-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

async function docx(paragraphs: readonly string[], options?: DocxOptions): Promise<string[]> {
  return read('docx', options ? makeDocx(paragraphs, options) : makeDocx(paragraphs));
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

// a body paragraph of 80 characters
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
