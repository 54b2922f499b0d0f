/**
 * The preview page's three files as text: the shell (page.html), the style (page.css) and the
 * script (client.ts, compiled by esbuild into one classic script for the browser).
 *
 * This module is what runs from the sources (vitest, scripts/run-ts.mjs): on first use it reads
 * the files from src/watch/page/ of the package and compiles client.ts with esbuild, a
 * development dependency, there whenever the sources are. The bundle never holds it:
 * scripts/bundle.mjs puts in its place a module with the same export whose three texts were
 * made at bundle time the same way, so dist/ reads nothing of src/ and needs no esbuild.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BuildOptions } from 'esbuild';
import { packageRoot } from '../../core/package-root.js';

export interface PageFiles {
  /** page.html as written. */
  html: string;
  /** page.css as written. */
  css: string;
  /** client.ts compiled to JavaScript. */
  script: string;
}

/** How client.ts is compiled; scripts/bundle.mjs repeats these options (tests/watch/cli.test.ts compares what the two make). */
const CLIENT_BUILD = {
  entryPoints: ['src/watch/page/client.ts'],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  charset: 'utf8',
  legalComments: 'none',
  write: false,
  logLevel: 'warning',
} satisfies BuildOptions;

let files: PageFiles | undefined;

export function pageFiles(): PageFiles {
  if (files) return files;
  const root = packageRoot();
  const dir = join(root, 'src', 'watch', 'page');
  // required here, not imported: only the sources need esbuild (a bundler cannot follow this call)
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  const built = esbuild.buildSync({ ...CLIENT_BUILD, absWorkingDir: root });
  const script = built.outputFiles[0]?.text;
  if (script === undefined) throw new Error('briefdeck preview: esbuild gave no script for client.ts');
  files = { html: readFileSync(join(dir, 'page.html'), 'utf8'), css: readFileSync(join(dir, 'page.css'), 'utf8'), script };
  return files;
}
