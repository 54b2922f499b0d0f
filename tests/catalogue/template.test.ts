// The template messages in Chinese: every code of the template area, with the same code,
// position and values as in English; and the template commands' own lines with --lang zh.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import { pptxgenjsParts } from '../helpers/pptxgenjs-parts.js';
import { report } from '../../src/core/catalogue/define.js';
import { ASSET, CONTRAST_USES_ZH, bytesZh } from '../../src/core/catalogue/template.js';
import { DeckError, type Diagnostic } from '../../src/core/errors.js';
import { checkImage } from '../../src/core/image-info.js';
import { loadTemplate } from '../../src/template/load.js';
import { importPptxTheme, readPptxTheme } from '../../src/template/import.js';
import { textRoles } from '../../src/template/schema.js';
import { writeTemplateScaffold } from '../../src/template/scaffold.js';
import { runCli } from '../helpers/cli.js';
import { png } from '../helpers/png.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bd-cat-tpl-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const at = (...p: string[]) => path.join(dir, ...p);

function template(folder: string, yaml: string, files: Record<string, string | Uint8Array> = {}): string {
  const d = at(folder);
  mkdirSync(d, { recursive: true });
  writeFileSync(path.join(d, 'template.yaml'), yaml);
  for (const [name, data] of Object.entries(files)) writeFileSync(path.join(d, name), data);
  return d;
}

function problems(ref: string, from = dir): Diagnostic[] {
  try {
    loadTemplate(ref, from);
  } catch (err) {
    if (err instanceof DeckError) return [...err.diagnostics];
    throw err;
  }
  throw new Error(`${ref} loaded without errors`);
}

function only(list: Diagnostic[], code: string): Diagnostic {
  const found = list.filter((d) => d.code === code);
  expect(found, JSON.stringify(list, null, 2)).toHaveLength(1);
  return found[0]!;
}

/** A logo problem of a template extending party-red with `logo.png` of these bytes. */
function logoProblem(name: string, bytes: Uint8Array): Diagnostic {
  const d = template(name, `name: ${name}\nextends: party-red\nlogo:\n  path: logo.png\n`, { 'logo.png': bytes });
  const p = problems(d)[0]!;
  expect(p.pos).toMatchObject({ line: 4, column: 9, path: 'logo.path' });
  return p;
}

async function importFailure(file: string): Promise<Diagnostic> {
  try {
    await readPptxTheme(file);
  } catch (err) {
    if (err instanceof DeckError) return err.diagnostics[0]!;
    throw err;
  }
  throw new Error(`${file} was read`);
}

describe('finding templates', () => {
  it('an unknown name: did-you-mean in Chinese, the built-ins listed with 、', () => {
    const p = only(problems('gov-bleu'), 'TEMPLATE_NOT_FOUND');
    expect(p.message).toBe('there is no template called `gov-bleu`');
    expect(p.zh).toEqual({ message: '没有名为 `gov-bleu` 的模板', hint: expect.stringMatching(/^您是不是要写 `gov-blue`？（内置模板：.*gov-blue、.*party-red.*）$/) });
    const far = only(problems('zzzzzzzzzz'), 'TEMPLATE_NOT_FOUND');
    expect(far.zh?.hint).toMatch(/^内置模板：.*；也可以写模板文件夹的路径$/);
  });

  it('a missing folder, a folder without template.yaml', () => {
    expect(only(problems('./nowhere'), 'TEMPLATE_NOT_FOUND').zh).toEqual({
      message: '模板文件夹 ./nowhere 不存在',
      hint: expect.stringMatching(/^可以用 `briefdeck template new <dir>` 新建一个模板，或使用内置模板：.*party-red/),
    });
    mkdirSync(at('empty'));
    expect(only(problems('./empty'), 'TEMPLATE_NOT_FOUND').zh?.message).toBe('./empty 不是模板文件夹（其中没有 template.yaml）');
  });

  it('a parent named by `extends` that is not there: the same message after `extends`, at the same place', () => {
    const d = template('orphan', '# a comment\nname: orphan\nextends: ../nowhere\n');
    const p = only(problems(d), 'TEMPLATE_NOT_FOUND');
    expect(p.pos).toMatchObject({ line: 3, column: 10 });
    expect(p.message).toBe('`extends`: template folder ../nowhere does not exist');
    expect(p.zh?.message).toBe('`extends`：模板文件夹 ../nowhere 不存在');
    expect(p.zh?.hint).toMatch(/template new/);
  });

  it('an extends cycle names the same chain', () => {
    template('x', 'name: x\nextends: ../y\n');
    template('y', 'name: y\nextends: ../x\n');
    const d = only(problems('./x'), 'TEMPLATE_EXTENDS_CYCLE');
    const chain = d.message.slice('templates extend each other in a circle: '.length);
    expect(d.zh?.message).toBe(`模板之间循环继承：${chain}`);
    expect(d.zh?.hint).toBe('其中一个模板不能再继承另一个；请让继承链止于某个内置模板');
    expect(d.pos?.line).toBe(2);
  });
});

describe('values', () => {
  it('size ranges: out of the safe range, smallest above largest', () => {
    const d = template('type', 'name: type\nextends: party-red\ntype:\n  title: [10, 50]\n  point: [24, 18]\n');
    const [unsafe, inverted] = problems(d);
    expect(unsafe).toMatchObject({ code: 'TEMPLATE_SCHEMA', pos: { line: 4, column: 10 } });
    expect(unsafe!.zh).toEqual({ message: 'type.title：[10, 50] pt 超出了安全范围 20–40 pt', hint: '请把 title 的字号控制在 20–40 pt 之内，这样幻灯片上的字才看得清' });
    expect(inverted).toMatchObject({ code: 'TEMPLATE_SCHEMA', pos: { line: 5, column: 10 } });
    expect(inverted!.zh).toEqual({ message: 'type.point：最小字号 24 大于最大字号 18', hint: '请写成 [最小字号, 最大字号]，例如 [14, 28]' });
  });

  it('a key no template in the chain sets', () => {
    const d = template('bare', 'name: bare\ncolors:\n  primary: "#000000"\n');
    const p = problems(d).find((x) => x.message.startsWith('colors.accent'))!;
    expect(p.zh).toEqual({ message: '这个模板及其继承的模板都没有设置 colors.accent', hint: '请加上 colors.accent，或在模板开头写 `extends: party-red`，继承全部设置' });
  });

  it('the template’s own schema wording (colours, font names, the name) and hints come in Chinese too', () => {
    const d = template('colours', `name: Bad_Name\nextends: party-red\ncolors:\n  primary: red\nfonts:\n  heading: { ea: SimHei, latin: 'Arial"/><x' }\nsize: 16:10\n`);
    const list = problems(d);
    const colour = list.find((x) => x.pos?.path === 'colors.primary')!;
    expect(colour).toMatchObject({ code: 'TEMPLATE_SCHEMA', message: '"red" is not a colour', pos: { line: 4, column: 12 } });
    expect(colour.zh).toEqual({ message: '"red" 不是颜色', hint: '颜色请写成 "#RRGGBB"，例如 "#C00000"（要加引号：在 YAML 中 # 是注释的开始）' });
    const font = list.find((x) => x.pos?.path === 'fonts.heading.latin')!;
    expect(font.zh?.message).toBe('"Arial\\"/><x" 不是可用的字体名');
    expect(font.zh?.hint).toMatch(/^请写系统中显示的字体名称/);
    expect(list.find((x) => x.pos?.path === 'name')!.zh?.message).toBe('模板名称 "Bad_Name" 只能包含小写字母、数字和 -');
    expect(list.find((x) => x.pos?.path === 'size')!.zh?.hint).toBe('请写 "16:9" 或 "4:3"（要加引号）');
  });
});

describe('pictures', () => {
  it('missing, not an image, SVG, a folder', () => {
    const missing = only(problems(template('nologo', 'name: nologo\nextends: party-red\nlogo:\n  path: logo.png\n')), 'ASSET_NOT_FOUND');
    expect(missing.zh).toEqual({ message: 'logo.png 不存在', hint: `请把文件放在 template.yaml 旁边（${at('nologo')}），或改正路径` });
    expect(logoProblem('text', strToU8('not a picture\n')).zh).toEqual({ message: 'logo.png 不是 PNG 或 JPEG 图片', hint: '请把它转换为 PNG 或 JPEG' });
    const svg = logoProblem('svg', strToU8('<svg xmlns="http://www.w3.org/2000/svg"/>'));
    expect(svg.zh?.message).toBe('logo.png 是 SVG 图片；幻灯片只能使用 PNG 或 JPEG');
    const folder = template('folder', 'name: folder\nextends: party-red\nlogo:\n  path: img\n');
    mkdirSync(path.join(folder, 'img'));
    const p = only(problems(folder), 'ASSET_NOT_FOUND');
    expect(p.message).toBe('img is a folder, not a file');
    expect(p.zh).toEqual({ message: 'img 是文件夹，不是文件', hint: '请写模板文件夹中的一个 PNG 或 JPEG 文件' });
  });

  it('damaged and wrongly sized images: checkImage’s sentence in both languages', () => {
    const lie = png(2, 1);
    lie.writeUInt32BE(2147483647, 16);
    const d = logoProblem('lie', lie);
    expect(d).toMatchObject({ code: 'ASSET_UNSUPPORTED', message: "logo.png is a damaged PNG (the IHDR chunk's checksum is wrong)" });
    expect(d.zh).toEqual({ message: 'logo.png 是已损坏的 PNG（IHDR 数据块的校验和不对）', hint: '请重新导出为 PNG 或 JPEG' });
    expect(logoProblem('wide', png(100000, 1)).zh?.message).toBe('logo.png 的尺寸是 100000 × 1 像素；宽和高最多 16384 像素');
    expect(logoProblem('zero', png(0, 0)).zh?.message).toBe('logo.png 的尺寸是 0 × 0 像素：图片的宽和高都至少要有 1 像素');
  });

  it('checkImage: each problem has its Chinese', () => {
    const cases: [Uint8Array, string, string][] = [
      [strToU8('GIF89a'), 'is not a PNG or JPEG image', '不是 PNG 或 JPEG 图片'],
      [png(20, 10).subarray(0, 46), 'is a damaged PNG (a chunk runs past the end of the file)', '是已损坏的 PNG（有数据块超出了文件末尾）'],
      [png(20, 10).subarray(0, 8), 'is a damaged PNG (it is cut off before its end)', '是已损坏的 PNG（文件不完整，结尾缺失）'],
      [Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...new Array(26).fill(0)]), 'is a damaged JPEG (a segment runs past the end of the file)', '是已损坏的 JPEG（有数据段超出了文件末尾）'],
      [Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0x12, 0x34]), 'is a damaged JPEG (a marker is missing)', '是已损坏的 JPEG（缺少标记）'],
      [Buffer.from([0xff, 0xd8, 0xff, 0xd9]), 'is a damaged JPEG (it has no frame header)', '是已损坏的 JPEG（没有帧头）'],
    ];
    for (const [bytes, en, zh] of cases) {
      const r = checkImage(bytes);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problem).toEqual({ en, zh });
    }
    expect(checkImage(png(20, 10))).toMatchObject({ ok: true, info: { kind: 'png', width: 20, height: 10 } });
  });

  it('too large, and too large together', () => {
    const t = template('huge', 'name: huge\nextends: party-red\nlogo:\n  path: logo.png\n', { 'logo.png': png(10, 10) });
    truncateSync(path.join(t, 'logo.png'), 21 * 1024 * 1024);
    const p = only(problems(t), 'ASSET_UNSUPPORTED');
    expect(p.message).toBe('logo.png is larger than 20 MB');
    expect(p.zh?.message).toBe('logo.png 超过了 20 MB');
    const all = report(ASSET.tooManyBytes, { total: 41_943_041, limit: 40 * 1024 * 1024 });
    expect(all.message).toBe("the template's pictures take 41,943,041 bytes together; a template may carry at most 40 MB");
    expect(all.zh?.message).toBe('模板的图片合计 41,943,041 字节；一个模板最多只能带 40 MB');
    expect(bytesZh(1024)).toBe('1,024 字节');
  });

  it('outside the folder: an absolute path, ../, a link', () => {
    const abs = template('abs', `name: abs\nextends: party-red\nlogo:\n  path: ${at('elsewhere.png')}\n`);
    const a = only(problems(abs), 'ASSET_OUTSIDE');
    expect(a.zh).toEqual({ message: `${at('elsewhere.png')} 是绝对路径`, hint: '请把图片复制到模板文件夹中，并写相对于 template.yaml 的路径，例如 logo.png' });
    writeFileSync(at('out.png'), png(4, 4));
    const up = template('up', 'name: up\nextends: party-red\nlogo:\n  path: ../out.png\n');
    expect(only(problems(up), 'ASSET_OUTSIDE')).toMatchObject({ pos: { line: 4, column: 9 }, zh: { message: '../out.png 在模板文件夹之外' } });
    const link = template('link', 'name: link\nextends: party-red\nlogo:\n  path: logo.png\n');
    symlinkSync(at('out.png'), path.join(link, 'logo.png'));
    expect(only(problems(link), 'ASSET_OUTSIDE').zh?.message).toBe('logo.png 是一个链接，指向模板文件夹之外的文件');
  });
});

describe('contrast', () => {
  it('a low-contrast pair: the same colours and ratio, the uses in Chinese', () => {
    const d = template('mid', 'name: mid\nextends: party-red\ncolors:\n  primary: "#E0403A"\n');
    const w = loadTemplate(d).warnings.find((x) => x.code === 'TEMPLATE_CONTRAST' && x.message.includes('onPrimary'))!;
    expect(w.severity).toBe('warning');
    const ratio = /contrast (\d\.\d\d):1/.exec(w.message)![1];
    expect(w.zh?.message).toBe(`colors.onPrimary #FFFFFF 在 colors.primary #E0403A 上的对比度为 ${ratio}:1；封面主色底上的单位和日期、主色底上的章节页副标题、主色底上的结束页副标题、主色底上的表头（最小字号 14 pt）需要 4.5:1（WCAG AA）`);
    expect(w.zh?.hint).toBe('请把两种颜色中的一种调深或调浅，直到对比度达到 4.5:1');
  });

  it('every text a role spec’s contrast names has its Chinese', () => {
    const whats = Object.values(textRoles()).flatMap((spec) => (spec.contrast ?? []).map((c) => c.what));
    expect(whats.length).toBeGreaterThan(5);
    for (const what of whats) expect(CONTRAST_USES_ZH[what], what).toBeDefined();
  });
});

/** A .pptx whose theme fonts are given. */
async function pptx(file: string, majorLatin = 'Georgia'): Promise<string> {
  const p = new PptxGenJS();
  p.addSlide().addText('x', { x: 1, y: 1, w: 1, h: 1 });
  const parts = await pptxgenjsParts(p);
  parts.set('ppt/theme/theme1.xml', (parts.get('ppt/theme/theme1.xml') as string).replace(/(<a:majorFont><a:latin typeface=")[^"]*/, `$1${majorLatin}`));
  const files: Record<string, Uint8Array> = {};
  for (const [name, data] of parts) files[name] = typeof data === 'string' ? strToU8(data) : data;
  writeFileSync(file, zipSync(files));
  return file;
}

describe('template import', () => {
  it('not a presentation, in Chinese', async () => {
    writeFileSync(at('garbage.pptx'), 'not a zip\n');
    expect((await importFailure(at('garbage.pptx'))).zh).toEqual({
      message: `${at('garbage.pptx')} 不是 PowerPoint 文件（它不是 zip 压缩包）`,
      hint: '请指定由 PowerPoint 或 WPS 保存的演示文稿（.pptx）或模板（.potx）',
    });
    writeFileSync(at('old.ppt'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]));
    expect((await importFailure(at('old.ppt'))).zh?.message).toBe(`${at('old.ppt')} 是旧版的二进制 Office 文件（.ppt/.pot），不是 .pptx`);
    writeFileSync(at('report.pptx'), zipSync({ 'word/document.xml': strToU8('<w:document/>') }));
    const docx = await importFailure(at('report.pptx'));
    expect(docx.message).toBe(`${at('report.pptx')} is a Word document, not a PowerPoint presentation (despite its .pptx name)`);
    expect(docx.zh?.message).toBe(`${at('report.pptx')} 是一个 Word 文档，不是 PowerPoint 演示文稿（尽管扩展名是 .pptx）`);
    expect((await importFailure(at('nope.pptx'))).zh).toEqual({ message: `${at('nope.pptx')} 不存在`, hint: `请检查路径（相对路径从 ${process.cwd()} 算起）` });
    mkdirSync(at('folder.pptx'));
    expect((await importFailure(at('folder.pptx'))).zh?.message).toBe(`${at('folder.pptx')} 是文件夹，不是文件`);
  });

  it('a font name that cannot be used: a warning in Chinese naming the theme font', async () => {
    const file = await pptx(at('fonts.pptx'), 'Bad<Font>');
    const { warnings } = await importPptxTheme(file, loadTemplate('party-red').theme, 'fonts.pptx');
    const w = only(warnings, 'IMPORT_FAILED');
    expect(w).toMatchObject({ severity: 'warning', message: 'fonts.pptx: the font name "Bad<Font>" (latin major font) cannot be used and was skipped' });
    expect(w.zh).toEqual({ message: 'fonts.pptx：字体名 "Bad<Font>"（latin 标题字体）无法使用，已跳过', hint: '字体名只能包含字母、数字、空格和 . _ + -；请在 template.yaml 中手动设置这个字体' });
  });
});

describe('writing template.yaml', () => {
  it('TEMPLATE_EXISTS; a write that fails has the template’s hint in Chinese', () => {
    template('taken', 'name: taken\n');
    const exists = (() => {
      try {
        writeTemplateScaffold(at('taken'), 'x', 'taken');
      } catch (err) {
        return (err as DeckError).diagnostics[0]!;
      }
    })()!;
    expect(exists).toMatchObject({ code: 'TEMPLATE_EXISTS', message: `${path.join('taken', 'template.yaml')} already exists` });
    expect(exists.zh).toEqual({ message: `${path.join('taken', 'template.yaml')} 已存在`, hint: '请换一个文件夹；如果要重新开始，请先删除这个文件' });
    writeFileSync(at('file'), 'a file');
    const failed = (() => {
      try {
        writeTemplateScaffold(at('file'), 'x', 'file');
      } catch (err) {
        return (err as DeckError).diagnostics[0]!;
      }
    })()!;
    expect(failed.code).toBe('WRITE_FAILED');
    expect(failed.hint).toMatch(/^name a folder for the template/);
    expect(failed.zh?.hint).toBe('请为模板指定一个文件夹（不存在时会自动创建；但不能已有同名的文件），或修正文件夹的权限；没有写入任何文件');
  });
});

describe('the template commands with --lang zh', () => {
  it('templates: the line under the list', async () => {
    const r = await runCli(['templates', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^party-red +党建红/m);
    expect(r.out).toContain('用 -t NAME 选用模板（例如 briefdeck build outline.yaml -t gov-blue）；用 `briefdeck template new <dir> --from NAME` 制作自己的模板');
  });

  it('template new: what was written and what next; twice: TEMPLATE_EXISTS in Chinese', async () => {
    const r = await runCli(['template', 'new', at('acme'), '--lang', 'zh']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const file = at('acme', 'template.yaml');
    expect(r.out).toBe(`✓ 已写入 ${file}：模板 acme，基于 party-red，修改之前与它完全相同\n  下一步：编辑 ${file}，然后用 -t ${at('acme')} 生成演示文稿，例如 briefdeck build outline.yaml -t ${at('acme')}\n`);
    const again = await runCli(['template', 'new', at('acme'), '--lang', 'zh']);
    expect(again.code).toBe(1);
    expect(again.err).toContain(`TEMPLATE_EXISTS ${file} 已存在`);
    expect(again.err).toContain('提示：请换一个文件夹');
  });

  it('template import: the summary in Chinese', async () => {
    const file = await pptx(at('brand.pptx'));
    const r = await runCli(['template', 'import', file, at('brand'), '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^✓ 已写入 .*brand[\\/]template\.yaml：模板 brand，取自 .*brand\.pptx 的主题（“Office Theme”）：\d+ 种颜色、\d+ 个字体、幻灯片尺寸 16:9；其余与 party-red 相同\n/);
  });

  it('usage errors', async () => {
    const none = await runCli(['template', 'new', '--lang', 'zh']);
    expect(none.code).toBe(2);
    expect(none.err).toContain('USAGE template new 需要指定写入的文件夹：briefdeck template new <dir>');
    expect(none.err).toContain('提示：请查看 `briefdeck template --help`');
    const two = await runCli(['template', 'new', 'a', 'b', '--lang', 'zh']);
    expect(two.err).toContain('template new 只接受一个文件夹，现在给了 2 个：a b');
    const typo = await runCli(['template', 'nwe', 'x', '--lang', 'zh']);
    expect(typo.code).toBe(2);
    expect(typo.err).toContain('没有 `nwe` 这个 template 操作');
    expect(typo.err).toContain('提示：您是不是要写 `template new`？（可用的操作：new、import、check、preview）');
    const imp = await runCli(['template', 'import', 'x.pptx', '--lang', 'zh']);
    expect(imp.err).toContain('（现在给了 1 个参数）');
    const en = await runCli(['template', 'import', 'x.pptx', '--lang', 'en']);
    expect(en.err).toContain('template import needs the PowerPoint file and the folder to write: briefdeck template import <file.pptx|file.potx> <dir> (got 1 argument)');
  });
});
