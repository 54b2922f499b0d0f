/**
 * Messages of the meeting-ready outputs: the formats `-o` takes, PDF, PNG and handout export
 * through LibreOffice (src/export/), several outlines in one run (cli/commands/build.ts) and
 * `briefdeck init`. Each entry: the code, the message and the hint, in English and Chinese.
 */
import { message, phrase } from './define.js';

/** How to install what export needs, per system (the hint of EXPORT_UNAVAILABLE). */
const INSTALL_EN = 'install LibreOffice: Debian/Ubuntu `sudo apt install libreoffice-impress fonts-noto-cjk` (add poppler-utils for --png); macOS `brew install --cask libreoffice` (and `brew install poppler`); Windows: https://www.libreoffice.org/download/ (soffice.exe must be on PATH, or set BRIEFDECK_SOFFICE to it)';
const INSTALL_ZH = '请安装 LibreOffice：Debian/Ubuntu 运行 `sudo apt install libreoffice-impress fonts-noto-cjk`（--png 还需要 poppler-utils）；macOS 运行 `brew install --cask libreoffice`（以及 `brew install poppler`）；Windows 从 https://www.libreoffice.org/download/ 下载安装（soffice.exe 须在 PATH 中，或把 BRIEFDECK_SOFFICE 设为它的路径）';

export const FORMAT = {
  /** `-o name.key`: a name whose extension says another format. */
  unknown: message<{ file: string; ext: string; formats: readonly string[] }>(
    'USAGE',
    {
      en: (p) => `-o ${p.file}: briefdeck does not write ${p.ext} files here; it writes ${p.formats.join(', ')}, or into a folder`,
      zh: (p) => `-o ${p.file}：briefdeck 在这里不能生成 ${p.ext} 文件；只能生成 ${p.formats.join('、')}，或写入一个文件夹`,
    },
    {
      en: (p) => `e.g. -o output/brief.pptx${p.formats.includes('.pdf') ? ', -o output/brief.pdf (PDF only, needs LibreOffice)' : ''}, or -o output/ (a folder)`,
      zh: (p) => `例如 -o output/brief.pptx${p.formats.includes('.pdf') ? '，-o output/brief.pdf（只要 PDF，需要 LibreOffice）' : ''}，或 -o output/（文件夹）`,
    },
  ),
  /** Several outlines and `-o` a file. */
  needsFolder: message<{ file: string; n: number }>(
    'USAGE',
    { en: (p) => `-o ${p.file} names a file, but ${p.n} outlines are built; -o must name a folder then`, zh: (p) => `-o ${p.file} 是一个文件，但这次要生成 ${p.n} 个大纲；这时 -o 必须是文件夹` },
    { en: () => 'e.g. -o output/decks/ (each deck is named after its outline)', zh: () => '例如 -o output/decks/（每个演示文稿以其大纲命名）' },
  ),
  /** `--png ""`. */
  pngNeedsFolder: message(
    'USAGE',
    { en: () => '--png needs a folder for the pictures', zh: () => '--png 后面需要一个存放图片的文件夹' },
    { en: () => 'e.g. --png output/png', zh: () => '例如 --png output/png' },
  ),
  /** An existing file at a PDF or PNG target that is not one. */
  notSame: message<{ file: string; kind: 'PDF' | 'PNG' }>(
    'OUTPUT_PROTECTED',
    { en: (p) => `${p.file} exists and is not a ${p.kind}; briefdeck replaces only files of the kind it writes`, zh: (p) => `${p.file} 已经存在，但不是 ${p.kind} 文件；briefdeck 只替换同类文件` },
    { en: () => 'name another file with -o, or add --force to replace it all the same', zh: () => '请用 -o 另指定一个文件；如果确实要替换它，请加上 --force' },
  ),
};

export const EXPORT = {
  unavailable: message<{ what: string; pptx: string | undefined }>(
    'EXPORT_UNAVAILABLE',
    {
      en: (p) => `LibreOffice (soffice) is not installed or not on PATH, so the ${p.what} could not be made; ${p.pptx ? `the deck was written to ${p.pptx}` : 'nothing else was written'}`,
      zh: (p) => `没有找到 LibreOffice（soffice），因此没有生成 ${p.what}；${p.pptx ? `演示文稿已写入 ${p.pptx}` : '没有写入其他文件'}`,
    },
    { en: () => INSTALL_EN, zh: () => INSTALL_ZH },
  ),
  noPdftoppm: message<{ pdf: string | undefined }>(
    'EXPORT_UNAVAILABLE',
    {
      en: (p) => `pdftoppm (poppler-utils) is not installed, so no PNG pictures were made (LibreOffice alone exports only the first slide as a picture)${p.pdf ? `; the PDF is ${p.pdf}` : ''}`,
      zh: (p) => `没有找到 pdftoppm（poppler-utils），因此没有生成 PNG 图片（LibreOffice 本身只能把第一张幻灯片导出为图片）${p.pdf ? `；PDF 在 ${p.pdf}` : ''}`,
    },
    { en: () => 'Debian/Ubuntu: sudo apt install poppler-utils; macOS: brew install poppler; Windows: https://github.com/oschwartz10612/poppler-windows', zh: () => 'Debian/Ubuntu：sudo apt install poppler-utils；macOS：brew install poppler；Windows：https://github.com/oschwartz10612/poppler-windows' },
  ),
  failed: message<{ what: string; reason: string }>(
    'EXPORT_FAILED',
    { en: (p) => `LibreOffice could not make the ${p.what}: ${p.reason}`, zh: (p) => `LibreOffice 未能生成 ${p.what}：${p.reason}` },
    {
      en: () => 'the .pptx is written; try again, or open it in LibreOffice or PowerPoint and export from there (BRIEFDECK_SOFFICE_TIMEOUT sets the time limit in seconds)',
      zh: () => '.pptx 已经写好；请重试，或在 LibreOffice / PowerPoint 中打开后另存为 PDF（BRIEFDECK_SOFFICE_TIMEOUT 可设置时限，单位为秒）',
    },
  ),
  timedOut: phrase<{ s: number }>({ en: (p) => `no result within ${p.s} s`, zh: (p) => `${p.s} 秒内没有结果` }),
  exitCode: phrase<{ code: string; out: string }>({ en: (p) => `soffice ended with ${p.code} and wrote no file${p.out ? ` (${p.out})` : ''}`, zh: (p) => `soffice 以 ${p.code} 结束，没有写出文件${p.out ? `（${p.out}）` : ''}` }),
  pageCount: phrase<{ pages: number; slides: number }>({ en: (p) => `the PDF has ${p.pages} pages, the deck ${p.slides} slides`, zh: (p) => `PDF 有 ${p.pages} 页，而演示文稿有 ${p.slides} 张幻灯片` }),
  fontSubstituted: message<{ face: string; by: string }>(
    'EXPORT_FONT_SUBSTITUTED',
    {
      en: (p) => `the template's font ${p.face} is not installed; the PDF and pictures draw it with ${p.by}, which has the widths the layout measured`,
      zh: (p) => `模板使用的字体 ${p.face} 没有安装；PDF 和图片改用 ${p.by} 绘制，它的字宽与排版时测量的一致`,
    },
    { en: () => 'install the font for the exact look; the .pptx itself still names it', zh: () => '安装该字体可得到原样效果；.pptx 本身仍使用原字体名' },
  ),
  /** The hints of a PDF's or picture's failed write (core/atomic-write.ts's WriteWords). */
  writeHint: phrase({ en: () => 'choose another place with -o or --png, or fix the folder’s permissions; the previous file is unchanged', zh: () => '请用 -o 或 --png 换一个位置，或修改文件夹的权限；原来的文件没有改动' }),
  lockedHint: phrase({ en: () => 'close it in the program that has it open and build again; the previous file is unchanged', zh: () => '请在打开它的程序中关闭后重新生成；原来的文件没有改动' }),
  noSubstitute: phrase({ en: () => "the system's default font", zh: () => '系统默认字体' }),
  /** What was made, for the summary line. */
  pdf: phrase({ en: () => 'PDF', zh: () => 'PDF 文件' }),
  handout: phrase({ en: () => 'handout PDF', zh: () => '讲义 PDF' }),
  png: phrase({ en: () => 'PNG pictures', zh: () => 'PNG 图片' }),
  listSep: phrase({ en: () => ', ', zh: () => '、' }),
  /** After the ✓ line of a build: each further file. */
  wrote: phrase<{ file: string; what: string }>({ en: (p) => `  + ${p.file}  ${p.what}`, zh: (p) => `  + ${p.file}：${p.what}` }),
  /** The ✓ line of `-o x.pdf`: the PDF is the output. */
  pdfOnly: phrase<{ file: string; pages: number; time: string }>({
    en: (p) => `${p.file}  PDF · ${p.pages} pages  ${p.time}`,
    zh: (p) => `${p.file}  PDF 文件 · ${p.pages} 页  ${p.time}`,
  }),
  pages: phrase<{ n: number }>({ en: (p) => `${p.n} pages`, zh: (p) => `${p.n} 页` }),
  pictures: phrase<{ n: number }>({ en: (p) => `${p.n} slide pictures and a contact sheet`, zh: (p) => `${p.n} 张幻灯片图片和一张总览图` }),
};

export const BATCH = {
  noMatch: message<{ pattern: string }>(
    'OUTLINE_NOT_FOUND',
    { en: (p) => `${p.pattern} matches no outline`, zh: (p) => `${p.pattern} 没有匹配到任何大纲` },
    { en: () => 'check the pattern; a folder gives its *.yaml files, a pattern may use * and **', zh: () => '请检查写法；文件夹会取其中的 *.yaml 文件，模式中可以用 * 和 **' },
  ),
  /** Two outlines of one name would write one deck over the other. */
  sameName: message<{ name: string; files: readonly string[] }>(
    'USAGE',
    { en: (p) => `${p.files.join(' and ')} would both be written as ${p.name}.pptx`, zh: (p) => `${p.files.join(' 和 ')} 都会生成 ${p.name}.pptx，后一个会覆盖前一个` },
    { en: () => 'build them in separate runs with -o naming different folders, or rename one', zh: () => '请分两次生成并用 -o 指定不同的文件夹，或给其中一个改名' },
  ),
  failedLine: phrase<{ file: string; errors: number; code: string }>({
    en: (p) => `${p.file}  ${p.errors} error${p.errors === 1 ? '' : 's'} (${p.code}); not written`,
    zh: (p) => `${p.file}  ${p.errors} 个错误（${p.code}）；没有写入`,
  }),
  progress: phrase<{ done: number; total: number }>({ en: (p) => `${p.done}/${p.total} done…`, zh: (p) => `已完成 ${p.done}/${p.total}…` }),
  total: phrase<{ n: number; ok: number; failed: number; time: string; workers: number; write: boolean }>({
    en: (p) => `${p.n} outlines: ${p.ok} ${p.write ? 'built' : 'checked'}, ${p.failed} failed (${p.time}, ${p.workers} worker${p.workers === 1 ? '' : 's'})`,
    zh: (p) => `共 ${p.n} 个大纲：${p.ok} 个${p.write ? '已生成' : '检查通过'}，${p.failed} 个失败（${p.time}，${p.workers} 个并行任务）`,
  }),
};

export const INIT = {
  exists: message<{ file: string }>(
    'INIT_EXISTS',
    { en: (p) => `${p.file} already exists; init never writes over a file`, zh: (p) => `${p.file} 已经存在；init 不会覆盖已有文件` },
    { en: () => 'name a new file, e.g. briefdeck init my-brief.yaml', zh: () => '请指定一个新文件名，例如 briefdeck init my-brief.yaml' },
  ),
  notYaml: message<{ file: string }>(
    'USAGE',
    { en: (p) => `${p.file}: an outline is a .yaml file`, zh: (p) => `${p.file}：大纲应是 .yaml 文件` },
    { en: () => 'e.g. briefdeck init outline.yaml', zh: () => '例如 briefdeck init outline.yaml' },
  ),
  wrote: phrase<{ file: string; slides: number }>({
    en: (p) => `${p.file}  an outline to fill in, with one slide of each of the ${p.slides} types`,
    zh: (p) => `${p.file}  待填写的大纲，包含 ${p.slides} 种幻灯片各一张`,
  }),
  next: phrase<{ file: string }>({ en: (p) => `next: edit it, then briefdeck build ${p.file}`, zh: (p) => `下一步：编辑它，然后运行 briefdeck build ${p.file}` }),
};
