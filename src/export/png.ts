/**
 * Slide pictures from the PDF with poppler's pdftoppm: one PNG per page 1280 pixels wide (1280 × 720
 * for 16:9), and the thumbnails of the contact sheet as PPM. LibreOffice alone cannot do this:
 * its PNG export draws only the first slide (7.4 ignores a page range).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runTool } from './tools.js';
import { composeSheet, readPpm } from './sheet.js';

/** Pixels across a slide picture: 1280 × 720 for 16:9 (96 dpi), 1280 × 960 for 4:3. */
export const SLIDE_WIDTH = 1280;
const THUMB_WIDTH = 320;

/** pdftoppm's pictures in `dir` with `prefix`, in page order. */
function outputs(dir: string, prefix: string, ext: string): string[] {
  const re = new RegExp(`^${prefix}-(\\d+)\\.${ext}$`);
  return readdirSync(dir)
    .map((f) => ({ f, m: re.exec(f) }))
    .filter((x) => x.m)
    .sort((a, b) => Number(a.m![1]) - Number(b.m![1]))
    .map((x) => join(dir, x.f));
}

export async function slidePngs(pdftoppm: string, pdf: string, dir: string, timeoutS: number): Promise<string[]> {
  const r = await runTool(pdftoppm, ['-png', '-scale-to-x', String(SLIDE_WIDTH), '-scale-to-y', '-1', pdf, join(dir, 'slide')], { timeoutMs: timeoutS * 1000 });
  if (r.code !== 0) throw new Error(`pdftoppm: ${r.out || `exit ${r.code}`}`);
  return outputs(dir, 'slide', 'png');
}

/** The contact sheet as PNG bytes. */
export async function contactSheet(pdftoppm: string, pdf: string, dir: string, timeoutS: number): Promise<Buffer> {
  const r = await runTool(pdftoppm, ['-scale-to-x', String(THUMB_WIDTH), '-scale-to-y', '-1', pdf, join(dir, 'thumb')], { timeoutMs: timeoutS * 1000 });
  if (r.code !== 0) throw new Error(`pdftoppm: ${r.out || `exit ${r.code}`}`);
  return composeSheet(outputs(dir, 'thumb', 'ppm').map((f) => readPpm(readFileSync(f))));
}
