/**
 * Lower layers never import higher ones (docs/architecture.md):
 * core ← deck ← layout ← slides ← report ← outline/template ← compose ← render ← export ← build ← watch, draft ← cli
 * (index.ts: the public API, on top). Writers (render) read only the Deck.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const RANK: Record<string, number> = { core: 0, deck: 1, layout: 2, slides: 3, report: 3.5, outline: 4, template: 4, compose: 5, render: 6, export: 6.5, 'build.ts': 7, watch: 8, draft: 8, cli: 9, 'index.ts': 10 };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const layer = (file: string) => relative('src', file).split('/')[0]!;

describe('layers', () => {
  const all = files('src');

  it('every source file is in a known layer', () => {
    for (const f of all) expect(RANK[layer(f)], f).toBeDefined();
  });

  it('no module imports from a higher layer', () => {
    const wrong: string[] = [];
    for (const f of all) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gm)) {
        const target = relative('src', resolve(dirname(f), m[1]!.replace(/\.js$/, '.ts')));
        const to = target.split('/')[0]!;
        if (RANK[to]! > RANK[layer(f)]!) wrong.push(`${f} imports ${m[1]} (${to} is above ${layer(f)})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('writers read only the Deck: render/ imports nothing of layout, outline or template', () => {
    const wrong: string[] = [];
    for (const f of all.filter((x) => layer(x) === 'render')) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gm)) {
        const to = relative('src', resolve(dirname(f), m[1]!)).split('/')[0]!;
        if (!['render', 'deck', 'core'].includes(to)) wrong.push(`${f} imports ${m[1]}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('only the CLI imports draft/, and only report/read.ts loads the Word and PDF readers', () => {
    for (const f of all) {
      const text = readFileSync(f, 'utf8');
      if (/from '\.\.?\/(?:\.\.\/)*draft\//.test(text)) expect(['draft', 'cli'], f).toContain(layer(f));
      if (/import\('(?:mammoth|pdfjs-dist)/.test(text)) expect(f).toBe('src/report/read.ts');
    }
  });

  it('no source imports pptxgenjs (the bench’s baseline and tests only), and only the CLI ends the process', () => {
    for (const f of all) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/from 'pptxgenjs'/);
      if (/process\.exit\(/.test(text)) expect(layer(f), f).toBe('cli');
    }
  });
});
