/**
 * Messages about outlines: their structure, ids, slides and figures (slide types' own rules
 * included), and `briefdeck check`'s comparison with the report. Each entry: the code, the
 * message and the hint, in English and Chinese.
 */
import type { Localized, Phrase } from './define.js';
import { formatBytes } from '../safe-read.js';
import { message, phrase } from './define.js';
import { zh } from './schema.js';

/** A list of words as the English and the Chinese write it: `余 多 以上` in both, `a, b` / `a、b`. */
const spaced = (words: readonly string[]) => words.join(' ');

export const OUTLINE = {
  duplicateId: message<{ id: string; first: string }>(
    'OUTLINE_DUPLICATE_ID',
    { en: (p) => `id \`${p.id}\` is used twice (first at ${p.first})`, zh: (p) => `id \`${p.id}\` 用了两次（第一次在 ${p.first}）` },
    { en: () => 'ids must be unique in the deck; rename one', zh: () => '同一个演示文稿中的 id 不能重复，请改掉其中一个' },
  ),
  /** The file holds a list, a text, a number: `value` is schema-issues' describeValueBoth. */
  notMapping: message<{ value: Localized }>(
    'OUTLINE_SCHEMA',
    {
      en: (p) => `an outline is a mapping of keys (title:, sections:, …), but this file holds ${p.value.en}`,
      zh: (p) => zh`大纲应是键值映射（title:、sections: 等），而这个文件中是${p.value.zh}`,
    },
    { en: () => 'start with `title: …` and `sections:`; see docs/outline-format.md', zh: () => '请以 `title: …` 和 `sections:` 开头；格式见 docs/outline-format.md' },
  ),
  sectionsAndSlides: message(
    'OUTLINE_SCHEMA',
    { en: () => 'an outline has `sections` or `slides`, not both', zh: () => '大纲只能有 `sections` 或 `slides` 其中之一，不能两个都有' },
    { en: () => 'move these slides into a section, or drop `sections`', zh: () => '请把这些幻灯片移进某个章节，或去掉 `sections`' },
  ),
  noSlides: message(
    'OUTLINE_SCHEMA',
    { en: () => 'the outline has no slides', zh: () => '大纲中没有幻灯片' },
    { en: () => 'add `sections:` (each with `title` and `slides`) or a plain `slides:` list', zh: () => '请加上 `sections:`（每个章节写 `title` 和 `slides`），或直接写一个 `slides:` 列表' },
  ),
  tooManySlides: message<{ slides: number; sections: number; max: number }>(
    'DECK_TOO_LARGE',
    {
      en: (p) => `the outline has ${p.slides.toLocaleString('en-US')} slides and ${p.sections} sections; a deck holds at most ${p.max.toLocaleString('en-US')} of them together`,
      zh: (p) => `大纲有 ${p.slides.toLocaleString('en-US')} 张幻灯片和 ${p.sections} 个章节；一个演示文稿合计最多 ${p.max.toLocaleString('en-US')} 张`,
    },
    { en: () => 'split the outline into several decks', zh: () => '请把大纲拆成几个演示文稿' },
  ),
  unclosedEmphasis: message(
    'OUTLINE_MARKUP',
    { en: () => 'a `**` opens emphasis but nothing closes it; it is shown as typed', zh: () => '`**` 开始了强调，但后面没有闭合的 `**`；将按原样显示' },
    { en: () => 'add the closing `**`, or remove the stray one', zh: () => '请补上闭合的 `**`，或删掉多余的那个' },
  ),
};

/** Sentences for schema problems the outline words itself (outline/validate.ts's messageFor and hintFor). */
export const OUTLINE_SCHEMA = {
  needsType: phrase({ en: () => 'a slide needs a `type:`', zh: () => '幻灯片缺少 `type:`' }),
  unknownType: phrase<{ value: Localized }>({ en: (p) => `unknown slide type ${p.value.en}`, zh: (p) => `未知的幻灯片类型：${p.value.zh}` }),
  useTypes: phrase<{ names: string[] }>({ en: (p) => `use one of: ${p.names.join(', ')}`, zh: (p) => `可用的类型：${p.names.join('、')}` }),
  didYouMeanType: phrase<{ type: string }>({ en: (p) => `did you mean \`type: ${p.type}\`?`, zh: (p) => `您是不是要写 \`type: ${p.type}\`？` }),
  notApprox: phrase<{ value: Localized; zhWords: readonly string[]; enWords: readonly string[] }>({
    en: (p) => `${p.value.en} is not an approximation word; allowed: ${spaced(p.zhWords)} (zh-CN) or ${spaced(p.enWords)} (en)`,
    zh: (p) => zh`${p.value.zh}不是约数词；可用：${spaced(p.zhWords)}（zh-CN）或 ${spaced(p.enWords)}（en）`,
  }),
  approxHint: phrase<{ zhWords: readonly string[]; enWords: readonly string[] }>({
    en: (p) => `use one of: ${spaced(p.zhWords)} (Chinese decks) or ${spaced(p.enWords)} (English decks)`,
    zh: (p) => `中文演示文稿用 ${spaced(p.zhWords)}，英文演示文稿用 ${spaced(p.enWords)}`,
  }),
  langNotSupported: phrase<{ value: Localized }>({ en: (p) => `${p.value.en} is not a supported language`, zh: (p) => `不支持的语言：${p.value.zh}` }),
  langHint: phrase({ en: () => 'use zh-CN or en', zh: () => '请用 zh-CN 或 en' }),
  idForm: phrase<{ value: Localized }>({ en: (p) => `id ${p.value.en} may hold only letters, digits, - and _`, zh: (p) => `id ${p.value.zh} 只能由字母、数字、- 和 _ 组成` }),
  addSlide: phrase({ en: () => 'add at least one slide, e.g. `- type: points`', zh: () => '请至少加一张幻灯片，例如 `- type: points`' }),
  /** A figure written as text that reads as a number: `1_000`, `1,400`, `0b101`, `约3000人`. */
  bareNumber: phrase<{ key: string; value: string; approx?: string | undefined; unit?: string | undefined }>({
    en: (p) => `write the figure as a bare number: ${p.key}: ${p.value}${p.approx ? `, with approx: ${p.approx}` : ''}${p.unit ? ` and unit: ${p.unit}` : ''}`,
    zh: (p) => {
      const more = [p.approx ? `approx: ${p.approx}` : '', p.unit ? `unit: ${p.unit}` : ''].filter(Boolean);
      return `请直接写成数字：${p.key}: ${p.value}${more.length ? `，另写 ${more.join(' 和 ')}` : ''}`;
    },
  }),
  digits: phrase<{ key: string }>({
    en: (p) => `write the figure as digits, e.g. ${p.key}: 1400 (with approx: 余 for 1400余)`,
    zh: (p) => `请用阿拉伯数字写数值，例如 ${p.key}: 1400（“1400余”写作 ${p.key}: 1400 加 approx: 余）`,
  }),
};

/** The rules of key figures (slides/figure-rules.ts). */
export const FIGURE = {
  approxForEnglish: message<{ approx: string; words: readonly string[] }>(
    'OUTLINE_SCHEMA',
    { en: (p) => `\`${p.approx}\` is an approximation word for English decks`, zh: (p) => `\`${p.approx}\` 是英文演示文稿用的约数词` },
    { en: (p) => `in a zh-CN deck use one of: ${spaced(p.words)}`, zh: (p) => `中文（zh-CN）演示文稿请用：${spaced(p.words)}` },
  ),
  approxForChinese: message<{ approx: string; words: readonly string[] }>(
    'OUTLINE_SCHEMA',
    { en: (p) => `\`${p.approx}\` is an approximation word for Chinese decks`, zh: (p) => `\`${p.approx}\` 是中文演示文稿用的约数词` },
    { en: (p) => `in an English deck use one of: ${spaced(p.words)}`, zh: (p) => `英文演示文稿请用：${spaced(p.words)}` },
  ),
  tooLarge: message<{ value: number }>(
    'OUTLINE_SCHEMA',
    { en: (p) => `value ${p.value} is too large to print exactly`, zh: (p) => `数值 ${p.value} 太大，无法精确显示` },
    { en: () => 'write it in a larger unit, e.g. value: 1.25 with unit: 亿元', zh: () => '请换用更大的单位，例如 value: 1.25 加 unit: 亿元' },
  ),
  negativeShare: message<{ value: number; of: number }>(
    'OUTLINE_SCHEMA',
    { en: (p) => `value ${p.value} is negative, so it cannot be a share of \`of: ${p.of}\``, zh: (p) => `数值 ${p.value} 是负数，不能算作 \`of: ${p.of}\` 中的一部分` },
    { en: () => 'remove `of`, or give the count the total is made of', zh: () => '请去掉 `of`，或改写成总数中的那部分数量' },
  ),
  overTotal: message<{ value: number; of: number }>(
    'OUTLINE_SCHEMA',
    { en: (p) => `value ${p.value} is larger than its total \`of: ${p.of}\``, zh: (p) => `数值 ${p.value} 大于总数 \`of: ${p.of}\`` },
    { en: () => '`of` is the total the value is a share of; check both figures', zh: () => '`of` 是总数，value 是其中的一部分；请核对这两个数' },
  ),
};

/** Rules of `columns` slides the schema cannot state. */
export const COLUMNS = {
  empty: message(
    'OUTLINE_SCHEMA',
    { en: () => 'this column has only a heading: give it `points`, a `figure` or both', zh: () => '这一栏只有标题：请给它加上 `points`、`figure`，或两者都加' },
    { en: () => 'e.g. points: [第一点, 第二点], or figure: {value: 86, unit: "%", label: 覆盖率}', zh: () => '例如 points: [第一点, 第二点]，或 figure: {value: 86, unit: "%", label: 覆盖率}' },
  ),
};

/** Slide types' own wording of schema problems (their `explain`). */
export const SLIDES = {
  tooManyPoints: phrase<{ count: number | undefined; max: number }>({
    en: (p) => `${p.count ?? 'too many'} points; a list holds at most ${p.max} (over several slides)`,
    zh: (p) => `${p.count === undefined ? '要点太多' : `有 ${p.count} 条要点`}；一个列表最多 ${p.max} 条（可接续多张幻灯片）`,
  }),
  tooManyFigures: phrase<{ count: number | undefined; max: number }>({
    en: (p) => `${p.count ?? 'too many'} figures; a key-number list holds at most ${p.max} (over several slides)`,
    zh: (p) => `${p.count === undefined ? '数字太多' : `有 ${p.count} 个数字`}；一组关键数字最多 ${p.max} 个（可接续多张幻灯片）`,
  }),
  splitSlide: phrase({ en: () => 'split the list into slides of their own', zh: () => '请把这个列表拆成几张幻灯片' }),
};

/** `briefdeck check` against the report named by `source:` (outline/sources.ts). */
export const SOURCES = {
  reportUnreadable: message<{ report: string; failure: Localized }>(
    'SOURCE_MISMATCH',
    { en: (p) => `the report ${p.report} ${p.failure.en}`, zh: (p) => `报告 ${p.report} ${p.failure.zh}` },
    { en: () => 'name the report (.txt, .md, .docx or a text PDF, relative to the outline), or remove `source:`', zh: () => '请写明报告文件（.txt、.md、.docx 或文字版 PDF，路径相对于大纲所在的文件夹），或删除 `source:`' },
  ),
  quoteNotInReport: message<{ report: string }>(
    'SOURCE_MISMATCH',
    { en: (p) => `the quoted source is not in ${p.report}`, zh: (p) => `引文不在 ${p.report} 中` },
    { en: () => 'copy the words exactly from the report', zh: () => '请从报告中原样复制这段文字' },
  ),
  figureNotInQuote: message<{ figure: string; quote: string; where: string }>(
    'SOURCE_MISMATCH',
    { en: (p) => `the figure ${p.figure} is not what its quote says (the report, at ${p.where})`, zh: (p) => `数字 ${p.figure} 与引文中的不一致（报告中的位置：${p.where}）` },
    { en: (p) => `the quote reads: ${p.quote}`, zh: (p) => `引文原文：${p.quote}` },
  ),
  notShown: message<{ figure: string; sentence: string }>(
    'SOURCE_COVERAGE',
    { en: (p) => `the report's figure ${p.figure} is on no slide: ${p.sentence}`, zh: (p) => `报告中的数字 ${p.figure} 没有出现在任何幻灯片上：${p.sentence}` },
    { en: () => 'add it to a slide (with this sentence as its `source`) if the briefing needs it; otherwise nothing to do', zh: () => '如果汇报需要，请把它加到幻灯片上（以这句话作为 `source`）；否则无需处理' },
  ),
};

/** `type: table` (slides/table.ts). */
export const TABLE = {
  rowLength: message<{ cells: number; columns: number; what: Localized }>(
    'OUTLINE_SCHEMA',
    {
      en: (p) => `${p.what.en} has ${p.cells} cell${p.cells === 1 ? '' : 's'}, the table ${p.columns} column${p.columns === 1 ? '' : 's'}`,
      zh: (p) => `${p.what.zh}有 ${p.cells} 个单元格，而表格有 ${p.columns} 列`,
    },
    { en: () => 'give every row one cell per column (an empty cell is "")', zh: () => '每一行的单元格数要和列数相同（空单元格写作 ""）' },
  ),
  alignLength: message<{ given: number; columns: number }>(
    'OUTLINE_SCHEMA',
    { en: (p) => `\`align\` names ${p.given} column${p.given === 1 ? '' : 's'}, the table has ${p.columns}`, zh: (p) => `\`align\` 写了 ${p.given} 列，而表格有 ${p.columns} 列` },
    { en: () => 'give one alignment per column: left, center or right', zh: () => '请为每一列写一个对齐方式：left、center 或 right' },
  ),
  emphasisOutside: message<{ which: 'row' | 'column'; n: number; count: number }>(
    'OUTLINE_SCHEMA',
    {
      en: (p) => `\`emphasis\` names ${p.which} ${p.n}, the table has ${p.count} ${p.which}${p.count === 1 ? '' : 's'}`,
      zh: (p) => `\`emphasis\` 指向第 ${p.n} ${p.which === 'row' ? '行' : '列'}，而表格只有 ${p.count} ${p.which === 'row' ? '行' : '列'}`,
    },
    { en: () => 'count rows and columns from 1 (the header row is not counted)', zh: () => '行和列都从 1 数起（表头行不计）' },
  ),
  row: (n: number): Localized => ({ en: `row ${n}`, zh: `第 ${n} 行` }),
  totalRow: { en: 'the total row', zh: '合计行' } as Localized,
};

/** `type: chart` (slides/chart.ts). */
export const CHART = {
  seriesLength: message<{ name: string; values: number; categories: number }>(
    'OUTLINE_SCHEMA',
    {
      en: (p) => `series “${p.name}” has ${p.values} value${p.values === 1 ? '' : 's'}, the chart ${p.categories} categor${p.categories === 1 ? 'y' : 'ies'}`,
      zh: (p) => `系列“${p.name}”有 ${p.values} 个数值，而图表有 ${p.categories} 个类别`,
    },
    { en: () => 'give each series one value per category, in the same order', zh: () => '每个系列要按类别的顺序，每个类别一个数值' },
  ),
  pieSeries: message<{ kind: string; count: number }>(
    'OUTLINE_SCHEMA',
    { en: (p) => `a ${p.kind} chart shows one series, this one has ${p.count}`, zh: (p) => `${p.kind === 'pie' ? '饼图' : '环形图'}只能有一个系列，这里有 ${p.count} 个` },
    { en: () => 'keep one series, or use a column chart to compare several', zh: () => '只保留一个系列；要比较多个系列请用柱形图（column）' },
  ),
  negativeSlice: message<{ kind: string; value: number }>(
    'OUTLINE_SCHEMA',
    { en: (p) => `a ${p.kind} chart cannot show the negative value ${p.value}`, zh: (p) => `${p.kind === 'pie' ? '饼图' : '环形图'}不能显示负数 ${p.value}` },
    { en: () => 'use a column or bar chart for values below zero', zh: () => '有负数时请用柱形图（column）或条形图（bar）' },
  ),
  tooManySlices: message<{ kind: string; count: number; max: number }>(
    'OUTLINE_SCHEMA',
    { en: (p) => `${p.count} slices; a ${p.kind} chart shows at most ${p.max}`, zh: (p) => `有 ${p.count} 块；${p.kind === 'pie' ? '饼图' : '环形图'}最多显示 ${p.max} 块` },
    { en: () => 'group the smallest ones, or use a bar chart', zh: () => '请合并最小的几项，或改用条形图（bar）' },
  ),
  tooManyCategories: phrase<{ count: number | undefined; max: number }>({
    en: (p) => `${p.count ?? 'too many'} categories; a chart shows at most ${p.max}`,
    zh: (p) => `${p.count === undefined ? '类别太多' : `有 ${p.count} 个类别`}；一张图表最多显示 ${p.max} 个`,
  }),
  groupOrSplit: phrase({ en: () => 'group the smallest ones, or split the chart', zh: () => '请合并最小的几项，或把图表拆成两张' }),
  stackedKind: message<{ kind: string }>(
    'OUTLINE_SCHEMA',
    { en: (p) => `\`stacked\` applies to column and bar charts, not to a ${p.kind} chart`, zh: (p) => `\`stacked\` 只用于柱形图和条形图，不用于 ${p.kind}` },
    { en: () => 'remove `stacked`, or use chart: column', zh: () => '请删除 `stacked`，或改用 chart: column' },
  ),
};

const fixedPhrase = (en: string, zh: string): Phrase<unknown> => ({ en: () => en, zh: () => zh });
const bytesZh = (n: number) => (n >= 1024 * 1024 && n % (1024 * 1024) === 0 ? `${n / 1024 / 1024} MB` : `${n.toLocaleString('en-US')} 字节`);
const PICTURE_EXPORT = fixedPhrase('export it again as PNG (drawings, screenshots) or JPEG (photos)', '请重新导出为 PNG（图表、截图）或 JPEG（照片）');

/** The pictures slides show (`image:` of image, photos and a points slide's picture): outline/pictures.ts. */
export const PICTURE = {
  missing: message<{ path: string; dir: string }>(
    'PICTURE_NOT_FOUND',
    { en: (p) => `picture ${p.path} does not exist`, zh: (p) => `图片 ${p.path} 不存在` },
    { en: (p) => `paths are relative to the outline’s folder (${p.dir}); fix the path or put the file there`, zh: (p) => `路径相对于大纲所在的文件夹（${p.dir}）；请改正路径，或把文件放到那里` },
  ),
  /** `failure`: safe-read's describeFailure in both languages ("is a folder, not a file"). */
  notAFile: message<{ path: string; failure: Localized }>(
    'PICTURE_NOT_FOUND',
    { en: (p) => `picture ${p.path} ${p.failure.en}`, zh: (p) => `图片 ${p.path} ${p.failure.zh}` },
    fixedPhrase('name a PNG or JPEG file', '请写一个 PNG 或 JPEG 文件的路径'),
  ),
  tooLarge: message<{ path: string; size: number | undefined; limit: number }>(
    'PICTURE_TOO_LARGE',
    {
      en: (p) => `picture ${p.path} is ${p.size === undefined ? 'larger than' : `${formatBytes(p.size)}, more than`} ${formatBytes(p.limit)}`,
      zh: (p) => `图片 ${p.path} ${p.size === undefined ? '' : `有 ${bytesZh(p.size)}，`}超过了 ${bytesZh(p.limit)}`,
    },
    fixedPhrase('export it smaller: a full-slide picture needs about 2000 pixels across, a few megabytes', '请导出得小一些：占满整张幻灯片的图片宽约 2000 像素、几 MB 就足够了'),
  ),
  deckTooLarge: message<{ total: number; limit: number }>(
    'PICTURE_TOO_LARGE',
    {
      en: (p) => `the outline’s pictures take ${formatBytes(p.total)} together; a deck may carry at most ${formatBytes(p.limit)}`,
      zh: (p) => `大纲中的图片合计 ${bytesZh(p.total)}；一个演示文稿最多只能带 ${bytesZh(p.limit)}`,
    },
    fixedPhrase('export the pictures smaller (about 2000 pixels across is enough for a slide)', '请把图片导出得小一些（一张幻灯片宽约 2000 像素就足够了）'),
  ),
  /** `format`: GIF, WebP, SVG, … (a name, the same in both languages). */
  otherFormat: message<{ path: string; format: string }>(
    'PICTURE_UNSUPPORTED',
    { en: (p) => `picture ${p.path} is a ${p.format} image; slides take PNG or JPEG`, zh: (p) => `图片 ${p.path} 是 ${p.format} 格式；幻灯片只能使用 PNG 或 JPEG` },
    PICTURE_EXPORT,
  ),
  /** `problem`: image-info's checkImage in both languages ("is a damaged PNG (…)", "is not a PNG or JPEG image"). */
  damaged: message<{ path: string; problem: Localized }>(
    'PICTURE_UNSUPPORTED',
    { en: (p) => `picture ${p.path} ${p.problem.en}`, zh: (p) => `图片 ${p.path} ${p.problem.zh}` },
    PICTURE_EXPORT,
  ),
  outside: message<{ path: string; dir: string }>(
    'PICTURE_OUTSIDE',
    { en: (p) => `picture ${p.path} is outside the outline’s folder (${p.dir})`, zh: (p) => `图片 ${p.path} 在大纲所在的文件夹（${p.dir}）之外` },
    fixedPhrase('copy the picture into the outline’s folder, or build with --allow-outside', '请把图片复制到大纲所在的文件夹中，或在命令中加上 --allow-outside'),
  ),
  linkOutside: message<{ path: string; dir: string }>(
    'PICTURE_OUTSIDE',
    { en: (p) => `picture ${p.path} is a link to a file outside the outline’s folder (${p.dir})`, zh: (p) => `图片 ${p.path} 是一个链接，指向大纲所在文件夹（${p.dir}）之外的文件` },
    fixedPhrase('copy the picture itself into the outline’s folder, or build with --allow-outside', '请把图片本身复制到大纲所在的文件夹中，或在命令中加上 --allow-outside'),
  ),
};
