/**
 * The parts of an imported PowerPoint file as element trees (fast-xml-parser: linear in the
 * input, where regular expressions over crafted XML were not). Names are matched by their local
 * part, whatever the namespace prefix; a part with a DOCTYPE is refused (OOXML parts never have
 * one, and entity declarations are how XML bombs work).
 */
import { XMLParser } from 'fast-xml-parser';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  preserveOrder: true,
  processEntities: true,
  htmlEntities: false,
  trimValues: true,
});

type Ordered = Record<string, unknown>;

function convert(node: Ordered): XmlElement | undefined {
  const name = Object.keys(node).find((k) => k !== ':@' && k !== '#text');
  if (!name || name.startsWith('?')) return undefined;
  const attrs = (node[':@'] as Record<string, string> | undefined) ?? {};
  const kids = (node[name] as Ordered[] | undefined) ?? [];
  return { name, attrs, children: kids.map(convert).filter((e): e is XmlElement => e !== undefined) };
}

/** The document element of a part, or undefined when the text is not XML. */
export function parseXml(text: string): XmlElement | undefined {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return undefined;
  let nodes: Ordered[];
  try {
    nodes = parser.parse(text) as Ordered[];
  } catch {
    return undefined;
  }
  for (const n of nodes) {
    const e = convert(n);
    if (e) return e;
  }
  return undefined;
}

export function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** The first child (any depth when `deep`) with this local name. */
export function child(e: XmlElement | undefined, local: string, deep = false): XmlElement | undefined {
  if (!e) return undefined;
  for (const c of e.children) if (localName(c.name) === local) return c;
  if (deep) {
    for (const c of e.children) {
      const found = child(c, local, true);
      if (found) return found;
    }
  }
  return undefined;
}

export function children(e: XmlElement | undefined, local: string): XmlElement[] {
  return e ? e.children.filter((c) => localName(c.name) === local) : [];
}

/** An attribute by its local name (r:id → id with prefix "r"); `prefixed` asks for a prefixed one only. */
export function attr(e: XmlElement | undefined, local: string, prefixed = false): string | undefined {
  if (!e) return undefined;
  for (const [k, v] of Object.entries(e.attrs)) {
    const has = k.includes(':');
    if (localName(k) === local && (!prefixed || has)) return v;
  }
  return undefined;
}
