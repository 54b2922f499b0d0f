/**
 * A fast YAML reader that keeps positions: js-yaml parses (several times faster than the
 * `yaml` package, which matters for outlines of hundreds of slides) and its node events
 * are turned into an index from key paths to source offsets.
 *
 * js-yaml announces every node it composes ('open' at its start, 'close' with its value):
 * a pre-order walk in which a mapping's children alternate key and value and a sequence's
 * children are its items. The walk is checked against the parsed data; anything it cannot
 * explain makes the caller fall back to the `yaml` package.
 */
import jsyaml from 'js-yaml';

interface Frame {
  start: number;
  result: unknown;
  children: Frame[];
}

export interface YamlIndex {
  data: unknown;
  /** Offset of the value at a path (joined with \u0000). */
  values: Map<string, number>;
  /** Offset of the key of a mapping entry at a path. */
  keys: Map<string, number>;
}

const SEP = '\u0000';
export const pathKey = (path: readonly (string | number)[]): string => path.join(SEP);

function sharesObjects(data: unknown): boolean {
  const seen = new Set<object>();
  const visit = (v: unknown): boolean => {
    if (v === null || typeof v !== 'object') return false;
    if (seen.has(v)) return true;
    seen.add(v);
    return Array.isArray(v) ? v.some(visit) : Object.values(v).some(visit);
  };
  return visit(data);
}

/** Offset of the first character of a node, past blanks, line breaks and comments. */
function skipBlank(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else if (c === 35 /* # */) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
    } else return i;
  }
}

/** undefined when js-yaml rejects the text (the caller reports errors with the `yaml` package) or the walk does not fit. */
export function indexYaml(text: string): YamlIndex | undefined {
  const root: Frame = { start: 0, result: undefined, children: [] };
  const stack: Frame[] = [root];
  let data: unknown;
  try {
    data = jsyaml.load(text, {
      schema: jsyaml.CORE_SCHEMA,
      listener(event, state) {
        if (event === 'open') {
          const f: Frame = { start: state.position, result: undefined, children: [] };
          stack[stack.length - 1]!.children.push(f);
          stack.push(f);
        } else {
          stack.pop()!.result = state.result;
        }
      },
    });
  } catch {
    return undefined;
  }
  // an alias makes js-yaml share one object in two places; such files (and alias bombs) go
  // to the `yaml` package, which counts alias expansions
  if (sharesObjects(data)) return undefined;
  const top = root.children[0];
  if (!top) return { data, values: new Map(), keys: new Map() };
  const values = new Map<string, number>();
  const keys = new Map<string, number>();
  // paths are kept as joined strings: no arrays are built per node
  const walk = (outer: Frame, at: string): boolean => {
    values.set(at, skipBlank(text, outer.start));
    // js-yaml sometimes composes a node inside another attempt at the same node (a plain
    // scalar tried as a mapping key first): the inner frame holds the same value
    let f = outer;
    while (f.children.length === 1 && Object.is(f.children[0]!.result, f.result)) f = f.children[0]!;
    const v = f.result;
    const prefix = at === '' ? '' : at + SEP;
    if (Array.isArray(v)) {
      if (f.children.length !== v.length) return false;
      for (let i = 0; i < v.length; i++) if (!walk(f.children[i]!, prefix + i)) return false;
      return true;
    }
    if (v !== null && typeof v === 'object') {
      const count = Object.keys(v as object).length;
      if (f.children.length !== count * 2) return false;
      for (let i = 0; i < f.children.length; i += 2) {
        const k = f.children[i]!;
        const key = String(k.result);
        if (!Object.hasOwn(v as object, key)) return false;
        keys.set(prefix + key, skipBlank(text, k.start));
        if (!walk(f.children[i + 1]!, prefix + key)) return false;
      }
      return true;
    }
    return f.children.length === 0;
  };
  if (!walk(top, '')) return undefined;
  return { data, values, keys };
}
