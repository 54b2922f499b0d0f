/**
 * The words of the command line and of `watch`: usage errors (cli/main.ts), the summary lines of
 * `build` and `check`, the lines of the watch loop (watch/watcher.ts, watch/diff.ts), the
 * preview server's words (watch/server.ts). Each entry:
 * the code and the message and hint, or a phrase of the interface, in English and Chinese.
 * The words the preview page's script says itself are in page.ts (the browser gets only those).
 */
import { both, message, phrase, type Localized } from './define.js';

/** Usage errors found before a command runs (exit 2): the message; they all have `hint`. */
export const USAGE = {
  hint: phrase({ en: () => 'see `briefdeck --help` or `briefdeck <command> --help`', zh: () => '用法见 `briefdeck --help` 或 `briefdeck <命令> --help`' }),
  unknownCommand: phrase<{ command: string }>({ en: (p) => `unknown command \`${p.command}\``, zh: (p) => `没有 \`${p.command}\` 这个命令` }),
  repeated: phrase<{ option: string }>({ en: (p) => `option --${p.option} is given more than once`, zh: (p) => `选项 --${p.option} 指定了不止一次` }),
  emptyOutput: phrase({
    en: () => '-o is given an empty file name; name the .pptx file to write, e.g. -o output/deck.pptx, or leave -o out for the default',
    zh: () => '-o 后面的文件名是空的；请写出要生成的 .pptx 文件，例如 -o output/deck.pptx；或去掉 -o，使用默认位置',
  }),
  badLang: phrase<{ value: string }>({ en: (p) => `--lang takes en or zh, not ${JSON.stringify(p.value)}`, zh: (p) => `--lang 只能是 en 或 zh，不能是 ${JSON.stringify(p.value)}` }),
  // the option parser's (cac's) own errors, by their English text
  unknownOption: phrase<{ option: string }>({ en: (p) => `Unknown option \`${p.option}\``, zh: (p) => `没有 \`${p.option}\` 这个选项` }),
  missingArgs: phrase<{ command: string }>({ en: (p) => `missing required args for command \`${p.command}\``, zh: (p) => `命令 \`${p.command}\` 缺少必需的参数` }),
  missingValue: phrase<{ option: string }>({ en: (p) => `option \`${p.option}\` value is missing`, zh: (p) => `选项 \`${p.option}\` 后面缺少值` }),
  unusedArgs: phrase<{ args: string }>({ en: (p) => `Unused args: ${p.args}`, zh: (p) => `多余的参数：${p.args.replace(/`, `/g, '`、`')}` }),
};

/** The option parser's error as the user's language says it; its English text when it is not one of these. */
export function cacError(text: string): Localized {
  const forms: [RegExp, (m: RegExpExecArray) => Localized][] = [
    [/^Unknown option `([^`]*)`$/, (m) => both(USAGE.unknownOption, { option: m[1]! })],
    [/^missing required args for command `([^`]*)`$/, (m) => both(USAGE.missingArgs, { command: m[1]! })],
    [/^option `([^`]*)` value is missing$/, (m) => both(USAGE.missingValue, { option: m[1]! })],
    [/^Unused args: (.*)$/s, (m) => both(USAGE.unusedArgs, { args: m[1]! })],
  ];
  for (const [re, make] of forms) {
    const m = re.exec(text);
    if (m) return make(m);
  }
  return { en: text, zh: text };
}

export const INTERNAL = {
  failed: message<{ error: string }>('INTERNAL', { en: (p) => `briefdeck failed unexpectedly: ${p.error}`, zh: (p) => `briefdeck 意外出错：${p.error}` }),
  /** On the terminal (the command ends). */
  hint: phrase({
    en: () => 'run again with --debug to see where, and report it with the outline that caused it',
    zh: () => '加上 --debug 再运行一次，可以看到出错的位置；请连同出错的大纲一起反馈这个问题',
  }),
  /** In the watch loop (it goes on). */
  watchHint: phrase({ en: () => 'the watcher goes on; report this with the outline that caused it', zh: () => '监视仍在继续；请连同出错的大纲一起反馈这个问题' }),
};

/** `build` and `check`: the summary line after the ✓, and --verbose's stage times. */
export const BUILD = {
  built: phrase<{ file: string; slides: number; size: string; time: string }>({
    en: (p) => `${p.file}  ${p.slides} slides  ${p.size}  ${p.time}`,
    zh: (p) => `${p.file}  ${p.slides} 张幻灯片  ${p.size}  ${p.time}`,
  }),
  checked: phrase<{ file: string; slides: number; template: string; time: string }>({
    en: (p) => `${p.file}: ${p.slides} slides lay out cleanly with template ${p.template} (${p.time}); nothing written`,
    zh: (p) => `${p.file}：${p.slides} 张幻灯片用模板 ${p.template} 排版无误（${p.time}）；没有写入任何文件`,
  }),
  coverage: phrase<{ shown: number; total: number }>({
    en: (p) => `  figures of the report on slides: ${p.shown} of ${p.total}${p.total > p.shown ? ` (the other ${p.total - p.shown}: SOURCE_COVERAGE above)` : ''}`,
    zh: (p) => `  报告中的数字已上幻灯片：${p.shown} / ${p.total}${p.total > p.shown ? `（其余 ${p.total - p.shown} 个见上方 SOURCE_COVERAGE）` : ''}`,
  }),
  stages: phrase<{ startup: number; load: number; layout: number; render: number; write: number; rss: number }>({
    en: (p) => `start-up ${p.startup} ms · read+check ${p.load} ms · layout ${p.layout} ms · pptx ${p.render} ms · write ${p.write} ms · max RSS ${p.rss} MB`,
    zh: (p) => `启动 ${p.startup} ms · 读取和检查 ${p.load} ms · 排版 ${p.layout} ms · 生成 pptx ${p.render} ms · 写入 ${p.write} ms · 内存峰值 ${p.rss} MB`,
  }),
};

/** `briefdeck watch`: its own messages and lines on the terminal. */
export const WATCH = {
  badPort: message<{ value: string }>(
    'USAGE',
    { en: (p) => `--port must be a port number from 0 to 65535, not \`${p.value}\``, zh: (p) => `--port 应是 0 到 65535 之间的端口号，不能是 \`${p.value}\`` },
    { en: () => 'e.g. --port 4173 (0: any free port)', zh: () => '例如 --port 4173（0 表示任选一个空闲端口）' },
  ),
  noOutline: message<{ file: string }>(
    'OUTLINE_NOT_FOUND',
    { en: (p) => `${p.file} does not exist`, zh: (p) => `${p.file} 不存在` },
    {
      en: () => 'check the path; watch starts from an outline that is there (it may be deleted and saved again later)',
      zh: () => '请检查路径。watch 要从一个已有的大纲开始（之后可以删掉再重新保存）',
    },
  ),
  watching: phrase<{ outline: string; output: string }>({ en: (p) => `watching ${p.outline} → ${p.output} (Ctrl-C to stop)`, zh: (p) => `正在监视 ${p.outline} → ${p.output}（按 Ctrl-C 停止）` }),
  preview: phrase<{ url: string }>({ en: (p) => `preview: ${p.url}`, zh: (p) => `预览：${p.url}` }),
  alsoWatching: phrase<{ n: number }>({ en: (p) => `also watching ${p.n} template file${p.n === 1 ? '' : 's'}`, zh: (p) => `同时监视模板的 ${p.n} 个文件` }),
  stopped: phrase({ en: () => 'stopped watching', zh: () => '已停止监视' }),

  /** A rebuild's line: `12:03:04 ✓ 23 slides · changed: 8 … · 41 ms` (the ✓ and ✗ are coloured by the terminal). */
  built: phrase<{ clock: string; slides: number; changes: string; ms: number }>({
    en: (p) => `${p.clock} ✓ ${p.slides} slide${p.slides === 1 ? '' : 's'} · ${p.changes} · ${p.ms} ms`,
    zh: (p) => `${p.clock} ✓ ${p.slides} 张幻灯片 · ${p.changes} · ${p.ms} ms`,
  }),
  notWritten: phrase<{ clock: string; file: string; code: string; ms: number }>({
    en: (p) => `${p.clock} ✗ ${p.file} not written (${p.code}); the next change tries again · ${p.ms} ms`,
    zh: (p) => `${p.clock} ✗ ${p.file} 没有写入（${p.code}）；下次修改时会再试 · ${p.ms} ms`,
  }),
  failed: phrase<{ clock: string; errors: number; lastGood: number | undefined; ms: number }>({
    en: (p) => `${p.clock} ✗ ${p.errors} error${p.errors === 1 ? '' : 's'}; ${p.lastGood !== undefined ? `the last good deck (${p.lastGood} slides) stays` : 'no deck yet'} · ${p.ms} ms`,
    zh: (p) => `${p.clock} ✗ ${p.errors} 个错误；${p.lastGood !== undefined ? `保留上次生成的演示文稿（${p.lastGood} 张幻灯片）` : '还没有生成演示文稿'} · ${p.ms} ms`,
  }),

  /** What a rebuild changed (watch/diff.ts's describeChanges). */
  firstBuild: phrase({ en: () => 'first build', zh: () => '首次生成' }),
  noChange: phrase({ en: () => 'no change', zh: () => '没有变化' }),
  changed: phrase<{ list: string }>({ en: (p) => `changed: ${p.list}`, zh: (p) => `有改动：${p.list}` }),
  added: phrase<{ n: number; list: string }>({ en: (p) => `${p.n} new: ${p.list}`, zh: (p) => `新增 ${p.n} 张：${p.list}` }),
  removed: phrase<{ n: number; list: string }>({ en: (p) => `${p.n} removed: ${p.list}`, zh: (p) => `删除 ${p.n} 张：${p.list}` }),
  untitled: phrase({ en: () => '(untitled)', zh: () => '（无标题）' }),
  more: phrase<{ n: number }>({ en: (p) => `+${p.n} more`, zh: (p) => `另有 ${p.n} 张` }),
  /** Between the slides of one list, and between the lists. */
  listSep: phrase({ en: () => ', ', zh: () => '，' }),
  partSep: phrase({ en: () => '; ', zh: () => '；' }),
};

/** The preview server (watch/server.ts): its usage error and the texts of its plain responses. */
export const SERVER = {
  noFreePort: message<{ from: number; to: number; host: string }>(
    'USAGE',
    { en: (p) => `no free port from ${p.from} to ${p.to} on ${p.host}`, zh: (p) => `${p.host} 上从 ${p.from} 到 ${p.to} 的端口都已被占用` },
    { en: () => 'choose another with --port N (or --port 0 for any free one)', zh: () => '请用 --port N 另选一个端口（--port 0 表示任选一个空闲端口）' },
  ),
  forbidden: phrase({ en: () => 'forbidden: open the preview as http://127.0.0.1:PORT/', zh: () => '拒绝访问：请用 http://127.0.0.1:端口/ 打开预览' }),
  noDeck: phrase({ en: () => 'not found (no deck has been written yet)', zh: () => '找不到（还没有生成演示文稿）' }),
  notFound: phrase({ en: () => 'not found', zh: () => '找不到' }),
  methodNotAllowed: phrase({ en: () => 'method not allowed', zh: () => '不支持这种请求方法' }),
};
