// The scaffold `template new` writes: loads, equals its parent until edited, and every
// commented-out line can be uncommented on its own into valid YAML.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { DeckError } from '../../src/core/errors.js';
import { png } from '../helpers/png.js';
import { packageRoot } from '../../src/core/package-root.js';
import { listBuiltinTemplates, loadTemplate, type Theme } from '../../src/template/load.js';
import { scaffoldText, schemaRefFor, templateNameFromDir, writeTemplateScaffold, yamlScalar, type ScaffoldInput } from '../../src/template/scaffold.js';
import { COLOR_ROLES, typeLimits } from '../../src/template/schema.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bd-scaffold-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function input(parentName: string, target: string, extra: Partial<ScaffoldInput> = {}): ScaffoldInput {
  const parent = loadTemplate(parentName).theme;
  return {
    dir: target,
    name: templateNameFromDir(target),
    label: path.basename(target),
    description: parent.description,
    extendsRef: parentName,
    parent,
    schemaRef: schemaRefFor(target),
    ...extra,
  };
}

/** Writes a scaffold of `parentName` into <dir>/<folder> and returns the folder and text. */
function scaffold(parentName: string, folder = 'acme', extra: Partial<ScaffoldInput> = {}): { target: string; text: string } {
  const target = path.join(dir, folder);
  const text = scaffoldText(input(parentName, target, extra));
  writeTemplateScaffold(target, text);
  return { target, text };
}

function effect(t: Theme): Omit<Theme, 'name' | 'label' | 'dir' | 'files'> {
  const { name: _n, label: _l, dir: _d, files: _f, ...rest } = t;
  return rest;
}

/** `# ` removed from every commented-out key line, except those `skip` picks. */
function uncommentAll(text: string, skip: (line: string, i: number, lines: string[]) => boolean = () => false): string {
  return text
    .split('\n')
    .map((l, i, all) => (/^# {0,6}[A-Za-z]+:( |$)/.test(l) && !skip(l, i, all) ? l.slice(2) : l))
    .join('\n');
}

/** Inside the logo block (the file named there does not exist). */
function inLogoBlock(_l: string, i: number, lines: string[]): boolean {
  for (let k = i; k >= 0; k--) {
    const m = /^# ?(\S[^:]*):/.exec(lines[k]!);
    if (lines[k]!.startsWith('#   ')) continue;
    return !!m && m[1] === 'logo';
  }
  return false;
}

describe('names and paths', () => {
  it('the template name comes from the folder name: lowercase, other characters → -', () => {
    expect(templateNameFromDir('/x/Acme')).toBe('acme');
    expect(templateNameFromDir('/x/My Brand_2024')).toBe('my-brand-2024');
    expect(templateNameFromDir('/x/--Weird..Name--')).toBe('weird-name');
    expect(templateNameFromDir('/x/市委宣传部')).toBe('my-template');
    expect(templateNameFromDir('/x/市委 blue')).toBe('blue');
  });

  it('$schema: relative inside the package, absolute outside it; the file exists', () => {
    const schema = path.join(packageRoot(), 'templates', 'template.schema.json');
    expect(existsSync(schema)).toBe(true);
    expect(schemaRefFor(path.join(packageRoot(), 'brand', 'acme'))).toBe('../../templates/template.schema.json');
    expect(schemaRefFor(path.join(packageRoot(), 'templates', 'mine'))).toBe('../template.schema.json');
    expect(schemaRefFor(path.join(dir, 'acme'))).toBe(schema.split(path.sep).join('/'));
  });

  it('strings are plain YAML when that reads back the same, quoted otherwise', () => {
    for (const s of ['Arial', 'Microsoft YaHei', '思源黑体', 'true', 'null', '1.5', '12', 'a: b', '#x', ' lead', 'trail ', '{organization}', '"q"', 'No']) {
      expect(parseDocument(`k: ${yamlScalar(s)}`).toJS().k).toBe(s);
    }
    expect(yamlScalar('Microsoft YaHei')).toBe('Microsoft YaHei');
  });
});

describe('template new', () => {
  it.each(listBuiltinTemplates())('from %s: loads with no problems and equals its parent (but for name and label)', (parentName) => {
    const { target, text } = scaffold(parentName);
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${schemaRefFor(target)}`);
    expect(text).toMatch(new RegExp(`^extends: ${parentName} `, 'm'));
    const { theme, warnings } = loadTemplate(target);
    const parent = loadTemplate(parentName).theme;
    expect(warnings).toEqual([]);
    expect(theme.name).toBe('acme');
    expect(theme.label).toBe('acme');
    expect(theme.files).toEqual([path.join(target, 'template.yaml'), ...parent.files]);
    expect(effect(theme)).toEqual(effect(parent));
  });

  it('every key is there, commented out, with the parent’s current value', () => {
    const { text } = scaffold('party-red');
    const live = text.split('\n').filter((l) => /^[a-z]/i.test(l));
    expect(live.map((l) => l.split(':')[0])).toEqual(['name', 'label', 'description', 'extends']);
    for (const key of ['size', 'colors', 'fonts', 'type', 'unitRatio', 'logo', 'footer', 'backgrounds', 'decor']) expect(text).toMatch(new RegExp(`^# ${key}:`, 'm'));
    for (const role of COLOR_ROLES) expect(text).toMatch(new RegExp(`^#   ${role}: "#[0-9A-F]{6}" +# \\S`, 'm'));
    expect(text).toMatch(/^#   primary: "#B5121B" +# .*title bars/m);
    for (const [role, [lo, hi]] of Object.entries(typeLimits())) {
      expect(text).toMatch(new RegExp(`^#   ${role}: \\[\\d+, \\d+\\] +# .*safe ${lo}–${hi} pt$`, 'm'));
    }
    expect(text).toMatch(/^#     ea: Microsoft YaHei +# East Asian/m);
    expect(text).toMatch(/`ea` draws Chinese characters/);
    expect(text).toMatch(/\{organization\} \{date\} \{title\} \{footer\}/);
    expect(text).toMatch(/^#   slides: \[cover, content, closing\]/m);
    expect(text).toMatch(/^#   cover: \{ color: "#B5121B" \} +# the cover \(= colors\.primary\)/m);
    expect(text).toMatch(/^#   titleBar: bar +# /m);
  });

  it('uncommenting every key line (but the logo, whose file does not exist) gives valid YAML with the same effect', () => {
    for (const parentName of listBuiltinTemplates()) {
      const { target, text } = scaffold(parentName, `all-${parentName}`);
      const opened = uncommentAll(text, inLogoBlock);
      expect(opened).toMatch(/^colors:\n  primary: /m);
      writeFileSync(path.join(target, 'template.yaml'), opened);
      const { theme, warnings } = loadTemplate(target);
      expect(warnings).toEqual([]);
      expect(effect(theme)).toEqual(effect(loadTemplate(parentName).theme));
    }
  });

  it('uncommenting the logo block with a logo.png beside the file gives the default logo', () => {
    const { target, text } = scaffold('party-red');
    // a whole PNG: its chunks and checksums are checked before it is used
    writeFileSync(path.join(target, 'logo.png'), png(300, 100));
    writeFileSync(path.join(target, 'template.yaml'), uncommentAll(text, (l, i, all) => !inLogoBlock(l, i, all)));
    const { theme } = loadTemplate(target);
    expect(theme.logo).toMatchObject({ position: 'top-right', height: Math.round(0.6 * 914400), slides: ['cover', 'content', 'closing'], image: { widthPx: 300, heightPx: 100 } });
  });

  it('uncommenting the primary colour and setting it changes only that', () => {
    const { target, text } = scaffold('party-red');
    const edited = text.replace(/^# colors:/m, 'colors:').replace(/^# {3}primary: "#B5121B"/m, '  primary: "#0055AA"');
    expect(edited).not.toBe(text);
    writeFileSync(path.join(target, 'template.yaml'), edited);
    const parent = loadTemplate('party-red').theme;
    const { theme, warnings } = loadTemplate(target);
    // party-red's gold accent is its brand, still inherited: said so
    expect(warnings.map((w) => w.message)).toEqual(['colors.accent is still #E3B04B, the brand colour of party-red, while this template\'s primary is #0055AA']);
    // and what party-red takes from its primary follows
    const grounds = { ...parent.backgrounds, cover: { color: '0055AA' }, section: { color: '0055AA' }, closing: { color: '0055AA' } };
    expect(effect(theme)).toEqual(effect({ ...parent, colors: { ...parent.colors, primary: '0055AA', figure: '0055AA', emphasis: '0055AA', card: theme.colors.card }, backgrounds: grounds }));
  });

  it('overrides are written live, each with the comment saying where it came from', () => {
    const target = path.join(dir, 'imported');
    const text = scaffoldText(
      input('party-red', target, {
        intro: ['Imported from brand.pptx'],
        overrides: {
          size: { value: '4:3', source: 'slide size of the presentation' },
          colors: { primary: { value: '1F4E79', source: 'accent1 of the theme' } },
          fonts: { heading: { latin: { value: 'Georgia', source: 'latin major font of the theme' } } },
          backgrounds: { cover: { value: '1F4E79', source: '= primary' } },
        },
      }),
    );
    expect(text).toMatch(/^size: "4:3" +# slide size of the presentation$/m);
    expect(text).toMatch(/^colors:\n {2}primary: "#1F4E79" +# accent1 of the theme\n# {3}accent: "#E3B04B"/m);
    expect(text).toMatch(/^fonts:\n {2}heading: +# .*\n# {5}ea: Microsoft YaHei .*\n {4}latin: Georgia +# latin major font of the theme\n# {3}body:/m);
    expect(text).toMatch(/^backgrounds:\n {2}cover: \{ color: "#1F4E79" \} +# = primary/m);
    expect(text).toMatch(/^# Imported from brand\.pptx$/m);
    writeTemplateScaffold(target, text);
    const parent = loadTemplate('party-red').theme;
    const { theme } = loadTemplate(target);
    expect(theme.size.name).toBe('4:3');
    expect(theme.colors).toEqual({ ...parent.colors, primary: '1F4E79', figure: '1F4E79', emphasis: '1F4E79', card: theme.colors.card });
    expect(theme.fonts).toEqual({ ...parent.fonts, heading: { ea: parent.fonts.heading.ea, latin: 'Georgia' } });
    expect(theme.backgrounds.cover.color).toBe('1F4E79');
    // a ground party-red fills with its primary follows the new primary
    expect(theme.backgrounds.section.color).toBe('1F4E79');
  });

  it('a parent with a logo: the commented lines name its file relative to the new folder', () => {
    const parentDir = path.join(dir, 'parent');
    writeTemplateScaffold(parentDir, 'name: parent\nextends: party-red\nlogo:\n  path: logo.png\n  position: bottom-right\n  slides: [cover]\n');
    writeFileSync(path.join(parentDir, 'logo.png'), png(20, 10));
    const target = path.join(dir, 'child');
    const parent = loadTemplate(parentDir).theme;
    const text = scaffoldText({ ...input(parentDir, target), extendsRef: '../parent' });
    expect(text).toMatch(/^# {3}path: \.\.\/parent\/logo\.png/m);
    expect(text).toMatch(/^# {3}position: bottom-right/m);
    writeTemplateScaffold(target, uncommentAll(text));
    const { theme } = loadTemplate(target);
    expect(effect(theme)).toEqual(effect(parent));
  });

  it('refuses to overwrite a template.yaml: TEMPLATE_EXISTS', () => {
    const { target } = scaffold('party-red');
    const before = readFileSync(path.join(target, 'template.yaml'), 'utf8');
    let caught: unknown;
    try {
      writeTemplateScaffold(target, 'name: other\n');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(DeckError);
    expect((caught as DeckError).code).toBe('TEMPLATE_EXISTS');
    expect(readFileSync(path.join(target, 'template.yaml'), 'utf8')).toBe(before);
  });

  it('a folder named with digits only still gives a string name that loads', () => {
    const { target, text } = scaffold('party-red', '2024');
    expect(text).toMatch(/^name: "2024" /m);
    expect(loadTemplate(target).theme.name).toBe('2024');
  });

  it('is the same text every time (pure)', () => {
    const target = path.join(dir, 'x');
    expect(scaffoldText(input('party-red', target))).toBe(scaffoldText(input('party-red', target)));
  });
});
