// The preview server over HTTP, without a browser: routes, the event stream, the download,
// the host check, the choice of port and the page's language.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startPreviewServer, type PreviewServer } from '../../src/watch/server.js';
import { createWatcher, type Watcher } from '../../src/watch/watcher.js';

const OUTLINE = (title = '服务器测试') => `title: ${title}
slides:
  - type: points
    title: 要点
    points:
      - 第一点
`;

let dir: string;
let watcher: Watcher | undefined;
let server: PreviewServer | undefined;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bd-serve-'));
});
afterEach(async () => {
  await watcher?.close();
  await server?.close();
  watcher = server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

async function start(template?: string) {
  const outline = path.join(dir, 'deck.yaml');
  writeFileSync(outline, `${template ? `template: ${template}\n` : ''}${OUTLINE()}`);
  const output = path.join(dir, '汇报.pptx');
  server = await startPreviewServer({ port: 0, outline, output, cwd: dir });
  const s = server;
  watcher = createWatcher({ outline, output, cwd: dir, onBuild: (e) => s.publish(e), onError: (e) => s.publish(e) });
  await watcher.ready;
  return { outline, output, server: s };
}

function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((done, fail) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('startPreviewServer', () => {
  // hostile input #15: another site must not show the preview in a frame
  it('forbids framing on every response: X-Frame-Options and frame-ancestors', async () => {
    const { server: s } = await start();
    for (const route of ['', 'state.json', 'deck.pptx', 'nothing-here']) {
      const r = await get(s.url + route);
      expect(r.headers['x-frame-options'], route).toBe('DENY');
      expect(String(r.headers['content-security-policy']), route).toContain("frame-ancestors 'none'");
    }
  });

  it('listens on 127.0.0.1 only and serves the page with every slide', async () => {
    const { server: s } = await start();
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const r = await get(s.url);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = r.body.toString('utf8');
    expect(html).toContain('<section class="bd-slide" id="slide-1"');
    expect(html).toContain('服务器测试');
    expect(html).toContain('href="deck.pptx?v=');
  });

  it('the page takes the deck’s language; a failed build keeps the last good deck’s; before any deck, zh-CN', async () => {
    const { outline, server: s } = await start();
    const lang = async () => (await get(s.url)).body.toString('utf8').match(/^<!doctype html>\n<html lang="([^"]*)">/)?.[1];
    expect(await lang()).toBe('zh-CN');

    writeFileSync(outline, 'lang: en\ntitle: English now\nslides:\n  - type: points\n    title: Points\n    points:\n      - One\n');
    await until(() => s.state().title === 'English now', 'the English build');
    expect(s.state().lang).toBe('en');
    expect(await lang()).toBe('en');

    const v = s.state().version;
    writeFileSync(outline, 'lang: en\ntitle: [broken\n');
    await until(() => s.state().version > v, 'the failed build');
    expect(s.state().errors.length).toBeGreaterThan(0);
    expect(await lang()).toBe('en');
    expect(JSON.parse((await get(`${s.url}state.json`)).body.toString('utf8')).lang).toBe('en');
  });

  it('a page whose first build failed is zh-CN, the outlines’ default', async () => {
    const outline = path.join(dir, 'broken.yaml');
    writeFileSync(outline, 'lang: en\ntitle: [broken\n');
    server = await startPreviewServer({ port: 0, outline, output: path.join(dir, 'broken.pptx'), cwd: dir });
    const s = server;
    watcher = createWatcher({ outline, output: path.join(dir, 'broken.pptx'), cwd: dir, onBuild: (e) => s.publish(e), onError: (e) => s.publish(e) });
    expect((await watcher.ready).type).toBe('error');
    const html = (await get(s.url)).body.toString('utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(html).toContain('No slides yet');
  });

  it('serves the current deck as a download', async () => {
    const { server: s } = await start();
    const r = await get(`${s.url}deck.pptx`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.presentationml.presentation');
    expect(r.headers['content-disposition']).toBe(`attachment; filename="__.pptx"; filename*=UTF-8''${encodeURIComponent('汇报.pptx')}`);
    expect(r.body.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  });

  it('refuses another host name (DNS rebinding) and unknown routes', async () => {
    const { server: s } = await start();
    expect((await get(s.url, { Host: `evil.example:${s.port}` })).status).toBe(403);
    expect((await get(`${s.url}assets/0123456789abcdef.png`)).status).toBe(404);
    expect((await get(`${s.url}../../etc/passwd`)).status).toBe(404);
    expect((await get(`http://localhost:${s.port}/state.json`)).status).toBe(200);
  });

  it('sends the state as a server-sent event on connect and after each build', async () => {
    const { outline, server: s } = await start();
    const events: { version: number; status: string; slides: string; errors: unknown[] }[] = [];
    const req = request(`${s.url}events`);
    let buf = '';
    const connected = new Promise<void>((ok) =>
      req.on('response', (res) => {
        expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          buf += c;
          let i;
          while ((i = buf.indexOf('\n\n')) >= 0) {
            const block = buf.slice(0, i);
            buf = buf.slice(i + 2);
            const data = block.split('\n').find((l) => l.startsWith('data: '));
            if (data) events.push(JSON.parse(data.slice(6)));
          }
        });
        ok();
      }),
    );
    req.end();
    await connected;
    const wait = async (n: number) => {
      const end = Date.now() + 4000;
      while (events.length < n && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      expect(events.length).toBeGreaterThanOrEqual(n);
    };
    await wait(1);
    expect(events[0]!.slides).toContain('服务器测试');

    writeFileSync(outline, OUTLINE('第二版标题'));
    await wait(2);
    expect(events[1]!.version).toBe(events[0]!.version + 1);
    expect(events[1]!.slides).toContain('第二版标题');
    expect(events[1]!.status).toMatch(/changed: 1 第二版标题/);

    writeFileSync(outline, 'title: [broken\n');
    await wait(3);
    expect(events[2]!.errors.length).toBeGreaterThan(0);
    expect(events[2]!.errors[0]).toMatchObject({ code: 'OUTLINE_YAML', pos: { file: 'deck.yaml' } });
    expect((events[2]!.errors[0] as { href: string }).href).toMatch(/^vscode:\/\/file\/.*deck\.yaml:\d+:\d+$/);
    // the last good slides stay
    expect(events[2]!.slides).toBe(events[1]!.slides);
    req.destroy();
  });

  it('serves the pictures of the current deck (a template logo) under /assets/', async () => {
    mkdirSync(path.join(dir, 'brand'));
    // a 1 × 1 PNG
    const logo = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    writeFileSync(path.join(dir, 'brand', 'logo.png'), logo);
    writeFileSync(path.join(dir, 'brand', 'template.yaml'), 'extends: party-red\nname: brand\nlogo:\n  path: logo.png\n');
    const { server: s } = await start('./brand');
    const html = (await get(s.url)).body.toString('utf8');
    const src = html.match(/<img class="bd-box bd-image"[^>]* src="(assets\/[0-9a-f]{16}\.png)"/);
    expect(src).toBeTruthy();
    const r = await get(`${s.url}${src![1]}`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('image/png');
    expect(r.body.equals(readFileSync(path.join(dir, 'brand', 'logo.png')))).toBe(true);
  });

  it('takes the next free port when the asked one is busy', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const busy = (blocker.address() as { port: number }).port;
    try {
      server = await startPreviewServer({ port: busy, outline: path.join(dir, 'x.yaml'), output: path.join(dir, 'x.pptx') });
      expect(server.port).toBeGreaterThan(busy);
      expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    } finally {
      blocker.close();
    }
  });
});
