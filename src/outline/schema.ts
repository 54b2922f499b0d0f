/**
 * The outline format (docs/outline-format.md) as a zod schema: the single source of truth
 * for validation, for the TypeScript types and for outline/outline.schema.json. The document's
 * own keys are here; the slides are the registry's types (src/slides), so the schema is built
 * from the registry and rebuilt when a type is added.
 */
import * as z from 'zod/mini';
import { LANGS, type Lang } from '../deck/model.js';
import { COMMON_KEYS, MAX_NOTES, MAX_TEXT, described, optionalText, text } from '../slides/fields.js';
import { registryVersion, slideTypes } from '../slides/registry.js';
import type { SlideData } from '../slides/slide-type.js';

export { LANGS, MAX_NOTES, MAX_TEXT, type Lang };
export { APPROX_EN, APPROX_WORDS, APPROX_ZH, NUMBER_FORMATS, type ApproxWord, type NumberFormat, type NumberItem } from '../slides/fields.js';
export type { SlideData };

const ClosingSchema = z.union([
  described(z.boolean(), 'false: no closing slide; true: the default thank-you slide.'),
  z.strictObject({
    title: optionalText('Closing title; default: a thank-you in the deck’s language.'),
    subtitle: optionalText('Closing subtitle.'),
    notes: COMMON_KEYS.notes,
  }),
]);

/** The document's keys besides its slides. */
const DOCUMENT_KEYS = {
  $schema: z.optional(z.string().check(z.maxLength(MAX_TEXT))),
  title: text('Deck title, on the cover.'),
  subtitle: optionalText('Cover subtitle.'),
  organization: optionalText('Shown on the cover and in the footer.'),
  date: z.optional(described(z.union([z.string().check(z.maxLength(200)), z.number()]), 'Any text, or a YAML date; shown on the cover.')),
  template: optionalText('A built-in template name (party-red, gov-blue, ink) or a path to a template folder.'),
  lang: z.optional(described(z.enum(LANGS), 'zh-CN (default) or en: fonts, numerals, labels, line breaking.')),
  source: optionalText('The report this outline was condensed from, a text file: every build checks each figure against its quote in it (briefdeck draft writes it).'),
  agenda: z.optional(described(z.union([z.boolean(), z.string().check(z.minLength(1), z.maxLength(MAX_TEXT))]), 'Agenda slide: default on with 2+ sections; a string sets its title.')),
  footer: optionalText('Footer text on content slides.'),
  notes: z.optional(described(z.string().check(z.maxLength(MAX_NOTES)), 'Speaker notes of the cover slide.')),
};

function build() {
  const types = slideTypes();
  const schemas = types.map((t) => t.schema) as unknown as [z.ZodMiniObject, ...z.ZodMiniObject[]];
  const slide = schemas.length === 1 ? schemas[0] : z.discriminatedUnion('type', schemas);
  const section = z.strictObject({
    title: text('The section divider’s big title.'),
    subtitle: optionalText('Shown under the title on the divider and in the agenda.'),
    id: COMMON_KEYS.id,
    slides: described(z.array(slide).check(z.minLength(1)), 'The section’s slides, at least one.'),
  });
  const outline = z.strictObject({
    ...DOCUMENT_KEYS,
    sections: z.optional(described(z.array(section).check(z.minLength(1)), 'The sections, each a divider and its slides.')),
    slides: z.optional(described(z.array(slide).check(z.minLength(1)), 'Slides of a deck without sections (instead of `sections`).')),
    closing: z.optional(ClosingSchema),
  });
  return { outline, section, slide };
}

let cached: { version: number; schemas: ReturnType<typeof build> } | undefined;

/** The outline's schema with every registered slide type. */
export function outlineSchemas(): ReturnType<typeof build> {
  if (cached?.version !== registryVersion()) cached = { version: registryVersion(), schemas: build() };
  return cached.schemas;
}

export function outlineSchema(): z.ZodMiniType {
  return outlineSchemas().outline;
}

/** A section: its divider's title and subtitle, and its slides. */
export interface Section {
  title: string;
  subtitle?: string | undefined;
  id?: string | undefined;
  slides: SlideData[];
}

type DocumentKeys = z.infer<z.ZodMiniObject<typeof DOCUMENT_KEYS>> & { closing?: z.infer<typeof ClosingSchema> | undefined };

/** A valid outline: the document's keys and its slides, each of a registered type. */
export type Outline = DocumentKeys & {
  sections?: Section[] | undefined;
  slides?: SlideData[] | undefined;
};
