/** `briefdeck build` and `briefdeck check`. */
import { build, displayPath } from '../../build.js';
import { formatDiagnostics, paint, seconds, type Output } from '../format.js';

export interface BuildFlags {
  output?: string;
  force?: boolean;
  template?: string;
  quiet?: boolean;
  verbose?: boolean;
}

export async function runBuild(outline: string, flags: BuildFlags, o: Output, write = true): Promise<number> {
  const started = performance.now();
  // -o "" is a mistake to report, not the default: pass whatever was given
  const output = flags.output === undefined ? {} : { output: String(flags.output) };
  const result = await build({ outline, write, ...output, ...(flags.template ? { template: flags.template } : {}), ...(flags.force ? { force: true } : {}) });
  if (result.warnings.length && !flags.quiet) o.err(formatDiagnostics(result.warnings, o) + '\n');
  const n = result.deck.slides.length;
  if (flags.verbose) {
    const t = result.timings;
    const rss = Math.round(process.resourceUsage().maxRSS / 1024);
    o.err(`start-up ${Math.round(started)} ms · read+check ${Math.round(t.load)} ms · layout ${Math.round(t.layout)} ms · pptx ${Math.round(t.render)} ms · write ${Math.round(t.write)} ms · max RSS ${rss} MB\n`);
  }
  const elapsed = seconds(performance.now() - started);
  if (write) {
    const size = `${Math.round((result.bytes ?? 0) / 1024)} KB`;
    o.out(`${paint(o, 'green', '✓')} ${displayPath(result.output!)}  ${n} slides  ${size}  ${elapsed}\n`);
  } else {
    o.out(`${paint(o, 'green', '✓')} ${result.doc.file.source.file}: ${n} slides lay out cleanly with template ${result.deck.theme.name} (${elapsed}); nothing written\n`);
  }
  return 0;
}
