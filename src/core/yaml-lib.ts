/**
 * The `yaml` package, loaded on first use: the fast path reads YAML with js-yaml
 * (yaml-index.ts), so a build of a plain outline never pays for this larger library.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let lib: typeof Yaml | undefined;

export function yamlLib(): typeof Yaml {
  lib ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return lib;
}
