import type { ApiHandlers } from '../api/contract';
import { BackendContext, type BackendOptions, type PlatformHandlers } from './backend-context';
import { fileHandlers } from './handlers/files';
import { memoireHandlers } from './handlers/memoires';
import { exportHandlers } from './handlers/exports';
import { reviewHandlers } from './handlers/review';
import { soutenanceHandlers } from './handlers/soutenance';
import { attachmentHandlers } from './handlers/attachments';

export type { BackendOptions, PlatformHandlers } from './backend-context';
export { AUTO_SNAPSHOT_MINUTES, SHRINK_SNAPSHOT_NAME } from './document-saves';

/** The back end behind the API: open mémoires by handle, plus the platform's dialogs. */
export interface MemoireBackend {
  handlers: ApiHandlers;
  /** Closes every open mémoire (on quit). */
  closeAll(): void;
}

/**
 * Builds the back end that both the Electron main process and the web host serve: one handler per
 * API method, grouped by domain under `handlers/`, sharing one context.
 */
export function createMemoireBackend(options: BackendOptions, platform: PlatformHandlers): MemoireBackend {
  const ctx = new BackendContext(options, platform);
  const handlers: ApiHandlers = {
    ...fileHandlers(ctx),
    ...memoireHandlers(ctx),
    ...exportHandlers(ctx),
    ...reviewHandlers(ctx),
    ...soutenanceHandlers(ctx),
    ...attachmentHandlers(ctx),
  };
  return { handlers, closeAll: () => ctx.closeAll() };
}
