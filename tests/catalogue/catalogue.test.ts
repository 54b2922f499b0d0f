/**
 * The catalogue as a whole: every code has its meaning in both languages, every entry and
 * phrase has a Chinese text that is really Chinese (not a copy of the English), entries report
 * under known codes, and no module writes a message outside it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as cli from '../../src/core/catalogue/cli.js';
import { CODES } from '../../src/core/catalogue/codes.js';
import * as exportMessages from '../../src/core/catalogue/export.js';
import * as image from '../../src/core/catalogue/image.js';
import * as layout from '../../src/core/catalogue/layout.js';
import * as outline from '../../src/core/catalogue/outline.js';
import * as output from '../../src/core/catalogue/output.js';
import * as page from '../../src/core/catalogue/page.js';
import * as schema from '../../src/core/catalogue/schema.js';
import * as template from '../../src/core/catalogue/template.js';
import * as yaml from '../../src/core/catalogue/yaml.js';

const CJK = /[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f\u201c\u201d]/;

/** Phrases whose Chinese is rightly the same symbols as the English (a value, a number). */
const SAME_IN_BOTH = new Set(['VALUE.boolean']);

/**
 * A stand-in for any parameter: a text, a number, a list, an object (what entries read of their
 * parameters), so that each entry can be called and its Chinese read as it comes out.
 */
const ANY: unknown = new Proxy(function () {}, {
  get(_t, k) {
    if (k === Symbol.toPrimitive) return (hint: string) => (hint === 'number' ? 2 : 'x');
    if (k === 'length') return 2;
    if (k === 'map' || k === 'flatMap' || k === 'filter') return (f: (v: unknown, i: number) => unknown) => [f(ANY, 0), f(ANY, 1)];
    if (k === 'join') return () => 'x、y';
    if (k === 'toLocaleString' || k === 'toFixed' || k === 'toString' || k === 'trim' || k === 'slice' || k === 'replace') return () => '2';
    if (k === 'en') return 'x';
    if (k === 'zh') return '中';
    return ANY;
  },
  apply: () => ANY,
});

/** What an entry says, called with stand-in parameters; its source text where that cannot run. */
function spoken(f: (p: never) => string): string {
  try {
    return String(f(ANY as never));
  } catch {
    return f.toString();
  }
}

type Entry = { name: string; en: (p: never) => string; zh: (p: never) => string; code?: string };

function entries(): Entry[] {
  const out: Entry[] = [];
  const modules = { cli, exportMessages, image, layout, outline, output, page, schema, template, yaml };
  for (const mod of Object.values(modules)) {
    for (const [groupName, group] of Object.entries(mod)) {
      if (!group || typeof group !== 'object') continue;
      for (const [name, v] of Object.entries(group as Record<string, unknown>)) {
        const e = v as { en?: unknown; zh?: unknown; code?: string; message?: { en: unknown; zh: unknown }; hint?: { en: unknown; zh: unknown } };
        if (typeof e?.en === 'function' && typeof e.zh === 'function') out.push({ name: `${groupName}.${name}`, en: e.en as Entry['en'], zh: e.zh as Entry['zh'] });
        if (e?.message && typeof e.message.en === 'function') {
          out.push({ name: `${groupName}.${name}`, en: e.message.en as Entry['en'], zh: e.message.zh as Entry['zh'], ...(e.code ? { code: e.code } : {}) });
          if (e.hint) out.push({ name: `${groupName}.${name} (hint)`, en: e.hint.en as Entry['en'], zh: e.hint.zh as Entry['zh'] });
        }
      }
    }
  }
  return out;
}

describe('the message catalogue', () => {
  it('gives every code its meaning in English and Chinese', () => {
    for (const [code, c] of Object.entries(CODES)) {
      expect(c.en.length, code).toBeGreaterThan(5);
      expect(c.zh, code).toMatch(CJK);
    }
  });

  it('holds hundreds of entries, each with a Chinese text of its own and a known code', () => {
    const all = entries();
    expect(all.length).toBeGreaterThan(200);
    for (const e of all) {
      if (SAME_IN_BOTH.has(e.name)) continue;
      // the Chinese holds Chinese characters, and is not the English again
      expect(spoken(e.zh), e.name).toMatch(CJK);
      expect(spoken(e.zh), e.name).not.toBe(spoken(e.en));
      if (e.code) expect(Object.keys(CODES), e.name).toContain(e.code);
    }
  });

  it('is the only place messages are written: no module builds a Diagnostic by hand', () => {
    const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.ts') ? [join(dir, n)] : []));
    const wrong = files('src').filter((f) => !f.startsWith('src/core/catalogue/') && /\bseverity: '(error|warning)', message: /.test(readFileSync(f, 'utf8')));
    expect(wrong).toEqual([]);
  });
});
