/** `briefdeck draft REPORT -o outline.yaml`: a first outline from a report (src/draft/); `--figures`: the report's figures. */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { writeFileAtomic } from '../../core/atomic-write.js';
import { both, report, say } from '../../core/catalogue/define.js';
import { DRAFT } from '../../core/catalogue/draft.js';
import { DeckError } from '../../core/errors.js';
import { displayPath } from '../../build.js';
import { draftOutline } from '../../draft/draft.js';
import { analyseReport } from '../../report/analyse.js';
import { readReport } from '../../report/read.js';
import { formatDiagnostics, langOf, paint, seconds, type Output } from '../format.js';

export interface DraftFlags {
  output?: string;
  force?: boolean;
  figures?: boolean;
}

export async function runDraft(reportPath: string, flags: DraftFlags, o: Output, cwd = process.cwd()): Promise<number> {
  const started = performance.now();
  const abs = resolve(cwd, reportPath);
  if (flags.figures) return printFigures(abs, reportPath, o);
  // -o names the outline, or a folder to put <report name>.yaml in (as build's -o does for decks)
  const name = `${basename(reportPath, extname(reportPath))}.yaml`;
  const flag = flags.output === undefined ? undefined : String(flags.output);
  let out = resolve(cwd, flag ?? name);
  if (flag !== undefined && (/[\\/]$/.test(flag) || (existsSync(out) && statSync(out).isDirectory()))) out = join(out, name);
  const shown = displayPath(out, cwd);
  if (existsSync(out) && existsSync(abs) && realpathSync(out) === realpathSync(abs)) throw new DeckError(report(DRAFT.isReport, { file: shown }));
  if (existsSync(out) && !flags.force) throw new DeckError(report(DRAFT.exists, { file: shown }));
  const { text } = await readReport(abs, reportPath);
  // the report the checks read, relative to the outline, with / on every system (Word and PDF reports too)
  const source = relative(dirname(out), abs).split(sep).join('/');
  const lang = langOf(o);
  const { yaml, plan, slides, leftOut, problems } = draftOutline(text, { reportName: basename(reportPath), lang, source, dir: dirname(out), outline: out });
  // page furniture and nothing else (a site's empty page): no article to draft
  if (!plan.sections.length) throw new DeckError(report(DRAFT.noArticle, { file: reportPath }));
  writeFileAtomic(out, new TextEncoder().encode(yaml), shown, { hint: both(DRAFT.writeHint, {}), locked: both(DRAFT.lockedHint, {}) });
  // what the draft could not mend so that it lays out clean (none, normally): said, not hidden, and the exit code says so
  if (problems.length) o.err(formatDiagnostics([...problems], o) + '\n');
  const onSlides = plan.figures.length - leftOut.length;
  o.out(`${paint(o, problems.length ? 'yellow' : 'green', problems.length ? '!' : '✓')} ${say(DRAFT.drafted, { file: shown, sections: plan.sectioned ? plan.sections.length : 0, slides, shown: onSlides, figures: plan.figures.length, time: seconds(performance.now() - started) }, lang)}\n`);
  return problems.some((d) => d.severity === 'error') ? 1 : 0;
}

/** One JSON object a line: every figure of the report as written, with its clause and section. */
async function printFigures(abs: string, reportPath: string, o: Output): Promise<number> {
  const { text } = await readReport(abs, reportPath);
  const a = analyseReport(text);
  const lines = a.figures.map((f) =>
    JSON.stringify({
      value: f.written,
      unit: f.unit,
      approx: f.approx,
      change: f.change,
      ...(f.range ? { range: true } : {}),
      ...(f.sharedUnit ? { shared_unit: true } : {}),
      sentence: f.clause.text,
      section: f.section?.text ?? '',
    }),
  );
  o.out(lines.length ? `${lines.join('\n')}\n` : '');
  return 0;
}

