/**
 * The template format (docs/templates.md): an organisation's brand as data.
 * A template folder holds template.yaml and its assets; `extends` names a parent whose
 * values it overrides key by key. This schema checks one file as written (every key
 * optional but `name`); the merged result is checked for completeness when resolved.
 */
import * as z from 'zod/mini';
import { SLIDE_ROLES, type SlideRole, type TextRole } from '../deck/model.js';
import { COLOR_ROLES, type ColorRole, type RoleSpec } from '../layout/theme.js';
import { registryVersion, textRoles } from '../slides/registry.js';

function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  z.globalRegistry.add(schema, { description });
  return schema;
}

export { COLOR_ROLES, type ColorRole, type RoleSpec, type TextRole };
export { SLIDE_ROLES, type SlideRole };

/**
 * Every text role with the sizes (pt) a template may choose for it: the frame's (cover, agenda,
 * titles, lists, …) and each slide type's. The outer limits keep every template readable on a
 * projector (deck-style.md: nothing under 12 pt but the footer).
 */
export function typeLimits(): Record<TextRole, readonly [number, number]> {
  return Object.fromEntries(Object.entries(textRoles()).map(([k, v]) => [k, v.limits]));
}

export { textRoles };

export const LOGO_POSITIONS = ['top-left', 'top-right', 'bottom-left', 'bottom-right'] as const;

const hexColor = described(z.string().check(z.regex(/^#?[0-9A-Fa-f]{6}$/)), 'A colour as #RRGGBB.');
/** Names written into the XML as they are: letters, digits, spaces and a few safe signs only. */
export const FONT_NAME_RE = /^[\p{L}\p{N}][\p{L}\p{N} ._+-]{0,62}$/u;
const fontName = described(z.string().check(z.regex(FONT_NAME_RE)), 'A font family name, e.g. Microsoft YaHei or Arial.');

const FontPairSchema = z.strictObject({
  ea: z.optional(described(fontName, 'East Asian face: draws Chinese characters and full-width punctuation.')),
  latin: z.optional(described(fontName, 'Latin face: draws digits and Latin letters.')),
});

const sizeRange = described(z.tuple([z.number(), z.number()]), '[smallest, largest] size in points; the layout picks the largest that fits.');

const FillSchema = z.strictObject({
  color: z.optional(hexColor),
  image: z.optional(described(z.string().check(z.minLength(1)), 'A PNG or JPEG in the template folder, stretched over the slide.')),
});

function buildTemplateFileSchema() {
  return z.strictObject({
  $schema: z.optional(z.string()),
  name: described(z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)), 'Short name (lowercase letters, digits, -), used with -t NAME.'),
  label: z.optional(described(z.string().check(z.minLength(1)), 'Display name, e.g. 党建红.')),
  description: z.optional(described(z.string(), 'Which meetings the template suits.')),
  extends: z.optional(described(z.string().check(z.minLength(1)), 'A built-in template name or a path to a template folder; this file overrides only what differs.')),
  size: z.optional(described(z.enum(['16:9', '4:3']), 'Slide size.')),
  colors: z.optional(z.strictObject(Object.fromEntries(COLOR_ROLES.map((r) => [r, z.optional(hexColor)])) as Record<ColorRole, z.ZodMiniOptional<typeof hexColor>>)),
  fonts: z.optional(
    z.strictObject({
      heading: z.optional(FontPairSchema),
      body: z.optional(FontPairSchema),
      figure: z.optional(FontPairSchema),
    }),
  ),
  type: z.optional(z.strictObject(Object.fromEntries(Object.keys(textRoles()).map((r) => [r, z.optional(sizeRange)])) as Record<TextRole, z.ZodMiniOptional<typeof sizeRange>>)),
  unitRatio: z.optional(described(z.number().check(z.gte(0.3), z.lte(0.6)), 'Size of a figure’s unit relative to the figure (0.3–0.6).')),
  logo: z.optional(
    z.union([
      z.literal(false),
      z.strictObject({
        path: described(z.string().check(z.minLength(1)), 'PNG or JPEG file, relative to the template folder.'),
        position: z.optional(z.enum(LOGO_POSITIONS)),
        height: z.optional(described(z.number().check(z.gte(0.2), z.lte(2)), 'Height in inches (0.2–2).')),
        slides: z.optional(described(z.array(z.enum(SLIDE_ROLES)), 'Slide roles that show the logo.')),
      }),
    ]),
  ),
  footer: z.optional(
    z.strictObject({
      text: z.optional(described(z.string(), 'Footer text; placeholders {organization} {date} {title} {footer}.')),
      pageNumbers: z.optional(z.boolean()),
    }),
  ),
  backgrounds: z.optional(
    z.strictObject(Object.fromEntries(SLIDE_ROLES.map((r) => [r, z.optional(FillSchema)])) as Record<SlideRole, z.ZodMiniOptional<typeof FillSchema>>),
  ),
  decor: z.optional(
    z.strictObject({
      cover: z.optional(described(z.enum(['solid', 'band', 'plain']), 'Cover design: solid colour, a colour band, or plain ground with a rule.')),
      titleBar: z.optional(described(z.enum(['bar', 'rule']), 'Content slide title: a colour bar beside it, or a rule under it.')),
    }),
  ),
  });
}

let cached: { version: number; schema: ReturnType<typeof buildTemplateFileSchema> } | undefined;

/** The schema of one template file, with the type-scale roles of every registered slide type. */
export function templateFileSchema(): ReturnType<typeof buildTemplateFileSchema> {
  if (cached?.version !== registryVersion()) cached = { version: registryVersion(), schema: buildTemplateFileSchema() };
  return cached.schema;
}

export type TemplateFile = z.infer<ReturnType<typeof buildTemplateFileSchema>>;
