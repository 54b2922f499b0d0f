/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The preview page's script, run by the browser (the page: page.html, its style: page.css).
 * Compiled by esbuild into one classic script (an IIFE) and inlined into the page by page.ts:
 * scripts/bundle.mjs does it when it bundles the CLI, files.ts when the sources run (tests).
 * Besides types, it imports only the message catalogue's words (core/catalogue/page.ts and
 * define.ts: plain functions), so nothing of Node comes along.
 *
 * - Follows the server's `events` stream: every build or failed build sends the whole state.
 * - Swaps the slides whose HTML changed in place (others stay untouched), keeps the scroll
 *   position and an open speaker-notes fold.
 * - Shows a failed build's errors as an overlay (file:line:column linked to the editor, the
 *   source frame, the hint) over the last good slides, and the warnings, folded, in the bar.
 * - Keeps the page's language (`<html lang>`) the deck's, the title and the download link.
 * - Scales every slide to the window (the --k of each frame), and opens the outline line a
 *   text box was written on when it is double-clicked.
 *
 * - Says its own words (headings, hints, the download link) in the user's language, the
 *   state's `messageLang`, and the messages too (their Chinese comes with each diagnostic).
 *
 * `window.__briefdeck` is how the page starts it (`apply(initial state, true)`) and how the
 * browser tests read the version shown.
 *
 * Type-checked with the rest of the project by `tsc --noEmit` (the DOM library comes from the
 * reference above).
 */
import { PAGE, WORDS } from '../../core/catalogue/page.js';
import { localized, say, type MessageLang } from '../../core/catalogue/define.js';
import type { PageDiagnostic, PreviewState } from './page.js';

declare global {
  interface Window {
    __briefdeck: {
      /** Shows a state; `initial`: the one the page was drawn with (its slides are already there). */
      apply(state: PreviewState, initial?: boolean): void;
      /** The version of the state shown. */
      version(): number;
    };
  }
}

function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`briefdeck preview: the page has no #${id}`);
  return el;
}

let version = Number(document.body.getAttribute('data-version'));
const slides = byId('slides');

/** Scales each slide to the window's width (at most 1280 px, at most 125 %). */
function fit(): void {
  const avail = Math.max(240, Math.min(window.innerWidth - 48, 1280));
  for (const frame of document.querySelectorAll<HTMLElement>('.bd-frame')) {
    const w = parseFloat(frame.style.getPropertyValue('--w')) || 960;
    const k = Math.min(avail / w, 1.25);
    frame.style.setProperty('--k', String(k));
    frame.parentElement?.style.setProperty('--w-css', `${w * k}px`);
  }
}

function esc(s: unknown): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `file:line:column`, linked to the editor when the server gave a link. */
function where(d: PageDiagnostic): string {
  if (!d.pos) return '';
  const t = esc(`${d.pos.file}:${d.pos.line}:${d.pos.column}`);
  return d.href ? `<a href="${esc(d.href)}">${t}</a>` : t;
}

function showErrors(errors: readonly PageDiagnostic[], lang: MessageLang): void {
  const o = byId('overlay');
  if (!errors.length) {
    o.hidden = true;
    o.innerHTML = '';
    return;
  }
  let h = `<h2>${esc(say(WORDS.errors, { n: errors.length }, lang))}</h2><ol>`;
  for (const d of errors) {
    const { message, hint } = localized(d, lang);
    h +=
      `<li><div><span class="where">${where(d)}</span> <span class="code">${esc(d.code)}</span> ` +
      `${d.pos?.path ? `${esc(d.pos.path)}: ` : ''}${esc(message)}</div>` +
      (d.frame ? `<pre>${esc(d.frame)}</pre>` : '') +
      (hint ? `<div class="hint">${esc(say(WORDS.hint, {}, lang))}${lang === 'zh' ? '' : ' '}${esc(hint)}</div>` : '') +
      '</li>';
  }
  h += `</ol><div class="keep">${esc(say(PAGE.keep, {}, lang))}</div>`;
  o.innerHTML = h;
  o.hidden = false;
}

function showWarnings(list: readonly PageDiagnostic[], lang: MessageLang): void {
  const w = byId('warnings');
  if (!list.length) {
    w.hidden = true;
    w.innerHTML = '';
    return;
  }
  let h = `<summary>${esc(say(WORDS.warnings, { n: list.length }, lang))}</summary><ul>`;
  for (const d of list) {
    const { message, hint } = localized(d, lang);
    const aside = hint ? (lang === 'zh' ? ` <i>（${esc(hint)}）</i>` : ` <i>(${esc(hint)})</i>`) : '';
    h += `<li>${where(d)} ${esc(d.code)} ${esc(message)}${aside}</li>`;
  }
  w.innerHTML = `${h}</ul>`;
  w.hidden = false;
}

/** Replaces the slides whose HTML changed, adds new ones, drops removed ones; the scroll stays. */
function swapSlides(html: string): void {
  const y = window.scrollY;
  const t = document.createElement('template');
  t.innerHTML = html;
  const next = Array.from(t.content.children);
  let old = Array.from(slides.children);
  if (!next.length) return;
  if (old[0]?.className === 'empty') {
    slides.innerHTML = '';
    old = [];
  }
  next.forEach((n, i) => {
    const o = old[i];
    if (!o) {
      slides.appendChild(n);
      return;
    }
    if (o.outerHTML !== n.outerHTML) {
      if (o.querySelector('details[open]')) {
        const d = n.querySelector('details');
        if (d) d.open = true;
      }
      slides.replaceChild(n, o);
    }
  });
  for (const o of old.slice(next.length)) slides.removeChild(o);
  fit();
  window.scrollTo(window.scrollX, y);
}

function apply(s: PreviewState, initial = false): void {
  if (!initial && s.version === version) return;
  version = s.version;
  document.body.setAttribute('data-version', String(version));
  if (!initial && !s.errors.length && s.slides) swapSlides(s.slides);
  // the deck's language; the page's own words are in the user's (messageLang)
  document.documentElement.lang = s.lang;
  const lang = s.messageLang ?? 'en';
  // the bar and the overlay speak the user's language when it is Chinese (screen readers and fonts
  // follow it there); in English they keep the deck's, as the slide titles in the status line do
  for (const id of ['bar', 'overlay']) {
    if (lang === 'zh') byId(id).lang = 'zh-CN';
    else byId(id).removeAttribute('lang');
  }
  byId('status').textContent = s.status;
  const dl = byId('download') as HTMLAnchorElement;
  if (s.download) {
    dl.href = `${s.download.url}?v=${version}`;
    dl.textContent = say(PAGE.download, { name: s.download.name }, lang);
    dl.hidden = false;
  }
  showErrors(s.errors, lang);
  if (!s.errors.length) showWarnings(s.warnings, lang);
  document.title = say(PAGE.title, { title: s.title, failed: s.errors.length > 0 }, lang);
}

window.__briefdeck = { apply, version: () => version };

slides.addEventListener('dblclick', (e) => {
  const target = e.target instanceof Element ? e.target.closest('[data-href]') : null;
  const href = target?.getAttribute('data-href');
  if (href) window.location.href = href;
});
window.addEventListener('resize', fit);
fit();
if ('EventSource' in window) {
  const events = new EventSource('events');
  events.addEventListener('state', (e) => apply(JSON.parse((e as MessageEvent<string>).data) as PreviewState));
}
