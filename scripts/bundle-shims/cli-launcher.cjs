#!/usr/bin/env node
// The briefdeck command: runs the CLI bundle (briefdeck.cjs) with V8's code cache
// (briefdeck.cache, made when the bundle is built), so that a run does not compile the code
// again: Node 20 keeps no compiled code for ES modules. Without the cache, or when this Node
// rejects it (another version), the bundle is compiled as usual. Nothing is written here,
// except by the bundler's own run (BRIEFDECK_MAKE_CODE_CACHE).
// CommonJS (dist/package.json says so): an ES module entry costs a run Node's ES module loader,
// some 10–30 ms on a 2-core machine.
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

// `briefdeck --version` alone needs none of the CLI: printed as the CLI prints it (cac's format)
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  const { version } = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
  process.stdout.write(`briefdeck/${version} ${process.platform}-${process.arch} node-${process.version}\n`);
  process.exit(0);
}
const file = join(__dirname, 'briefdeck.cjs');
// the bundle is ASCII (scripts/bundle.mjs escapes the rest): read as latin1, it needs no decoding
const source = readFileSync(file, 'latin1');
let cachedData;
try {
  if (!process.env.BRIEFDECK_NO_CODE_CACHE) cachedData = readFileSync(join(__dirname, 'briefdeck.cache'));
} catch {
  // no cache: compile
}
// the bundle's import() of packages (the Word and PDF readers of `draft`), resolved from here
globalThis.__briefdeckImport = (specifier) => import(specifier);
const script = new Script(Module.wrap(source), { filename: file, ...(cachedData ? { cachedData } : {}) });
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, Module.createRequire(file), bundle, file, __dirname);
// the bundler asks for the cache after a run, so that it holds the functions the run compiled
const target = process.env.BRIEFDECK_MAKE_CODE_CACHE;
if (target) {
  process.once('exit', () => {
    writeFileSync(`${target}.tmp`, script.createCachedData());
    renameSync(`${target}.tmp`, target);
  });
}
