import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** A file of the built renderer, or why it cannot be served. */
export type StaticFile = { status: 200; body: Buffer; type: string; isHtml: boolean } | { status: 403 | 404 };

/**
 * Reads a file of the built renderer for a URL path, refusing anything that resolves outside the
 * renderer folder. The Electron `app://` protocol and the web host both serve through this.
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile> {
  const base = normalize(root + sep);
  let relative: string;
  try {
    relative = urlPath === '/' || urlPath === '' ? 'index.html' : decodeURIComponent(urlPath).replace(/^\/+/, '');
  } catch {
    return { status: 403 };
  }
  const file = normalize(join(base, relative));
  if (!file.startsWith(base)) return { status: 403 };
  try {
    const body = await readFile(file);
    const ext = extname(file);
    return { status: 200, body, type: MIME[ext] ?? 'application/octet-stream', isHtml: ext === '.html' };
  } catch {
    return { status: 404 };
  }
}
