// The page's only door to the main process: `window.jalonBridge`, exactly the
// JalonBridge of shared/api/bridge.ts. It hands out functions, never ipcRenderer or
// any other Electron or Node object, and refuses an unknown channel without sending
// anything. Bundled into one CommonJS file (a sandboxed preload cannot load modules);
// it knows the channel names only (shared/api/channel-names.ts), so no zod comes in.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { BridgeEvent, JalonBridge } from '../../shared/api/bridge';
import { isChannelName } from '../../shared/api/channel-names';
import type { ApiReply } from '../../shared/api/errors';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../main/ipc-channels';

function unknownChannel(channel: unknown): ApiReply<never> {
  return {
    ok: false,
    error: { code: 'unknown_channel', message: `unknown channel ${JSON.stringify(channel)}` },
  };
}

const jalonBridge: JalonBridge = {
  invoke(channel, args) {
    // The type says Channel, but the page's scripts are not trusted to respect it.
    if (!isChannelName(channel)) {
      return Promise.resolve(unknownChannel(channel));
    }
    return ipcRenderer.invoke(INVOKE_CHANNEL, channel, args) as Promise<ApiReply<unknown>>;
  },
  onEvent(listener) {
    // The page gets the event alone: the IPC event object would leak `sender`.
    const forward = (_event: IpcRendererEvent, message: BridgeEvent) => listener(message);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('jalonBridge', jalonBridge);
