/**
 * The slide master and one slide layout per kind of slide, with the placeholders a PowerPoint
 * user expects (docs/powerpoint.md): a title everywhere (centred title and subtitle on the
 * cover and the closing), a body where there is a list or a statement, and date, footer and
 * slide number, so that Header & Footer works. Their text styles are the template's, so a
 * slide someone adds with New Slide looks like the rest; their placeholders shrink text that
 * a person adds until it fits, as PowerPoint's own do (the generated slides never need it).
 */
import { WHAT } from '../../core/catalogue/layout.js';
import { fitTextBox, insetsFor, readableOn, type LayoutContext } from '../context.js';
import { rangeOf } from '../theme.js';
import { emu } from '../../core/units.js';
import type { TextSpec } from '../fit.js';
import type { Background, Box, DeckLayout, DeckMaster, LayoutType, PlaceholderRef, Rect, TextBox } from '../../deck/model.js';
import type { SlideRole, TextRole } from '../../deck/model.js';
import { agendaDecor, agendaRects, agendaTitleColor } from './agenda.js';
import { contentArea, footerBoxes, logoBox, setText, titleRect, titleRule } from './chrome.js';
import { closingColors, closingDecor, closingRects } from './closing.js';
import { coverColors, coverDecor, coverRects } from './cover.js';
import { LIST_GAP, LIST_LINE, listStyles } from './list.js';
import { sectionColors, sectionRects } from './section.js';

/** The frame's layouts; slide types add theirs (ContentLayout) between the section's and the closing's. */
const FRAME_LAYOUTS = {
  cover: { type: 'title', role: 'cover', zh: '封面', en: 'Title Slide' },
  agenda: { type: 'obj', role: 'agenda', zh: '目录', en: 'Agenda' },
  section: { type: 'secHead', role: 'section', zh: '节标题', en: 'Section Header' },
  closing: { type: 'title', role: 'closing', zh: '结束页', en: 'Closing' },
} as const satisfies Record<string, { type: LayoutType; role: SlideRole; zh: string; en: string }>;
export type FrameLayoutKey = keyof typeof FRAME_LAYOUTS;

/**
 * A layout of content slides, defined by the slide type whose slides sit on it: its name in
 * PowerPoint's Layout menu, its type (what PowerPoint offers for it), and its placeholders
 * besides the title; the title, the rule under it, the logo and the footer row are the frame's.
 */
export interface ContentLayout {
  /** What slide types name it by, e.g. 'content', 'figures'. */
  key: string;
  name: { zh: string; en: string };
  type: LayoutType;
  /** Its placeholder besides the title (idx 1): a list, a statement. */
  body?(ctx: LayoutContext, prompts: Prompts): TextBox;
  /** The rule under the title (default: drawn). */
  rule?: boolean;
}

export type Prompts = (typeof PROMPTS)[keyof typeof PROMPTS];

const PROMPTS = {
  'zh-CN': { title: '单击此处编辑标题', subtitle: '单击此处编辑副标题', text: '单击此处编辑文本', second: '第二级' },
  en: { title: 'Click to edit title', subtitle: 'Click to edit subtitle', text: 'Click to edit text', second: 'Second level' },
} as const;

/**
 * A placeholder whose paragraphs are its prompt text, one per level, set in the style text
 * typed into it takes: that style is what the writers put into its list style.
 */
export function placeholder(ctx: LayoutContext, ref: PlaceholderRef, role: TextRole, at: Rect, specs: Omit<TextSpec, 'text'>[], texts: string[], opts: { lineRatio: number; gapRatio?: number; anchor?: TextBox['anchor'] }): TextBox {
  const [, max] = rangeOf(ctx.theme, role);
  const box = fitTextBox(
    { ...ctx, diagnostics: [] },
    role,
    specs.map((s, i) => ({ ...s, text: texts[i] ?? '' })),
    { w: at.w },
    { range: [max, max], lineRatio: opts.lineRatio, gapRatio: opts.gapRatio ?? 0, what: WHAT.placeholder, anchor: opts.anchor ?? 'top', insets: insetsFor(max) },
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

/** The list placeholder (a content placeholder, idx 1) over the content area, in the deck's list style. */
export function listBody(ctx: LayoutContext, p: Prompts): TextBox {
  const styles = listStyles(ctx);
  return placeholder(ctx, { type: 'obj', idx: 1 }, 'point', contentArea(ctx), [styles.point, styles.sub], [p.text, p.second], { lineRatio: LIST_LINE, gapRatio: LIST_GAP });
}

export interface DeckLayouts {
  master: DeckMaster;
  /** Every layout by key, in the order of the deck: the frame's and the slide types'. */
  layouts: Map<string, DeckLayout>;
  /** The footer and page number a slide on a content layout shows: copies of its layout's placeholders. */
  slideFooter(slideNumber: number): TextBox[];
}

export function deckLayouts(ctx: LayoutContext, contentLayouts: readonly ContentLayout[]): DeckLayouts {
  const th = ctx.theme;
  const c = ctx.colors;
  const p = PROMPTS[ctx.lang];
  const zh = ctx.lang !== 'en';
  const ground = (role: SlideRole): Background => {
    const b = th.backgrounds[role];
    return { color: ctx.palette.of(b.color), ...(b.image ? { image: b.image } : {}) };
  };

  // the master: content slides' title, body and footer row
  const titleStyle: Omit<TextSpec, 'text'> = { font: ctx.fonts.heading, color: c.primary, bold: true };
  const title = placeholder(ctx, { type: 'title' }, 'title', titleRect(ctx), [titleStyle], [p.title], { lineRatio: 1.2, anchor: 'middle' });
  const styles = listStyles(ctx);
  const body = placeholder(ctx, { type: 'body', idx: 1 }, 'point', contentArea(ctx), [styles.point, styles.sub], [p.text, p.second], { lineRatio: LIST_LINE, gapRatio: LIST_GAP });
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
  const frame = (key: FrameLayoutKey, placeholders: TextBox[], boxes: Box[]): DeckLayout => {
    const info = FRAME_LAYOUTS[key];
    return {
      name: zh ? info.zh : info.en,
      type: info.type,
      background: ground(info.role),
      boxes,
      placeholders: [...placeholders, ...row(info.role, key === 'agenda' ? agendaRects(ctx).list.x : undefined)],
    };
  };
  const content = (l: ContentLayout): DeckLayout => ({
    name: zh ? l.name.zh : l.name.en,
    type: l.type,
    background: ground('content'),
    boxes: [...(l.rule === false ? [] : [titleRule(ctx)]), ...logo('content')],
    placeholders: [copyAs(title, { type: 'title' }), ...(l.body ? [l.body(ctx, p)] : []), ...row('content')],
  });

  const cover = coverRects(ctx);
  const coverColor = coverColors(ctx);
  const section = sectionRects(ctx);
  const sectionColor = sectionColors(ctx);
  const closing = closingRects(ctx);
  const closingColor = closingColors(ctx);
  const agenda = agendaRects(ctx);
  const centred = (s: Omit<TextSpec, 'text'>): Omit<TextSpec, 'text'> => ({ ...s, align: 'center' });
  const t = (role: TextRole) => rangeOf(th, role);

  const layouts = new Map<string, DeckLayout>();
  layouts.set(
    'cover',
    frame(
      'cover',
      [
        placeholder(ctx, { type: 'ctrTitle' }, 'coverTitle', cover.title, [{ font: ctx.fonts.heading, color: coverColor.title, bold: true }], [p.title], { lineRatio: 1.2, anchor: 'bottom' }),
        placeholder(ctx, { type: 'subTitle', idx: 1 }, 'coverSubtitle', cover.subtitle, [{ font: ctx.fonts.body, color: coverColor.subtitle(t('coverSubtitle')[1]) }], [p.subtitle], { lineRatio: 1.25 }),
      ],
      [...coverDecor(ctx), ...logo('cover')],
    ),
  );
  layouts.set(
    'agenda',
    frame(
      'agenda',
      [
        placeholder(ctx, { type: 'title' }, 'agendaTitle', agenda.title, [{ font: ctx.fonts.heading, color: agendaTitleColor(ctx), bold: true }], [p.title], { lineRatio: 1.2, anchor: 'bottom' }),
        placeholder(ctx, { type: 'body', idx: 1 }, 'agendaItem', agenda.list, [{ font: ctx.fonts.heading, color: c.text, bold: true }, { font: ctx.fonts.body, color: c.muted, level: 1, relative: { ratio: t('detail')[1] / t('agendaItem')[1], range: t('detail') }, gapRatio: 0.1 }], [p.text, p.second], { lineRatio: 1.2, gapRatio: 0.8 }),
      ],
      [...agendaDecor(ctx), ...logo('agenda')],
    ),
  );
  layouts.set(
    'section',
    frame(
      'section',
      [
        placeholder(ctx, { type: 'title' }, 'sectionTitle', section.title, [{ font: ctx.fonts.heading, color: sectionColor.title, bold: true }], [p.title], { lineRatio: 1.2 }),
        placeholder(ctx, { type: 'body', idx: 1 }, 'sectionSubtitle', section.subtitle, [{ font: ctx.fonts.body, color: sectionColor.subtitle(t('sectionSubtitle')[1]) }], [p.text], { lineRatio: 1.25 }),
      ],
      logo('section'),
    ),
  );
  for (const l of contentLayouts) {
    if (layouts.has(l.key)) throw new Error(`layout: two layouts have the key "${l.key}"`);
    layouts.set(l.key, content(l));
  }
  layouts.set(
    'closing',
    frame(
      'closing',
      [
        placeholder(ctx, { type: 'ctrTitle' }, 'closingTitle', closing.title, [centred({ font: ctx.fonts.heading, color: closingColor.title, bold: true })], [p.title], { lineRatio: 1.2, anchor: 'bottom' }),
        placeholder(ctx, { type: 'subTitle', idx: 1 }, 'closingSubtitle', closing.subtitle, [centred({ font: ctx.fonts.body, color: closingColor.subtitle(t('closingSubtitle')[1]) })], [p.subtitle], { lineRatio: 1.25 }),
      ],
      [...closingDecor(ctx), ...logo('closing')],
    ),
  );
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
