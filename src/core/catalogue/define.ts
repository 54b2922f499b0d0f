/**
 * How a message is written once, in English and Chinese, with its parameters: the catalogue's
 * entries (catalogue/*.ts) are made with `message`, and raised with `report`, which fills in
 * both languages; the terminal, the watcher and the preview show the one the user reads.
 */
import type { Diagnostic, ErrorCode, Severity, SourcePos } from '../errors.js';

/** The languages of messages: English, and Chinese for the staff who write the outlines. */
export type MessageLang = 'en' | 'zh';

/** A text with parameters, in both languages. */
export interface Phrase<P> {
  en(p: P): string;
  zh(p: P): string;
}

export interface MessageDef<P> {
  code: ErrorCode;
  message: Phrase<P>;
  hint?: Phrase<P>;
}

/** A catalogue entry: the code it is reported under, what is wrong, and what to do. */
export function message<P = Record<string, never>>(code: ErrorCode, text: Phrase<P>, hint?: Phrase<P>): MessageDef<P> {
  return hint ? { code, message: text, hint } : { code, message: text };
}

/** A text of the interface (a summary line, a heading) in both languages. */
export function phrase<P = Record<string, never>>(text: Phrase<P>): Phrase<P> {
  return text;
}

export interface ReportExtra {
  pos?: SourcePos;
  frame?: string;
  severity?: Severity;
  /** A hint that replaces the entry's (rare: when the hint is itself a value, as a list of keys). */
  hint?: Phrase<unknown> | string;
}

/** A Diagnostic of a catalogue entry: English in `message`/`hint`, Chinese beside them. */
export function report<P>(def: MessageDef<P>, params: NoInfer<P>, extra: ReportExtra = {}): Diagnostic {
  const d: Diagnostic = { code: def.code, severity: extra.severity ?? 'error', message: def.message.en(params) };
  const zh: { message: string; hint?: string } = { message: def.message.zh(params) };
  const hint = extra.hint ?? def.hint;
  if (typeof hint === 'string') {
    d.hint = hint;
    zh.hint = hint;
  } else if (hint) {
    d.hint = (hint as Phrase<P>).en(params);
    zh.hint = (hint as Phrase<P>).zh(params);
  }
  d.zh = zh;
  if (extra.pos !== undefined) d.pos = extra.pos;
  if (extra.frame !== undefined) d.frame = extra.frame;
  return d;
}

/** The message and hint of a diagnostic in a language (English where there is no Chinese). */
export function localized(d: Diagnostic, lang: MessageLang): { message: string; hint?: string } {
  if (lang === 'zh' && d.zh) return d.zh;
  return d.hint === undefined ? { message: d.message } : { message: d.message, hint: d.hint };
}

/** A phrase in a language. */
export function say<P>(p: Phrase<P>, params: P, lang: MessageLang): string {
  return lang === 'zh' ? p.zh(params) : p.en(params);
}

/** `--lang`'s value as a message language; undefined for one briefdeck has no messages in. */
export function parseMessageLang(v: string): MessageLang | undefined {
  if (/^zh([-_].*)?$/i.test(v)) return 'zh';
  if (/^en([-_].*)?$/i.test(v)) return 'en';
  return undefined;
}

/**
 * The language of messages: `--lang` when given (en, zh, zh-CN, …), else the locale (LC_ALL,
 * then LC_MESSAGES, then LANG, as POSIX orders them: the first that is set decides; zh_* is
 * Chinese), else English.
 */
export function messageLang(flag?: string, env: Record<string, string | undefined> = process.env): MessageLang {
  if (flag) return parseMessageLang(flag) ?? 'en';
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

/** A finished text in both languages (what a slide type's own wording returns). */
export interface Localized {
  en: string;
  zh: string;
}

/** A Diagnostic of texts already written in both languages (for callers that compose them, as the schema messages do). */
export function reportText(code: ErrorCode, text: Localized | string, hint: Localized | string | undefined, extra: Omit<ReportExtra, 'hint'> = {}): Diagnostic {
  const en = typeof text === 'string' ? text : text.en;
  const zh = typeof text === 'string' ? text : text.zh;
  const d: Diagnostic = { code, severity: extra.severity ?? 'error', message: en, zh: { message: zh } };
  if (hint !== undefined) {
    d.hint = typeof hint === 'string' ? hint : hint.en;
    d.zh!.hint = typeof hint === 'string' ? hint : hint.zh;
  }
  if (extra.pos !== undefined) d.pos = extra.pos;
  if (extra.frame !== undefined) d.frame = extra.frame;
  return d;
}

/** Both languages of a phrase. */
export function both<P>(p: Phrase<P>, params: P): Localized {
  return { en: p.en(params), zh: p.zh(params) };
}
