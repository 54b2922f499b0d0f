/** `briefdeck templates`, `briefdeck template new` and `briefdeck template import`. */
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { displayPath } from '../../build.js';
import { DeckError, type Diagnostic } from '../../core/errors.js';
import { both, report, say, type MessageDef } from '../../core/catalogue/define.js';
import { SCAFFOLD, TEMPLATE_CLI, TEMPLATE_REPORT } from '../../core/catalogue/template.js';
import { writeFileAtomic } from '../../core/atomic-write.js';
import { closest } from '../../core/suggest.js';
import { DEFAULT_TEMPLATE, builtinTemplatesDir, listBuiltinTemplates, loadTemplate, resolveTemplateDir, type Theme } from '../../template/load.js';
import { assertNoTemplate, displayWidth, scaffoldText, schemaRefFor, templateNameFromDir, writeTemplateScaffold, type Sourced, type TemplateOverrides } from '../../template/scaffold.js';
import { formatDiagnostics, langOf, paint, type Output } from '../format.js';

export const TEMPLATE_ACTIONS = ['new', 'import', 'check', 'preview'] as const;

export interface TemplateFlags {
  from?: string;
  quiet?: boolean;
}

function usageError<P>(def: MessageDef<P>, params: P): DeckError {
  return new DeckError(report(def, params));
}

/** `briefdeck templates`: the built-ins with label and description. */
export async function runTemplates(o: Output): Promise<number> {
  const rows: { name: string; label: string; description: string }[] = [];
  const broken: Diagnostic[] = [];
  for (const name of listBuiltinTemplates()) {
    try {
      const { theme } = loadTemplate(name);
      rows.push({ name, label: theme.label, description: theme.description });
    } catch (err) {
      if (!(err instanceof DeckError)) throw err;
      broken.push(...err.diagnostics);
      rows.push({ name, label: '?', description: say(TEMPLATE_CLI.cannotLoad, { code: err.diagnostics[0]!.code }, langOf(o)) });
    }
  }
  const nameW = Math.max(...rows.map((r) => displayWidth(r.name)));
  const labelW = Math.max(...rows.map((r) => displayWidth(r.label)));
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - displayWidth(s)));
  for (const r of rows) o.out(`${paint(o, 'bold', pad(r.name, nameW))}  ${pad(r.label, labelW)}  ${r.description}\n`);
  o.out(`\n${say(TEMPLATE_CLI.listFooter, { example: rows[0]?.name ?? DEFAULT_TEMPLATE }, langOf(o))}\n`);
  if (broken.length) {
    o.err(formatDiagnostics(broken, o) + '\n');
    return 3;
  }
  return 0;
}

/** `briefdeck template <action> [...args]`. */
export async function runTemplate(action: string, args: string[], flags: TemplateFlags, o: Output): Promise<number> {
  const from = flagValue(flags.from, '--from') ?? DEFAULT_TEMPLATE;
  if (action === 'new') {
    if (args.length > 1) throw usageError(TEMPLATE_CLI.newTooMany, { count: args.length, args });
    if (args.length !== 1) throw usageError(TEMPLATE_CLI.newNoFolder, {});
    return templateNew(args[0]!, from, flags, o);
  }
  if (action === 'import') {
    if (args.length !== 2) throw usageError(TEMPLATE_CLI.importArgs, { count: args.length });
    return templateImport(args[0]!, args[1]!, from, flags, o);
  }
  if (action === 'check' || action === 'preview') {
    if (args.length !== 1) throw usageError(TEMPLATE_CLI.dirArg, { action });
    return action === 'check' ? templateCheck(args[0]!, o) : templatePreview(args[0]!, o);
  }
  throw usageError(TEMPLATE_CLI.unknownAction, { action, guess: closest(action, TEMPLATE_ACTIONS), actions: TEMPLATE_ACTIONS });
}

function flagValue(v: unknown, name: string): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || v === '') throw usageError(Array.isArray(v) ? TEMPLATE_CLI.flagRepeated : TEMPLATE_CLI.flagNeedsName, { flag: name });
  return v;
}

interface Parent {
  theme: Theme;
  /** As written after `extends:` in the new file. */
  ref: string;
}

/** The parent: a built-in name stays a name; a folder becomes a path relative to the new folder. */
function loadParent(from: string, dir: string): Parent {
  const cwd = process.cwd();
  const parentDir = resolveTemplateDir(from, cwd);
  const { theme } = loadTemplate(parentDir, cwd);
  const builtin = resolve(builtinTemplatesDir(), from);
  if (!/[\\/]/.test(from) && parentDir === builtin) return { theme, ref: from };
  let ref = relative(dir, parentDir).split(sep).join('/');
  if (isAbsolute(ref)) ref = parentDir;
  else if (!ref.startsWith('.')) ref = `./${ref}`;
  return { theme, ref };
}

function targetDir(dir: string): { abs: string; shown: string } {
  const abs = resolve(dir);
  return { abs, shown: displayPath(abs) };
}

function templateNew(dirArg: string, from: string, flags: TemplateFlags, o: Output): number {
  const { abs, shown } = targetDir(dirArg);
  assertNoTemplate(abs, shown);
  const parent = loadParent(from, abs);
  const text = scaffoldText({
    dir: abs,
    name: templateNameFromDir(abs),
    label: basename(abs),
    description: parent.theme.description,
    extendsRef: parent.ref,
    parent: parent.theme,
    schemaRef: schemaRefFor(abs),
  });
  writeTemplateScaffold(abs, text, shown);
  return finish(abs, shown, say(TEMPLATE_CLI.basedOn, { parent: parent.ref }, langOf(o)), [], flags, o);
}

async function templateImport(fileArg: string, dirArg: string, from: string, flags: TemplateFlags, o: Output): Promise<number> {
  const { abs, shown } = targetDir(dirArg);
  assertNoTemplate(abs, shown);
  const parent = loadParent(from, abs);
  const file = resolve(fileArg);
  const fileShown = displayPath(file);
  const { importPptxTheme } = await import('../../template/import.js');
  const { convertWithLibreOffice, isOdp } = await import('../../template/odp.js');
  const converted = isOdp(file) ? convertWithLibreOffice(file, fileShown) : undefined;
  let result;
  try {
    result = await importPptxTheme(converted?.path ?? file, parent.theme, fileShown);
  } finally {
    converted?.cleanup();
  }
  const { pptx, overrides, warnings, assets } = result;
  // the pictures first: the template that names them is checked as soon as it is written
  const wrote: string[] = [];
  for (const a of assets) {
    writeFileAtomic(join(abs, a.name), a.bytes, join(shown, a.name), { hint: both(SCAFFOLD.writeHint, {}), locked: both(SCAFFOLD.lockedHint, {}) });
    wrote.push(`  ${say(TEMPLATE_REPORT.wroteAsset, { file: join(shown, a.name), what: a.what }, langOf(o))}\n`);
  }
  const themeName = pptx.themeName ?? pptx.schemeName;
  const text = scaffoldText({
    dir: abs,
    name: templateNameFromDir(abs),
    label: basename(abs),
    description: `Imported from ${basename(file)}${themeName ? ` (theme “${themeName}”)` : ''}; everything else as ${parent.ref}.`,
    extendsRef: parent.ref,
    parent: parent.theme,
    schemaRef: schemaRefFor(abs),
    intro: [`Colours, fonts and slide size imported from ${basename(file)} (${pptx.themePart}${pptx.look ? `, ${pptx.look.master} and its layouts` : ''}); each line says where its value came from.`],
    overrides,
  });
  writeTemplateScaffold(abs, text, shown);
  const code = finish(abs, shown, say(TEMPLATE_CLI.imported, { file: fileShown, theme: themeName, ...counts(overrides), parent: parent.ref }, langOf(o)), warnings, flags, o);
  if (!flags.quiet) o.out(wrote.join('') + sourcesReport(overrides, langOf(o)));
  return code;
}

/** `template check DIR`: every warning of the template (contrast, inherited brand colours, fonts, logo). */
function templateCheck(dirArg: string, o: Output): number {
  const { theme, warnings } = loadTemplate(dirArg);
  const lang = langOf(o);
  if (warnings.length) o.err(formatDiagnostics(warnings, o) + '\n');
  o.out(warnings.length ? `${say(TEMPLATE_REPORT.checkProblems, { name: theme.name, count: warnings.length }, lang)}\n` : `${paint(o, 'green', '✓')} ${say(TEMPLATE_REPORT.checkOk, { name: theme.name }, lang)}\n`);
  return warnings.length ? 1 : 0;
}

/** `template preview DIR`: the sample deck as one HTML page in the folder, and PNGs with LibreOffice. */
async function templatePreview(dirArg: string, o: Output): Promise<number> {
  const { theme, warnings } = loadTemplate(dirArg);
  const { sampleDeck, previewHtml } = await import('../../watch/template-preview.js');
  const { pageFiles } = await import('../../watch/page/files.js');
  const { deck, diagnostics } = sampleDeck(theme);
  const all = [...warnings, ...diagnostics];
  if (all.length) o.err(formatDiagnostics(all, o) + '\n');
  const lang = langOf(o);
  const html = join(theme.dir, 'preview.html');
  const words = { hint: both(SCAFFOLD.writeHint, {}), locked: both(SCAFFOLD.lockedHint, {}) };
  writeFileAtomic(html, new TextEncoder().encode(previewHtml(deck, theme, pageFiles().css)), displayPath(html), words);
  o.out(`${paint(o, 'green', '✓')} ${say(TEMPLATE_REPORT.previewWrote, { file: displayPath(html) }, lang)}\n`);
  const { findSoffice, convertWithLibreOffice } = await import('../../template/odp.js');
  if (!findSoffice()) {
    o.out(`  ${say(TEMPLATE_REPORT.previewNoPng, {}, lang)}\n`);
    return 0;
  }
  const { renderPptx } = await import('../../render/write.js');
  const { mkdtempSync, rmSync, writeFileSync, readFileSync } = await import('node:fs');
  const os = await import('node:os');
  const tmp = mkdtempSync(join(os.tmpdir(), 'briefdeck-preview-'));
  try {
    const pptx = join(tmp, 'preview.pptx');
    writeFileSync(pptx, await renderPptx(deck));
    // LibreOffice draws the first slide as PNG: the cover
    const png = convertWithLibreOffice(pptx, displayPath(pptx), 'png');
    const out = join(theme.dir, 'preview.png');
    writeFileAtomic(out, readFileSync(png.path), displayPath(out), words);
    png.cleanup();
    o.out(`  ${say(TEMPLATE_REPORT.previewWrote, { file: displayPath(out) }, lang)}\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return 0;
}

/** What the import took from the deck and what it guessed, one line a value. */
function sourcesReport(ov: TemplateOverrides, lang: 'en' | 'zh'): string {
  const rows: { key: string; value: string; s: Sourced<unknown> }[] = [];
  for (const [role, s] of Object.entries(ov.colors ?? {})) if (s) rows.push({ key: `colors.${role}`, value: `#${s.value}`, s });
  for (const [role, s] of Object.entries(ov.backgrounds ?? {})) if (s) rows.push({ key: `backgrounds.${role}`, value: `#${s.value}${s.image ? ` + ${s.image}` : ''}`, s });
  for (const [role, f] of Object.entries(ov.fonts ?? {})) for (const [face, s] of Object.entries(f ?? {})) if (s) rows.push({ key: `fonts.${role}.${face}`, value: s.value, s });
  if (ov.logo) rows.push({ key: 'logo', value: `${ov.logo.value.path} (${ov.logo.value.position})`, s: ov.logo });
  if (ov.decor?.cover) rows.push({ key: 'decor.cover', value: ov.decor.cover.value, s: ov.decor.cover });
  const width = Math.max(...rows.map((r) => displayWidth(r.key) + displayWidth(r.value)));
  const line = (r: (typeof rows)[number]) => `    ${r.key}  ${r.value}${' '.repeat(Math.max(0, width - displayWidth(r.key) - displayWidth(r.value)))}  ← ${lang === 'zh' ? (r.s.zh ?? r.s.source) : r.s.source}\n`;
  const taken = rows.filter((r) => !r.s.guessed);
  const guessed = rows.filter((r) => r.s.guessed);
  let out = '';
  if (taken.length) out += `  ${say(TEMPLATE_REPORT.taken, {}, lang)}\n${taken.map(line).join('')}`;
  if (guessed.length) out += `  ${say(TEMPLATE_REPORT.guessed, {}, lang)}\n${guessed.map(line).join('')}`;
  return out;
}

/** What an import set: colours, font faces, the slide size. */
function counts(ov: TemplateOverrides): { colours: number; fonts: number; size: string | undefined } {
  const colours = Object.keys(ov.colors ?? {}).length;
  const fonts = Object.values(ov.fonts ?? {}).reduce((n, f) => n + Object.keys(f ?? {}).length, 0);
  return { colours, fonts, size: ov.size?.value };
}

/** Checks the new template loads, prints its warnings and the next step. */
function finish(abs: string, shown: string, what: string, importWarnings: Diagnostic[], flags: TemplateFlags, o: Output): number {
  const { theme, warnings } = loadTemplate(abs);
  const all = [...importWarnings, ...warnings];
  if (all.length && !flags.quiet) o.err(formatDiagnostics(all, o) + '\n');
  const file = join(shown, 'template.yaml');
  const lang = langOf(o);
  o.out(`${paint(o, 'green', '✓')} ${say(TEMPLATE_CLI.wrote, { file, name: theme.name, what }, lang)}\n`);
  const t = /\s/.test(shown) ? JSON.stringify(shown) : shown;
  o.out(`  ${say(TEMPLATE_CLI.next, { file, dir: t }, lang)}\n`);
  return 0;
}
