import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
// Deep imports on purpose: the barrel would pull zod, and a sandboxed preload can require
// nothing but `electron`.
import type { QuotientApi } from '#shared/ipc/api';
import { createQuotientApi } from '#shared/ipc/api';
import { isIpcChannel } from '#shared/ipc/channels';

const api: QuotientApi = createQuotientApi({
  invoke: (channel, payload) => {
    // createQuotientApi only ever passes contract channels; checked again because it is cheap.
    if (!isIpcChannel(channel)) return Promise.reject(new Error(`Unknown channel ${channel}`));
    return ipcRenderer.invoke(channel, payload);
  },
  subscribe: (channel, listener) => {
    // The IpcRendererEvent (with its sender) never reaches the page: only the data does.
    const wrapped = (_event: IpcRendererEvent, data: unknown) => listener(data);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
});

contextBridge.exposeInMainWorld('quotient', api);
