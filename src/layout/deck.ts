/**
 * Outline + Theme → Deck: the order of slides (cover, agenda, dividers, content, closing),
 * each slide laid out by its own module, names and page numbers filled in.
 * Returns the problems beside the result instead of throwing, so a caller sees them all.
 */
import { sortDiagnostics, type Diagnostic, type SourcePos } from '../core/errors.js';
import { emu, inches } from '../core/units.js';
import { figureText } from '../outline/figures.js';
import { plainText } from '../outline/inline.js';
import type { OutlineDoc } from '../outline/load.js';
import type { Lang, NumberItem, Outline, Slide } from '../outline/schema.js';
import type { Theme } from '../template/load.js';
import type { SlideRole } from '../template/schema.js';
import { STRINGS, type LayoutContext } from './context.js';
import type { Box, Deck, DeckLayout, DeckSlide, SlideKind } from './model.js';
import { agendaBoxes, type AgendaItem } from './slides/agenda.js';
import { contentLayout, titleBoxes } from './slides/chrome.js';
import { closingBoxes } from './slides/closing.js';
import { coverBoxes } from './slides/cover.js';
import { heroBoxes, numbersBoxes } from './slides/numbers.js';
import { pointsBoxes } from './slides/points.js';
import { quoteBoxes } from './slides/quote.js';
import { sectionBoxes } from './slides/section.js';

export interface LaidOutDeck {
  deck: Deck;
  diagnostics: Diagnostic[];
}

type Path = (string | number)[];

/** The layouts content slides are drawn on: with the rule under the title zone, and without. */
export const LAYOUT_CONTENT = 'content';
export const LAYOUT_PLAIN = 'content-plain';

/** Lines of one agenda slide; more sections continue on the next. */
export const AGENDA_PER_SLIDE = 6;

export function layoutDeck(doc: OutlineDoc, theme: Theme): LaidOutDeck {
  const outline = doc.outline;
  const lang: Lang = outline.lang ?? 'zh-CN';
  const date = outline.date === undefined ? undefined : String(outline.date);
  const fields: Record<string, string> = {
    organization: outline.organization ?? '',
    date: date ?? '',
    title: plainText(outline.title),
    footer: outline.footer ?? '',
  };
  const ctx: LayoutContext = {
    theme,
    lang,
    width: theme.size.width,
    height: theme.size.height,
    margin: inches(theme.size.name === '4:3' ? 0.5 : 0.6),
    diagnostics: [],
    locate: (p) => doc.locate(p),
    strings: STRINGS[lang],
    fields,
  };
  const slides: Omit<DeckSlide, 'number'>[] = [];
  const add = (kind: SlideKind, role: SlideRole, title: string, boxes: Box[], notes: string, source?: SourcePos, id?: string) => {
    const s: Omit<DeckSlide, 'number'> = { kind, role, title, boxes, notes, background: theme.backgrounds[role] };
    if (source) s.source = source;
    if (id) s.id = id;
    slides.push(s);
  };

  add('cover', 'cover', plainText(outline.title), coverBoxes(ctx, outline, date), outline.notes ?? '', doc.locate(['title']));

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
      const title = p === 0 ? heading : `${heading}${ctx.strings.continued}`;
      const page = items.slice(p * AGENDA_PER_SLIDE, (p + 1) * AGENDA_PER_SLIDE);
      add('agenda', 'agenda', title, agendaBoxes(ctx, title, page, p * AGENDA_PER_SLIDE), '', doc.locate(outline.agenda === undefined ? [] : ['agenda']));
    }
  }

  const content = (slide: Slide, path: Path) => {
    const boxes: Box[] = [];
    const source = doc.locate(path);
    if (slide.title) boxes.push(...titleBoxes(ctx, slide.title, doc.locate([...path, 'title'])));
    switch (slide.type) {
      case 'points':
        boxes.push(...pointsBoxes(ctx, slide, path));
        break;
      case 'numbers':
        boxes.push(...numbersBoxes(ctx, slide.numbers.map((item, k) => ({ item, path: [...path, 'numbers', k] }))));
        break;
      case 'number':
        boxes.push(...heroBoxes(ctx, slide, path));
        break;
      case 'quote':
        boxes.push(...quoteBoxes(ctx, slide, path));
        break;
    }
    const title = slide.title ? plainText(slide.title) : slide.type === 'quote' ? plainText(slide.text) : slide.type;
    add(slide.type, 'content', title, boxes, notesOf(slide, lang), source, slide.id);
    // a quote without a title has no title zone, so no rule under it
    slides[slides.length - 1]!.layout = slide.type === 'quote' && !slide.title ? LAYOUT_PLAIN : LAYOUT_CONTENT;
  };

  sections.forEach((section, i) => {
    add('section', 'section', section.title, sectionBoxes(ctx, section, i), section.subtitle ?? '', doc.locate(['sections', i]), section.id);
    section.slides.forEach((slide, j) => content(slide, ['sections', i, 'slides', j]));
  });
  (outline.slides ?? []).forEach((slide, j) => content(slide, ['slides', j]));

  const closing = closingText(outline, ctx);
  if (closing) {
    add('closing', 'closing', closing.title, closingBoxes(ctx, closing), outline.closing && typeof outline.closing === 'object' ? (outline.closing.notes ?? '') : '', closing.titleSource ?? doc.locate([]));
  }

  const layouts: DeckLayout[] = [];
  const used = new Set(slides.map((s) => s.layout));
  const ground = theme.backgrounds.content;
  if (used.has(LAYOUT_CONTENT)) layouts.push({ name: LAYOUT_CONTENT, background: ground, boxes: nameBoxes(contentLayout(ctx, true)) });
  if (used.has(LAYOUT_PLAIN)) layouts.push({ name: LAYOUT_PLAIN, background: ground, boxes: nameBoxes(contentLayout(ctx, false)) });
  const numbered: DeckSlide[] = slides.map((s, i) => ({ number: i + 1, ...s, boxes: nameBoxes(s.boxes) }));

  const deck: Deck = {
    title: plainText(outline.title),
    lang,
    width: emu(ctx.width),
    height: emu(ctx.height),
    theme: { name: theme.name, colors: theme.colors, fonts: theme.fonts },
    layouts,
    slides: numbered,
  };
  if (outline.subtitle) deck.subtitle = outline.subtitle;
  if (outline.organization) deck.organization = outline.organization;
  return { deck, diagnostics: sortDiagnostics(ctx.diagnostics) };
}

/** Names boxes by role and order on their slide ("title 1", "rect 2"): what PowerPoint's selection pane shows. */
function nameBoxes(boxes: Box[]): Box[] {
  const counts = new Map<string, number>();
  for (const b of boxes) {
    const base = b.kind === 'text' ? b.role : b.kind === 'image' ? 'logo' : b.shape;
    const k = (counts.get(base) ?? 0) + 1;
    counts.set(base, k);
    b.name = `${base} ${k}`;
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

/** Speaker notes: what the author wrote, then the source of every figure (deck-style.md). */
function notesOf(slide: Slide, lang: Lang): string {
  const parts: string[] = [];
  if (slide.notes) parts.push(slide.notes.trim());
  const figures: NumberItem[] = slide.type === 'numbers' ? slide.numbers : slide.type === 'number' ? [slide] : [];
  const sourced = figures.filter((f) => f.source);
  if (sourced.length) {
    const label = STRINGS[lang].source;
    parts.push(sourced.map((f) => `${label}（${figureText(f, lang)}）：${f.source}`).join('\n'));
  }
  return parts.join('\n\n');
}
