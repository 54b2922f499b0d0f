// `template import`: the theme of a .pptx (made here with pptxgenjs, then given our own brand
// colours and fonts) becomes template overrides; anything that is not a presentation fails cleanly.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import { pptxgenjsParts } from '../helpers/pptxgenjs-parts.js';
import { contrastRatio } from '../../src/core/color.js';
import { DeckError } from '../../src/core/errors.js';
import { loadTemplate } from '../../src/template/load.js';
import { importPptxTheme, isGreyish, mapPptxTheme, nearestSize, readPptxTheme } from '../../src/template/import.js';
import { scaffoldText, schemaRefFor, writeTemplateScaffold } from '../../src/template/scaffold.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bd-import-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

type Parts = Map<string, string | Uint8Array>;

/** The parts of a one-slide deck as pptxgenjs writes them. */
async function deckParts(layout: 'LAYOUT_16x9' | 'LAYOUT_4x3' | 'LAYOUT_WIDE' = 'LAYOUT_WIDE'): Promise<Parts> {
  const pptx = new PptxGenJS();
  pptx.layout = layout;
  pptx.addSlide().addText('品牌', { x: 1, y: 1, w: 3, h: 1 });
  return pptxgenjsParts(pptx);
}

const BRAND_SCHEME =
  '<a:clrScheme name="Acme Brand">' +
  '<a:dk1><a:sysClr val="windowText" lastClr="1A1A1A"/></a:dk1>' +
  '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
  '<a:dk2><a:srgbClr val="0E2841"/></a:dk2>' +
  '<a:lt2><a:srgbClr val="EEF2F7"/></a:lt2>' +
  '<a:accent1><a:srgbClr val="1F4E79"/></a:accent1>' +
  '<a:accent2><a:srgbClr val="C55A11"/></a:accent2>' +
  '<a:accent3><a:srgbClr val="595959"/></a:accent3>' +
  '<a:accent4><a:srgbClr val="FFC000"/></a:accent4>' +
  '<a:accent5><a:srgbClr val="5B9BD5"/></a:accent5>' +
  '<a:accent6><a:srgbClr val="70AD47"/></a:accent6>' +
  '<a:hlink><a:srgbClr val="0563C1"/></a:hlink>' +
  '<a:folHlink><a:srgbClr val="954F72"/></a:folHlink>' +
  '</a:clrScheme>';

interface Brand {
  scheme?: string;
  majorLatin?: string;
  majorEa?: string;
  majorHans?: string;
  minorLatin?: string;
  minorEa?: string;
}

const BRAND: Brand = { scheme: BRAND_SCHEME, majorLatin: 'Georgia', majorEa: '', majorHans: '思源宋体', minorLatin: 'Verdana', minorEa: 'Source Han Sans SC' };

/** theme1.xml with our colour scheme and fonts. */
function brandTheme(xml: string, b: Brand): string {
  const fonts = (block: string, latin?: string, ea?: string, hans?: string) =>
    block
      .replace(/<a:latin typeface="[^"]*"/, (m) => (latin === undefined ? m : `<a:latin typeface="${latin}"`))
      .replace(/<a:ea typeface="[^"]*"/, (m) => (ea === undefined ? m : `<a:ea typeface="${ea}"`))
      .replace(/<a:font script="Hans" typeface="[^"]*"/, (m) => (hans === undefined ? m : `<a:font script="Hans" typeface="${hans}"`));
  return xml
    .replace(/<a:clrScheme[\s\S]*?<\/a:clrScheme>/, b.scheme ?? '')
    .replace(/<a:majorFont>[\s\S]*?<\/a:majorFont>/, (m) => fonts(m, b.majorLatin, b.majorEa, b.majorHans))
    .replace(/<a:minorFont>[\s\S]*?<\/a:minorFont>/, (m) => fonts(m, b.minorLatin, b.minorEa));
}

function zip(parts: Parts): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, data] of parts) files[name] = typeof data === 'string' ? strToU8(data) : data;
  return zipSync(files);
}

async function brandPptx(name = 'brand.pptx', b: Brand = BRAND, layout?: 'LAYOUT_16x9' | 'LAYOUT_4x3' | 'LAYOUT_WIDE', edit?: (parts: Parts) => void): Promise<string> {
  const parts = await deckParts(layout);
  parts.set('ppt/theme/theme1.xml', brandTheme(parts.get('ppt/theme/theme1.xml') as string, b));
  edit?.(parts);
  const file = path.join(dir, name);
  writeFileSync(file, zip(parts));
  return file;
}

const partyRed = () => loadTemplate('party-red').theme;

async function importFailure(file: string): Promise<DeckError> {
  try {
    await readPptxTheme(file);
  } catch (err) {
    if (err instanceof DeckError) return err;
    throw err;
  }
  throw new Error(`${file} was read`);
}

describe('reading the theme', () => {
  it('colours (srgbClr and sysClr lastClr), fonts (latin, ea, Hans) and the slide size', async () => {
    const t = await readPptxTheme(await brandPptx());
    expect(t.themePart).toBe('ppt/theme/theme1.xml');
    expect(t.schemeName).toBe('Acme Brand');
    expect(t.colors).toMatchObject({ dk1: '1A1A1A', lt1: 'FFFFFF', dk2: '0E2841', lt2: 'EEF2F7', accent1: '1F4E79', accent2: 'C55A11', accent3: '595959' });
    expect(t.major).toMatchObject({ latin: 'Georgia', hans: '思源宋体' });
    expect(t.major.ea).toBeUndefined();
    expect(t.minor).toMatchObject({ latin: 'Verdana', ea: 'Source Han Sans SC' });
    expect(t.slideSize).toEqual({ cx: 12192000, cy: 6858000 });
  });

  it('the theme the first slide master points to, not just theme1.xml', async () => {
    const file = await brandPptx('moved.pptx', BRAND, undefined, (parts) => {
      const theme = parts.get('ppt/theme/theme1.xml')!;
      parts.set('ppt/theme/theme7.xml', theme);
      // a decoy theme1.xml that nothing uses
      parts.set('ppt/theme/theme1.xml', (theme as string).replace('1F4E79', '00FF00'));
      const rels = 'ppt/slideMasters/_rels/slideMaster1.xml.rels';
      parts.set(rels, (parts.get(rels) as string).replace('../theme/theme1.xml', '../theme/theme7.xml'));
    });
    const t = await readPptxTheme(file);
    expect(t.themePart).toBe('ppt/theme/theme7.xml');
    expect(t.colors.accent1).toBe('1F4E79');
  });

  it('sizes: nearest of 16:9 and 4:3', async () => {
    expect(nearestSize(12192000, 6858000)).toBe('16:9');
    expect(nearestSize(9144000, 6858000)).toBe('4:3');
    expect(nearestSize(9144000, 5715000)).toBe('16:9'); // 16:10
    expect(nearestSize(7560000, 10692000)).toBe('4:3'); // A4 portrait
    const t = await readPptxTheme(await brandPptx('old.pptx', BRAND, 'LAYOUT_4x3'));
    expect(t.slideSize).toEqual({ cx: 9144000, cy: 6858000 });
  });

  it('greys', () => {
    expect(isGreyish('595959')).toBe(true);
    expect(isGreyish('#7F7F7F')).toBe(true);
    expect(isGreyish('1F4E79')).toBe(false);
  });
});

describe('mapping onto briefdeck’s roles', () => {
  it('colours and fonts of the theme become the template’s, with their sources', async () => {
    const file = await brandPptx();
    const { overrides: o, warnings } = await importPptxTheme(file, partyRed(), 'brand.pptx');
    expect(warnings).toEqual([]);
    const v = Object.fromEntries(Object.entries(o.colors!).map(([k, s]) => [k, s!.value]));
    expect(v).toEqual({
      primary: '1F4E79',
      accent: 'C55A11',
      text: '1A1A1A',
      background: 'FFFFFF',
      muted: '595959',
      figure: '1F4E79',
      emphasis: '1F4E79',
      onPrimary: 'FFFFFF',
      card: 'EEF2F7',
    });
    expect(o.colors!.primary!.source).toBe('accent1 of the theme');
    expect(o.colors!.accent!.source).toBe('accent2 of the theme');
    expect(o.colors!.text!.source).toBe('dk1 of the theme');
    expect(o.colors!.muted!.source).toMatch(/accent3/);
    expect(o.colors!.card!.source).toBe('lt2 of the theme');
    expect(o.size).toMatchObject({ value: '16:9' });
    const f = o.fonts!;
    expect(f.heading!.latin!.value).toBe('Georgia');
    expect(f.heading!.ea).toMatchObject({ value: '思源宋体', source: expect.stringMatching(/Hans major font/) });
    expect(f.body!.latin!.value).toBe('Verdana');
    expect(f.body!.ea).toMatchObject({ value: 'Source Han Sans SC', source: 'ea minor font of the theme' });
    expect(f.figure!.latin!.value).toBe('Georgia');
    expect(f.figure!.ea!.value).toBe('Source Han Sans SC');
  });

  it('the written template loads, with the theme’s colours and fonts, the grounds following primary', async () => {
    const file = await brandPptx();
    const parent = partyRed();
    const { overrides } = await importPptxTheme(file, parent, 'brand.pptx');
    const target = path.join(dir, 'acme');
    const text = scaffoldText({ dir: target, name: 'acme', label: 'Acme', description: 'imported', extendsRef: 'party-red', parent, schemaRef: schemaRefFor(target), overrides });
    expect(text).toMatch(/^ {2}primary: "#1F4E79" +# accent1 of the theme$/m);
    expect(text).toMatch(/^ {4}latin: Georgia +# latin major font of the theme$/m);
    writeTemplateScaffold(target, text);
    const { theme, warnings } = loadTemplate(target);
    // Georgia and Verdana have no width tables: measured as Arial, and said so
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^fonts\.heading\.latin is Georgia, a face whose widths/),
      expect.stringMatching(/^fonts\.body\.latin is Verdana, a face whose widths/),
      expect.stringMatching(/^fonts\.figure\.latin is Georgia, a face whose widths/),
    ]);
    expect(theme.colors).toMatchObject({ primary: '1F4E79', accent: 'C55A11', text: '1A1A1A', background: 'FFFFFF', card: 'EEF2F7' });
    expect(theme.fonts).toEqual({
      heading: { ea: '思源宋体', latin: 'Georgia' },
      body: { ea: 'Source Han Sans SC', latin: 'Verdana' },
      figure: { ea: 'Source Han Sans SC', latin: 'Georgia' },
    });
    expect(theme.backgrounds.cover.color).toBe('1F4E79');
    expect(theme.backgrounds.content.color).toBe('FFFFFF');
    expect(theme.type).toEqual(parent.type);
  });

  it('a 4:3 deck gives size "4:3"', async () => {
    const { overrides } = await importPptxTheme(await brandPptx('old.pptx', BRAND, 'LAYOUT_4x3'), partyRed());
    expect(overrides.size?.value).toBe('4:3');
    expect(overrides.size?.source).toMatch(/10 × 7\.5 in/);
  });

  it('no accent1: primary from dk2; a colourful accent3 and a dark lt2 are not used; onPrimary contrasts most', async () => {
    const scheme = BRAND_SCHEME.replace(/<a:accent1>.*?<\/a:accent1>/, '')
      .replace('<a:srgbClr val="0E2841"/>', '<a:srgbClr val="F2D544"/>') // a light dk2 → dark text on it
      .replace('<a:srgbClr val="595959"/>', '<a:srgbClr val="FF0000"/>')
      .replace('<a:srgbClr val="EEF2F7"/>', '<a:srgbClr val="333333"/>');
    const file = await brandPptx('odd.pptx', { ...BRAND, scheme });
    const { overrides: o } = await importPptxTheme(file, partyRed());
    const c = o.colors!;
    expect(c.primary).toMatchObject({ value: 'F2D544', source: expect.stringMatching(/dk2/) });
    expect(c.onPrimary!.value).toBe('1A1A1A');
    expect(isGreyish(c.muted!.value)).toBe(true);
    expect(c.muted!.source).toMatch(/grey between dk1 and lt1/);
    expect(contrastRatio(c.muted!.value, 'FFFFFF')).toBeGreaterThanOrEqual(4.5);
    expect(c.card!.source).toMatch(/tint of primary/);
  });

  it('unsafe font names are skipped with a warning; the parent’s face stays', async () => {
    const file = await brandPptx('evil.pptx', { ...BRAND, majorLatin: 'Evil&quot;/&gt;&lt;x' });
    const parent = partyRed();
    const { overrides, warnings } = await importPptxTheme(file, parent, 'evil.pptx');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('"Evil\\"/><x"') });
    expect(overrides.fonts!.heading!.latin).toBeUndefined();
    expect(overrides.fonts!.figure!.latin).toBeUndefined();
    expect(overrides.fonts!.heading!.ea!.value).toBe('思源宋体');
  });

  it('up and down: the parent’s, darkened until they read on a grey card; kept where they read', () => {
    const parent = partyRed();
    const grey = mapPptxTheme({ themePart: 'ppt/theme/theme1.xml', colors: { accent1: '2E7D32', lt2: 'E7E6E6', dk1: '333333', lt1: 'FFFFFF' }, major: {}, minor: {} }, parent, 'x.pptx').overrides.colors!;
    const card = grey.card!.value;
    expect(contrastRatio(parent.colors.down, card)).toBeLessThan(4.5);
    expect(grey.down!.source).toMatch(/darkened/);
    for (const g of [card, 'FFFFFF']) expect(contrastRatio(grey.down!.value, g)).toBeGreaterThanOrEqual(4.5);
    // party-red's up already reads on that card: not written, the parent's stays
    expect(grey.up).toBeUndefined();
    const plain = mapPptxTheme({ themePart: 'ppt/theme/theme1.xml', colors: { accent1: '1F4E79' }, major: {}, minor: {} }, parent, 'x.pptx').overrides.colors!;
    expect(plain.up).toBeUndefined();
    expect(plain.down).toBeUndefined();
  });

  it('mapPptxTheme with nothing but two colours keeps the rest of the parent', () => {
    const parent = partyRed();
    const { overrides } = mapPptxTheme({ themePart: 'ppt/theme/theme1.xml', colors: { accent1: '00AA55' }, major: {}, minor: {} }, parent, 'x.pptx');
    expect(Object.keys(overrides.colors!).sort()).toEqual(['card', 'emphasis', 'figure', 'onPrimary', 'primary']);
    expect(overrides.fonts).toBeUndefined();
    expect(overrides.size).toBeUndefined();
  });
});

describe('not a presentation: IMPORT_FAILED', () => {
  it('garbage bytes', async () => {
    const file = path.join(dir, 'garbage.pptx');
    writeFileSync(file, 'this is not a zip file at all\n');
    const e = await importFailure(file);
    expect(e.code).toBe('IMPORT_FAILED');
    expect(e.message).toMatch(/not a PowerPoint file \(it is not a zip archive\)/);
    expect(e.diagnostics[0]!.hint).toMatch(/\.pptx/);
  });

  it('a damaged zip', async () => {
    const good = zip(await deckParts());
    const file = path.join(dir, 'cut.pptx');
    writeFileSync(file, good.subarray(0, Math.floor(good.length / 2)));
    expect((await importFailure(file)).code).toBe('IMPORT_FAILED');
  });

  it('a zip without ppt/presentation.xml', async () => {
    const file = path.join(dir, 'other.pptx');
    writeFileSync(file, zipSync({ 'readme.txt': strToU8('hello') }));
    const e = await importFailure(file);
    expect(e.code).toBe('IMPORT_FAILED');
    expect(e.message).toMatch(/zip archive without ppt\/presentation\.xml/);
  });

  it('a .docx', async () => {
    const file = path.join(dir, 'report.docx');
    writeFileSync(file, zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') }));
    const e = await importFailure(file);
    expect(e.code).toBe('IMPORT_FAILED');
    expect(e.message).toMatch(/is a Word document, not a PowerPoint presentation/);
  });

  it('an old binary .ppt', async () => {
    const file = path.join(dir, 'old.ppt');
    writeFileSync(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const e = await importFailure(file);
    expect(e.message).toMatch(/old binary Office file/);
    expect(e.diagnostics[0]!.hint).toMatch(/save it as \.pptx/);
  });

  it('a missing file, and a folder', async () => {
    expect((await importFailure(path.join(dir, 'nope.pptx'))).message).toMatch(/does not exist/);
    mkdirSync(path.join(dir, 'folder.pptx'));
    expect((await importFailure(path.join(dir, 'folder.pptx'))).message).toMatch(/is a folder/);
  });

  it('a theme without a colour scheme, and a deck without a theme', async () => {
    const noScheme = await brandPptx('noscheme.pptx', { scheme: '' });
    const e = await importFailure(noScheme);
    expect(e.code).toBe('IMPORT_FAILED');
    expect(e.message).toMatch(/no colour scheme/);

    const parts = await deckParts();
    parts.delete('ppt/theme/theme1.xml');
    const noTheme = path.join(dir, 'notheme.pptx');
    writeFileSync(noTheme, zip(parts));
    expect((await importFailure(noTheme)).message).toMatch(/has no theme/);
  });
});
