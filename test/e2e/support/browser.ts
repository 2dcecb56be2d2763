import { chromium, type Browser } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../helpers/paths';

/** Debian's Chromium, headless, with the flags our closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=fr-FR',
    ],
  });
}

/** Where screenshots are kept as test artifacts. */
export function artifactPath(name: string): string {
  const dir = join(ROOT, 'test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

/**
 * A new page that tolerates functions compiled by tsx: esbuild's keepNames wraps them in `__name`,
 * which does not exist in the page when Playwright sends them there.
 */
export async function newPage(browser: Browser, viewport = { width: 1400, height: 900 }, locale?: string) {
  const page = await browser.newPage({ viewport, locale });
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  return page;
}
