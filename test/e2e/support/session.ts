import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { startHostProcess, type HostProcess } from './host-process';
import { launchChromium } from './browser';

/** A web host on a fresh workspace and a Chromium, started before a file's tests and stopped after. */
export interface E2eSession {
  root: string;
  readonly host: HostProcess;
  readonly browser: Browser;
}

/**
 * Registers the hooks that start a web host (own process, temp workspace) and Chromium for a test
 * file, and clean both up. `prepare` runs first, for fixtures the host must find.
 */
export function e2eSession(prefix: string, prepare?: (root: string) => void): E2eSession {
  const root = mkdtempSync(join(tmpdir(), prefix));
  let host: HostProcess | null = null;
  let browser: Browser | null = null;
  beforeAll(async () => {
    mkdirSync(join(root, 'Mémoires'));
    prepare?.(root);
    host = await startHostProcess(join(root, 'Mémoires'), join(root, 'data'));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.kill();
    rmSync(root, { recursive: true, force: true });
  });
  return {
    root,
    get host() {
      return host!;
    },
    get browser() {
      return browser!;
    },
  };
}
