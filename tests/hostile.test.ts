// Hostile input, output paths and files that are not what they claim (issue 9): nothing lost,
// nothing hung, every problem an error with its place. One block per case of the audit.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { build } from '../src/build.js';
import { DeckError } from '../src/core/errors.js';
import { checkImage } from '../src/core/image-info.js';
import { readLimited } from '../src/core/safe-read.js';
import { cleanText, findForbidden } from '../src/core/text.js';
import { layoutDeck } from '../src/compose/deck.js';
import { parseOutline } from '../src/outline/load.js';
import { MAX_SLIDES } from '../src/outline/validate.js';
import { escapeXml } from '../src/render/drawingml.js';
import { coreProperties } from '../src/render/package-parts.js';
import { escapeHtml } from '../src/render/html.js';
import { zipEntries } from '../src/render/zip.js';
import { loadTemplate } from '../src/template/load.js';
import { runCli } from './helpers/cli.js';
import { png } from './helpers/png.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOOD = 'title: 汇报\norganization: 测试单位\nslides:\n  - { type: points, title: 要点, points: [第一点, 第二点] }\n';

let dir: string;
const at = (...p: string[]) => path.join(dir, ...p);
const put = (name: string, text: string | Uint8Array) => {
  const file = at(name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
};
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bd-hostile-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function fails(p: Promise<unknown>): Promise<DeckError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e, 'expected a DeckError').toBeInstanceOf(DeckError);
  return e as DeckError;
}

describe('1. -o never writes over what the build reads, nor over a file that is not a deck', () => {
  it('the outline itself: refused (a .yaml is no output format; an input named .pdf is protected), the outline intact', async () => {
    const outline = put('x.yaml', GOOD);
    const r = await runCli(['build', outline, '-o', outline]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/USAGE -o .*x\.yaml: briefdeck does not write \.yaml files here/);
    expect(readFileSync(outline, 'utf8')).toBe(GOOD);
    // the report the outline names, as a PDF: an input, never written over
    const report = put('report.pdf', '%PDF-1.4 the report');
    const withSource = put('s.yaml', `source: report.pdf\n${GOOD}`);
    const r2 = await runCli(['build', withSource, '-o', report]);
    expect(r2.code).toBe(1);
    expect(r2.err).toMatch(/OUTPUT_PROTECTED .*report\.pdf is a file this build reads/);
    expect(readFileSync(report, 'utf8')).toBe('%PDF-1.4 the report');
  });

  it('a template’s template.yaml, notes.md, any file that is not a deck: refused unless --force', async () => {
    const outline = put('x.yaml', GOOD);
    const tpl = put('brand/template.yaml', 'name: brand\nextends: party-red\n');
    const r1 = await runCli(['build', outline, '-t', path.dirname(tpl), '-o', tpl]);
    expect(r1.code).toBe(2);
    expect(r1.err).toMatch(/USAGE .*template\.yaml: briefdeck does not write \.yaml files here/);
    expect(readFileSync(tpl, 'utf8')).toBe('name: brand\nextends: party-red\n');
    // notes.md is no output format at all: a usage error, --force or not
    const md = put('notes.md', '# my notes\n');
    expect((await runCli(['build', outline, '-o', md, '--force'])).code).toBe(2);
    expect(readFileSync(md, 'utf8')).toBe('# my notes\n');
    const notes = put('notes.pptx', '# my notes\n');
    const r2 = await runCli(['build', outline, '-o', notes]);
    expect(r2.code).toBe(1);
    expect(r2.err).toMatch(/notes\.pptx exists and is not a PowerPoint deck/);
    expect(r2.err).toMatch(/--force/);
    expect(readFileSync(notes, 'utf8')).toBe('# my notes\n');
    const r3 = await runCli(['build', outline, '-o', notes, '--force']);
    expect(r3.code).toBe(0);
    expect(readFileSync(notes).subarray(0, 2).toString('latin1')).toBe('PK');
    // a deck is replaced as always
    expect((await runCli(['build', outline, '-o', notes])).code).toBe(0);
  });

  it('watch -o at its own outline: a usage error (.yaml is no output format), the outline intact', async () => {
    const outline = put('w.yaml', GOOD);
    const { createWatcher } = await import('../src/watch/watcher.js');
    expect(() => createWatcher({ outline, output: outline, cwd: dir, onBuild: () => {}, onError: () => {} })).toThrow(/does not write \.yaml files here; it writes \.pptx, or into a folder/);
    expect(readFileSync(outline, 'utf8')).toBe(GOOD);
  });
});

describe('2. characters no deck may carry: refused where written, removed wherever a text goes', () => {
  it('YAML escapes in title, subtitle and organization: OUTLINE_CONTROL_CHAR at their place, nothing written', async () => {
    for (const esc of ['\\x01', '\\0', '\\e', '\\uFFFE', '\\uD800']) {
      const outline = put('c.yaml', `title: "t${esc}"\nsubtitle: "s${esc}"\norganization: "o${esc}"\nslides:\n  - { type: points, title: a, points: [b] }\n`);
      const out = at('c.pptx');
      const e = await fails(build({ outline, output: out, cwd: dir }));
      expect(e.diagnostics.map((d) => `${d.code}@${d.pos?.line}`), esc).toEqual(['OUTLINE_CONTROL_CHAR@1', 'OUTLINE_CONTROL_CHAR@2', 'OUTLINE_CONTROL_CHAR@3']);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('one cleaning for every C0/C1 control, lone surrogate and non-character, in XML, HTML and document properties', () => {
    const bad: string[] = [];
    for (let c = 0; c < 0x20; c++) if (c !== 9 && c !== 10 && c !== 13) bad.push(String.fromCharCode(c));
    for (let c = 0x7f; c <= 0x9f; c++) bad.push(String.fromCharCode(c));
    for (let c = 0xfdd0; c <= 0xfdef; c++) bad.push(String.fromCharCode(c));
    bad.push('\uFFFE', '\uFFFF', '\uD800', '\uDFFF', String.fromCodePoint(0x1fffe), String.fromCodePoint(0x10ffff));
    for (const ch of bad) {
      const s = `a${ch}b`;
      expect(findForbidden(s), `U+${ch.codePointAt(0)!.toString(16)}`).toBeDefined();
      expect(cleanText(s)).toBe('ab');
      expect(escapeXml(s)).toBe('ab');
      expect(escapeHtml(s)).toBe('ab');
    }
    // what is allowed stays: tab and line breaks, Chinese, emoji (a surrogate pair), U+FFFD
    for (const ok of ['\t', '\n', '\r', '中', '😀', '\uFFFD', '\u00A0']) expect(cleanText(`a${ok}b`)).toBe(`a${ok}b`);
    // the document properties go through it too: well-formed whatever the Deck says
    const { deck } = layoutDeck(parseOutline(GOOD, 'g.yaml'), loadTemplate('party-red').theme);
    const core = coreProperties({ ...deck, title: 't\u0001\u0085\uFFFE\uD800', subtitle: 's\u0001', organization: 'o\uFFFE' });
    expect(core).toContain('<dc:title>t</dc:title>');
    expect(findForbidden(core)).toBeUndefined();
  });
});

describe('3. files that are not regular files are refused, never read without end or waited on', () => {
  it('an outline, a template.yaml, an imported .pptx that link to /dev/zero; a FIFO outline', async () => {
    const zero = at('zero.yaml');
    symlinkSync('/dev/zero', zero);
    const r1 = await runCli(['check', zero]);
    expect(r1.code).toBe(1);
    expect(r1.err).toMatch(/OUTLINE_READ .*zero\.yaml is a character device, not a regular file/);
    mkdirSync(at('tz'));
    symlinkSync('/dev/zero', at('tz', 'template.yaml'));
    const outline = put('x.yaml', GOOD);
    const r2 = await runCli(['check', outline, '-t', at('tz')]);
    expect(r2.code).toBe(1);
    expect(r2.err).toMatch(/TEMPLATE_READ .*character device/);
    symlinkSync('/dev/zero', at('zero.pptx'));
    const r3 = await runCli(['template', 'import', at('zero.pptx'), at('imported')]);
    expect(r3.code).toBe(1);
    expect(r3.err).toMatch(/IMPORT_FAILED .*character device/);
    const fifo = at('pipe.yaml');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const t0 = performance.now();
    const r4 = await runCli(['check', fifo]);
    expect(r4.code).toBe(1);
    expect(r4.err).toMatch(/named pipe \(FIFO\), not a regular file/);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('a report (source:) that links to /dev/zero: a warning, read no further', async () => {
    symlinkSync('/dev/zero', at('report.txt'));
    const outline = put('s.yaml', `source: report.txt\n${GOOD}`);
    const r = await runCli(['check', outline]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/SOURCE_MISMATCH \(warning\) .*report\.txt is a character device/);
  });

  it('readLimited reads no more than its limit, whatever the file claims', () => {
    const f = put('big.bin', Buffer.alloc(5000, 1));
    const r = readLimited(f, 4096);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe('too-large');
    const small = readLimited(f, 5000);
    expect(small.ok && small.bytes.length).toBe(5000);
  });
});

describe('4. template import is linear in crafted XML', () => {
  /** A .pptx whose presentation.xml and theme are what the attacker wrote. */
  function crafted(presentation: string, theme: string): string {
    const file = at('crafted.pptx');
    writeFileSync(
      file,
      zipSync({
        '[Content_Types].xml': strToU8('<Types/>'),
        'ppt/presentation.xml': strToU8(presentation),
        'ppt/theme/theme1.xml': strToU8(theme),
      }),
    );
    return file;
  }
  const THEME = '<a:theme xmlns:a="a" name="T"><a:themeElements><a:clrScheme name="C"><a:dk1><a:srgbClr val="000000"/></a:dk1><a:accent1><a:srgbClr val="2E7D32"/></a:accent1></a:clrScheme><a:fontScheme name="F"><a:majorFont><a:latin typeface="Arial"/></a:majorFont><a:minorFont><a:latin typeface="Arial"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>';

  it('a long attribute run in presentation.xml (took 33 s at 100k characters): done in a moment', { timeout: 15000 }, async () => {
    const pres = `<p:presentation xmlns:p="p"><p:sldSz ${'a '.repeat(100000)}`;
    const r = await runCli(['template', 'import', crafted(pres, THEME), at('t1')]);
    expect([0, 1]).toContain(r.code);
    expect(r.err).not.toMatch(/INTERNAL/);
  });

  it('a theme of 80,000 repeated <a:clrScheme (took 75 s): done in a moment', { timeout: 15000 }, async () => {
    const theme = `<a:theme xmlns:a="a">${'<a:clrScheme '.repeat(80000)}`;
    const r = await runCli(['template', 'import', crafted('<p:presentation xmlns:p="p"/>', theme), at('t2')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/IMPORT_FAILED/);
  });

  it('a DOCTYPE with entities (an XML bomb) is refused, not expanded', { timeout: 15000 }, async () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>${THEME.replace('name="T"', 'name="&c;"')}`;
    const r = await runCli(['template', 'import', crafted('<p:presentation xmlns:p="p"/>', bomb), at('t3')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/IMPORT_FAILED .*not readable XML/);
  });
});

describe('5. the largest deck is refused up front, never an internal error', () => {
  it(`more than ${MAX_SLIDES} slides: DECK_TOO_LARGE at the first slide past the limit`, async () => {
    const slides = Array.from({ length: MAX_SLIDES + 1 }, (_, i) => `  - { type: quote, text: 第${i}条 }`).join('\n');
    const outline = put('huge.yaml', `title: t\nslides:\n${slides}\n`);
    const t0 = performance.now();
    const e = await fails(build({ outline, output: at('huge.pptx'), cwd: dir }));
    expect(e.diagnostics[0]!.code).toBe('DECK_TOO_LARGE');
    expect(e.diagnostics[0]!.pos?.line).toBe(3 + MAX_SLIDES);
    expect(performance.now() - t0).toBeLessThan(20000);
  });

  it('the zip writer refuses more entries than a zip holds, as a DeckError', () => {
    const entries = Array.from({ length: 0x10000 }, (_, i) => ({ name: `p${i}`, data: new Uint8Array(0), store: true }));
    let caught: unknown;
    try {
      zipEntries(entries);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(DeckError);
    expect((caught as DeckError).code).toBe('DECK_TOO_LARGE');
  });
});

/** A template folder with `logo.png` (the bytes given) beside its template.yaml. */
function templateWith(name: string, logo: Uint8Array, extra = ''): string {
  const t = at(name);
  mkdirSync(t, { recursive: true });
  writeFileSync(path.join(t, 'logo.png'), logo);
  writeFileSync(path.join(t, 'template.yaml'), `name: ${name}\nextends: party-red\nlogo:\n  path: logo.png\n${extra}`);
  return t;
}
const logoProblem = (t: string): string => {
  try {
    loadTemplate(t);
    return 'loaded';
  } catch (err) {
    const d = (err as DeckError).diagnostics[0]!;
    return `${d.code} ${d.message}`;
  }
};

describe('6. image headers are not trusted', () => {
  it('a PNG that claims 2,147,483,647 × 1 px, a JPEG of height 0, a PNG 100,000 px wide: ASSET_UNSUPPORTED', () => {
    const lie = png(2, 1);
    lie.writeUInt32BE(2147483647, 16); // the header claims a width its checksum does not vouch for
    expect(logoProblem(templateWith('lie', lie))).toMatch(/ASSET_UNSUPPORTED logo\.png is a damaged PNG \(the IHDR chunk's checksum is wrong\)/);
    expect(logoProblem(templateWith('wide', png(100000, 1)))).toMatch(/ASSET_UNSUPPORTED logo\.png is 100000 × 1 pixels; at most 16384/);
    // a JPEG with a frame header of height 0, whole otherwise
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x00, 0x00, 0x10, 0x01, 0x01, 0x11, 0x00, 0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00, 0x00, 0xff, 0xd9]);
    expect(logoProblem(templateWith('flat', jpeg))).toMatch(/ASSET_UNSUPPORTED logo\.png is 16 × 0 pixels/);
  });

  it('a very wide logo within bounds is drawn at most a quarter of the slide wide, on the slide', async () => {
    const t = templateWith('banner', png(16000, 10));
    const theme = loadTemplate(t).theme;
    expect(theme.logo!.width).toBeLessThanOrEqual(theme.size.width / 4 + 1);
    const { deck } = layoutDeck(parseOutline(GOOD, 'g.yaml'), theme);
    for (const l of deck.layouts) for (const b of l.boxes) if (b.kind === 'image') expect(b.x).toBeGreaterThanOrEqual(0);
    const outline = put('b.yaml', GOOD);
    expect((await runCli(['build', outline, '-t', t, '-o', at('b.pptx')])).code).toBe(0);
  });
});

describe('7. huge images are refused before they are read', () => {
  it('a 1.5 GB logo (a sparse file): ASSET_UNSUPPORTED at once', () => {
    const t = templateWith('huge', png(10, 10));
    truncateSync(path.join(t, 'logo.png'), 1.5 * 1024 * 1024 * 1024);
    const t0 = performance.now();
    expect(logoProblem(t)).toMatch(/ASSET_UNSUPPORTED logo\.png is larger than 20 MB/);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('8. -o at a device or a FIFO: refused, even with --force', () => {
  it('/dev/null stays a device; a FIFO stays a FIFO', async () => {
    const outline = put('x.yaml', GOOD);
    for (const extra of [[], ['--force']]) {
      const r = await runCli(['build', outline, '-o', '/dev/null', ...extra]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/OUTPUT_PROTECTED \/dev\/null is a device/);
    }
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    const fifo = at('out.pptx');
    spawnSync('mkfifo', [fifo]);
    const r = await runCli(['build', outline, '-o', fifo]);
    expect(r.code).toBe(1);
    expect(statSync(fifo).isFIFO()).toBe(true);
  });
});

describe('9. a rebuilt deck keeps its permissions', () => {
  it('mode 0600 stays 0600', async () => {
    const outline = put('x.yaml', GOOD);
    const out = at('private.pptx');
    await build({ outline, output: out, cwd: dir });
    chmodSync(out, 0o600);
    await build({ outline, output: out, cwd: dir });
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });
});

describe('10. damaged images are refused', () => {
  it('a PNG cut after its header, a 0 × 0 PNG, a 30-byte JPEG: ASSET_UNSUPPORTED', () => {
    expect(logoProblem(templateWith('cut', png(20, 10).subarray(0, 40)))).toMatch(/ASSET_UNSUPPORTED .*damaged PNG/);
    expect(logoProblem(templateWith('zero', png(0, 0)))).toMatch(/ASSET_UNSUPPORTED logo\.png is 0 × 0 pixels/);
    expect(logoProblem(templateWith('tiny', Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...new Array(26).fill(0)])))).toMatch(/ASSET_UNSUPPORTED .*damaged JPEG/);
    expect(checkImage(png(20, 10)).ok).toBe(true);
  });
});

describe('11. template pictures stay inside the template folders', () => {
  it('an absolute path, ../, a link out of the folder: ASSET_OUTSIDE at its line', () => {
    put('elsewhere/logo.png', png(10, 10));
    const abs = templateWith('abs', png(10, 10));
    writeFileSync(path.join(abs, 'template.yaml'), `name: abs\nextends: party-red\nlogo:\n  path: ${at('elsewhere', 'logo.png')}\n`);
    expect(logoProblem(abs)).toMatch(/ASSET_OUTSIDE .*is an absolute path/);
    const up = templateWith('up', png(10, 10));
    writeFileSync(path.join(up, 'template.yaml'), 'name: up\nextends: party-red\nlogo:\n  path: ../elsewhere/logo.png\n');
    expect(logoProblem(up)).toMatch(/ASSET_OUTSIDE \.\.\/elsewhere\/logo\.png is outside the template folder/);
    const link = templateWith('link', png(10, 10));
    rmSync(path.join(link, 'logo.png'));
    symlinkSync(at('elsewhere', 'logo.png'), path.join(link, 'logo.png'));
    expect(logoProblem(link)).toMatch(/ASSET_OUTSIDE logo\.png is a link to a file outside the template folder/);
    // a template may name its parent's picture: that folder is part of it
    const parent = templateWith('parent', png(10, 10));
    mkdirSync(at('child'));
    writeFileSync(at('child', 'template.yaml'), 'name: child\nextends: ../parent\nlogo:\n  path: ../parent/logo.png\n');
    expect(logoProblem(at('child'))).toBe('loaded');
    expect(parent).toBeTruthy();
  });
});

describe('12. large inputs are refused before they are measured, and their errors stay short', () => {
  it('a 900 KB title: too long, at once, without laying it out', async () => {
    const outline = put('t.yaml', `title: ${'汇'.repeat(300000)}\nslides:\n  - { type: points, title: a, points: [b] }\n`);
    const t0 = performance.now();
    const r = await runCli(['check', outline]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/OUTLINE_SCHEMA title: is 300,000 characters long; at most 1,000 are allowed/);
    expect(r.err.length).toBeLessThan(2000);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('a 900 KB unknown key: a short message, no "did you mean" search', async () => {
    // written as an explicit key (`? key`): YAML 1.2 allows at most 1024 characters before a `:`
    const outline = put('k.yaml', `? ${'k'.repeat(900000)}\n: 1\n${GOOD}`);
    const t0 = performance.now();
    const r = await runCli(['check', outline]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/OUTLINE_UNKNOWN_KEY .*unknown key `k{40}… \(900,000 characters\)`/);
    expect(r.err.length).toBeLessThan(2000);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('a 900 KB key before `:`: a short YAML error at its line', async () => {
    const outline = put('k2.yaml', `${GOOD}${'k'.repeat(900000)}: 1\n`);
    const r = await runCli(['check', outline]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/k2\.yaml:5:1 OUTLINE_YAML a key is longer than 1024 characters/);
    expect(r.err.length).toBeLessThan(2000);
  });

  it('20,000 schema errors: 50 printed, the rest counted', async () => {
    const slides = Array.from({ length: 4000 }, () => '  - { type: points, points: [1, 2, 3, 4, 5] }').join('\n');
    const outline = put('e.yaml', `title: t\nslides:\n${slides}\n`);
    const r = await runCli(['check', outline]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/… and 19,950 more \(fix these and run again to see them\)/);
    expect(r.err.length).toBeLessThan(50000);
  });
});

describe('13. temporary files of a killed build are cleaned up', () => {
  it('a stale .bd<pid>-N.tmp of a process that is gone is removed on the next write; a live one is kept', async () => {
    const outline = put('x.yaml', GOOD);
    const out = at('out', 'x.pptx');
    mkdirSync(at('out'));
    // a process that has exited: its pid is free
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      writeFileSync(at('out', `.bd${gone}-1.tmp`), Buffer.alloc(3 * 1024 * 1024));
      writeFileSync(at('out', `.bd${live.pid}-1.tmp`), 'in progress');
      writeFileSync(at('out', 'keep.tmp'), 'not ours');
      await build({ outline, output: out, cwd: dir });
      expect(readdirSync(at('out')).sort()).toEqual([`.bd${live.pid}-1.tmp`, 'keep.tmp', 'x.pptx'].sort());
    } finally {
      live.kill();
    }
  });
});

describe('14. messages that say what happened', () => {
  it('a UTF-32 file is called UTF-32', async () => {
    const bom = Buffer.from([0xff, 0xfe, 0, 0]);
    const body = Buffer.from('title: t\n', 'utf16le');
    const outline = put('u32.yaml', Buffer.concat([bom, body]));
    const r = await runCli(['check', outline]);
    expect(r.err).toMatch(/OUTLINE_ENCODING .*UTF-32 text/);
  });

  it('a YAML merge key shares a slide’s keys; an unknown tag is a warning, its value plain text', async () => {
    const outline = put('m.yaml', 'title: t\nslides:\n  - &base { type: points, title: 共同, points: [a] }\n  - <<: *base\n    title: 第二页\n  - { type: points, title: !!js/function "x", points: [b] }\n');
    const r = await runCli(['check', outline]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/m\.yaml:6:28 OUTLINE_YAML \(warning\) the YAML tag !!js\/function is not understood; the value is read as plain text/);
  });

  it('-o "" is a usage error; -o newdir/ writes newdir/<outline>.pptx', async () => {
    const outline = put('x.yaml', GOOD);
    const r1 = await runCli(['build', outline, '-o', '']);
    expect(r1.code).toBe(2);
    expect(r1.err).toMatch(/-o is given an empty file name/);
    const r2 = await runCli(['build', outline, '-o', `${at('newdir')}/`]);
    expect(r2.code).toBe(0);
    expect(existsSync(at('newdir', 'x.pptx'))).toBe(true);
  });

  it('template import into a path that is a file speaks of the template, not of -o or a deck', async () => {
    const source = await builtDeck();
    put('taken', 'a file');
    const r = await runCli(['template', 'import', source, at('taken')]);
    expect(r.code).toBe(1);
    // (` -o` as a flag: the temporary folder's random name may hold "-o")
    expect(r.err).not.toMatch(/(^|\s)-o\b|previous deck/);
    expect(r.err).toMatch(/hint: name a folder for the template/);
  });
});

/** A deck briefdeck built: a .pptx to import a theme from. */
async function builtDeck(): Promise<string> {
  const outline = put('src.yaml', GOOD);
  const out = at('src.pptx');
  await build({ outline, output: out, cwd: dir });
  return out;
}

describe('every deck written stays well-formed: document properties included', () => {
  it('a title with every allowed odd character gives well-formed parts', async () => {
    const outline = put('odd.yaml', `title: "a <b> & \\"c\\" 'd' \\t e 😀 \\uFFFD"\norganization: "x & y"\n${GOOD.split('\n').slice(2).join('\n')}`);
    const out = at('odd.pptx');
    await build({ outline, output: out, cwd: dir });
    const files = unzipSync(readFileSync(out));
    const core = strFromU8(files['docProps/core.xml']!);
    expect(core).toContain('<dc:title>a &lt;b&gt; &amp; &quot;c&quot;');
    expect(findForbidden(core)).toBeUndefined();
    expect(ROOT).toBeTruthy();
  });
});
