// Runs a TypeScript script of this repository: bundles it as the CLI is bundled
// (scripts/bundle.mjs) into a temporary file and imports it. Usage: node scripts/run-ts.mjs FILE.ts [args]
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const [file, ...args] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [args]');
  process.exit(2);
}
mkdirSync('node_modules/.cache', { recursive: true });
const dir = mkdtempSync(join('node_modules/.cache', 'run-ts-'));
const out = join(dir, 'script.mjs');
await build({
  entryPoints: [file],
  outfile: out,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // bundled CommonJS packages read a `require` that ES modules do not have
  banner: { js: "import { createRequire as __briefdeckRequire } from 'node:module'; const require = __briefdeckRequire(import.meta.url);" },
  // as in scripts/bundle.mjs: the report readers of `draft` come from node_modules
  external: ['pdfjs-dist', 'pdfjs-dist/*', 'mammoth'],
  logLevel: 'warning',
});
process.argv = [process.argv[0], resolve(file), ...args];
const url = pathToFileURL(resolve(out)).href;
try {
  await import(url);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
