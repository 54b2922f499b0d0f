/**
 * Export without LibreOffice and the honest output names: what -o accepts, where each file
 * goes, and that a missing soffice leaves the deck written, no PDF-named file, a message in
 * both languages and exit code 4. (With LibreOffice: tests/visual/export.test.ts.)
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planOutputs, resolveOutput } from '../../src/build.js';
import { DeckError } from '../../src/core/errors.js';
import { deckFaces, fontconfigText, substitutions } from '../../src/export/fonts.js';
import { findSoffice } from '../../src/export/tools.js';
import { pdfPageCount } from '../../src/export/soffice.js';
import { runCli } from '../helpers/cli.js';

const GOOD = 'title: 导出测试\nslides:\n  - type: quote\n    text: 为党育人、为国育才\n    notes: 讲稿\n';
let dir: string;
const at = (p: string) => join(dir, p);
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bd-export-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function usage(f: () => unknown): DeckError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DeckError);
    return e as DeckError;
  }
  throw new Error('expected a usage error');
}

describe('-o says what it holds', () => {
  it('.pptx, .pdf (any case), a folder and a bare name are taken; .key, .docx, .txt, .yaml are usage errors listing the formats', () => {
    expect(resolveOutput('a/b.pptx', 'x.yaml', dir)).toBe(at('a/b.pptx'));
    expect(resolveOutput('a/', 'x.yaml', dir)).toBe(at('a/x.pptx'));
    expect(resolveOutput('b.PDF', 'x.yaml', dir, ['.pptx', '.pdf'])).toBe(at('b.PDF'));
    for (const name of ['x.key', 'x.docx', 'x.txt', 'x.yaml']) {
      const e = usage(() => resolveOutput(name, 'x.yaml', dir, ['.pptx', '.pdf']));
      expect(e.code).toBe('USAGE');
      expect(e.diagnostics[0]!.message).toMatch(/writes \.pptx, \.pdf, or into a folder/);
      expect(e.diagnostics[0]!.zh!.message).toMatch(/只能生成 \.pptx、\.pdf/);
    }
    // watch writes decks only: .pdf is not one of its formats
    expect(usage(() => resolveOutput('x.pdf', 'x.yaml', dir)).diagnostics[0]!.message).toMatch(/writes \.pptx, or into a folder/);
  });

  it('plans: -o x.pdf is the PDF alone (the deck a temporary source named x.pptx); --pdf, --handout and --png go beside', () => {
    expect(planOutputs({ outline: 'x.yaml', output: 'o/b.pdf' }, dir)).toEqual({ pptx: at('o/b.pptx'), keepPptx: false, targets: { pdf: at('o/b.pdf') } });
    expect(planOutputs({ outline: 'x.yaml', pdf: true, handout: true, png: 'pics' }, dir)).toEqual({
      pptx: at('output/x.pptx'),
      keepPptx: true,
      targets: { pdf: at('output/x.pdf'), handout: at('output/x-handout.pdf'), pngDir: at('pics') },
    });
    expect(usage(() => planOutputs({ outline: 'x.yaml', png: ' ' }, dir)).code).toBe('USAGE');
  });

  it('the CLI: -o x.key is exit 2, nothing written', async () => {
    const outline = at('k.yaml');
    writeFileSync(outline, GOOD);
    const r = await runCli(['build', outline, '-o', at('k.key')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/USAGE -o .*k\.key: briefdeck does not write \.key files here/);
    expect(existsSync(at('k.key'))).toBe(false);
  });

  it('an existing file that is not a PDF is not replaced by the PDF (OUTPUT_PROTECTED), nor is the deck written', async () => {
    const outline = at('p.yaml');
    writeFileSync(outline, GOOD);
    writeFileSync(at('p.pdf'), 'my notes');
    const r = await runCli(['build', outline, '-o', at('p.pptx'), '--pdf']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/OUTPUT_PROTECTED .*p\.pdf exists and is not a PDF/);
    expect(readFileSync(at('p.pdf'), 'utf8')).toBe('my notes');
    expect(existsSync(at('p.pptx'))).toBe(false);
  });
});

describe('without LibreOffice (PATH without soffice)', () => {
  const saved = { PATH: process.env.PATH, BRIEFDECK_SOFFICE: process.env.BRIEFDECK_SOFFICE };
  beforeAll(() => {
    process.env.PATH = '/nonexistent';
    delete process.env.BRIEFDECK_SOFFICE;
  });
  afterAll(() => {
    process.env.PATH = saved.PATH;
    if (saved.BRIEFDECK_SOFFICE !== undefined) process.env.BRIEFDECK_SOFFICE = saved.BRIEFDECK_SOFFICE;
  });

  it('finds no soffice', () => {
    expect(findSoffice()).toBeUndefined();
  });

  it('--pdf: the deck is written, EXPORT_UNAVAILABLE with the install command in English and Chinese, exit 4', async () => {
    const outline = at('n.yaml');
    writeFileSync(outline, GOOD);
    const en = await runCli(['build', outline, '-o', at('n/n.pptx'), '--pdf', '--handout']);
    expect(en.code).toBe(4);
    expect(readFileSync(at('n/n.pptx')).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(en.out).toMatch(/✓ .*n\.pptx {2}3 slides/);
    expect(en.err).toMatch(/EXPORT_UNAVAILABLE LibreOffice \(soffice\) is not installed or not on PATH, so the PDF, handout PDF could not be made; the deck was written to .*n\.pptx/);
    expect(en.err).toMatch(/sudo apt install libreoffice-impress fonts-noto-cjk/);
    expect(en.err).toMatch(/brew install --cask libreoffice/);
    expect(existsSync(at('n/n.pdf'))).toBe(false);
    const zh = await runCli(['build', outline, '-o', at('n/n.pptx'), '--pdf', '--lang', 'zh']);
    expect(zh.code).toBe(4);
    expect(zh.err).toMatch(/没有找到 LibreOffice（soffice），因此没有生成 PDF 文件；演示文稿已写入/);
    expect(zh.err).toMatch(/sudo apt install libreoffice-impress fonts-noto-cjk/);
  });

  it('-o out.pdf never leaves a file named out.pdf: the deck goes to out.pptx, exit 4', async () => {
    const outline = at('o.yaml');
    writeFileSync(outline, GOOD);
    const r = await runCli(['build', outline, '-o', at('o/out.pdf')]);
    expect(r.code).toBe(4);
    expect(existsSync(at('o/out.pdf'))).toBe(false);
    expect(readFileSync(at('o/out.pptx')).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(r.err).toMatch(/the deck was written to .*out\.pptx/);
  });
});

describe('fonts for LibreOffice', () => {
  it('a face not installed is aliased to the installed font of the widths the layout measured; an installed one is left alone', () => {
    const installed = new Set(['notosanscjksc', 'liberationsans', 'arial']);
    expect(substitutions(['Microsoft YaHei', 'Arial', 'Times New Roman'], installed)).toEqual([
      { face: 'Microsoft YaHei', by: 'Noto Sans CJK SC' },
      { face: 'Times New Roman', by: undefined },
    ]);
    const conf = fontconfigText([{ face: 'Microsoft YaHei', by: 'Noto Sans CJK SC' }]);
    expect(conf).toContain('<family>Microsoft YaHei</family>\n    <prefer><family>Noto Sans CJK SC</family></prefer>');
    expect(conf).toContain('/etc/fonts/fonts.conf');
  });

  it('deckFaces lists the theme faces of a built deck', async () => {
    const { build } = await import('../../src/build.js');
    const outline = at('f.yaml');
    writeFileSync(outline, GOOD);
    const r = await build({ outline, write: false });
    expect(deckFaces(r.deck)).toEqual(expect.arrayContaining(['Microsoft YaHei', 'Arial']));
  });

  it('pdfPageCount counts /Type /Page, not /Pages', () => {
    const pdf = Buffer.from('%PDF-1.6\n1 0 obj<</Type/Pages/Count 2>>\n2 0 obj<</Type /Page>>\n3 0 obj<</Type/Page/Parent 1 0 R>>\n');
    expect(pdfPageCount(pdf)).toBe(2);
  });
});

describe('when LibreOffice fails (a stand-in soffice: BRIEFDECK_SOFFICE)', () => {
  const saved = { ...process.env };
  afterAll(() => {
    for (const k of ['BRIEFDECK_SOFFICE', 'BRIEFDECK_SOFFICE_TIMEOUT']) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  });
  const fake = (name: string, body: string) => {
    const p = at(name);
    writeFileSync(p, `#!/bin/sh\n${body}\n`);
    chmodSync(p, 0o755);
    return p;
  };

  it.skipIf(process.platform === 'win32')('a soffice that writes nothing: EXPORT_FAILED, exit 4; -o x.pdf keeps the deck as x.pptx and leaves no x.pdf', async () => {
    process.env.BRIEFDECK_SOFFICE = fake('bad-soffice', 'echo "cannot load" >&2; exit 1');
    const outline = at('e.yaml');
    writeFileSync(outline, GOOD);
    const r = await runCli(['build', outline, '-o', at('e/e.pdf')]);
    expect(r.code).toBe(4);
    expect(r.err).toMatch(/EXPORT_FAILED LibreOffice could not make the PDF: soffice ended with 1 and wrote no file \(cannot load\)/);
    expect(existsSync(at('e/e.pdf'))).toBe(false);
    expect(readFileSync(at('e/e.pptx')).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it.skipIf(process.platform === 'win32')('a soffice that writes a PDF of the wrong page count: EXPORT_FAILED, and the file is not kept', async () => {
    process.env.BRIEFDECK_SOFFICE = fake('one-page-soffice', 'for last; do :; done; out=""; prev=""; for a; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done; n=$(basename "$last" .pptx); printf "%%PDF-1.4\\n<</Type /Page>>\\n" > "$out/$n.pdf"');
    const outline = at('w.yaml');
    writeFileSync(outline, GOOD);
    const r = await runCli(['build', outline, '-o', at('w/w.pptx'), '--pdf']);
    expect(r.code).toBe(4);
    expect(r.err).toMatch(/EXPORT_FAILED LibreOffice could not make the PDF: the PDF has 1 pages, the deck 3 slides/);
    expect(existsSync(at('w/w.pdf'))).toBe(false);
    expect(existsSync(at('w/w.pptx'))).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('a soffice that hangs is stopped at the time limit (BRIEFDECK_SOFFICE_TIMEOUT)', async () => {
    process.env.BRIEFDECK_SOFFICE = fake('slow-soffice', 'exec sleep 30');
    process.env.BRIEFDECK_SOFFICE_TIMEOUT = '1';
    const outline = at('t.yaml');
    writeFileSync(outline, GOOD);
    const t0 = performance.now();
    const r = await runCli(['build', outline, '-o', at('t/t.pptx'), '--handout', '--lang', 'zh']);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(r.code).toBe(4);
    expect(r.err).toMatch(/EXPORT_FAILED LibreOffice 未能生成 讲义 PDF：1 秒内没有结果/);
  });
});
