// Bundles the CLI into dist/ with esbuild: one start-up chunk, pptxgenjs in a chunk loaded
// only when a deck is written, the `yaml` package in the chunk of the commands that read files,
// `jszip` replaced by src/render/zip-parts.ts (see there), and the preview page's files
// (src/watch/page/: shell, style, and client.ts compiled for the browser) held as text in the
// bundle, so dist/ never reads src/.
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const quiet = process.argv.includes('--quiet');
const t0 = performance.now();

/** With --if-stale: nothing to do when dist/ is newer than every source it is built from. */
function newest(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((n) => newest(join(path, n))));
}
if (process.argv.includes('--if-stale') && existsSync('dist/briefdeck.js')) {
  const built = statSync('dist/briefdeck.js').mtimeMs;
  if (built >= Math.max(newest('src'), newest('package-lock.json'), newest('scripts/bundle.mjs'))) process.exit(0);
}
// build beside dist/ and swap it in, so that a running briefdeck never sees half a bundle
const next = `dist.next-${process.pid}`;
rmSync(next, { recursive: true, force: true });

/** pptxgenjs imports node:https for remote images, which briefdeck never uses. */
const httpsStub = {
  name: 'https-stub',
  setup(b) {
    b.onResolve({ filter: /^(node:)?https$/ }, () => ({ path: new URL('../src/render/https-stub.ts', import.meta.url).pathname }));
  },
};

/**
 * The preview page: src/watch/page/files.ts reads page.html and page.css and compiles client.ts
 * when the sources run; the bundle gets, in its place, a module with the same export that holds
 * the three texts, made here the same way (these options are files.ts's CLIENT_BUILD;
 * tests/watch/cli.test.ts checks that the bundled CLI serves what the sources make).
 */
const PAGE = 'src/watch/page';
const pageFiles = {
  name: 'page-files',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]watch[\\/]page[\\/]files\.ts$/ }, async () => {
      const client = await build({
        entryPoints: [`${PAGE}/client.ts`],
        bundle: true,
        format: 'iife',
        platform: 'browser',
        target: 'es2022',
        charset: 'utf8',
        legalComments: 'none',
        write: false,
        logLevel: 'warning',
        absWorkingDir: process.cwd(),
      });
      const files = { html: readFileSync(`${PAGE}/page.html`, 'utf8'), css: readFileSync(`${PAGE}/page.css`, 'utf8'), script: client.outputFiles[0].text };
      return { contents: `const files = ${JSON.stringify(files)};\nexport function pageFiles() {\n  return files;\n}\n`, loader: 'js' };
    });
  },
};

await build({
  entryPoints: { briefdeck: 'src/cli/bin.ts', index: 'src/index.ts', 'build-worker': 'src/cli/build-worker.ts' },
  outdir: next,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: process.env.BRIEFDECK_NOMINIFY ? false : true,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  // `yaml` is bundled (one chunk loads faster than its 74 modules) from its ES module build, the
  // package's own "default" export: the same code as its Node build less a process.env lookup
  // per token (LOG_TOKENS), about a tenth of the time it takes to read a 1000-slide outline
  alias: { jszip: './src/render/zip-parts.ts', yaml: './node_modules/yaml/browser/index.js' },
  // pptxgenjs reads a `require` that ESM modules do not have; give it Node's
  banner: { js: "import { createRequire as __briefdeckRequire } from 'node:module'; const require = __briefdeckRequire(import.meta.url);" },
  // the report readers of `draft` are imported from node_modules when a Word or PDF report is read:
  // pdf.js's 3 MB stay out of dist/, and mammoth keeps its own jszip (the alias above is pptxgenjs')
  external: ['pdfjs-dist', 'pdfjs-dist/*', 'mammoth'],
  plugins: [httpsStub, pageFiles],
  logLevel: 'warning',
});
const old = `dist.old-${process.pid}`;
if (existsSync('dist')) renameSync('dist', old);
renameSync(next, 'dist');
rmSync(old, { recursive: true, force: true });
if (!quiet) console.log(`bundled dist/ in ${Math.round(performance.now() - t0)} ms`);
