/**
 * Outline + Theme → Deck: the order of slides (cover, agenda, dividers, content, closing), the
 * frame's slides laid out by the layout engine and each content slide by its slide type (the
 * registry), names and page numbers filled in. Returns the problems beside the result instead
 * of throwing, so a caller sees them all.
 */
import { report } from '../core/catalogue/define.js';
import { LAYOUT } from '../core/catalogue/layout.js';
import { sortDiagnostics, type Diagnostic, type SourcePos } from '../core/errors.js';
import { emu, inches } from '../core/units.js';
import type { Box, Deck, DeckFont, DeckSlide, FontPair, Lang, PlaceholderRef, SlideKind, SlideRole } from '../deck/model.js';
import { STRINGS, type LayoutContext } from '../layout/context.js';
import { markEastAsianFaces } from '../layout/faces.js';
import { agendaBoxes, type AgendaItem } from '../layout/frame/agenda.js';
import { closingBoxes } from '../layout/frame/closing.js';
import { coverBoxes } from '../layout/frame/cover.js';
import { deckLayouts, type ContentLayout } from '../layout/frame/layouts.js';
import { sectionBoxes } from '../layout/frame/section.js';
import { plainText } from '../layout/inline.js';
import { paletteOf } from '../layout/palette.js';
import type { Theme } from '../layout/theme.js';
import type { OutlineDoc } from '../outline/load.js';
import type { Outline, SlideData } from '../outline/schema.js';
import { withChanges } from '../slides/change.js';
import { asWritten, figureText } from '../slides/figures.js';
import type { NumberItem } from '../slides/fields.js';
import { slideType, slideTypes } from '../slides/registry.js';
import type { SlideType } from '../slides/slide-type.js';

export interface LaidOutDeck {
  deck: Deck;
  diagnostics: Diagnostic[];
}

type Path = (string | number)[];

/** Lines of one agenda slide; more sections continue on the next. */
export const AGENDA_PER_SLIDE = 6;

/** The template's faces, each marked with the theme face it is, so that text names the theme's. */
function deckFonts(theme: Theme): LayoutContext['fonts'] {
  const same = (a: FontPair, b: FontPair) => a.ea === b.ea && a.latin === b.latin;
  const { heading, body, figure } = theme.fonts;
  const figureTheme = same(figure, heading) ? 'major' : same(figure, body) ? 'minor' : undefined;
  const fig: DeckFont = figureTheme ? { ...figure, theme: figureTheme } : { ...figure };
  return { heading: { ...heading, theme: 'major' }, body: { ...body, theme: 'minor' }, figure: fig };
}

export function layoutDeck(doc: OutlineDoc, theme: Theme): LaidOutDeck {
  const outline = doc.outline;
  const lang: Lang = outline.lang ?? 'zh-CN';
  // a date written as a number (2025.10) prints as written, not as the number it reads as (2025.1)
  const date = outline.date === undefined ? undefined : typeof outline.date === 'number' ? (asWritten(doc.written(['date']), outline.date) ?? String(outline.date)) : outline.date;
  const fields: Record<string, string> = {
    organization: outline.organization ?? '',
    date: date ?? '',
    title: plainText(outline.title),
    footer: outline.footer ?? '',
  };
  const palette = paletteOf(theme.colors);
  const ctx: LayoutContext = {
    theme,
    lang,
    width: theme.size.width,
    height: theme.size.height,
    margin: inches(theme.size.name === '4:3' ? 0.5 : 0.6),
    diagnostics: [],
    locate: (p) => doc.locate(p),
    written: (p) => doc.written(p),
    picture: (p) => doc.picture(p),
    strings: STRINGS[lang],
    fields,
    palette,
    colors: palette.roles,
    fonts: deckFonts(theme),
  };
  const { master, layouts, slideFooter } = deckLayouts(ctx, contentLayouts());
  const slides: Omit<DeckSlide, 'number'>[] = [];
  const add = (kind: SlideKind, role: SlideRole, layoutKey: string, title: string, boxes: Box[], notes: string, source?: SourcePos, id?: string) => {
    const layout = layouts.get(layoutKey);
    if (!layout) throw new Error(`compose: the slide type "${kind}" sits on the layout "${layoutKey}", which no slide type defines`);
    const s: Omit<DeckSlide, 'number'> = { kind, role, layout: layout.name, title, boxes, notes, background: layout.background };
    if (source) s.source = source;
    if (id) s.id = id;
    slides.push(s);
  };

  add('cover', 'cover', 'cover', plainText(outline.title), coverBoxes(ctx, outline, date), outline.notes ?? '', doc.locate(['title']));

  const sections = outline.sections ?? [];
  const agendaOn = outline.agenda === undefined ? sections.length >= 2 : outline.agenda !== false;
  if (agendaOn) {
    const items: AgendaItem[] = sections.length
      ? sections.map((s, i) => ({ title: s.title, ...(s.subtitle ? { subtitle: s.subtitle } : {}), source: doc.locate(['sections', i, 'title']) }))
      : (outline.slides ?? []).flatMap((s, i) => (s.title ? [{ title: s.title, source: doc.locate(['slides', i, 'title']) }] : []));
    const heading = typeof outline.agenda === 'string' ? outline.agenda : ctx.strings.agenda;
    // a long agenda continues on further slides rather than shrinking its lines
    const pages = Math.ceil(items.length / AGENDA_PER_SLIDE);
    for (let p = 0; p < pages; p++) {
      const title = p === 0 ? heading : `${heading}${ctx.strings.continued(p)}`;
      const page = items.slice(p * AGENDA_PER_SLIDE, (p + 1) * AGENDA_PER_SLIDE);
      add('agenda', 'agenda', 'agenda', title, agendaBoxes(ctx, title, page, p * AGENDA_PER_SLIDE), '', doc.locate(outline.agenda === undefined ? [] : ['agenda']));
    }
  }

  const content = (slide: SlideData, path: Path) => {
    const type = slideType(slide.type);
    // validation admits only registered types; a type removed since is a bug of the caller
    if (!type) throw new Error(`compose: no slide type "${slide.type}"`);
    const title = slide.title ? plainText(slide.title) : plainText(type.untitled(slide, lang));
    const pages = type.drawPages ? type.drawPages(ctx, slide, path) : [{ title, boxes: type.draw(ctx, slide, path) }];
    const notes = notesOf(type, slide, path, lang, doc);
    pages.forEach((page, k) => {
      page.boxes.push(...slideFooter(slides.length + 1));
      // an id names the first slide of a type that continues: ids stay unique
      add(slide.type, 'content', layoutKey(type), page.title, page.boxes, k === 0 ? notes : '', doc.locate(path), k === 0 ? slide.id : undefined);
    });
  };

  sections.forEach((section, i) => {
    add('section', 'section', 'section', section.title, sectionBoxes(ctx, section, i), section.subtitle ?? '', doc.locate(['sections', i]), section.id);
    section.slides.forEach((slide, j) => content(slide, ['sections', i, 'slides', j]));
  });
  (outline.slides ?? []).forEach((slide, j) => content(slide, ['slides', j]));

  const closing = closingText(outline, ctx);
  if (closing) {
    add('closing', 'closing', 'closing', closing.title, closingBoxes(ctx, closing), outline.closing && typeof outline.closing === 'object' ? (outline.closing.notes ?? '') : '', closing.titleSource ?? doc.locate([]));
  }
  duplicateTitles(slides, ctx.diagnostics);

  // a slide's names go on from its layout's shapes, so that what is drawn on a slide has names of its own
  const counts = new Map<string, Map<string, number>>();
  for (const l of layouts.values()) {
    const c = new Map<string, number>();
    nameBoxes(l.boxes, c);
    counts.set(l.name, new Map(c));
    nameBoxes(l.placeholders, c);
  }
  nameBoxes(master.placeholders);
  const numbered: DeckSlide[] = slides.map((s, i) => ({ number: i + 1, ...s, boxes: nameBoxes(s.boxes, new Map(counts.get(s.layout))) }));
  // text a person adds to a placeholder shrinks until it fits, as in PowerPoint's own slides; the
  // generated text is measured to fit at its size and is drawn at 100 % (no stored font scale)
  for (const s of numbered) for (const b of s.boxes) if (b.kind === 'text' && b.placeholder) b.shrinkOnOverflow = true;
  const deck: Deck = {
    title: plainText(outline.title),
    lang,
    width: emu(ctx.width),
    height: emu(ctx.height),
    theme: { name: theme.name, scheme: palette.scheme, fonts: { major: theme.fonts.heading, minor: theme.fonts.body } },
    master,
    layouts: [...layouts.values()],
    slides: numbered,
  };
  if (outline.subtitle) deck.subtitle = outline.subtitle;
  if (outline.organization) deck.organization = outline.organization;
  markEastAsianFaces(deck);
  return { deck, diagnostics: sortDiagnostics(ctx.diagnostics) };
}

/**
 * Slides with the same title confuse the outline view and screen readers (PowerPoint's
 * accessibility check flags them): one warning per title, at its second slide, naming them all.
 */
function duplicateTitles(slides: Omit<DeckSlide, 'number'>[], diagnostics: Diagnostic[]): void {
  const byTitle = new Map<string, number[]>();
  slides.forEach((s, i) => {
    const key = s.title.replace(/\s+/g, ' ').trim();
    byTitle.set(key, [...(byTitle.get(key) ?? []), i]);
  });
  for (const [title, at] of byTitle) {
    if (at.length < 2) continue;
    const second = slides[at[1]!]!;
    diagnostics.push(report(LAYOUT.duplicateTitle, { numbers: at.map((i) => i + 1), title }, { severity: 'warning', ...(second.source ? { pos: second.source } : {}) }));
  }
}

/** What a placeholder is called in the selection pane, by its type (PowerPoint's own names). */
const PLACEHOLDER_NAMES: Record<PlaceholderRef['type'], string> = {
  title: 'Title',
  ctrTitle: 'Title',
  subTitle: 'Subtitle',
  body: 'Text Placeholder',
  obj: 'Content Placeholder',
  dt: 'Date Placeholder',
  ftr: 'Footer Placeholder',
  sldNum: 'Slide Number Placeholder',
};

/** Names boxes by role and order on their slide ("title 1", "rect 2"): what PowerPoint's selection pane shows. */
function nameBoxes<T extends Box>(boxes: T[], counts = new Map<string, number>()): T[] {
  for (const b of boxes) {
    const base = b.kind === 'text' ? (b.placeholder ? PLACEHOLDER_NAMES[b.placeholder.type] : b.role) : b.kind === 'image' ? (b.name === 'picture' ? 'picture' : 'logo') : b.kind === 'group' ? 'card' : b.kind === 'shape' ? b.shape : b.kind;
    const k = (counts.get(base) ?? 0) + 1;
    counts.set(base, k);
    b.name = `${base} ${k}`;
    if (b.kind === 'group') nameBoxes(b.boxes, counts);
  }
  return boxes;
}

function closingText(outline: Outline, ctx: LayoutContext) {
  const c = outline.closing;
  if (c === false) return undefined;
  const base = { ...(outline.organization ? { organization: outline.organization } : {}) };
  if (c === undefined || c === true) return { title: ctx.strings.thanks, ...base };
  return {
    title: c.title ?? ctx.strings.thanks,
    ...(c.subtitle ? { subtitle: c.subtitle } : {}),
    ...base,
    ...(c.title ? { titleSource: ctx.locate(['closing', 'title']) } : {}),
    ...(c.subtitle ? { subtitleSource: ctx.locate(['closing', 'subtitle']) } : {}),
  };
}

/** Speaker notes: what the author wrote, then the source of every figure the slide type lists (deck-style.md). */
function notesOf(type: SlideType, slide: SlideData, path: Path, lang: Lang, doc: OutlineDoc): string {
  const parts: string[] = [];
  if (slide.notes) parts.push(slide.notes.trim());
  const sourced = (type.figures?.(slide as unknown as Record<string, unknown>, path) ?? [])
    .map((f) => ({ ...(f.keys as NumberItem), written: doc.written(f.valuePath ?? [...f.path, 'value']), path: f.path }))
    .filter((f) => f.source);
  if (sourced.length) {
    // figures quoting the same words share one line: 来源（120名、150名）：…; a figure with its change
    const bySource = new Map<string, string[]>();
    for (const f of sourced) bySource.set(f.source!, [...(bySource.get(f.source!) ?? []), withChanges(figureText(f, lang), f.change, f.path, doc.written, lang)]);
    const label = STRINGS[lang].source;
    parts.push([...bySource].map(([quote, figures]) => `${label}（${figures.join(lang === 'en' ? ', ' : '、')}）：${quote}`).join('\n'));
  }
  return parts.join('\n\n');
}

/** The key of the layout a slide type's slides sit on. */
function layoutKey(type: SlideType): string {
  return typeof type.layout === 'string' ? type.layout : type.layout.key;
}

/** The layouts the slide types define, in registry order. */
function contentLayouts(): ContentLayout[] {
  return slideTypes().flatMap((t) => (typeof t.layout === 'string' ? [] : [t.layout]));
}
