import { timingSafeEqual } from 'node:crypto';

/** Content-Security-Policy of the renderer, the same in Electron and in the web host. */
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // ProseMirror and TipTap write style attributes; no inline <script> is ever allowed.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Compares tokens in constant time. */
export function tokensMatch(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Only our own host names are served, which defeats DNS-rebinding pages aimed at the port. */
export function hostAllowed(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}
