import { protocol } from 'electron';
import { RENDERER_CSP } from '../shared/security';
import { readStaticFile } from '../shared/static-files';

/** The renderer's origin: a privileged custom scheme rather than file://, so CSP and ES modules behave. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://memoire`;

/** Must run before `app.ready`. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the built renderer on app://memoire/ with the same CSP as the web host. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'memoire') return new Response('Refusé', { status: 403 });
    const file = await readStaticFile(rendererDir, url.pathname);
    if (file.status !== 200) return new Response(file.status === 403 ? 'Refusé' : 'Introuvable', { status: file.status });
    const headers: Record<string, string> = { 'Content-Type': file.type, 'X-Content-Type-Options': 'nosniff' };
    if (file.isHtml) headers['Content-Security-Policy'] = RENDERER_CSP;
    return new Response(new Uint8Array(file.body), { status: 200, headers });
  });
}

/** True for URLs of our own renderer. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'memoire';
  } catch {
    return false;
  }
}
