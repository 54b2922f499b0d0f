/**
 * Building blocks of the outline format that slide types share: texts with their hard
 * limits, the keys every slide has (title, notes, id), and a key figure's keys. zod/mini keeps
 * the CLI's start-up small; descriptions feed editor completion (outline.schema.json).
 */
import * as z from 'zod/mini';

export function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  z.globalRegistry.add(schema, { description });
  return schema;
}

/**
 * Hard limits on texts, checked before anything is measured (a 900 KB title is refused at once,
 * not laid out): far above what fits a slide, so a real outline never meets them.
 */
export const MAX_TEXT = 1000;
export const MAX_NOTES = 20000;

export const text = (description: string, max = MAX_TEXT) => described(z.string().check(z.trim(), z.minLength(1), z.maxLength(max)), description);
export const optionalText = (description: string, max = MAX_TEXT) => z.optional(text(description, max));

/** Keys every slide has besides `type`. */
export const COMMON_KEYS = {
  title: optionalText('Slide title. State the conclusion, not the topic.'),
  notes: z.optional(described(z.string().check(z.maxLength(MAX_NOTES)), `Speaker notes (plain text, up to ${MAX_NOTES} characters).`)),
  id: z.optional(described(z.string().check(z.maxLength(100), z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/)), 'Unique name of the slide (letters, digits, - and _).')),
};

export const APPROX_ZH = ['余', '多', '以上', '以下', '近', '约', '超', '逾'] as const;
export const APPROX_EN = ['+', '~', '>', '<'] as const;
export const APPROX_WORDS = [...APPROX_ZH, ...APPROX_EN] as const;
export type ApproxWord = (typeof APPROX_WORDS)[number];

export const NUMBER_FORMATS = ['plain', 'grouped', 'wan'] as const;
export type NumberFormat = (typeof NUMBER_FORMATS)[number];

/** The keys of a key figure: on a `numbers` slide each item, on a `number` slide the slide itself. */
export const FIGURE_KEYS = {
  value: described(z.number(), 'The figure, as a YAML number (int or decimal). Never rounded.'),
  approx: z.optional(described(z.enum(APPROX_WORDS), 'Approximation word: 余 多 (after the value), 以上 以下 (after the unit), 近 约 超 逾 (before the value); English: + ~ > <.')),
  unit: optionalText('Unit shown small after the value, e.g. 名, 个, %.'),
  label: text('What the number counts.'),
  detail: optionalText('One short line of context.'),
  source: optionalText('Words quoted from the source report; always copied into the speaker notes.'),
  format: z.optional(described(z.enum(NUMBER_FORMATS), 'plain: 12500; grouped: 12,500; wan: 1.25万. Default: plain for zh-CN, grouped for en.')),
};

export const NumberItemSchema = z.strictObject(FIGURE_KEYS);
export type NumberItem = z.infer<typeof NumberItemSchema>;
