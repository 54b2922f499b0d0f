/**
 * The article in a report's text: page furniture told by what it is, before, after and inside
 * the body; the body's end; the cover as the report states it.
 */
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../src/report/article.js';
import { furnitureKind } from '../../src/report/furniture.js';

describe('page furniture, by what it is', () => {
  const cases: [string, string][] = [
    ['下载', 'tools'],
    ['【字号：', 'tools'],
    ['】', 'tools'],
    ['【字体:大 中 小】', 'tools'],
    ['【打印本页】 【关闭窗口】', 'tools'],
    ['收藏 | 分享', 'tools'],
    ['首页 > 政务公开 > 工作总结', 'nav'],
    ['当前位置:灵感范文网 >', 'nav'],
    ['工作总结 >学校工作总结 >', 'nav'],
    ['分享到:', 'share'],
    ['扫一扫在手机打开当前页', 'share'],
    ['浏览次数:1386', 'count'],
    ['来源：北京日报', 'publish'],
    ['发布日期:2023-01-12 17:22 信息来源:白杨街道', 'publish'],
    ['2023-01-11 15:12', 'publish'],
    ['> **来源**：区农业农村局', 'publish'],
    ['索引号', 'info'],
    ['发文字号', 'info'],
    ['上一篇:2022年度政府信息公开工作年度报告', 'prev-next'],
    ['下一篇:一、2023年重点工作安排', 'prev-next'],
    ['相关文章:', 'related'],
    ['相关报道：', 'related'],
    ['相关文档:镇2015年上半年工作总结及下半年工作计划', 'related'],
    ['【第2篇】小学2022年学校工作总结', 'another-article'],
    ['下载文档', 'download'],
    ['还剩3页未读，继续阅读', 'download'],
    ['1 1 2021 最新修订(可编辑)', 'download'],
    ['版权所有：河西街道办事处  ICP备12345678号', 'copyright'],
    ['殷勇同志作政府工作报告。本报记者 戴冰摄', 'photo'],
    ['- 原文：https://jhs.moa.gov.cn/lsfz/202603/t20260317_6482320.htm', 'link'],
  ];
  for (const [line, kind] of cases) it(`${line} → ${kind}`, () => expect(furnitureKind(line.replace(/^[->]\s*/, ''))).toBe(kind));

  it('a page header that repeats the title, with its page number', () => {
    expect(furnitureKind(' 1 2021 年荣县政府工作报告(全文)', '2021年荣县政府工作报告(全文)')).toBe('page');
    expect(furnitureKind('- 2 -')).toBe('page');
  });

  it('the article’s own lines are not furniture', () => {
    for (const line of ['如有疑问请联系我们。', '上篇文章介绍了我区的做法', '上一篇文章里提到的问题已经全部整改到位', '一、2022年工作回顾', '落实各项基本保障。', '附件', '2026年自治区民生实事', '时间紧、任务重，全区上下齐心协力。', '各位代表：', '——2026年1月25日在北京市第十六届人民代表大会第四次会议上']) {
      expect(furnitureKind(line), line).toBeUndefined();
    }
  });
});

describe('the body: from its first heading or paragraph to the line that ends the article', () => {
  const page = [
    '下载', '打印', '【字体:大 中 小】', '首页 > 政务公开 > 工作总结',
    '河西街道2025年上半年工作总结',
    '发布时间：2025-07-08 09:30  来源：河西街道办事处  浏览次数：2315',
    '一、2025年上半年工作总结',
    '上半年，街道实现财政总收入6.82亿元，同比增长12.4%。',
    '图为河西街道老旧小区改造后的新面貌。本报记者 王明 摄',
    '完成老旧小区改造9个，惠及居民3200余户。',
    '分享到：', '上一篇：2025年一季度街道经济运行情况', '下一篇：一、2025年下半年工作计划', '继续写在这里的文字不是本文的。',
  ].join('\n');
  const a = findArticle(page);
  it('furniture before, inside and after it is left out; the next article’s heading with it', () => {
    expect(a.body.map((s) => s.text)).toEqual(['一、2025年上半年工作总结', '上半年，街道实现财政总收入6.82亿元，同比增长12.4%。', '完成老旧小区改造9个，惠及居民3200余户。']);
    // the publish line's three parts, set off by runs of spaces, each its own; 下一篇：一、… cut at its colon, both parts the tail
    expect(a.furniture.map((f) => f.kind)).toEqual(['tools', 'tools', 'tools', 'nav', 'publish', 'publish', 'count', 'photo', 'share', 'prev-next', 'prev-next', 'tail', 'tail']);
  });
  it('its cover: the title, and the date and organisation the publish line states', () => {
    expect(a.cover).toEqual({ title: '河西街道2025年上半年工作总结', date: '2025-07-08', organization: '河西街道办事处' });
  });
  it('a sentence that names a footer link or another article does not end it', () => {
    const lines = ['一、工作情况', '完成投资12亿元。', '联系我们的群众诉求已全部在3个工作日内答复。', '上篇文章提到的问题，已整改12项。', '二、下一步', '新建学校2所。', '联系我们', '继续写在这里的文字不是本文的。'];
    expect(findArticle(lines.join('\n')).body.map((x) => x.text)).toEqual(lines.slice(0, 6));
  });
});

describe('the cover as the report states it', () => {
  it('an official title, the ——在…会议上 line as subtitle and date, the speaker (not shown), the organisation', () => {
    const a = findArticle('下载\n2026年北京市政府工作报告\n——2026年1月25日在北京市第十六届人民代表大会第四次会议上\n来源：北京日报\n北京市市长 殷勇\n各位代表：\n现在，我代表北京市人民政府，向大会报告政府工作，请予审议。\n一、2025年工作回顾\n过去一年，全市地区生产总值5.2万亿元。');
    expect(a.cover).toEqual({ title: '2026年北京市政府工作报告', subtitle: '在北京市第十六届人民代表大会第四次会议上', date: '2026年1月25日', speaker: '北京市市长 殷勇', organization: '北京市人民政府' });
  });

  it('a session line set over two lines; an organisation named without its place takes the place the cover names', () => {
    const a = findArticle('政府工作报告\n——2026年1月26日在广东省第十四届\n人民代表大会第五次会议上\n广东省省长 孟凡利\n各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n一、工作回顾\n全省地区生产总值增长3.9%。');
    expect(a.cover).toMatchObject({ title: '广东省人民政府工作报告', subtitle: '在广东省第十四届人民代表大会第五次会议上', date: '2026年1月26日', organization: '广东省人民政府' });
  });

  it('a title of any length, set over several lines on the document’s own cover', () => {
    const title = '关于黄陂区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告';
    const a = findArticle([title, '发文单位', '黄陂区发展和改革局', '索引号', '010898141/2023-01021', '黄陂区第六届人民代表大会', '第二次会议文件(6', '关于黄陂区2022年国民经济和社会发展', '计划执行情况与2023年国民经济', '和社会发展计划草案的报告', '20221227日在黄陂区第六届人民代表大会第二次会议上', '黄陂区发展和改革局局长   叶明壮', '各位代表:', '受区人民政府委托,现以书面形式向大会报告,请予审议。'].join('\n'));
    expect(a.cover.title).toBe(title);
    expect(a.cover.organization).toBe('黄陂区发展和改革局');
    expect(a.cover.subtitle).toBe('20221227日在黄陂区第六届人民代表大会第二次会议上');
  });

  it('the document’s own generic title takes its organisation’s name; a PDF’s “ ?” tails go', () => {
    const a = findArticle(['2024年白河县政府工作报告(全文)', ' 1 2024 年白河县政府工作报告(全文)', ' 政府工作报告 ?', ' 2024 年 2 月 20 日在白河县第十九届人民代表大会第三次会议上 ?', ' 白河县人民政府县长 李华 ?', ' 各位代表:', ' 现在,我代表白河县人民政府向大会报告工作,请予审议。'].join('\n'));
    expect(a.cover).toMatchObject({ title: '白河县人民政府工作报告', subtitle: '在白河县第十九届人民代表大会第三次会议上', date: '2024年2月20日', organization: '白河县人民政府' });
  });

  it('a title with its date, with a site’s 【第1篇】, with a subtitle after a colon; run into a one-line body', () => {
    expect(findArticle('五角场街道2015年工作总结和2016年工作安排 2016-03-07\n\n2015年，街道办事处在区委、区政府的正确领导下，较好地完成了各项目标任务。').cover).toEqual({ title: '五角场街道2015年工作总结和2016年工作安排', date: '2016-03-07' });
    expect(findArticle('学校办学水平总结多篇\n学校办学水平总结多篇\n学校办学水平总结多篇\n【第1篇】中学2022年学校工作总结:求真务实,全面提升办学水平\n龙潭中学始终以校训为引领，不断提高教育教学水平。').cover).toMatchObject({ title: '中学2022年学校工作总结', subtitle: '求真务实,全面提升办学水平', organization: '龙潭中学' });
    const one = findArticle('关于全镇2024年前三季度重点工作完成情况的报告 今年以来，我镇紧紧围绕年度目标任务，统筹推进经济发展。 一、主要指标完成情况');
    expect(one.cover.title).toBe('关于全镇2024年前三季度重点工作完成情况的报告');
    expect(one.body[0]!.text).toBe('今年以来，我镇紧紧围绕年度目标任务，统筹推进经济发展。');
  });

  it('no title: none is made up', () => {
    expect(findArticle('一、上半年工作总结\n1、经济社会发展平稳运行。预计上半年全县GDP增长6.3%以上。').cover.title).toBeUndefined();
  });

  it('the report’s language: Chinese, or English', () => {
    expect(findArticle('一、总体情况\n上半年，全区地区生产总值完成395.12亿元。').lang).toBe('zh');
    expect(findArticle('Annual report\nIn 2025 the district built 12 schools and hired 300 teachers, up 5% on the year.').lang).toBe('en');
  });
});
