// What the Electron preload exposes on `window.jalonBridge` (electron/preload): one
// narrow object, never ipcRenderer. Declared here so the renderer never imports
// from electron/.
import type { Channel } from '../../shared/api/contract';
import type { ApiReply } from '../../shared/api/errors';

export type BridgeEvent = {
  type: 'menu';
  /** `exportCsv`, `exportXlsx`: the caseload as shown, as its two export buttons do. */
  command: 'import' | 'exportCsv' | 'exportXlsx' | 'settings' | 'caseload' | 'help';
};

export interface JalonBridge {
  invoke(channel: Channel, args: unknown): Promise<ApiReply<unknown>>;
  /** Returns a function that stops listening. */
  onEvent(listener: (event: BridgeEvent) => void): () => void;
}

declare global {
  interface Window {
    jalonBridge?: JalonBridge;
  }
}
