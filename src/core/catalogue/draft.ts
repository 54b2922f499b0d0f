/**
 * `briefdeck draft` (src/draft/, src/cli/commands/draft.ts): the report it cannot read, the
 * outline it will not write over, its summary line, and the comments the draft carries for the
 * person who finishes it (written in the outline's language, Chinese, with English beside).
 */
import { message, phrase } from './define.js';

export const DRAFT = {
  unsupported: message<{ file: string; ext: string }>(
    'DRAFT_READ',
    { en: (p) => `${p.file}: a ${p.ext || 'file without extension'} is not a report briefdeck can read`, zh: (p) => `${p.file}：briefdeck 无法读取${p.ext ? ` ${p.ext} ` : '没有扩展名的'}文件` },
    { en: () => 'give a .txt, .md, .docx or .pdf report (save other formats as one of these)', zh: () => '请提供 .txt、.md、.docx 或 .pdf 格式的报告（其他格式请先另存为其中一种）' },
  ),
  unreadable: message<{ file: string; reason: string }>(
    'DRAFT_READ',
    { en: (p) => `${p.file} cannot be read as a report: ${p.reason}`, zh: (p) => `无法把 ${p.file} 当作报告读取：${p.reason}` },
    { en: () => 'check that the file opens in Word or a PDF reader; a scanned PDF has no text (run OCR first)', zh: () => '请确认文件能在 Word 或 PDF 阅读器中打开；扫描件 PDF 没有文字（请先做文字识别）' },
  ),
  noText: message<{ file: string; kind: 'text' | 'docx' | 'pdf' }>(
    'DRAFT_READ',
    { en: (p) => `${p.file} holds no article text`, zh: (p) => `${p.file} 中没有正文文字` },
    {
      en: (p) => (p.kind === 'pdf' ? 'a scanned PDF has only pictures of text: run OCR first, or give the Word file' : p.kind === 'docx' ? 'the document is empty, or its text is in pictures or text boxes: paste the article as plain paragraphs' : 'the file is empty: save the report’s text into it (UTF-8)'),
      zh: (p) => (p.kind === 'pdf' ? '扫描件 PDF 只有文字的图片：请先做文字识别，或提供 Word 文件' : p.kind === 'docx' ? '文档是空的，或文字在图片、文本框里：请把正文作为普通段落粘贴进去' : '文件是空的：请把报告的文字保存到其中（UTF-8 编码）'),
    },
  ),
  noArticle: message<{ file: string }>(
    'DRAFT_READ',
    { en: (p) => `${p.file} holds no article: only page furniture (menus, share and print bars, navigation) or no sentences`, zh: (p) => `${p.file} 中没有文章正文：只有网页的栏目、分享打印按钮、导航等，或没有成句的文字` },
    { en: () => 'copy the article itself into the report: its title, headings and paragraphs', zh: () => '请把文章本身（标题、各级标题和正文段落）复制到报告文件中' },
  ),
  exists: message<{ file: string }>(
    'OUTPUT_PROTECTED',
    { en: (p) => `${p.file} exists; a draft does not replace an outline`, zh: (p) => `${p.file} 已经存在；草稿不会覆盖已有的大纲` },
    { en: () => 'name another file with -o, or add --force to replace it', zh: () => '请用 -o 另指定一个文件；如果确实要替换它，请加上 --force' },
  ),
  isReport: message<{ file: string }>(
    'OUTPUT_PROTECTED',
    { en: (p) => `${p.file} is the report being read; the draft cannot be written there`, zh: (p) => `${p.file} 是正在读取的报告，不能把草稿写到那里` },
    { en: () => 'name the outline to write with -o, e.g. -o outline/draft.yaml', zh: () => '请用 -o 指定要写入的大纲，例如 -o outline/draft.yaml' },
  ),
  writeHint: phrase({ en: () => 'name another file with -o', zh: () => '请用 -o 另指定一个文件' }),
  lockedHint: phrase({ en: () => 'close the file in the other program and run draft again', zh: () => '请在其他程序中关闭该文件，然后重新运行 draft' }),
  drafted: phrase<{ file: string; sections: number; slides: number; shown: number; figures: number; time: string }>({
    en: (p) => `${p.file}  ${p.sections} sections  ${p.slides} slides  ${p.shown} of ${p.figures} figures on slides  ${p.time}  (a draft: read the comments at its top)`,
    zh: (p) => `${p.file}  ${p.sections} 个章节  ${p.slides} 张幻灯片  ${p.figures} 个数字中 ${p.shown} 个上了幻灯片  ${p.time}（草稿：请阅读文件开头的注释）`,
  }),
};

/** The draft's own comments (YAML comments in the outline it writes). */
export const DRAFT_NOTES = {
  header: phrase<{ report: string }>({
    en: (p) => `A draft made by \`briefdeck draft\` from ${p.report}. Every figure and every \`source\` is copied from the report; the wording around them is a first cut.`,
    zh: (p) => `由 \`briefdeck draft\` 根据 ${p.report} 生成的草稿。每个数字和 \`source\` 都原样取自报告；其余文字只是初稿。`,
  }),
  needsPerson: phrase({ en: () => 'What needs a person before the briefing:', zh: () => '汇报前需要人工处理：' }),
  checkMeta: phrase<{ keys: string }>({
    en: (p) => `the cover: ${p.keys} were guessed from the report (or are missing); correct them`,
    zh: (p) => `封面：${p.keys} 是根据报告推测的（或缺失），请核对`,
  }),
  rewrite: phrase<{ n: number }>({
    en: (p) => `${p.n} points marked "draft" were cut from the report's sentences: rewrite them as statements`,
    zh: (p) => `${p.n} 条标有“草稿”的要点是从报告句子中截取的，请改写成结论式的表述`,
  }),
  shorten: phrase<{ labels: string }>({
    en: (p) => `labels to shorten (taken from the words around the figure): ${p.labels}`,
    zh: (p) => `需要精简的数字标签（取自数字前后的文字）：${p.labels}`,
  }),
  titles: phrase({
    en: () => 'slide titles are the report\'s headings: state each slide\'s conclusion instead',
    zh: () => '幻灯片标题取自报告的小标题，请改为每页的结论',
  }),
  keepSource: phrase({
    en: () => 'do not edit a `source`: `build` checks every figure against it and the report',
    zh: () => '请勿修改 `source`：`build` 会据此和报告核对每个数字',
  }),
  draftPoint: phrase({ en: () => 'draft', zh: () => '草稿' }),
  pointsTitle: phrase<{ heading: string }>({ en: (p) => (p.heading ? `${p.heading}: highlights` : 'Highlights'), zh: (p) => (p.heading ? `${p.heading}：要点` : '要点') }),
  figuresTitle: phrase<{ heading: string }>({ en: (p) => (p.heading ? `${p.heading}: key figures` : 'Key figures'), zh: (p) => (p.heading ? `${p.heading}：主要数据` : '主要数据') }),
  tableTitle: phrase<{ heading: string }>({ en: (p) => (p.heading ? `${p.heading}: indicators` : 'Indicators'), zh: (p) => (p.heading ? `${p.heading}：主要指标` : '主要指标') }),
  indicator: phrase({ en: () => 'Indicator', zh: () => '指标' }),
  value: phrase({ en: () => 'Value', zh: () => '数值' }),
  overview: phrase({ en: () => 'Overview', zh: () => '概况' }),
  untitled: phrase({ en: () => '(Title)', zh: () => '（标题）' }),
  coverage: phrase<{ shown: number; total: number }>({
    en: (p) => `Figures of the report on slides: ${p.shown} of ${p.total} (\`briefdeck check\` counts the same)`,
    zh: (p) => `报告中的数字已上幻灯片：${p.shown} / ${p.total}（\`briefdeck check\` 的统计与此相同）`,
  }),
  leftOut: phrase<{ n: number }>({
    en: (p) => `${p.n} ${p.n === 1 ? 'figure' : 'figures'} of the report ${p.n === 1 ? 'is' : 'are'} on no slide (a briefing condenses); each with its line and clause, to add where it matters:`,
    zh: (p) => `以下 ${p.n} 个数字未上幻灯片（汇报需要精简），列出所在行和分句，需要时可补充：`,
  }),
};
