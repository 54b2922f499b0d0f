/**
 * Headings at every level and in every common form, and what is not one; the sections a draft
 * makes of them (2–6, at the outermost level that gives them).
 */
import { describe, expect, it } from 'vitest';
import { analyseReport } from '../../src/report/analyse.js';
import { chineseNumber } from '../../src/report/headings.js';
import { structureOf } from '../../src/draft/structure.js';

const headings = (text: string) => analyseReport(text).units.flatMap((u) => (u.heading ? [`${u.heading.level}:${u.heading.text}`] : []));
const sections = (text: string) => structureOf(analyseReport(text)).sections.map((s) => s.heading?.title ?? '');

describe('headings in every common form', () => {
  it('on their own line, with numbers inside them', () => {
    expect(headings('一、2025年上半年工作总结\n上半年，全县经济稳中有进。\n（一）经济运行\n地区生产总值增长6.3%。\n（二）项目建设\n完成投资86.4亿元。')).toEqual([
      '1:一、2025年上半年工作总结',
      '2:（一）经济运行',
      '2:（二）项目建设',
    ]);
  });

  it('run into their paragraph: the heading ends at its 。', () => {
    const a = analyseReport('（一）经济发展稳中提质，产业动能加速释放。经济运行稳中向好。一是工业经济提速增效。\n（二）城乡建设协调推进。新建改造城市道路12.6公里。');
    expect(a.units.map((u) => (u.heading ? `H:${u.heading.text}` : `P:${u.para!.text}`))).toEqual([
      'H:（一）经济发展稳中提质，产业动能加速释放',
      'P:经济运行稳中向好。一是工业经济提速增效。',
      'H:（二）城乡建设协调推进',
      'P:新建改造城市道路12.6公里。',
    ]);
  });

  it('inside a one-line body: after a sentence, or set off by a space', () => {
    expect(headings('学校总结。一年来，学校坚持立德树人。一、高考再次取得优异成绩。本科上线486人。二、教师队伍不断壮大。新招聘教师36名。')).toEqual(['1:一、高考再次取得优异成绩', '1:二、教师队伍不断壮大']);
    expect(headings('调研报告 现将情况报告如下： 一、完成情况 (一)全镇主要经济指标完成情况 预计1-6月份,完成地区生产总值10.3亿元。 (二)固定资产投资指标完成情况 预计投资5.7亿元。')).toEqual([
      '1:一、完成情况',
      '2:(一)全镇主要经济指标完成情况',
      '2:(二)固定资产投资指标完成情况',
    ]);
  });

  it('第一部分, and five levels beneath one another', () => {
    expect(headings('第一部分 工作回顾\n一、经济运行\n（一）工业\n1.规上工业增加值增长8.5%。\n（1）重点企业生产平稳。\n第二部分 工作安排\n一、目标\n年度目标如下。')).toEqual([
      '1:第一部分 工作回顾',
      '2:一、经济运行',
      '3:（一）工业',
      '4:1.规上工业增加值增长8.5%',
      '5:（1）重点企业生产平稳',
      '1:第二部分 工作安排',
      '2:一、目标',
    ]);
  });

  it('Markdown and Word heading marks: only marked lines are headings then, numbered list items stay items', () => {
    expect(headings('# 标题\n\n## 一、夯实基础\n\n正文。\n\n### 1. 网络覆盖全域\n\n1. **统筹规划**：一张蓝图\n2. **平台支撑**：数据驱动\n\n## 经验总结\n\n正文。')).toEqual(['1:一、夯实基础', '2:1. 网络覆盖全域', '1:经验总结']);
  });

  it('unnumbered headings between paragraphs are parts above the numbered ones', () => {
    expect(headings('现在，我代表市人民政府，向大会报告政府工作，请予审议。\n“十四五”时期发展成就和2024年工作回顾\n“十四五”以来，全市经济总量达到3260亿元，年均增长6.4%，各项事业全面进步，人民生活持续改善。\n一、坚定不移推进科技创新\n新增高新技术企业200家以上。')).toEqual([
      '0:“十四五”时期发展成就和2024年工作回顾',
      '1:一、坚定不移推进科技创新',
    ]);
  });

  it('not headings: 一是/二是 openers, ——dash and bold lead sentences, numbered list items, a number out of sequence', () => {
    expect(headings('一、总体情况\n一是工业经济提速增效。规上工业增加值增长8.5%。二是项目建设加力推进。\n——城市功能更加完善。新建道路12.6公里。\n**就业形势总体稳定**。城镇新增就业4120人。\n落实各项基本保障。救助困难对象9307人次。')).toEqual(['1:一、总体情况']);
    // a list of long measures is no list of headings (1.实现城镇新增就业18万人以上，…); 附件 opens an appendix, outside the outline's levels
    expect(headings('一年来，全市各项工作取得新进展，人民生活持续改善。\n附件\n2025年民生实事\n1.新增城镇就业岗位8万个以上，开发公益性岗位2000个，帮扶困难人员就业5000人以上。\n2.新建改扩建幼儿园12所，新增普惠性学位3600个，更新教学设备4500台套。')).toEqual(['0:附件', '0:2025年民生实事']);
    // 3. out of sequence: no heading
    expect(headings('一、总体情况\n正文。\n3.某项工作。\n二、下一步打算\n正文。')).toEqual(['1:一、总体情况', '1:二、下一步打算']);
  });

  it('an official heading of 50 characters on its own line; a number the reading missed does not stop the rest', () => {
    const long = '（二）推动供需高水平动态适配，在建设强大国内市场中努力扩大有潜能的消费、有需求的生产、有效益的投资。';
    expect(headings(`一、总体安排\n（一）稳住经济大盘\n正文。\n${long}\n正文。\n（四）扩大对外开放\n正文。\n（五）保障改善民生\n正文。`)).toEqual([
      '1:一、总体安排',
      '2:（一）稳住经济大盘',
      `2:${long.slice(0, -1)}`,
      '2:（四）扩大对外开放',
      '2:（五）保障改善民生',
    ]);
  });

  it('a sentence broken over lines is no heading; an appendix numbers afresh, outside the outline', () => {
    expect(headings('一、工作回顾\n全市生产总值增长5%，各项工作取得新成效，人民生活持续改善。\n“十五五”时期经济社会发展的\n主要目标\n是：地区生产总值年均增长5%左右。\n二、工作安排\n今年预期目标是增长5%左右。\n三、政府建设\n正文。\n附件1\n2026年十件民生实事\n一、提升生育医疗保障水平\n正文。\n二、强化新业态劳动者权益保障\n正文。')).toEqual([
      '1:一、工作回顾',
      '1:二、工作安排',
      '1:三、政府建设',
      '0:附件1',
      '0:2026年十件民生实事',
      '0:一、提升生育医疗保障水平',
      '0:二、强化新业态劳动者权益保障',
    ]);
  });

  it('Chinese numbers read as numbers', () => {
    expect([chineseNumber('一'), chineseNumber('十'), chineseNumber('十二'), chineseNumber('二十三'), chineseNumber('是')]).toEqual([1, 10, 12, 23, undefined]);
  });
});

describe('sections: the outermost level that gives 2–6', () => {
  it('a single 一、 with （一）（二） under it: those', () => {
    expect(sections('一、上半年工作总结\n（一）经济运行\n增长6.3%。\n（二）项目建设\n投资86.4亿元。\n（三）民生保障\n就业4120人。')).toEqual(['经济运行', '项目建设', '民生保障']);
  });
  it('several 一、: those, with their （一） as parts', () => {
    const st = structureOf(analyseReport('一、工作回顾\n（一）经济\n正文。\n（二）民生\n正文。\n二、工作安排\n正文。'));
    expect(st.sections.map((s) => [s.heading?.title, s.parts.map((p) => p.heading?.title ?? '')])).toEqual([
      ['工作回顾', ['经济', '民生']],
      ['工作安排', ['']],
    ]);
  });
  it('an unnumbered part as large as a section is one; a small one joins the section beside it', () => {
    const big = '“十四五”以来，全市经济总量跨越两个千亿台阶，达到3260亿元，年均增长6.4%，一般公共预算收入达到218亿元，年均增长7.8%，城乡居民收入稳步提高，民生福祉持续增进。';
    const text = `现在，我代表市人民政府，向大会报告政府工作，请予审议。\n“十四五”时期发展成就\n${big}\n${big}\n“十五五”时期主要目标和2025年重点工作\n今年的主要预期目标是：地区生产总值增长5.5%左右。\n一、推进科技创新\n新增高新技术企业200家以上，全社会研发经费投入增长10%，建设省级以上创新平台20个。\n二、扩大有效需求\n实施重大项目320个，完成投资1200亿元以上，社会消费品零售总额增长6%左右。\n附件\n民生实事\n新增城镇就业岗位8万个以上。`;
    const st = structureOf(analyseReport(text));
    expect(st.sections.map((s) => s.heading?.title)).toEqual(['“十四五”时期发展成就', '推进科技创新', '扩大有效需求']);
    expect(st.sections[1]!.parts[0]!.heading?.title).toBe('“十五五”时期主要目标和2025年重点工作');
    expect(st.sections[2]!.parts.at(-1)!.heading?.title).toBe('民生实事');
  });
  it('no headings, or too many for a briefing: no sections', () => {
    expect(structureOf(analyseReport('全年新建学校12所。\n新增学位8000个。')).sectioned).toBe(false);
    const many = Array.from({ length: 12 }, (_, i) => `${'一二三四五六七八九十'[i] ?? `十${'一二'[i - 10]}`}、第${i + 1}项工作\n完成投资${i + 10}亿元。`).join('\n');
    expect(structureOf(analyseReport(many)).sectioned).toBe(false);
  });
});
