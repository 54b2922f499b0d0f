#!/usr/bin/env node
import { main } from './main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // Everything is done and written (messages go out synchronously, cli/main.ts): ending here
    // spares a run Node's teardown, a last garbage collection and freeing the heap, some 20–30 ms.
    // On Windows a pipe may still be taking the streams' text, so the process ends by itself.
    if (process.platform !== 'win32') process.exit(code);
  },
  (err: unknown) => {
    process.stderr.write(`INTERNAL ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 3;
  },
);
