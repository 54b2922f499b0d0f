// Templates that capture a brand (issue 15): decks that keep their look in the master and
// layouts (written by hand, tests/helpers/brand-decks.ts) are imported by what they show, not by
// their stock theme; a rebrand by `primary` alone carries through the deck; fonts that cannot
// show Chinese warn.
import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contrastRatio, luminance } from '../../src/core/color.js';
import { layoutDeck } from '../../src/compose/deck.js';
import { parseOutline } from '../../src/outline/load.js';
import { loadTemplate } from '../../src/template/load.js';
import { importPptxTheme } from '../../src/template/import.js';
import { stockPalette, STOCK_PALETTES } from '../../src/template/brand.js';
import { pngAverage } from '../../src/template/picture-colour.js';
import { eastAsianVerdict, chineseFace } from '../../src/layout/cjk-faces.js';
import { brandDeck, COVER_PICTURE, EMBLEM, MASTER_PICTURE } from '../helpers/brand-decks.js';
import { OFFICE_2007, bgSolid, ooxmlDeck, rect, srgb } from '../helpers/ooxml-deck.js';
import { runCli } from '../helpers/cli.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bd-brand-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});
const at = (...p: string[]) => path.join(dir, ...p);
const partyRed = () => loadTemplate('party-red').theme;
const STOCK = new Set(STOCK_PALETTES.flatMap((p) => p.accents));

async function imported(name: 'midnightblue' | 'vivid' | 'bureau') {
  const file = at(`${name}.pptx`);
  writeFileSync(file, brandDeck(name));
  return importPptxTheme(file, partyRed());
}

/** The hue of a colour in degrees. */
function hue(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (!d) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

describe('the colours of a picture', () => {
  it('the colours that cover most of a PNG, transparent pixels left out', () => {
    const master = pngAverage(MASTER_PICTURE)!;
    expect(master.colours[0]).toMatchObject({ hex: 'FFFFFF' });
    expect(master.colours[0]!.share).toBeCloseTo(75 / 90, 2);
    expect(master.colours[1]).toMatchObject({ hex: 'C8102E' });
    expect(pngAverage(COVER_PICTURE)!.colours[0]!.hex).toBe('C8102E');
    const emblem = pngAverage(EMBLEM)!;
    expect(emblem.opaque).toBeLessThan(0.85);
    expect(emblem.colours.map((c) => c.hex)).toEqual(expect.arrayContaining(['C8102E', 'E8B93C']));
  });
});

describe('importing what a deck shows', () => {
  it('all three keep the stock Office palette in their theme: it is recognised and not used', async () => {
    for (const name of ['midnightblue', 'vivid', 'bureau'] as const) {
      const r = await imported(name);
      expect(stockPalette(r.pptx.colors)).toBeDefined();
      const values = Object.values(r.overrides.colors!).map((c) => c!.value);
      for (const v of values) expect(STOCK.has(v), `${name}: ${v}`).toBe(false);
      expect(r.warnings.map((w) => w.code)).toContain('IMPORT_GUESS');
    }
  });

  it('Midnightblue: teal primary from the section layout, the slate gradient ground, light text, DejaVu Sans named', async () => {
    const { overrides: o, pptx } = await imported('midnightblue');
    const c = o.colors!;
    expect(c.primary!.value).toBe('1A9E8F');
    expect(c.primary!.source).toMatch(/section header layout/);
    expect(luminance(c.background!.value)).toBeLessThan(0.05);
    expect(c.background!.source).toMatch(/slide master .*gradient/);
    expect(c.text!.value).toBe('EAF2F8');
    expect(o.backgrounds!.cover!.value).not.toBe(c.primary!.value);
    expect(o.backgrounds!.section!.value).toBe('1A9E8F');
    expect(o.fonts!.heading!.ea!.value).toBe('DejaVu Sans');
    expect(pptx.look!.grounds.cover!.kind).toBe('gradient');
    // every text colour reads on its ground, or was flagged
    expect(contrastRatio(c.onPrimary!.value, c.primary!.value)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(c.emphasis!.value, c.background!.value)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(c.muted!.value, c.card!.value)).toBeGreaterThanOrEqual(4.5);
  });

  it('Vivid: orange primary from the title layout, yellow accent from the shapes, white ground, dark text; orange darkened for emphasis', async () => {
    const { overrides: o } = await imported('vivid');
    const c = o.colors!;
    expect(c.primary!.value).toBe('F26B21');
    expect(c.accent!.value).toBe('FDB813');
    expect(c.background!.value).toBe('FFFFFF');
    expect(c.text!.value).toBe('404040'); // tx1 with lumMod 75 % lumOff 25 %, through the clrMap
    expect(c.emphasis!.guessed).toBe(true);
    expect(contrastRatio(c.emphasis!.value, 'FFFFFF')).toBeGreaterThanOrEqual(4.5);
    expect(Math.abs(hue(c.emphasis!.value) - hue('F26B21'))).toBeLessThan(12);
    expect(o.backgrounds!.cover!.value).toBe('F26B21');
    expect(o.fonts!.body!.ea!.value).toBe('Noto Sans CJK SC');
  });

  it('a bureau deck: red from the pictures, white ground, black text, 微软雅黑 and 仿宋, the emblem as logo', async () => {
    const { overrides: o, assets } = await imported('bureau');
    const c = o.colors!;
    expect(c.primary!.value).toBe('C8102E');
    expect(c.accent!.value).toBe('E8B93C');
    expect(c.background!.value).toBe('FFFFFF');
    expect(c.text!.value).toBe('000000');
    expect(c.onPrimary!.value).toBe('FFE699');
    expect(o.fonts!.heading!.ea!.value).toBe('微软雅黑');
    expect(o.fonts!.body!.ea!.value).toBe('仿宋');
    expect(o.fonts!.body!.latin!.value).toBe('Times New Roman');
    expect(o.logo!.value).toMatchObject({ path: 'logo.png', position: 'top-left' });
    expect(o.backgrounds!.cover).toMatchObject({ value: 'C8102E', image: 'background-cover.png' });
    // the master's picture has a red band where titles go: only its white is taken
    expect(o.backgrounds!.content!.value).toBe('FFFFFF');
    expect(o.backgrounds!.content!.image).toBeUndefined();
    expect(assets.map((a) => a.name).sort()).toEqual(['background-cover.png', 'logo.png']);
  });

  it('the command writes the template, its pictures, and says what was taken and what guessed, in both languages', async () => {
    const file = at('bureau.pptx');
    writeFileSync(file, brandDeck('bureau'));
    const en = await runCli(['template', 'import', file, at('b-en')]);
    expect(en.code).toBe(0);
    expect(en.out).toMatch(/taken from the deck:\n {4}colors\.background/);
    expect(en.out).toMatch(/guessed:\n/);
    expect(existsSync(at('b-en', 'logo.png'))).toBe(true);
    expect(readFileSync(at('b-en', 'template.yaml'), 'utf8')).toMatch(/^ {2}cover: \{ color: "#C8102E", image: background-cover\.png \}/m);
    const zh = await runCli(['template', 'import', file, at('b-zh'), '--lang', 'zh']);
    expect(zh.out).toContain('取自演示文稿：');
    expect(zh.out).toContain('推测：');
    expect(zh.out).toContain('标题幻灯片版式的背景');
    const { theme, warnings } = loadTemplate(at('b-zh'));
    expect(theme.logo?.position).toBe('top-left');
    expect(theme.backgrounds.cover.image).toBeDefined();
    // 仿宋 is a Chinese face: no font warning
    expect(warnings.filter((w) => w.code === 'TEMPLATE_FONT')).toEqual([]);
  });

  it('a .thmx theme file is read (theme only)', async () => {
    const { zipSync, strToU8, unzipSync } = await import('fflate');
    const theme = unzipSync(brandDeck('vivid'))['ppt/theme/theme1.xml']!;
    const file = at('brand.thmx');
    writeFileSync(file, zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'theme/theme/theme1.xml': theme }));
    const r = await importPptxTheme(file, partyRed());
    expect(r.pptx.themePart).toBe('theme/theme/theme1.xml');
    expect(r.pptx.look).toBeUndefined();
  });

  it('a master of 30,000 shapes (12 MB) is read in a moment', { timeout: 15000 }, async () => {
    const many = rect(0, 0, 0.1, 0.1, srgb('2E7D32')).repeat(30000);
    const file = at('many.pptx');
    writeFileSync(file, ooxmlDeck({ themeName: 'x', colors: { ...OFFICE_2007 }, major: { latin: 'Arial', ea: 'SimHei' }, minor: { latin: 'Arial', ea: 'SimSun' }, master: { bg: bgSolid(srgb('FFFFFF')), shapes: many, title: '', body: '' }, layouts: [{ type: 'obj' }] }));
    const t0 = performance.now();
    const r = await importPptxTheme(file, partyRed());
    expect(performance.now() - t0).toBeLessThan(10000);
    expect(r.overrides.colors!.primary!.value).toBe('2E7D32');
  });
});

describe('a rebrand by primary alone carries through', () => {
  const OUTLINE = readFileSync(path.resolve('outline/sanlian.yaml'), 'utf8');

  /** Every colour the slides and layouts are drawn in. */
  function coloursOf(theme: ReturnType<typeof partyRed>): string[] {
    const { deck } = layoutDeck(parseOutline(OUTLINE, 'sanlian.yaml', path.resolve('outline')), theme);
    const json = JSON.stringify([deck.slides, deck.layouts, deck.master]);
    return [...json.matchAll(/"hex":"([0-9A-F]{6})"/g)].map((m) => m[1]!);
  }

  it('`template new`, then only primary changed: no colour of the deck is party-red’s brand any more', async () => {
    const r = await runCli(['template', 'new', at('teal')]);
    expect(r.code).toBe(0);
    const file = at('teal', 'template.yaml');
    const text = readFileSync(file, 'utf8').replace(/^# colors:/m, 'colors:').replace(/^# {3}primary: "#B5121B"/m, '  primary: "#0E7C86"');
    writeFileSync(file, text);
    const { theme, warnings } = loadTemplate(at('teal'));
    expect(theme.colors.primary).toBe('0E7C86');
    for (const role of ['section', 'closing', 'cover'] as const) expect(theme.backgrounds[role].color).toBe('0E7C86');
    expect(theme.colors.figure).toBe('0E7C86');
    expect(theme.colors.emphasis).toBe('0E7C86');
    expect(theme.colors.card).not.toBe('FBF4EA');
    expect(Math.abs(hue(theme.colors.card) - hue('0E7C86'))).toBeLessThan(10);
    const before = coloursOf(partyRed());
    const after = coloursOf(theme);
    expect(before).toContain('B5121B');
    expect(before).toContain('FBF4EA');
    expect(after).not.toContain('B5121B');
    expect(after).not.toContain('FBF4EA');
    expect(after.length).toBe(before.length);
    // the gold accent is still party-red's: listed
    expect(warnings.filter((w) => w.code === 'TEMPLATE_INHERITED').map((w) => w.message)).toEqual([expect.stringMatching(/^colors\.accent is still #E3B04B/)]);
  });

  it('a colour the child sets stays, and a parent colour that is not primary stays', () => {
    const d = at('set');
    mkdirSync(d);
    writeFileSync(path.join(d, 'template.yaml'), 'name: set\nextends: ink\ncolors:\n  primary: "#7A1F5C"\n  emphasis: "#123456"\n  accent: "#D4A017"\n');
    const { theme, warnings } = loadTemplate(d);
    expect(theme.colors.emphasis).toBe('123456');
    // ink's figure is its teal accent, not its charcoal primary
    expect(theme.colors.figure).toBe('0E7C86');
    expect(theme.backgrounds.section.color).toBe('F3F5F5');
    expect(warnings.filter((w) => w.code === 'TEMPLATE_INHERITED').map((w) => w.message)).toEqual([expect.stringMatching(/^colors\.figure is still #0E7C86/)]);
  });

  it('the built-ins are as they were', () => {
    expect(loadTemplate('gov-blue').theme.colors.emphasis).toBe('1A5CB0');
    expect(loadTemplate('gov-blue').warnings).toEqual([]);
    expect(loadTemplate('ink').warnings).toEqual([]);
  });
});

describe('fonts that can show Chinese', () => {
  it('DejaVu Sans as the East Asian face warns, saying which metrics are used', () => {
    const d = at('dejavu');
    mkdirSync(d);
    writeFileSync(path.join(d, 'template.yaml'), 'name: dejavu\nextends: party-red\nfonts:\n  heading: { ea: DejaVu Sans, latin: DejaVu Sans }\n');
    const w = loadTemplate(d).warnings.filter((x) => x.code === 'TEMPLATE_FONT');
    expect(w.map((x) => x.message)).toEqual([
      expect.stringMatching(/^fonts\.heading\.ea is DejaVu Sans, a face without Chinese characters: .*Noto Sans CJK SC/),
      expect.stringMatching(/^fonts\.heading\.latin is DejaVu Sans, a face whose widths the layout does not know: it measures it with Arial/),
    ]);
    expect(w[0]!.zh!.message).toContain('没有汉字');
    expect(w[0]!.pos?.line).toBe(4);
  });

  it('the faces Chinese offices use are known, by English and Chinese names', () => {
    for (const n of ['Microsoft YaHei', '微软雅黑', 'SimHei', '黑体', 'SimSun', '宋体', 'FangSong', '仿宋', '仿宋_GB2312', 'KaiTi', '楷体', 'DengXian', '等线', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Noto Serif CJK SC', '思源宋体']) {
      expect(eastAsianVerdict(n), n).toEqual({ ok: true });
    }
    expect(chineseFace('仿宋')).toMatchObject({ name: 'FangSong', latin: 'Times New Roman' });
    expect(chineseFace('Microsoft YaHei')).toMatchObject({ zh: '微软雅黑', latin: 'Arial' });
    expect(eastAsianVerdict('Calibri')).toEqual({ ok: false, reason: 'no-chinese' });
    expect(eastAsianVerdict('Comic Sans MS')).toEqual({ ok: false, reason: 'unknown' });
  });
});

describe('template check and template preview', () => {
  it('check lists what is left of the parent’s brand and exits 1; a clean template exits 0', async () => {
    const d = at('half');
    mkdirSync(d);
    writeFileSync(path.join(d, 'template.yaml'), 'name: half\nextends: party-red\ncolors:\n  primary: "#0E7C86"\n');
    const r = await runCli(['template', 'check', d]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('TEMPLATE_INHERITED');
    expect(r.err).toContain('colors.accent is still #E3B04B');
    expect(r.out).toBe('template half: 1 warning\n');
    const zh = await runCli(['template', 'check', d, '--lang', 'zh']);
    expect(zh.err).toContain('仍是 #E3B04B');
    writeFileSync(path.join(d, 'template.yaml'), 'name: half\nextends: party-red\ncolors:\n  primary: "#0E7C86"\n  accent: "#F2C14E"\n');
    const ok = await runCli(['template', 'check', d]);
    expect(ok.code).toBe(0);
    expect(ok.out).toBe('✓ template half: no problems found\n');
    expect((await runCli(['template', 'check'])).code).toBe(2);
  });

  it('check: a white logo on a white ground', async () => {
    const d = at('white');
    mkdirSync(d);
    const { png } = await import('../helpers/png.js');
    writeFileSync(path.join(d, 'logo.png'), png(20, 10, [0xfa, 0xfa, 0xfa]));
    writeFileSync(path.join(d, 'template.yaml'), 'name: white\nextends: gov-blue\nlogo:\n  path: logo.png\n  slides: [content]\n');
    const r = await runCli(['template', 'check', d]);
    expect(r.err).toContain('TEMPLATE_LOGO_CONTRAST (warning) logo.path: the logo (mostly #FAFAFA) hardly shows on the content ground #FFFFFF');
  });

  it('preview writes one self-contained page with cover, divider, points and figures', async () => {
    const file = at('bureau.pptx');
    writeFileSync(file, brandDeck('bureau'));
    expect((await runCli(['template', 'import', file, at('b')])).code).toBe(0);
    const { sampleDeck, previewHtml } = await import('../../src/watch/template-preview.js');
    const { theme } = loadTemplate(at('b'));
    const { deck } = sampleDeck(theme);
    expect(deck.slides.map((s) => s.kind)).toEqual(expect.arrayContaining(['cover', 'section', 'points', 'numbers', 'number', 'closing']));
    const html = previewHtml(deck, theme, '');
    expect(html).toContain('data-kind="cover"');
    expect(html).toContain('data-kind="section"');
    expect(html).toMatch(/background-image:url\(&quot;data:image\/png;base64,/);
    expect(html).not.toContain('assets/');
  });
});

describe('a logo in the top-left corner', () => {
  it('pushes content slides’ titles and their bar along, clear of the logo', async () => {
    const file = at('bureau.pptx');
    writeFileSync(file, brandDeck('bureau'));
    expect((await runCli(['template', 'import', file, at('b')])).code).toBe(0);
    const { theme } = loadTemplate(at('b'));
    expect(theme.logo?.position).toBe('top-left');
    const { deck } = layoutDeck(parseOutline(readFileSync(path.resolve('outline/sanlian.yaml'), 'utf8'), 'sanlian.yaml', path.resolve('outline')), theme);
    const slide = deck.slides.find((s) => s.kind === 'points')!;
    const layout = deck.layouts.find((l) => l.name === slide.layout) ?? deck.layouts.find((l) => l.boxes.some((b) => b.kind === 'image'))!;
    const logo = [...layout.boxes, ...slide.boxes].find((b) => b.kind === 'image')!;
    const title = [...slide.boxes, ...layout.placeholders].find((b) => b.kind === 'text' && b.placeholder?.type === 'title')!;
    expect(title.x).toBeGreaterThanOrEqual(logo.x + logo.w);
  });
});

describe('OpenDocument through LibreOffice', () => {
  const soffice = spawnSync('soffice', ['--version'], { timeout: 30000 }).status === 0;
  it.runIf(soffice)('a Vivid deck saved as .odp imports to the same brand (LibreOffice writes a master per master page)', { timeout: 180000 }, async () => {
    writeFileSync(at('vivid.pptx'), brandDeck('vivid'));
    const conv = spawnSync('soffice', [`-env:UserInstallation=file://${at('lo')}`, '--headless', '--convert-to', 'odp', '--outdir', at('odp'), at('vivid.pptx')], { timeout: 120000 });
    expect(conv.status).toBe(0);
    const r = await runCli(['template', 'import', at('odp', 'vivid.odp'), at('t')]);
    expect(r.code).toBe(0);
    const { theme } = loadTemplate(at('t'));
    expect(theme.colors.primary).toBe('F26B21');
    expect(theme.colors.accent).toBe('FDB813');
    expect(theme.colors.background).toBe('FFFFFF');
    expect(theme.backgrounds.cover.color).toBe('F26B21');
  });
  it('without LibreOffice an .odp is refused with how to convert it', async () => {
    writeFileSync(at('x.odp'), 'not really');
    const { DeckError } = await import('../../src/core/errors.js');
    const { convertWithLibreOffice } = await import('../../src/template/odp.js');
    const path0 = process.env.PATH;
    process.env.PATH = at('nobin');
    try {
      expect(() => convertWithLibreOffice(at('x.odp'), 'x.odp')).toThrow(DeckError);
      try {
        convertWithLibreOffice(at('x.odp'), 'x.odp');
      } catch (err) {
        expect((err as InstanceType<typeof DeckError>).diagnostics[0]!.message).toBe('x.odp is an OpenDocument presentation, and LibreOffice (soffice) is not installed to convert it');
      }
    } finally {
      process.env.PATH = path0;
    }
  });
});
