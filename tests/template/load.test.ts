// loadTemplate: built-ins, folders, `extends` chains, and every kind of problem a template
// file can have, each reported with its FILE:LINE:COLUMN.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DeckError, type Diagnostic } from '../../src/core/errors.js';
import { builtinTemplatesDir, listBuiltinTemplates, loadTemplate, type Theme } from '../../src/template/load.js';
import { COLOR_ROLES } from '../../src/template/schema.js';
import { png as solidPng } from '../helpers/png.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bd-tpl-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Writes <dir>/<folder>/template.yaml (and any other files) and returns the folder. */
function template(folder: string, yaml: string, files: Record<string, string | Uint8Array> = {}): string {
  const d = path.join(dir, folder);
  mkdirSync(d, { recursive: true });
  writeFileSync(path.join(d, 'template.yaml'), yaml);
  for (const [name, data] of Object.entries(files)) writeFileSync(path.join(d, name), data);
  return d;
}

/** The diagnostics of a load that must fail. */
function problems(ref: string, from = dir): Diagnostic[] {
  try {
    loadTemplate(ref, from);
  } catch (err) {
    if (err instanceof DeckError) return [...err.diagnostics];
    throw err;
  }
  throw new Error(`${ref} loaded without errors`);
}

function only(list: Diagnostic[], code: string): Diagnostic {
  const found = list.filter((d) => d.code === code);
  expect(found, JSON.stringify(list, null, 2)).toHaveLength(1);
  return found[0]!;
}

const png = (w: number, h: number) => solidPng(w, h, [0xcc, 0x00, 0x00]);

/** Everything but the fields that name the template itself. */
function effect(t: Theme): Omit<Theme, 'name' | 'label' | 'description' | 'dir' | 'files'> {
  const { name: _n, label: _l, description: _d, dir: _dir, files: _f, ...rest } = t;
  return rest;
}

const partyRed = () => loadTemplate('party-red').theme;

describe('built-ins and folders', () => {
  it('a built-in by name: complete, from templates/<name>, no warnings', () => {
    const { theme, warnings } = loadTemplate('party-red', dir);
    expect(theme.name).toBe('party-red');
    expect(theme.label).toBe('党建红');
    expect(theme.dir).toBe(path.join(builtinTemplatesDir(), 'party-red'));
    expect(theme.files).toEqual([path.join(builtinTemplatesDir(), 'party-red', 'template.yaml')]);
    expect(theme.colors.primary).toBe('B5121B');
    expect(theme.fonts.heading).toEqual({ ea: 'Microsoft YaHei', latin: 'Arial' });
    expect(theme.type.title).toEqual([28, 32]);
    expect(theme.size.name).toBe('16:9');
    expect(theme.logo).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('every built-in loads without errors', () => {
    const names = listBuiltinTemplates();
    expect(names).toContain('party-red');
    for (const name of names) {
      const { theme } = loadTemplate(name);
      expect(theme.name).toBe(name);
      for (const role of COLOR_ROLES) expect(theme.colors[role]).toMatch(/^[0-9A-F]{6}$/);
    }
  });

  it('a folder by path (absolute, relative to `from`, or its template.yaml)', () => {
    const d = template('acme', 'name: acme\nextends: party-red\ncolors:\n  primary: "#0055aa"\n');
    for (const ref of [d, './acme', path.join(d, 'template.yaml')]) {
      const { theme } = loadTemplate(ref, dir);
      expect(theme.name).toBe('acme');
      expect(theme.dir).toBe(d);
      expect(theme.files).toEqual([path.join(d, 'template.yaml'), path.join(builtinTemplatesDir(), 'party-red', 'template.yaml')]);
      // normalised, and only primary differs from the parent
      expect(theme.colors.primary).toBe('0055AA');
      // what party-red takes from its primary follows: figures, emphasis, its red grounds, a tinted card
      const p = partyRed();
      const grounds = { ...p.backgrounds, cover: { color: '0055AA' }, section: { color: '0055AA' }, closing: { color: '0055AA' } };
      expect(effect(theme)).toEqual(effect({ ...p, colors: { ...p.colors, primary: '0055AA', figure: '0055AA', emphasis: '0055AA', card: theme.colors.card }, backgrounds: grounds }));
      expect(theme.colors.card).not.toBe(p.colors.card);
    }
  });

  it('an `extends` chain folder → folder → built-in merges key by key, the nearest winning', () => {
    template('base', 'name: base\nextends: party-red\ncolors:\n  primary: "#112233"\n  accent: "#445566"\nfonts:\n  heading: { ea: SimHei }\n');
    // relative `extends` is resolved against the folder of the file that names it, not `from`
    const leaf = template('brand/leaf', 'name: leaf\nextends: ../../base\ncolors:\n  accent: "#778899"\ntype:\n  title: [30, 36]\n');
    const { theme } = loadTemplate(leaf, os.tmpdir());
    expect(theme.files).toEqual([path.join(leaf, 'template.yaml'), path.join(dir, 'base', 'template.yaml'), path.join(builtinTemplatesDir(), 'party-red', 'template.yaml')]);
    expect(theme.colors.primary).toBe('112233');
    expect(theme.colors.accent).toBe('778899');
    expect(theme.colors.text).toBe(partyRed().colors.text);
    // a font pair merges face by face; a range replaces whole
    expect(theme.fonts.heading).toEqual({ ea: 'SimHei', latin: 'Arial' });
    expect(theme.type.title).toEqual([30, 36]);
    expect(theme.type.point).toEqual(partyRed().type.point);
  });

  it('a template without a label is labelled with its own name, not its parent’s label', () => {
    const leaf = template('nolabel', 'name: nolabel\nextends: party-red\n');
    const { theme } = loadTemplate(leaf);
    expect(theme.label).toBe('nolabel');
    expect(theme.description).toBe('');
  });

  it('`logo: false` in a child removes the parent’s logo', () => {
    template('withlogo', 'name: withlogo\nextends: party-red\nlogo:\n  path: logo.png\n', { 'logo.png': png(4, 2) });
    const child = template('nologo', 'name: nologo\nextends: ../withlogo\nlogo: false\n');
    expect(loadTemplate(path.join(dir, 'withlogo')).theme.logo).toBeDefined();
    expect(loadTemplate(child).theme.logo).toBeUndefined();
  });
});

describe('extends problems', () => {
  it('a cycle: TEMPLATE_EXTENDS_CYCLE naming the chain', () => {
    template('x', 'name: x\nextends: ../y\n');
    template('y', 'name: y\nextends: ../x\n');
    const d = only(problems('./x'), 'TEMPLATE_EXTENDS_CYCLE');
    expect(d.message).toMatch(/x[\\/]template\.yaml → .*y[\\/]template\.yaml → .*x[\\/]template\.yaml/);
    expect(d.pos?.line).toBe(2);
    expect(d.hint).toMatch(/built-in/);
  });

  it('a template that extends itself is a cycle too', () => {
    template('self', 'name: self\nextends: .\n');
    expect(only(problems('./self'), 'TEMPLATE_EXTENDS_CYCLE').message).toMatch(/self/);
  });

  it('a missing parent folder: TEMPLATE_NOT_FOUND at the `extends` value', () => {
    const d = template('orphan', '# a comment\nname: orphan\nextends: ../nowhere\n');
    const p = only(problems(d), 'TEMPLATE_NOT_FOUND');
    expect(p.pos).toMatchObject({ file: expect.stringContaining('orphan'), line: 3, column: 10 });
    expect(p.message).toMatch(/^`extends`: .*nowhere/);
    expect(p.frame).toMatch(/> 3 \| extends: \.\.\/nowhere/);
  });

  it('a misspelt built-in parent: TEMPLATE_NOT_FOUND with did-you-mean', () => {
    const d = template('typo', 'name: typo\nextends: party-rde\n');
    const p = only(problems(d), 'TEMPLATE_NOT_FOUND');
    expect(p.pos).toMatchObject({ line: 2, column: 10 });
    expect(p.hint).toMatch(/did you mean `party-red`/);
  });

  it('an unknown template name: TEMPLATE_NOT_FOUND with did-you-mean', () => {
    const p = only(problems('gov-bleu'), 'TEMPLATE_NOT_FOUND');
    expect(p.hint).toMatch(/did you mean `gov-blue`/);
    expect(only(problems('./no-such-folder'), 'TEMPLATE_NOT_FOUND').hint).toMatch(/template new/);
  });
});

describe('schema problems, each at its line:column', () => {
  it('an unknown key, top-level and nested, with did-you-mean', () => {
    const d = template('keys', 'name: keys\nextends: party-red\ncolours:\n  primary: "#000000"\nfonts:\n  heading:\n    latn: Arial\n');
    const list = problems(d);
    const unknown = list.filter((p) => p.code === 'TEMPLATE_UNKNOWN_KEY');
    expect(unknown).toHaveLength(2);
    expect(unknown[0]).toMatchObject({ pos: { line: 3, column: 1, path: 'colours' }, hint: 'did you mean `colors`?' });
    expect(unknown[1]).toMatchObject({ pos: { line: 7, column: 5, path: 'fonts.heading.latn' }, hint: 'did you mean `latin`?' });
  });

  it('bad colours (`red`, `#12345`) at their line:column with a hint; all reported at once', () => {
    const d = template('colours', 'name: colours\nextends: party-red\ncolors:\n  primary: red\n  accent: "#12345"\n');
    const list = problems(d);
    expect(list.map((p) => p.code)).toEqual(['TEMPLATE_SCHEMA', 'TEMPLATE_SCHEMA']);
    expect(list[0]).toMatchObject({ message: '"red" is not a colour', pos: { line: 4, column: 12, path: 'colors.primary' } });
    expect(list[1]).toMatchObject({ message: '"#12345" is not a colour', pos: { line: 5, column: 11, path: 'colors.accent' } });
    for (const p of list) expect(p.hint).toMatch(/"#RRGGBB".*quote/);
  });

  it('an unsafe font name', () => {
    const d = template('font', `name: font\nextends: party-red\nfonts:\n  heading: { ea: SimHei, latin: 'Arial"/><x' }\n`);
    const p = only(problems(d), 'TEMPLATE_SCHEMA');
    expect(p.message).toMatch(/not a usable font name/);
    expect(p.pos).toMatchObject({ line: 4, column: 33, path: 'fonts.heading.latin' });
    expect(p.hint).toMatch(/letters, digits, spaces/);
  });

  it('type ranges outside the safe limits or with min > max', () => {
    const d = template('type', 'name: type\nextends: party-red\ntype:\n  title: [10, 50]\n  point: [24, 18]\n');
    const list = problems(d);
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({ code: 'TEMPLATE_SCHEMA', pos: { line: 4, column: 10 } });
    expect(list[0]!.message).toMatch(/\[10, 50\] pt is outside the safe range 20–40 pt/);
    expect(list[1]).toMatchObject({ code: 'TEMPLATE_SCHEMA', pos: { line: 5, column: 10 } });
    expect(list[1]!.message).toMatch(/smallest size 24 is larger than the largest 18/);
    expect(list[1]!.hint).toMatch(/\[smallest, largest\]/);
  });

  it('a wrongly shaped value (size, unitRatio) names the key', () => {
    const d = template('shape', 'name: shape\nextends: party-red\nsize: 16:10\nunitRatio: 0.9\n');
    const list = problems(d);
    expect(list.map((p) => p.pos?.path)).toEqual(['size', 'unitRatio']);
    expect(list[0]!.hint).toMatch(/"16:9" or "4:3"/);
  });

  it('a template without `extends` that misses keys: TEMPLATE_SCHEMA naming each missing key', () => {
    const d = template('bare', 'name: bare\ncolors:\n  primary: "#000000"\n');
    const list = problems(d);
    expect(list.every((p) => p.code === 'TEMPLATE_SCHEMA')).toBe(true);
    const messages = list.map((p) => p.message).join('\n');
    expect(messages).toMatch(/^colors\.accent is not set by this template or any template it extends$/m);
    expect(messages).toMatch(/^fonts\.heading\.ea is not set/m);
    expect(messages).toMatch(/^type\.coverTitle is not set/m);
    expect(messages).not.toMatch(/colors\.primary/);
    expect(list[0]!.hint).toMatch(/extends: party-red/);
  });

  it('a template without `name`', () => {
    const d = template('anon', 'extends: party-red\n');
    expect(only(problems(d), 'TEMPLATE_SCHEMA').message).toMatch(/required key `name` is missing/);
  });

  it('YAML syntax errors: TEMPLATE_YAML', () => {
    const d = template('syntax', 'name: syntax\nextends: party-red\ncolors:\n  primary: "#000000\n');
    expect(problems(d)[0]!.code).toBe('TEMPLATE_YAML');
  });
});

describe('assets', () => {
  it('a missing logo file: ASSET_NOT_FOUND at logo.path', () => {
    const d = template('nologo', 'name: nologo\nextends: party-red\nlogo:\n  path: logo.png\n');
    const p = only(problems(d), 'ASSET_NOT_FOUND');
    expect(p.message).toBe('logo.png does not exist');
    expect(p.pos).toMatchObject({ line: 4, column: 9, path: 'logo.path' });
  });

  it('a logo that is a text file: ASSET_UNSUPPORTED', () => {
    const d = template('textlogo', 'name: textlogo\nextends: party-red\nlogo:\n  path: logo.png\n', { 'logo.png': 'not really a picture\n' });
    const p = only(problems(d), 'ASSET_UNSUPPORTED');
    expect(p.message).toMatch(/not a PNG or JPEG/);
    expect(p.pos?.line).toBe(4);
  });

  it('an SVG logo: ASSET_UNSUPPORTED, the hint says to export a PNG', () => {
    const svg = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>\n';
    const d = template('svglogo', 'name: svglogo\nextends: party-red\nlogo:\n  path: logo.svg\n', { 'logo.svg': svg });
    const p = only(problems(d), 'ASSET_UNSUPPORTED');
    expect(p.message).toMatch(/SVG/);
    expect(p.hint).toMatch(/export .*PNG/);
  });

  it('a missing background image: ASSET_NOT_FOUND at its key', () => {
    const d = template('nobg', 'name: nobg\nextends: party-red\nbackgrounds:\n  cover: { image: cover.jpg }\n');
    expect(only(problems(d), 'ASSET_NOT_FOUND').pos?.path).toBe('backgrounds.cover.image');
  });

  it('a valid PNG logo: its pixel size is read and the width follows the height', () => {
    const d = template('goodlogo', 'name: goodlogo\nextends: party-red\nlogo:\n  path: img/logo.png\n  height: 0.5\n  position: bottom-left\n');
    mkdirSync(path.join(d, 'img'));
    writeFileSync(path.join(d, 'img', 'logo.png'), png(6, 3));
    const { theme, warnings } = loadTemplate(d);
    // a red logo on party-red's red cover and closing hardly shows
    expect(warnings.map((w) => `${w.code} ${w.message}`)).toEqual([
      'TEMPLATE_LOGO_CONTRAST the logo (mostly #CC0000) hardly shows on the cover ground #B5121B (1.16:1, under 3:1)',
      'TEMPLATE_LOGO_CONTRAST the logo (mostly #CC0000) hardly shows on the closing ground #B5121B (1.16:1, under 3:1)',
    ]);
    expect(theme.logo).toMatchObject({ image: { path: path.join(d, 'img', 'logo.png'), kind: 'png', widthPx: 6, heightPx: 3 }, position: 'bottom-left', height: 457200, width: 914400 });
    expect(theme.logo!.slides).toEqual(['cover', 'content', 'closing']);
  });

  it('a logo named by a parent is resolved against the parent’s folder', () => {
    template('parent', 'name: parent\nextends: party-red\nlogo:\n  path: logo.png\n', { 'logo.png': png(2, 2) });
    const child = template('sub/child', 'name: child\nextends: ../../parent\n');
    expect(loadTemplate(child).theme.logo?.image.path).toBe(path.join(dir, 'parent', 'logo.png'));
  });
});

describe('contrast', () => {
  it('a low-contrast pair: a TEMPLATE_CONTRAST warning naming both roles, and no error', () => {
    const d = template('pale', 'name: pale\nextends: party-red\ncolors:\n  muted: "#DDDDDD"\n');
    const { theme, warnings } = loadTemplate(d);
    expect(theme.colors.muted).toBe('DDDDDD');
    const w = warnings.find((x) => x.code === 'TEMPLATE_CONTRAST' && x.message.includes('colors.background'))!;
    expect(w.severity).toBe('warning');
    expect(warnings.every((x) => x.severity === 'warning')).toBe(true);
    expect(w.message).toMatch(/colors\.muted #DDDDDD on colors\.background #FFFFFF has contrast 1\.\d\d:1/);
    expect(w.pos).toMatchObject({ line: 4, column: 10 });
  });

  it('holds a pair to what its smallest text needs: 4.5:1 below 24 pt, 3:1 only for large text', () => {
    // white on a mid red: 4.2:1 is enough for titles on the cover, not for its 16 pt organisation line
    const d = template('mid', 'name: mid\nextends: party-red\ncolors:\n  primary: "#E0403A"\n');
    const w = loadTemplate(d).warnings.filter((x) => x.code === 'TEMPLATE_CONTRAST');
    expect(w.map((x) => x.message).join('\n')).toMatch(/colors\.onPrimary #FFFFFF on colors\.primary #E0403A has contrast 4\.\d\d:1; the cover’s organisation and date on primary, .*table headings on primary \(from 14 pt\) needs? 4\.5:1/);
    // with large sizes only, the same pair passes
    const big = template('big', 'name: big\nextends: party-red\ncolors:\n  primary: "#E0403A"\ntype:\n  coverMeta: [24, 24]\n  sectionSubtitle: [24, 28]\n  closingSubtitle: [24, 28]\n  tableCell: [24, 24]\n');
    expect(loadTemplate(big).warnings.filter((x) => x.code === 'TEMPLATE_CONTRAST' && x.message.includes('onPrimary'))).toEqual([]);
    // the built-ins pass, party-red's gold on red (3.4:1) included: it carries large text only
    for (const name of ['party-red', 'gov-blue', 'ink']) expect(loadTemplate(name).warnings, name).toEqual([]);
  });
});

describe('the colours of a change', () => {
  it('a pale up or down: a TEMPLATE_CONTRAST warning at its line, in both languages', () => {
    const d = template('pale-up', 'name: pale-up\nextends: party-red\ncolors:\n  up: "#F08080"\n');
    const w = loadTemplate(d).warnings.filter((x) => x.code === 'TEMPLATE_CONTRAST');
    // on the cards and on the hero's ground, each pair its own warning
    expect(w.map((x) => x.message)).toEqual([expect.stringMatching(/colors\.up #F08080 on colors\.card .*rises on their cards/), expect.stringMatching(/colors\.up #F08080 on colors\.background .*rises on the slide ground/)]);
    expect(w[0]!.pos).toMatchObject({ line: 4, column: 7 });
    expect(w[0]!.zh?.message ?? '').toMatch(/增长/);
  });

  it('a template may swap them; one without extends and without them gets red and green', () => {
    const swapped = loadTemplate(template('swapped', 'name: swapped\nextends: party-red\ncolors:\n  up: "#1E7B34"\n  down: "#B5121B"\n')).theme;
    expect([swapped.colors.up, swapped.colors.down]).toEqual(['1E7B34', 'B5121B']);
    const base = readFileSync(path.join(builtinTemplatesDir(), 'party-red', 'template.yaml'), 'utf8').replace(/^ {2}(up|down): .*\n/gm, '').replace('name: party-red', 'name: older');
    const older = loadTemplate(template('older', base));
    expect([older.theme.colors.up, older.theme.colors.down]).toEqual(['C0392B', '1E7B34']);
    expect(older.warnings).toEqual([]);
  });
});

describe('all problems of one file at once', () => {
  it('unknown keys, bad colours and bad fonts together', () => {
    const d = template('many', `name: many\nextends: party-red\ntitel: x\ncolors:\n  primary: red\nfonts:\n  body: { latin: 'A<b' }\ndecor:\n  cover: stripes\n`);
    const list = problems(d);
    expect(list.map((p) => `${p.pos?.line}:${p.code}`)).toEqual(['3:TEMPLATE_UNKNOWN_KEY', '5:TEMPLATE_SCHEMA', '7:TEMPLATE_SCHEMA', '9:TEMPLATE_SCHEMA']);
  });

  it('type ranges and assets are checked together', () => {
    const d = template('late', 'name: late\nextends: party-red\ntype:\n  title: [10, 50]\nlogo:\n  path: missing.png\n');
    expect(problems(d).map((p) => p.code)).toEqual(['TEMPLATE_SCHEMA', 'ASSET_NOT_FOUND']);
  });

  it('schema errors, type ranges and assets together', () => {
    const d = template('mixed', 'name: mixed\nextends: party-red\ncolors:\n  primary: red\ntype:\n  title: [10, 50]\nlogo:\n  path: missing.png\n');
    expect(problems(d).map((p) => p.code)).toEqual(['TEMPLATE_SCHEMA', 'TEMPLATE_SCHEMA', 'ASSET_NOT_FOUND']);
  });
});
