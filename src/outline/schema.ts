/**
 * The outline format (docs/outline-format.md) as a zod schema: the single source of truth
 * for validation, for the TypeScript types and for outline/outline.schema.json.
 * zod/mini keeps the CLI's start-up small; descriptions feed editor completion.
 */
import * as z from 'zod/mini';
import { LANGS, type Lang } from '../deck/model.js';

function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  z.globalRegistry.add(schema, { description });
  return schema;
}

/**
 * Hard limits on texts, checked before anything is measured (a 900 KB title is refused at once,
 * not laid out): far above what fits a slide, so a real outline never meets them.
 */
export const MAX_TEXT = 1000;
export const MAX_NOTES = 20000;

const text = (description: string, max = MAX_TEXT) => described(z.string().check(z.trim(), z.minLength(1), z.maxLength(max)), description);
const optionalText = (description: string, max = MAX_TEXT) => z.optional(text(description, max));

export const APPROX_ZH = ['余', '多', '以上', '以下', '近', '约', '超', '逾'] as const;
export const APPROX_EN = ['+', '~', '>', '<'] as const;
export const APPROX_WORDS = [...APPROX_ZH, ...APPROX_EN] as const;
export type ApproxWord = (typeof APPROX_WORDS)[number];

export const NUMBER_FORMATS = ['plain', 'grouped', 'wan'] as const;
export { LANGS, type Lang };

const common = {
  title: optionalText('Slide title. State the conclusion, not the topic.'),
  notes: z.optional(described(z.string().check(z.maxLength(MAX_NOTES)), `Speaker notes (plain text, up to ${MAX_NOTES} characters).`)),
  id: z.optional(described(z.string().check(z.maxLength(100), z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/)), 'Unique name of the slide (letters, digits, - and _).')),
};

const figure = {
  value: described(z.number(), 'The figure, as a YAML number (int or decimal). Never rounded.'),
  approx: z.optional(described(z.enum(APPROX_WORDS), 'Approximation word: 余 多 (after the value), 以上 以下 (after the unit), 近 约 超 逾 (before the value); English: + ~ > <.')),
  unit: optionalText('Unit shown small after the value, e.g. 名, 个, %.'),
  label: text('What the number counts.'),
  detail: optionalText('One short line of context.'),
  source: optionalText('Words quoted from the source report; always copied into the speaker notes.'),
  format: z.optional(described(z.enum(NUMBER_FORMATS), 'plain: 12500; grouped: 12,500; wan: 1.25万. Default: plain for zh-CN, grouped for en.')),
};

export const NumberItemSchema = z.strictObject(figure);

export const PointSchema = z.union([
  text('A point. Inline **…** marks emphasis.'),
  z.strictObject({
    text: text('The point. Inline **…** marks emphasis.'),
    sub: z.optional(described(z.array(text('A sub-point.')).check(z.minLength(1), z.maxLength(6)), 'Sub-points, 1–6, one level only.')),
  }),
]);

export const PointsSlideSchema = z.strictObject({
  type: z.literal('points'),
  ...common,
  points: described(z.array(PointSchema).check(z.minLength(1), z.maxLength(8)), 'The points, 1–8 (3–5 read best).'),
});

export const NumbersSlideSchema = z.strictObject({
  type: z.literal('numbers'),
  ...common,
  numbers: described(z.array(NumberItemSchema).check(z.minLength(1), z.maxLength(6)), 'Key figures, 1–6.'),
});

export const NumberSlideSchema = z.strictObject({
  type: z.literal('number'),
  ...common,
  ...figure,
  of: z.optional(described(z.number().check(z.positive()), 'A total: draws the share value/of as a progress bar.')),
});

export const QuoteSlideSchema = z.strictObject({
  type: z.literal('quote'),
  ...common,
  text: text('The statement or slogan.'),
  by: optionalText('Who said it, or where it comes from.'),
});

export const SLIDE_TYPES = ['points', 'numbers', 'number', 'quote'] as const;
export const PLANNED_SLIDE_TYPES = ['table', 'chart', 'image', 'columns'] as const;

export const SlideSchema = z.discriminatedUnion('type', [PointsSlideSchema, NumbersSlideSchema, NumberSlideSchema, QuoteSlideSchema]);

export const SectionSchema = z.strictObject({
  title: text('The section divider’s big title.'),
  subtitle: optionalText('Shown under the title on the divider and in the agenda.'),
  id: common.id,
  slides: described(z.array(SlideSchema).check(z.minLength(1)), 'The section’s slides, at least one.'),
});

export const ClosingSchema = z.union([
  described(z.boolean(), 'false: no closing slide; true: the default thank-you slide.'),
  z.strictObject({
    title: optionalText('Closing title; default: a thank-you in the deck’s language.'),
    subtitle: optionalText('Closing subtitle.'),
    notes: common.notes,
  }),
]);

export const OutlineSchema = z.strictObject({
  $schema: z.optional(z.string().check(z.maxLength(MAX_TEXT))),
  title: text('Deck title, on the cover.'),
  subtitle: optionalText('Cover subtitle.'),
  organization: optionalText('Shown on the cover and in the footer.'),
  date: z.optional(described(z.union([z.string().check(z.maxLength(200)), z.number()]), 'Any text, or a YAML date; shown on the cover.')),
  template: optionalText('A built-in template name (party-red, gov-blue, ink) or a path to a template folder.'),
  lang: z.optional(described(z.enum(LANGS), 'zh-CN (default) or en: fonts, numerals, labels, line breaking.')),
  source: optionalText('The report this outline was condensed from (checked by `briefdeck check`).'),
  agenda: z.optional(described(z.union([z.boolean(), z.string().check(z.minLength(1), z.maxLength(MAX_TEXT))]), 'Agenda slide: default on with 2+ sections; a string sets its title.')),
  footer: optionalText('Footer text on content slides.'),
  notes: z.optional(described(z.string().check(z.maxLength(MAX_NOTES)), 'Speaker notes of the cover slide.')),
  sections: z.optional(described(z.array(SectionSchema).check(z.minLength(1)), 'The sections, each a divider and its slides.')),
  slides: z.optional(described(z.array(SlideSchema).check(z.minLength(1)), 'Slides of a deck without sections (instead of `sections`).')),
  closing: z.optional(ClosingSchema),
});

export type Outline = z.infer<typeof OutlineSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Slide = z.infer<typeof SlideSchema>;
export type PointsSlide = z.infer<typeof PointsSlideSchema>;
export type NumbersSlide = z.infer<typeof NumbersSlideSchema>;
export type NumberSlide = z.infer<typeof NumberSlideSchema>;
export type QuoteSlide = z.infer<typeof QuoteSlideSchema>;
export type NumberItem = z.infer<typeof NumberItemSchema>;
export type Point = z.infer<typeof PointSchema>;
export type NumberFormat = (typeof NUMBER_FORMATS)[number];

/** Keys each kind of object accepts, for "did you mean" on unknown keys. */
export const KNOWN_KEYS = {
  outline: Object.keys(OutlineSchema.def.shape),
  section: Object.keys(SectionSchema.def.shape),
  points: Object.keys(PointsSlideSchema.def.shape),
  numbers: Object.keys(NumbersSlideSchema.def.shape),
  number: Object.keys(NumberSlideSchema.def.shape),
  quote: Object.keys(QuoteSlideSchema.def.shape),
  numberItem: Object.keys(NumberItemSchema.def.shape),
  point: ['text', 'sub'],
  closing: ['title', 'subtitle', 'notes'],
} as const;
