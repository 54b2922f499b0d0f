/** `briefdeck init [file]`: a commented outline to start from; never writes over a file. */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { displayPath } from '../../build.js';
import { report, say } from '../../core/catalogue/define.js';
import { INIT } from '../../core/catalogue/export.js';
import { DeckError } from '../../core/errors.js';
import { skeletonText } from '../../outline/skeleton.js';
import { slideTypes } from '../../slides/registry.js';
import { langOf, paint, type Output } from '../format.js';

export const DEFAULT_INIT_FILE = 'outline.yaml';

export async function runInit(file: string | undefined, o: Output): Promise<number> {
  const name = file === undefined || file === '' ? DEFAULT_INIT_FILE : String(file);
  if (!/^\.ya?ml$/i.test(extname(name))) throw new DeckError(report(INIT.notYaml, { file: name }));
  const abs = resolve(name);
  const shown = displayPath(abs);
  const lang = langOf(o);
  mkdirSync(dirname(abs), { recursive: true });
  let fd: number;
  try {
    // 'wx': created here or not at all, so an existing file (or one made a moment ago) is never replaced
    fd = openSync(abs, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new DeckError(report(INIT.exists, { file: shown }));
    throw err;
  }
  try {
    writeSync(fd, skeletonText(abs, lang));
  } finally {
    closeSync(fd);
  }
  o.out(`${paint(o, 'green', '✓')} ${say(INIT.wrote, { file: shown, slides: slideTypes().length }, lang)}\n`);
  o.out(`  ${say(INIT.next, { file: /\s/.test(shown) ? JSON.stringify(shown) : shown }, lang)}\n`);
  return 0;
}
