/** `briefdeck build` and `briefdeck check`. */
import { build, displayPath } from '../../build.js';
import { BUILD } from '../../core/catalogue/cli.js';
import { say } from '../../core/catalogue/define.js';
import { formatDiagnostics, langOf, paint, seconds, type Output } from '../format.js';

export interface BuildFlags {
  output?: string;
  force?: boolean;
  allowOutside?: boolean;
  template?: string;
  quiet?: boolean;
  verbose?: boolean;
  strict?: boolean;
  source?: string;
}

export async function runBuild(outline: string, flags: BuildFlags, o: Output, write = true): Promise<number> {
  const started = performance.now();
  // -o "" is a mistake to report, not the default: pass whatever was given
  const output = flags.output === undefined ? {} : { output: String(flags.output) };
  const result = await build({ outline, write, ...output, ...(flags.template ? { template: flags.template } : {}), ...(flags.force ? { force: true } : {}), ...(flags.strict ? { strict: true } : {}), ...(flags.allowOutside ? { allowOutside: true } : {}), ...(flags.source !== undefined ? { source: String(flags.source) } : {}) });
  if (result.warnings.length && !flags.quiet) o.err(formatDiagnostics(result.warnings, o) + '\n');
  const n = result.deck.slides.length;
  const lang = langOf(o);
  if (flags.verbose) {
    const t = result.timings;
    const rss = Math.round(process.resourceUsage().maxRSS / 1024);
    const stages = { startup: Math.round(started), load: Math.round(t.load), layout: Math.round(t.layout), render: Math.round(t.render), write: Math.round(t.write), rss };
    o.err(`${say(BUILD.stages, stages, lang)}\n`);
  }
  const elapsed = seconds(performance.now() - started);
  if (write) {
    const size = `${Math.round((result.bytes ?? 0) / 1024)} KB`;
    o.out(`${paint(o, 'green', '✓')} ${say(BUILD.built, { file: displayPath(result.output!), slides: n, size, time: elapsed }, lang)}\n`);
  } else {
    o.out(`${paint(o, 'green', '✓')} ${say(BUILD.checked, { file: result.doc.file.source.file, slides: n, template: result.deck.theme.name, time: elapsed }, lang)}\n`);
  }
  return 0;
}
