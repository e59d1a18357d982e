// What the Electron preload exposes on `window.jalonBridge` (electron/preload): one
// narrow object, never ipcRenderer. A contract between the shell and the page, so it
// sits here: electron/ never imports the renderer, nor the renderer electron/.
import type { Channel } from './contract';
import type { ApiReply } from './errors';

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
