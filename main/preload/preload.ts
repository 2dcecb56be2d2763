import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_EVENT_CHANNEL, API_EVENT_NAMES, API_INVOKE_CHANNEL, type PreloadBridge } from '../../core/api/bridge';

// The bridge carries contract calls and contract events only; no ipcRenderer, no Node API leaks out.
const bridge: PreloadBridge = {
  invoke: (method, input) => ipcRenderer.invoke(API_INVOKE_CHANNEL, String(method), input),
  on: (event, listener) => {
    if (!(API_EVENT_NAMES as readonly string[]).includes(event)) throw new Error(`Événement inconnu : ${event}`);
    const wrapped = (_e: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(API_EVENT_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(API_EVENT_CHANNEL, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('memoireApi', bridge);
