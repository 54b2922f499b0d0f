/**
 * Building blocks of the outline format that slide types share: texts with their hard
 * limits, the keys every slide has (title, notes, id), and a key figure's keys. zod/mini keeps
 * the CLI's start-up small; descriptions feed editor completion (outline.schema.json).
 */
import * as z from 'zod/mini';
import { APPROX_AFTER_UNIT_ZH, APPROX_AFTER_VALUE_ZH, APPROX_BEFORE_VALUE_ZH } from '../core/approx-words.js';

// the Chinese words by position, for the code above slides/ (defined in core/ for line breaking)
export { APPROX_AFTER_UNIT_ZH, APPROX_AFTER_VALUE_ZH, APPROX_BEFORE_VALUE_ZH };

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

/** The words reports put around a figure: before the value, after it, or after the unit (figures.ts places them). */
export const APPROX_ZH = [...APPROX_BEFORE_VALUE_ZH, ...APPROX_AFTER_VALUE_ZH, ...APPROX_AFTER_UNIT_ZH] as const;
export const APPROX_EN = ['+', '~', '>', '<', 'over', 'under', 'about'] as const;
export const APPROX_WORDS = [...APPROX_ZH, ...APPROX_EN] as const;
export type ApproxWord = (typeof APPROX_WORDS)[number];

export const NUMBER_FORMATS = ['plain', 'grouped', 'wan'] as const;
export type NumberFormat = (typeof NUMBER_FORMATS)[number];

export const CHANGE_DIRECTIONS = ['up', 'down', 'flat'] as const;
export type ChangeDirection = (typeof CHANGE_DIRECTIONS)[number];
/** Changes a figure may carry: 比去年增加7人，增长率36.8% is two. */
export const MAX_CHANGES = 2;

/** A figure's change as the report words it: 同比增长6.1%, 下降2.3个百分点, 增长率36.8%, up 6.1% year on year. */
export const ChangeSchema = z.strictObject({
  value: z.optional(described(z.number(), 'The change as the report writes it (6.1 for 同比增长6.1%). Never rounded. Without it only the words print (与上年基本持平).')),
  unit: optionalText('Unit after the value: %, 个百分点, 人.'),
  word: text('The word of the change: 增长 增加 提高 上升 多 / 下降 减少 降低 回落, or a noun such as 增长率; English: up, down, increase, decrease, growth rate.', 40),
  basis: optionalText('What it is compared with, before the word in Chinese (同比, 比去年), after the value in English (year on year).', 40),
  direction: z.optional(described(z.enum(CHANGE_DIRECTIONS), 'up (the template colour up), down (colour down) or flat (text colour). Default: read from the word (增长 → up, 下降 → down, else flat).')),
});
export type Change = z.infer<typeof ChangeSchema>;

/** The keys of a key figure: on a `numbers` slide each item, on a `number` slide the slide itself. */
export const FIGURE_KEYS = {
  value: described(z.number(), 'The figure, as a YAML number (int or decimal). Never rounded.'),
  approx: z.optional(
    described(
      z.enum(APPROX_WORDS),
      `Approximation word: ${APPROX_BEFORE_VALUE_ZH.join(' ')} (before the value), ${APPROX_AFTER_VALUE_ZH.join(' ')} (after the value), ${APPROX_AFTER_UNIT_ZH.join(' ')} (after the unit); English: ~ > < over under about (before the value), + (after it).`,
    ),
  ),
  unit: optionalText('Unit shown small after the value, e.g. 名, 个, %.'),
  label: text('What the number counts.'),
  detail: optionalText('One short line of context.'),
  change: z.optional(
    described(
      z.union([ChangeSchema, z.array(ChangeSchema).check(z.minLength(1), z.maxLength(MAX_CHANGES))]),
      `How the figure changed, shown under it in the colour of its direction: { value: 6.1, unit: '%', word: 增长, basis: 同比 }, or a list of up to ${MAX_CHANGES}.`,
    ),
  ),
  source: optionalText('Words quoted from the source report; always copied into the speaker notes.'),
  format: z.optional(described(z.enum(NUMBER_FORMATS), 'plain: 12500; grouped: 12,500; wan: 1.25万. Default: plain for zh-CN, grouped for en.')),
};

export const NumberItemSchema = z.strictObject(FIGURE_KEYS);
export type NumberItem = z.infer<typeof NumberItemSchema>;
