import { describe, expect, it } from 'vitest';
import { measureLine, wrapParagraph, wrapText, type StyledSpan, type WrapOptions } from '../../src/layout/wrap.js';

const span = (text: string, bold = false): StyledSpan[] => [{ text, bold, tag: 0 }];
const MODES = ['words', 'viewer'] as const;
type Mode = (typeof MODES)[number];
const lines = (text: string, maxWidth: number, mode: Mode, balance = false) =>
  wrapText(span(text), { latin: 'sans', maxWidth, balance, mode }).map((l) => l.spans.map((s) => s.text).join(''));
/** Running text is wrapped by the viewer in widths like a slide's (20–40 em); display text in any. */
const widths = (mode: Mode, from: number, to: number, step = 1) => {
  const out: number[] = [];
  for (let w = mode === 'viewer' ? Math.max(from, 10) : from; w <= to; w += step) out.push(w);
  return out;
};

const CLOSING = [...'，。、；：？！）」』》%％”’'];
const OPENING = [...'（「『《“‘'];

describe.each(MODES)('wrapText, %s', (mode) => {
  it('keeps a line that fits whole and breaks between CJK characters otherwise', () => {
    expect(lines('四个聚焦筑牢党建根基', 20, mode)).toEqual(['四个聚焦筑牢党建根基']);
    const broken = lines('四个聚焦筑牢党建根基', 5, mode);
    expect(broken.join('')).toBe('四个聚焦筑牢党建根基');
    expect(broken.length).toBe(2);
    // display text breaks only between words (Intl.Segmenter), running text where the viewer does
    if (mode === 'words') {
      const bounds = new Set([...new Intl.Segmenter('zh', { granularity: 'word' }).segment('四个聚焦筑牢党建根基')].map((s) => s.index));
      expect(bounds.has(broken[0]!.length)).toBe(true);
    } else expect(broken).toEqual(['四个聚焦筑', '牢党建根基']);
  });

  it('never starts a line with closing punctuation or %, never ends one with opening punctuation', () => {
    const texts = [
      '全区中小学互联网覆盖率已达100%，多媒体教室普及率达100%。全区中小学互联网覆盖率已达100%，多媒体教室普及率达100%。',
      '开展“三比一争”活动，引导党员教师比学习、比作风、比业绩、争一流。开展“三比一争”活动，引导党员教师比学习、比作风、比业绩、争一流。',
      '建立“四不三直”制度（不发通知、不打招呼、不要陪同、不听汇报）。建立“四不三直”制度（不发通知、不打招呼、不要陪同、不听汇报）。',
    ];
    for (const t of texts) {
      for (const w of widths(mode, 4, 30)) {
        const ls = lines(t, w, mode);
        expect(ls.join('')).toBe(t);
        for (const l of ls.slice(1)) expect(CLOSING, `${JSON.stringify(ls)} at ${w}`).not.toContain(l[0]);
        for (const l of ls.slice(0, -1)) expect(OPENING).not.toContain(l.at(-1));
      }
    }
  });

  it('keeps a figure with its approximation word and unit', () => {
    const t = '增配高清摄像头1400余个、一键式紧急报警装置100套，配备校医253人。增配高清摄像头1400余个、一键式紧急报警装置100套，配备校医253人';
    for (const w of widths(mode, 6, 30, 0.5)) {
      const ls = lines(t, w, mode);
      expect(ls.join('')).toBe(t);
      for (const fig of ['1400余个', '100套', '253人']) {
        expect(ls.filter((l) => l.includes(fig)).length, `${fig} split at width ${w}: ${JSON.stringify(ls)}`).toBe(2);
      }
    }
    for (const w of widths(mode, 4.5, 12, 0.5)) {
      const ls = lines('就业率保持在95%以上，就业质量稳步提高，专业设置更加贴近产业需求', w, mode);
      expect(ls.some((l) => l.includes('95%以上'))).toBe(true);
    }
     // the words reports put around figures (fields.ts APPROX_ZH), before the value and after the unit
    const report = '规模以上工业总产值超过300亿元，城镇调查失业率控制在5%以内，人均收入不足2万元，完成投资100亿元左右。';
    for (const w of widths(mode, 7, 30, 0.5)) {
      const ls = lines(report, w, mode);
      expect(ls.join('')).toBe(report);
      for (const fig of ['超过300亿元', '5%以内', '不足2万元', '100亿元左右']) {
        expect(ls.some((l) => l.includes(fig)), `${fig} split at width ${w}: ${JSON.stringify(ls)}`).toBe(true);
      }
    }
    // and the words they also write: 突破 不少于 大约 before the value, 及以上 上下 after the unit
    const more = '全年接待游客突破20万人次，每校配备心理教师不少于10个，覆盖60岁及以上老年人，大约30%的学校，增速保持在5%上下。';
    const figs = ['突破20万人次', '不少于10个', '60岁及以上', '大约30%', '5%上下'];
    for (const w of widths(mode, 7, 30, 0.5)) {
      const ls = lines(more, w, mode);
      expect(ls.join('')).toBe(more);
      for (const fig of figs) {
        expect(ls.some((l) => l.includes(fig)), `${fig} split at width ${w}: ${JSON.stringify(ls)}`).toBe(true);
      }
    }
  });

  it('leaves no single character alone on the last line', () => {
    // the greedy break would leave 率 alone: 10 characters per line, 21 characters
    const t = '学前教育普惠性资源覆盖持续提升到达覆盖率';
    for (let w = 3; w <= 12; w++) {
      const ls = lines(t, w, mode);
      expect(ls.join('')).toBe(t);
      if (ls.length > 1) expect([...ls.at(-1)!].length, JSON.stringify(ls)).toBeGreaterThanOrEqual(2);
    }
  });

  it('does not leave one English word alone under a line of several, nor lose a space', () => {
    for (let w = 8; w <= 24; w++) {
      const ls = lines('Every rule has its exception and every exception its rule', w, mode);
      expect(ls.join(' ')).toBe('Every rule has its exception and every exception its rule');
      if (ls.length > 1 && ls.at(-2)!.split(' ').length >= 3) expect(ls.at(-1)!.split(' ').length, `${JSON.stringify(ls)} at ${w}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('does not split Latin words unless one is wider than the line', () => {
    const ls = lines('The quick brown fox jumps over the lazy dog', 6, mode);
    expect(ls.join(' ')).toBe('The quick brown fox jumps over the lazy dog');
    for (const l of ls) expect(['The', 'quick', 'brown', 'fox', 'jumps', 'over', 'the', 'lazy', 'dog']).toEqual(expect.arrayContaining(l.split(' ')));
    const url = lines('see https://www.example.org/a/very/long/path/to/a/page.html now', 8, mode);
    expect(url.join('').replace(/\s/g, '')).toBe('seehttps://www.example.org/a/very/long/path/to/a/page.htmlnow');
    for (const l of wrapText(span('see https://www.example.org/a/very/long/path/to/a/page.html now'), { latin: 'sans', maxWidth: 8, mode })) {
      expect(l.width).toBeLessThanOrEqual(8 + 1e-9);
    }
  });

  it('measures every line within the width it was given', () => {
    const t = '聚焦基层基础，建强战斗堡垒，选派“两新”组织党建指导员29人次，Party building in 2026。';
    for (const w of [5, 7.5, 10, 13]) {
      for (const l of wrapText(span(t), { latin: 'sans', maxWidth: w, mode })) expect(l.width).toBeLessThanOrEqual(w + 1e-9);
    }
  });

  it('keeps emphasis spans apart in the lines it returns', () => {
    const ls = wrapText(
      [
        { text: '加强党的', bold: false, tag: 0 },
        { text: '全面领导', bold: true, tag: 1 },
        { text: '，坚决做到', bold: false, tag: 2 },
      ],
      { latin: 'sans', maxWidth: 6, mode },
    );
    const flat = ls.flatMap((l) => l.spans);
    expect(flat.filter((s) => s.tag === 1).map((s) => s.text).join('')).toBe('全面领导');
    expect(flat.filter((s) => s.tag === 1).every((s) => s.bold)).toBe(true);
  });

  it('keeps the author’s own line breaks, measuring each part', () => {
    const ls = wrapText(span('金湾区教育局\n上半年工作汇报'), { latin: 'sans', maxWidth: 30, mode });
    expect(ls.map((l) => l.spans.map((s) => s.text).join(''))).toEqual(['金湾区教育局', '上半年工作汇报']);
    expect(ls[0]!.hard).toBe(true);
    expect(ls[1]!.hard).toBeUndefined();
    const long = wrapText(span('第一行很短\n第二行很长很长很长很长很长很长很长很长'), { latin: 'sans', maxWidth: 8, mode });
    expect(long.length).toBeGreaterThanOrEqual(3);
    expect(long[0]!.spans[0]!.text).toBe('第一行很短');
  });
});

describe('display text (words)', () => {
  const words = (text: string, w: number, balance = true) => lines(text, w, 'words', balance);

  it('breaks only at word boundaries: never 上⏎半年, 发⏎展, 工⏎作', () => {
    expect(words('金湾区教育局上半年工作汇报', 8)).toEqual(['金湾区教育局', '上半年工作汇报']);
    expect(words('金湾一中主体建设完成形象进度', 9)).toEqual(['金湾一中主体建设', '完成形象进度']);
    for (let w = 3; w <= 12; w += 0.5) {
      for (const l of words('推动教育高质量发展', w)) expect(l.startsWith('展'), `${w}`).toBe(false);
      for (const l of words('抓实党建工作', w)) expect(l.startsWith('作'), `${w}`).toBe(false);
    }
  });

  it('balances a multi-line title and prefers breaking between phrases', () => {
    const greedy = words('中职毕业生就业率保持在百分之九十五以上', 14, false);
    const balanced = words('中职毕业生就业率保持在百分之九十五以上', 14);
    expect(greedy.length).toBe(2);
    expect(balanced.length).toBe(2);
    const diff = (ls: string[]) => Math.abs([...ls[0]!].length - [...ls[1]!].length);
    expect(diff(balanced)).toBeLessThan(diff(greedy));
    expect(diff(balanced)).toBeLessThanOrEqual(1);
    expect(words('“三同三联”促发展 同心育人著华章', 12)).toEqual(['“三同三联”促发展', '同心育人著华章']);
  });

  it('never breaks a Latin word or a URL that fits on a line', () => {
    for (let w = 18; w <= 30; w++) {
      const ls = words('资料见 https://www.example.org/report.html 与 district-managed 学校', w);
      expect(ls.some((l) => l.includes('https://www.example.org/report.html')), `${w} ${JSON.stringify(ls)}`).toBe(true);
      expect(ls.some((l) => l.includes('district-managed'))).toBe(true);
    }
  });
});

describe('running text (viewer)', () => {
  const wrap = (text: string, opts: Partial<WrapOptions> = {}) => wrapParagraph(span(text), { latin: 'sans', maxWidth: 20, limit: 21, mode: 'viewer', ...opts });

  it('gives the width the viewer wraps in: each line fits it, the next character does not', () => {
    const text = '以习近平新时代中国特色社会主义思想为指导，加强党的全面领导，坚决做到“两个维护”，增强“四个意识”，坚定“四个自信”';
    const { lines: ls, wrapWidth } = wrap(text);
    expect(ls.length).toBeGreaterThan(2);
    expect(wrapWidth).toBeLessThanOrEqual(21);
    for (let i = 0; i < ls.length; i++) {
      const line = ls[i]!.spans.map((s) => s.text).join('');
      // pure Chinese: every character 1 em (quotes after Chinese too, as the reference viewer draws them)
      expect([...line].length).toBeLessThanOrEqual(wrapWidth);
      // the next line's first character, with the one after it when it is an opening quote (no
      // viewer ends a line with one), does not fit
      const next = ls[i + 1]?.spans.map((s) => s.text).join('') ?? '';
      if (i < ls.length - 1) expect([...line].length + (OPENING.includes(next[0]!) ? 2 : 1)).toBeGreaterThan(wrapWidth);
    }
  });

  it('restores the spaces it broke at, so the text reads whole', () => {
    const { lines: ls } = wrap('Every rule has its exception and every exception its rule', { maxWidth: 12, limit: 13 });
    expect(ls.map((l) => l.spans.map((s) => s.text).join('') + l.trail).join('')).toBe('Every rule has its exception and every exception its rule');
  });

  it('hangs trailing spaces whichever spans hold them', () => {
    const { lines: ls } = wrapParagraph([{ text: 'abc ', bold: false, tag: 0 }, { text: ' \u3000', bold: true, tag: 1 }], { latin: 'sans', maxWidth: 20, mode: 'viewer' });
    expect(ls).toHaveLength(1);
    expect(ls[0]!.spans.map((s) => s.text)).toEqual(['abc']);
    expect(ls[0]!.trail).toBe('  \u3000');
  });

  it('keeps an ASCII opening bracket with the letter or digit before it, as line breakers do', () => {
    for (const w of widths('viewer', 10, 24, 0.5)) {
      const ls = lines('call the function named compute(value) then print(result) and log2(x) here', w, 'viewer');
      ls.slice(1).forEach((l, i) => {
        if (l.startsWith('(')) expect(ls[i]!, `width ${w}`).toMatch(/[^\p{L}\p{N}]$/u);
      });
    }
  });

  it('takes the whole width for a text of one line', () => {
    expect(wrap('四个聚焦').wrapWidth).toBe(21);
  });

  it('measures with the safe widths only what is written with breaks', () => {
    // around “ ” the safe measure counts wide quotes and gaps, the reference viewer neither
    const text = '“三同三联”“三同三联”“三同三联”';
    expect(measureLine(span(text), 'sans')).toBeGreaterThan(18);
    expect(wrap(text, { maxWidth: 18.5, limit: 19 }).lines).toHaveLength(1);
  });
});

describe('measureLine', () => {
  it('counts bold wider than regular and the gap LibreOffice puts between scripts', () => {
    expect(measureLine(span('1234', true), 'sans')).toBeGreaterThanOrEqual(measureLine(span('1234'), 'sans'));
    const together = measureLine(span('中1'), 'sans');
    expect(together).toBeGreaterThan(measureLine(span('中'), 'sans') + measureLine(span('1'), 'sans'));
  });
});
