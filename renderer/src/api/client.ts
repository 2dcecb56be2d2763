import {
  ApiCallError,
  type ApiErrorPayload,
  type PreloadBridge,
  type ApiEventName,
  type ApiEventPayload,
  type ApiInput,
  type ApiMethod,
  type ApiOutput,
} from '../../../core/api';

declare global {
  interface Window {
    memoireApi?: PreloadBridge;
  }
}

type Transport = (method: string, input: unknown) => Promise<{ ok: true; result: unknown } | { ok: false; error: ApiErrorPayload }>;

function httpTransport(token: string): Transport {
  return async (method, input) => {
    let response: Response;
    try {
      response = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Memoire-Token': token },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'offline', message: 'Le service local ne répond pas. Vos modifications restent dans l’éditeur.' } };
    }
    if (!response.ok) {
      return { ok: false, error: { code: `http-${response.status}`, message: `Le service local a refusé la demande (${response.status}).` } };
    }
    return response.json();
  };
}

/** The typed API: the renderer calls `api.call('memoire.open', {...})` without knowing the transport. */
export interface ApiClient {
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
  on<E extends ApiEventName>(event: E, listener: (payload: ApiEventPayload<E>) => void): () => void;
}

/** Builds the client: Electron's preload bridge when present, else HTTP to the web host with its token. */
export function createApiClient(): ApiClient {
  const bridge = window.memoireApi;
  const token = document.querySelector<HTMLMetaElement>('meta[name="memoire-token"]')?.content ?? '';
  const transport: Transport = bridge ? (m, i) => bridge.invoke(m, i) : httpTransport(token);
  return {
    async call(method, input) {
      const response = await transport(method, input);
      if (!response.ok) throw new ApiCallError(response.error);
      return response.result as never;
    },
    on(event, listener) {
      return bridge ? bridge.on(event, listener as (p: unknown) => void) : () => undefined;
    },
  };
}
