/**
 * The `yaml` package's `parse`, for the check that a scaffolded value reads back as written
 * (src/template/scaffold.ts). The reader itself (src/core/yaml-file.ts) imports the package
 * directly; scripts/bundle.mjs puts it in the chunk of the commands that read files, so
 * `--help` and `--version` never load it.
 */
import { parse } from 'yaml';

const lib = { parse };

export function yamlLib(): typeof lib {
  return lib;
}
