// Bundles the CLI into dist/ with esbuild: one start-up chunk, pptxgenjs in a chunk loaded
// only when a deck is written, and `jszip` replaced by src/render/zip-parts.ts (see there).
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const quiet = process.argv.includes('--quiet');
const t0 = performance.now();
rmSync('dist', { recursive: true, force: true });

/** pptxgenjs imports node:https for remote images, which briefdeck never uses. */
const httpsStub = {
  name: 'https-stub',
  setup(b) {
    b.onResolve({ filter: /^(node:)?https$/ }, () => ({ path: new URL('../src/render/https-stub.ts', import.meta.url).pathname }));
  },
};

await build({
  entryPoints: { briefdeck: 'src/cli/bin.ts', index: 'src/index.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: process.env.BRIEFDECK_NOMINIFY ? false : true,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  alias: { jszip: './src/render/zip-parts.ts' },
  // pptxgenjs reads a `require` that ESM modules do not have; give it Node's
  banner: { js: "import { createRequire as __briefdeckRequire } from 'node:module'; const require = __briefdeckRequire(import.meta.url);" },
  plugins: [httpsStub],
  logLevel: 'warning',
});
if (!quiet) console.log(`bundled dist/ in ${Math.round(performance.now() - t0)} ms`);
