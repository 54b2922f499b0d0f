/**
 * The live preview's page: what it shows (PreviewState, sent whole with every server-sent
 * event) and the page itself (renderPreviewPage), drawn from three files in this folder:
 *   page.html  the shell, with placeholders in double braces
 *   page.css   its style
 *   client.ts  its script, compiled for the browser
 * (read through files.ts from the sources; built into the bundle by scripts/bundle.mjs).
 * The slides inside it are src/render/html.ts's renderSlidesHtml.
 *
 * The page is self-contained: style and script inline, nothing loaded from elsewhere but its
 * own server's /events, /deck.pptx and /assets/. Its `lang` is the deck's, so that screen
 * readers read it in the deck's language and the browser picks its fonts for that language:
 * while a build fails it is the last good deck's, and before any deck was built zh-CN (the
 * outlines' default language).
 */
import { PAGE } from '../../core/catalogue/page.js';
import { say, type MessageLang } from '../../core/catalogue/define.js';
import type { Diagnostic } from '../../core/errors.js';
import type { Lang } from '../../deck/model.js';
import { escapeHtml } from '../../render/html.js';
import { pageFiles } from './files.js';

/** A diagnostic as the page shows it, with the editor link of its position. */
export interface PageDiagnostic extends Diagnostic {
  href?: string;
}

/** What the page shows; sent whole with every server-sent event. */
export interface PreviewState {
  /** Increases with every build or failed build. */
  version: number;
  title: string;
  /** The page's language: the last good deck's (zh-CN before the first one). */
  lang: Lang;
  /**
   * The language of the page's own words (headings, status, hints) and of the messages it shows:
   * the user's (`watch`'s --lang or locale), not the deck's; English when absent.
   */
  messageLang?: MessageLang;
  /** The outline as the user named it. */
  outline: string;
  /** renderSlidesHtml of the last good deck ('' before the first one). */
  slides: string;
  slideCount: number;
  /** The one-line report of the last build (or failure). */
  status: string;
  /** Errors of the last build; empty when it succeeded. */
  errors: PageDiagnostic[];
  /** Warnings of the last good build. */
  warnings: PageDiagnostic[];
  /** Where the .pptx can be downloaded, when there is one. */
  download?: { url: string; name: string };
}

const PLACEHOLDERS = ['lang', 'title', 'css', 'version', 'outline', 'status', 'download-attrs', 'download-text', 'slides', 'script', 'state'] as const;
type Placeholder = (typeof PLACEHOLDERS)[number];

/** The shell split at its placeholders: text, name, text, name, …, text. */
interface Shell {
  parts: string[];
  names: Placeholder[];
  css: string;
  script: string;
}

let shell: Shell | undefined;

function loadShell(): Shell {
  if (shell) return shell;
  const { html, css, script } = pageFiles();
  // inlined, they must not end their element early
  if (/<\/style/i.test(css)) throw new Error('briefdeck preview: page.css must not contain </style');
  if (/<\/script/i.test(script)) throw new Error('briefdeck preview: the compiled client.ts must not contain </script');
  const parts: string[] = [];
  const names: Placeholder[] = [];
  let at = 0;
  // the shell's comments are for its readers, not for the browser
  const text = html.replace(/<!--[\s\S]*?-->\n?/g, '');
  for (const m of text.matchAll(/\{\{([a-z-]+)\}\}/g)) {
    const name = m[1] as Placeholder;
    if (!PLACEHOLDERS.includes(name) || names.includes(name)) throw new Error(`briefdeck preview: page.html has ${names.includes(name) ? 'a second' : 'an unknown'} placeholder {{${m[1]}}}`);
    parts.push(text.slice(at, m.index));
    names.push(name);
    at = m.index + m[0].length;
  }
  parts.push(text.slice(at));
  const missing = PLACEHOLDERS.filter((n) => !names.includes(n));
  if (missing.length) throw new Error(`briefdeck preview: page.html lacks ${missing.map((n) => `{{${n}}}`).join(', ')}`);
  return (shell = { parts, names, css, script });
}

function diagnosticsJson(list: readonly PageDiagnostic[]): PageDiagnostic[] {
  return list.map((d) => ({ ...d }));
}

/** The whole preview page: self-contained, nothing loaded from elsewhere but its own server's routes. */
export function renderPreviewPage(state: PreviewState): string {
  const s = loadShell();
  const dl = state.download;
  const lang = state.messageLang ?? 'en';
  // the initial state rides along as JSON, so the script shows errors and warnings the same way as later ones
  const initial = JSON.stringify({ ...state, slides: '', errors: diagnosticsJson(state.errors), warnings: diagnosticsJson(state.warnings) }).replace(/</g, '\\u003c');
  const values: Record<Placeholder, string> = {
    lang: escapeHtml(state.lang),
    title: escapeHtml(say(PAGE.title, { title: state.title, failed: state.errors.length > 0 }, lang)),
    css: s.css,
    version: String(state.version),
    outline: escapeHtml(state.outline),
    status: escapeHtml(state.status),
    'download-attrs': dl ? ` href="${escapeHtml(`${dl.url}?v=${state.version}`)}"` : ' hidden',
    'download-text': dl ? escapeHtml(say(PAGE.download, { name: dl.name }, lang)) : '',
    slides: state.slides || `<p class="empty">${escapeHtml(say(PAGE.empty, {}, lang))}</p>`,
    script: s.script,
    state: initial,
  };
  let out = s.parts[0]!;
  s.names.forEach((name, i) => {
    out += values[name] + s.parts[i + 1]!;
  });
  return out;
}
