/**
 * Validates a parsed outline: the schema first, then the rules a schema cannot say
 * (sections or slides, unique ids, approx words that fit the deck's language, …).
 * Every problem is returned at once, each with its position.
 */
import type { $ZodIssue } from 'zod/v4/core';
import { both, report, type Localized } from '../core/catalogue/define.js';
import { OUTLINE, OUTLINE_SCHEMA } from '../core/catalogue/outline.js';
import { formatPath, type Diagnostic, type SourcePos } from '../core/errors.js';
import { forbiddenCharacters } from '../core/forbidden.js';
import { describeValueBoth, issuesToDiagnostics } from '../core/schema-issues.js';
import { closest } from '../core/suggest.js';
import { locateInYaml, type YamlFile } from '../core/yaml-file.js';
import { parseInline } from '../layout/inline.js';
import { APPROX_AFTER_UNIT_ZH, APPROX_AFTER_VALUE_ZH, APPROX_BEFORE_VALUE_ZH } from '../slides/fields.js';
import { slideType, slideTypeNames } from '../slides/registry.js';
import type { SlideCheck } from '../slides/slide-type.js';
import { APPROX_EN, APPROX_ZH, outlineSchema, type Lang, type Outline } from './schema.js';

type Path = (string | number)[];

/**
 * The most slides an outline may have (content slides and sections together): a deck of that
 * size is some 20,000 parts, well inside what a zip without Zip64 holds (65,535), and builds in
 * seconds. Documented in outline-format.md.
 */
export const MAX_SLIDES = 5000;

export interface ValidatedOutline {
  outline?: Outline;
  diagnostics: Diagnostic[];
}

export function validateOutline(file: YamlFile): ValidatedOutline {
  const data = file.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const pos = file.source.position(locateInYaml(file, []));
    return {
      diagnostics: [report(OUTLINE.notMapping, { value: describeValueBoth(data) }, { pos, frame: file.source.frame(pos.line, pos.column) })],
    };
  }
  const schema = outlineSchema();
  const parsed = schema.safeParse(data, { reportInput: true });
  const diagnostics = parsed.success
    ? []
    : issuesToDiagnostics(parsed.error.issues, {
        file,
        schema,
        code: 'OUTLINE_SCHEMA',
        unknownKeyCode: 'OUTLINE_UNKNOWN_KEY',
        hintFor: (k, issue, input, path) => hintFor(k, issue, input, explainer(data, path)),
        messageFor: (k, issue, input, path) => messageFor(k, issue, input, explainer(data, path)),
      });
  diagnostics.push(...checkRules(file, data as Record<string, unknown>), ...forbiddenCharacters(file, 'OUTLINE_CONTROL_CHAR'), ...(file.warnings ?? []));
  return parsed.success ? { outline: parsed.data as Outline, diagnostics } : { diagnostics };
}

function messageFor(keyPath: string, issue: $ZodIssue, input: unknown, explain: Explainer): string | Localized | undefined {
  if (issue.code === 'invalid_union' && (issue as { note?: string }).note) {
    const type = slideTypeOf(keyPath, input);
    if (type === undefined) return both(OUTLINE_SCHEMA.needsType, {});
    return both(OUTLINE_SCHEMA.unknownType, { value: describeValueBoth(type) });
  }
  const explained = explain(issue, input)?.message;
  if (explained) return explained;
  if (keyPath.endsWith('approx') && issue.code === 'invalid_value') {
    return both(OUTLINE_SCHEMA.notApprox, { value: describeValueBoth(input), zhWords: APPROX_ZH, enWords: APPROX_EN });
  }
  if (keyPath === 'lang' && issue.code === 'invalid_value') return both(OUTLINE_SCHEMA.langNotSupported, { value: describeValueBoth(input) });
  if (keyPath.endsWith('.id') && issue.code === 'invalid_format') return both(OUTLINE_SCHEMA.idForm, { value: describeValueBoth(input) });
  return undefined;
}

function hintFor(keyPath: string, issue: $ZodIssue, input: unknown, explain: Explainer): string | Localized | undefined {
  const last = keyPath.split('.').pop();
  const names = slideTypeNames();
  if (issue.code === 'invalid_union' && (issue as { note?: string }).note) {
    const type = slideTypeOf(keyPath, input);
    const guess = typeof type === 'string' ? closest(type, names) : undefined;
    return guess ? both(OUTLINE_SCHEMA.didYouMeanType, { type: guess }) : both(OUTLINE_SCHEMA.useTypes, { names });
  }
  const explained = explain(issue, input)?.hint;
  if (explained) return explained;
  if ((last === 'value' || last === 'of') && issue.code === 'invalid_type') {
    const figure = typeof input === 'string' ? figureInText(input) : undefined;
    if (figure) return both(OUTLINE_SCHEMA.bareNumber, { key: last, ...figure });
    return both(OUTLINE_SCHEMA.digits, { key: last });
  }
  if (last === 'approx' && issue.code === 'invalid_value') {
    return both(OUTLINE_SCHEMA.approxHint, { zhWords: APPROX_ZH, enWords: APPROX_EN });
  }
  if (last === 'lang' && issue.code === 'invalid_value') return both(OUTLINE_SCHEMA.langHint, {});
  if (last === 'slides' && issue.code === 'too_small') return both(OUTLINE_SCHEMA.addSlide, {});
  return undefined;
}

/** Approximation word, value, word after it, unit, word after the unit: see figureInText. */
const FIGURE_IN_TEXT = new RegExp(
  `^\\s*(${APPROX_BEFORE_VALUE_ZH.join('|')}|[~><]|(?:over|under|about)(?=\\s))?\\s*(0[bB][01_]+|0[oO][0-7_]+|0[xX][\\da-fA-F_]+|[\\d,.][\\d,._]*)\\s*(${APPROX_AFTER_VALUE_ZH.join('|')}|\\+)?\\s*(\\S*?)\\s*(${APPROX_AFTER_UNIT_ZH.join('|')})?\\s*$`,
);

/**
 * A figure written as text, read as the number it means: `1,400`, `1_000` and `0b101` (text in
 * YAML 1.2, numbers to a reader), with an approximation word and a unit around it (`约3000人`,
 * `突破20万人次`, `1400余篇`, `60岁及以上`, `>95%`). Undefined when the text holds no such number (`很多`, `一千`).
 */
export function figureInText(s: string): { value: string; approx?: string; unit?: string } | undefined {
  const m = s.match(FIGURE_IN_TEXT);
  if (!m) return undefined;
  const written = m[2]!.replace(/[,_]/g, '');
  const radix = /^0[bB]/.test(written) ? 2 : /^0[oO]/.test(written) ? 8 : /^0[xX]/.test(written) ? 16 : 10;
  const value = radix === 10 ? written : String(parseInt(written.slice(2), radix));
  if (value === 'NaN') return undefined;
  const out: { value: string; approx?: string; unit?: string } = { value };
  const approx = m[1] || m[3] || m[5];
  if (approx) out.approx = approx;
  if (m[4]) out.unit = m[4];
  return out;
}

type Explainer = (issue: $ZodIssue, input: unknown) => { message?: string | Localized; hint?: string | Localized } | undefined;

/** A slide type's own wording for a problem with one of its keys: the slide is the object above the key. */
function explainer(data: unknown, path: readonly PropertyKey[]): Explainer {
  return (issue, input) => {
    const key = path.at(-1);
    if (typeof key !== 'string' || path.length < 3 || path.at(-3) !== 'slides') return undefined;
    let slide: unknown = data;
    for (const p of path.slice(0, -1)) slide = slide && typeof slide === 'object' ? (slide as Record<PropertyKey, unknown>)[p] : undefined;
    const type = slide && typeof slide === 'object' ? (slide as Record<string, unknown>).type : undefined;
    return typeof type === 'string' ? slideType(type)?.explain?.(key, issue, input) : undefined;
  };
}

/** The discriminator issue sits on `…type` (the value) or on the slide (the mapping). */
function slideTypeOf(keyPath: string, input: unknown): unknown {
  if (keyPath.endsWith('type')) return input;
  return input && typeof input === 'object' ? (input as Record<string, unknown>).type : undefined;
}

/** Rules across keys. These run even when the schema failed, so one run shows everything. */
function checkRules(file: YamlFile, data: Record<string, unknown>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (path: Path, key = false): { pos: SourcePos; frame: string } => {
    const pos = file.source.position(locateInYaml(file, path, key), formatPath(path));
    return { pos, frame: file.source.frame(pos.line, pos.column) };
  };
  const lang: Lang = data.lang === 'en' ? 'en' : 'zh-CN';
  const check: SlideCheck = { lang, at: (path) => at(path) };

  if (data.sections !== undefined && data.slides !== undefined) {
    out.push(report(OUTLINE.sectionsAndSlides, {}, at(['slides'], true)));
  } else if (data.sections === undefined && data.slides === undefined && data.title !== undefined) {
    out.push(report(OUTLINE.noSlides, {}, at([])));
  }

  const slides: { slide: Record<string, unknown>; path: Path }[] = [];
  const ids = new Map<string, Path>();
  const noteId = (id: unknown, path: Path) => {
    if (typeof id !== 'string') return;
    const first = ids.get(id);
    if (first) {
      out.push(report(OUTLINE.duplicateId, { id, first: formatPath(first) }, at([...path, 'id'])));
    } else ids.set(id, [...path, 'id']);
  };
  if (Array.isArray(data.sections)) {
    data.sections.forEach((sec: unknown, i) => {
      if (!sec || typeof sec !== 'object') return;
      const s = sec as Record<string, unknown>;
      noteId(s.id, ['sections', i]);
      if (Array.isArray(s.slides)) s.slides.forEach((sl, j) => sl && typeof sl === 'object' && slides.push({ slide: sl as Record<string, unknown>, path: ['sections', i, 'slides', j] }));
    });
  } else if (Array.isArray(data.slides)) {
    data.slides.forEach((sl, j) => sl && typeof sl === 'object' && slides.push({ slide: sl as Record<string, unknown>, path: ['slides', j] }));
  }

  const sectionCount = Array.isArray(data.sections) ? data.sections.length : 0;
  if (slides.length + sectionCount > MAX_SLIDES) {
    const over = slides[Math.max(0, MAX_SLIDES - sectionCount)] ?? slides[slides.length - 1]!;
    out.push(report(OUTLINE.tooManySlides, { slides: slides.length, sections: sectionCount, max: MAX_SLIDES }, at(over.path)));
  }
  for (const { slide, path } of slides) {
    noteId(slide.id, path);
    const type = typeof slide.type === 'string' ? slideType(slide.type) : undefined;
    if (!type) continue;
    out.push(...(type.check?.(slide, path, check) ?? []));
    for (const { text, path: tp } of type.texts?.(slide, path) ?? []) {
      const r = parseInline(text);
      if (r.unclosedAt !== undefined) {
        out.push(report(OUTLINE.unclosedEmphasis, {}, { ...at(tp), severity: 'warning' }));
      }
    }
  }
  return out;
}


