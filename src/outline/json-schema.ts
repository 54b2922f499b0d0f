/**
 * JSON Schemas for editors, generated from the zod schemas (the single source of truth):
 * outline/outline.schema.json and templates/template.schema.json. `npm run schemas` writes
 * them; a test keeps the committed files in step.
 */
import { toJSONSchema } from 'zod/v4/core';
import { templateFileSchema } from '../template/schema.js';
import { outlineSchema } from './schema.js';

function withHeader(schema: Record<string, unknown>, id: string, title: string): Record<string, unknown> {
  return { $id: id, title, ...schema };
}

export function outlineJsonSchema(): Record<string, unknown> {
  return withHeader(toJSONSchema(outlineSchema(), { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>, 'https://briefdeck.dev/schema/outline.json', 'briefdeck outline');
}

export function templateJsonSchema(): Record<string, unknown> {
  return withHeader(toJSONSchema(templateFileSchema(), { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>, 'https://briefdeck.dev/schema/template.json', 'briefdeck template');
}

export function serialize(schema: Record<string, unknown>): string {
  return JSON.stringify(schema, null, 2) + '\n';
}
