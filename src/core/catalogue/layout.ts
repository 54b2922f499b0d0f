/**
 * Messages of laying out the deck: a text that does not fit its place (TEXT_OVERFLOW, naming the
 * text with one of WHAT's names) and slides with the same title.
 */
import { message, type Localized } from './define.js';

/**
 * The texts of a slide as a TEXT_OVERFLOW message names them ("the slide title does not fit: …"
 * / "幻灯片标题放不下：…"). A slide type of its own may name its texts with a plain string.
 */
export const WHAT = {
  slideTitle: { en: 'the slide title', zh: '幻灯片标题' },
  deckTitle: { en: 'the deck title', zh: '演示文稿标题' },
  subtitle: { en: 'the subtitle', zh: '副标题' },
  organisationAndDate: { en: 'the organisation and date line', zh: '单位和日期这一行' },
  organisation: { en: 'the organisation line', zh: '单位这一行' },
  agendaTitle: { en: 'the agenda title', zh: '目录标题' },
  agendaSubtitle: { en: 'the agenda subtitle', zh: '目录副标题' },
  agendaSectionTitle: { en: 'the section title in the agenda', zh: '目录中的章节标题' },
  agendaSectionSubtitle: { en: 'the section subtitle in the agenda', zh: '目录中的章节副标题' },
  sectionNumber: { en: 'the section number', zh: '章节编号' },
  sectionTitle: { en: 'the section title', zh: '章节标题' },
  sectionSubtitle: { en: 'the section subtitle', zh: '章节副标题' },
  closingTitle: { en: 'the closing title', zh: '结束页标题' },
  closingSubtitle: { en: 'the closing subtitle', zh: '结束页副标题' },
  footer: { en: 'the footer text', zh: '页脚文字' },
  pageNumber: { en: 'the page number', zh: '页码' },
  date: { en: 'the date', zh: '日期' },
  placeholder: { en: 'a placeholder', zh: '占位符' },
  points: (n: number): Localized => (n === 1 ? { en: 'the point with its sub-points', zh: '这条要点及其分项' } : { en: `the list of ${n} points`, zh: `这 ${n} 条要点` }),
  figureLabel: { en: 'the figure’s label', zh: '数字的标签' },
  figureDetail: { en: 'the figure’s detail', zh: '数字的说明' },
  share: { en: 'the share', zh: '占比' },
  total: { en: 'the total', zh: '总数' },
  quote: { en: 'the quote', zh: '引语' },
  quoteBy: { en: 'the quote’s source', zh: '引语的出处' },
  quotationMark: { en: 'the quotation mark', zh: '引号' },
  tableCell: (n: number): Localized => ({ en: `a cell of row ${n}`, zh: `第 ${n} 行的一个单元格` }),
  tableCaption: { en: 'the table’s caption', zh: '表格下方的说明' },
  pictureCaption: { en: 'the picture’s caption', zh: '图片下方的说明' },
  chartCaption: { en: 'the chart’s caption', zh: '图表下方的说明' },
  figures: (n: number): Localized => ({ en: `the ${n} figures`, zh: `这 ${n} 个数字` }),
  tableRows: (n: number): Localized => ({ en: `the table of ${n} rows`, zh: `这个 ${n} 行的表格` }),
  columns: (n: number): Localized => ({ en: `the list in ${n} columns`, zh: `这 ${n} 栏的要点` }),
  columnHeading: { en: 'the column’s heading', zh: '栏目标题' },
  columnPoints: (n: number): Localized => ({ en: `the column’s ${n} points`, zh: `这一栏的 ${n} 条要点` }),
} satisfies Record<string, Localized | ((n: number) => Localized)>;

export const LAYOUT = {
  /** A text that needs more lines than its box holds, even at the smallest size. */
  tooManyLines: message<{ what: Localized; size: number; lines: number; max: number; chars: number }>(
    'TEXT_OVERFLOW',
    {
      en: (p) => `${p.what.en} does not fit: at the smallest size (${p.size} pt) it needs ${p.lines} lines, the box holds ${p.max}; about ${p.chars} character${p.chars === 1 ? '' : 's'} too long`,
      zh: (p) => `${p.what.zh}放不下：即使用最小字号（${p.size} pt）也要 ${p.lines} 行，而这里只能放 ${p.max} 行；大约多出 ${p.chars} 个字`,
    },
    { en: () => 'shorten it, or split the slide', zh: () => '请缩短文字，或把这张幻灯片拆开' },
  ),
  /** Texts taller than their place, even at the smallest size (`several`: more than one paragraph). */
  tooTall: message<{ what: Localized; size: number; height: number; room: number; share: number; several: boolean }>(
    'TEXT_OVERFLOW',
    {
      en: (p) => `${p.what.en} does not fit: at the smallest size (${p.size} pt) it needs ${p.height} pt of height, the slide has ${p.room} pt; about ${p.share}% too much`,
      zh: (p) => `${p.what.zh}放不下：即使用最小字号（${p.size} pt）也要 ${p.height} pt 高，而幻灯片上只有 ${p.room} pt；大约超出 ${p.share}%`,
    },
    {
      en: (p) => (p.several ? 'shorten the longest items, or split the slide into two' : 'shorten it, or split the slide'),
      zh: (p) => (p.several ? '请缩短最长的几项，或把这张幻灯片拆成两张' : '请缩短文字，或把这张幻灯片拆开'),
    },
  ),
  /** A figure on a card of a `numbers` slide: too little height left (`lowOnHeight`) or too wide. */
  cardFigure: message<{ min: number; lowOnHeight: boolean; rows: number; cols: number }>(
    'TEXT_OVERFLOW',
    {
      en: (p) =>
        `the figure does not fit its card even at ${p.min} pt: ${p.lowOnHeight ? 'its label and detail leave it too little height' : 'it is too wide'} (${p.rows} row${p.rows > 1 ? 's' : ''} of ${p.cols} cards)`,
      zh: (p) => `即使用 ${p.min} pt，数字也放不进卡片：${p.lowOnHeight ? '标签和说明占去了太多高度' : '数字太宽'}（${p.rows} 行，每行 ${p.cols} 张卡片）`,
    },
    {
      en: (p) => (p.lowOnHeight ? 'shorten the labels or details, or put fewer figures on this slide' : 'shorten the unit, or write the value in a larger unit (万, 亿), or put fewer figures on this slide'),
      zh: (p) => (p.lowOnHeight ? '请缩短标签或说明，或减少这张幻灯片上的数字' : '请缩短单位，或换用更大的单位（万、亿），或减少这张幻灯片上的数字'),
    },
  ),
  /** A table whose columns cannot share the width even at the smallest size. */
  tableTooWide: message<{ min: number; columns: number }>(
    'TEXT_OVERFLOW',
    { en: (p) => `the table’s ${p.columns} columns do not fit the slide’s width even at ${p.min} pt`, zh: (p) => `即使用 ${p.min} pt，表格的 ${p.columns} 列也排不下幻灯片的宽度` },
    { en: () => 'shorten the widest cells (long words and figures do not wrap), or drop a column', zh: () => '请缩短最宽的单元格（长单词和数字不会换行），或去掉一列' },
  ),
  columnFigure: message<{ min: number }>(
    'TEXT_OVERFLOW',
    { en: (p) => `the column’s figure does not fit its column even at ${p.min} pt`, zh: (p) => `即使用 ${p.min} pt，这一栏的数字也放不进栏内` },
    { en: () => 'shorten the unit, write the value in a larger unit (万, 亿), or use two columns instead of three', zh: () => '请缩短单位，或换用更大的单位（万、亿），或改为两栏' },
  ),
  heroFigure: message<{ min: number }>(
    'TEXT_OVERFLOW',
    { en: (p) => `the hero figure does not fit the slide even at ${p.min} pt`, zh: (p) => `即使用 ${p.min} pt，这个数字也放不进幻灯片` },
    { en: () => 'shorten the unit, the label or the detail', zh: () => '请缩短单位、标签或说明' },
  ),
  /**
   * A list too long for one slide went on over `pages` slides; `from` is the 1-based number of
   * the first item moved to the next slide, `what` names the list.
   */
  continued: message<{ what: Localized; count: number; pages: number; from: number; title: string }>(
    'SLIDE_CONTINUED',
    {
      en: (p) => `${p.what.en} does not fit one slide: it continues over ${p.pages} slides, from item ${p.from} on “${p.title}”`,
      zh: (p) => `${p.what.zh}一张幻灯片放不下：已从第 ${p.from} 项起接续到“${p.title}”，共 ${p.pages} 张`,
    },
    {
      en: () => 'to keep it on one slide, shorten it or split it into slides of your own; --strict makes this an error',
      zh: () => '如要放在一张幻灯片上，请删减内容，或自己拆成几张幻灯片；加 --strict 时这会被视为错误',
    },
  ),
  changeLine: message<{ size: number }>(
    'TEXT_OVERFLOW',
    { en: (p) => `the change does not fit on one line under its figure even at ${p.size} pt`, zh: (p) => `即使用 ${p.size} pt，增减幅度也无法在数字下方的一行内放下` },
    { en: () => 'shorten its words (word, basis, unit), or put fewer figures on this slide', zh: () => '请缩短增减幅度的文字（增减词、比较基准、单位），或减少本页的数字' },
  ),
  /** One warning per title, at its second slide: `numbers` are the slides' numbers (1-based). */
  duplicateTitle: message<{ numbers: number[]; title: string }>(
    'SLIDE_TITLE_DUPLICATE',
    {
      en: (p) => {
        const n = p.numbers;
        const list = n.length > 6 ? `${n.slice(0, 6).join(', ')} … (${n.length} slides)` : `${n.slice(0, -1).join(', ')} and ${n.at(-1)}`;
        return `slides ${list} have the same title: “${p.title}”`;
      },
      zh: (p) => {
        const n = p.numbers;
        const list = n.length > 6 ? `第 ${n.slice(0, 6).join('、')} 等 ${n.length} 张幻灯片` : `第 ${n.slice(0, -1).join('、')} 和 ${n.at(-1)} 张幻灯片`;
        return `${list}标题相同：“${p.title}”`;
      },
    },
    {
      en: () => 'give each slide a title of its own: screen readers and the outline view tell slides apart by their titles',
      zh: () => '请给每张幻灯片起不同的标题：读屏软件和大纲视图靠标题区分幻灯片',
    },
  ),
};

/** A text's name in both languages: a plain string (a slide type's own) is the same in both. */
export function whatOf(what: string | Localized): Localized {
  return typeof what === 'string' ? { en: what, zh: what } : what;
}
