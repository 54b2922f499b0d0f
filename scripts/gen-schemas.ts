// Writes the JSON Schemas generated from the zod schemas: `npm run schemas`.
import { writeFileSync } from 'node:fs';
import { outlineJsonSchema, serialize, templateJsonSchema } from '../src/outline/json-schema.js';

writeFileSync('outline/outline.schema.json', serialize(outlineJsonSchema()));
writeFileSync('templates/template.schema.json', serialize(templateJsonSchema()));
console.log('wrote outline/outline.schema.json and templates/template.schema.json');
