/**
 * The error codes: permanent names that tools and docs refer to (never renamed), each with
 * what it means in English and Chinese and the docs table it belongs in. The docs' tables of
 * codes are generated from here (npm run docs). The messages of each code are in the files
 * beside this one.
 */

export interface CodeInfo {
  /** What the code means, as the docs' tables say it. */
  en: string;
  zh: string;
  /** Which docs list it: the outline format's table, the templates' table, or both. */
  docs: 'outline' | 'template' | 'both' | 'export' | 'none';
  /** Reported as a warning only (the build goes on). */
  warning?: 'always' | 'sometimes';
}

export const CODES = {
  OUTLINE_NOT_FOUND: { en: 'the outline file is missing', zh: '找不到大纲文件', docs: 'outline' },
  OUTLINE_READ: { en: 'the outline cannot be read (a folder, a device, no permission)', zh: '大纲文件无法读取（是文件夹、设备，或没有权限）', docs: 'outline' },
  OUTLINE_TOO_LARGE: { en: 'the outline is over 1 MB', zh: '大纲文件超过 1 MB', docs: 'outline' },
  OUTLINE_ENCODING: { en: 'the outline is not UTF-8 (GBK/ANSI, UTF-16, UTF-32)', zh: '大纲文件不是 UTF-8 编码（如 GBK/ANSI、UTF-16、UTF-32）', docs: 'outline' },
  OUTLINE_EMPTY: { en: 'the outline is empty', zh: '大纲文件是空的', docs: 'outline' },
  OUTLINE_CONTROL_CHAR: { en: 'the outline holds control characters or non-characters, typed or as YAML escapes', zh: '大纲含有控制字符或非字符（直接输入或写成 YAML 转义）', docs: 'outline' },
  OUTLINE_YAML: { en: 'YAML syntax (with the line and column), duplicate keys, too many aliases; as a warning, a YAML tag that is not understood', zh: 'YAML 语法错误（给出行列）、重复的键、别名过多；作为警告：无法识别的 YAML 标签', docs: 'outline', warning: 'sometimes' },
  OUTLINE_SCHEMA: { en: 'a missing key, a wrong type, a value outside its list or range', zh: '缺少键、类型不对、取值不在允许的列表或范围内', docs: 'outline' },
  OUTLINE_UNKNOWN_KEY: { en: 'a key the format does not have, with "did you mean" when one is close', zh: '格式中没有的键；有相近的键时提示“您是不是要写”', docs: 'outline' },
  OUTLINE_DUPLICATE_ID: { en: 'two slides or sections with one `id`', zh: '两张幻灯片或两个章节用了同一个 `id`', docs: 'outline' },
  OUTLINE_MARKUP: { en: 'an unclosed `**`', zh: '`**` 没有闭合', docs: 'outline', warning: 'always' },
  SOURCE_MISMATCH: { en: 'a figure’s quote is not in the report named by `source:` (or `check --source`), or says another figure; with the places in the outline and in the report (`build`, `watch` and `check`; `--strict` makes it an error)', zh: '数字的引文不在 `source:`（或 `check --source`）指定的报告中，或引文中的数字与之不符；给出大纲和报告中的位置（`build`、`watch` 和 `check`；`--strict` 时视为错误）', docs: 'outline', warning: 'always' },
  SOURCE_COVERAGE: { en: '`check` only: a figure of the report that no slide shows (its value, unit and sentence), so the author sees what was left out', zh: '仅 `check`：报告中有、但没有任何幻灯片展示的数字（给出数值、单位和所在句子），便于作者看到遗漏', docs: 'outline', warning: 'always' },
  DRAFT_READ: { en: '`draft`: the report is not a .txt, .md, .docx or .pdf, cannot be read, or holds no text (a scanned PDF)', zh: '`draft`：报告不是 .txt、.md、.docx 或 .pdf，无法读取，或没有文字（扫描件 PDF）', docs: 'outline' },
  TEMPLATE_NOT_FOUND: { en: '`-t`, `template:`, `extends` or `--from` names no built-in and no folder with a template.yaml (with "did you mean" for a near miss)', zh: '`-t`、`template:`、`extends` 或 `--from` 指定的既不是内置模板，也不是含 template.yaml 的文件夹（相近时提示“您是不是要写”）', docs: 'both' },
  TEMPLATE_READ: { en: 'template.yaml cannot be read, is a folder, is over 1 MB, is not UTF-8, is empty or holds control characters', zh: 'template.yaml 无法读取、是文件夹、超过 1 MB、不是 UTF-8、是空的或含控制字符', docs: 'template' },
  TEMPLATE_YAML: { en: 'YAML syntax, duplicate keys', zh: 'YAML 语法错误、重复的键', docs: 'template' },
  TEMPLATE_SCHEMA: { en: 'a wrong value: not a colour, not a usable font name, a size range outside its safe limits or with smallest > largest, a value outside its list or range, a missing `name`; for a template without `extends`, each key no file in the chain sets', zh: '取值错误：不是颜色、字体名不可用、字号范围超出安全范围或最小值大于最大值、取值不在列表或范围内、缺少 `name`；没有 `extends` 的模板还须设置每一个键', docs: 'template' },
  TEMPLATE_UNKNOWN_KEY: { en: 'a key the format does not have, with "did you mean" (`colours` → `colors`)', zh: '格式中没有的键，并提示相近的键（`colours` → `colors`）', docs: 'template' },
  TEMPLATE_EXTENDS_CYCLE: { en: 'templates that extend each other in a circle; the message names the chain', zh: '模板之间循环继承；消息列出继承链', docs: 'template' },
  TEMPLATE_CONTRAST: { en: 'a colour pair below its WCAG contrast ratio, naming both roles; the build goes on', zh: '一对颜色的对比度低于 WCAG 要求，指出两个颜色角色；构建继续', docs: 'template', warning: 'always' },
  TEMPLATE_EXISTS: { en: '`template new`/`import`: the folder already holds a template.yaml', zh: '`template new`/`import`：文件夹中已有 template.yaml', docs: 'template' },
  ASSET_NOT_FOUND: { en: 'the logo or a background image does not exist', zh: '标志或背景图片不存在', docs: 'template' },
  ASSET_UNSUPPORTED: { en: 'the logo or a background image is not a PNG or JPEG, is damaged, too large or has a size outside 1–16,384 pixels', zh: '标志或背景图片不是 PNG 或 JPEG、已损坏、过大，或尺寸超出 1–16,384 像素', docs: 'template' },
  ASSET_OUTSIDE: { en: 'the logo or a background image lies outside the template’s folder (an absolute path, `../`, a link)', zh: '标志或背景图片位于模板文件夹之外（绝对路径、`../` 或链接）', docs: 'template' },
  TEMPLATE_FONT: { en: 'an East Asian face that cannot show Chinese (DejaVu Sans, Arial, Calibri…), or a face whose measurements the layout does not have: the message says which metrics are used', zh: '东亚字体无法显示中文（DejaVu Sans、Arial、Calibri 等），或排版没有该字体的度量数据：消息说明改用哪一种度量', docs: 'template', warning: 'always' },
  TEMPLATE_INHERITED: { en: 'a colour or ground still the parent template’s brand colour while this template sets another primary (`template check`, builds)', zh: '本模板已改了 primary，但某个颜色或背景仍是父模板的品牌色（`template check` 及生成时）', docs: 'template', warning: 'always' },
  TEMPLATE_LOGO_CONTRAST: { en: 'the logo’s colour is too close to the ground it sits on (under 3:1)', zh: '标志的颜色与所在背景太接近（对比度低于 3:1）', docs: 'template', warning: 'always' },
  IMPORT_GUESS: { en: '`template import`: a value the deck did not show and that was guessed, or a stock Office palette that was ignored; the template is written', zh: '`template import`：演示文稿中没有、因而是推测的值，或被忽略的 Office 默认配色；模板照常写入', docs: 'template', warning: 'always' },
  IMPORT_FAILED: { en: '`template import`: the file is not a readable PowerPoint presentation (nothing is written); as a warning, a theme font name that cannot be used was skipped', zh: '`template import`：文件不是可读的 PowerPoint 演示文稿（不写任何文件）；作为警告：跳过了不可用的主题字体名', docs: 'template', warning: 'sometimes' },
  PICTURE_NOT_FOUND: { en: 'a slide’s picture (`image:`) does not exist, is a folder or not a regular file, or cannot be read', zh: '幻灯片的图片（`image:`）不存在、是文件夹或非普通文件，或无法读取', docs: 'outline' },
  PICTURE_UNSUPPORTED: { en: 'a slide’s picture is not a PNG or JPEG (GIF, WebP, SVG, a renamed text file), is damaged or cut off, or has a side over 16,384 pixels', zh: '幻灯片的图片不是 PNG 或 JPEG（如 GIF、WebP、SVG、改了扩展名的文本文件）、已损坏或不完整，或边长超过 16,384 像素', docs: 'outline' },
  PICTURE_TOO_LARGE: { en: 'a slide’s picture is over 20 MB, or the outline’s distinct pictures are over 200 MB together', zh: '幻灯片的图片超过 20 MB，或大纲中不同图片合计超过 200 MB', docs: 'outline' },
  PICTURE_OUTSIDE: { en: 'a slide’s picture lies outside the outline’s folder (`../`, an absolute path, a link) and `--allow-outside` was not given', zh: '幻灯片的图片位于大纲所在文件夹之外（`../`、绝对路径或链接），且没有加 `--allow-outside`', docs: 'outline' },
  TEXT_OVERFLOW: { en: 'a text does not fit its place even at the smallest size', zh: '文字即使用最小字号也放不下', docs: 'outline' },
  SLIDE_CONTINUED: { en: 'a list, table or set of columns, figures or photos too long for one slide continues on the next with （续）/(continued) in its title (`--strict` makes it an error)', zh: '一张幻灯片放不下的列表、表格、并列栏、数字或照片接续到下一张，标题加“（续）”（`--strict` 时视为错误）', docs: 'outline', warning: 'always' },
  SLIDE_TITLE_DUPLICATE: { en: 'two slides have the same title (screen readers and the outline view tell slides apart by their titles)', zh: '两张幻灯片标题相同（读屏软件和大纲视图靠标题区分幻灯片）', docs: 'outline', warning: 'always' },
  WRITE_FAILED: { en: 'the deck cannot be written (the previous one is unchanged)', zh: '无法写入演示文稿（原有文件保持不变）', docs: 'outline' },
  OUTPUT_LOCKED: { en: 'the deck is open in another program (the previous one is unchanged)', zh: '演示文稿正被其他程序打开（原有文件保持不变）', docs: 'outline' },
  OUTPUT_PROTECTED: { en: '`-o` names an input, a file that is not a deck (use `--force`), a device, a FIFO or a folder that cannot be written into', zh: '`-o` 指向输入文件、不是演示文稿的文件（可用 `--force`）、设备、管道，或无法写入的文件夹', docs: 'outline' },
  DECK_TOO_LARGE: { en: 'more than 5,000 slides', zh: '幻灯片超过 5,000 张', docs: 'outline' },
  EXPORT_UNAVAILABLE: { en: '`--pdf`, `--png`, `--handout` or `-o x.pdf` need LibreOffice (and pdftoppm for PNG), which is not installed; the .pptx is written (exit 4)', zh: '`--pdf`、`--png`、`--handout` 或 `-o x.pdf` 需要 LibreOffice（PNG 还需要 pdftoppm），但没有安装；.pptx 照常写入（退出码 4）', docs: 'export' },
  EXPORT_FAILED: { en: 'LibreOffice failed, timed out or wrote a PDF of the wrong page count; the .pptx is written (exit 4)', zh: 'LibreOffice 出错、超时，或生成的 PDF 页数不对；.pptx 照常写入（退出码 4）', docs: 'export' },
  EXPORT_FONT_SUBSTITUTED: { en: 'a font the template names is not installed; the PDF and pictures use the free font with the widths the layout measured', zh: '模板指定的字体没有安装；PDF 和图片改用与排版测量字宽一致的免费字体', docs: 'export', warning: 'always' },
  INIT_EXISTS: { en: '`init`: the file already exists (nothing is written)', zh: '`init`：文件已经存在（不写入任何内容）', docs: 'export' },
  USAGE: { en: 'wrong use of the command (exit 2)', zh: '命令用法错误（退出码 2）', docs: 'none' },
  INTERNAL: { en: 'briefdeck failed unexpectedly (exit 3; run again with --debug)', zh: 'briefdeck 意外出错（退出码 3；加 --debug 重新运行）', docs: 'none' },
} as const satisfies Record<string, CodeInfo>;

export type ErrorCode = keyof typeof CODES;
