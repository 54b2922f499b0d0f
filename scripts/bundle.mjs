// Bundles briefdeck into dist/ with esbuild: the CLI as one CommonJS file (briefdeck.cjs) that
// dist/briefdeck.js (CommonJS, as dist/package.json says) runs with V8's code cache
// (briefdeck.cache, made here by one build of the shipped outline); the library (index.mjs) and
// the batch worker (build-worker.mjs) as ES modules in chunks. The preview page's files (src/watch/page/: shell, style, and client.ts compiled for the browser) are held as
// text in the bundle, so dist/ never reads src/.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
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
  if (built >= Math.max(newest('src'), newest('templates'), newest('package-lock.json'), newest('scripts/bundle.mjs'), newest('scripts/bundle-shims'))) process.exit(0);
}
// build beside dist/ and swap it in, so that a running briefdeck never sees half a bundle
const next = `dist.next-${process.pid}`;
rmSync(next, { recursive: true, force: true });

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

/**
 * The built-in templates, read once here by the reader every run uses (src/core/yaml-file.ts,
 * bundled for this), so that a run finds their data without parsing them: the module
 * src/core/yaml-known.ts gets, in the bundles, the map it documents.
 */
async function knownYamlModule() {
  const reader = await build({ entryPoints: ['src/core/yaml-file.ts'], bundle: true, format: 'esm', platform: 'node', target: 'node20', write: false, logLevel: 'warning', alias: { yaml: './node_modules/yaml/browser/index.js' } });
  mkdirSync('node_modules/.cache', { recursive: true });
  const tmp = mkdtempSync(join('node_modules/.cache', 'known-yaml-'));
  try {
    const file = join(tmp, 'reader.mjs');
    writeFileSync(file, reader.outputFiles[0].text);
    const { knownYamlEntry, TEMPLATE_CODES } = await import(pathToFileURL(resolve(file)).href);
    const entries = [];
    for (const name of readdirSync('templates').sort()) {
      const path = join('templates', name, 'template.yaml');
      if (!existsSync(path)) continue;
      const entry = knownYamlEntry(readFileSync(path, 'utf8'), TEMPLATE_CODES);
      if (entry) entries.push([entry.text, entry.json]);
    }
    return `export const KNOWN_YAML = new Map(${JSON.stringify(entries)});\n`;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
const knownYaml = await knownYamlModule();
const knownYamlPlugin = {
  name: 'known-yaml',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]core[\\/]yaml-known\.ts$/ }, () => ({ contents: knownYaml, loader: 'js' }));
  },
};

/** What both bundles share: the sources' aliases, the packages left out, the plugins. */
const shared = {
  outdir: next,
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: process.env.BRIEFDECK_NOMINIFY ? false : true,
  legalComments: 'none',
  // `yaml` is bundled (one chunk loads faster than its 74 modules) from its ES module build, the
  // package's own "default" export: the same code as its Node build less a process.env lookup
  // per token (LOG_TOKENS), about a tenth of the time it takes to read a 1000-slide outline
  alias: { yaml: './node_modules/yaml/browser/index.js' },
  // the report readers of `draft` are imported from node_modules when a Word or PDF report is read:
  // pdf.js's 3 MB stay out of dist/
  external: ['pdfjs-dist', 'pdfjs-dist/*', 'mammoth'],
  plugins: [pageFiles, knownYamlPlugin],
  logLevel: 'warning',
};

await build({
  ...shared,
  // the CLI itself is the CommonJS bundle below; the library and the batch worker stay ES modules
  entryPoints: { index: 'src/index.ts', 'build-worker': 'src/cli/build-worker.ts' },
  splitting: true,
  format: 'esm',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  // bundled CommonJS packages read a `require` that ES modules do not have; give them Node's
  banner: { js: "import { createRequire as __briefdeckRequire } from 'node:module'; const require = __briefdeckRequire(import.meta.url);" },
});

/**
 * The CLI as one CommonJS file, run by dist/briefdeck.js through vm.Script with V8's code cache
 * (scripts/bundle-shims/cli-launcher.cjs): Node 20 keeps no compiled code for ES modules, and
 * compiling the CLI's code cost some 70 ms of a 430 ms build. Same sources and options as above.
 */
await build({
  ...shared,
  entryPoints: { briefdeck: 'src/cli/bin.ts' },
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  define: { 'import.meta.url': 'importMetaUrl' },
  inject: ['./scripts/bundle-shims/import-meta-url.js'],
});
// code run by vm.Script cannot import(): Node's built-ins are required, packages are imported by the launcher
const cjs = join(next, 'briefdeck.cjs');
const cliSource = readFileSync(cjs, 'utf8');
// \uXXXX means what the character did, except after a backslash or in a template's raw text
if (/\\[^\x00-\x7f]/.test(cliSource) || /\bString\.raw\b/.test(cliSource)) throw new Error('bundle: briefdeck.cjs has a backslash before a non-ASCII character or String.raw; escaping it to ASCII would change it');
const cliCode = cliSource
  .replace(/^#!.*\n/, '')
  .replace(/\bimport\((["'])(node:[a-z_/]+)\1\)/g, (_, q, id) => `Promise.resolve().then(()=>{const m=require(${q}${id}${q});return{...m,default:m}})`)
  .replace(/\bimport\((["'][^"']+["'])\)/g, 'globalThis.__briefdeckImport($1)')
  // ASCII, so that the launcher reads it as latin1 and V8 keeps it one byte a character: esbuild
  // leaves Chinese in tagged templates and regular expressions, where \uXXXX means the same
  // (no code in the bundle reads a template's raw text)
  .replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
writeFileSync(cjs, cliCode);
if (/\bimport\(/.test(cliCode.replace(/__briefdeckImport\(/g, ''))) throw new Error('bundle: an import() is left in briefdeck.cjs, which vm.Script cannot run');
copyFileSync('scripts/bundle-shims/cli-launcher.cjs', join(next, 'briefdeck.js'));
chmodSync(join(next, 'briefdeck.js'), 0o755);
// the launcher is CommonJS (the ES module loader costs a run 10–30 ms); the rest of dist/ is .mjs or .cjs
writeFileSync(join(next, 'package.json'), '{ "type": "commonjs" }\n');

const old = `dist.old-${process.pid}`;
if (existsSync('dist')) renameSync('dist', old);
renameSync(next, 'dist');
rmSync(old, { recursive: true, force: true });

// the code cache: made by one run of the CLI on the shipped outline (or --version where it is
// not there), so that it holds the functions a build compiles; no cache is fine, just slower
const cacheTmp = mkdtempSync(join(tmpdir(), 'briefdeck-cache-'));
try {
  const args = existsSync('outline/sanlian.yaml') ? ['build', 'outline/sanlian.yaml', '-o', join(cacheTmp, 'deck.pptx'), '--quiet'] : ['--version'];
  const r = spawnSync(process.execPath, ['dist/briefdeck.js', ...args], { env: { ...process.env, BRIEFDECK_MAKE_CODE_CACHE: resolve('dist/briefdeck.cache') }, encoding: 'utf8' });
  if (r.status !== 0 && !quiet) console.warn(`bundle: the code cache was not made (${(r.stderr || '').split('\n')[0]})`);
} finally {
  rmSync(cacheTmp, { recursive: true, force: true });
}
if (!quiet) console.log(`bundled dist/ in ${Math.round(performance.now() - t0)} ms`);
