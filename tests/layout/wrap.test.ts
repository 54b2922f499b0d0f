import { describe, expect, it } from 'vitest';
import { measureLine, wrapText, type StyledSpan } from '../../src/layout/wrap.js';

const span = (text: string, bold = false): StyledSpan[] => [{ text, bold, tag: 0 }];
const lines = (text: string, maxWidth: number, balance = false) =>
  wrapText(span(text), { latin: 'sans', maxWidth, balance }).map((l) => l.spans.map((s) => s.text).join(''));

const CLOSING = [...'，。、；：？！）」』》%％”’'];
const OPENING = [...'（「『《“‘'];

describe('wrapText', () => {
  it('keeps a line that fits whole and breaks between CJK characters otherwise', () => {
    expect(lines('四个聚焦筑牢党建根基', 20)).toEqual(['四个聚焦筑牢党建根基']);
    const broken = lines('四个聚焦筑牢党建根基', 5);
    expect(broken).toEqual(['四个聚焦筑', '牢党建根基']);
  });

  it('never starts a line with closing punctuation or %, never ends one with opening punctuation', () => {
    const texts = [
      '全区中小学互联网覆盖率已达100%，多媒体教室普及率达100%。',
      '开展“三比一争”活动，引导党员教师比学习、比作风、比业绩、争一流。',
      '建立“四不三直”制度（不发通知、不打招呼、不要陪同、不听汇报）。',
    ];
    for (const t of texts) {
      for (let w = 4; w <= 16; w++) {
        const ls = lines(t, w);
        expect(ls.join('')).toBe(t);
        for (const l of ls.slice(1)) expect(CLOSING).not.toContain(l[0]);
        for (const l of ls.slice(0, -1)) expect(OPENING).not.toContain(l.at(-1));
      }
    }
  });

  it('keeps a figure with its approximation word and unit', () => {
    const t = '增配高清摄像头1400余个、一键式紧急报警装置100套，配备校医253人';
    // from the width at which the widest figure fits on a line of its own
    for (let w = 5; w <= 14; w += 0.5) {
      const ls = lines(t, w);
      expect(ls.join('')).toBe(t);
      for (const fig of ['1400余个', '100套', '253人']) {
        expect(ls.some((l) => l.includes(fig)), `${fig} split at width ${w}: ${JSON.stringify(ls)}`).toBe(true);
      }
    }
    for (let w = 4.5; w <= 8; w += 0.5) {
      const ls = lines('就业率保持在95%以上', w);
      expect(ls.some((l) => l.includes('95%以上'))).toBe(true);
    }
  });

  it('leaves no single character alone on the last line', () => {
    // the greedy break would leave 率 alone: 10 characters per line, 21 characters
    const t = '学前教育普惠性资源覆盖持续提升到达覆盖率';
    for (let w = 3; w <= 12; w++) {
      const ls = lines(t, w);
      expect(ls.join('')).toBe(t);
      if (ls.length > 1) expect([...ls.at(-1)!].length, JSON.stringify(ls)).toBeGreaterThanOrEqual(2);
    }
  });

  it('leaves no line but the first holding a single character', () => {
    const texts = ['就业率保持在95%以上', '全区362名教师跨区域、跨乡镇竞聘交流', '建立校长论坛、校长抓质量“十个一”制度'];
    for (const t of texts) {
      for (let w = 4.5; w <= 12; w += 0.5) {
        const ls = lines(t, w);
        for (const l of ls.slice(1)) expect([...l.replace(/[，。、；：？！）」』》%％”’]/g, '')].length, `${JSON.stringify(ls)} at ${w}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('does not leave one English word alone under a line of several, nor lose a space', () => {
    for (let w = 8; w <= 24; w++) {
      const ls = lines('Every rule has its exception and every exception its rule', w);
      expect(ls.join(' ')).toBe('Every rule has its exception and every exception its rule');
      if (ls.length > 1 && ls.at(-2)!.split(' ').length >= 3) expect(ls.at(-1)!.split(' ').length, `${JSON.stringify(ls)} at ${w}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('does not split Latin words unless one is wider than the line', () => {
    const ls = lines('The quick brown fox jumps over the lazy dog', 6);
    expect(ls.join(' ')).toBe('The quick brown fox jumps over the lazy dog');
    for (const l of ls) expect(['The', 'quick', 'brown', 'fox', 'jumps', 'over', 'the', 'lazy', 'dog']).toEqual(expect.arrayContaining(l.split(' ')));
    const url = lines('see https://www.example.org/a/very/long/path/to/a/page.html now', 8);
    expect(url.join('').replace(/\s/g, '')).toBe('seehttps://www.example.org/a/very/long/path/to/a/page.htmlnow');
    for (const l of wrapText(span('see https://www.example.org/a/very/long/path/to/a/page.html now'), { latin: 'sans', maxWidth: 8 })) {
      expect(l.width).toBeLessThanOrEqual(8 + 1e-9);
    }
  });

  it('balances a multi-line title and prefers breaking between phrases', () => {
    const greedy = lines('中职毕业生就业率保持在百分之九十五以上', 14);
    const balanced = lines('中职毕业生就业率保持在百分之九十五以上', 14, true);
    expect(greedy.length).toBe(2);
    expect(balanced.length).toBe(2);
    const diff = (ls: string[]) => Math.abs([...ls[0]!].length - [...ls[1]!].length);
    expect(diff(balanced)).toBeLessThan(diff(greedy));
    expect(diff(balanced)).toBeLessThanOrEqual(1);
    expect(lines('“三同三联”促发展 同心育人著华章', 12, true)).toEqual(['“三同三联”促发展', '同心育人著华章']);
  });

  it('measures every line within the width it was given', () => {
    const t = '聚焦基层基础，建强战斗堡垒，选派“两新”组织党建指导员29人次，Party building in 2026。';
    for (const w of [5, 7.5, 10, 13]) {
      for (const l of wrapText(span(t), { latin: 'sans', maxWidth: w })) expect(l.width).toBeLessThanOrEqual(w + 1e-9);
    }
  });

  it('counts bold wider than regular and the gap LibreOffice puts between scripts', () => {
    expect(measureLine(span('1234', true), 'sans')).toBeGreaterThanOrEqual(measureLine(span('1234'), 'sans'));
    const together = measureLine(span('中1'), 'sans');
    expect(together).toBeGreaterThan(measureLine(span('中'), 'sans') + measureLine(span('1'), 'sans'));
  });

  it('keeps emphasis spans apart in the lines it returns', () => {
    const ls = wrapText(
      [
        { text: '加强党的', bold: false, tag: 0 },
        { text: '全面领导', bold: true, tag: 1 },
        { text: '，坚决做到', bold: false, tag: 2 },
      ],
      { latin: 'sans', maxWidth: 6 },
    );
    const flat = ls.flatMap((l) => l.spans);
    expect(flat.filter((s) => s.tag === 1).map((s) => s.text).join('')).toBe('全面领导');
    expect(flat.filter((s) => s.tag === 1).every((s) => s.bold)).toBe(true);
  });
});
