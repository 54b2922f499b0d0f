/**
 * The slide master and one slide layout per kind of slide, with the placeholders a PowerPoint
 * user expects (docs/powerpoint.md): a title everywhere (centred title and subtitle on the
 * cover and the closing), a body where there is a list or a statement, and date, footer and
 * slide number, so that Header & Footer works. Their text styles are the template's, so a
 * slide someone adds with New Slide looks like the rest; their placeholders shrink text that
 * a person adds until it fits, as PowerPoint's own do (the generated slides never need it).
 */
import { fitTextBox, insetsFor, readableOn, type LayoutContext } from '../context.js';
import { emu } from '../../core/units.js';
import type { TextSpec } from '../fit.js';
import type { Background, Box, DeckLayout, DeckMaster, LayoutType, PlaceholderRef, Rect, TextBox } from '../../deck/model.js';
import type { SlideRole, TextRole } from '../../template/schema.js';
import { agendaDecor, agendaRects, agendaTitleColor } from './agenda.js';
import { contentArea, footerBoxes, logoBox, setText, titleRect, titleRule } from './chrome.js';
import { closingColors, closingDecor, closingRects } from './closing.js';
import { coverColors, coverDecor, coverRects } from './cover.js';
import { POINT_GAP, POINT_LINE, pointStyles } from './points.js';
import { sectionColors, sectionRects } from './section.js';

export const LAYOUT_KEYS = ['cover', 'agenda', 'section', 'content', 'figures', 'quote', 'closing'] as const;
export type LayoutKey = (typeof LAYOUT_KEYS)[number];

const LAYOUT_INFO: Record<LayoutKey, { type: LayoutType; role: SlideRole; zh: string; en: string }> = {
  cover: { type: 'title', role: 'cover', zh: '封面', en: 'Title Slide' },
  agenda: { type: 'obj', role: 'agenda', zh: '目录', en: 'Agenda' },
  section: { type: 'secHead', role: 'section', zh: '节标题', en: 'Section Header' },
  content: { type: 'obj', role: 'content', zh: '标题和内容', en: 'Title and Content' },
  figures: { type: 'titleOnly', role: 'content', zh: '关键数字', en: 'Key Figures' },
  quote: { type: 'obj', role: 'content', zh: '引语', en: 'Quote' },
  closing: { type: 'title', role: 'closing', zh: '结束页', en: 'Closing' },
};

/** The name of a layout as PowerPoint's Layout menu shows it, in the deck's language. */
export function layoutName(ctx: LayoutContext, key: LayoutKey): string {
  return LAYOUT_INFO[key][ctx.lang === 'en' ? 'en' : 'zh'];
}

const PROMPTS = {
  'zh-CN': { title: '单击此处编辑标题', subtitle: '单击此处编辑副标题', text: '单击此处编辑文本', second: '第二级' },
  en: { title: 'Click to edit title', subtitle: 'Click to edit subtitle', text: 'Click to edit text', second: 'Second level' },
} as const;

/**
 * A placeholder whose paragraphs are its prompt text, one per level, set in the style text
 * typed into it takes: that style is what the writers put into its list style.
 */
function placeholder(ctx: LayoutContext, ref: PlaceholderRef, role: TextRole, at: Rect, specs: Omit<TextSpec, 'text'>[], texts: string[], opts: { lineRatio: number; gapRatio?: number; anchor?: TextBox['anchor'] }): TextBox {
  const [, max] = ctx.theme.type[role];
  const box = fitTextBox(
    { ...ctx, diagnostics: [] },
    role,
    specs.map((s, i) => ({ ...s, text: texts[i] ?? '' })),
    { w: at.w },
    { range: [max, max], lineRatio: opts.lineRatio, gapRatio: opts.gapRatio ?? 0, what: 'a placeholder', anchor: opts.anchor ?? 'top', insets: insetsFor(max) },
  );
  // each level's space before is what a paragraph of it gets after another: what New Slide's list shows
  box.paragraphs.forEach((para, i) => {
    para.spaceBefore = Math.round((specs[i]?.gapRatio ?? opts.gapRatio ?? 0) * max * 100) / 100;
  });
  return Object.assign(box, at, { placeholder: ref, shrinkOnOverflow: true });
}

function copyAs(box: TextBox, ref: PlaceholderRef): TextBox {
  return { ...structuredClone(box), placeholder: ref, shrinkOnOverflow: true };
}

export interface DeckLayouts {
  master: DeckMaster;
  layouts: Record<LayoutKey, DeckLayout>;
  /** The footer and page number a slide on a content layout shows: copies of its layout's placeholders. */
  slideFooter(slideNumber: number): TextBox[];
}

export function deckLayouts(ctx: LayoutContext): DeckLayouts {
  const th = ctx.theme;
  const c = ctx.colors;
  const p = PROMPTS[ctx.lang];
  const ground = (role: SlideRole): Background => {
    const b = th.backgrounds[role];
    return { color: ctx.palette.of(b.color), ...(b.image ? { image: b.image } : {}) };
  };

  // the master: content slides' title, body and footer row
  const titleStyle: Omit<TextSpec, 'text'> = { font: ctx.fonts.heading, color: c.primary, bold: true };
  const title = placeholder(ctx, { type: 'title' }, 'title', titleRect(ctx), [titleStyle], [p.title], { lineRatio: 1.2, anchor: 'middle' });
  const styles = pointStyles(ctx);
  const body = placeholder(ctx, { type: 'body', idx: 1 }, 'point', contentArea(ctx), [styles.point, styles.sub], [p.text, p.second], { lineRatio: POINT_LINE, gapRatio: POINT_GAP });
  const footer = footerBoxes(ctx);
  const footerRow = (dt: number, ftr: number, num: number): TextBox[] => [copyAs(footer.date, { type: 'dt', idx: dt }), copyAs(footer.text, { type: 'ftr', idx: ftr }), copyAs(footer.number, { type: 'sldNum', idx: num })];
  const master: DeckMaster = {
    background: ground('content'),
    placeholders: [title, body, ...footerRow(2, 3, 4)],
    title: title.paragraphs[0]!,
    body: body.paragraphs,
  };
  // the footer row of a layout, in a colour readable on its ground; `from` keeps the footer text
  // off a panel of another colour (the agenda's)
  const row = (role: SlideRole, from?: number): TextBox[] => {
    const color = readableOn(ctx.palette.of(th.backgrounds[role].color), c.muted, [c.onPrimary, c.text, c.background], 4.5);
    return footerRow(10, 11, 12).map((b) => {
      for (const para of b.paragraphs) for (const l of para.lines) for (const r of l.runs) r.color = color;
      if (from !== undefined && b.placeholder?.type === 'ftr') Object.assign(b, { x: emu(from), w: emu(b.x + b.w - from) });
      return b;
    });
  };
  const logo = (role: SlideRole): Box[] => {
    const l = logoBox(ctx, role);
    return l ? [l] : [];
  };
  const layout = (key: LayoutKey, placeholders: TextBox[], boxes: Box[]): DeckLayout => ({
    name: layoutName(ctx, key),
    type: LAYOUT_INFO[key].type,
    background: ground(LAYOUT_INFO[key].role),
    boxes,
    placeholders: [...placeholders, ...row(LAYOUT_INFO[key].role, key === 'agenda' ? agendaRects(ctx).list.x : undefined)],
  });

  const cover = coverRects(ctx);
  const coverColor = coverColors(ctx);
  const section = sectionRects(ctx);
  const sectionColor = sectionColors(ctx);
  const closing = closingRects(ctx);
  const closingColor = closingColors(ctx);
  const agenda = agendaRects(ctx);
  const quoteArea = contentArea(ctx);
  const centred = (s: Omit<TextSpec, 'text'>): Omit<TextSpec, 'text'> => ({ ...s, align: 'center' });

  const layouts: Record<LayoutKey, DeckLayout> = {
    cover: layout(
      'cover',
      [
        placeholder(ctx, { type: 'ctrTitle' }, 'coverTitle', cover.title, [{ font: ctx.fonts.heading, color: coverColor.title, bold: true }], [p.title], { lineRatio: 1.2, anchor: 'bottom' }),
        placeholder(ctx, { type: 'subTitle', idx: 1 }, 'coverSubtitle', cover.subtitle, [{ font: ctx.fonts.body, color: coverColor.subtitle(th.type.coverSubtitle[1]) }], [p.subtitle], { lineRatio: 1.25 }),
      ],
      [...coverDecor(ctx), ...logo('cover')],
    ),
    agenda: layout(
      'agenda',
      [
        placeholder(ctx, { type: 'title' }, 'agendaTitle', agenda.title, [{ font: ctx.fonts.heading, color: agendaTitleColor(ctx), bold: true }], [p.title], { lineRatio: 1.2, anchor: 'bottom' }),
        placeholder(ctx, { type: 'body', idx: 1 }, 'agendaItem', agenda.list, [{ font: ctx.fonts.heading, color: c.text, bold: true }, { font: ctx.fonts.body, color: c.muted, level: 1, relative: { ratio: th.type.detail[1] / th.type.agendaItem[1], range: th.type.detail }, gapRatio: 0.1 }], [p.text, p.second], { lineRatio: 1.2, gapRatio: 0.8 }),
      ],
      [...agendaDecor(ctx), ...logo('agenda')],
    ),
    section: layout(
      'section',
      [
        placeholder(ctx, { type: 'title' }, 'sectionTitle', section.title, [{ font: ctx.fonts.heading, color: sectionColor.title, bold: true }], [p.title], { lineRatio: 1.2 }),
        placeholder(ctx, { type: 'body', idx: 1 }, 'sectionSubtitle', section.subtitle, [{ font: ctx.fonts.body, color: sectionColor.subtitle(th.type.sectionSubtitle[1]) }], [p.text], { lineRatio: 1.25 }),
      ],
      logo('section'),
    ),
    content: layout('content', [copyAs(title, { type: 'title' }), copyAs(body, { type: 'obj', idx: 1 })], [titleRule(ctx), ...logo('content')]),
    figures: layout('figures', [copyAs(title, { type: 'title' })], [titleRule(ctx), ...logo('content')]),
    quote: layout(
      'quote',
      [copyAs(title, { type: 'title' }), placeholder(ctx, { type: 'body', idx: 1 }, 'quote', quoteArea, [centred({ font: ctx.fonts.heading, color: c.primary, bold: true })], [p.text], { lineRatio: 1.3, anchor: 'middle' })],
      logo('content'),
    ),
    closing: layout(
      'closing',
      [
        placeholder(ctx, { type: 'ctrTitle' }, 'closingTitle', closing.title, [centred({ font: ctx.fonts.heading, color: closingColor.title, bold: true })], [p.title], { lineRatio: 1.2, anchor: 'bottom' }),
        placeholder(ctx, { type: 'subTitle', idx: 1 }, 'closingSubtitle', closing.subtitle, [centred({ font: ctx.fonts.body, color: closingColor.subtitle(th.type.closingSubtitle[1]) })], [p.subtitle], { lineRatio: 1.25 }),
      ],
      [...closingDecor(ctx), ...logo('closing')],
    ),
  };
  const slideFooter = (slideNumber: number): TextBox[] => {
    const out: TextBox[] = [];
    if (footer.shown.text) out.push(structuredClone(footer.text));
    if (footer.shown.number) {
      // the field's cached text is the slide's own number: what a viewer shows before it updates fields
      const number = structuredClone(footer.number);
      setText(number, String(slideNumber));
      out.push(number);
    }
    return out;
  };
  return { master, layouts, slideFooter };
}
