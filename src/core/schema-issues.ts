/**
 * Turns zod issues into Diagnostics that point at the YAML: FILE:LINE:COLUMN, the key path,
 * a sentence a person understands, and a hint. Shared by outlines and templates.
 */
import type { $ZodIssue, $ZodType } from 'zod/v4/core';
import { formatPath, problem, type Diagnostic, type ErrorCode } from './errors.js';
import { closest } from './suggest.js';
import { shorten } from './text.js';
import { locateInYaml, type YamlFile } from './yaml-file.js';

type Path = (string | number)[];

export interface IssueContext {
  file: YamlFile;
  schema: $ZodType;
  code: ErrorCode;
  unknownKeyCode: ErrorCode;
  /** Extra advice for a key path (the path without array indexes, e.g. `sections.slides.numbers.value`). */
  hintFor?: (keyPath: string, issue: $ZodIssue, input: unknown, path: readonly PropertyKey[]) => string | undefined;
  /** A better message for a whole issue, or undefined to use the default. */
  messageFor?: (keyPath: string, issue: $ZodIssue, input: unknown, path: readonly PropertyKey[]) => string | undefined;
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
      const expected = [...new Set(branches.map((b) => b.find((i) => i.path.length === 0 && i.code === 'invalid_type') as { expected: string }).map((i) => TYPE_WORDS[i.expected] ?? i.expected))];
      const input = valueAt(ctx.file.data, path);
      const quote = (typeof input === 'number' || typeof input === 'boolean') && expected.includes('text') ? 'put the text in quotes' : undefined;
      out.push(at(ctx, path, false, ctx.code, `expected ${expected.join(', or ')}, got ${describeValue(input)}`, quote));
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
      out.push(
        at(ctx, [...path, key], true, ctx.unknownKeyCode, `unknown key \`${shorten(key, 40)}\``, guess ? `did you mean \`${guess}\`?` : allowed.length ? `allowed here: ${allowed.join(', ')}` : undefined),
      );
    }
    return;
  }
  const keyPath = path.filter((p) => typeof p === 'string').join('.');
  const message = ctx.messageFor?.(keyPath, issue, input, path) ?? defaultMessage(issue, path, input);
  const hint = ctx.hintFor?.(keyPath, issue, input, path) ?? defaultHint(issue, path, input);
  out.push(at(ctx, path, false, ctx.code, message, hint));
}

function at(ctx: IssueContext, path: Path, key: boolean, code: ErrorCode, message: string, hint: string | undefined): Diagnostic {
  const offset = locateInYaml(ctx.file, path, key);
  const pos = ctx.file.source.position(offset, formatPath(path));
  const extra: { pos: typeof pos; frame: string; hint?: string } = { pos, frame: ctx.file.source.frame(pos.line, pos.column) };
  if (hint) extra.hint = hint;
  return problem(code, message, extra);
}

/** Of the alternatives of a union, the one the writer most likely meant: not rejected at its root. */
function pickBranch(branches: $ZodIssue[][]): $ZodIssue[] {
  const rootMismatch = (b: $ZodIssue[]) => b.some((i) => i.path.length === 0 && i.code === 'invalid_type');
  const deeper = branches.filter((b) => !rootMismatch(b));
  if (deeper.length > 0) return deeper.reduce((a, b) => (b.length < a.length ? b : a));
  return branches[0]!;
}

export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'an empty value';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `"${v.length > 40 ? v.slice(0, 40) + '…' : v}"`;
  if (typeof v === 'number') return Number.isNaN(v) ? '.nan (not a number)' : Number.isFinite(v) ? `the number ${v}` : 'infinity';
  if (typeof v === 'boolean') return `${v}`;
  return typeof v;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'a mapping of keys',
  array: 'a list',
};

function defaultMessage(issue: $ZodIssue, path: Path, input: unknown): string {
  const last = path[path.length - 1];
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined && typeof last === 'string') return `required key \`${last}\` is missing`;
      if (typeof input === 'number' && issue.expected === 'number') return `expected a finite number, got ${describeValue(input)}`;
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      return `expected ${expected}, got ${describeValue(input)}`;
    }
    case 'invalid_value':
      return `${describeValue(input)} is not allowed here; use one of: ${issue.values.map(String).join(' ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return 'must not be empty';
      return `must be ${issue.inclusive ? 'at least' : 'greater than'} ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `has ${Array.isArray(input) ? input.length : 'too many'} items; at most ${issue.maximum} are allowed`;
      if (issue.origin === 'string') return `is ${typeof input === 'string' ? input.length.toLocaleString('en-US') : 'too many'} characters long; at most ${Number(issue.maximum).toLocaleString('en-US')} are allowed`;
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
    case 'invalid_format':
      return `${describeValue(input)} has the wrong form`;
    case 'invalid_union':
      return `${describeValue(input)} is not allowed here`;
    default:
      return issue.message;
  }
}

function defaultHint(issue: $ZodIssue, path: Path, input: unknown): string | undefined {
  const last = path[path.length - 1];
  if (issue.code === 'invalid_type' && input === undefined && typeof last === 'string') return `add \`${last}: …\``;
  if (issue.code === 'invalid_type' && issue.expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')) {
    return 'put the text in quotes';
  }
  if (issue.code === 'invalid_type' && input === null) return 'write a value after the colon, or delete the key';
  if (issue.code === 'too_big' && issue.origin === 'string') return 'shorten it: a slide shows a few lines; longer text belongs in the notes or the report';
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
