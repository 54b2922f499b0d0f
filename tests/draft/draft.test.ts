/**
 * `briefdeck draft`: the shipped report (a condensed copy in fixtures; the full text where
 * ../shared is present) gives its three sections and its figures exactly, nothing from after the
 * article, and a draft that builds and checks clean; Word and PDF copies give the same outline.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { findArticle } from '../../src/draft/article.js';
import { draftOutline } from '../../src/draft/draft.js';
import { balanced, shorten } from '../../src/draft/plan.js';
import { readReport } from '../../src/report/read.js';
import { findSections, titleOf } from '../../src/draft/sections.js';
import { reportFigureText } from '../../src/report/figures.js';
import { runCli } from '../helpers/cli.js';
import { makeDocx, makePdf } from '../helpers/report-files.js';

const CONDENSED = 'tests/fixtures/draft/sanlian-condensed.txt';
const HALF_YEAR = 'tests/fixtures/stress/half-year-report.txt';
const REPORT = join('..', 'shared', 'reports', 'yunyang-sanlian.txt');
const truth = JSON.parse(readFileSync('tests/fixtures/sanlian-figures.json', 'utf8')) as { value: number; approx?: string; unit?: string; source: string }[];
const tmp = () => mkdtempSync(join(tmpdir(), 'briefdeck-draft-'));

/** Recall and precision of a draft's figures against the report's main figures (value, unit, approx word). */
function score(text: string) {
  const { plan } = draftOutline(text, { reportName: 'r.txt' });
  const key = (f: { value: number; unit?: string; approx?: string }) => `${f.value}|${f.unit ?? ''}|${f.approx ?? ''}`;
  const left = plan.figures.map(key);
  let hits = 0;
  for (const t of truth) {
    const i = left.indexOf(key(t));
    if (i >= 0) {
      hits++;
      left.splice(i, 1);
    }
  }
  return { plan, recall: hits / truth.length, precision: hits / plan.figures.length, wrong: left };
}

/** The shipped report's article: everything before 责任编辑. */
const articleOf = (text: string) => text.slice(0, text.indexOf('责任编辑'));

function expectFaithful(text: string) {
  const { plan, recall, precision, wrong } = score(text);
  expect(plan.sections.map((s) => s.title)).toEqual(['同轴运转·党建联抓', '同频共振·质量联提', '同向发力·资源联享']);
  expect(recall).toBeGreaterThanOrEqual(0.9);
  expect(wrong).toEqual([]);
  expect(precision).toBe(1);
  const article = articleOf(text);
  for (const f of plan.figures) {
    // the quote is the article's own words (nothing from after it), and the figure as the report prints it is in it
    expect(article, f.source).toContain(f.source);
    expect(f.source).toContain(reportFigureText(f));
  }
  return plan;
}

describe('draft of the shipped report', () => {
  it('the condensed copy: three sections, every main figure identical, nothing from after the article', () => {
    const plan = expectFaithful(readFileSync(CONDENSED, 'utf8'));
    const all = JSON.stringify(plan);
    for (const after of ['76.7', '347', '14个', '300余人', '某某']) expect(all).not.toContain(after);
    expect(plan.closing).toBe('雄关漫道真如铁 而今迈步从头越');
    expect(plan.article.organization).toBe('十堰市郧阳区教育局');
  });

  it.skipIf(!existsSync(REPORT))('the full report in ../shared (skipped where ../shared is absent): faithful, and its draft checks clean', async () => {
    const plan = expectFaithful(readFileSync(REPORT, 'utf8'));
    expect(plan.figures.length).toBe(24);
    const dir = tmp();
    writeFileSync(join(dir, 'd.yaml'), draftOutline(readFileSync(REPORT, 'utf8'), { reportName: 'r.txt', source: resolve(REPORT) }).yaml);
    // strict: no mismatch, no layout warning; and no SOURCE_COVERAGE: every figure of the article is on a slide
    expect((await build({ outline: join(dir, 'd.yaml'), write: false, strict: true })).warnings).toEqual([]);
  });

  it('writes an outline that builds and checks without a warning, the figures checked against the report', async () => {
    const dir = tmp();
    const report = resolve(CONDENSED);
    const { yaml } = draftOutline(readFileSync(report, 'utf8'), { reportName: 'sanlian-condensed.txt', source: report });
    writeFileSync(join(dir, 'd.yaml'), yaml);
    const checked = await build({ outline: join(dir, 'd.yaml'), write: false, strict: true });
    expect(checked.warnings).toEqual([]);
    expect(yaml).toMatch(/^# .*briefdeck draft/);
    expect(yaml).toContain('  # 草稿');
  });

  it('is deterministic: the same report gives the same outline', () => {
    const text = readFileSync(CONDENSED, 'utf8');
    expect(draftOutline(text, { reportName: 'r.txt' }).yaml).toBe(draftOutline(text, { reportName: 'r.txt' }).yaml);
  });
});

describe('draft of another report: the half-year economic report', () => {
  const text = readFileSync(HALF_YEAR, 'utf8');
  it('finds its numbered sections and ties each change to its figure', () => {
    const { plan } = draftOutline(text, { reportName: 'r.txt' });
    expect(plan.article.title).toBe('郧阳区2026年上半年经济运行情况');
    expect(plan.sections.map((s) => s.title)).toEqual(['总体情况', '消费与收入', '人才与创新']);
    const by = (v: number) => plan.figures.find((f) => f.value === v)!;
    expect(by(395.12)).toMatchObject({ unit: '亿元', label: '地区生产总值', changes: [{ value: 6.1, unit: '%', word: '增长', basis: '同比' }] });
    expect(by(26).changes).toEqual([
      { value: 7, unit: '人', word: '增加', basis: '比去年' },
      { value: 36.8, unit: '%', word: '增长率' },
    ]);
    expect(by(100.2).changes).toEqual([{ word: '基本持平', basis: '与上年' }]);
    expect(by(300)).toMatchObject({ approx: '超过', unit: '亿元' });
    // a change is not a figure of its own, and a year is not a figure
    expect(plan.figures.map((f) => f.value)).toEqual([395.12, 300, 5, 128.6, 2.1, 21.37, 18.6, 100.2, 26, 200, 1400]);
  });
});

describe('draft of a report with a date, numbered sub-headings and navigation after it', () => {
  it('states the cover, numbered sections, sub-headings as points, every figure; nothing after 责任编辑', () => {
    const text = readFileSync('tests/fixtures/draft/yiwu-report.txt', 'utf8');
    const { plan, yaml } = draftOutline(text, { reportName: 'r.txt' });
    expect(plan.article).toMatchObject({ title: '关于2026年全区义务教育工作情况的报告', organization: '十堰市郧阳区教育局', date: '2026年10月12日' });
    expect(plan.sections.map((s) => s.title)).toEqual(['主要工作成效', '存在的问题', '下一步打算']);
    const first = plan.sections[0]!.slides[0]!;
    expect(first.type === 'points' && first.points.map((p) => p.text)).toEqual(['办学条件持续改善', '教师队伍不断壮大', '教育质量稳步提升']);
    expect(plan.figures.map((f) => reportFigureText(f))).toEqual(['3.2亿元', '14所', '2800个', '98.6%', '236名', '41人', '1.2万人次', '8.3分', '约96%', '超过55人', '近30%', '3000个以上', '100名']);
    expect(plan.figures[0]!.changes).toEqual([{ value: 12.5, unit: '%', word: '增长', basis: '比上年' }]);
    expect(plan.figures.find((f) => f.value === 100)!.label).toBe('每年补充乡村教师');
    for (const gone of ['王某', '上一篇', '版权所有', '开学工作总结']) expect(yaml).not.toContain(gone);
  });
});

describe('Word and PDF reports', () => {
  const cases = [CONDENSED, HALF_YEAR, 'tests/fixtures/draft/yiwu-report.txt'];
  for (const file of cases) {
    it(`a .docx and a PDF of ${file} give the same outline as the .txt`, async () => {
      const dir = tmp();
      const text = readFileSync(file, 'utf8');
      // the paragraphs as a writer would type them into Word (a heading run in after a paragraph is its own)
      const paras = text.split('\n').flatMap((l) => l.split(/ {2,}/)).map((p) => p.trim()).filter(Boolean);
      writeFileSync(join(dir, 'r.docx'), makeDocx(paras));
      writeFileSync(join(dir, 'r.pdf'), makePdf(paras));
      const fromTxt = draftOutline((await readReport(resolve(file))).text, { reportName: 'r' }).yaml;
      const fromDocx = await readReport(join(dir, 'r.docx'));
      const fromPdf = await readReport(join(dir, 'r.pdf'));
      expect(fromDocx.kind).toBe('docx');
      expect(fromPdf.kind).toBe('pdf');
      expect(draftOutline(fromDocx.text, { reportName: 'r' }).yaml).toBe(fromTxt);
      expect(draftOutline(fromPdf.text, { reportName: 'r' }).yaml).toBe(fromTxt);
    }, 30_000);
  }
});

describe('Markdown and empty reports', () => {
  it('a Markdown report: headings and list items are paragraphs like any other', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'r.md'), '# 某区教育工作汇报\n\n## 一、队伍建设\n\n- 全区新招聘教师120名，比去年增加15名。\n- 培训校长46人次。\n\n## 二、办学条件\n\n新建学校3所。\n');
    const { plan, yaml } = draftOutline((await readReport(join(dir, 'r.md'))).text, { reportName: 'r.md', source: 'r.md' });
    expect(plan.article.title).toBe('某区教育工作汇报');
    expect(plan.sections.map((s) => s.title)).toEqual(['队伍建设', '办学条件']);
    expect(plan.figures.map((f) => reportFigureText(f))).toEqual(['120名', '46人次', '3所']);
    expect(plan.figures[0]!.changes).toEqual([{ value: 15, unit: '名', word: '增加', basis: '比去年' }]);
    writeFileSync(join(dir, 'd.yaml'), yaml);
    expect((await build({ outline: join(dir, 'd.yaml'), write: false, strict: true })).warnings).toEqual([]);
  });

  it('a PDF without text (a scan) is DRAFT_READ, not an empty outline', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'scan.pdf'), makePdf([' ']));
    await expect(readReport(join(dir, 'scan.pdf'))).rejects.toMatchObject({ code: 'DRAFT_READ' });
  });
});

describe('the parts', () => {
  it('a headline sentence makes a section title and subtitle', () => {
    expect(titleOf('同轴运转,以“党建联抓”强化工作合力')).toEqual({ title: '同轴运转·党建联抓', subtitle: '以“党建联抓”强化工作合力' });
    expect(findSections(['一、总体情况', '正文。', '二、收入', '正文。']).sections.map((s) => s.title)).toEqual(['总体情况', '收入']);
  });

  it('the article starts after the page furniture and ends at 责任编辑 / 其他文献', () => {
    const a = findArticle('标题在此\n来源 :某刊 | 被引量 : 0次 | 上传用户:x\n正文第一段，有10个数字。\n责任编辑/某\n其他文献\n另一篇文章的5个数字。');
    expect(a.title).toBe('标题在此');
    expect(a.paragraphs).toEqual(['正文第一段，有10个数字。']);
  });

  it('figures are grouped at most six a slide, as evenly as can be', () => {
    expect(balanced([1, 2, 3, 4, 5, 6, 7, 8], 6).map((c) => c.length)).toEqual([4, 4]);
    expect(balanced([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 6).map((c) => c.length)).toEqual([6, 5]);
  });

  it('a long sentence is cut at a clause to fit a point, and marked as cut', () => {
    const p = shorten('上半年，全区地区生产总值完成395.12亿元，同比增长6.1%，增速高于全市平均水平。');
    expect(p).toEqual({ text: '上半年，全区地区生产总值完成395.12亿元', cut: true });
  });
});

describe('briefdeck draft (CLI)', () => {
  it('writes the outline, and will not write over one without --force', async () => {
    const dir = tmp();
    const out = join(dir, 'd.yaml');
    const first = await runCli(['draft', HALF_YEAR, '-o', out, '--lang', 'en']);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain('3 sections');
    expect(readFileSync(out, 'utf8')).toContain('source: ');
    const again = await runCli(['draft', HALF_YEAR, '-o', out, '--lang', 'en']);
    expect(again.code).toBe(1);
    expect(again.err).toContain('OUTPUT_PROTECTED');
    expect((await runCli(['draft', HALF_YEAR, '-o', out, '--force'])).code).toBe(0);
    const built = await runCli(['build', out, '-o', join(dir, 'd.pptx')]);
    expect(built.code, built.err).toBe(0);
    // -o a folder: <report name>.yaml in it
    expect((await runCli(['draft', HALF_YEAR, '-o', `${dir}/`])).code).toBe(0);
    expect(existsSync(join(dir, 'half-year-report.yaml'))).toBe(true);
  });

  it('refuses a report it cannot read, in both languages', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'r.xls'), 'x');
    const en = await runCli(['draft', join(dir, 'r.xls'), '-o', join(dir, 'd.yaml'), '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.err).toContain('DRAFT_READ');
    const zh = await runCli(['draft', join(dir, 'r.xls'), '-o', join(dir, 'd.yaml'), '--lang', 'zh']);
    expect(zh.err).toContain('无法读取');
    writeFileSync(join(dir, 'bad.docx'), 'not a zip');
    expect((await runCli(['draft', join(dir, 'bad.docx'), '-o', join(dir, 'd.yaml')])).err).toContain('DRAFT_READ');
  });
});
