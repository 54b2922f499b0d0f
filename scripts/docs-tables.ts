/**
 * The parts of the docs that are lists of what the code has: the slide types (from the
 * registry) and the outline's error codes (from the catalogue) in docs/outline-format.md, the
 * text roles of templates (the frame's and the slide types') and the templates' error codes in
 * docs/templates.md. Each sits between `<!-- generated: NAME -->` and
 * `<!-- end: NAME -->`; `npm run docs` rewrites them and tests/docs.test.ts keeps them in step.
 */
import { CODES, type CodeInfo } from '../src/core/catalogue/codes.js';
import { FRAME_ROLES } from '../src/layout/theme.js';
import { slideTypes } from '../src/slides/registry.js';
import { loadTemplate } from '../src/template/load.js';

export interface Generated {
  file: string;
  name: string;
  text: string;
}

function slideTypeTable(): string {
  const rows = slideTypes().map((t) => {
    const shape = (t.schema as unknown as { def: { shape: Record<string, unknown> } }).def.shape;
    const keys = Object.keys(shape).filter((k) => !['type', 'title', 'notes', 'id'].includes(k));
    const layout = typeof t.layout === 'string' ? t.layout : `${t.layout.key} (${t.layout.name.zh} / ${t.layout.name.en})`;
    return `| \`${t.name}\` | ${t.summary} | ${keys.map((k) => `\`${k}\``).join(', ')} | ${layout} |`;
  });
  return ['| type | what it shows | its keys (besides title, notes, id) | layout |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function roleTable(): string {
  const party = loadTemplate('party-red').theme.type;
  const rows: string[] = [];
  const add = (role: string, uses: string, limits: readonly [number, number], owner: string) => {
    const r = party[role];
    rows.push(`| \`${role}\` | ${uses} | ${r ? `${r[0]}–${r[1]}` : '—'} | ${limits[0]}–${limits[1]} | ${owner} |`);
  };
  for (const [role, spec] of Object.entries(FRAME_ROLES)) add(role, spec.uses, spec.limits, 'frame');
  for (const t of slideTypes()) for (const [role, spec] of Object.entries(t.roles ?? {})) add(role, spec.uses, spec.limits, `\`type: ${t.name}\` (default ${spec.default[0]}–${spec.default[1]})`);
  return ['| role | text | party-red | safe limits | from |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** The error codes a doc lists, from the catalogue (src/core/catalogue/codes.ts), in both languages. */
function codeTable(which: 'outline' | 'template' | 'export'): string {
  const rows = (Object.entries(CODES) as [string, CodeInfo][])
    .filter(([, c]) => c.docs === which || (c.docs === 'both' && which !== 'export'))
    .map(([code, c]) => `| \`${code}\`${c.warning === 'always' ? ' (warning)' : ''} | ${c.en} | ${c.zh} |`);
  return ['| code | meaning | 含义 |', '| --- | --- | --- |', ...rows].join('\n');
}

export function generatedSections(): Generated[] {
  return [
    { file: 'docs/outline-format.md', name: 'slide-types', text: slideTypeTable() },
    { file: 'docs/outline-format.md', name: 'error-codes', text: codeTable('outline') },
    { file: 'docs/templates.md', name: 'text-roles', text: roleTable() },
    { file: 'docs/templates.md', name: 'error-codes', text: codeTable('template') },
    { file: 'docs/export.md', name: 'error-codes', text: codeTable('export') },
  ];
}

/** The file's text with the section replaced; throws when its markers are missing. */
export function withSection(doc: string, name: string, text: string): string {
  const start = `<!-- generated: ${name} (npm run docs) -->`;
  const end = `<!-- end: ${name} -->`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i < 0 || j < i) throw new Error(`docs: the markers of ${name} are missing`);
  return `${doc.slice(0, i + start.length)}\n${text}\n${doc.slice(j)}`;
}
