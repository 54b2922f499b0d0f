import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/core/color.js';
import { layoutDeck } from '../../src/compose/deck.js';
import { loadOutline, parseOutline } from '../../src/outline/load.js';
import { slidePictureOnNotes } from '../../src/render/package-parts.js';
import { renderPptx } from '../../src/render/write.js';
import { loadTemplate } from '../../src/template/load.js';
import { inspectDeck } from '../helpers/deck-document.js';

const OUTLINE = `
title: 测试汇报 <&> "quotes"
organization: 测试单位
sections:
  - title: 第一部分
    slides:
      - type: points
        title: 三项工作取得进展
        points: [第一项工作, "第二项 **重点** 工作", "符号 <b>&amp; 保持原样", { text: 带子项的一项, sub: [子项一, 子项二] }]
        notes: "讲第一部分。\\n第二行备注。"
      - type: numbers
        title: 关键数字
        numbers:
          - { value: 1400, approx: 余, unit: 篇, label: 撰写体会, source: 撰写体会1400余篇 }
          - { value: 86, unit: "%", label: 覆盖率 }
`;

const theme = loadTemplate('party-red').theme;
async function build(yaml = OUTLINE) {
  const { deck } = layoutDeck(parseOutline(yaml, 'test.yaml'), theme);
  const bytes = await renderPptx(deck);
  const files = unzipSync(bytes);
  const text = (name: string) => strFromU8(files[name]!);
  return { deck, bytes, files, text };
}
/** The layout part named `name` (its p:cSld name, what PowerPoint's Layout menu shows). */
function layoutNamed(files: Record<string, Uint8Array>, name: string): string {
  const found = Object.keys(files)
    .filter((n) => /^ppt\/slideLayouts\/[^/]+\.xml$/.test(n))
    .map((n) => strFromU8(files[n]!))
    .find((xml) => xml.includes(`<p:cSld name="${name}">`));
  if (!found) throw new Error(`no layout named ${name}`);
  return found;
}
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

const VALIDATOR = join(process.cwd(), '..', 'shared', 'tools', 'ooxml-validate.sh');
const canValidate = existsSync(VALIDATOR) && (() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const tmp = mkdtempSync(join(tmpdir(), 'bd-pptx-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function validate(bytes: Uint8Array, name: string): string {
  const file = join(tmp, name);
  writeFileSync(file, bytes);
  try {
    return execFileSync('bash', [VALIDATOR, file], { encoding: 'utf8' });
  } catch (err) {
    return String((err as { stdout?: string }).stdout ?? err);
  }
}

describe('pptx writer', () => {
  it('writes one slide part per Deck slide, and a notes part for each slide with notes', async () => {
    const { deck, files, text } = await build();
    const slides = Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    const notes = Object.keys(files).filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n));
    expect(slides).toHaveLength(deck.slides.length);
    expect(notes.sort()).toEqual(deck.slides.filter((s) => s.notes.trim()).map((s) => `ppt/notesSlides/notesSlide${s.number}.xml`).sort());
    for (const s of deck.slides) {
      expect(text(`ppt/slides/_rels/slide${s.number}.xml.rels`).includes('notesSlide')).toBe(s.notes.trim() !== '');
    }
  });

  it('puts every slide on a named layout of one master, and draws what slides share on the layouts', async () => {
    const { deck, text, files } = await build();
    const layouts = Object.keys(files).filter((n) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n));
    expect(layouts).toHaveLength(deck.layouts.length);
    const names = layouts.map((n) => /<p:cSld name="([^"]+)"/.exec(text(n))![1]);
    expect(names.sort()).toEqual(deck.layouts.map((l) => l.name).sort());
    expect(names).toEqual(expect.arrayContaining(['封面', '目录', '节标题', '标题和内容', '关键数字', '引语', '结束页']));
    // the master lists exactly these layouts
    const master = text('ppt/slideMasters/slideMaster1.xml');
    expect((master.match(/<p:sldLayoutId /g) ?? []).length).toBe(deck.layouts.length);
    for (const s of deck.slides) {
      const rels = text(`ppt/slides/_rels/slide${s.number}.xml.rels`);
      const target = /slideLayouts\/(slideLayout\d+\.xml)/.exec(rels)![1]!;
      expect(text(`ppt/slideLayouts/${target}`)).toContain(`<p:cSld name="${s.layout}">`);
    }
    // the content layout holds the rule under the title; slides do not repeat it
    const content = deck.slides.find((s) => s.kind === 'points')!;
    const layoutXml = text(`ppt/slideLayouts/${/slideLayouts\/(slideLayout\d+\.xml)/.exec(text(`ppt/slides/_rels/slide${content.number}.xml.rels`))![1]}`);
    expect(layoutXml).toMatch(/prst="line"/);
    expect(text(`ppt/slides/slide${content.number}.xml`)).not.toMatch(/prst="line"/);
  });

  it('writes a PowerPoint document: placeholders, theme colours and fonts, running text without breaks', async () => {
    const { deck, bytes } = await build();
    const r = inspectDeck(bytes, deck);
    expect(r.problems).toEqual([]);
    expect(r.titled).toBe(deck.slides.length);
    expect(r.uniqueTitles).toBe(deck.slides.length);
    expect(r.listParagraphs).toBe(6);
    expect(r.subPoints).toBe(2);
    expect(r.rgbColors).toBe(0);
    expect(r.namedFonts).toBe(0);
    expect(r.schemeColors).toBeGreaterThan(10);
    expect(r.themeFonts).toBeGreaterThan(10);
    expect(r.runningBreaks).toBe(0);
  });

  it('keeps date, footer and slide number placeholders on every layout, readable on its ground, even when the template shows none', async () => {
    const bare = structuredClone(theme);
    bare.footer = { text: '', pageNumbers: false };
    const { deck: d0 } = layoutDeck(parseOutline(OUTLINE, 'test.yaml'), bare);
    const r = inspectDeck(await renderPptx(d0), d0);
    expect(r.problems).toEqual([]);
    expect(r.footerPlaceholders).toEqual({ slide: 0, layout: 3 * d0.layouts.length, master: 3 });

    const { deck, text } = await build();
    for (const l of deck.layouts) {
      const footers = l.placeholders.filter((p) => ['dt', 'ftr', 'sldNum'].includes(p.placeholder!.type));
      expect(footers.map((p) => p.placeholder!.type).sort()).toEqual(['dt', 'ftr', 'sldNum']);
      for (const p of footers) {
        const run = p.paragraphs[0]?.lines[0]?.runs[0];
        if (run) expect(contrastRatio(run.color.hex, l.background.color.hex), `${l.name} ${p.placeholder!.type}`).toBeGreaterThanOrEqual(4.5);
      }
    }
    // a slide's page number field carries its own number (what a viewer shows before updating fields)
    for (const s of deck.slides.filter((x) => x.role === 'content')) {
      const sp = text(`ppt/slides/slide${s.number}.xml`).match(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph type="sldNum"[\s\S]*?<\/p:sp>/)![0];
      expect(sp).toMatch(new RegExp(`<a:fld [^>]*type="slidenum"[^>]*>[\\s\\S]*<a:t>${s.number}</a:t>`));
      expect(sp).toContain('name="Slide Number Placeholder');
    }
  });

  it('gives every run the deck language, and the theme’s faces: stated in text boxes, inherited in placeholders', async () => {
    const { deck, files, text } = await build();
    for (let i = 1; i <= deck.slides.length; i++) {
      const xml = text(`ppt/slides/slide${i}.xml`);
      for (const sp of xml.match(/<p:sp>[\s\S]*?<\/p:sp>/g) ?? []) {
        const runs = sp.match(/<a:rPr [^>]*(\/>|>[\s\S]*?<\/a:rPr>)/g) ?? [];
        for (const r of runs) {
          expect(r).toMatch(/lang="zh-CN"/);
          // a text box states its size and faces; a placeholder takes what its layout does not change
          if (!sp.includes('<p:ph')) expect(r).toMatch(/ sz="\d+"[\s\S]*<a:latin typeface="\+m[jn]-lt"\/><a:ea typeface="\+m[jn]-ea"\/>/);
          expect(r).not.toMatch(/typeface="[^+]/);
        }
      }
    }
    // the layouts' placeholders give titles the heading faces and lists the body faces
    const layout = layoutNamed(files, '标题和内容');
    expect(layout).toMatch(/<p:ph type="title"\/>[\s\S]*?<a:lvl1pPr[^>]*>[\s\S]*?<a:defRPr [^>]*>[\s\S]*?<a:latin typeface="\+mj-lt"\/><a:ea typeface="\+mj-ea"\/>/);
    expect(layout).toMatch(/<p:ph idx="1"\/>[\s\S]*?<a:lvl1pPr[^>]*>[\s\S]*?<a:latin typeface="\+mn-lt"\/><a:ea typeface="\+mn-ea"\/>[\s\S]*?<a:lvl2pPr/);
    const en = await build('title: Report\nlang: en\nslides:\n  - { type: points, title: Results, points: [One, Two] }\n');
    expect(en.text('ppt/slides/slide2.xml')).toMatch(/lang="en-US"/);
    expect(en.text('ppt/slides/slide2.xml')).not.toMatch(/zh-CN/);
  });

  it('never scales generated text; placeholders shrink only text a person adds', async () => {
    const { files, text } = await build();
    for (const name of Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))) {
      const slide = text(name);
      // no stored font scale or line spacing reduction anywhere, no shape that grows with its text
      expect(slide, name).not.toMatch(/fontScale|lnSpcReduction|spAutoFit/);
      for (const sp of slide.match(/<p:sp>[\s\S]*?<\/p:sp>/g) ?? []) {
        if (!sp.includes('<p:txBody>')) continue;
        // placeholders: "shrink text on overflow", as PowerPoint's own (stated, or inherited from
        // the layout with the rest of the body properties); other text boxes: no autofit
        expect(sp, name).toMatch(sp.includes('<p:ph') ? /<a:normAutofit\/>|<a:bodyPr\/>/ : /<a:noAutofit\/>/);
      }
    }
    // layout placeholders shrink on overflow too, so a new slide behaves the same
    const layout = layoutNamed(files, '标题和内容');
    expect(layout).toMatch(/<p:ph type="title"\/>[\s\S]*?<a:normAutofit\/>/);
    // generated paragraphs state the exact pitch they were measured with; the level styles of
    // layouts and the master are proportional, so that shrinking typed text also tightens its lines
    for (const name of Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))) {
      const paragraphs = (text(name).match(/<a:p>[\s\S]*?<\/a:p>/g) ?? []).filter((p) => p.includes('<a:t>'));
      for (const p of paragraphs) expect(p, name).toMatch(/<a:lnSpc><a:spcPts val="\d+"\/><\/a:lnSpc>/);
      expect(text(name), name).not.toMatch(/<a:spcPct /);
    }
    expect(layout).toMatch(/<a:lvl1pPr [^>]*><a:lnSpc><a:spcPct val="\d+"\/><\/a:lnSpc>/);
    expect(layout + text('ppt/slideMasters/slideMaster1.xml')).not.toMatch(/<a:lnSpc><a:spcPts /);
  });

  it('escapes text and writes emphasis in bold and the emphasis colour', async () => {
    const { text } = await build();
    const cover = text('ppt/slides/slide1.xml');
    // however the title is broken into lines, every part of it is escaped
    expect(cover).toContain('测试汇报 &lt;&amp;&gt;');
    expect(cover).toContain('&quot;quotes&quot;');
    const points = text('ppt/slides/slide3.xml');
    expect(points).toContain('&lt;b&gt;&amp;amp; 保持原样');
    // party-red's emphasis is its brand colour: accent1
    expect(points).toMatch(/b="1"><a:solidFill><a:schemeClr val="accent1"\/><\/a:solidFill>[^]*?<a:t>重点<\/a:t>/);
  });

  it('writes speaker notes line by line in the deck language, with the figures’ sources', async () => {
    const { text } = await build();
    const notes = text('ppt/notesSlides/notesSlide3.xml');
    expect(notes).toContain('<a:t>讲第一部分。</a:t>');
    expect(notes).toContain('<a:t>第二行备注。</a:t>');
    expect(notes).not.toMatch(/ lang="en-US"/);
    expect(text('ppt/notesSlides/notesSlide4.xml')).toContain('撰写体会1400余篇');
  });

  it('puts the brand colours and the East Asian font into the theme', async () => {
    const { text } = await build();
    const t = text('ppt/theme/theme1.xml');
    expect(t).toContain('<a:dk1><a:srgbClr val="333333"/></a:dk1>');
    expect(t).toContain('<a:lt1><a:srgbClr val="FFFFFF"/></a:lt1>');
    expect(t).toContain('<a:accent1><a:srgbClr val="B5121B"/></a:accent1>');
    expect(t).toContain('<a:accent2><a:srgbClr val="E3B04B"/></a:accent2>');
    expect(t).toMatch(/<a:majorFont><a:latin typeface="Arial"\/><a:ea typeface="Microsoft YaHei"\/>/);
    expect(t).toMatch(/<a:minorFont><a:latin typeface="Arial"\/><a:ea typeface="Microsoft YaHei"\/>/);
    expect(t).toContain('<a:font script="Hans" typeface="Microsoft YaHei"/>');
    expect(t).not.toContain('等线');
    // six accents that differ, so PowerPoint's charts and tables get six colours
    const accents = [...t.matchAll(/<a:accent\d><a:srgbClr val="([0-9A-F]{6})"\/>/g)].map((m) => m[1]);
    expect(new Set(accents).size).toBe(6);
  });

  it('writes a whole package: content types for exactly its parts, the presentation’s order, notes pages in portrait', async () => {
    const { deck, files, text } = await build();
    const ct = text('[Content_Types].xml');
    const overrides = [...ct.matchAll(/<Override PartName="\/([^"]+)"/g)].map((m) => m[1]!);
    for (const name of overrides) expect(files[name], name).toBeDefined();
    const defaults = new Set([...ct.matchAll(/<Default Extension="([^"]+)"/g)].map((m) => m[1]!));
    for (const name of Object.keys(files).filter((n) => n !== '[Content_Types].xml')) {
      expect(overrides.includes(name) || defaults.has(name.slice(name.lastIndexOf('.') + 1)), `${name} has a content type`).toBe(true);
    }
    expect(Object.keys(files)[0]).toBe('[Content_Types].xml');
    const pres = text('ppt/presentation.xml');
    expect(pres.indexOf('<p:notesMasterIdLst>')).toBeLessThan(pres.indexOf('<p:sldIdLst>'));
    expect(pres).toContain('<p:notesSz cx="6858000" cy="9144000"/>');
    expect(pres).toContain(`<p:sldSz cx="${deck.width}" cy="${deck.height}"/>`);
    // one layout part per layout of the deck, numbered from 1, each listed by the master
    const layouts = Object.keys(files).filter((n) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n)).sort();
    expect(layouts).toEqual(deck.layouts.map((_, i) => `ppt/slideLayouts/slideLayout${i + 1}.xml`).sort());
    expect(text('ppt/slideMasters/slideMaster1.xml').match(/<p:sldLayoutId /g)).toHaveLength(deck.layouts.length);
  });

  it('shows the slide on a notes page in its own shape, above the notes, wide or square', () => {
    const notesTop = 4400550;
    for (const [w, h] of [[12192000, 6858000], [9144000, 6858000], [12192000, 7620000], [10058400, 7772400]] as const) {
      const [x, y, cx, cy] = slidePictureOnNotes({ width: w, height: h } as Parameters<typeof slidePictureOnNotes>[0]);
      expect(Math.abs(cx / cy - w / h), `${w}×${h}`).toBeLessThan(0.001);
      expect(y + cy, `${w}×${h} clears the notes`).toBeLessThanOrEqual(notesTop);
      expect(x >= 0 && x + cx <= 6858000, `${w}×${h} on the page`).toBe(true);
    }
    // PowerPoint's own places for 16:9 and 4:3
    expect(slidePictureOnNotes({ width: 12192000, height: 6858000 } as Parameters<typeof slidePictureOnNotes>[0])).toEqual([685800, 1143000, 5486400, 3086100]);
    expect(slidePictureOnNotes({ width: 9144000, height: 6858000 } as Parameters<typeof slidePictureOnNotes>[0])).toEqual([1143000, 685800, 4572000, 3429000]);
  });

  it('ties every part to the others: each relationship’s target exists, each slide and notes page is reached from the presentation', async () => {
    const { files, text } = await build();
    const reached = new Set<string>();
    for (const rels of Object.keys(files).filter((n) => n.endsWith('.rels'))) {
      // _rels/.rels speaks for the package, a/_rels/b.xml.rels for a/b.xml
      const base = rels === '_rels/.rels' ? '' : rels.replace(/_rels\/[^/]+$/, '');
      for (const m of text(rels).matchAll(/Target="([^"]+)"/g)) {
        const target = new URL(m[1]!, `file:///${base}`).pathname.slice(1);
        expect(files[target], `${rels} → ${m[1]}`).toBeDefined();
        reached.add(target);
      }
    }
    for (const name of Object.keys(files).filter((n) => /\.xml$/.test(n) && n !== '[Content_Types].xml')) expect(reached.has(name), `${name} is reached`).toBe(true);
  });

  it('writes no document date it cannot keep both true and reproducible; SOURCE_DATE_EPOCH sets one', async () => {
    const saved = process.env.SOURCE_DATE_EPOCH;
    try {
      delete process.env.SOURCE_DATE_EPOCH;
      const plain = (await build()).text('docProps/core.xml');
      expect(plain).not.toMatch(/dcterms:(created|modified)/);
      expect(plain).toContain('<dc:title>');
      process.env.SOURCE_DATE_EPOCH = '1764460800';
      const dated = (await build()).text('docProps/core.xml');
      expect(dated).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-11-30T00:00:00Z</dcterms:created>');
      expect(dated).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2025-11-30T00:00:00Z</dcterms:modified>');
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved;
    }
  });

  it('leaves out what a briefing never uses: unused file kinds, other scripts’ fonts, slide-number placeholders in notes', async () => {
    const { deck, files, text } = await build();
    const ct = text('[Content_Types].xml');
    expect(ct).not.toMatch(/Extension="(mp4|m4v|svg|gif)"/);
    for (const m of ct.matchAll(/<Default Extension="([^"]+)"/g)) expect(Object.keys(files).some((n) => n.endsWith(`.${m[1]}`)), m[1]).toBe(true);
    expect(text('ppt/theme/theme1.xml')).not.toContain('script="Jpan"');
    const notes = Object.keys(files).filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n));
    for (const n of notes) {
      expect(text(n)).not.toContain('Slide Number Placeholder');
      expect(text(n)).toContain('type="sldImg"');
    }
    const app = text('docProps/app.xml');
    expect(app).toContain('<Application>briefdeck</Application>');
    expect(app).toContain(`<Slides>${deck.slides.length}</Slides>`);
    expect(app).toContain(`<Notes>${notes.length}</Notes>`);
    for (const n of Object.keys(files).filter((x) => x.endsWith('.xml'))) expect(text(n), n).not.toMatch(/standalone=|<a:avLst><\/a:avLst>/);
  });

  it('gives the same bytes for the same input, whatever the clock or time zone', async () => {
    const first = await build();
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      const second = await build();
      process.env.TZ = 'America/Los_Angeles';
      const third = await build();
      expect(sha(second.bytes)).toBe(sha(first.bytes));
      expect(sha(third.bytes)).toBe(sha(first.bytes));
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});

describe.skipIf(!canValidate)('schema check (../shared/tools/ooxml-validate.sh)', () => {
  it('passes for the shipped outline with every built-in template, and a deck with every slide type', async () => {
    for (const name of ['party-red', 'gov-blue', 'ink']) {
      const shipped = layoutDeck(loadOutline('outline/sanlian.yaml'), loadTemplate(name).theme).deck;
      expect(validate(await renderPptx(shipped), `sanlian-${name}.pptx`), name).toMatch(/0 schema errors, 0 broken relationships, 0 content-type errors/);
    }
    const { bytes } = await build(OUTLINE + '      - { type: number, title: 一个数, value: 1240, approx: 多, unit: 件, label: 已办到位, of: 1600 }\n      - { type: quote, text: 为党育人、为国育才, by: 使命 }\n');
    expect(validate(bytes, 'all.pptx')).toMatch(/0 schema errors, 0 broken relationships, 0 content-type errors/);
  });
});
