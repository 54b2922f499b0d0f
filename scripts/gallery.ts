/**
 * `npm run gallery`: the shipped outline in every built-in template, rendered by LibreOffice
 * to PNG thumbnails in output/gallery/<template>/, and the README's pictures (the cover, the
 * key-number slide with the most cards, the first chart and the first table of each template) in
 * docs/gallery/. Needs soffice and pdftoppm.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from '../src/build.js';
import type { Deck } from '../src/deck/model.js';
import { visibleTextBoxes } from '../src/deck/view.js';
import { listBuiltinTemplates } from '../src/template/load.js';

const OUT = resolve('output/gallery');
const DOCS = resolve('docs/gallery');
type Shown = Record<'cover' | 'numbers' | 'columns' | 'chart' | 'table', number>;
/** The picture slides are shown from the pictures fixture (the shipped report has no photos). */
const PICTURES = 'tests/fixtures/stress/pictures.yaml';

/** Slides the README shows, found by kind so that editing the outline does not point at the wrong slide. */
function shownSlides(deck: Deck): Shown {
  const at = (kind: string) => deck.slides.findIndex((s) => s.kind === kind) + 1;
  const cards = (i: number) => visibleTextBoxes(deck, deck.slides[i]!).filter((b) => b.role === 'figure').length;
  let numbers = 0;
  deck.slides.forEach((s, i) => {
    if (s.kind === 'numbers' && (numbers === 0 || cards(i) > cards(numbers - 1))) numbers = i + 1;
  });
  const shown = { cover: at('cover'), numbers, columns: at('columns'), chart: at('chart'), table: at('table') };
  for (const [what, n] of Object.entries(shown)) if (n < 1) throw new Error(`gallery: the shipped outline has no ${what} slide`);
  return shown;
}

for (const tool of ['soffice', 'pdftoppm']) {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
  } catch {
    console.error(`gallery: ${tool} is missing (apt-get install libreoffice-impress poppler-utils)`);
    process.exit(1);
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'briefdeck-gallery-'));
try {
  const decks: string[] = [];
  let shown: Shown | undefined;
  let photos = 0;
  for (const name of listBuiltinTemplates()) {
    const r = await build({ outline: 'outline/sanlian.yaml', template: name, output: join(tmp, `${name}.pptx`) });
    decks.push(r.output!);
    shown ??= shownSlides(r.deck);
    console.log(`built ${name}: ${r.deck.slides.length} slides`);
    const p = await build({ outline: PICTURES, template: name, output: join(tmp, `${name}-pictures.pptx`) });
    decks.push(p.output!);
    // the row of three photos (cropped to fill), else the first photo slide
    const grids = p.deck.slides.map((s, i) => ({ i, n: s.kind === 'photos' ? s.boxes.filter((b) => b.kind === 'image').length : 0 })).filter((g) => g.n);
    photos ||= ((grids.find((g) => g.n === 3) ?? grids[0])?.i ?? -1) + 1;
    if (photos < 1) throw new Error('gallery: the pictures fixture has no photos slide');
  }
  // one LibreOffice start for every deck; its own profile; the test fonts' aliases
  execFileSync('soffice', [`-env:UserInstallation=file://${join(tmp, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(tmp, 'pdf'), ...decks], {
    stdio: 'ignore',
    env: { ...process.env, FONTCONFIG_FILE: resolve('tests/render/fonts.conf') },
  });
  mkdirSync(DOCS, { recursive: true });
  for (const name of listBuiltinTemplates()) {
    const pdf = join(tmp, 'pdf', `${name}.pdf`);
    const dir = join(OUT, name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '50', pdf, join(dir, 'slide')]);
    for (const [what, page] of Object.entries(shown!)) {
      execFileSync('pdftoppm', ['-png', '-r', '36', '-singlefile', '-f', String(page), '-l', String(page), pdf, join(DOCS, `${name}-${what}`)]);
    }
    const picturesPdf = join(tmp, 'pdf', `${name}-pictures.pdf`);
    execFileSync('pdftoppm', ['-png', '-r', '36', '-singlefile', '-f', String(photos), '-l', String(photos), picturesPdf, join(DOCS, `${name}-photos`)]);
    console.log(`${name}: ${readdirSync(dir).length} thumbnails in ${dir}`);
  }
  copyFileSync(join(tmp, 'pdf', 'party-red.pdf'), join(OUT, 'party-red.pdf'));
  console.log(`README pictures in ${DOCS}: slides ${Object.entries(shown!).map(([k, v]) => `${v} (${k})`).join(', ')}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
