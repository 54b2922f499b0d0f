/**
 * Messages about templates: finding them (`-t`, `extends`), their values and pictures, their
 * colour contrast, `template import` of a PowerPoint theme, `template new`, and the lines the
 * template commands print. Each entry: the code, the message and the hint, in English and Chinese.
 */
import { formatBytes } from '../safe-read.js';
import { message, phrase, type Localized, type Phrase } from './define.js';

/** A hint that takes no parameters, usable with an entry of any parameters. */
function fixed(en: string, zh: string): Phrase<unknown> {
  return { en: () => en, zh: () => zh };
}

/** A size in bytes as the Chinese messages say it ("20 MB", "1,234 字节"); in English, safe-read's formatBytes. */
export function bytesZh(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / 1024 / 1024} MB`;
  return `${n.toLocaleString('en-US')} 字节`;
}


const PERMISSIONS = fixed('check the file’s permissions', '请检查文件的权限');

/** Finding templates, `extends`, the values the schema cannot check, missing keys. */
export const TEMPLATE = {
  notFound: message<{ ref: string; guess: string | undefined; builtins: string[] }>(
    'TEMPLATE_NOT_FOUND',
    { en: (p) => `there is no template called \`${p.ref}\``, zh: (p) => `没有名为 \`${p.ref}\` 的模板` },
    {
      en: (p) => (p.guess ? `did you mean \`${p.guess}\`? (built-ins: ${p.builtins.join(', ')})` : `built-ins: ${p.builtins.join(', ')}; or give the path of a template folder`),
      zh: (p) => (p.guess ? `您是不是要写 \`${p.guess}\`？（内置模板：${p.builtins.join('、')}）` : `内置模板：${p.builtins.join('、')}；也可以写模板文件夹的路径`),
    },
  ),
  notAFolder: message<{ ref: string; builtins: string[] }>(
    'TEMPLATE_NOT_FOUND',
    { en: (p) => `${p.ref} is not a template folder (it has no template.yaml)`, zh: (p) => `${p.ref} 不是模板文件夹（其中没有 template.yaml）` },
    {
      en: (p) => 'create one with `briefdeck template new <dir>`, or name a built-in: ' + p.builtins.join(', '),
      zh: (p) => `可以用 \`briefdeck template new <dir>\` 新建一个模板，或使用内置模板：${p.builtins.join('、')}`,
    },
  ),
  folderMissing: message<{ ref: string; builtins: string[] }>(
    'TEMPLATE_NOT_FOUND',
    { en: (p) => `template folder ${p.ref} does not exist`, zh: (p) => `模板文件夹 ${p.ref} 不存在` },
    {
      en: (p) => 'create one with `briefdeck template new <dir>`, or name a built-in: ' + p.builtins.join(', '),
      zh: (p) => `可以用 \`briefdeck template new <dir>\` 新建一个模板，或使用内置模板：${p.builtins.join('、')}`,
    },
  ),
  /** A template named by `extends` that cannot be found: the same message, after `extends`. */
  viaExtends: phrase<{ message: string }>({ en: (p) => `\`extends\`: ${p.message}`, zh: (p) => `\`extends\`：${p.message}` }),
  extendsCycle: message<{ chain: string }>(
    'TEMPLATE_EXTENDS_CYCLE',
    { en: (p) => `templates extend each other in a circle: ${p.chain}`, zh: (p) => `模板之间循环继承：${p.chain}` },
    fixed('one of them must not extend the other; end the chain at a built-in', '其中一个模板不能再继承另一个；请让继承链止于某个内置模板'),
  ),
  sizeRangeInverted: message<{ role: string; smallest: number; largest: number; limits: readonly [number, number] }>(
    'TEMPLATE_SCHEMA',
    {
      en: (p) => `type.${p.role}: the smallest size ${p.smallest} is larger than the largest ${p.largest}`,
      zh: (p) => `type.${p.role}：最小字号 ${p.smallest} 大于最大字号 ${p.largest}`,
    },
    {
      en: (p) => `write [smallest, largest], e.g. [${p.limits[0]}, ${p.limits[1]}]`,
      zh: (p) => `请写成 [最小字号, 最大字号]，例如 [${p.limits[0]}, ${p.limits[1]}]`,
    },
  ),
  sizeRangeUnsafe: message<{ role: string; smallest: number; largest: number; limits: readonly [number, number] }>(
    'TEMPLATE_SCHEMA',
    {
      en: (p) => `type.${p.role}: [${p.smallest}, ${p.largest}] pt is outside the safe range ${p.limits[0]}–${p.limits[1]} pt`,
      zh: (p) => `type.${p.role}：[${p.smallest}, ${p.largest}] pt 超出了安全范围 ${p.limits[0]}–${p.limits[1]} pt`,
    },
    {
      en: (p) => `keep ${p.role} sizes within ${p.limits[0]}–${p.limits[1]} pt so the deck stays readable`,
      zh: (p) => `请把 ${p.role} 的字号控制在 ${p.limits[0]}–${p.limits[1]} pt 之内，这样幻灯片上的字才看得清`,
    },
  ),
  notSet: message<{ key: string; base: string }>(
    'TEMPLATE_SCHEMA',
    { en: (p) => `${p.key} is not set by this template or any template it extends`, zh: (p) => `这个模板及其继承的模板都没有设置 ${p.key}` },
    {
      en: (p) => `add ${p.key}, or start the template with \`extends: ${p.base}\` to inherit everything`,
      zh: (p) => `请加上 ${p.key}，或在模板开头写 \`extends: ${p.base}\`，继承全部设置`,
    },
  ),
};

/**
 * The template's own wording of schema problems (template/load.ts's templateMessage and
 * templateHint): what replaces the generic sentence for colours, font names and the name,
 * and the hint for colours, fonts, type sizes and the slide size.
 */
export const TEMPLATE_SCHEMA_TEXT = {
  notAColour: phrase<{ value: string }>({ en: (p) => `${p.value} is not a colour`, zh: (p) => `${p.value} 不是颜色` }),
  notAFontName: phrase<{ value: string }>({ en: (p) => `${p.value} is not a usable font name`, zh: (p) => `${p.value} 不是可用的字体名` }),
  badName: phrase<{ value: string }>({
    en: (p) => `template name ${p.value} may hold only lowercase letters, digits and -`,
    zh: (p) => `模板名称 ${p.value} 只能包含小写字母、数字和 -`,
  }),
  colourHint: phrase({
    en: () => 'write colours as "#RRGGBB", e.g. "#C00000" (quote them: # starts a comment in YAML)',
    zh: () => '颜色请写成 "#RRGGBB"，例如 "#C00000"（要加引号：在 YAML 中 # 是注释的开始）',
  }),
  fontHint: phrase({
    en: () => 'use the family name as the system shows it, e.g. Microsoft YaHei; letters, digits, spaces, . _ + - only',
    zh: () => '请写系统中显示的字体名称，例如 Microsoft YaHei；只能包含字母、数字、空格和 . _ + -',
  }),
  typeHint: phrase({
    en: () => 'write a size range as [smallest, largest] in points, e.g. [28, 32]',
    zh: () => '字号范围请写成 [最小字号, 最大字号]，单位为磅（pt），例如 [28, 32]',
  }),
  sizeHint: phrase({ en: () => 'use "16:9" or "4:3" (quoted)', zh: () => '请写 "16:9" 或 "4:3"（要加引号）' }),
};

const OUTSIDE_HINT = fixed(
  'copy the image into the template folder and name it relative to template.yaml, e.g. logo.png',
  '请把图片复制到模板文件夹中，并写相对于 template.yaml 的路径，例如 logo.png',
);

/** The logo and background pictures. */
export const ASSET = {
  absolute: message<{ path: string }>('ASSET_OUTSIDE', { en: (p) => `${p.path} is an absolute path`, zh: (p) => `${p.path} 是绝对路径` }, OUTSIDE_HINT),
  outside: message<{ path: string }>('ASSET_OUTSIDE', { en: (p) => `${p.path} is outside the template folder`, zh: (p) => `${p.path} 在模板文件夹之外` }, OUTSIDE_HINT),
  linkOutside: message<{ path: string }>(
    'ASSET_OUTSIDE',
    { en: (p) => `${p.path} is a link to a file outside the template folder`, zh: (p) => `${p.path} 是一个链接，指向模板文件夹之外的文件` },
    OUTSIDE_HINT,
  ),
  missing: message<{ path: string; dir: string }>(
    'ASSET_NOT_FOUND',
    { en: (p) => `${p.path} does not exist`, zh: (p) => `${p.path} 不存在` },
    { en: (p) => `put the file next to template.yaml (${p.dir}) or fix the path`, zh: (p) => `请把文件放在 template.yaml 旁边（${p.dir}），或改正路径` },
  ),
  tooLarge: message<{ path: string; limit: number }>(
    'ASSET_UNSUPPORTED',
    { en: (p) => `${p.path} is larger than ${formatBytes(p.limit)}`, zh: (p) => `${p.path} 超过了 ${bytesZh(p.limit)}` },
    fixed(
      'export it smaller: a logo or background needs no more than a few megabytes (about 2000 pixels wide)',
      '请导出得小一些：标志或背景图有几 MB 就足够了（宽约 2000 像素）',
    ),
  ),
  unreadable: message<{ path: string; reason: string }>(
    'ASSET_NOT_FOUND',
    { en: (p) => `cannot read ${p.path}: ${p.reason}`, zh: (p) => `无法读取 ${p.path}：${p.reason}` },
    PERMISSIONS,
  ),
  /** `failure`: safe-read's describeFailure in both languages ("is a folder, not a file"). */
  notAFile: message<{ path: string; failure: Localized }>(
    'ASSET_NOT_FOUND',
    { en: (p) => `${p.path} ${p.failure.en}`, zh: (p) => `${p.path} ${p.failure.zh}` },
    fixed('name a PNG or JPEG file in the template folder', '请写模板文件夹中的一个 PNG 或 JPEG 文件'),
  ),
  svg: message<{ path: string }>(
    'ASSET_UNSUPPORTED',
    { en: (p) => `${p.path} is an SVG image; slides need PNG or JPEG`, zh: (p) => `${p.path} 是 SVG 图片；幻灯片只能使用 PNG 或 JPEG` },
    fixed('export the logo as PNG (about 600 px high, transparent background) and name that file', '请把标志导出为 PNG（高约 600 像素，透明背景），再写这个文件的路径'),
  ),
  notImage: message<{ path: string }>(
    'ASSET_UNSUPPORTED',
    { en: (p) => `${p.path} is not a PNG or JPEG image`, zh: (p) => `${p.path} 不是 PNG 或 JPEG 图片` },
    fixed('convert it to PNG or JPEG', '请把它转换为 PNG 或 JPEG'),
  ),
  /** `problem`: image-info's checkImage in both languages ("is a damaged PNG (…)"). */
  damaged: message<{ path: string; problem: Localized }>(
    'ASSET_UNSUPPORTED',
    { en: (p) => `${p.path} ${p.problem.en}`, zh: (p) => `${p.path} ${p.problem.zh}` },
    fixed('export it again as PNG or JPEG', '请重新导出为 PNG 或 JPEG'),
  ),
  tooManyBytes: message<{ total: number; limit: number }>(
    'ASSET_UNSUPPORTED',
    {
      en: (p) => `the template's pictures take ${formatBytes(p.total)} together; a template may carry at most ${formatBytes(p.limit)}`,
      zh: (p) => `模板的图片合计 ${bytesZh(p.total)}；一个模板最多只能带 ${bytesZh(p.limit)}`,
    },
    fixed('export the logo and backgrounds smaller (a slide is about 2000 pixels wide)', '请把标志和背景图导出得小一些（一张幻灯片宽约 2000 像素）'),
  ),
};

/**
 * The texts that a colour pair is used for, as role specs name them (`contrast[].what` in
 * layout/theme.ts and slides/*.ts), in Chinese. A text missing here is shown in English
 * (tests/catalogue/template.test.ts checks that every role's text is here).
 */
export const CONTRAST_USES_ZH: Record<string, string> = {
  'the cover’s organisation and date on primary': '封面主色底上的单位和日期',
  'divider subtitles on primary': '主色底上的章节页副标题',
  'slide titles on the slide ground': '页面底色上的幻灯片标题',
  'points on the slide ground': '页面底色上的要点',
  'emphasised words in points': '要点中强调的词语',
  'sub-points on the slide ground': '页面底色上的次级要点',
  'figure labels on their cards': '卡片上的数字标签',
  'details on the slide ground': '页面底色上的说明文字',
  'figure details on their cards': '卡片上的数字说明',
  'closing subtitles on primary': '主色底上的结束页副标题',
  'footer on the slide ground': '页面底色上的页脚',
  'key figures on their cards': '卡片上的关键数字',
  'column headings on their cards': '卡片上的栏目标题',
  'table cells on the slide ground': '页面底色上的表格文字',
  'table cells on banded rows': '隔行底色上的表格文字',
  'table headings on primary': '主色底上的表头',
  'chart text on the slide ground': '页面底色上的图表文字',
  'rises on their cards': '卡片上的增长',
  'falls on their cards': '卡片上的下降',
  'rises on the slide ground': '页面底色上的增长',
  'falls on the slide ground': '页面底色上的下降',
};

export const CONTRAST = {
  low: message<{ fg: string; fgColor: string; bg: string; bgColor: string; ratio: string; uses: string[]; size: number; bold: boolean; need: number }>(
    'TEMPLATE_CONTRAST',
    {
      en: (p) => `colors.${p.fg} #${p.fgColor} on colors.${p.bg} #${p.bgColor} has contrast ${p.ratio}:1; ${p.uses.join(', ')} (from ${p.size} pt${p.bold ? ', bold' : ''}) need${p.need === 3 ? 's' : ''} ${p.need}:1 (WCAG AA)`,
      zh: (p) =>
        `colors.${p.fg} #${p.fgColor} 在 colors.${p.bg} #${p.bgColor} 上的对比度为 ${p.ratio}:1；${p.uses.map((u) => CONTRAST_USES_ZH[u] ?? u).join('、')}（最小字号 ${p.size} pt${p.bold ? '，粗体' : ''}）需要 ${p.need}:1（WCAG AA）`,
    },
    { en: (p) => `make one of the two darker or lighter until the ratio reaches ${p.need}:1`, zh: (p) => `请把两种颜色中的一种调深或调浅，直到对比度达到 ${p.need}:1` },
  ),
};

const PPTX_HINT = fixed(
  'name a PowerPoint presentation (.pptx) or template (.potx) saved by PowerPoint or WPS',
  '请指定由 PowerPoint 或 WPS 保存的演示文稿（.pptx）或模板（.potx）',
);
const DESIGN_COLORS_HINT = fixed(
  'open it in PowerPoint, choose Design → Variants → Colors, save it, and import again',
  '请在 PowerPoint 中打开它，选择“设计 → 变体 → 颜色”，保存后再导入',
);

/** What a zip archive that is not a presentation turned out to be. */
export type ArchiveKind = 'word' | 'excel' | 'big-presentation' | 'zip';
const ARCHIVE_KIND: Record<ArchiveKind, Localized> = {
  word: { en: 'a Word document', zh: '一个 Word 文档' },
  excel: { en: 'an Excel workbook', zh: '一个 Excel 工作簿' },
  'big-presentation': { en: 'a presentation whose ppt/presentation.xml is too large to read', zh: '' },
  zip: { en: 'a zip archive without ppt/presentation.xml', zh: '一个不含 ppt/presentation.xml 的 zip 压缩包' },
};

/** Which theme font a name came from: its face and major (headings) or minor (body). */
export interface FontSlot {
  face: 'latin' | 'ea' | 'Hans';
  which: 'major' | 'minor';
}
const WHICH_ZH = { major: '标题字体', minor: '正文字体' } as const;

/** `template import`. */
export const IMPORT = {
  missing: message<{ file: string; cwd: string }>(
    'IMPORT_FAILED',
    { en: (p) => `${p.file} does not exist`, zh: (p) => `${p.file} 不存在` },
    { en: (p) => `check the path (relative paths start at ${p.cwd})`, zh: (p) => `请检查路径（相对路径从 ${p.cwd} 算起）` },
  ),
  tooLarge: message<{ file: string; limit: number }>(
    'IMPORT_FAILED',
    { en: (p) => `${p.file} is too large (over ${formatBytes(p.limit)}) to be read`, zh: (p) => `${p.file} 太大（超过 ${bytesZh(p.limit)}），无法读取` },
    fixed('save a copy without the media, or use the .potx template it was made from', '请另存一份不含图片和音视频的副本，或改用制作它时所用的 .potx 模板'),
  ),
  unreadable: message<{ file: string; reason: string }>(
    'IMPORT_FAILED',
    { en: (p) => `cannot read ${p.file}: ${p.reason}`, zh: (p) => `无法读取 ${p.file}：${p.reason}` },
    PERMISSIONS,
  ),
  /** `failure`: safe-read's describeFailure in both languages. */
  notAFile: message<{ file: string; failure: Localized }>('IMPORT_FAILED', { en: (p) => `${p.file} ${p.failure.en}`, zh: (p) => `${p.file} ${p.failure.zh}` }, PPTX_HINT),
  legacy: message<{ file: string }>(
    'IMPORT_FAILED',
    { en: (p) => `${p.file} is an old binary Office file (.ppt/.pot), not a .pptx`, zh: (p) => `${p.file} 是旧版的二进制 Office 文件（.ppt/.pot），不是 .pptx` },
    fixed('open it in PowerPoint or WPS and save it as .pptx, then import that', '请在 PowerPoint 或 WPS 中打开它，另存为 .pptx，再导入另存的文件'),
  ),
  notZip: message<{ file: string }>(
    'IMPORT_FAILED',
    { en: (p) => `${p.file} is not a PowerPoint file (it is not a zip archive)`, zh: (p) => `${p.file} 不是 PowerPoint 文件（它不是 zip 压缩包）` },
    PPTX_HINT,
  ),
  damagedZip: message<{ file: string; error: string }>(
    'IMPORT_FAILED',
    { en: (p) => `${p.file} is not a PowerPoint file (a damaged zip archive: ${p.error})`, zh: (p) => `${p.file} 不是 PowerPoint 文件（zip 压缩包已损坏：${p.error}）` },
    PPTX_HINT,
  ),
  notPresentation: message<{ file: string; kind: ArchiveKind; ext: string }>(
    'IMPORT_FAILED',
    {
      en: (p) => `${p.file} is ${ARCHIVE_KIND[p.kind].en}, not a PowerPoint presentation${p.ext ? ` (despite its ${p.ext} name)` : ''}`,
      zh: (p) =>
        p.kind === 'big-presentation'
          ? `${p.file} 中的 ppt/presentation.xml 太大，无法读取`
          : `${p.file} 是${ARCHIVE_KIND[p.kind].zh}，不是 PowerPoint 演示文稿${p.ext ? `（尽管扩展名是 ${p.ext}）` : ''}`,
    },
    PPTX_HINT,
  ),
  presentationNotXml: message<{ file: string }>(
    'IMPORT_FAILED',
    { en: (p) => `${p.file}: its ppt/presentation.xml is not readable XML`, zh: (p) => `${p.file}：其中的 ppt/presentation.xml 不是可读取的 XML` },
    PPTX_HINT,
  ),
  noTheme: message<{ file: string }>(
    'IMPORT_FAILED',
    { en: (p) => `${p.file} has no theme (ppt/theme/theme1.xml is missing)`, zh: (p) => `${p.file} 没有主题（缺少 ppt/theme/theme1.xml）` },
    fixed('open it in PowerPoint, pick a design, save it, and import again', '请在 PowerPoint 中打开它，选一个设计主题，保存后再导入'),
  ),
  themeNotXml: message<{ file: string; part: string }>(
    'IMPORT_FAILED',
    { en: (p) => `${p.file}: its theme (${p.part}) is not readable XML`, zh: (p) => `${p.file}：其中的主题（${p.part}）不是可读取的 XML` },
    PPTX_HINT,
  ),
  noColourScheme: message<{ file: string; part: string }>(
    'IMPORT_FAILED',
    { en: (p) => `${p.file}: its theme (${p.part}) has no colour scheme (a:clrScheme)`, zh: (p) => `${p.file}：其中的主题（${p.part}）没有配色方案（a:clrScheme）` },
    DESIGN_COLORS_HINT,
  ),
  noColours: message<{ file: string; part: string }>(
    'IMPORT_FAILED',
    { en: (p) => `${p.file}: the colour scheme of its theme (${p.part}) holds no colours`, zh: (p) => `${p.file}：其中主题（${p.part}）的配色方案里没有颜色` },
    DESIGN_COLORS_HINT,
  ),
  /** A warning: the font is left to the parent template. */
  fontSkipped: message<{ file: string; name: string; slot: FontSlot }>(
    'IMPORT_FAILED',
    {
      en: (p) => `${p.file}: the font name ${JSON.stringify(p.name)} (${p.slot.face} ${p.slot.which} font) cannot be used and was skipped`,
      zh: (p) => `${p.file}：字体名 ${JSON.stringify(p.name)}（${p.slot.face} ${WHICH_ZH[p.slot.which]}）无法使用，已跳过`,
    },
    fixed(
      'font names may hold letters, digits, spaces and . _ + - only; set the font in template.yaml by hand',
      '字体名只能包含字母、数字、空格和 . _ + -；请在 template.yaml 中手动设置这个字体',
    ),
  ),
};

/** `template new` and `template import` writing template.yaml. */
export const SCAFFOLD = {
  exists: message<{ file: string }>(
    'TEMPLATE_EXISTS',
    { en: (p) => `${p.file} already exists`, zh: (p) => `${p.file} 已存在` },
    fixed('choose another folder, or delete the file first if you mean to start over', '请换一个文件夹；如果要重新开始，请先删除这个文件'),
  ),
  /** The hints of a failed write of template.yaml (core/atomic-write.ts's WriteWords). */
  writeHint: phrase({
    en: () => 'name a folder for the template (it is created if missing; a file of that name is in the way), or fix the folder’s permissions; nothing was written',
    zh: () => '请为模板指定一个文件夹（不存在时会自动创建；但不能已有同名的文件），或修正文件夹的权限；没有写入任何文件',
  }),
  lockedHint: phrase({
    en: () => 'close the program that holds it and try again; nothing was written',
    zh: () => '请关闭占用它的程序后重试；没有写入任何文件',
  }),
};

const TEMPLATE_HELP = fixed('see `briefdeck template --help`', '请查看 `briefdeck template --help`');

/** `briefdeck templates`, `briefdeck template new|import`: usage errors and what they print. */
export const TEMPLATE_CLI = {
  newTooMany: message<{ count: number; args: string[] }>(
    'USAGE',
    { en: (p) => `template new takes one folder, got ${p.count}: ${p.args.join(' ')}`, zh: (p) => `template new 只接受一个文件夹，现在给了 ${p.count} 个：${p.args.join(' ')}` },
    TEMPLATE_HELP,
  ),
  newNoFolder: message(
    'USAGE',
    { en: () => 'template new needs the folder to write: briefdeck template new <dir>', zh: () => 'template new 需要指定写入的文件夹：briefdeck template new <dir>' },
    TEMPLATE_HELP,
  ),
  importArgs: message<{ count: number }>(
    'USAGE',
    {
      en: (p) => `template import needs the PowerPoint file and the folder to write: briefdeck template import <file.pptx|file.potx> <dir>${p.count ? ` (got ${p.count} argument${p.count > 1 ? 's' : ''})` : ''}`,
      zh: (p) => `template import 需要 PowerPoint 文件和写入的文件夹：briefdeck template import <file.pptx|file.potx> <dir>${p.count ? `（现在给了 ${p.count} 个参数）` : ''}`,
    },
    TEMPLATE_HELP,
  ),
  unknownAction: message<{ action: string; guess: string | undefined; actions: readonly string[] }>(
    'USAGE',
    { en: (p) => `unknown template action \`${p.action}\``, zh: (p) => `没有 \`${p.action}\` 这个 template 操作` },
    {
      en: (p) => (p.guess ? `did you mean \`template ${p.guess}\`? (actions: ${p.actions.join(', ')})` : `actions: ${p.actions.join(', ')}; see \`briefdeck template --help\``),
      zh: (p) => (p.guess ? `您是不是要写 \`template ${p.guess}\`？（可用的操作：${p.actions.join('、')}）` : `可用的操作：${p.actions.join('、')}；请查看 \`briefdeck template --help\``),
    },
  ),
  dirArg: message<{ action: string }>(
    'USAGE',
    { en: (p) => `template ${p.action} needs the template folder: briefdeck template ${p.action} <dir>`, zh: (p) => `template ${p.action} 需要指定模板文件夹：briefdeck template ${p.action} <dir>` },
    TEMPLATE_HELP,
  ),
  flagRepeated: message<{ flag: string }>('USAGE', { en: (p) => `${p.flag} is given more than once`, zh: (p) => `${p.flag} 只能指定一次` }, TEMPLATE_HELP),
  flagNeedsName: message<{ flag: string }>('USAGE', { en: (p) => `${p.flag} needs a template name`, zh: (p) => `${p.flag} 后面要写模板名称` }, TEMPLATE_HELP),

  /** `briefdeck templates`: a built-in that does not load, in place of its description. */
  cannotLoad: phrase<{ code: string }>({ en: (p) => `cannot be loaded: ${p.code}`, zh: (p) => `无法加载：${p.code}` }),
  /** `briefdeck templates`: the line under the list. */
  listFooter: phrase<{ example: string }>({
    en: (p) => `use one with -t NAME (e.g. briefdeck build outline.yaml -t ${p.example}); make your own with \`briefdeck template new <dir> --from NAME\``,
    zh: (p) => `用 -t NAME 选用模板（例如 briefdeck build outline.yaml -t ${p.example}）；用 \`briefdeck template new <dir> --from NAME\` 制作自己的模板`,
  }),
  /** After ✓: what was written. */
  wrote: phrase<{ file: string; name: string; what: string }>({
    en: (p) => `wrote ${p.file}: template ${p.name}, ${p.what}`,
    zh: (p) => `已写入 ${p.file}：模板 ${p.name}，${p.what}`,
  }),
  basedOn: phrase<{ parent: string }>({
    en: (p) => `based on ${p.parent}, identical to it until you edit it`,
    zh: (p) => `基于 ${p.parent}，修改之前与它完全相同`,
  }),
  imported: phrase<{ file: string; theme: string | undefined; colours: number; fonts: number; size: string | undefined; parent: string }>({
    en: (p) =>
      `from the theme of ${p.file}${p.theme ? ` (“${p.theme}”)` : ''}: ${p.colours} colour${p.colours === 1 ? '' : 's'}, ${p.fonts} font face${p.fonts === 1 ? '' : 's'}, ${p.size ? `size ${p.size}` : 'no slide size'}; the rest as ${p.parent}`,
    zh: (p) =>
      `取自 ${p.file} 的主题${p.theme ? `（“${p.theme}”）` : ''}：${p.colours} 种颜色、${p.fonts} 个字体、${p.size ? `幻灯片尺寸 ${p.size}` : '没有幻灯片尺寸'}；其余与 ${p.parent} 相同`,
  }),
  next: phrase<{ file: string; dir: string }>({
    en: (p) => `next: edit ${p.file}, then build with -t ${p.dir}, e.g. briefdeck build outline.yaml -t ${p.dir}`,
    zh: (p) => `下一步：编辑 ${p.file}，然后用 -t ${p.dir} 生成演示文稿，例如 briefdeck build outline.yaml -t ${p.dir}`,
  }),
};

/** How a ground was filled, in the words of `template import`'s sources. */
export type FillKind = 'solid' | 'gradient' | 'picture' | 'pattern';
const FILL_KIND: Record<FillKind, Localized> = {
  solid: { en: 'a solid colour', zh: '纯色' },
  gradient: { en: 'a gradient, its average colour', zh: '渐变，取其平均色' },
  picture: { en: 'a picture, the colour covering most of it', zh: '图片，取其中面积最大的颜色' },
  pattern: { en: 'a pattern, its foreground', zh: '图案，取其前景色' },
};
const LAYOUT_ZH = { cover: '标题幻灯片版式', section: '节标题版式', content: '母版' } as const;
const LAYOUT_EN = { cover: 'the title slide layout', section: 'the section header layout', content: 'the slide master' } as const;

/**
 * `template import`: where a value came from (the comment of its line in template.yaml, and the
 * lines the command prints), and the values it guessed.
 */
export const IMPORT_FROM = {
  ground: phrase<{ where: 'cover' | 'section' | 'content'; part: string; kind: FillKind }>({
    en: (p) => `ground of ${LAYOUT_EN[p.where]} (${p.part}: ${FILL_KIND[p.kind].en})`,
    zh: (p) => `${LAYOUT_ZH[p.where]}的背景（${p.part}：${FILL_KIND[p.kind].zh}）`,
  }),
  area: phrase<{ part: string; share: number }>({
    en: (p) => `the colour that covers most of the slides besides the ground (${p.share} % of ${p.part})`,
    zh: (p) => `除背景外覆盖面积最大的颜色（占 ${p.part} 的 ${p.share}%）`,
  }),
  titleText: phrase<{ part: string; where: 'cover' | 'section' | 'content' }>({
    en: (p) => `colour of the title placeholder of ${LAYOUT_EN[p.where]} (${p.part})`,
    zh: (p) => `${LAYOUT_ZH[p.where]}中标题占位符的颜色（${p.part}）`,
  }),
  bodyText: phrase<{ part: string }>({ en: (p) => `colour of the body text placeholder (${p.part})`, zh: (p) => `正文占位符的文字颜色（${p.part}）` }),
  font: phrase<{ part: string; which: 'title' | 'body'; face: 'latin' | 'ea' }>({
    en: (p) => `${p.face} font of the ${p.which} placeholder (${p.part})`,
    zh: (p) => `${p.which === 'title' ? '标题' : '正文'}占位符的${p.face === 'ea' ? '东亚' : '西文'}字体（${p.part}）`,
  }),
  themeSlot: phrase<{ slot: string }>({ en: (p) => `${p.slot} of the theme`, zh: (p) => `主题的 ${p.slot}` }),
  second: phrase<{ part: string }>({
    en: (p) => `the second colour of the master and layouts, unlike primary (${p.part})`,
    zh: (p) => `母版和版式中与 primary 不同的第二种颜色（${p.part}）`,
  }),
  // guesses
  onGround: phrase<{ name: string; ratio: string }>({
    en: (p) => `guessed: ${p.name}, the text colour that reads best on primary (${p.ratio}:1)`,
    zh: (p) => `推测：${p.name}，在 primary 上最清楚的文字颜色（${p.ratio}:1）`,
  }),
  readable: phrase<{ role: string; ratio: string }>({
    en: (p) => `guessed: ${p.role}, moved towards the text colour until it reads on the slide ground (${p.ratio}:1)`,
    zh: (p) => `推测：${p.role} 向文字颜色调整，直到在幻灯片背景上看得清（${p.ratio}:1）`,
  }),
  samePrimary: phrase({ en: () => '= primary (the brand colour of the deck)', zh: () => '= primary（演示文稿的品牌色）' }),
  tint: phrase({ en: () => 'guessed: a tint of primary on the slide ground', zh: () => '推测：primary 与幻灯片背景调和的浅色' }),
  mutedMix: phrase({ en: () => 'guessed: between the text colour and the slide ground, readable on both grounds', zh: () => '推测：介于文字颜色和幻灯片背景之间，在两种底色上都看得清' }),
  accentMix: phrase({ en: () => 'guessed: a light tint of primary (the deck shows no second colour)', zh: () => '推测：primary 的浅色（演示文稿中没有第二种颜色）' }),
  textFix: phrase<{ ratio: string }>({
    en: (p) => `guessed: the body text colour of the deck reads at ${p.ratio}:1 only on its ground; the darkest or lightest colour of the theme instead`,
    zh: (p) => `推测：演示文稿正文颜色在其背景上对比度仅 ${p.ratio}:1，改用主题中最深或最浅的颜色`,
  }),
  textNone: phrase({
    en: () => 'guessed: the deck names no body text colour; the theme colour that reads best on the slide ground',
    zh: () => '推测：演示文稿没有指定正文颜色；取主题中在幻灯片背景上最清楚的颜色',
  }),
  logo: phrase<{ media: string; count: number }>({
    en: (p) => `the picture ${p.media}, repeated on ${p.count} of the master and layouts`,
    zh: (p) => `图片 ${p.media}，在母版和版式中出现了 ${p.count} 次`,
  }),
  backgroundPicture: phrase<{ part: string; media: string }>({ en: (p) => `the picture ground ${p.media} of ${p.part}`, zh: (p) => `${p.part} 的背景图片 ${p.media}` }),
  pictureHidesTitles: phrase<{ part: string }>({
    en: (p) => `the ground colour of the picture of ${p.part}; the picture itself is left out, as it shows primary where slide titles go`,
    zh: (p) => `${p.part} 背景图片的底色；图片本身未采用，因为它在幻灯片标题的位置显示 primary 颜色`,
  }),
  coverDesign: phrase<{ design: string }>({
    en: (p) => `cover design ${p.design}: the deck's cover has its own ground`,
    zh: (p) => `封面样式 ${p.design}：演示文稿的封面有自己的背景`,
  }),
};

const SLIDE_ROLE_ZH: Record<string, string> = { cover: '封面', agenda: '目录页', section: '节标题页', content: '内容页', closing: '结束页' };

/** `template import`: warnings about what it could not take from the deck. */
export const IMPORT_NOTE = {
  stockPalette: message<{ file: string; name: string }>(
    'IMPORT_GUESS',
    {
      en: (p) => `${p.file}: the theme's colours are the stock ${p.name} palette, not a brand; the colours come from the master and layouts instead`,
      zh: (p) => `${p.file}：主题颜色是 ${p.name} 的默认配色，并非品牌色；改为从母版和版式中取色`,
    },
    fixed('check the colours in template.yaml against the deck', '请对照原演示文稿检查 template.yaml 中的颜色'),
  ),
  guessed: message<{ file: string; roles: string[] }>(
    'IMPORT_GUESS',
    {
      en: (p) => `${p.file}: the deck does not show ${p.roles.join(', ')}; these were guessed (see their comments in template.yaml)`,
      zh: (p) => `${p.file}：演示文稿中没有 ${p.roles.join('、')}；这些值是推测的（见 template.yaml 中的注释）`,
    },
    fixed('look at the deck with `briefdeck template preview <dir>` and set them by hand where they are wrong', '请用 `briefdeck template preview <dir>` 查看效果，不对的值请手动修改'),
  ),
  lowContrast: message<{ file: string; fg: string; bg: string; ratio: string }>(
    'IMPORT_GUESS',
    {
      en: (p) => `${p.file}: no text colour reaches 4.5:1 on ${p.bg}; ${p.fg} reads at ${p.ratio}:1 only`,
      zh: (p) => `${p.file}：在 ${p.bg} 上没有对比度达到 4.5:1 的文字颜色；${p.fg} 仅为 ${p.ratio}:1`,
    },
    fixed('choose a darker or lighter primary in template.yaml', '请在 template.yaml 中选一个更深或更浅的 primary'),
  ),
  odpNoOffice: message<{ file: string }>(
    'IMPORT_FAILED',
    { en: (p) => `${p.file} is an OpenDocument presentation, and LibreOffice (soffice) is not installed to convert it`, zh: (p) => `${p.file} 是 OpenDocument 演示文稿，但没有安装用于转换它的 LibreOffice（soffice）` },
    fixed('open it in LibreOffice or WPS, save it as .pptx, and import that', '请在 LibreOffice 或 WPS 中打开它，另存为 .pptx，再导入另存的文件'),
  ),
  odpFailed: message<{ file: string; reason: string }>(
    'IMPORT_FAILED',
    { en: (p) => `${p.file}: LibreOffice could not convert it to .pptx (${p.reason})`, zh: (p) => `${p.file}：LibreOffice 无法把它转换为 .pptx（${p.reason}）` },
    fixed('open it in LibreOffice or WPS, save it as .pptx, and import that', '请在 LibreOffice 或 WPS 中打开它，另存为 .pptx，再导入另存的文件'),
  ),
};

/** Faces of a template: can they show Chinese, does the layout know how wide they are. */
export const FONT_CHECK = {
  noChinese: message<{ role: string; face: string; metrics: string }>(
    'TEMPLATE_FONT',
    {
      en: (p) => `fonts.${p.role}.ea is ${p.face}, a face without Chinese characters: viewers draw Chinese in a fallback font, and the layout measures it with ${p.metrics}`,
      zh: (p) => `fonts.${p.role}.ea 是 ${p.face}，这个字体没有汉字：查看者会用替代字体显示中文，排版按 ${p.metrics} 的度量计算`,
    },
    fixed('name a Chinese face: Microsoft YaHei (微软雅黑), SimHei (黑体), SimSun (宋体), FangSong (仿宋), KaiTi (楷体), DengXian (等线) or Noto Sans CJK SC', '请使用中文字体：Microsoft YaHei（微软雅黑）、SimHei（黑体）、SimSun（宋体）、FangSong（仿宋）、KaiTi（楷体）、DengXian（等线）或 Noto Sans CJK SC'),
  ),
  unknownMetrics: message<{ role: string; face: 'ea' | 'latin'; name: string; metrics: string }>(
    'TEMPLATE_FONT',
    {
      en: (p) => `fonts.${p.role}.${p.face} is ${p.name}, a face whose widths the layout does not know: it measures it with ${p.metrics}, with a safety margin`,
      zh: (p) => `fonts.${p.role}.${p.face} 是 ${p.name}，排版没有该字体的宽度数据：改按 ${p.metrics} 的度量计算，并留出余量`,
    },
    fixed('check the deck in PowerPoint or WPS: lines may break a little differently', '请在 PowerPoint 或 WPS 中检查：换行位置可能略有不同'),
  ),
};

/** `template check` and builds: a rebrand that did not carry through. */
export const BRAND_CHECK = {
  inherited: message<{ key: string; color: string; parent: string; primary: string }>(
    'TEMPLATE_INHERITED',
    {
      en: (p) => `${p.key} is still #${p.color}, the brand colour of ${p.parent}, while this template's primary is #${p.primary}`,
      zh: (p) => `${p.key} 仍是 #${p.color}，即 ${p.parent} 的品牌色，而本模板的 primary 是 #${p.primary}`,
    },
    {
      en: (p) => `set ${p.key} in template.yaml to a colour of this brand (write #${p.color} there if the parent's colour is meant)`,
      zh: (p) => `请在 template.yaml 中把 ${p.key} 设为本品牌的颜色（如果就是要沿用 #${p.color}，也请明确写上）`,
    },
  ),
  logo: message<{ logo: string; ground: string; role: string; ratio: string }>(
    'TEMPLATE_LOGO_CONTRAST',
    {
      en: (p) => `the logo (mostly #${p.logo}) hardly shows on the ${p.role} ground #${p.ground} (${p.ratio}:1, under 3:1)`,
      zh: (p) => `标志（主要颜色 #${p.logo}）在${SLIDE_ROLE_ZH[p.role] ?? p.role}背景 #${p.ground} 上几乎看不见（${p.ratio}:1，低于 3:1）`,
    },
    fixed('use a version of the logo for dark or light grounds, or leave this slide role out of logo.slides', '请换用适合深色或浅色背景的标志版本，或从 logo.slides 中去掉这种幻灯片'),
  ),
};

/** What `template import`, `template check` and `template preview` print. */
export const TEMPLATE_REPORT = {
  taken: phrase({ en: () => 'taken from the deck:', zh: () => '取自演示文稿：' }),
  guessed: phrase({ en: () => 'guessed:', zh: () => '推测：' }),
  wroteAsset: phrase<{ file: string; what: 'logo' | 'background' }>({
    en: (p) => `wrote ${p.file} (${p.what === 'logo' ? 'the logo' : 'a background picture'})`,
    zh: (p) => `已写入 ${p.file}（${p.what === 'logo' ? '标志' : '背景图片'}）`,
  }),
  checkOk: phrase<{ name: string }>({ en: (p) => `template ${p.name}: no problems found`, zh: (p) => `模板 ${p.name}：没有发现问题` }),
  checkProblems: phrase<{ name: string; count: number }>({ en: (p) => `template ${p.name}: ${p.count} warning${p.count === 1 ? '' : 's'}`, zh: (p) => `模板 ${p.name}：${p.count} 条警告` }),
  previewWrote: phrase<{ file: string }>({ en: (p) => `wrote the preview ${p.file}`, zh: (p) => `已写入预览 ${p.file}` }),
  previewNoPng: phrase({ en: () => 'no PNG: LibreOffice (soffice) is not installed', zh: () => '没有生成 PNG：未安装 LibreOffice（soffice）' }),
};
