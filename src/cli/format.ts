/**
 * Terminal output: diagnostics as `FILE:LINE:COLUMN CODE path: message` with a code frame
 * and a hint, colours only on a terminal that wants them.
 */
import { WORDS } from '../core/catalogue/page.js';
import { localized, say, type MessageLang } from '../core/catalogue/define.js';
import type { Diagnostic } from '../core/errors.js';

export interface Output {
  out(text: string): void;
  err(text: string): void;
  color: boolean;
  /** Output goes to a terminal: progress lines may be drawn over (several outlines). */
  tty?: boolean;
  /** The language of messages (main() sets it from --lang or the locale); English when absent. */
  lang?: MessageLang;
}

/** The words around diagnostics, in both languages (in the catalogue: the preview page says them too). */
export { WORDS };

/** The language of an Output. */
export function langOf(o: Output): MessageLang {
  return o.lang ?? 'en';
}

// ANSI codes, applied when the caller decided the output wants colour (terminalOutput does)
const STYLES = { bold: [1, 22], red: [31, 39], green: [32, 39], yellow: [33, 39], cyan: [36, 39], dim: [2, 22] } as const;
type Style = keyof typeof STYLES;

export function paint(o: Output, style: Style, text: string): string {
  if (!o.color) return text;
  const [on, off] = STYLES[style];
  return `\u001b[${on}m${text}\u001b[${off}m`;
}

export function formatDiagnostic(d: Diagnostic, o: Output): string {
  const lang = langOf(o);
  const { message, hint } = localized(d, lang);
  const where = d.pos ? `${d.pos.file}:${d.pos.line}:${d.pos.column} ` : '';
  const path = d.pos?.path ? `${d.pos.path}: ` : '';
  const label = d.severity === 'warning' ? paint(o, 'yellow', `${d.code} (${say(WORDS.warning, {}, lang)})`) : paint(o, 'red', d.code);
  const lines = [`${paint(o, 'bold', where)}${label} ${path}${message}`];
  if (d.frame) lines.push(d.frame.split('\n').map((l) => `  ${l}`).join('\n'));
  if (hint) lines.push(`  ${paint(o, 'cyan', say(WORDS.hint, {}, lang))}${lang === 'zh' ? '' : ' '}${hint}`);
  return lines.join('\n');
}

/** Problems printed in full; the rest are counted (20,000 schema errors are not 5 MB of output). */
export const MAX_PRINTED = 50;

export function formatDiagnostics(list: readonly Diagnostic[], o: Output): string {
  const errors = list.filter((d) => d.severity === 'error').length;
  const warnings = list.length - errors;
  let body = list
    .slice(0, MAX_PRINTED)
    .map((d) => formatDiagnostic(d, o))
    .join('\n\n');
  const lang = langOf(o);
  if (list.length > MAX_PRINTED) body += `\n\n${say(WORDS.more, { n: list.length - MAX_PRINTED }, lang)}`;
  const counts = [errors ? say(WORDS.errors, { n: errors }, lang) : '', warnings ? say(WORDS.warnings, { n: warnings }, lang) : ''].filter(Boolean).join(lang === 'zh' ? '，' : ', ');
  return counts ? `${body}\n\n${paint(o, errors ? 'red' : 'yellow', counts)}` : body;
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}
