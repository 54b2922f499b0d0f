/**
 * Messages about the deck being written: where it may go (core/output-guard.ts, build.ts's
 * `-o`), the write itself (core/atomic-write.ts) and the package's limits (render/zip.ts,
 * render/pptx.ts). Each entry: the code, the message and the hint, in English and Chinese.
 */
import { message, phrase, type Localized } from './define.js';

/** What is at an output path that is not a regular file, as the message names it. */
export type SpecialFile = 'fifo' | 'device' | 'socket' | 'other';

const SPECIAL_EN: Record<SpecialFile, string> = { fifo: 'is a named pipe (FIFO)', device: 'is a device', socket: 'is a socket', other: 'is not a regular file' };
const SPECIAL_ZH: Record<SpecialFile, string> = { fifo: '是命名管道（FIFO）', device: '是设备', socket: '是套接字', other: '不是普通文件' };

export const OUTPUT = {
  /** `build({ output: '' })`: the library's form of the CLI's `-o ""` (cli.ts has the CLI's). */
  emptyName: message(
    'USAGE',
    { en: () => '-o is given an empty file name', zh: () => '-o 后面的文件名是空的' },
    { en: () => 'name the .pptx file to write, e.g. -o output/deck.pptx, or leave -o out for the default', zh: () => '请写出要生成的 .pptx 文件，例如 -o output/deck.pptx；或去掉 -o，使用默认位置' },
  ),
  notRegular: message<{ file: string; kind: SpecialFile }>(
    'OUTPUT_PROTECTED',
    { en: (p) => `${p.file} ${SPECIAL_EN[p.kind]}; a deck is written only to a regular file`, zh: (p) => `${p.file} ${SPECIAL_ZH[p.kind]}，演示文稿只能写入普通文件` },
    { en: () => 'name a .pptx file with -o', zh: () => '请用 -o 指定一个 .pptx 文件' },
  ),
  isInput: message<{ file: string; outline: boolean }>(
    'OUTPUT_PROTECTED',
    {
      en: (p) => `${p.file} is a file this build reads (${p.outline ? 'the outline' : 'a template file, image or report'}); writing the deck there would destroy it`,
      zh: (p) => `${p.file} 是这次生成要读取的文件（${p.outline ? '大纲' : '模板文件、图片或报告'}），把演示文稿写到那里会毁掉它`,
    },
    { en: () => 'name another file with -o, e.g. output/deck.pptx', zh: () => '请用 -o 另指定一个文件，例如 output/deck.pptx' },
  ),
  notDeck: message<{ file: string }>(
    'OUTPUT_PROTECTED',
    { en: (p) => `${p.file} exists and is not a PowerPoint deck; briefdeck replaces only decks`, zh: (p) => `${p.file} 已经存在，但不是 PowerPoint 演示文稿；briefdeck 只替换演示文稿` },
    { en: () => 'name another file with -o, or add --force to replace it all the same', zh: () => '请用 -o 另指定一个文件；如果确实要替换它，请加上 --force' },
  ),
};

/** Why a write failed, by the system's error code (others are quoted as the system says them). */
export const WRITE_REASONS: Record<string, Localized> = {
  EACCES: { en: 'permission denied', zh: '没有权限' },
  EPERM: { en: 'permission denied', zh: '没有权限' },
  ENOSPC: { en: 'the disk is full', zh: '磁盘已满' },
  EROFS: { en: 'the file system is read-only', zh: '文件系统是只读的' },
  ENOTDIR: { en: 'a part of the path is a file, not a folder', zh: '路径中有一段是文件，不是文件夹' },
  ENAMETOOLONG: { en: 'the file name is too long', zh: '文件名太长' },
};

export const WRITE = {
  cannotCreateFolder: message<{ folder: string; reason: Localized }>('WRITE_FAILED', {
    en: (p) => `cannot create the folder ${p.folder}: ${p.reason.en}`,
    zh: (p) => `无法创建文件夹 ${p.folder}：${p.reason.zh}`,
  }),
  cannotWrite: message<{ file: string; reason: Localized }>('WRITE_FAILED', {
    en: (p) => `cannot write ${p.file}: ${p.reason.en}`,
    zh: (p) => `无法写入 ${p.file}：${p.reason.zh}`,
  }),
  isFolder: message<{ file: string }>(
    'WRITE_FAILED',
    { en: (p) => `cannot write ${p.file}: it is a folder`, zh: (p) => `无法写入 ${p.file}：这是一个文件夹` },
    { en: () => 'name a .pptx file with -o', zh: () => '请用 -o 指定一个 .pptx 文件' },
  ),
  locked: message<{ file: string }>('OUTPUT_LOCKED', {
    en: (p) => `${p.file} is locked by another program (is it open in PowerPoint or WPS?)`,
    zh: (p) => `${p.file} 被其他程序占用（是不是正在 PowerPoint 或 WPS 中打开？）`,
  }),
  /** The hints of a deck's write (other files' writers pass their own: WriteWords). */
  deckHint: phrase({
    en: () => 'choose another place with -o, or fix the folder’s permissions; the previous deck is unchanged',
    zh: () => '请用 -o 换一个位置，或修改文件夹的权限；原来的演示文稿没有改动',
  }),
  deckLockedHint: phrase({
    en: () => 'close it there and build again, or write to another file with -o; the previous deck is unchanged',
    zh: () => '请在那个程序中关闭它后重新生成，或用 -o 写到另一个文件；原来的演示文稿没有改动',
  }),
};

export const PACKAGE = {
  tooManyParts: message<{ parts: number; max: number }>(
    'DECK_TOO_LARGE',
    {
      en: (p) => `the deck would have ${p.parts.toLocaleString('en-US')} parts; a .pptx holds at most ${p.max.toLocaleString('en-US')}`,
      zh: (p) => `演示文稿会有 ${p.parts.toLocaleString('en-US')} 个部件，而一个 .pptx 最多只能有 ${p.max.toLocaleString('en-US')} 个`,
    },
    { en: () => 'split the outline into several decks', zh: () => '请把大纲拆成几个演示文稿' },
  ),
  over4GB: message(
    'DECK_TOO_LARGE',
    { en: () => 'the deck would be larger than 4 GB', zh: () => '演示文稿会超过 4 GB' },
    { en: () => 'split the outline into several decks, or use smaller pictures', zh: () => '请把大纲拆成几个演示文稿，或换用小一些的图片' },
  ),
  pictureChanged: message<{ file: string }>(
    'ASSET_UNSUPPORTED',
    { en: (p) => `${p.file} changed or became unreadable while the deck was being built`, zh: (p) => `${p.file} 在生成演示文稿的过程中被改动了，或已无法读取` },
    { en: () => 'build again', zh: () => '请重新生成' },
  ),
};
