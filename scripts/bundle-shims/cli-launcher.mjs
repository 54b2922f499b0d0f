#!/usr/bin/env node
// The briefdeck command: runs the CLI bundle (briefdeck.cjs) with V8's code cache
// (briefdeck.cache, made when the bundle is built), so that a run does not compile the code
// again: Node 20 keeps no compiled code for ES modules. Without the cache, or when this Node
// rejects it (another version), the bundle is compiled as usual. Nothing is written here,
// except by the bundler's own run (BRIEFDECK_MAKE_CODE_CACHE).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

// `briefdeck --version` alone needs none of the CLI: printed as the CLI prints it (cac's format)
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  const { version } = JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8'));
  process.stdout.write(`briefdeck/${version} ${process.platform}-${process.arch} node-${process.version}\n`);
  process.exit(0);
}
const file = fileURLToPath(new URL('./briefdeck.cjs', import.meta.url));
const source = readFileSync(file, 'utf8');
let cachedData;
try {
  if (!process.env.BRIEFDECK_NO_CODE_CACHE) cachedData = readFileSync(fileURLToPath(new URL('./briefdeck.cache', import.meta.url)));
} catch {
  // no cache: compile
}
// the bundle's import() of packages (the Word and PDF readers of `draft`), resolved from here
globalThis.__briefdeckImport = (specifier) => import(specifier);
const script = new Script(Module.wrap(source), { filename: file, ...(cachedData ? { cachedData } : {}) });
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
// the bundler asks for the cache after a run, so that it holds the functions the run compiled
const target = process.env.BRIEFDECK_MAKE_CODE_CACHE;
if (target) {
  process.once('exit', () => {
    writeFileSync(`${target}.tmp`, script.createCachedData());
    renameSync(`${target}.tmp`, target);
  });
}
