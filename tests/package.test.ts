/** The packed package holds what its messages and the skeleton outline refer to (docs/…, the schemas, templates). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));

describe('package.json files', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { files: string[]; bin: Record<string, string> };
  const shipped = (p: string) => pkg.files.some((f) => p === f || p.startsWith(`${f}/`));

  it('ships every docs/ file that the source mentions, the outline schema, templates and the worker', () => {
    const mentioned = new Set<string>();
    for (const f of files('src')) for (const m of readFileSync(f, 'utf8').matchAll(/\bdocs\/[\w-]+\.md/g)) mentioned.add(m[0]);
    expect(mentioned.size).toBeGreaterThan(0);
    for (const doc of mentioned) {
      expect(existsSync(doc), doc).toBe(true);
      expect(shipped(doc), doc).toBe(true);
    }
    for (const p of ['outline/outline.schema.json', 'templates/party-red/template.yaml', 'dist/build-worker.mjs', pkg.bin.briefdeck!]) expect(shipped(p), p).toBe(true);
  });

  it('the CLI bundle carries the built-in templates’ text, for KNOWN_YAML', () => {
    // the bundle is built by the tests' global set-up (src/core/yaml-known.ts is filled in there)
    const bundle = readFileSync('dist/briefdeck.cjs', 'latin1');
    const names = readdirSync('templates').filter((n) => existsSync(join('templates', n, 'template.yaml')));
    // each file's first line, as written (the scaffold of `template new` writes it from a variable)
    const head = readFileSync(join('templates', names[0]!, 'template.yaml'), 'utf8').split('\n')[0]!;
    expect(bundle.split(head).length - 1).toBe(names.length);
    for (const n of names) expect(bundle.includes(`name: ${n}`), n).toBe(true);
  });
});
