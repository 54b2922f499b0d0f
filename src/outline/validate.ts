/**
 * Validates a parsed outline: the schema first, then the rules a schema cannot say
 * (sections or slides, unique ids, approx words that fit the deck's language, …).
 * Every problem is returned at once, each with its position.
 */
import type { $ZodIssue } from 'zod/v4/core';
import { report } from '../core/catalogue/define.js';
import { OUTLINE } from '../core/catalogue/outline.js';
import { formatPath, problem, type Diagnostic, type SourcePos } from '../core/errors.js';
import { forbiddenCharacters } from '../core/forbidden.js';
import { describeValue, issuesToDiagnostics } from '../core/schema-issues.js';
import { closest } from '../core/suggest.js';
import { locateInYaml, type YamlFile } from '../core/yaml-file.js';
import { parseInline } from '../layout/inline.js';
import { slideType, slideTypeNames } from '../slides/registry.js';
import type { SlideCheck } from '../slides/slide-type.js';
import { APPROX_EN, APPROX_ZH, PLANNED_SLIDE_TYPES, outlineSchema, type Lang, type Outline } from './schema.js';

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
      diagnostics: [
        problem('OUTLINE_SCHEMA', `an outline is a mapping of keys (title:, sections:, …), but this file holds ${describeValue(data)}`, {
          pos,
          frame: file.source.frame(pos.line, pos.column),
          hint: 'start with `title: …` and `sections:`; see docs/outline-format.md',
        }),
      ],
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

function messageFor(keyPath: string, issue: $ZodIssue, input: unknown, explain: Explainer): string | undefined {
  if (issue.code === 'invalid_union' && (issue as { note?: string }).note) {
    const type = slideTypeOf(keyPath, input);
    if (type === undefined) return 'a slide needs a `type:`';
    if (typeof type === 'string' && (PLANNED_SLIDE_TYPES as readonly string[]).includes(type)) {
      return `slide type \`${type}\` is not supported yet`;
    }
    return `unknown slide type ${describeValue(type)}`;
  }
  const explained = explain(issue, input)?.message;
  if (explained) return explained;
  if (keyPath.endsWith('approx') && issue.code === 'invalid_value') {
    return `${describeValue(input)} is not an approximation word; allowed: ${APPROX_ZH.join(' ')} (zh-CN) or ${APPROX_EN.join(' ')} (en)`;
  }
  if (keyPath === 'lang' && issue.code === 'invalid_value') return `${describeValue(input)} is not a supported language`;
  if (keyPath.endsWith('.id') && issue.code === 'invalid_format') return `id ${describeValue(input)} may hold only letters, digits, - and _`;
  return undefined;
}

function hintFor(keyPath: string, issue: $ZodIssue, input: unknown, explain: Explainer): string | undefined {
  const last = keyPath.split('.').pop();
  const names = slideTypeNames();
  if (issue.code === 'invalid_union' && (issue as { note?: string }).note) {
    const type = slideTypeOf(keyPath, input);
    const guess = typeof type === 'string' ? closest(type, names) : undefined;
    if (typeof type === 'string' && (PLANNED_SLIDE_TYPES as readonly string[]).includes(type)) {
      return `use one of: ${names.join(', ')}`;
    }
    return guess ? `did you mean \`type: ${guess}\`?` : `use one of: ${names.join(', ')}`;
  }
  const explained = explain(issue, input)?.hint;
  if (explained) return explained;
  if ((last === 'value' || last === 'of') && issue.code === 'invalid_type') {
    const s = typeof input === 'string' ? input : '';
    const digits = s.match(/^\s*([近约超逾]?)\s*([\d,.]+)\s*(余|多)?\s*(\S*?)\s*(以上|以下)?\s*$/);
    if (digits) {
      const approx = digits[1] || digits[3] || digits[5];
      const unit = digits[4];
      return `write the figure as a bare number: ${last}: ${digits[2]!.replace(/,/g, '')}${approx ? `, with approx: ${approx}` : ''}${unit ? ` and unit: ${unit}` : ''}`;
    }
    return `write the figure as digits, e.g. ${last}: 1400 (with approx: 余 for 1400余)`;
  }
  if (last === 'approx' && issue.code === 'invalid_value') {
    return `use one of: ${APPROX_ZH.join(' ')} (Chinese decks) or ${APPROX_EN.join(' ')} (English decks)`;
  }
  if (last === 'lang' && issue.code === 'invalid_value') return 'use zh-CN or en';
  if (last === 'slides' && issue.code === 'too_small') return 'add at least one slide, e.g. `- type: points`';
  return undefined;
}

type Explainer = (issue: $ZodIssue, input: unknown) => { message?: string; hint?: string } | undefined;

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
    out.push(problem('OUTLINE_SCHEMA', 'an outline has `sections` or `slides`, not both', { ...at(['slides'], true), hint: 'move these slides into a section, or drop `sections`' }));
  } else if (data.sections === undefined && data.slides === undefined && data.title !== undefined) {
    out.push(problem('OUTLINE_SCHEMA', 'the outline has no slides', { ...at([]), hint: 'add `sections:` (each with `title` and `slides`) or a plain `slides:` list' }));
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
    out.push(
      problem('DECK_TOO_LARGE', `the outline has ${slides.length.toLocaleString('en-US')} slides and ${sectionCount} sections; a deck holds at most ${MAX_SLIDES.toLocaleString('en-US')} of them together`, {
        ...at(over.path),
        hint: 'split the outline into several decks',
      }),
    );
  }
  for (const { slide, path } of slides) {
    noteId(slide.id, path);
    const type = typeof slide.type === 'string' ? slideType(slide.type) : undefined;
    if (!type) continue;
    out.push(...(type.check?.(slide, path, check) ?? []));
    for (const { text, path: tp } of type.texts?.(slide, path) ?? []) {
      const r = parseInline(text);
      if (r.unclosedAt !== undefined) {
        out.push(problem('OUTLINE_MARKUP', 'a `**` opens emphasis but nothing closes it; it is shown as typed', { ...at(tp), severity: 'warning', hint: 'add the closing `**`, or remove the stray one' }));
      }
    }
  }
  return out;
}


