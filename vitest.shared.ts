/**
 * What both test configurations share: pptxgenjs is compiled with the same stand-ins as the
 * CLI bundle (scripts/bundle.mjs), so tests exercise the code that ships.
 */
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export const resolve = {
  alias: [
    { find: /^jszip$/, replacement: here('./src/render/zip-parts.ts') },
    { find: /^(node:)?https$/, replacement: here('./src/render/https-stub.ts') },
  ],
};

/** pptxgenjs must go through the transform for the aliases to reach its imports. */
export const server = { deps: { inline: ['pptxgenjs'] } };

/** Messages in English whatever the machine's locale: tests of Chinese messages say --lang zh. */
export const env = { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };
