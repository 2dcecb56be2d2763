import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiHandlers } from '../../core/api/contract';
import { dispatchApiCall } from '../../core/api/dispatch';
import { MAX_REQUEST_BYTES } from '../../core/api/limits';
import { RENDERER_CSP, hostAllowed, tokensMatch } from '../shared/security';
import { readStaticFile } from '../shared/static-files';

/** Largest request body accepted (an image upload, base64). */

/** A running web host. */
export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Options of the web host. */
export interface WebHostOptions {
  handlers: ApiHandlers;
  /** The built renderer (vite build output). */
  staticDir: string;
  port?: number;
  token?: string;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...extra,
  });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES) throw new Error('too-large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Serves the built renderer and the API contract over HTTP on 127.0.0.1 only. Every API call needs
 * the per-run token (given to the page inside index.html) and a JSON body; anything else is refused.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('hex');
  let port = 0;

  const server: Server = createServer(async (req, res) => {
    try {
      if (!hostAllowed(req.headers.host, port)) return send(res, 403, 'Hôte refusé');
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return send(res, 405, 'Méthode refusée');
        const origin = req.headers.origin;
        if (origin && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) return send(res, 403, 'Origine refusée');
        if (!tokensMatch(token, req.headers['x-memoire-token'] as string | undefined)) return send(res, 401, 'Jeton absent ou invalide');
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'JSON attendu');
        let input: unknown;
        try {
          input = JSON.parse((await readBody(req)).toString('utf8') || '{}');
        } catch (error) {
          const tooLarge = (error as Error).message === 'too-large';
          return send(
            res,
            tooLarge ? 413 : 400,
            JSON.stringify({
              ok: false,
              error: { code: tooLarge ? 'too-large' : 'invalid-input', message: tooLarge ? 'Requête trop volumineuse.' : 'Requête illisible.' },
            }),
            'application/json',
          );
        }
        const response = await dispatchApiCall(options.handlers, decodeURIComponent(url.pathname.slice(5)), input);
        return send(res, 200, JSON.stringify(response), 'application/json');
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Méthode refusée');
      const file = await readStaticFile(options.staticDir, url.pathname);
      if (file.status !== 200) return send(res, file.status, file.status === 403 ? 'Chemin refusé' : 'Introuvable');
      if (file.isHtml) {
        const html = file.body.toString('utf8').replace('<meta name="memoire-token" content="" />', `<meta name="memoire-token" content="${token}" />`);
        return send(res, 200, html, file.type, { 'Content-Security-Policy': RENDERER_CSP, 'X-Frame-Options': 'DENY' });
      }
      return send(res, 200, file.body, file.type);
    } catch (error) {
      console.error('[web-host]', error);
      if (!res.headersSent) send(res, 500, 'Erreur interne');
    }
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    // Open keep-alive connections (a browser tab still open) would hold close() forever.
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
