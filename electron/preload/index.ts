// Exposes exactly the contract's commands as window.api, and nothing else: no ipcRenderer,
// no generic invoke. Bundled into one CommonJS file because a sandboxed preload can only
// require 'electron'; it imports the command names alone so zod stays out of the bundle.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { COMMAND_NAMES, EVENT_CHANNEL, type AppEvent, type CommandName } from '../../shared/api/commands';
import type { Bridge, BridgeApi } from '../../shared/api/contract';

type Invoke = (input: unknown) => Promise<unknown>;

const calls = {} as Record<CommandName, Invoke>;
for (const name of COMMAND_NAMES) {
  // Each method is bound to its own channel; the renderer cannot choose a channel name.
  calls[name] = (input) => ipcRenderer.invoke(name, input);
}
// Main answers every command with an Envelope (see ipc.ts), which is what BridgeApi promises.
const api = calls as unknown as BridgeApi;

const bridge = Object.freeze({
  ...api,
  onEvent(listener: (event: AppEvent) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('onEvent needs a function.');
    // Pass only the payload: the IpcRendererEvent would hand the page a route to ipcRenderer.
    const forward = (_event: IpcRendererEvent, payload: AppEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
}) satisfies Bridge;

contextBridge.exposeInMainWorld('api', bridge);
