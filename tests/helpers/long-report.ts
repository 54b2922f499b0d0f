/**
 * A long government work report made up for the tests and the bench (not a real one): five
 * levels of headings (第一部分, 一、, （一）, 1., （1）), 一是/二是 openers, figures with units,
 * approximation words and changes, and page furniture around it. `parts` sets its length (some
 * 2,700 characters and 68 figures a part: 6 parts are about 16,000); the figures are listed as written.
 */
const CN = '一二三四五六七八九十';
/** 1 → 一, 12 → 十二, 40 → 四十. */
const cn = (n: number) => (n <= 10 ? CN[n - 1]! : `${n >= 20 ? CN[Math.floor(n / 10) - 1] : ''}十${n % 10 ? CN[(n % 10) - 1] : ''}`);
const TOPICS = ['工业经济', '现代农业', '科技创新', '城市建设', '生态环境', '社会事业', '民生保障', '营商环境', '对外开放', '乡村振兴'];
const UNITS = [
  ['亿元', '完成投资'],
  ['家', '新增企业'],
  ['万亩', '建成高标准农田'],
  ['个', '实施重点项目'],
  ['公里', '新建改造道路'],
  ['万人', '城镇新增就业'],
] as const;

export interface LongReport {
  text: string;
  /** Every figure as written: value, unit, approx word. */
  figures: { value: string; unit: string; approx: string }[];
  /** The 一、 headings, the level a 2–6 section deck is made of. */
  sections: string[];
}

export function longReport(parts = 3): LongReport {
  const figures: LongReport['figures'] = [];
  const sections: string[] = [];
  const lines: string[] = ['下载', '打印', '【字号：大 中 小】', '2026年南湖市政府工作报告', '——2026年1月20日在南湖市第九届人民代表大会第五次会议上', '来源：南湖日报  时间：2026-01-25', '市长 林远', '各位代表：', '现在，我代表市人民政府，向大会报告政府工作，请予审议。'];
  let n = 0;
  const figure = (k: number) => {
    n++;
    const [unit, what] = UNITS[k % UNITS.length]!;
    const value = String(((n * 37) % 900) + 10 + (n % 3 === 0 ? 0.5 : 0));
    const approx = n % 7 === 0 ? '超过' : n % 11 === 0 ? '余' : '';
    figures.push({ value, unit, approx });
    const written = approx === '超过' ? `超过${value}${unit}` : approx === '余' ? `${value}余${unit}` : `${value}${unit}`;
    const change = `${(n % 9) + 1}.${n % 10}`;
    figures.push({ value: change, unit: '%', approx: '' });
    return `${what}${written}，同比增长${change}%`;
  };
  for (let p = 0; p < parts; p++) {
    lines.push(`第${cn(p + 1)}部分 ${2025 + p}年${p === 0 ? '工作回顾' : '重点工作'}`);
    for (let s = 0; s < 2; s++) {
      const topic = TOPICS[(p * 2 + s) % TOPICS.length]!;
      const heading = `${cn(s + 1)}、坚持高质量发展，推动${topic}再上新台阶`;
      sections.push(heading);
      lines.push(heading);
      lines.push(`${topic}是全市发展的重要支撑。一年来，我们坚持稳中求进，扎实推进各项工作，${figure(s)}。`);
      for (let t = 0; t < 2; t++) {
        lines.push(`（${cn(t + 1)}）着力提升${topic}发展质量。围绕目标任务，加强统筹调度，${figure(t + 1)}；${figure(t + 2)}。一是强化要素保障。${figure(t + 3)}。坚持问题导向和目标导向，聚焦制约${topic}发展的突出短板，建立清单化、项目化、责任化推进机制，定期会商研判，及时协调解决困难问题，确保各项任务落地落实。二是优化服务供给。${figure(t + 4)}。深化部门协同和上下联动，完善政策配套和考核激励，推动资源要素向重点领域、重点区域、重点项目集聚，不断提升服务效能和群众满意度。`);
        for (let u = 0; u < 2; u++) {
          lines.push(`${u + 1}.推进${topic}重点工程。全年${figure(u + 5)}，${figure(u)}，持续巩固提升发展成效。`);
          lines.push(`（${u + 1}）加强${topic}监测评估，建立健全长效机制，推动各项政策措施落地见效。坚持系统观念，统筹当前和长远，强化数据共享和动态监测，及时发现和解决苗头性、倾向性问题，以钉钉子精神抓好工作落实，确保取得实实在在的成效。`);
        }
      }
    }
  }
  lines.push('各位代表！蓝图已经绘就，奋斗正当其时。让我们团结一心、砥砺奋进，奋力谱写南湖高质量发展新篇章！');
  lines.push('相关报道：', '上一篇：2025年南湖市政府工作报告', '版权所有：南湖市人民政府');
  return { text: lines.join('\n'), figures, sections };
}
