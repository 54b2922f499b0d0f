/**
 * The briefdeck command line: argument parsing, dispatch, exit codes. The only place that
 * decides how the process ends (bin.ts sets the exit code main returns).
 *   0 done · 1 the input has problems · 2 usage · 3 internal error (stack with --debug) ·
 *   4 the deck is written but its PDF, PNGs or handout could not be made (no LibreOffice, or it failed)
 */
import { writeSync } from 'node:fs';
import { isatty } from 'node:tty';
import { cac } from 'cac';
import { DeckError } from '../core/errors.js';
import { cacError, INTERNAL, USAGE } from '../core/catalogue/cli.js';
import { both, messageLang, parseMessageLang, report, reportText, type Localized } from '../core/catalogue/define.js';
import { formatDiagnostic, formatDiagnostics, type Output } from './format.js';
import type { BuildFlags } from './commands/build.js';
import { version } from './version.js';

export const EXIT = { ok: 0, input: 1, usage: 2, internal: 3, export: 4 } as const;

/** A usage error found here, in both languages. */
class UsageError extends Error {
  constructor(readonly text: Localized) {
    super(text.en);
  }
}

export function terminalOutput(): Output {
  const tty = isatty(2);
  const color = tty && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  // Windows' console needs the streams, which convert the text for it
  if (process.platform === 'win32') return { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), color, tty };
  return { out: (t) => writeAll(1, t), err: (t) => writeAll(2, t), color, tty };
}

/** A millisecond's sleep, for a full pipe to drain (no busy loop). */
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes to a standard stream straight to its file descriptor: what process.stdout does for files,
 * pipes and terminals on POSIX, without making the stream (some 3–5 ms of a run). A full
 * non-blocking pipe is waited for; a closed one (`briefdeck … | head`) is not an error.
 */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let done = 0;
  while (done < bytes.length) {
    try {
      done += writeSync(fd, bytes, done);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 1);
        continue;
      }
      if (code === 'EPIPE') return;
      throw err;
    }
  }
}

export async function main(argv: string[], out: Output = terminalOutput(), env: Record<string, string | undefined> = process.env): Promise<number> {
  const cli = cac('briefdeck');
  let action: (() => Promise<number>) | undefined;
  const debug = argv.includes('--debug');
  // the language of messages, known before anything is parsed so that usage errors speak it too
  const langFlag = langArgument(argv);
  const o: Output = { ...out, lang: messageLang(langFlag !== undefined && parseMessageLang(langFlag) ? langFlag : undefined, env) };

  cli
    .command('build <...outlines>', 'Build the .pptx briefing deck of each outline (files, folders of *.yaml, patterns with * and **); PDF, PNG and handout through LibreOffice')
    .option('-o, --output <file|dir>', 'Where to write: a .pptx, a .pdf (the PDF alone), or a folder (default: output/<outline name>.pptx); a folder when several outlines are built')
    .option('--pdf', 'Also write a PDF beside the deck (needs LibreOffice)')
    .option('--png <dir>', 'Also write one PNG per slide and a contact sheet into <dir> (needs LibreOffice and pdftoppm)')
    .option('--handout', 'Also write <name>-handout.pdf: each slide with its speaker notes under it (needs LibreOffice)')
    .option('-t, --template <name|dir>', 'Built-in template name or template folder (wins over the outline’s `template:`)')
    .option('--force', 'Write over an output that is not a deck (briefdeck otherwise replaces only decks)')
    .option('--strict', 'Treat every warning as an error (a list continued on a new slide, a duplicate title, low contrast, a figure unlike its report)')
    .option('--allow-outside', 'Let slides show pictures from outside the outline’s folder (they are refused by default)')
    .option('-q, --quiet', 'Print no warnings')
    .option('--verbose', 'Print the time each stage took')
    .example('briefdeck build outline/sanlian.yaml')
    .example('briefdeck build outline/sanlian.yaml -t gov-blue -o output/blue.pptx')
    .example('briefdeck build outline/sanlian.yaml --pdf --png output/png --handout')
    .example('briefdeck build outline/sanlian.yaml -o output/sanlian.pdf')
    .example('briefdeck build schools/ -o output/schools/        # every schools/*.yaml, in parallel')
    .example('briefdeck build "reports/**/*.yaml"')
    .action((outlines: string[], flags: BuildFlags) => {
      action = async () => (await import('./commands/build.js')).runBuild(outlines, flags, o, true);
    });

  cli
    .command('check <...outlines>', 'Validate and lay out outlines without writing anything; check their figures against the report and list the report’s figures no slide shows')
    .option('-t, --template <name|dir>', 'Built-in template name or template folder')
    .option('--source <report>', 'Check the figures against this report (.txt, .md, .docx or a text PDF) instead of the outline’s `source:`')
    .option('--strict', 'Treat every warning as an error (a list continued on a new slide, a duplicate title, low contrast, a figure unlike its report); the report’s figures no slide shows stay a note')
    .option('--allow-outside', 'Let slides show pictures from outside the outline’s folder (they are refused by default)')
    .option('-q, --quiet', 'Print no warnings')
    .option('--verbose', 'Print the time each stage took')
    .example('briefdeck check outline/sanlian.yaml')
    .example('briefdeck check outline/')
    .example('briefdeck check draft.yaml --source 报告.txt')
    .action((outlines: string[], flags: BuildFlags) => {
      action = async () => (await import('./commands/build.js')).runBuild(outlines, flags, o, false);
    });

  cli
    .command('draft <report>', 'Draft an outline from a report (.txt, .md, .docx, text .pdf): sections, key sentences, every figure with its source quote')
    .option('-o, --output <file>', 'Where to write the outline (default: <report name>.yaml here)')
    .option('--force', 'Replace an existing outline')
    .option('--figures', 'Print every figure of the report instead, one JSON object a line (value as written, unit, approx, change, sentence, section); write nothing')
    .example('briefdeck draft 报告.docx -o outline/draft.yaml')
    .example('briefdeck draft report.txt -o draft.yaml && briefdeck build draft.yaml')
    .example('briefdeck draft 报告.pdf --figures > figures.jsonl')
    .action((reportPath: string, flags: { output?: string; force?: boolean; figures?: boolean }) => {
      // loaded only for `draft`: the Word and PDF readers are loaded by it, when such a file is read
      action = async () => (await import('./commands/draft.js')).runDraft(reportPath, flags, o);
    });

  cli
    .command('init [file]', 'Write a commented outline to start from (default: outline.yaml), with one slide of each type; never writes over a file')
    .example('briefdeck init')
    .example('briefdeck init brief.yaml --lang zh')
    .action((file: string | undefined) => {
      action = async () => (await import('./commands/init.js')).runInit(file, o);
    });

  cli
    .command('watch <outline>', 'Rebuild the deck whenever the outline or its template changes; --preview shows it live in a browser')
    .option('-o, --output <file>', 'Where to write the deck (default: output/<outline name>.pptx)')
    .option('-t, --template <name|dir>', 'Built-in template name or template folder (wins over the outline’s `template:`)')
    .option('--preview', 'Also serve a live preview page on 127.0.0.1 (prints its URL)')
    .option('--port <n>', 'Port of the preview (default: 4173, or the next free one; implies --preview)')
    .option('--force', 'Write over an output that is not a deck (briefdeck otherwise replaces only decks)')
    .option('--strict', 'Treat every warning as an error (a list continued on a new slide, a duplicate title, low contrast, a figure unlike its report)')
    .option('--allow-outside', 'Let slides show pictures from outside the outline’s folder (they are refused by default)')
    .option('-q, --quiet', 'Print no warnings')
    .example('briefdeck watch outline/sanlian.yaml')
    .example('briefdeck watch outline/sanlian.yaml --preview --port 8080')
    .action((outline: string, flags: { output?: string; template?: string; preview?: boolean; port?: string | number; force?: boolean; quiet?: boolean; strict?: boolean; allowOutside?: boolean }) => {
      // loaded only for `watch`: the other commands do not pay for chokidar and the preview server
      action = async () => (await import('./commands/watch.js')).runWatch(outline, flags, o);
    });

  cli
    .command('templates', 'List the built-in templates')
    .example('briefdeck templates')
    .action(() => {
      action = async () => (await import('./commands/templates.js')).runTemplates(o);
    });

  cli
    .command('template <action> [...args]', 'Make a template folder: `new <dir>` from a built-in, `import <file.pptx> <dir>` from a deck; `check <dir>` lists its warnings, `preview <dir>` draws a sample')
    .usage('template new <dir> [--from NAME]\n  $ briefdeck template import <file.pptx|file.potx|file.thmx|file.odp> <dir> [--from NAME]\n  $ briefdeck template check <dir>\n  $ briefdeck template preview <dir>')
    .option('--from <name|dir>', `Template the new one extends (default: party-red)`)
    .option('-q, --quiet', 'Print no warnings')
    .example('briefdeck template new brand/acme')
    .example('briefdeck template new brand/acme --from gov-blue')
    .example('briefdeck template import 单位模板.potx brand/unit')
    .example('briefdeck template check brand/unit')
    .example('briefdeck template preview brand/unit')
    .action((templateAction: string, args: string[], flags: { from?: string; quiet?: boolean }) => {
      action = async () => (await import('./commands/templates.js')).runTemplate(templateAction, args, flags, o);
    });

  cli.option('--debug', 'Show the stack of internal errors');
  cli.option('--lang <en|zh>', 'Language of messages (default: from LC_ALL / LC_MESSAGES / LANG; zh_* is Chinese, else English)');
  cli.help();
  cli.version(version());

  // commands are loaded when they run: --help and --version load none of the pipeline
  // cac prints help and version on the console; send them where this run's output goes
  const log = console.log;
  const info = console.info;
  let toErr = false;
  console.log = console.info = (...args: unknown[]) => (toErr ? o.err : o.out)(args.join(' ') + '\n');
  try {
    // the option parser reads `-o ""` as the number 0: an empty file name is a mistake to report
    if (langFlag !== undefined && !parseMessageLang(langFlag)) throw new UsageError(both(USAGE.badLang, { value: langFlag }));
    const empty = argv.findIndex((a, i) => a === '--output=' || a === '-o=' || ((a === '-o' || a === '--output') && argv[i + 1] !== undefined && argv[i + 1]!.trim() === ''));
    if (empty >= 0) throw new UsageError(both(USAGE.emptyOutput, {}));
    const parsed = cli.parse(['node', 'briefdeck', ...argv], { run: false });
    if (parsed.options.help || parsed.options.version) return EXIT.ok;
    if (!cli.matchedCommand) {
      if (argv.length === 0) {
        toErr = true;
        cli.outputHelp();
        return EXIT.usage;
      }
      throw new UsageError(both(USAGE.unknownCommand, { command: argv[0]! }));
    }
    // cac collects a repeated option into an array (under its long and short name)
    const repeated = Object.entries(parsed.options)
      .filter(([k, v]) => k !== '--' && Array.isArray(v))
      .sort(([a], [b]) => b.length - a.length)[0];
    if (repeated) throw new UsageError(both(USAGE.repeated, { option: repeated[0] }));
    cli.runMatchedCommand();
  } catch (err) {
    return usage(err, o);
  } finally {
    console.log = log;
    console.info = info;
  }
  if (!action) return EXIT.ok;
  try {
    return await action();
  } catch (err) {
    if (err instanceof DeckError) {
      o.err(formatDiagnostics(err.diagnostics, o) + '\n');
      return err.code === 'USAGE' ? EXIT.usage : EXIT.input;
    }
    if (err instanceof UsageError) return usage(err, o);
    // with --debug, the stack says where instead of the hint
    const failed = report(INTERNAL.failed, { error: (err as Error)?.message ?? String(err) }, debug ? {} : { hint: INTERNAL.hint });
    o.err(`${formatDiagnostic(failed, o)}\n`);
    if (debug) o.err(`${(err as Error)?.stack ?? ''}\n`);
    return EXIT.internal;
  }
}

/** The value of --lang / --lang=…, if given. */
function langArgument(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang') return argv[i + 1] ?? '';
    if (a.startsWith('--lang=')) return a.slice('--lang='.length);
  }
  return undefined;
}

/** `USAGE message` and the hint to read the help, in the user's language (the option parser's errors too). */
function usage(err: unknown, o: Output): number {
  const text = err instanceof UsageError ? err.text : cacError((err as Error)?.message ?? String(err));
  o.err(`${formatDiagnostic(reportText('USAGE', text, both(USAGE.hint, {})), o)}\n`);
  return EXIT.usage;
}
