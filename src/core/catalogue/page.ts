/**
 * The words around messages that both the terminal (cli/format.ts) and the preview page say, and
 * the page's own words (watch/page/page.ts and client.ts), in English and Chinese.
 *
 * Imports nothing but define.ts: the page's script, compiled for the browser, takes its words
 * from here, and gets only this file's.
 */
import { phrase } from './define.js';

/** The words around diagnostics, on the terminal and on the preview page. */
export const WORDS = {
  warning: phrase({ en: () => 'warning', zh: () => '警告' }),
  hint: phrase({ en: () => 'hint:', zh: () => '提示：' }),
  more: phrase<{ n: number }>({ en: (p) => `… and ${p.n.toLocaleString('en-US')} more (fix these and run again to see them)`, zh: (p) => `…… 另有 ${p.n.toLocaleString('en-US')} 个问题（改正以上问题后再运行即可看到）` }),
  errors: phrase<{ n: number }>({ en: (p) => `${p.n} error${p.n > 1 ? 's' : ''}`, zh: (p) => `${p.n} 个错误` }),
  warnings: phrase<{ n: number }>({ en: (p) => `${p.n} warning${p.n > 1 ? 's' : ''}`, zh: (p) => `${p.n} 个警告` }),
};

/** The preview page's own words (watch/page/page.ts and client.ts). */
export const PAGE = {
  building: phrase({ en: () => 'building…', zh: () => '正在生成……' }),
  empty: phrase({
    en: () => 'No slides yet: the outline has not built. Fix the errors shown above; this page updates by itself.',
    zh: () => '还没有幻灯片：大纲还没有生成成功。请改正上方显示的错误，本页会自动更新。',
  }),
  title: phrase<{ title: string; failed: boolean }>({ en: (p) => `${p.failed ? '✗ ' : ''}${p.title} · briefdeck preview`, zh: (p) => `${p.failed ? '✗ ' : ''}${p.title} · briefdeck 预览` }),
  download: phrase<{ name: string }>({ en: (p) => `download ${p.name}`, zh: (p) => `下载 ${p.name}` }),
  keep: phrase({
    en: () => 'The slides below are the last good build; the page updates when the outline is fixed.',
    zh: () => '下面是上次成功生成的幻灯片；大纲改好后，本页会自动更新。',
  }),
};
