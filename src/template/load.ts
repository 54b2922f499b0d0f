/**
 * Template name or folder → a complete, checked Theme. Follows `extends` (built-in names or
 * folders), merges key by key, resolves asset paths against the file that names them,
 * and reports every problem with its position.
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
export type { FontPair, ImageAsset } from '../deck/model.js';
import { contrastNeed, contrastRatio, normalizeHex } from '../core/color.js';
import { MAX_IMAGE_BYTES, checkImage, imageKind } from '../core/image-info.js';
import { describeFailure, readLimited } from '../core/safe-read.js';
import { DeckError, formatPath, sortDiagnostics, type Diagnostic, type SourcePos } from '../core/errors.js';
import { rederive } from './derive.js';
import { brandWarnings } from './brand-check.js';
import { both, report, say, type Localized } from '../core/catalogue/define.js';
import { ASSET, CONTRAST, TEMPLATE, TEMPLATE_SCHEMA_TEXT } from '../core/catalogue/template.js';
import { packageRoot } from '../core/package-root.js';
import type { FontPair, ImageAsset } from '../deck/model.js';
import { FRAME_ROLES, type Fill, type Theme } from '../layout/theme.js';
import { issuesToDiagnostics } from '../core/schema-issues.js';
import { closest } from '../core/suggest.js';
import { SLIDE_SIZES, emu, inches } from '../core/units.js';
import { TEMPLATE_CODES, locateInYaml, readYamlFile, type YamlFile } from '../core/yaml-file.js';
import {
  COLOR_ROLES,
  SLIDE_ROLES,
  templateFileSchema,
  textRoles,
  type ColorRole,
  type SlideRole,
  type TemplateFile,
} from './schema.js';

export type { Fill, Theme };

export interface LoadedTheme {
  theme: Theme;
  warnings: Diagnostic[];
}

export const DEFAULT_TEMPLATE = 'party-red';

/**
 * Colours added after templates without `extends` were written: such a template still loads,
 * with the colours Chinese reports use (rises red, falls green).
 */
const LATER_COLORS = { up: 'C0392B', down: '1E7B34' } as const;

/** The widest a logo is drawn, as a share of the slide's width. */
export const MAX_LOGO_WIDTH_SHARE = 0.25;

/** All pictures of a template (logo and backgrounds) together: what one deck embeds at most. */
export const MAX_TEMPLATE_IMAGE_BYTES = 40 * 1024 * 1024;

export function builtinTemplatesDir(): string {
  return join(packageRoot(), 'templates');
}

export function listBuiltinTemplates(): string[] {
  const dir = builtinTemplatesDir();
  return readdirSync(dir)
    .filter((n) => existsSync(join(dir, n, 'template.yaml')))
    .sort();
}

function looksLikePath(ref: string): boolean {
  return /[\\/]/.test(ref) || ref.startsWith('.') || isAbsolute(ref);
}

/** A template reference → its folder; `from` is the folder the reference is relative to. */
export function resolveTemplateDir(ref: string, from: string): string {
  if (!looksLikePath(ref)) {
    const builtin = join(builtinTemplatesDir(), ref);
    if (existsSync(join(builtin, 'template.yaml'))) return builtin;
    const local = resolve(from, ref);
    if (existsSync(join(local, 'template.yaml'))) return local;
    const builtins = listBuiltinTemplates();
    throw new DeckError(report(TEMPLATE.notFound, { ref, guess: closest(ref, builtins), builtins }));
  }
  const dir = resolve(from, ref);
  const st = existsSync(dir) ? statSync(dir) : undefined;
  if (st?.isFile() && dir.endsWith('.yaml')) return dirname(dir);
  if (!st?.isDirectory() || !existsSync(join(dir, 'template.yaml'))) {
    throw new DeckError(report(st ? TEMPLATE.notAFolder : TEMPLATE.folderMissing, { ref, builtins: listBuiltinTemplates() }));
  }
  return dir;
}

interface Layer {
  file: YamlFile;
  data: TemplateFile;
  dir: string;
  path: string;
  /** The pictures the file names: absolute path, and where it names them. */
  pictures: { abs: string; at: (string | number)[] }[];
}

/** `ref` is a built-in name or a folder; `from` is where a relative folder is looked up. */
export function loadTemplate(ref: string, from = process.cwd()): LoadedTheme {
  const dir = resolveTemplateDir(ref, from);
  const layers: Layer[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen: string[] = [];
  let current: string | undefined = dir;
  while (current) {
    const path = join(current, 'template.yaml');
    if (seen.includes(path)) {
      const chain = [...seen, path].map((p) => displayPath(p)).join(' → ');
      const last = layers[layers.length - 1]!;
      const pos = last.file.source.position(locateInYaml(last.file, ['extends']), 'extends');
      throw new DeckError(report(TEMPLATE.extendsCycle, { chain }, { pos, frame: last.file.source.frame(pos.line, pos.column) }));
    }
    seen.push(path);
    const layer = readLayer(path, current, diagnostics);
    if (!layer) break;
    layers.push(layer);
    const parent: string | undefined = layer.data.extends;
    if (!parent) break;
    try {
      current = resolveTemplateDir(parent, current);
    } catch (err) {
      if (!(err instanceof DeckError)) throw err;
      const pos = layer.file.source.position(locateInYaml(layer.file, ['extends']), 'extends');
      const d = err.diagnostics[0]!;
      const via: Diagnostic = { ...d, message: say(TEMPLATE.viaExtends, { message: d.message }, 'en'), pos, frame: layer.file.source.frame(pos.line, pos.column) };
      if (d.zh) via.zh = { ...d.zh, message: say(TEMPLATE.viaExtends, { message: d.zh.message }, 'zh') };
      diagnostics.push(via);
      current = undefined;
    }
  }
  diagnostics.push(...picturesOutside(layers));
  if (diagnostics.some((d) => d.severity === 'error')) throw new DeckError(sortDiagnostics(diagnostics));

  const theme = mergeLayers(layers, dir, diagnostics);
  const pictures = new Map<string, number>();
  if (theme.logo) pictures.set(theme.logo.image.path, theme.logo.image.bytes);
  for (const b of Object.values(theme.backgrounds)) if (b.image) pictures.set(b.image.path, b.image.bytes);
  const total = [...pictures.values()].reduce((a, b) => a + b, 0);
  if (total > MAX_TEMPLATE_IMAGE_BYTES) {
    diagnostics.push(report(ASSET.tooManyBytes, { total, limit: MAX_TEMPLATE_IMAGE_BYTES }, { pos: layers[0]!.file.source.position(0) }));
  }
  if (diagnostics.some((d) => d.severity === 'error')) throw new DeckError(sortDiagnostics(diagnostics));
  diagnostics.push(...contrastWarnings(theme, layers[0]!));
  diagnostics.push(...brandWarnings(theme, layers.map((l) => l.data), layers[layers.length > 1 ? 1 : 0]!.data.name, (path) => at(layers[0]!, path)));
  return { theme, warnings: sortDiagnostics(diagnostics) };
}

/** The position of a key in a layer's file, for a warning. */
function at(layer: Layer, path: (string | number)[]): { pos: SourcePos; frame: string } {
  const pos = layer.file.source.position(locateInYaml(layer.file, path), formatPath(path));
  return { pos, frame: layer.file.source.frame(pos.line, pos.column) };
}

function displayPath(p: string): string {
  const rel = relative(process.cwd(), p);
  return rel && !rel.startsWith('..') ? rel : p;
}

function readLayer(path: string, dir: string, diagnostics: Diagnostic[]): Layer | undefined {
  const read = readYamlFile(path, displayPath(path), TEMPLATE_CODES, 'template');
  if (!read.ok) {
    diagnostics.push(...read.diagnostics);
    return undefined;
  }
  const file = read.file;
  const schema = templateFileSchema();
  const parsed = schema.safeParse(file.data, { reportInput: true });
  if (!parsed.success) {
    diagnostics.push(
      ...issuesToDiagnostics(parsed.error.issues, {
        file,
        schema,
        code: 'TEMPLATE_SCHEMA',
        unknownKeyCode: 'TEMPLATE_UNKNOWN_KEY',
        hintFor: (keyPath, issue) => templateHint(keyPath, issue),
        messageFor: (keyPath, issue, input) => templateMessage(keyPath, issue, input),
      }),
    );
  }
  // the checks a schema cannot make run on what was written, valid or not, so that one run
  // reports every problem of the file
  const raw = (file.data ?? {}) as Record<string, unknown>;
  const at = (p: (string | number)[]) => {
    const pos = file.source.position(locateInYaml(file, p), formatPath(p));
    return { pos, frame: file.source.frame(pos.line, pos.column) };
  };
  const types = isRecord(raw.type) ? raw.type : {};
  for (const [role, spec] of Object.entries(textRoles())) {
    const range = types[role];
    if (!Array.isArray(range) || typeof range[0] !== 'number' || typeof range[1] !== 'number') continue;
    const [lo, hi] = spec.limits;
    if (range[0] > range[1]) {
      diagnostics.push(report(TEMPLATE.sizeRangeInverted, { role, smallest: range[0], largest: range[1], limits: [lo, hi] }, at(['type', role])));
    } else if (range[0] < lo || range[1] > hi) {
      diagnostics.push(report(TEMPLATE.sizeRangeUnsafe, { role, smallest: range[0], largest: range[1], limits: [lo, hi] }, at(['type', role])));
    }
  }
  // asset paths become absolute here, against the folder of the file that names them
  const assets = new Map<string, string>();
  const pictures: Layer['pictures'] = [];
  const checkAsset = (rel: unknown, p: (string | number)[]) => {
    if (typeof rel !== 'string' || !rel) return;
    const abs = resolve(dir, rel);
    const problemOf = isAbsolute(rel) ? report(ASSET.absolute, { path: rel }) : assetProblem(abs, rel);
    if (problemOf) diagnostics.push({ ...problemOf, ...at(p) });
    else {
      assets.set(p.join('.'), abs);
      pictures.push({ abs, at: p });
    }
  };
  if (isRecord(raw.logo)) checkAsset(raw.logo.path, ['logo', 'path']);
  const backgrounds = isRecord(raw.backgrounds) ? raw.backgrounds : {};
  for (const role of SLIDE_ROLES) {
    const bg = backgrounds[role];
    if (isRecord(bg)) checkAsset(bg.image, ['backgrounds', role, 'image']);
  }
  if (!parsed.success) return undefined;
  const data = parsed.data;
  const logoPath = assets.get('logo.path');
  if (data.logo && logoPath) data.logo = { ...data.logo, path: logoPath };
  for (const role of SLIDE_ROLES) {
    const bg = data.backgrounds?.[role];
    const image = assets.get(`backgrounds.${role}.image`);
    if (bg?.image && image) bg.image = image;
  }
  return { file, data, dir, path, pictures };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function templateMessage(keyPath: string, issue: { code: string }, input: unknown): Localized | undefined {
  const value = JSON.stringify(input);
  if (issue.code === 'invalid_format' && keyPath.startsWith('colors')) return both(TEMPLATE_SCHEMA_TEXT.notAColour, { value });
  if (issue.code === 'invalid_format' && keyPath.startsWith('fonts')) return both(TEMPLATE_SCHEMA_TEXT.notAFontName, { value });
  if (issue.code === 'invalid_format' && keyPath === 'name') return both(TEMPLATE_SCHEMA_TEXT.badName, { value });
  return undefined;
}

function templateHint(keyPath: string, issue: { code: string }): Localized | undefined {
  if (keyPath.startsWith('colors')) return both(TEMPLATE_SCHEMA_TEXT.colourHint, {});
  if (keyPath.startsWith('fonts') && issue.code === 'invalid_format') return both(TEMPLATE_SCHEMA_TEXT.fontHint, {});
  if (keyPath.startsWith('type')) return both(TEMPLATE_SCHEMA_TEXT.typeHint, {});
  if (keyPath === 'size') return both(TEMPLATE_SCHEMA_TEXT.sizeHint, {});
  return undefined;
}

/**
 * Pictures stay inside the folders of the templates that make up this one (the file's own, or
 * that of a template it extends): no absolute path, no `..` or link out of them. The preview
 * serves these files, and a template may come from anywhere.
 */
function picturesOutside(layers: Layer[]): Diagnostic[] {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return p;
    }
  };
  const roots = layers.map((l) => real(l.dir));
  const inside = (p: string) => roots.some((root) => {
    const r = relative(root, p);
    return r !== '' && !r.startsWith('..') && !isAbsolute(r);
  });
  const out: Diagnostic[] = [];
  for (const layer of layers) {
    for (const pic of layer.pictures) {
      if (inside(pic.abs) && inside(real(pic.abs))) continue;
      const pos = layer.file.source.position(locateInYaml(layer.file, pic.at), formatPath(pic.at));
      const linked = inside(pic.abs);
      out.push(report(linked ? ASSET.linkOutside : ASSET.outside, { path: String(valueAtPath(layer.file.data, pic.at)) }, { pos, frame: layer.file.source.frame(pos.line, pos.column) }));
    }
  }
  return out;
}

function valueAtPath(data: unknown, path: (string | number)[]): unknown {
  let v: unknown = data;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

/**
 * A template's picture: a regular file of at most MAX_IMAGE_BYTES, a whole PNG or JPEG of at
 * most MAX_IMAGE_SIDE pixels each way.
 */
function assetProblem(abs: string, rel: string): Diagnostic | undefined {
  const read = readLimited(abs, MAX_IMAGE_BYTES);
  if (!read.ok) {
    if (read.reason === 'missing') return report(ASSET.missing, { path: rel, dir: dirname(abs) });
    if (read.reason === 'too-large') return report(ASSET.tooLarge, { path: rel, limit: MAX_IMAGE_BYTES });
    if (read.reason === 'unreadable') return report(ASSET.unreadable, { path: rel, reason: read.message });
    return report(ASSET.notAFile, { path: rel, failure: { en: describeFailure(read), zh: describeFailure(read, 'zh') } });
  }
  const bytes = read.bytes;
  if (!imageKind(bytes)) {
    const text = bytes.subarray(0, 512).toString('utf8').trimStart().toLowerCase();
    if (text.startsWith('<svg') || (text.startsWith('<?xml') && text.includes('<svg'))) {
      return report(ASSET.svg, { path: rel });
    }
    return report(ASSET.notImage, { path: rel });
  }
  const checked = checkImage(bytes);
  if (!checked.ok) return report(ASSET.damaged, { path: rel, problem: checked.problem });
  images.set(abs, { path: abs, kind: checked.info.kind, widthPx: checked.info.width, heightPx: checked.info.height, bytes: bytes.length });
  return undefined;
}

/** Pictures checked while reading the template files, by absolute path. */
const images = new Map<string, ImageAsset>();

function readImage(path: string): ImageAsset {
  const image = images.get(path);
  if (!image) throw new Error(`template: ${path} was not checked`);
  return image;
}

/** Parent first, each child overriding key by key; lists and ranges replace whole. */
function deepMerge<T>(base: T, over: unknown): T {
  if (over === undefined) return base;
  if (base && typeof base === 'object' && !Array.isArray(base) && over && typeof over === 'object' && !Array.isArray(over)) {
    const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [k, v] of Object.entries(over)) out[k] = deepMerge(out[k], v);
    return out as T;
  }
  return over as T;
}

function mergeLayers(layers: Layer[], dir: string, diagnostics: Diagnostic[]): Theme {
  let merged: TemplateFile = { name: layers[0]!.data.name };
  for (const layer of [...layers].reverse()) merged = deepMerge(merged, layer.data);
  merged.name = layers[0]!.data.name;
  const leaf = layers[0]!;
  const missing = (what: string) => diagnostics.push(report(TEMPLATE.notSet, { key: what, base: DEFAULT_TEMPLATE }, { pos: leaf.file.source.position(0, what) }));

  const colors = {} as Record<ColorRole, string>;
  // what the parent took from its primary follows this template's primary (./derive.ts)
  const derived = rederive(layers.map((l) => l.data));
  for (const role of COLOR_ROLES) {
    const c = derived.colors[role] ?? merged.colors?.[role] ?? LATER_COLORS[role as keyof typeof LATER_COLORS];
    if (c) colors[role] = normalizeHex(c);
    else missing(`colors.${role}`);
  }
  const pair = (k: 'heading' | 'body' | 'figure'): FontPair => {
    const p = merged.fonts?.[k];
    if (!p?.ea) missing(`fonts.${k}.ea`);
    if (!p?.latin) missing(`fonts.${k}.latin`);
    return { ea: p?.ea ?? '', latin: p?.latin ?? '' };
  };
  const fonts = { heading: pair('heading'), body: pair('body'), figure: pair('figure') };
  // the frame's roles are every template's business; a slide type's roles have a default range
  const type = {} as Theme['type'];
  for (const [role, spec] of Object.entries(textRoles())) {
    const r = merged.type?.[role];
    if (r) type[role] = [r[0], r[1]] as const;
    else if (role in FRAME_ROLES) missing(`type.${role}`);
    else type[role] = spec.default;
  }
  const sizeName = merged.size ?? '16:9';
  const backgrounds = {} as Record<SlideRole, Fill>;
  for (const role of SLIDE_ROLES) {
    const b = merged.backgrounds?.[role];
    const fill: Fill = { color: normalizeHex(derived.backgrounds[role] ?? b?.color ?? merged.colors?.background ?? 'FFFFFF') };
    if (b?.image && isAbsolute(b.image) && existsSync(b.image)) fill.image = readImage(b.image);
    backgrounds[role] = fill;
  }
  const theme: Theme = {
    name: merged.name,
    // a template's own name and words, never its parent's
    label: leaf.data.label ?? merged.name,
    description: leaf.data.description ?? '',
    dir,
    files: layers.map((l) => l.path),
    size: { name: sizeName, ...SLIDE_SIZES[sizeName] },
    colors,
    fonts,
    type,
    unitRatio: merged.unitRatio ?? 0.45,
    footer: { text: merged.footer?.text ?? '{organization}', pageNumbers: merged.footer?.pageNumbers ?? true },
    backgrounds,
    decor: { cover: merged.decor?.cover ?? 'solid', titleBar: merged.decor?.titleBar ?? 'bar' },
  };
  const logo = merged.logo;
  if (logo && logo.path && isAbsolute(logo.path) && existsSync(logo.path)) {
    const image = readImage(logo.path);
    // a very wide picture is drawn at most a quarter of the slide wide, lower instead
    let height: number = inches(logo.height ?? 0.6);
    let width = (height * image.widthPx) / image.heightPx;
    const maxWidth = theme.size.width * MAX_LOGO_WIDTH_SHARE;
    if (width > maxWidth) {
      height = (height * maxWidth) / width;
      width = maxWidth;
    }
    theme.logo = {
      image,
      position: logo.position ?? 'top-right',
      height: emu(height),
      width: emu(width),
      slides: logo.slides ?? ['cover', 'content', 'closing'],
    };
  }
  return theme;
}

/**
 * Text colours that a projector washes out: each pair the layouts set text in, held to what
 * its smallest text needs (the smallest size of the roles that use it, from the template's own
 * type scale), so that small text is held to 4.5:1 and only large text may use a pair at 3:1.
 * The accent on primary fills (section numbers, subtitles of 24 pt and more) is not checked:
 * where it falls short, the layouts set that text in onPrimary instead.
 */
function contrastWarnings(theme: Theme, leaf: Layer): Diagnostic[] {
  const c = theme.colors;
  // each pair of colours and the texts set in it: each text needs what its smallest size (and weight) needs
  const pairs = new Map<string, { fg: ColorRole; bg: ColorRole; uses: { what: string; size: number; bold: boolean; need: number }[] }>();
  for (const [role, spec] of Object.entries(textRoles())) {
    const size = theme.type[role]?.[0];
    if (size === undefined) continue;
    for (const use of spec.contrast ?? []) {
      const [fg, bg] = use.on;
      const key = `${fg}/${bg}`;
      const p = pairs.get(key) ?? { fg, bg, uses: [] };
      p.uses.push({ what: use.what, size, bold: use.bold === true, need: contrastNeed(size, use.bold === true) });
      pairs.set(key, p);
    }
  }
  const out: Diagnostic[] = [];
  for (const { fg, bg, uses: all } of pairs.values()) {
    const bgColor = c[bg];
    const ratio = contrastRatio(c[fg], bgColor);
    // the texts this pair fails, held to the strictest of them
    const failing = all.filter((u) => ratio < u.need);
    if (!failing.length) continue;
    const need = Math.max(...failing.map((u) => u.need));
    const strict = failing.filter((u) => u.need === need);
    const size = Math.min(...strict.map((u) => u.size));
    const bold = strict.every((u) => u.bold);
    const uses = [...new Set(strict.map((u) => u.what))];
    const path = ['colors', fg];
    const pos = leaf.file.source.position(locateInYaml(leaf.file, path), formatPath(path));
    // the Chinese of `uses` (the role specs' `contrast[].what`) is in the catalogue's CONTRAST_USES_ZH
    out.push(report(CONTRAST.low, { fg, fgColor: c[fg], bg, bgColor, ratio: ratio.toFixed(2), uses, size, bold, need }, { severity: 'warning', pos, frame: leaf.file.source.frame(pos.line, pos.column) }));
  }
  return out;
}
