// `briefdeck templates`, `template new`, `template import` in-process, and a build with a
// template made by `template new` then edited.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import { pptxgenjsParts } from '../helpers/pptxgenjs-parts.js';
import { runCli } from '../helpers/cli.js';
import { loadTemplate } from '../../src/template/load.js';
import { png } from '../helpers/png.js';
import { SMALL_OUTLINE } from '../helpers/outlines.js';

const run = (argv: string[]) => runCli(argv);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bd-cli-tpl-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const at = (...p: string[]) => path.join(dir, ...p);


/** A .pptx whose theme has accent1 #2E7D32, accent2 #F9A825 and 4:3 slides. */
async function brandPptx(file: string): Promise<string> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_4x3';
  pptx.addSlide().addText('x', { x: 1, y: 1, w: 1, h: 1 });
  const parts = await pptxgenjsParts(pptx);
  const theme = (parts.get('ppt/theme/theme1.xml') as string)
    .replace(/(<a:accent1>)[\s\S]*?(<\/a:accent1>)/, '$1<a:srgbClr val="2E7D32"/>$2')
    .replace(/(<a:accent2>)[\s\S]*?(<\/a:accent2>)/, '$1<a:srgbClr val="F9A825"/>$2')
    .replace(/(<a:majorFont><a:latin typeface=")[^"]*/, '$1Georgia')
    .replace(/(<a:minorFont>[\s\S]*?<a:ea typeface=")[^"]*/, '$1SimSun');
  parts.set('ppt/theme/theme1.xml', theme);
  const files: Record<string, Uint8Array> = {};
  for (const [name, data] of parts) files[name] = typeof data === 'string' ? strToU8(data) : data;
  writeFileSync(file, zipSync(files));
  return file;
}

const OUTLINE = SMALL_OUTLINE;

describe('briefdeck templates', () => {
  it('lists the built-ins with name, label and description, exit 0', async () => {
    const r = await run(['templates']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^party-red +党建红 +红色与金色/m);
    for (const name of readdirSync(path.resolve(import.meta.dirname, '../../templates')).filter((n) => existsSync(path.resolve(import.meta.dirname, '../../templates', n, 'template.yaml')))) {
      const { theme } = loadTemplate(name);
      expect(r.out).toMatch(new RegExp(`^${name} +${theme.label} +${theme.description.slice(0, 6)}`, 'm'));
    }
    expect(r.out).toMatch(/-t NAME/);
    expect(r.out).toMatch(/template new/);
  });

  it('--help, exit 0', async () => {
    const r = await run(['templates', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/briefdeck templates/);
  });
});

describe('briefdeck template new', () => {
  it('writes <dir>/template.yaml extending party-red, prints what and what next, exit 0', async () => {
    const r = await run(['template', 'new', at('My Brand')]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const file = at('My Brand', 'template.yaml');
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=\S+template\.schema\.json$/m);
    expect(text).toMatch(/^name: my-brand /m);
    expect(text).toMatch(/^extends: party-red /m);
    expect(r.out).toContain(file);
    expect(r.out).toMatch(/based on party-red/);
    expect(r.out).toMatch(/next: edit .*My Brand[\\/]template\.yaml, then build with -t /);
    expect(loadTemplate(at('My Brand')).theme.colors).toEqual(loadTemplate('party-red').theme.colors);
  });

  it('--from another built-in', async () => {
    const r = await run(['template', 'new', at('blue'), '--from', 'gov-blue']);
    expect(r.code).toBe(0);
    expect(readFileSync(at('blue', 'template.yaml'), 'utf8')).toMatch(/^extends: gov-blue /m);
    expect(loadTemplate(at('blue')).theme.colors).toEqual(loadTemplate('gov-blue').theme.colors);
  });

  it('--from a template folder: `extends` is written relative to the new folder', async () => {
    expect((await run(['template', 'new', at('base')])).code).toBe(0);
    const r = await run(['template', 'new', at('brands', 'child'), '--from', at('base')]);
    expect(r.code).toBe(0);
    expect(readFileSync(at('brands', 'child', 'template.yaml'), 'utf8')).toMatch(/^extends: \.\.\/\.\.\/base /m);
    expect(loadTemplate(at('brands', 'child')).theme.files).toHaveLength(3);
  });

  it('twice: TEMPLATE_EXISTS, exit 1, the first file untouched', async () => {
    expect((await run(['template', 'new', at('acme')])).code).toBe(0);
    const before = readFileSync(at('acme', 'template.yaml'), 'utf8');
    const r = await run(['template', 'new', at('acme'), '--from', 'ink']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/TEMPLATE_EXISTS .*acme[\\/]template\.yaml already exists/);
    expect(r.out).toBe('');
    expect(readFileSync(at('acme', 'template.yaml'), 'utf8')).toBe(before);
  });

  it('an unknown --from: TEMPLATE_NOT_FOUND with did-you-mean, exit 1, nothing written', async () => {
    const r = await run(['template', 'new', at('x'), '--from', 'gov-bleu']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/TEMPLATE_NOT_FOUND/);
    expect(r.err).toMatch(/did you mean `gov-blue`/);
    expect(existsSync(at('x'))).toBe(false);
  });

  it('usage errors: exit 2', async () => {
    const noDir = await run(['template', 'new']);
    expect(noDir.code).toBe(2);
    expect(noDir.err).toMatch(/USAGE .*template new <dir>/);
    const unknown = await run(['template', 'nwe', at('x')]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/did you mean `template new`/);
    expect((await run(['template'])).code).toBe(2);
    expect((await run(['template', 'new', at('x'), '--from'])).code).toBe(2);
    expect(existsSync(at('x'))).toBe(false);
  });
});

describe('briefdeck template import', () => {
  it('writes a template from the theme of a .pptx, exit 0', async () => {
    const pptx = await brandPptx(at('brand.pptx'));
    const r = await run(['template', 'import', pptx, at('green')]);
    // Georgia and Calibri have no width tables: said so, nothing else
    expect(r.err.match(/^\S.* \(warning\) .*$/gm)!.map((l) => l.replace(/^.*?(TEMPLATE_\w+).*?is (\w+),.*$/, '$1 $2'))).toEqual(['TEMPLATE_FONT Georgia', 'TEMPLATE_FONT Calibri', 'TEMPLATE_FONT Georgia']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/wrote .*green[\\/]template\.yaml/);
    expect(r.out).toMatch(/from the theme of .*brand\.pptx/);
    expect(r.out).toMatch(/next: edit /);
    const text = readFileSync(at('green', 'template.yaml'), 'utf8');
    expect(text).toMatch(/^ {2}primary: "#2E7D32" +# accent1 of the theme$/m);
    expect(text).toMatch(/^size: "4:3" +# slide size/m);
    const { theme } = loadTemplate(at('green'));
    expect(theme.size.name).toBe('4:3');
    expect(theme.colors.primary).toBe('2E7D32');
    expect(theme.colors.accent).toBe('F9A825');
    expect(theme.fonts.heading.latin).toBe('Georgia');
    expect(theme.fonts.body.ea).toBe('SimSun');
  });

  it('a deck built with gov-blue imports back to gov-blue’s colours and fonts', async () => {
    writeFileSync(at('talk.yaml'), OUTLINE);
    expect((await run(['build', at('talk.yaml'), '-t', 'gov-blue', '-o', at('blue.pptx')])).code).toBe(0);
    const r = await run(['template', 'import', at('blue.pptx'), at('again')]);
    expect(r.code).toBe(0);
    const blue = loadTemplate('gov-blue').theme;
    const { theme } = loadTemplate(at('again'));
    for (const role of ['primary', 'accent', 'text', 'card'] as const) expect(theme.colors[role]).toBe(blue.colors[role]);
    expect(theme.fonts.heading).toEqual(blue.fonts.heading);
    expect(theme.fonts.body).toEqual(blue.fonts.body);
    expect(theme.size.name).toBe('16:9');
  });

  it('into a folder that already has a template: TEMPLATE_EXISTS, exit 1', async () => {
    expect((await run(['template', 'new', at('taken')])).code).toBe(0);
    const r = await run(['template', 'import', await brandPptx(at('brand.pptx')), at('taken')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/TEMPLATE_EXISTS/);
    expect(readFileSync(at('taken', 'template.yaml'), 'utf8')).toMatch(/^extends: party-red /m);
  });

  it('a garbage file: IMPORT_FAILED, exit 1, nothing written', async () => {
    const bad = at('garbage.pptx');
    writeFileSync(bad, 'garbage, not a zip');
    const r = await run(['template', 'import', bad, at('out')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^IMPORT_FAILED .*garbage\.pptx is not a PowerPoint file/m);
    expect(r.err).toMatch(/hint: /);
    expect(r.out).toBe('');
    expect(existsSync(at('out'))).toBe(false);
  });

  it('a missing file: IMPORT_FAILED, exit 1', async () => {
    const r = await run(['template', 'import', at('nope.potx'), at('out')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/IMPORT_FAILED .*nope\.potx does not exist/);
    expect(existsSync(at('out'))).toBe(false);
  });

  it('without the folder: USAGE, exit 2', async () => {
    const r = await run(['template', 'import', at('brand.pptx')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/USAGE .*<dir>/);
  });
});

describe('help', () => {
  it('template --help shows both actions and --from, exit 0', async () => {
    const r = await run(['template', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/briefdeck template new <dir>/);
    expect(r.out).toMatch(/briefdeck template import <file\.pptx\|file\.potx\|file\.thmx\|file\.odp> <dir>/);
    expect(r.out).toMatch(/briefdeck template check <dir>/);
    expect(r.out).toMatch(/briefdeck template preview <dir>/);
    expect(r.out).toContain('--from <name|dir>');
    expect(r.err).toBe('');
  });

  it('the main --help lists templates and template', async () => {
    const r = await run(['--help']);
    expect(r.out).toMatch(/^ {2}templates +List the built-in templates/m);
    expect(r.out).toMatch(/^ {2}template <action>/m);
  });
});

describe('a build with a template made by `template new`', () => {
  it('an edited primary colour and a PNG logo reach the deck', async () => {
    expect((await run(['template', 'new', at('acme')])).code).toBe(0);
    const file = at('acme', 'template.yaml');
    // white: it shows on the new blue cover and closing
    const logo = png(12, 6, [255, 255, 255]);
    writeFileSync(at('acme', 'logo.png'), logo);
    const text = readFileSync(file, 'utf8')
      .replace(/^# colors:/m, 'colors:')
      .replace(/^# {3}primary: "#[0-9A-F]{6}"/m, '  primary: "#0055AA"')
      .replace(/^# logo:/m, 'logo:')
      .replace(/^# {3}path: logo\.png/m, '  path: logo.png')
      .replace(/^# {3}slides: \[cover, content, closing\]/m, '  slides: [cover, closing]');
    writeFileSync(file, text);
    writeFileSync(at('talk.yaml'), OUTLINE);
    const out = at('talk.pptx');
    const r = await run(['build', at('talk.yaml'), '-t', at('acme'), '-o', out]);
    // party-red's gold accent is left as it was: the build says so
    expect(r.err.match(/^\S.* \(warning\) .*$/gm)).toEqual([expect.stringMatching(/TEMPLATE_INHERITED \(warning\) colors\.accent: colors\.accent is still #E3B04B/)]);
    expect(r.code).toBe(0);

    const zip = unzipSync(readFileSync(out));
    const str = (name: string) => new TextDecoder().decode(zip[name]!);
    expect(str('ppt/theme/theme1.xml')).toMatch(/<a:accent1><a:srgbClr val="0055AA"\/><\/a:accent1>/);
    const slides = Object.keys(zip).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
    expect(slides).toHaveLength(4); // cover, points, numbers, closing
    // slides name the theme's brand colour (accent1), which is the template's primary
    expect(str(slides[1]!)).toContain('<a:schemeClr val="accent1"/>'); // the title bar of the points slide
    expect(slides.some((s) => str(s).includes('0055AA'))).toBe(false);

    // the logo is stored once and drawn by the layouts of the slides the template names
    const media = Object.keys(zip).filter((n) => n.startsWith('ppt/media/'));
    const logos = media.filter((n) => Buffer.from(zip[n]!).equals(Buffer.from(logo)));
    expect(logos).toHaveLength(1);
    const layoutOf = (slide: string) => {
      const rels = str(slide.replace('slides/', 'slides/_rels/') + '.rels');
      return `ppt/slideLayouts/${/slideLayouts\/(slideLayout\d+\.xml)/.exec(rels)![1]}`;
    };
    const usesLogo = (slide: string) => str(layoutOf(slide).replace('slideLayouts/', 'slideLayouts/_rels/') + '.rels').includes(`../media/${path.posix.basename(logos[0]!)}`);
    expect(slides.map(usesLogo)).toEqual([true, false, false, true]);
    // with its alt text: the organisation's name and 标志
    expect(str(layoutOf(slides[0]!))).toMatch(/<p:cNvPr id="\d+" name="logo 1" descr="[^"]*标志"\/>/);
  });
});

describe('build -t with a broken template', () => {
  // each kind of template mistake: exit 1, FILE:LINE:COLUMN, a hint, and no deck written
  const broken: [string, string, string, RegExp][] = [
    ['bad colour', 'colors:\n  primary: red\n', 'TEMPLATE_SCHEMA', /template\.yaml:4:12 /],
    ['unknown key', 'colours:\n  primary: "#112233"\n', 'TEMPLATE_UNKNOWN_KEY', /template\.yaml:3:1 /],
    ['unsafe font name', 'fonts:\n  body: { latin: "Arial\\"/><x" }\n', 'TEMPLATE_SCHEMA', /template\.yaml:4:/],
    ['size outside the range', 'type:\n  title: [10, 50]\n', 'TEMPLATE_SCHEMA', /template\.yaml:4:10 /],
    ['missing logo', 'logo:\n  path: nowhere.png\n', 'ASSET_NOT_FOUND', /template\.yaml:4:9 /],
    ['SVG logo', 'logo:\n  path: logo.svg\n', 'ASSET_UNSUPPORTED', /template\.yaml:4:9 /],
    ['missing parent', '', 'TEMPLATE_NOT_FOUND', /template\.yaml:2:10 /],
  ];
  it.each(broken)('%s: %s, exit 1, position and hint, nothing written', async (_what, body, code, where) => {
    const t = at(`broken-${code}-${Math.random().toString(36).slice(2)}`);
    mkdirSync(t, { recursive: true });
    writeFileSync(path.join(t, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const parent = code === 'TEMPLATE_NOT_FOUND' ? 'party-rde' : 'party-red';
    writeFileSync(path.join(t, 'template.yaml'), `name: broken\nextends: ${parent}\n${body}`);
    const outline = at('o.yaml');
    writeFileSync(outline, OUTLINE);
    const out = at(`never-${code}.pptx`);
    const r = await run(['build', outline, '-t', t, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(code);
    expect(r.err).toMatch(where);
    expect(r.err).toMatch(/hint: /);
    expect(existsSync(out)).toBe(false);
  });
});
