import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../main/web-host/server';
import { testBackend } from '../helpers/backend';
import { tempDir } from '../helpers/temp';

let host: WebHost | null = null;
let cleanup: (() => void) | null = null;
afterEach(async () => {
  await host?.close();
  cleanup?.();
  host = null;
});

async function start(): Promise<WebHost> {
  const { backend } = testBackend();
  cleanup = () => backend.closeAll();
  const staticDir = tempDir('memoire-static-');
  writeFileSync(join(staticDir, 'index.html'), '<html><head><meta name="memoire-token" content="" /></head><body>app</body></html>');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  host = await startWebHost({ handlers: backend.handlers, staticDir });
  return host;
}

/** A raw HTTP request, so tests can send the headers a browser never would (another Host, no token…). */
function raw(
  h: WebHost,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: h.port, path: options.path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${h.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

const api = (h: WebHost, method: string, input: unknown, headers: Record<string, string> = {}) =>
  raw(h, {
    path: `/api/${method}`,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-memoire-token': h.token, ...headers },
    body: JSON.stringify(input),
  });

describe('web host', () => {
  it('listens on 127.0.0.1 only and hands the page its per-run token with a strict CSP', async () => {
    const h = await start();
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await raw(h, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="memoire-token" content="${h.token}" />`);
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(page.headers['content-security-policy'])).toContain("object-src 'none'");
    expect(h.token).toMatch(/^[0-9a-f]{48}$/);
  });

  it('serves the API to callers with the token, and refuses everyone else', async () => {
    const h = await start();
    const ok = await api(h, 'app.info', {});
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, result: { shell: 'web', nativeDialogs: false } });
    expect((await api(h, 'app.info', {}, { 'x-memoire-token': 'faux' })).status).toBe(401);
    expect((await raw(h, { path: '/api/app.info', method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(401);
    expect((await api(h, 'app.info', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api(h, 'app.info', {}, { host: 'evil.example' })).status).toBe(403);
    expect((await raw(h, { path: '/api/app.info', headers: { 'x-memoire-token': h.token } })).status).toBe(405);
    expect((await api(h, 'app.info', {}, { 'content-type': 'text/plain' })).status).toBe(415);
  });

  it('answers bad bodies and invalid inputs with French errors', async () => {
    const h = await start();
    const garbled = await raw(h, {
      path: '/api/app.info',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-memoire-token': h.token },
      body: '{pas du json',
    });
    expect(garbled.status).toBe(400);
    expect(JSON.parse(garbled.body).error.message).toBe('Requête illisible.');
    const invalid = JSON.parse((await api(h, 'memoire.open', { path: '' })).body);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('never serves files outside the renderer folder', async () => {
    const h = await start();
    expect((await raw(h, { path: '/assets/app.js' })).status).toBe(200);
    for (const path of ['/../../etc/passwd', '/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/%2e%2e%2fpackage.json', '/assets/%E0%A4%A']) {
      expect([403, 404]).toContain((await raw(h, { path })).status);
    }
  });
});
