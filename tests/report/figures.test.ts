/**
 * The figure inventory follows the conventions reports are scored on (docs/draft.md): value,
 * unit and approx word exactly as written, changes, ranges and shared units; and what is not a
 * figure (dates, ordinals, names and codes with digits, rate bases, numbers without a unit).
 */
import { describe, expect, it } from 'vitest';
import { figureAsPrinted, figureAsWritten, printable, scanFigures } from '../../src/report/figures.js';

const found = (text: string) => scanFigures(text).map((f) => `${f.approx}|${f.written}|${f.unit}${f.change ? '|Δ' : ''}${f.range ? '|range' : ''}${f.sharedUnit ? '|shared' : ''}`);

describe('figures as written', () => {
  it('value, unit with 万/亿, and the approx word that touches the figure', () => {
    expect(found('全年完成财政收入12.8亿元，增长25%，夜市吸引线下流量突破20万人次，服务商户4600余人。')).toEqual(['|12.8|亿元', '|25|%|Δ', '突破|20|万人次', '余|4600|人']);
    expect(found('中心城区新增停车位5万余个，挖掘税收贡献7400余万元，接待游客20多万人次，历时1个多月。')).toEqual(['余|5|万个', '余|7400|万元', '多|20|万人次', '多|1|个月']);
    expect(found('推出就业岗位超2600个，建筑面积约30000平方米，60岁以上老人接种率达89.23%，35岁及以下青年教师占比96.50%。')).toEqual(['超|2600|个', '约|30000|平方米', '以上|60|岁', '|89.23|%', '及以下|35|岁', '|96.50|%']);
    expect(found('每年补充乡村教师不少于100名，近30%，不低于95%，接近3000人，至少5项，大约30%，5%上下，10亿元以上项目。')).toEqual(['不少于|100|名', '近|30|%', '不低于|95|%', '接近|3000|人', '至少|5|项', '大约|30|%', '上下|5|%', '以上|10|亿元']);
    // only the word that touches it: 超 is no approx word of 3.5 here
    expect(found('超时序进度3.5个百分点；分别超98.5%和99%')).toEqual(['|3.5|个百分点|Δ', '超|98.5|%', '|99|%']);
  });

  it('as written, and whether a card prints it so: an approx word inside a unit has no place on one', () => {
    const [a, b, c, d] = scanFigures('新增停车位5万余个，接待游客20多万人次，超过300亿元，95%以上。');
    expect([a, b, c, d].map((f) => figureAsWritten(f!))).toEqual(['5万余个', '20多万人次', '超过300亿元', '95%以上']);
    expect([a, b, c, d].map((f) => printable(f!))).toEqual([false, true, true, true]);
    expect(figureAsPrinted(a!)).toBe('5余万个');
    // 上下游 and 以上级 are words, not approx words
    expect(found('带动上下游企业30家，争取以上级资金5亿元')).toEqual(['|30|家', '|5|亿元']);
  });

  it('compound units, abbreviations and medal counts', () => {
    expect(found('产能60万吨/年，细颗粒物29微克/立方米，死亡率0.6人/百亿元以下，有机质27克/千克，劳动生产率58万元/人左右，智算规模22万P，获9金、5银、6铜。')).toEqual([
      '|60|万吨/年',
      '|29|微克/立方米',
      '以下|0.6|人/百亿元',
      '|27|克/千克',
      '左右|58|万元/人',
      '|22|万P',
      '|9|金',
      '|5|银',
      '|6|铜',
    ]);
  });

  it('ranges are one figure, two numbers sharing a unit two', () => {
    expect(found('年均增速4.5%-5%，每周1—2个，步行5—15分钟，分别提升2.2和8.7个百分点。')).toEqual(['|4.5%-5|%|Δ|range', '|1—2|个|range', '|5—15|分钟|range', '|2.2|个百分点|Δ|shared', '|8.7|个百分点|Δ']);
  });

  it('thousands separators, trailing zeros and PDF spacing are kept as written', () => {
    expect(found('人均可支配收入34,577元，达标率96.50%，地区生产总值达到 230.5 亿元，新型经营主体突破 2300 户。')).toEqual(['|34,577|元', '|96.50|%', '|230.5|亿元', '突破|2300|户']);
    expect(scanFigures('突破 2300 户').map(figureAsWritten)).toEqual(['突破2300户']);
  });

  it('Markdown bold and table bars do not hide a figure or its change', () => {
    expect(found('| 拆除库区网箱 | **18.2万只** |')).toEqual(['|18.2|万只']);
    expect(found('| 化肥施用量降幅（比2016年） | 38.9% |')).toEqual(['|38.9|%|Δ']);
    expect(found('| 户均增收 | **7000元** |')).toEqual(['|7000|元|Δ']);
  });

  it('what is not a figure', () => {
    const none = [
      '2020年，2023-01-17，8月31日，1-5月，1-11月份，20221227日，4月26日起',
      '近3年，连续45年，建军88周年，80周年',
      '居全国第7位，第33届，前8位，第11个',
      'PM2.5，5G和6G，22号线，331国道，G331，4A级景区，8英寸，750千伏，12345热线，2.0任务，世界500强',
      '“3个100”行动，“240小时过境免签”，“7×24小时”服务，“1571”工作部署，“5+1”',
      '每10万人，国考10市，1/4，1.47:1，指数2.54，[1]，〔1〕，(1)，XX亿元，x.x%，0.1微克攻坚行动，3·5疫情',
      '发布时间 10:05',
    ];
    for (const t of none) expect(found(t), t).toEqual([]);
    // a quoted scheme with counts is no nickname: its counts are figures
    expect(found('推行“1名县领导＋1个县直单位＋1名驻村干部”包联机制')).toEqual(['|1|名', '|1|个', '|1|名']);
  });

  it('changes: a difference (growth, decline, a gap to a benchmark), carried over a list; not a level reached', () => {
    const changes = (t: string) => scanFigures(t).map((f) => `${f.written}${f.unit}:${f.change}`);
    expect(changes('同比增长6.1%，下降2.3个百分点，比上年净增860名，人均收入增加1207元，增长1倍，压减22.3%，减轻税费负担超4900亿元，户均增收7000元，高于全国0.7个百分点')).toEqual([
      '6.1%:true', '2.3个百分点:true', '860名:true', '1207元:true', '1倍:true', '22.3%:true', '4900亿元:true', '7000元:true', '0.7个百分点:true',
    ]);
    expect(changes('食品、石化、医药产业增加值分别增长7.5%、11.5%、17.4%，平均压减时间58%、材料52%')).toEqual(['7.5%:true', '11.5%:true', '17.4%:true', '58%:true', '52%:true']);
    expect(changes('比重提高到25.5%，从27136元增长到36439元，新增就业86万人，占计划的100%，增加值3.2万亿元，完善提升20个县乡村养老服务网络')).toEqual([
      '25.5%:false', '27136元:false', '36439元:false', '86万人:false', '100%:false', '3.2万亿元:false', '20个:false',
    ]);
  });

  it('a long one-line report: every figure, once', () => {
    const line = '全县地区生产总值达到168.3亿元，同比增长6.8%；新建学校12所。';
    const text = line.repeat(20000);
    const figs = scanFigures(text);
    expect(figs).toHaveLength(60000);
    expect(figs.filter((f) => f.change)).toHaveLength(20000);
  });
});

describe('quotations', () => {
  it('a short name in straight quotes is no figure either; a long quotation holds figures', () => {
    expect(scanFigures('实施"3个100"行动，建成"15分钟生活圈"')).toEqual([]);
    expect(scanFigures('提出"全年新建学校12所、新增学位8000个的目标"').map((f) => f.written)).toEqual(['12', '8000']);
  });
});
