/**
 * Drafts from reports in the shapes people have (tests/fixtures/draft/shapes/, written for the
 * tests, and a long report made up in tests/helpers/long-report.ts): a web copy with its page
 * furniture before, inside and after the body; a one-line body with headings inside it, with and
 * without spaces; headings run into their paragraphs with 一是/——/bold leads; Markdown; a PDF's
 * text; 第一部分; unnumbered parts and an appendix list; a 16,000-character report with five levels
 * of headings. Each draft builds with --strict and no warning, in at most 25 slides, shows only
 * figures as the report writes them and none of the page furniture; the same report as .txt,
 * .docx and text PDF gives the same sections and figures.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { draftOutline } from '../../src/draft/draft.js';
import type { Plan } from '../../src/draft/plan.js';
import { figureAsWritten } from '../../src/report/figures.js';
import { readReport } from '../../src/report/read.js';
import { longReport } from '../helpers/long-report.js';
import { makeDocx, makePdf } from '../helpers/report-files.js';
import { createBuilder } from '../../src/watch/builder.js';

const SHAPES = 'tests/fixtures/draft/shapes';

interface Shape {
  file: string;
  title: string;
  sections: string[];
  figures: number;
  /** Page furniture that must not reach the draft. */
  noise?: string[];
}

const shapes: Shape[] = [
  {
    file: 'web-street-office.txt',
    title: '河西街道2025年上半年工作总结',
    sections: ['经济运行稳中有进', '城市管理精细提升', '民生保障扎实有力'],
    figures: 18,
    noise: ['字体', '当前位置', '浏览次数', '本报记者', '分享到', '下载文档', '还剩3页未读', '上一篇', '下一篇', '2025年下半年工作计划', 'ICP', '版权所有'],
  },
  { file: 'oneline-town.txt', title: '关于全镇2024年前三季度重点工作完成情况的报告', sections: ['主要指标完成情况', '存在的问题'], figures: 14, noise: ['下载文档', '收藏', '相关文档', '全镇2024年工作总结'] },
  { file: 'oneline-nospace.txt', title: '青山中学2024年教育教学工作总结', sections: ['高考再次取得优异成绩', '教师队伍不断壮大', '办学条件持续改善'], figures: 11 },
  { file: 'runin-county.txt', title: '（标题）', sections: ['经济发展稳中提质', '城乡建设协调推进', '民生事业全面进步'], figures: 17 },
  { file: 'markdown-case.md', title: '清河区：推进数字乡村建设 赋能乡村全面振兴', sections: ['夯实数字基础设施', '培育数字农业产业'], figures: 9, noise: ['原文链接', 'example.gov.cn', '参考链接'] },
  { file: 'markdown-tables.md', title: '东湖街道2025年民生实事办理情况', sections: ['总体情况', '分项进展', '2026年打算'], figures: 16, noise: ['来源：', '发布时间'] },
  { file: 'pdf-text.txt', title: '白河县人民政府工作报告', sections: ['2023年工作回顾', '2024年工作安排'], figures: 13, noise: ['最新修订', '可编辑', '(全文)', '相关文章', '报告解读'] },
  { file: 'part-report.txt', title: '关于2025年全市卫生健康工作情况的报告', sections: ['2025年工作回顾', '2026年工作安排'], figures: 9 },
  {
    file: 'unnumbered-parts.txt',
    title: '2025年南江市政府工作报告',
    sections: ['“十四五”时期发展成就和2024年工作回顾', '坚定不移推进科技创新', '持续扩大有效需求', '加快建设宜居城市', '2025年市政府民生实事'],
    figures: 37,
  },
];

/** The YAML without its comments (the list of figures left out quotes the report). */
const body = (yaml: string) => yaml.split('\n').filter((l) => !l.startsWith('#')).join('\n');
const squash = (s: string) => s.replace(/\s+/g, '').replace(/\*\*/g, '');

async function expectBuildsStrict(text: string, name: string, plan?: Plan) {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-shape-'));
  writeFileSync(join(dir, name), text);
  const { yaml, plan: p, leftOut, problems } = draftOutline(text, { reportName: name, source: name, dir });
  expect(problems).toEqual([]);
  writeFileSync(join(dir, 'd.yaml'), yaml);
  const built = await build({ outline: join(dir, 'd.yaml'), output: join(dir, 'd.pptx'), strict: true });
  expect(built.warnings).toEqual([]);
  expect(built.deck.slides.length).toBeLessThanOrEqual(25);
  // what draft counts as on slides, check counts alike
  const checked = await build({ outline: join(dir, 'd.yaml'), write: false });
  expect(checked.coverage).toEqual({ shown: p.figures.length - leftOut.length, total: p.figures.length });
  return { yaml, plan: plan ?? p, leftOut, deck: built.deck };
}

/** Every figure a slide shows reads in the report exactly as shown; every point is short. */
function expectFaithful(plan: Plan, text: string) {
  const flat = squash(text);
  for (const slide of plan.sections.flatMap((s) => s.slides)) {
    if (slide.type === 'numbers') for (const c of slide.figures) expect(flat, figureAsWritten(c.figure)).toContain(squash(figureAsWritten(c.figure)));
    if (slide.type === 'table') for (const row of slide.rows) for (const cell of row) if (typeof cell !== 'string') expect(flat).toContain(squash(figureAsWritten(cell.figure)));
    if (slide.type === 'points') for (const p of slide.points) expect(p.text.length, p.text).toBeLessThanOrEqual(30);
  }
}

describe('drafts from reports of every shape', () => {
  for (const s of shapes) {
    it(`${s.file}: its title and sections, every figure, no furniture, a deck that builds --strict`, async () => {
      const text = readFileSync(join(SHAPES, s.file), 'utf8');
      const { yaml, plan } = await expectBuildsStrict(text, s.file);
      expect(plan.cover.title ?? '（标题）').toBe(s.title);
      expect(plan.sections.map((x) => x.title)).toEqual(s.sections);
      expect(plan.figures).toHaveLength(s.figures);
      expectFaithful(plan, text);
      for (const n of s.noise ?? []) expect(body(yaml), n).not.toContain(n);
    });
  }

  it('a Markdown table is the slide’s table as the report has it: its header, a label a row, its figures as written', async () => {
    const text = readFileSync(join(SHAPES, 'markdown-tables.md'), 'utf8');
    const { plan } = await expectBuildsStrict(text, 'markdown-tables.md');
    const tables = plan.sections.flatMap((x) => x.slides).flatMap((x) => (x.type === 'table' ? [x] : []));
    const cell = (c: string | { figure: { raw: string } }) => (typeof c === 'string' ? c : figureAsWritten(c.figure));
    expect(tables.map((t) => t.columns)).toEqual([['指标', '2025年', '比上年增长'], ['项目', '完成情况', '说明']]);
    expect(tables[0]!.rows.map((r) => r.map(cell))).toEqual([
      ['新增养老床位', '320张', '18.5%'],
      ['老旧小区改造', '14个', '—'],
      ['新增停车泊位', '1,260个', '7.2%'],
      ['社区食堂服务人次', '约46万', '-2.4%'],
    ]);
    // a figure inside a cell of words is shown there, and on no card of its own
    expect(tables[1]!.rows[0]!.map(cell)).toEqual(['居家适老化改造', '560户', '含困难老人家庭210户']);
    const cards = plan.sections.flatMap((x) => x.slides).flatMap((x) => (x.type === 'numbers' ? x.figures.map((c) => figureAsWritten(c.figure)) : []));
    expect(cards).not.toContain('210户');
  });

  it('a long government work report (16,000 characters, five levels of headings): condensed to at most 25 slides', async () => {
    const r = longReport(6);
    expect([...r.text].length).toBeGreaterThan(15000);
    const { plan, leftOut, deck, yaml } = await expectBuildsStrict(r.text, 'long.txt');
    expect(deck.slides.length).toBeLessThanOrEqual(25);
    // sections at the level that gives 2–6: the six 第X部分
    expect(plan.sections).toHaveLength(6);
    // the inventory is the report's, as written; most are condensed away, and listed at the top
    expect(plan.figures.map((f) => `${f.written}|${f.unit}|${f.approx}`)).toEqual(r.figures.map((f) => `${f.value}|${f.unit}|${f.approx}`));
    expect(leftOut.length).toBeGreaterThan(plan.figures.length / 3);
    expect(yaml.split('\n').filter((l) => /^# {3}long\.txt:\d+ {2}/.test(l))).toHaveLength(leftOut.length);
    expectFaithful(plan, r.text);
    for (const n of ['下载', '字号', '来源：南湖日报', '相关报道', '上一篇', '版权所有']) expect(body(yaml)).not.toContain(n);
  });
});

describe('the same report as .txt, .docx and text PDF', () => {
  const key = (plan: Plan) => ({ sections: plan.sections.map((s) => s.title), figures: plan.figures.map((f) => `${f.written}|${f.unit}|${f.approx}`) });
  for (const s of shapes.filter((x) => x.file.endsWith('.txt'))) {
    it(`${s.file}: the same sections and figures`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'briefdeck-formats-'));
      const text = readFileSync(join(SHAPES, s.file), 'utf8');
      // one paragraph a line, as a writer types it into Word
      const paras = text.split('\n').map((p) => p.trim()).filter(Boolean);
      writeFileSync(join(dir, 'r.docx'), makeDocx(paras));
      writeFileSync(join(dir, 'r.pdf'), makePdf(paras));
      copyFileSync(join(SHAPES, s.file), join(dir, basename(s.file)));
      const fromTxt = key(draftOutline((await readReport(join(dir, basename(s.file)))).text, { reportName: 'r', fit: false }).plan);
      expect(key(draftOutline((await readReport(join(dir, 'r.docx'))).text, { reportName: 'r', fit: false }).plan)).toEqual(fromTxt);
      expect(key(draftOutline((await readReport(join(dir, 'r.pdf'))).text, { reportName: 'r', fit: false }).plan)).toEqual(fromTxt);
      // and, laid out, the same outline
      const outline = async (file: string) => body(draftOutline((await readReport(join(dir, file))).text, { reportName: 'r', dir }).yaml);
      expect(await outline('r.docx')).toEqual(await outline(basename(s.file)));
    }, 30_000);
  }

  it('Word headings by style, numbered by Word (the number is not in the text): the same sections', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefdeck-formats-'));
    const text = readFileSync(join(SHAPES, 'web-street-office.txt'), 'utf8');
    const paras = text.split('\n').map((p) => p.trim()).filter((p) => p && !/下载|打印|字体|首页|当前位置|发布时间|字号|分享|扫一扫|来源|还剩|上一篇|下一篇|版权/.test(p));
    // 一、… as Heading 1 and （一）… as Heading 2, their numbers Word's own
    const styles: Record<number, 1 | 2 | 'title'> = { 0: 'title' };
    const words = paras.map((p, i) => {
      if (/^[一二三]、/.test(p)) styles[i] = 1;
      else if (/^（[一二三]）/.test(p)) styles[i] = 2;
      return p.replace(/^(?:[一二三]、|（[一二三]）)/, '');
    });
    writeFileSync(join(dir, 'r.docx'), makeDocx(words, { styles, numbered: true }));
    const docx = draftOutline((await readReport(join(dir, 'r.docx'))).text, { reportName: 'r', fit: false }).plan;
    const txt = draftOutline(text, { reportName: 'r', fit: false }).plan;
    expect(docx.sections.map((x) => x.title)).toEqual(txt.sections.map((x) => x.title));
    expect(docx.figures.map(figureAsWritten)).toEqual(txt.figures.map(figureAsWritten));
    expect(docx.cover.title).toBe('河西街道2025年上半年工作总结');
  }, 30_000);
});

describe('Word and PDF reports are checked as text reports are', () => {
  it('a draft of a .docx names it in source:, and build --strict and check read it with the same reader', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefdeck-docx-src-'));
    const text = readFileSync(join(SHAPES, 'part-report.txt'), 'utf8');
    writeFileSync(join(dir, '报告.docx'), makeDocx(text.split('\n').filter(Boolean)));
    writeFileSync(join(dir, '报告.pdf'), makePdf(text.split('\n').filter(Boolean)));
    const read = await readReport(join(dir, '报告.docx'));
    const { yaml, plan, leftOut } = draftOutline(read.text, { reportName: '报告.docx', source: '报告.docx', dir });
    expect(yaml).toContain('source: "报告.docx"');
    writeFileSync(join(dir, 'd.yaml'), yaml);
    const built = await build({ outline: join(dir, 'd.yaml'), output: join(dir, 'd.pptx'), strict: true });
    expect(built.warnings).toEqual([]);
    const checked = await build({ outline: join(dir, 'd.yaml'), write: false });
    expect(checked.coverage).toEqual({ shown: plan.figures.length - leftOut.length, total: 9 });
    // check --source a PDF of it: the same figures, found at their places
    const viaPdf = await build({ outline: join(dir, 'd.yaml'), write: false, cwd: dir, source: '报告.pdf' });
    expect(viaPdf.coverage).toEqual(checked.coverage);
    // a figure edited in the outline is found wrong against the Word report, at its place
    writeFileSync(join(dir, 'd.yaml'), yaml.replace('value: 1860', 'value: 1680'));
    const wrong = await build({ outline: join(dir, 'd.yaml'), output: join(dir, 'd.pptx') });
    expect(wrong.warnings.map((d) => d.code)).toEqual(['SOURCE_MISMATCH']);
    expect(wrong.warnings[0]!.message).toContain('1680张');
    // watch checks it on every rebuild too
    const builder = createBuilder({ outline: join(dir, 'd.yaml'), output: join(dir, 'd.pptx'), cwd: dir });
    const run = await builder.run();
    expect(run.ok && run.warnings.map((d) => d.code)).toEqual(['SOURCE_MISMATCH']);
    expect(builder.dependencies()).toContain(join(dir, '报告.docx'));
  }, 30_000);

  it('a Word report that cannot be read warns at source:, and --strict fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefdeck-docx-bad-'));
    writeFileSync(join(dir, 'r.docx'), 'not a zip');
    writeFileSync(join(dir, 'd.yaml'), 'title: t\nsource: r.docx\nslides:\n  - type: points\n    points: [a]\n');
    const r = await build({ outline: join(dir, 'd.yaml'), output: join(dir, 'd.pptx') });
    expect(r.warnings.map((d) => [d.code, d.pos?.line])).toEqual([['SOURCE_MISMATCH', 2]]);
    await expect(build({ outline: join(dir, 'd.yaml'), output: join(dir, 'd.pptx'), strict: true })).rejects.toMatchObject({ code: 'SOURCE_MISMATCH' });
  });
});
