/**
 * Picture slides: image, photos, a points slide's picture. The geometry (contain keeps the
 * aspect, cover crops around the centre and never stretches), what the .pptx holds (p:pic with
 * its alt text, a:srcRect, one media part per content however often and under whatever names it
 * is used), the preview, the checks of the files (each problem at its `image:` value, in English
 * and Chinese, all at once, the previous deck untouched), --allow-outside, and the schema check.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { build, inputFiles } from '../../src/build.js';
import { layoutDeck } from '../../src/compose/deck.js';
import { DeckError, type Diagnostic } from '../../src/core/errors.js';
import type { Deck, ImageBox, TextBox } from '../../src/deck/model.js';
import { loadOutline, type OutlineOptions } from '../../src/outline/load.js';
import { renderSlidesHtml } from '../../src/render/html.js';
import { renderPptx } from '../../src/render/write.js';
import { placePicture } from '../../src/slides/picture.js';
import { SIDE_SHARE } from '../../src/slides/side-picture.js';
import { loadTemplate } from '../../src/template/load.js';
import { inspectDeck } from '../helpers/deck-document.js';
import { png } from '../helpers/png.js';

const STRESS = resolve('tests/fixtures/stress');
const FIXTURE = join(STRESS, 'pictures.yaml');
const IMAGES = join(STRESS, 'images');
const tmp = mkdtempSync(join(tmpdir(), 'bd-pictures-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function lay(path = FIXTURE, template = 'party-red', opts: OutlineOptions = {}) {
  const doc = loadOutline(path, path, opts);
  return { doc, ...layoutDeck(doc, loadTemplate(template).theme) };
}
const pictures = (deck: Deck) => deck.slides.flatMap((s) => s.boxes.filter((b): b is ImageBox => b.kind === 'image').map((box) => ({ slide: s, box })));
const slideTitled = (deck: Deck, title: string) => deck.slides.find((s) => s.title === title)!;
const picturesOf = (deck: Deck, title: string) => slideTitled(deck, title).boxes.filter((b): b is ImageBox => b.kind === 'image');
/** The aspect of the part of the picture shown. */
const shownAspect = (b: ImageBox) => {
  const c = b.crop ?? { l: 0, t: 0, r: 0, b: 0 };
  return (b.image.widthPx * (1 - (c.l + c.r) / 100000)) / (b.image.heightPx * (1 - (c.t + c.b) / 100000));
};

describe('placing a picture', () => {
  const box = { x: 100, y: 200, w: 1600, h: 900 } as Parameters<typeof placePicture>[1];

  it('contain: the whole picture, its aspect kept, centred in the box', () => {
    const tall = placePicture({ widthPx: 900, heightPx: 1200 }, box, 'contain');
    expect(tall.crop).toBeUndefined();
    expect(tall.rect.h).toBe(900);
    expect(tall.rect.w).toBe(675);
    expect(tall.rect.x).toBe(Math.round(100 + (1600 - 675) / 2));
    const wide = placePicture({ widthPx: 2000, heightPx: 500 }, box, 'contain');
    expect([wide.rect.w, wide.rect.h, wide.rect.y]).toEqual([1600, 400, 200 + 250]);
  });

  it('cover: fills the box, cuts the overhang equally from both sides, never stretches', () => {
    const tall = placePicture({ widthPx: 900, heightPx: 1200 }, box, 'cover');
    expect(tall.rect).toEqual(box);
    // 900 px wide shown 1600 wide: 506.25 px of the 1200 show, the rest cut top and bottom
    expect(tall.crop).toEqual({ l: 0, t: 28906, r: 0, b: 28906 });
    const wide = placePicture({ widthPx: 3200, heightPx: 900 }, box, 'cover');
    expect(wide.crop).toEqual({ l: 25000, t: 0, r: 25000, b: 0 });
    // the same aspect: nothing to cut
    expect(placePicture({ widthPx: 16, heightPx: 9 }, box, 'cover').crop).toBeUndefined();
  });
});

describe('picture slides', () => {
  const { deck, diagnostics } = lay();
  const area = { top: 0, bottom: deck.height - 12700 * 40 };

  it('lay out without problems, every picture above the footer and on the slide', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const all = pictures(deck);
    expect(all.length).toBe(3 + 2 + 3 + 4 + 2);
    for (const { box } of all) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.w).toBeLessThanOrEqual(deck.width);
      expect(box.y + box.h).toBeLessThanOrEqual(area.bottom);
      expect(box.name).toMatch(/^picture \d+$/);
    }
    // no caption runs below the footer line or into its picture
    for (const s of deck.slides) {
      const captions = s.boxes.filter((b): b is TextBox => b.kind === 'text' && b.role === 'detail');
      for (const c of captions) expect(c.y + c.h).toBeLessThanOrEqual(area.bottom);
    }
  });

  it('never distorts a picture: the part shown has the box’s aspect', () => {
    for (const { box } of pictures(deck)) expect(shownAspect(box), box.image.path).toBeCloseTo(box.w / box.h, 2);
  });

  it('image: cover fills the content area cropped around the centre; contain keeps it whole with its caption under it', () => {
    const [cover] = picturesOf(deck, '校园新貌：改造后的教学楼与操场');
    expect(cover!.crop).toBeDefined();
    expect(cover!.crop!.l).toBe(cover!.crop!.r);
    expect(cover!.crop!.t).toBe(cover!.crop!.b);
    const contain = slideTitled(deck, '竖版照片完整显示');
    const pic = contain.boxes.find((b): b is ImageBox => b.kind === 'image')!;
    expect(pic.crop).toBeUndefined();
    expect(pic.w / pic.h).toBeCloseTo(900 / 1200, 3);
    const caption = contain.boxes.find((b): b is TextBox => b.kind === 'text' && b.role === 'detail')!;
    expect(caption.y).toBeGreaterThan(pic.y + pic.h);
    expect(caption.y - (pic.y + pic.h)).toBeLessThan(12700 * 10);
    // the alt text is the picture's, the title the slide's
    expect(pic.alt).toBe('竖版照片：绿色背景上的橙色圆形和两个深色方块');
  });

  it('photos: two side by side, three across, four in two rows of two; captions in one size', () => {
    const rows = (title: string) => {
      const p = picturesOf(deck, title);
      return { ys: [...new Set(p.map((b) => b.y))].length, xs: [...new Set(p.map((b) => b.x))].length, p };
    };
    expect(rows('两张照片并排')).toMatchObject({ ys: 1, xs: 2 });
    expect(rows('三张照片一行')).toMatchObject({ ys: 1, xs: 3 });
    // contain in a 2×2 grid: the pictures are centred in their cells, so compare the cells' captions
    const four = slideTitled(deck, '四张照片两行两列');
    const caps = four.boxes.filter((b): b is TextBox => b.kind === 'text' && b.role === 'detail');
    expect(caps.length).toBe(3);
    expect([...new Set(caps.map((c) => c.x))].length).toBe(2);
    expect([...new Set(caps.map((c) => c.y))].length).toBe(2);
    for (const title of ['两张照片并排', '三张照片一行', '四张照片两行两列']) {
      const s = slideTitled(deck, title);
      const sizes = s.boxes.filter((b): b is TextBox => b.kind === 'text' && b.role === 'detail').map((c) => c.paragraphs[0]!.lines[0]!.runs[0]!.size);
      expect(new Set(sizes).size, title).toBe(1);
    }
    // cover fills every cell: the pictures of a row are as high as each other
    expect(new Set(rows('三张照片一行').p.map((b) => b.h)).size).toBe(1);
  });

  it('a points slide with a picture: the list keeps its body placeholder, narrowed; the picture takes the right part', () => {
    const s = slideTitled(deck, '校园安全工作取得实效');
    const list = s.boxes.find((b): b is TextBox => b.kind === 'text' && b.placeholder?.idx === 1)!;
    const pic = s.boxes.find((b): b is ImageBox => b.kind === 'image')!;
    const plain = lay(join(STRESS, 'many-points.yaml')).deck.slides.find((x) => x.kind === 'points')!.boxes.find((b): b is TextBox => b.kind === 'text' && b.placeholder?.idx === 1)!;
    expect(list.x).toBe(plain.x);
    expect(list.w).toBeLessThan(plain.w * (1 - SIDE_SHARE));
    expect(pic.x).toBeGreaterThan(list.x + list.w);
    expect(pic.x + pic.w).toBeLessThanOrEqual(plain.x + plain.w);
    // at the top, where the list starts, the caption right under it
    expect(pic.y).toBe(list.y);
    const caption = s.boxes.find((b): b is TextBox => b.kind === 'text' && b.role === 'detail')!;
    expect(caption.y).toBe(pic.y + pic.h + 12700 * 6);
    expect(list.paragraphs.map((p) => p.level ?? 0)).toEqual([0, 0, 1, 1, 0]);
  });

  it('a caption too long for its cell even at the smallest size is TEXT_OVERFLOW at that caption', () => {
    const long = '这是一段很长的图片说明，'.repeat(8);
    const path = folder('captions', `  - type: photos\n    title: 三张照片\n    photos:\n      - { image: images/square.png, alt: 甲, caption: 短说明 }\n      - { image: images/landscape.jpg, alt: 乙, caption: ${long} }\n      - { image: images/square.png, alt: 丙 }\n`);
    const overflow = lay(path).diagnostics.filter((d) => d.code === 'TEXT_OVERFLOW');
    expect(overflow.map((d) => `${d.pos?.line}:${d.pos?.path}`)).toEqual(['7:slides[0].photos[1].caption']);
    expect(overflow[0]!.message).toContain('the picture’s caption');
    expect(overflow[0]!.zh?.message).toContain('图片下方的说明');
  });

  it('names every picture file as an input of the build (watch rebuilds when one changes)', () => {
    const { doc } = lay();
    const inputs = inputFiles(doc, loadTemplate('party-red').theme);
    for (const f of ['landscape.jpg', 'landscape-copy.jpg', 'portrait.jpg', 'square.png', 'wide.png']) expect(inputs).toContain(join(IMAGES, f));
  });
});

describe('picture slides in the .pptx', async () => {
  const { deck } = lay();
  const bytes = await renderPptx(deck);
  const files = unzipSync(bytes);
  const text = (n: string) => strFromU8(files[n]!);

  it('is a PowerPoint document still: titles, theme colours and faces, every picture with its alt text', () => {
    const r = inspectDeck(bytes, deck);
    expect(r.problems).toEqual([]);
    expect(r.titled).toBe(deck.slides.length);
    expect(r.pictures).toBe(r.picturesWithAlt);
    expect(r.pictures).toBeGreaterThanOrEqual(14);
  });

  it('writes content pictures: descr is the alt text, not decorative; a cover crop as a:srcRect before a:stretch', () => {
    const s = slideTitled(deck, '校园新貌：改造后的教学楼与操场');
    const xml = text(`ppt/slides/slide${s.number}.xml`);
    const pic = xml.match(/<p:pic>[\s\S]*?<\/p:pic>/)![0];
    expect(pic).toContain('descr="改造后的教学楼与操场全景，蓝色天空下的红色圆形标志和白色建筑"');
    expect(pic).not.toContain('decorative');
    const box = picturesOf(deck, s.title)[0]!;
    expect(pic).toMatch(new RegExp(`<a:blip r:embed="rId\\d+"/><a:srcRect t="${box.crop!.t}" b="${box.crop!.b}"/><a:stretch><a:fillRect/></a:stretch>`));
    const contain = text(`ppt/slides/slide${slideTitled(deck, '竖版照片完整显示').number}.xml`);
    expect(contain).not.toContain('srcRect');
  });

  it('the narrowed list: a point after a wrapped one sets its right margin back (LibreOffice carries marR on)', () => {
    const s = slideTitled(deck, '校园安全工作取得实效');
    const xml = text(`ppt/slides/slide${s.number}.xml`);
    const body = xml.slice(xml.indexOf('name="Content Placeholder'), xml.indexOf('</p:txBody>', xml.indexOf('name="Content Placeholder')));
    const margins = [...body.matchAll(/<a:pPr([^>]*)>/g)].map((m) => m[1]!.match(/marR="(\d+)"/)?.[1]);
    expect(margins[0]).toMatch(/^[1-9]\d*$/);
    expect(margins[1]).toBe('0');
    expect(margins.slice(2)).toEqual([undefined, undefined, undefined]);
  });

  it('stores each picture once: one file on three slides and its copy under another name are one media part', () => {
    const media = Object.keys(files).filter((n) => n.startsWith('ppt/media/'));
    // landscape.jpg (and landscape-copy.jpg), portrait.jpg, square.png, wide.png
    expect(media.length).toBe(4);
    const landscape = readFileSync(join(IMAGES, 'landscape.jpg'));
    const part = media.filter((n) => Buffer.from(files[n]!).equals(landscape));
    expect(part.length).toBe(1);
    const target = `../media/${part[0]!.split('/').pop()}`;
    const using = deck.slides.filter((s) => s.boxes.some((b) => b.kind === 'image' && /landscape(-copy)?\.jpg$/.test(b.image.path)));
    expect(using.length).toBe(5);
    for (const s of using) {
      const rels = text(`ppt/slides/_rels/slide${s.number}.xml.rels`);
      expect(rels, `slide ${s.number}`).toContain(`Target="${target}"`);
    }
    // the copy's slide points at the same part as the original's
    const copySlide = slideTitled(deck, '三张照片一行');
    expect(text(`ppt/slides/_rels/slide${copySlide.number}.xml.rels`)).toContain(`Target="${target}"`);
  });

  it('draws the pictures in the preview, a cover crop as the same cut', () => {
    const html = renderSlidesHtml(deck);
    const cover = picturesOf(deck, '校园新貌：改造后的教学楼与操场')[0]!;
    expect(html).toContain('class="bd-box bd-crop"');
    expect((html.match(/class="bd-box bd-image"/g) ?? []).length).toBeGreaterThanOrEqual(14);
    // the shown part fills the box: the picture is scaled by 1 / (share shown), shifted by the cut
    const h = cover.h / (1 - (cover.crop!.t + cover.crop!.b) / 100000);
    expect(html).toContain(`height:${+(h / 12700).toFixed(3)}px;max-width:none`);
    expect(html).toContain('alt="改造后的教学楼与操场全景，蓝色天空下的红色圆形标志和白色建筑"');
  });

  it('gives the same bytes every time', async () => {
    const again = await renderPptx(lay().deck);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});

/** An outline in its own folder with the fixtures' pictures beside it; returns its path. */
function folder(name: string, slides: string): string {
  const dir = join(tmp, name);
  mkdirSync(join(dir, 'images'), { recursive: true });
  for (const f of ['landscape.jpg', 'square.png']) copyFileSync(join(IMAGES, f), join(dir, 'images', f));
  const path = join(dir, 'outline.yaml');
  writeFileSync(path, `title: 图片检查\nslides:\n${slides}`);
  return path;
}
function problems(path: string, opts: OutlineOptions = {}): Diagnostic[] {
  try {
    loadOutline(path, 'outline.yaml', opts);
    return [];
  } catch (e) {
    if (!(e instanceof DeckError)) throw e;
    return [...e.diagnostics];
  }
}
const line = (d: Diagnostic) => `${d.pos?.line}:${d.pos?.column} ${d.code}`;
const image = (path: string) => `  - type: image\n    image: ${path}\n    alt: 图\n`;

describe('checking the pictures', () => {
  it('reports every bad picture at its image: value, all at once, in English and Chinese', () => {
    const path = folder('bad', [image('images/none.png'), image('images'), image('images/cut.png'), image('images/anim.png'), image('images/notes.png'), image('images/huge.jpg'), image('images/logo.svg'), image('images/photo.webp')].join(''));
    const dir = join(path, '..', 'images');
    const png = readFileSync(join(IMAGES, 'square.png'));
    writeFileSync(join(dir, 'cut.png'), png.subarray(0, Math.floor(png.length / 2)));
    writeFileSync(join(dir, 'anim.png'), Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(40)]));
    writeFileSync(join(dir, 'notes.png'), '这不是图片，只是改了扩展名的文本文件。\n');
    // a sparse file: 21 MB on paper, nothing on disk
    writeFileSync(join(dir, 'huge.jpg'), '');
    truncateSync(join(dir, 'huge.jpg'), 21 * 1024 * 1024);
    writeFileSync(join(dir, 'logo.svg'), '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(dir, 'photo.webp'), Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 '), Buffer.alloc(20)]));
    const list = problems(path);
    // line 4 is the first slide's image:, each slide three lines below the last; the value starts at column 12
    expect(list.map(line)).toEqual([
      '4:12 PICTURE_NOT_FOUND',
      '7:12 PICTURE_NOT_FOUND',
      '10:12 PICTURE_UNSUPPORTED',
      '13:12 PICTURE_UNSUPPORTED',
      '16:12 PICTURE_UNSUPPORTED',
      '19:12 PICTURE_TOO_LARGE',
      '22:12 PICTURE_UNSUPPORTED',
      '25:12 PICTURE_UNSUPPORTED',
    ]);
    const [missing, folderOne, cut, gif, textFile, huge, svg, webp] = list as [Diagnostic, Diagnostic, Diagnostic, Diagnostic, Diagnostic, Diagnostic, Diagnostic, Diagnostic];
    expect(missing.message).toBe('picture images/none.png does not exist');
    expect(missing.zh?.message).toBe('图片 images/none.png 不存在');
    expect(missing.hint).toContain(join(path, '..'));
    expect(folderOne.message).toBe('picture images is a folder, not a file');
    expect(folderOne.zh?.message).toBe('图片 images 是文件夹，不是文件');
    expect(cut.message).toMatch(/^picture images\/cut.png is a damaged PNG/);
    expect(cut.zh?.message).toMatch(/^图片 images\/cut.png 是已损坏的 PNG/);
    expect(gif.message).toBe('picture images/anim.png is a GIF image; slides take PNG or JPEG');
    expect(gif.zh?.message).toBe('图片 images/anim.png 是 GIF 格式；幻灯片只能使用 PNG 或 JPEG');
    expect(textFile.message).toBe('picture images/notes.png is not a PNG or JPEG image');
    expect(textFile.zh?.message).toBe('图片 images/notes.png 不是 PNG 或 JPEG 图片');
    expect(huge.message).toBe('picture images/huge.jpg is 21 MB, more than 20 MB');
    expect(huge.zh?.message).toBe('图片 images/huge.jpg 有 21 MB，超过了 20 MB');
    expect(svg.message).toContain('is a SVG image');
    expect(webp.message).toContain('is a WebP image');
    for (const d of list) {
      expect(d.frame, d.message).toContain('image:');
      expect(d.zh?.hint).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('refuses a picture wider or taller than 16,384 pixels, whole as it is', () => {
    const path = folder('pixels', image('images/strip.png'));
    writeFileSync(join(path, '..', 'images', 'strip.png'), png(16385, 1));
    const list = problems(path);
    expect(list.map(line)).toEqual(['4:12 PICTURE_UNSUPPORTED']);
    expect(list[0]!.message).toBe('picture images/strip.png is 16385 × 1 pixels; at most 16384 pixels each way');
    expect(list[0]!.zh?.message).toBe('图片 images/strip.png 的尺寸是 16385 × 1 像素；宽和高最多 16384 像素');
  });

  it('reports schema problems and picture problems in one run', () => {
    const path = folder('both', `${image('images/none.png')}  - type: photos\n    photos:\n      - { image: images/square.png }\n`);
    expect(problems(path).map(line)).toEqual(['4:12 PICTURE_NOT_FOUND', '8:7 OUTLINE_SCHEMA', '8:9 OUTLINE_SCHEMA']);
  });

  it('keeps pictures inside the outline’s folder: ../, absolute paths and links out are refused unless allowed', () => {
    const outside = join(tmp, 'elsewhere.png');
    copyFileSync(join(IMAGES, 'square.png'), outside);
    const path = folder('outside', [image('../elsewhere.png'), image(outside), image('images/link.png')].join(''));
    symlinkSync(outside, join(path, '..', 'images', 'link.png'));
    const list = problems(path);
    expect(list.map(line)).toEqual(['4:12 PICTURE_OUTSIDE', '7:12 PICTURE_OUTSIDE', '10:12 PICTURE_OUTSIDE']);
    expect(list[0]!.message).toBe(`picture ../elsewhere.png is outside the outline’s folder (${join(path, '..')})`);
    expect(list[0]!.hint).toContain('--allow-outside');
    expect(list[2]!.message).toContain('is a link to a file outside the outline’s folder');
    expect(list[2]!.zh?.message).toContain('是一个链接');
    // --allow-outside: all three are read, and they are one picture
    const { deck, diagnostics } = lay(path, 'party-red', { allowOutside: true });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(pictures(deck).map((p) => p.box.image.widthPx)).toEqual([800, 800, 800]);
    // a link that stays inside the folder is fine without it
    const inside = folder('inside-link', image('images/alias.png'));
    symlinkSync(join(inside, '..', 'images', 'square.png'), join(inside, '..', 'images', 'alias.png'));
    expect(problems(inside)).toEqual([]);
  });

  it('holds the deck’s pictures together to a limit, each distinct picture counted once', () => {
    const path = folder('total', [image('images/landscape.jpg'), image('images/landscape.jpg'), image('images/square.png')].join(''));
    const size = readFileSync(join(IMAGES, 'landscape.jpg')).length;
    // the same picture twice counts once: within a limit of one landscape and a square
    expect(problems(path, { limits: { deckBytes: size + 9000 } })).toEqual([]);
    const list = problems(path, { limits: { deckBytes: size + 100 } });
    expect(list.map(line)).toEqual(['10:12 PICTURE_TOO_LARGE']);
    expect(list[0]!.message).toMatch(/^the outline’s pictures take [\d,]+ bytes together; a deck may carry at most [\d,]+ bytes$/);
    // and one picture to its own limit
    expect(problems(path, { limits: { bytes: 10000 } }).map(line)).toEqual(['4:12 PICTURE_TOO_LARGE', '7:12 PICTURE_TOO_LARGE']);
  });

  it('writes nothing when a picture is bad: the previous deck keeps its bytes', async () => {
    const path = folder('keep', image('images/square.png'));
    const output = join(tmp, 'keep.pptx');
    await build({ outline: path, output });
    const before = readFileSync(output);
    writeFileSync(path, `title: 图片检查\nslides:\n${image('images/none.png')}`);
    await expect(build({ outline: path, output })).rejects.toThrow(DeckError);
    expect(readFileSync(output).equals(before)).toBe(true);
    // and the build with --allow-outside through build(): a picture one folder up
    writeFileSync(path, `title: 图片检查\nslides:\n${image('../elsewhere-2.png')}`);
    copyFileSync(join(IMAGES, 'landscape.jpg'), join(path, '..', '..', 'elsewhere-2.png'));
    await expect(build({ outline: path, output })).rejects.toThrow(/outside the outline’s folder/);
    expect(readFileSync(output).equals(before)).toBe(true);
    const r = await build({ outline: path, output, allowOutside: true });
    expect(r.bytes).toBeGreaterThan(0);
    expect(readFileSync(output).equals(before)).toBe(false);
  });
});

const VALIDATOR = join(process.cwd(), '..', 'shared', 'tools', 'ooxml-validate.sh');
describe.skipIf(!existsSync(VALIDATOR))('the schema check (../shared/tools/ooxml-validate.sh)', () => {
  it.each(['party-red', 'gov-blue', 'ink'])('passes for every picture slide in %s', async (template) => {
    const out = join(tmp, `pictures-${template}.pptx`);
    writeFileSync(out, await renderPptx(lay(FIXTURE, template).deck));
    const report = execFileSync(VALIDATOR, [out], { encoding: 'utf8' });
    expect(report).toMatch(/0 schema errors, 0 broken relationships, 0 content-type errors/);
  });
});
