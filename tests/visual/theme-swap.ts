/**
 * A different theme for a finished deck, as PowerPoint's Design ▸ Themes or replacing
 * ppt/theme/theme1.xml does it: other colours in every slot of the colour scheme, other heading
 * and body faces (Latin and East Asian). A deck whose slides refer to the theme changes with it.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export const SWAP_SCHEME: Record<string, string> = {
  dk1: '1B2631',
  lt1: 'FDF6E3',
  dk2: '0B5345',
  lt2: 'D5F5E3',
  accent1: '117A65',
  accent2: 'D35400',
  accent3: '7F8C8D',
  accent4: '1F618D',
  accent5: '884EA0',
  accent6: 'B7950B',
  hlink: '1F618D',
  folHlink: '884EA0',
};
export const SWAP_FONTS = { latin: 'Liberation Serif', ea: 'Noto Serif CJK SC' };

/** The deck with another theme: its colours, its faces, or both. */
export function swapTheme(pptx: Uint8Array, what: 'colors' | 'fonts' | 'both' = 'both'): Uint8Array {
  const files = unzipSync(pptx);
  const original = strFromU8(files['ppt/theme/theme1.xml']!);
  let theme = original;
  const scheme = Object.entries(SWAP_SCHEME)
    .map(([k, v]) => `<a:${k}><a:srgbClr val="${v}"/></a:${k}>`)
    .join('');
  if (what !== 'fonts') theme = theme.replace(/<a:clrScheme name="[^"]*">[\s\S]*?<\/a:clrScheme>/, `<a:clrScheme name="swapped">${scheme}</a:clrScheme>`);
  const faces = `<a:latin typeface="${SWAP_FONTS.latin}"/><a:ea typeface="${SWAP_FONTS.ea}"/><a:cs typeface=""/>`;
  if (what !== 'colors') theme = theme.replace(/(<a:(major|minor)Font>)<a:latin [^>]*\/><a:ea [^>]*\/><a:cs [^>]*\/>/g, `$1${faces}`).replace(/<a:font script="Hans" typeface="[^"]*"\/>/g, `<a:font script="Hans" typeface="${SWAP_FONTS.ea}"/>`);
  if (theme === original) throw new Error(`swapTheme: the theme's ${what} were not found`);
  files['ppt/theme/theme1.xml'] = strToU8(theme);
  return zipSync(files, { level: 6 });
}

/** The font names a PDF embeds (pdffonts), without subset prefixes. */
export function pdfFonts(pdf: string): string[] {
  const out = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
  return [...new Set(out.split('\n').slice(2).map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')).filter(Boolean))].sort();
}

/** The pages of a PDF as RGB pixels (pdftoppm's PPM), small: enough to see what changed. */
export function pagePixels(pdf: string, outDir: string, dpi = 20): { width: number; height: number; rgb: Uint8Array }[] {
  execFileSync('pdftoppm', ['-r', String(dpi), pdf, join(outDir, 'p')]);
  return readdirSync(outDir)
    .filter((f) => /^p-\d+\.ppm$/.test(f))
    .sort()
    .map((f) => {
      const data = readFileSync(join(outDir, f));
      // P6 <width> <height> <maxval>\n<bytes>
      const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'))!;
      return { width: Number(header[1]), height: Number(header[2]), rgb: data.subarray(header[0].length) };
    });
}

/** Share of pixels that differ (any channel by more than 8 of 255) between two pages of one size. */
export function changedShare(a: Uint8Array, b: Uint8Array): number {
  let changed = 0;
  const n = Math.min(a.length, b.length) / 3;
  for (let i = 0; i < n; i++) {
    const k = i * 3;
    if (Math.abs(a[k]! - b[k]!) > 8 || Math.abs(a[k + 1]! - b[k + 1]!) > 8 || Math.abs(a[k + 2]! - b[k + 2]!) > 8) changed++;
  }
  return changed / n;
}
