/**
 * `briefdeck draft`: the shipped report (a condensed copy in fixtures; the full text where
 * ../shared is present) gives its three sections and its figures exactly, nothing from after the
 * article, and a draft that builds and checks clean.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { draftOutline } from '../../src/draft/draft.js';
import { allocate, balanced, titleOf } from '../../src/draft/plan.js';
import { shorten } from '../../src/draft/leads.js';
import { figureAsWritten } from '../../src/report/figures.js';
import { runCli } from '../helpers/cli.js';

const CONDENSED = 'tests/fixtures/draft/sanlian-condensed.txt';
const HALF_YEAR = 'tests/fixtures/stress/half-year-report.txt';
const REPORT = join('..', 'shared', 'reports', 'yunyang-sanlian.txt');
const truth = JSON.parse(readFileSync('tests/fixtures/sanlian-figures.json', 'utf8')) as { value: number; approx?: string; unit?: string; source: string }[];
const tmp = () => mkdtempSync(join(tmpdir(), 'briefdeck-draft-'));

/** The report's figures against the shipped report's main figures (value, unit, approx word). */
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
  for (const f of plan.figures) expect(article.includes(figureAsWritten(f)) || article.replace(/\s/g, '').includes(figureAsWritten(f))).toBe(true);
  // every card quotes the article, and its figure is in its quote as the report prints it
  for (const s of plan.sections.flatMap((x) => x.slides)) {
    if (s.type !== 'numbers') continue;
    for (const c of s.figures) {
      expect(article, c.source).toContain(c.source);
      expect(c.source).toContain(figureAsWritten(c.figure));
    }
  }
  return plan;
}

describe('draft of the shipped report', () => {
  it('the condensed copy: three sections, every main figure identical, nothing from after the article', () => {
    const plan = expectFaithful(readFileSync(CONDENSED, 'utf8'));
    const all = JSON.stringify(plan.sections);
    for (const after of ['76.7', '347', '14个', '300余人', '某某', '论文部分内容阅读', '被引量']) expect(all).not.toContain(after);
    expect(plan.closing).toBe('雄关漫道真如铁 而今迈步从头越');
    expect(plan.cover.organization).toBe('十堰市郧阳区教育局');
    expect(plan.cover.title).toBe('“三同三联”促发展 同心育人著华章');
  });

  it.skipIf(!existsSync(REPORT))('the full report in ../shared (skipped where ../shared is absent): faithful, and its draft checks clean', async () => {
    const plan = expectFaithful(readFileSync(REPORT, 'utf8'));
    expect(plan.figures.length).toBe(24);
    const dir = tmp();
    writeFileSync(join(dir, 'd.yaml'), draftOutline(readFileSync(REPORT, 'utf8'), { reportName: 'r.txt', source: resolve(REPORT), dir }).yaml);
    // strict: no mismatch, no layout warning; and every figure of the article is on a slide
    const checked = await build({ outline: join(dir, 'd.yaml'), write: false, strict: true });
    expect(checked.warnings).toEqual([]);
    expect(checked.coverage).toEqual({ shown: 24, total: 24 });
  });

  it('writes an outline that builds and checks without a warning, the figures checked against the report', async () => {
    const dir = tmp();
    const report = resolve(CONDENSED);
    const { yaml } = draftOutline(readFileSync(report, 'utf8'), { reportName: 'sanlian-condensed.txt', source: report, dir });
    writeFileSync(join(dir, 'd.yaml'), yaml);
    const checked = await build({ outline: join(dir, 'd.yaml'), write: false, strict: true });
    expect(checked.warnings).toEqual([]);
    expect(yaml).toMatch(/^# .*briefdeck draft/);
    expect(yaml).toContain('lang: zh-CN');
  });

  it('is deterministic: the same report gives the same outline', () => {
    const text = readFileSync(CONDENSED, 'utf8');
    expect(draftOutline(text, { reportName: 'r.txt' }).yaml).toBe(draftOutline(text, { reportName: 'r.txt' }).yaml);
  });
});

describe('draft of another report: the half-year economic report', () => {
  const text = readFileSync(HALF_YEAR, 'utf8');
  it('finds its numbered sections and ties each change to its figure', () => {
    const { plan, leftOut } = draftOutline(text, { reportName: 'r.txt' });
    expect(plan.cover.title).toBe('郧阳区2026年上半年经济运行情况');
    expect(plan.sections.map((s) => s.title)).toEqual(['总体情况', '消费与收入', '人才与创新']);
    const cards = plan.sections.flatMap((s) => s.slides).flatMap((s) => (s.type === 'numbers' ? s.figures : []));
    const by = (v: number) => cards.find((c) => c.figure.value === v)!;
    expect(by(395.12)).toMatchObject({ label: '地区生产总值', changes: [{ value: 6.1, unit: '%', word: '增长', basis: '同比' }] });
    expect(by(26).changes.map(({ written: _, ...c }) => c)).toEqual([
      { value: 7, unit: '人', word: '增加', basis: '比去年' },
      { value: 36.8, unit: '%', word: '增长率' },
    ]);
    expect(by(300).figure).toMatchObject({ approx: '超过', unit: '亿元' });
    // every figure with a unit is in the inventory, changes too; a number without a unit (价格指数100.2) is none
    expect(plan.figures.map(figureAsWritten)).toEqual(['395.12亿元', '6.1%', '超过300亿元', '5%以内', '128.6亿元', '8.3%', '约2.1万元', '5.9%', '21.37亿元', '2.3%', '18.6%', '2.3个百分点', '26人', '7人', '36.8%', '近200家', '23家', '1400余户']);
    expect(leftOut).toEqual([]);
  });
});

describe('draft of a report with a date, numbered sub-headings and navigation after it', () => {
  it('states the cover, numbered sections, sub-headings as points, every figure; nothing after 责任编辑', () => {
    const text = readFileSync('tests/fixtures/draft/yiwu-report.txt', 'utf8');
    const { plan, yaml } = draftOutline(text, { reportName: 'r.txt' });
    expect(plan.cover).toMatchObject({ title: '关于2026年全区义务教育工作情况的报告', organization: '十堰市郧阳区教育局', date: '2026年10月12日' });
    expect(plan.sections.map((s) => s.title)).toEqual(['主要工作成效', '存在的问题', '下一步打算']);
    const first = plan.sections[0]!.slides[0]!;
    expect(first.type === 'points' && first.points.map((p) => p.text)).toEqual(['办学条件持续改善', '教师队伍不断壮大', '教育质量稳步提升']);
    expect(plan.figures.map(figureAsWritten)).toEqual(['3.2亿元', '12.5%', '14所', '2800个', '98.6%', '236名', '41人', '1.2万人次', '3000人次', '8.3分', '约96%', '超过55人', '50岁以上', '近30%', '3000个以上', '不少于100名']);
    const cards = plan.sections.flatMap((s) => s.slides).flatMap((s) => (s.type === 'numbers' ? s.figures : []));
    expect(cards.find((c) => c.figure.value === 3.2)!.changes.map(({ written: _, ...c }) => c)).toEqual([{ value: 12.5, unit: '%', word: '增长', basis: '比上年' }]);
    expect(cards.find((c) => c.figure.value === 100)!.label).toBe('每年补充乡村教师');
    for (const gone of ['王某', '上一篇', '版权所有', '开学工作总结']) expect(yaml).not.toContain(gone);
  });
});

describe('the parts', () => {
  it('a headline sentence makes a section title and subtitle', () => {
    expect(titleOf('同轴运转,以“党建联抓”强化工作合力')).toEqual({ title: '同轴运转·党建联抓', subtitle: '以“党建联抓”强化工作合力' });
    expect(titleOf('深入落实城市总体规划，推动京津冀协同发展走深走实')).toEqual({ title: '深入落实城市总体规划', subtitle: '推动京津冀协同发展走深走实' });
  });

  it('figures are grouped at most six a slide, as evenly as can be', () => {
    expect(balanced([1, 2, 3, 4, 5, 6, 7, 8], 6).map((c) => c.length)).toEqual([4, 4]);
    expect(balanced([1, 2, 3, 4, 5, 6, 7], 6).map((c) => c.length)).toEqual([4, 3]);
  });

  it('a briefing of 25 slides: every section gets its share, at least one', () => {
    expect(allocate([3, 2], 20)).toEqual([3, 2]);
    expect(allocate([30, 10, 2], 12)).toEqual([8, 3, 1]);
    expect(allocate([1, 1, 1, 40], 6).reduce((a, b) => a + b)).toBe(6);
  });

  it('a long sentence is cut at a clause to fit a point, never inside a quotation, and marked as cut', () => {
    expect(shorten('上半年，全区地区生产总值完成395.12亿元，同比增长6.1%，增速高于全市平均水平。')).toEqual({ text: '上半年，全区地区生产总值完成395.12亿元', cut: true });
    expect(shorten('牢记职责使命，紧紧围绕“建设一个什么样的首都，怎样建设首都”这一重大时代课题不断深化认识').text).toBe('牢记职责使命');
  });
});

describe('briefdeck draft (CLI)', () => {
  it('writes the outline, and will not write over one without --force', async () => {
    const dir = tmp();
    const out = join(dir, 'd.yaml');
    const first = await runCli(['draft', HALF_YEAR, '-o', out, '--lang', 'en']);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain('3 sections');
    expect(first.out).toContain('18 of 18 figures on slides');
    const written = readFileSync(out, 'utf8');
    expect(written).toContain('source: ');
    // the comments in the user's language, the deck's own words in the report's
    expect(written).toMatch(/^# A draft made by `briefdeck draft`/);
    expect(written).toContain('lang: zh-CN');
    expect(written).toMatch(/title: ".*：主要数据"/);
    expect(written).not.toMatch(/main points|key figures/);
    const again = await runCli(['draft', HALF_YEAR, '-o', out, '--lang', 'en']);
    expect(again.code).toBe(1);
    expect(again.err).toContain('OUTPUT_PROTECTED');
    expect((await runCli(['draft', HALF_YEAR, '-o', out, '--force'])).code).toBe(0);
    const built = await runCli(['build', out, '-o', join(dir, 'd.pptx'), '--strict']);
    expect(built.code, built.err).toBe(0);
    // check prints the same count
    const checked = await runCli(['check', out, '--lang', 'en']);
    expect(checked.out).toContain('figures of the report on slides: 18 of 18');
    // -o a folder: <report name>.yaml in it
    expect((await runCli(['draft', HALF_YEAR, '-o', `${dir}/`])).code).toBe(0);
    expect(existsSync(join(dir, 'half-year-report.yaml'))).toBe(true);
  });

  it('--figures: the report’s whole inventory, one JSON object a line, and nothing written', async () => {
    const dir = tmp();
    const r = await runCli(['draft', HALF_YEAR, '--figures', '-o', join(dir, 'x.yaml')]);
    expect(r.code, r.err).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(18);
    expect(lines[0]).toEqual({ value: '395.12', unit: '亿元', approx: '', change: false, sentence: '全区地区生产总值完成395.12亿元', section: '一、总体情况' });
    expect(lines[1]).toMatchObject({ value: '6.1', unit: '%', change: true, sentence: '同比增长6.1%' });
    expect(existsSync(join(dir, 'x.yaml'))).toBe(false);
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
