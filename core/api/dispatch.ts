import { apiContract, isApiMethod, type ApiHandlers } from './contract';
import { toApiError, type ApiErrorPayload } from './errors';
import { AppError } from '../errors';

/** The answer of one call, as both transports send it. */
export type ApiResponse = { ok: true; result: unknown } | { ok: false; error: ApiErrorPayload };

/**
 * Validates a call against the contract, runs its handler and validates what it returns. Both
 * transports (Electron IPC and the local HTTP host) go through here, so neither can skip a check.
 */
export async function dispatchApiCall(handlers: ApiHandlers, method: unknown, input: unknown): Promise<ApiResponse> {
  try {
    if (!isApiMethod(method)) throw new AppError('invalid-input', `méthode inconnue : ${String(method)}`);
    const spec = apiContract[method];
    const parsed = spec.input.parse(input ?? {});
    const handler = handlers[method] as (i: unknown) => Promise<unknown>;
    const result = spec.output.parse(await handler(parsed));
    return { ok: true, result };
  } catch (error) {
    if (!(error instanceof AppError) && !(error && (error as Error).name === 'ZodError')) {
      console.error(`[api] ${String(method)} a échoué :`, error);
    }
    return { ok: false, error: toApiError(error) };
  }
}
