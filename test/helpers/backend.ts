import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { createMemoireBackend } from '../../core/services/memoire-backend';
import { dispatchApiCall } from '../../core/api/dispatch';
import { webPlatform } from '../../main/web-host/web-platform';
import { FONTS_DIR, TEMPLATES_DIR } from './paths';
import { tempDir } from './temp';
import { workerDraftReader } from '../../main/shared/draft-reader';

/** A real back end on temp folders, as the web host builds it; `clock` lets a test move time forward. */
export function testBackend() {
  const root = tempDir('memoire-backend-');
  const workspace = join(root, 'Mémoires');
  mkdirSync(workspace);
  const clock = { now: Date.parse('2026-11-28T09:00:00Z') };
  const backend = createMemoireBackend(
    {
      templatesDir: TEMPLATES_DIR,
      fontsDir: FONTS_DIR,
      dataDir: join(root, 'data'),
      appVersion: 'test',
      readDraft: workerDraftReader(),
      now: () => new Date(clock.now),
    },
    webPlatform(workspace),
  );
  return { backend, workspace, clock, root };
}

/** A test back end. */
export type TestBackend = ReturnType<typeof testBackend>;

/** Calls the API as a transport would (contract checked both ways); throws the French error it returns. */
export async function apiCall(b: TestBackend, method: string, input: unknown): Promise<any> {
  const res = await dispatchApiCall(b.backend.handlers, method, input);
  if (!res.ok) throw Object.assign(new Error(res.error.message), res.error);
  return res.result;
}

/** Calls the API expecting a refusal; the error it returned. */
export async function apiFailure(b: TestBackend, method: string, input: unknown): Promise<{ code: string; message: string }> {
  const res = await dispatchApiCall(b.backend.handlers, method, input);
  if (res.ok) throw new Error(`${method} should have failed`);
  return res.error;
}
