/**
 * Writes a ready-to-edit template.yaml: `extends` a parent and lists every other key
 * commented out, with the parent's current value and what the key does. Values given as
 * overrides (from `template import`) are written live, each with a comment saying where it
 * came from. Removing the `# ` in front of a line gives valid YAML at the right indentation.
 */
import { existsSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { yamlLib } from '../core/yaml-lib.js';
import { writeFileAtomic } from '../core/atomic-write.js';
import { DeckError } from '../core/errors.js';
import { both, report } from '../core/catalogue/define.js';
import { SCAFFOLD } from '../core/catalogue/template.js';
import { packageRoot } from '../core/package-root.js';
import { toInches } from '../core/units.js';
import { COLOR_ROLES, SLIDE_ROLES, LOGO_POSITIONS, textRoles, type ColorRole, type SlideRole } from './schema.js';
import type { Theme } from './load.js';

export type FontRole = 'heading' | 'body' | 'figure';
export const FONT_ROLES: readonly FontRole[] = ['heading', 'body', 'figure'];

/** A value and where it came from (written as the line's comment). */
export interface Sourced<T> {
  value: T;
  source: string;
  /** The source in Chinese, for what `template import` prints. */
  zh?: string;
  /** Not shown by the imported deck: chosen by a rule. */
  guessed?: boolean;
}

/** Values written live (not commented out) into the scaffold. */
export interface TemplateOverrides {
  size?: Sourced<'16:9' | '4:3'>;
  /** Colours as RRGGBB or #RRGGBB. */
  colors?: Partial<Record<ColorRole, Sourced<string>>>;
  fonts?: Partial<Record<FontRole, Partial<Record<'ea' | 'latin', Sourced<string>>>>>;
  /** Background colours per slide role (RRGGBB or #RRGGBB), with a picture in the new folder. */
  backgrounds?: Partial<Record<SlideRole, Sourced<string> & { image?: string }>>;
  /** A logo written into the new folder (path relative to it). */
  logo?: Sourced<{ path: string; position: (typeof LOGO_POSITIONS)[number]; height: number; slides: SlideRole[] }>;
  decor?: { cover?: Sourced<'solid' | 'band' | 'plain'> };
}

export interface ScaffoldInput {
  /** Absolute folder the template is written to (asset paths are made relative to it). */
  dir: string;
  name: string;
  label: string;
  description: string;
  /** What follows `extends:`: a built-in name or a path relative to `dir`. */
  extendsRef: string;
  /** The parent, resolved: the commented-out lines show its values. */
  parent: Theme;
  /** What follows `$schema=` in the yaml-language-server line. */
  schemaRef: string;
  /** Extra comment lines for the header (e.g. which file was imported). */
  intro?: string[];
  overrides?: TemplateOverrides;
}

export const COLOR_USES: Record<ColorRole, string> = {
  primary: 'cover, divider and closing grounds, slide titles, title bars, bullets, card strips',
  accent: 'rules, section numbers, cover subtitle and decoration on primary fills',
  background: 'ground of content slides',
  text: 'body text: points, figure labels, agenda entries',
  muted: 'footer, page numbers, details, sources, sub-point dashes',
  figure: 'key figures on number slides',
  onPrimary: 'text on primary-colour fills (cover, dividers, closing, agenda panel)',
  card: 'fill of key-number cards and quotation bands',
  emphasis: '**emphasised** words in points and quotations',
  up: 'a figure’s change upwards (同比增长6.1%); Chinese reports: red',
  down: 'a figure’s change downwards (下降2.3个百分点); Chinese reports: green',
};

export const FONT_USES: Record<FontRole, string> = {
  heading: 'slide titles, cover, agenda, dividers, quotations',
  body: 'points, labels, details, footer',
  figure: 'key figures, their units, agenda numbers',
};


export const BACKGROUND_USES: Record<SlideRole, string> = {
  cover: 'the cover',
  agenda: 'the agenda slide',
  section: 'section dividers',
  content: 'points, numbers and quotation slides',
  closing: 'the closing slide',
};

/** The folder name as a template name: lowercase, anything else than a-z 0-9 - becomes -. */
export function templateNameFromDir(dir: string): string {
  const base = basename(resolve(dir)).toLowerCase();
  const name = base
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
  return name || 'my-template';
}

/** The package's JSON Schema of templates, as the `$schema=` line of a file in `dir` should name it. */
export function schemaRefFor(dir: string): string {
  const root = packageRoot();
  const schema = join(root, 'templates', 'template.schema.json');
  const abs = resolve(dir);
  const inside = relative(root, abs);
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) return relative(abs, schema).split(sep).join('/');
  return schema.split(sep).join('/');
}

/** A string as a YAML scalar: plain when that reads back as the same string, else double-quoted. */
export function yamlScalar(s: string): string {
  if (/^[\p{L}\p{N}._/][\p{L}\p{N} ._+/-]*$/u.test(s) && !/ $/.test(s) && !/^(yes|no|on|off|y|n)$/i.test(s)) {
    try {
      if (yamlLib().parse(`k: ${s}`)?.k === s) return s;
    } catch {
      // not plain: quote it
    }
  }
  return JSON.stringify(s);
}

function hex(c: string): string {
  return JSON.stringify(`#${c.replace(/^#/, '').toUpperCase()}`);
}

/** Columns a string takes in a monospaced editor (CJK and full-width forms take two). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    w += (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || cp >= 0x20000 ? 2 : 1;
  }
  return w;
}

const COMMENT_COLUMN = 36;

class Lines {
  readonly out: string[] = [];
  /** A key line, live or commented out, with a trailing comment aligned to one column. */
  line(live: boolean, text: string, comment?: string): void {
    const body = (live ? '' : '# ') + text;
    if (!comment) {
      this.out.push(body);
      return;
    }
    const pad = Math.max(1, COMMENT_COLUMN - displayWidth(body));
    this.out.push(`${body}${' '.repeat(pad)}# ${comment}`);
  }
  note(text: string): void {
    this.out.push(`# ${text}`);
  }
  blank(): void {
    this.out.push('');
  }
}

/** The template.yaml text; pure (same input, same text). */
export function scaffoldText(input: ScaffoldInput): string {
  const { parent: p, overrides: o = {} } = input;
  const from = input.extendsRef;
  const L = new Lines();
  L.note(`yaml-language-server: $schema=${input.schemaRef}`);
  L.note(`briefdeck template "${input.name}", based on ${from}${p.label && p.label !== from ? ` (${p.label})` : ''}.`);
  for (const line of input.intro ?? []) L.note(line);
  L.out.push('#');
  L.note(`Every key after \`extends\` that starts with "# " is inherited from ${from} and shows its value.`);
  L.note('To change one, delete the "# " in front of it AND in front of its section line (e.g. `colors:`),');
  L.note('then edit the value. Reference: docs/templates.md of briefdeck.');
  L.note(`Try it: briefdeck build <outline.yaml> -t ${displayDir(input.dir)}`);
  L.line(true, `name: ${yamlScalar(input.name)}`, 'used with -t NAME; lowercase letters, digits and -');
  L.line(true, `label: ${yamlScalar(input.label)}`, 'display name in `briefdeck templates`');
  L.line(true, `description: ${yamlScalar(input.description)}`);
  L.line(true, `extends: ${yamlScalar(from)}`, 'a built-in name or a template folder; this file overrides only what it sets');
  L.blank();

  // size
  if (o.size) L.line(true, `size: "${o.size.value}"`, o.size.source);
  else L.line(false, `size: "${p.size.name}"`, 'slide size: "16:9" (13.33 × 7.5 in) or "4:3" (10 × 7.5 in)');
  L.blank();

  // colours
  L.note('Colours as "#RRGGBB"; keep the quotes (# starts a comment in YAML).');
  const liveColors = COLOR_ROLES.some((r) => o.colors?.[r]);
  L.line(liveColors, 'colors:');
  for (const role of COLOR_ROLES) {
    const v = o.colors?.[role];
    if (v) L.line(true, `  ${role}: ${hex(v.value)}`, v.source);
    else L.line(false, `  ${role}: ${hex(p.colors[role])}`, COLOR_USES[role]);
  }
  L.blank();

  // fonts
  L.note('Each text role has two faces: `ea` draws Chinese characters and full-width punctuation,');
  L.note('`latin` draws digits and Latin letters. Name fonts installed where the deck is shown.');
  const liveFonts = FONT_ROLES.some((r) => o.fonts?.[r]?.ea || o.fonts?.[r]?.latin);
  L.line(liveFonts, 'fonts:');
  for (const role of FONT_ROLES) {
    const f = o.fonts?.[role];
    const live = !!(f?.ea || f?.latin);
    L.line(live, `  ${role}:`, FONT_USES[role]);
    for (const face of ['ea', 'latin'] as const) {
      const v = f?.[face];
      if (v) L.line(true, `    ${face}: ${yamlScalar(v.value)}`, v.source);
      else L.line(false, `    ${face}: ${yamlScalar(p.fonts[role][face])}`, face === 'ea' ? 'East Asian face' : 'Latin face');
    }
  }
  L.blank();

  // type scale
  L.note('Text sizes as [smallest, largest] in points; the layout picks the largest size that fits.');
  L.note('Each comment gives the safe limits: a size outside them is an error.');
  L.line(false, 'type:');
  for (const [role, spec] of Object.entries(textRoles())) {
    const [lo, hi] = p.type[role] ?? spec.default;
    const [min, max] = spec.limits;
    L.line(false, `  ${role}: [${lo}, ${hi}]`, `${spec.uses}; safe ${min}–${max} pt`);
  }
  L.blank();
  L.line(false, `unitRatio: ${p.unitRatio}`, 'size of a figure’s unit (万, %, 亿元) relative to the figure, 0.3–0.6');
  L.blank();

  // logo
  if (o.logo) {
    const l = o.logo.value;
    L.note(`The logo of the imported deck: ${o.logo.source}.`);
    L.line(true, 'logo:');
    L.line(true, `  path: ${yamlScalar(l.path)}`, 'PNG or JPEG, relative to this folder');
    L.line(true, `  position: ${l.position}`, LOGO_POSITIONS.join(' | '));
    L.line(true, `  height: ${round(l.height)}`, 'in inches, 0.2–2');
    L.line(true, `  slides: [${l.slides.join(', ')}]`, `slide roles that show it: ${SLIDE_ROLES.join(' ')}`);
  } else if (p.logo) {
    L.note(`The logo ${from} shows; \`logo: false\` (instead of these lines) shows none.`);
    L.line(false, 'logo:');
    L.line(false, `  path: ${yamlScalar(assetRef(input.dir, p.logo.image.path))}`, 'PNG or JPEG, relative to this folder (SVG: export a PNG)');
    L.line(false, `  position: ${p.logo.position}`, LOGO_POSITIONS.join(' | '));
    L.line(false, `  height: ${round(toInches(p.logo.height))}`, 'in inches, 0.2–2');
    L.line(false, `  slides: [${p.logo.slides.join(', ')}]`, `slide roles that show it: ${SLIDE_ROLES.join(' ')}`);
  } else {
    L.note(`${from} shows no logo (logo: false). To add one, put a PNG or JPEG next to this file and uncomment:`);
    L.line(false, 'logo:');
    L.line(false, '  path: logo.png', 'PNG or JPEG, relative to this folder (SVG: export a PNG)');
    L.line(false, '  position: top-right', LOGO_POSITIONS.join(' | '));
    L.line(false, '  height: 0.6', 'in inches, 0.2–2');
    L.line(false, '  slides: [cover, content, closing]', `slide roles that show it: ${SLIDE_ROLES.join(' ')}`);
  }
  L.blank();

  // footer
  L.line(false, 'footer:', 'on content slides');
  L.line(false, `  text: ${JSON.stringify(p.footer.text)}`, 'placeholders: {organization} {date} {title} {footer} from the outline; "" for none');
  L.line(false, `  pageNumbers: ${p.footer.pageNumbers}`, 'page number at the bottom right: true or false');
  L.blank();

  // backgrounds
  L.note('The ground of each slide role: { color: "#RRGGBB" }, and optionally image: a PNG or JPEG');
  L.note('in this folder stretched over the slide. A ground the parent fills with its primary follows');
  L.note('this template\'s primary unless it is set here.');
  const liveBg = SLIDE_ROLES.some((r) => o.backgrounds?.[r]);
  L.line(liveBg, 'backgrounds:');
  for (const role of SLIDE_ROLES) {
    const v = o.backgrounds?.[role];
    if (v) {
      const parentImage = p.backgrounds[role].image;
      const image = v.image ?? (parentImage ? assetRef(input.dir, parentImage.path) : undefined);
      L.line(true, `  ${role}: { color: ${hex(v.value)}${image ? `, image: ${yamlScalar(image)}` : ''} }`, v.source);
      continue;
    }
    const fill = p.backgrounds[role];
    const same = COLOR_ROLES.find((r) => p.colors[r] === fill.color && (r === 'primary' || r === 'background'));
    const image = fill.image ? `, image: ${yamlScalar(assetRef(input.dir, fill.image.path))}` : '';
    L.line(false, `  ${role}: { color: ${hex(fill.color)}${image} }`, `${BACKGROUND_USES[role]}${same ? ` (= colors.${same})` : ''}`);
  }
  L.blank();

  // decor
  const cover = o.decor?.cover;
  L.line(!!cover, 'decor:');
  if (cover) L.line(true, `  cover: ${cover.value}`, cover.source);
  else L.line(false, `  cover: ${p.decor.cover}`, 'solid: all primary; band: a primary band; plain: plain ground with a rule');
  L.line(false, `  titleBar: ${p.decor.titleBar}`, 'bar: a primary bar beside each title; rule: a rule under it');
  return L.out.join('\n') + '\n';
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function displayDir(dir: string): string {
  const rel = relative(process.cwd(), dir);
  const shown = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : dir;
  return /\s/.test(shown) ? JSON.stringify(shown) : shown;
}

/** An asset of the parent, as a path relative to the new template's folder. */
function assetRef(dir: string, abs: string): string {
  return relative(dir, abs).split(sep).join('/');
}

/** Refuses to overwrite an existing template. */
export function assertNoTemplate(dir: string, display = dir): void {
  const file = join(dir, 'template.yaml');
  if (existsSync(file)) {
    throw new DeckError(report(SCAFFOLD.exists, { file: join(display, 'template.yaml') }));
  }
}

/** Writes `<dir>/template.yaml` (refusing to overwrite one); returns its path. */
export function writeTemplateScaffold(dir: string, text: string, display = dir): string {
  assertNoTemplate(dir, display);
  const file = join(dir, 'template.yaml');
  writeFileAtomic(file, new TextEncoder().encode(text), join(display, 'template.yaml'), { hint: both(SCAFFOLD.writeHint, {}), locked: both(SCAFFOLD.lockedHint, {}) });
  return file;
}

