/**
 * Characters no deck may carry (core/text.ts) in the values and keys of a YAML file: YAML
 * escapes ("\x01", "\0", "\e", "\uFFFE") put them past the check of the file's raw bytes. Each
 * is an error at its value, up to a few per file.
 */
import { report as raise } from './catalogue/define.js';
import { YAML } from './catalogue/yaml.js';
import { formatPath, type Diagnostic, type ErrorCode } from './errors.js';
import { codePointName, findForbidden } from './text.js';
import { locateInYaml, type YamlFile } from './yaml-file.js';

const MAX_REPORTED = 20;

function kindOf(cp: number): 'surrogate' | 'control' | 'nonchar' {
  if (cp >= 0xd800 && cp <= 0xdfff) return 'surrogate';
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return 'control';
  return 'nonchar';
}

export function forbiddenCharacters(file: YamlFile, code: ErrorCode): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (s: string, path: (string | number)[], key: boolean) => {
    const bad = findForbidden(s);
    if (!bad || out.length >= MAX_REPORTED) return;
    const pos = file.source.position(locateInYaml(file, path, key), formatPath(path));
    out.push(raise(YAML.forbidden.as(code), { key, kind: kindOf(bad.codePoint), name: codePointName(bad.codePoint) }, { pos, frame: file.source.frame(pos.line, pos.column) }));
  };
  const visit = (v: unknown, path: (string | number)[]) => {
    if (out.length >= MAX_REPORTED) return;
    if (typeof v === 'string') report(v, path, false);
    else if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...path, i]));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        report(k, [...path, k], true);
        visit(x, [...path, k]);
      }
    }
  };
  visit(file.data, []);
  return out;
}
