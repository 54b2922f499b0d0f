/**
 * The folder of the briefdeck package, found by walking up from this module: the same
 * code runs from src/ (tests), from dist/ (the bundled CLI) and from an installed package.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'templates', 'party-red', 'template.yaml'))) return (cached = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('briefdeck: cannot find the package folder (templates/ is missing)');
    dir = up;
  }
}
