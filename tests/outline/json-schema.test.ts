import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { outlineJsonSchema, serialize, templateJsonSchema } from '../../src/outline/json-schema.js';
import { loadOutline } from '../../src/outline/load.js';

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const STALE = 'the committed JSON Schema is out of date with the zod schema: run `npm run schemas` and commit the result';

describe('committed JSON Schemas are generated from the zod schemas', () => {
  it('outline/outline.schema.json', () => {
    expect(readFileSync(root('outline/outline.schema.json'), 'utf8'), STALE).toBe(serialize(outlineJsonSchema()));
  });

  it('templates/template.schema.json', () => {
    expect(readFileSync(root('templates/template.schema.json'), 'utf8'), STALE).toBe(serialize(templateJsonSchema()));
  });

  it('serialize() is stable JSON with a final newline', () => {
    const text = serialize(outlineJsonSchema());
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(outlineJsonSchema());
    expect(serialize(outlineJsonSchema())).toBe(text);
  });
});

// ── a tiny JSON Schema (draft-07 subset) validator ──────────────────────────────────────────
// It knows exactly the keywords the generated schemas use and refuses any other, so a new
// keyword in the generated schema cannot be silently ignored here.

type Schema = Record<string, unknown>;
const ANNOTATIONS = new Set(['$id', '$schema', 'title', 'description', 'default']);
const KEYWORDS = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'additionalItems',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'enum',
  'const',
  'anyOf',
  'oneOf',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
]);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function hasType(v: unknown, type: string): boolean {
  switch (type) {
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'object':
      return typeOf(v) === 'object';
    default:
      return typeOf(v) === type;
  }
}

function validate(schema: Schema, v: unknown, path = '$'): string[] {
  const errors: string[] = [];
  for (const key of Object.keys(schema)) {
    if (!KEYWORDS.has(key) && !ANNOTATIONS.has(key)) throw new Error(`validator does not know keyword ${key} at ${path}`);
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((t) => hasType(v, t))) return [`${path}: expected ${types.join('|')}, got ${typeOf(v)}`];
  }
  if (schema.const !== undefined && v !== schema.const) errors.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  if (schema.enum !== undefined && !(schema.enum as unknown[]).includes(v)) errors.push(`${path}: ${JSON.stringify(v)} not in enum`);
  if (typeof v === 'string') {
    const len = [...v].length;
    if (typeof schema.minLength === 'number' && len < schema.minLength) errors.push(`${path}: shorter than ${schema.minLength}`);
    if (typeof schema.maxLength === 'number' && len > schema.maxLength) errors.push(`${path}: longer than ${schema.maxLength}`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(v)) errors.push(`${path}: does not match ${schema.pattern}`);
  }
  if (typeof v === 'number') {
    if (typeof schema.minimum === 'number' && v < schema.minimum) errors.push(`${path}: below minimum`);
    if (typeof schema.maximum === 'number' && v > schema.maximum) errors.push(`${path}: above maximum`);
    if (typeof schema.exclusiveMinimum === 'number' && v <= schema.exclusiveMinimum) errors.push(`${path}: not above ${schema.exclusiveMinimum}`);
    if (typeof schema.exclusiveMaximum === 'number' && v >= schema.exclusiveMaximum) errors.push(`${path}: not below ${schema.exclusiveMaximum}`);
  }
  if (Array.isArray(v)) {
    if (typeof schema.minItems === 'number' && v.length < schema.minItems) errors.push(`${path}: fewer than ${schema.minItems} items`);
    if (typeof schema.maxItems === 'number' && v.length > schema.maxItems) errors.push(`${path}: more than ${schema.maxItems} items`);
    if (Array.isArray(schema.items)) {
      // a tuple: one schema per position, then additionalItems for the rest
      const tuple = schema.items as Schema[];
      v.forEach((item, i) => {
        if (i < tuple.length) errors.push(...validate(tuple[i]!, item, `${path}[${i}]`));
        else if (schema.additionalItems === false) errors.push(`${path}: more than ${tuple.length} items`);
        else if (typeOf(schema.additionalItems) === 'object') errors.push(...validate(schema.additionalItems as Schema, item, `${path}[${i}]`));
      });
    } else if (schema.items !== undefined) v.forEach((item, i) => errors.push(...validate(schema.items as Schema, item, `${path}[${i}]`)));
  }
  if (typeOf(v) === 'object') {
    const obj = v as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const r of (schema.required ?? []) as string[]) if (!(r in obj)) errors.push(`${path}: missing required ${r}`);
    for (const [k, val] of Object.entries(obj)) {
      if (props[k]) errors.push(...validate(props[k]!, val, `${path}.${k}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: additional property ${k}`);
      else if (typeOf(schema.additionalProperties) === 'object') errors.push(...validate(schema.additionalProperties as Schema, val, `${path}.${k}`));
    }
  }
  if (schema.anyOf !== undefined) {
    const ok = (schema.anyOf as Schema[]).some((s) => validate(s, v, path).length === 0);
    if (!ok) errors.push(`${path}: matches none of anyOf`);
  }
  if (schema.oneOf !== undefined) {
    const n = (schema.oneOf as Schema[]).filter((s) => validate(s, v, path).length === 0).length;
    if (n !== 1) errors.push(`${path}: matches ${n} of oneOf (needs exactly 1)`);
  }
  return errors;
}

describe('the tiny validator', () => {
  it('checks the keywords it claims to check', () => {
    const s: Schema = {
      type: 'object',
      required: ['a'],
      additionalProperties: false,
      properties: { a: { type: 'string', minLength: 1, pattern: '^x' }, n: { type: 'array', maxItems: 1, items: { enum: [1] } } },
    };
    expect(validate(s, { a: 'xy' })).toEqual([]);
    expect(validate(s, { a: '' })).toHaveLength(2);
    expect(validate(s, {})).toEqual(['$: missing required a']);
    expect(validate(s, { a: 'x', b: 1 })).toEqual(['$: additional property b']);
    expect(validate(s, { a: 'x', n: [1, 1] })).toEqual(['$.n: more than 1 items']);
    expect(validate(s, { a: 'x', n: [2] })).toEqual(['$.n[0]: 2 not in enum']);
    expect(validate(s, [])).toEqual(['$: expected object, got array']);
    expect(() => validate({ if: {} }, 1)).toThrow(/does not know keyword if/);
    const tuple: Schema = { type: 'array', items: [{ type: 'number' }, { type: 'string' }], additionalItems: false };
    expect(validate(tuple, [1, 'a'])).toEqual([]);
    expect(validate(tuple, ['a', 'a'])).toEqual(['$[0]: expected number, got string']);
    expect(validate(tuple, [1, 'a', 2])).toEqual(['$: more than 2 items']);
  });
});

describe('the outline JSON Schema', () => {
  const schema = JSON.parse(readFileSync(root('outline/outline.schema.json'), 'utf8')) as Schema;
  const sanlian = () => parse(readFileSync(root('outline/sanlian.yaml'), 'utf8')) as Record<string, unknown>;

  it('is a draft-07 object schema that forbids unknown top-level keys and requires title', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['title']);
  });

  it('names every top-level key of the outline format', () => {
    const props = Object.keys(schema.properties as object);
    for (const key of ['title', 'subtitle', 'organization', 'date', 'template', 'lang', 'source', 'agenda', 'footer', 'sections', 'slides', 'closing']) {
      expect(props).toContain(key);
    }
  });

  it('lists the approximation words, languages and formats as enums', () => {
    const text = JSON.stringify(schema);
    for (const w of ['余', '多', '以上', '以下', '近', '约', '超', '逾', '+', '~', '>', '<']) expect(text).toContain(JSON.stringify(w));
    const lang = (schema.properties as Record<string, Schema>).lang!;
    expect(lang.enum).toEqual(['zh-CN', 'en']);
    expect(text).toContain('"enum":["plain","grouped","wan"]');
  });

  it('accepts the shipped outline outline/sanlian.yaml', () => {
    expect(validate(schema, sanlian())).toEqual([]);
  });

  it('and the shipped outline also passes the zod validation without warnings', () => {
    const doc = loadOutline(root('outline/sanlian.yaml'));
    expect(doc.warnings).toEqual([]);
    expect(doc.outline.title).toBe(sanlian().title);
  });

  it('rejects an unknown top-level key', () => {
    expect(validate(schema, { ...sanlian(), titel: 'x' })).toEqual(['$: additional property titel']);
  });

  it('rejects other mistakes in the shipped outline', () => {
    const withoutTitle = sanlian();
    delete withoutTitle.title;
    expect(validate(schema, withoutTitle)).toEqual(['$: missing required title']);

    const badLang = { ...sanlian(), lang: 'fr' };
    expect(validate(schema, badLang).join('\n')).toMatch(/\$\.lang/);

    const badSlide = sanlian();
    const sections = badSlide.sections as { slides: Record<string, unknown>[] }[];
    sections[0]!.slides[0]!.type = 'table';
    expect(validate(schema, badSlide).join('\n')).toMatch(/sections\[0\]\.slides\[0\]: matches 0 of oneOf/);

    const badApprox = sanlian();
    const numbersSlide = (badApprox.sections as { slides: Record<string, unknown>[] }[])
      .flatMap((s) => s.slides)
      .find((s) => s.type === 'numbers') as { numbers: Record<string, unknown>[] } | undefined;
    expect(numbersSlide).toBeDefined();
    numbersSlide!.numbers[0]!.approx = '好';
    expect(validate(schema, badApprox)).not.toEqual([]);
  });
});

describe('the template JSON Schema', () => {
  it('accepts the built-in party-red template', () => {
    const schema = JSON.parse(readFileSync(root('templates/template.schema.json'), 'utf8')) as Schema;
    const data = parse(readFileSync(root('templates/party-red/template.yaml'), 'utf8'));
    expect(validate(schema, data)).toEqual([]);
    expect(validate(schema, { ...data, colours: {} })).toContain('$: additional property colours');
  });
});
