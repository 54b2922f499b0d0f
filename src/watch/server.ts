/**
 * The live preview's server (node:http, bound to 127.0.0.1 only):
 *   GET /            the page (src/watch/page/: shell, style and script; the slides drawn by
 *                    src/render/html.ts): every slide of the last good deck, in its language
 *   GET /events      server-sent events: one `state` event per build or failed build
 *   GET /deck.pptx   the current .pptx, as a download
 *   GET /assets/ID   the pictures the slides show (only those of the current deck)
 *   GET /state.json  what the page shows, as JSON
 * Requests that do not name this server as 127.0.0.1 or localhost are refused, so a web
 * page elsewhere cannot read the deck through a rebound host name.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, isAbsolute, resolve } from 'node:path';
import { displayPath } from '../build.js';
import { SERVER } from '../core/catalogue/cli.js';
import { PAGE } from '../core/catalogue/page.js';
import { report, say, type MessageLang, type Phrase } from '../core/catalogue/define.js';
import { DeckError, type Diagnostic } from '../core/errors.js';
import { assetId, deckImages, editorLink, renderSlidesHtml } from '../render/html.js';
import { renderPreviewPage, type PageDiagnostic, type PreviewState } from './page/page.js';
import type { WatchBuild, WatchEvent } from './watcher.js';

/**
 * Every response: not cached, not sniffed, and never shown inside another site's frame (a page
 * elsewhere could otherwise frame the preview and trick a click).
 */
const SAFE_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "frame-ancestors 'none'",
} as const;

export const DEFAULT_PORT = 4173;
export const HOST = '127.0.0.1';
const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export interface PreviewServerOptions {
  /** First port to try; the next free one is taken when it is busy. 0: any free port. Default 4173. */
  port?: number;
  /** How many ports to try from `port` on; default 50. */
  tries?: number;
  /** The working folder positions are relative to (for editor links). */
  cwd?: string;
  /** The outline's absolute path and the output's. */
  outline: string;
  output: string;
  /** The language of the page's own words and of the messages it shows (the user's, not the deck's); default English. */
  lang?: MessageLang;
}

export interface PreviewServer {
  readonly url: string;
  readonly port: number;
  /** Shows a build or a failure: renders the slides (for builds) and sends the event to every page. */
  publish(event: WatchEvent): void;
  /** What the page shows now. */
  state(): PreviewState;
  /** Called after each event was written to the open pages (for measurements). */
  onSent?: (version: number, clients: number) => void;
  /** Closes every connection and the server. */
  close(): Promise<void>;
}

function listen(server: Server, port: number, tries: number): Promise<number> {
  return new Promise((done, fail) => {
    let p = port;
    const attempt = () => {
      const onError = (err: NodeJS.ErrnoException) => {
        server.off('listening', onListening);
        if (err.code === 'EADDRINUSE' && port !== 0 && p < port + tries - 1 && p < 65535) {
          p++;
          attempt();
        } else if (err.code === 'EADDRINUSE') {
          fail(new DeckError(report(SERVER.noFreePort, { from: port, to: p, host: HOST })));
        } else fail(err);
      };
      const onListening = () => {
        server.off('error', onError);
        done((server.address() as AddressInfo).port);
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(p, HOST);
    };
    attempt();
  });
}

export async function startPreviewServer(opts: PreviewServerOptions): Promise<PreviewServer> {
  const cwd = opts.cwd ?? process.cwd();
  const absolutes = new Map<string, string>();
  const absolutePath = (file: string) => {
    let abs = absolutes.get(file);
    if (abs === undefined) {
      const a = resolve(cwd, file);
      abs = isAbsolute(file) ? file : existsSync(a) ? a : resolve(file);
      absolutes.set(file, abs);
    }
    return abs;
  };
  const linked = (list: readonly Diagnostic[]): PageDiagnostic[] => list.map((d) => (d.pos?.file ? { ...d, href: editorLink(d.pos, absolutePath) } : { ...d }));
  const outlineName = displayPath(opts.outline, cwd);
  const outputName = basename(opts.output);
  const lang = opts.lang ?? 'en';
  /** A plain response's text, in the user's language. */
  const text = (p: Phrase<Record<string, never>>) => `${say(p, {}, lang)}\n`;

  let state: PreviewState = {
    version: 0,
    title: outlineName,
    // the outlines' default until a deck says otherwise; a failed build keeps the last deck's
    lang: 'zh-CN',
    outline: outlineName,
    slides: '',
    slideCount: 0,
    status: say(PAGE.building, {}, lang),
    messageLang: lang,
    errors: [],
    warnings: [],
  };
  let assets = new Map<string, { path: string; type: string }>();
  let message = '';
  const clients = new Set<ServerResponse>();

  const sse = (s: PreviewState) => `event: state\nid: ${s.version}\ndata: ${JSON.stringify(s)}\n\n`;

  const hostOk = (req: IncomingMessage, port: number): boolean => {
    const host = (req.headers.host ?? '').toLowerCase();
    return host === `${HOST}:${port}` || host === `localhost:${port}` || (port === 80 && (host === HOST || host === 'localhost'));
  };

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
    res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...SAFE_HEADERS, ...extra });
    res.end(res.req.method === 'HEAD' ? undefined : body);
  };

  const sendFile = (res: ServerResponse, path: string, type: string, extra: Record<string, string> = {}) => {
    let size: number;
    try {
      const st = statSync(path);
      if (!st.isFile()) throw new Error('not a file');
      size = st.size;
    } catch {
      send(res, 404, 'text/plain; charset=utf-8', text(SERVER.noDeck));
      return;
    }
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': size, ...SAFE_HEADERS, ...extra });
    if (res.req.method === 'HEAD') {
      res.end();
      return;
    }
    // the rename that puts a new deck in place does not disturb a read already open
    createReadStream(path)
      .on('error', () => res.destroy())
      .pipe(res);
  };

  let port = 0;
  const server = createServer((req, res) => {
    if (!hostOk(req, port)) {
      send(res, 403, 'text/plain; charset=utf-8', text(SERVER.forbidden));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain; charset=utf-8', text(SERVER.methodNotAllowed), { Allow: 'GET, HEAD' });
      return;
    }
    const path = new URL(req.url ?? '/', `http://${HOST}`).pathname;
    if (path === '/' || path === '/index.html') {
      send(res, 200, 'text/html; charset=utf-8', renderPreviewPage(state));
    } else if (path === '/events') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', ...SAFE_HEADERS, Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
      res.flushHeaders();
      res.socket?.setNoDelay(true);
      // the current state at once: a page loaded before the last build catches up
      res.write(`retry: 500\n\n${message || sse(state)}`);
      clients.add(res);
      req.on('close', () => clients.delete(res));
    } else if (path === '/favicon.ico') {
      res.writeHead(204, { 'Cache-Control': 'max-age=3600' });
      res.end();
    } else if (path === '/state.json') {
      send(res, 200, 'application/json; charset=utf-8', JSON.stringify(state));
    } else if (path === '/deck.pptx') {
      const ascii = outputName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
      sendFile(res, opts.output, PPTX_TYPE, { 'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(outputName)}` });
    } else if (path.startsWith('/assets/')) {
      const id = path.slice('/assets/'.length).replace(/\.[a-z]+$/, '');
      const a = assets.get(id);
      if (a) sendFile(res, a.path, a.type);
      else send(res, 404, 'text/plain; charset=utf-8', text(SERVER.notFound));
    } else {
      send(res, 404, 'text/plain; charset=utf-8', text(SERVER.notFound));
    }
  });
  server.keepAliveTimeout = 2000;
  port = await listen(server, opts.port ?? DEFAULT_PORT, opts.tries ?? 50);
  const heartbeat = setInterval(() => {
    for (const c of clients) c.write(': keep-alive\n\n');
  }, 15_000);
  heartbeat.unref();

  const preview: PreviewServer = {
    url: `http://${HOST}:${port}/`,
    port,
    state: () => state,
    publish(event) {
      const next: PreviewState = { ...state, version: state.version + 1, status: event.line };
      if (event.type === 'build') {
        const b: WatchBuild = event;
        next.title = b.deck.title || outlineName;
        next.lang = b.deck.lang;
        next.slides = renderSlidesHtml(b.deck, { absolutePath });
        next.slideCount = b.deck.slides.length;
        next.errors = [];
        next.warnings = linked(b.warnings);
        if (b.output) next.download = { url: 'deck.pptx', name: outputName };
        assets = new Map(deckImages(b.deck).map((img) => [assetId(img.path), { path: img.path, type: img.kind === 'jpeg' ? 'image/jpeg' : 'image/png' }]));
      } else {
        next.errors = linked(event.diagnostics.filter((d) => d.severity === 'error'));
        if (next.errors.length === 0) next.errors = linked(event.diagnostics);
      }
      state = next;
      message = sse(state);
      for (const c of clients) c.write(message);
      preview.onSent?.(state.version, clients.size);
    },
    close() {
      clearInterval(heartbeat);
      for (const c of clients) c.end();
      clients.clear();
      return new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
    },
  };
  if (existsSync(opts.output)) preview.state().download = { url: 'deck.pptx', name: outputName };
  return preview;
}
