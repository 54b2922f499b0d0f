/** `briefdeck init`: the skeleton builds as it is, names every slide type, its $schema line resolves, it never overwrites. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENTED_TYPES } from '../../src/outline/skeleton.js';
import { slideTypes } from '../../src/slides/registry.js';
import { runCli } from '../helpers/cli.js';

let dir: string;
const at = (p: string) => join(dir, p);
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bd-init-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function schemaOf(file: string): string {
  const m = /^# yaml-language-server: \$schema=(.+)$/m.exec(readFileSync(file, 'utf8'));
  expect(m, 'a $schema line').not.toBeNull();
  return resolve(dirname(file), m![1]!);
}

describe('briefdeck init', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`init x.yaml && build x.yaml (${lang}): a deck with every live slide type`, async () => {
      const file = at(`${lang}/nested/x.yaml`);
      const r = await runCli(['init', file, '--lang', lang]);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(lang === 'zh' ? /待填写的大纲/ : /an outline to fill in/);
      const built = await runCli(['build', file, '-o', at(`${lang}/x.pptx`)]);
      expect(built.err).toBe('');
      expect(built.code).toBe(0);
      expect(existsSync(at(`${lang}/x.pptx`))).toBe(true);
      const text = readFileSync(file, 'utf8');
      for (const t of slideTypes()) {
        const live = new RegExp(`^ {6}- type: ${t.name}\\b`, 'm');
        const commented = new RegExp(`^ {6}# - type: ${t.name}\\b`, 'm');
        expect((COMMENTED_TYPES as readonly string[]).includes(t.name) ? commented.test(text) : live.test(text), t.name).toBe(true);
      }
      expect(lang === 'zh' ? /[\u4e00-\u9fff]/.test(text) : !/[\u4e00-\u9fff]/.test(text)).toBe(true);
    });
  }

  it('the $schema path, relative to the file, is the package’s outline.schema.json', async () => {
    for (const rel of ['a.yaml', 'deep/er/b.yaml']) {
      expect((await runCli(['init', at(rel)])).code).toBe(0);
      const schema = schemaOf(at(rel));
      expect(existsSync(schema), schema).toBe(true);
      expect(JSON.parse(readFileSync(schema, 'utf8')).$schema).toMatch(/json-schema/);
      expect(readFileSync(at(rel), 'utf8')).not.toMatch(/\$schema=\//); // relative, not absolute
    }
  });

  it('refuses to overwrite (INIT_EXISTS, exit 1), and wants a .yaml name', async () => {
    mkdirSync(at('keep'), { recursive: true });
    writeFileSync(at('keep/mine.yaml'), 'title: mine\n');
    const r = await runCli(['init', at('keep/mine.yaml')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/INIT_EXISTS .*mine\.yaml already exists/);
    expect(readFileSync(at('keep/mine.yaml'), 'utf8')).toBe('title: mine\n');
    expect((await runCli(['init', at('x.txt')])).code).toBe(2);
  });
});
