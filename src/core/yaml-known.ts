/**
 * YAML files whose data is known before they are read: the built-in templates, read by this same
 * reader when the CLI is bundled (scripts/bundle.mjs fills the map in; from the sources it is
 * empty). Keyed by the whole text, so a file that differs by one character is parsed as usual;
 * the value is the data as JSON, a fresh copy for every read. Every build reads a template, and
 * parsing one cold costs a run 7–12 ms; positions are still found, by parsing on demand.
 */
export const KNOWN_YAML = new Map<string, string>();
