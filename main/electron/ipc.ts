import { fr } from './fr';
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { ApiHandlers, ApiEventName, ApiEventPayload } from '../../core/api/contract';
import { apiEvents } from '../../core/api/contract';
import { API_EVENT_CHANNEL, API_INVOKE_CHANNEL } from '../../core/api/bridge';
import { dispatchApiCall } from '../../core/api/dispatch';
import { isAppUrl } from './app-protocol';

/** Only the top frame of one of our windows, showing our own renderer, may call the back end. */
function trustedSender(event: IpcMainInvokeEvent, isOurWindow: (wc: WebContents) => boolean): boolean {
  const frame = event.senderFrame;
  return !!frame && frame === event.sender.mainFrame && isOurWindow(event.sender) && isAppUrl(frame.url);
}

/** Serves the API contract over IPC: sender checked, then the same validation as the web host (dispatchApiCall). */
export function registerApiIpc(handlers: ApiHandlers, isOurWindow: (wc: WebContents) => boolean): void {
  ipcMain.handle(API_INVOKE_CHANNEL, async (event, method: unknown, input: unknown) => {
    if (!trustedSender(event, isOurWindow)) {
      return { ok: false, error: { code: 'forbidden', message: fr.forbiddenCall } };
    }
    return dispatchApiCall(handlers, method, input);
  });
}

/** Pushes a contract event to a window, after validating its payload. */
export function sendApiEvent<E extends ApiEventName>(target: WebContents, name: E, payload: ApiEventPayload<E>): void {
  const parsed = apiEvents[name].parse(payload);
  target.send(API_EVENT_CHANNEL, name, parsed);
}
