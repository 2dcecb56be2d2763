import type { ApiErrorPayload } from './errors';

/** The IPC channel that carries every contract call from the preload to the main process. */
export const API_INVOKE_CHANNEL = 'memoire:api';
/** The IPC channel on which the main process pushes events (menus, files opened from the OS). */
export const API_EVENT_CHANNEL = 'memoire:event';
/** The events the renderer may subscribe to; kept free of zod so the sandboxed preload stays small. */
export const API_EVENT_NAMES = ['menu.command', 'file.open'] as const;

/** What the Electron preload exposes as `window.memoireApi`: the contract's transport and nothing else. */
export interface PreloadBridge {
  invoke(method: string, input: unknown): Promise<{ ok: true; result: unknown } | { ok: false; error: ApiErrorPayload }>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}
