/**
 * Turns zod issues into Diagnostics that point at the YAML: FILE:LINE:COLUMN, the key path,
 * a sentence a person understands, and a hint. Shared by outlines and templates.
 */
import type { $ZodIssue, $ZodType } from 'zod/v4/core';
import { both, reportText, say, type Localized, type MessageLang } from './catalogue/define.js';
import { SCHEMA, TYPE_WORDS, VALUE } from './catalogue/schema.js';
import { formatPath, type Diagnostic, type ErrorCode } from './errors.js';
import { closest } from './suggest.js';
import { locateInYaml, type YamlFile } from './yaml-file.js';

type Path = (string | number)[];

export interface IssueContext {
  file: YamlFile;
  schema: $ZodType;
  code: ErrorCode;
  unknownKeyCode: ErrorCode;
  /**
   * Extra advice for a key path (the path without array indexes, e.g. `sections.slides.numbers.value`):
   * in both languages, or a plain string (then the same in both).
   */
  hintFor?: (keyPath: string, issue: $ZodIssue, input: unknown, path: readonly PropertyKey[]) => string | Localized | undefined;
  /** A better message for a whole issue (in both languages, or a plain string), or undefined to use the default. */
  messageFor?: (keyPath: string, issue: $ZodIssue, input: unknown, path: readonly PropertyKey[]) => string | Localized | undefined;
}

export function issuesToDiagnostics(issues: readonly $ZodIssue[], ctx: IssueContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of withItemIssues(dropLengthOfWrongType(issues), ctx)) collect(issue, [], ctx, out);
  // one problem per position and message is enough
  const seen = new Set<string>();
  return out.filter((d) => {
    const key = `${d.pos?.line}:${d.pos?.column}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A length check also fires on a value of the wrong type (`title: []`); the type error says it all. */
function dropLengthOfWrongType(issues: readonly $ZodIssue[]): $ZodIssue[] {
  const typed = new Set(issues.filter((i) => i.code === 'invalid_type').map((i) => JSON.stringify(i.path)));
  return issues.filter((i) => !((i.code === 'too_small' || i.code === 'too_big') && typed.has(JSON.stringify(i.path))));
}

/**
 * When a list is too long or too short, zod stops before checking its items; check them
 * here, so that every problem is reported in one run.
 */
function withItemIssues(issues: $ZodIssue[], ctx: IssueContext): $ZodIssue[] {
  const out = [...issues];
  for (const issue of issues) {
    if ((issue.code !== 'too_big' && issue.code !== 'too_small') || issue.origin !== 'array') continue;
    const path = issue.path as Path;
    const list = valueAt(ctx.file.data, path);
    const element = elementSchema(ctx.schema, path, ctx.file.data);
    if (!Array.isArray(list) || !element) continue;
    list.forEach((item, i) => {
      const r = (element as unknown as { '~standard': { validate(v: unknown): { issues?: $ZodIssue[] } } })['~standard'].validate(item);
      for (const sub of r.issues ?? []) out.push({ ...sub, path: [...path, i, ...(sub.path as Path)] } as $ZodIssue);
    });
  }
  return out;
}

function collect(issue: $ZodIssue, prefix: Path, ctx: IssueContext, out: Diagnostic[]): void {
  const path: Path = [...prefix, ...(issue.path as Path)];
  if (issue.code === 'invalid_union' && issue.errors.length > 0 && !(issue as { note?: string }).note) {
    const branches = issue.errors as $ZodIssue[][];
    // every alternative rejects the value's type: say what would have been accepted
    if (branches.every((b) => b.some((i) => i.path.length === 0 && i.code === 'invalid_type'))) {
      const types = [...new Set(branches.map((b) => (b.find((i) => i.path.length === 0 && i.code === 'invalid_type') as { expected: string }).expected))];
      const expected = [...new Map(types.map((t) => typeWords(t)).map((w) => [w.en, w])).values()];
      const input = valueAt(ctx.file.data, path);
      const quote = (typeof input === 'number' || typeof input === 'boolean') && types.includes('string') ? both(SCHEMA.putInQuotes, {}) : undefined;
      out.push(at(ctx, path, false, ctx.code, both(SCHEMA.expectedOneOf, { expected, got: describeValueBoth(input) }), quote));
      return;
    }
    const branch = pickBranch(branches);
    for (const sub of branch) collect(sub, path, ctx, out);
    return;
  }
  const input = valueAt(ctx.file.data, path);
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(ctx.schema, path, ctx.file.data);
    for (const key of issue.keys) {
      const guess = closest(key, allowed);
      const hint = guess ? both(SCHEMA.didYouMean, { key: guess }) : allowed.length ? both(SCHEMA.allowedHere, { keys: allowed }) : undefined;
      out.push(at(ctx, [...path, key], true, ctx.unknownKeyCode, both(SCHEMA.unknownKey, { key }), hint));
    }
    return;
  }
  const keyPath = path.filter((p) => typeof p === 'string').join('.');
  const message = ctx.messageFor?.(keyPath, issue, input, path) ?? defaultMessage(issue, path, input);
  const hint = ctx.hintFor?.(keyPath, issue, input, path) ?? defaultHint(issue, path, input);
  out.push(at(ctx, path, false, ctx.code, message, hint));
}

function at(ctx: IssueContext, path: Path, key: boolean, code: ErrorCode, message: string | Localized, hint: string | Localized | undefined): Diagnostic {
  const offset = locateInYaml(ctx.file, path, key);
  const pos = ctx.file.source.position(offset, formatPath(path));
  return reportText(code, message, hint || undefined, { pos, frame: ctx.file.source.frame(pos.line, pos.column) });
}

/** Of the alternatives of a union, the one the writer most likely meant: not rejected at its root. */
function pickBranch(branches: $ZodIssue[][]): $ZodIssue[] {
  const rootMismatch = (b: $ZodIssue[]) => b.some((i) => i.path.length === 0 && i.code === 'invalid_type');
  const deeper = branches.filter((b) => !rootMismatch(b));
  if (deeper.length > 0) return deeper.reduce((a, b) => (b.length < a.length ? b : a));
  return branches[0]!;
}

/** A value as a message quotes it, in English: `"text"`, `the number 3`, `a list` (describeValueIn for either language). */
export function describeValue(v: unknown): string {
  return describeValueIn(v, 'en');
}

/** A value as a message quotes it, in a language: `"text"` / `“text”`, `the number 3` / `数字 3`, `a list` / `一个列表`. */
export function describeValueIn(v: unknown, lang: MessageLang): string {
  if (v === undefined) return say(VALUE.nothing, {}, lang);
  if (v === null) return say(VALUE.empty, {}, lang);
  if (Array.isArray(v)) return say(VALUE.list, {}, lang);
  if (typeof v === 'object') return say(VALUE.mapping, {}, lang);
  if (typeof v === 'string') return say(VALUE.text, { text: v.length > 40 ? v.slice(0, 40) + '…' : v }, lang);
  if (typeof v === 'number') return Number.isNaN(v) ? say(VALUE.nan, {}, lang) : Number.isFinite(v) ? say(VALUE.number, { n: v }, lang) : say(VALUE.infinity, {}, lang);
  if (typeof v === 'boolean') return say(VALUE.boolean, { b: v }, lang);
  return typeof v;
}

/** A value as a message quotes it, in both languages. */
export function describeValueBoth(v: unknown): Localized {
  return { en: describeValueIn(v, 'en'), zh: describeValueIn(v, 'zh') };
}

/** What a key expects, by zod's type name, in both languages. */
function typeWords(type: string): Localized {
  return TYPE_WORDS[type] ?? { en: type, zh: type };
}

function defaultMessage(issue: $ZodIssue, path: Path, input: unknown): Localized | string {
  const last = path[path.length - 1];
  const got = describeValueBoth(input);
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined && typeof last === 'string') return both(SCHEMA.missingKey, { key: last });
      if (typeof input === 'number' && issue.expected === 'number') return both(SCHEMA.notFinite, { got });
      return both(SCHEMA.expected, { expected: typeWords(issue.expected), got });
    }
    case 'invalid_value':
      return both(SCHEMA.notAllowedUseOneOf, { got, values: issue.values.map(String) });
    case 'too_small':
      if (issue.origin === 'array') return both(SCHEMA.atLeastItems, { n: Number(issue.minimum) });
      if (issue.origin === 'string') return both(SCHEMA.notEmpty, {});
      return both(SCHEMA.atLeast, { n: issue.minimum, inclusive: issue.inclusive ?? false });
    case 'too_big':
      if (issue.origin === 'array') return both(SCHEMA.tooManyItems, { count: Array.isArray(input) ? input.length : undefined, max: issue.maximum });
      if (issue.origin === 'string') return both(SCHEMA.tooLong, { length: typeof input === 'string' ? input.length : undefined, max: Number(issue.maximum) });
      return both(SCHEMA.atMost, { n: issue.maximum, inclusive: issue.inclusive ?? false });
    case 'invalid_format':
      return both(SCHEMA.wrongForm, { got });
    case 'invalid_union':
      return both(SCHEMA.notAllowed, { got });
    default:
      // zod's own sentence (a check of a kind no schema of briefdeck uses)
      return both(SCHEMA.otherProblem, { zod: issue.message });
  }
}

function defaultHint(issue: $ZodIssue, path: Path, input: unknown): Localized | undefined {
  const last = path[path.length - 1];
  if (issue.code === 'invalid_type' && input === undefined && typeof last === 'string') return both(SCHEMA.addKey, { key: last });
  if (issue.code === 'invalid_type' && issue.expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')) {
    return both(SCHEMA.putInQuotes, {});
  }
  if (issue.code === 'invalid_type' && input === null) return both(SCHEMA.valueAfterColon, {});
  if (issue.code === 'too_big' && issue.origin === 'string') return both(SCHEMA.shorten, {});
  return undefined;
}

export function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

interface Def {
  type: string;
  shape?: Record<string, $ZodType>;
  element?: $ZodType;
  innerType?: $ZodType;
  options?: $ZodType[];
  discriminator?: string;
  in?: $ZodType;
}

function defOf(s: $ZodType): Def {
  return (s as unknown as { _zod: { def: Def } })._zod.def;
}

/** The schema that applies at a path of the data (following optional, array, union). */
function schemaAt(schema: $ZodType, path: Path, data: unknown): $ZodType | undefined {
  let s: $ZodType | undefined = schema;
  let value: unknown = data;
  let i = 0;
  while (s) {
    const d = defOf(s);
    if (d.type === 'optional' || d.type === 'nullable' || d.type === 'default') {
      s = d.innerType;
      continue;
    }
    if (d.type === 'pipe') {
      s = d.in;
      continue;
    }
    if (d.type === 'union') {
      const opts: $ZodType[] = d.options ?? [];
      const disc = d.discriminator;
      const v = value as Record<string, unknown> | undefined;
      const match = opts.find((o) => {
        const od = defOf(o);
        if (od.type !== 'object') return false;
        if (disc && v && typeof v === 'object') {
          const lit = od.shape?.[disc];
          const values = lit ? (defOf(lit) as unknown as { values?: unknown[] }).values : undefined;
          return values ? values.includes(v[disc]) : false;
        }
        return true;
      });
      s = match ?? opts.find((o) => defOf(o).type === 'object');
      if (!s) return undefined;
      continue;
    }
    if (i === path.length) return s;
    const seg = path[i++]!;
    if (d.type === 'object') s = d.shape?.[String(seg)];
    else if (d.type === 'array') s = d.element;
    else return undefined;
    value = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[seg] : undefined;
  }
  return s;
}

function elementSchema(schema: $ZodType, path: Path, data: unknown): $ZodType | undefined {
  const s = schemaAt(schema, path, data);
  return s && defOf(s).type === 'array' ? defOf(s).element : undefined;
}

export function allowedKeys(schema: $ZodType, path: Path, data: unknown): string[] {
  const s = schemaAt(schema, path, data);
  if (!s) return [];
  const d = defOf(s);
  return d.type === 'object' && d.shape ? Object.keys(d.shape).filter((k) => !k.startsWith('$')) : [];
}
