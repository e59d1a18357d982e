// One client interface, two transports chosen at start: the Electron preload's bridge
// when it is there, the browser mode's HTTP API otherwise. Picking files also differs:
// the native dialog in the app, a file input in a browser.
import { ApiCallError, createInvoker } from '../../shared/api/client';
import type { ApiInvoker, Transport } from '../../shared/api/client';
import type { StagedFile } from '../../shared/api/contract';
import type { ApiReply } from '../../shared/api/errors';
import type { BridgeEvent, JalonBridge } from '../../shared/api/bridge';

export interface AppClient extends ApiInvoker {
  transport: 'ipc' | 'http';
  /** Stages files for an import: from the native dialog, or from a file input's files. */
  stageFiles(files?: readonly File[]): Promise<StagedFile[]>;
  onEvent(listener: (event: BridgeEvent) => void): () => void;
  /**
   * Keeps the session auth.signIn returned (null after sign-out). Over IPC the main
   * process keeps it per window, so there is nothing to keep here.
   */
  setSession(token: string | null): void;
  /** Called when a call finds the session over (expired, signed out elsewhere, disabled). */
  onSessionLost(listener: () => void): () => void;
}

/**
 * Wraps a transport so that an `unauthorized` answer (other than a failed sign-in)
 * tells the app the session is over: it then shows the sign-in screen again.
 */
function watchingSession(transport: Transport) {
  const listeners = new Set<() => void>();
  const watched: Transport = async (channel, args) => {
    const reply = await transport(channel, args);
    if (!reply.ok && reply.error.code === 'unauthorized' && channel !== 'auth.signIn') {
      for (const listener of listeners) listener();
    }
    return reply;
  };
  const onSessionLost = (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  return { watched, onSessionLost };
}

export function createIpcClient(bridge: JalonBridge): AppClient {
  const { watched, onSessionLost } = watchingSession((channel, args) =>
    bridge.invoke(channel, args),
  );
  const invoker = createInvoker(watched);
  return {
    ...invoker,
    transport: 'ipc',
    stageFiles: () => invoker.invoke('files.chooseForImport', {}),
    onEvent: (listener) => bridge.onEvent(listener),
    setSession: () => {},
    onSessionLost,
  };
}

export const TOKEN_HEADER = 'X-Jalon-Token';
export const SESSION_HEADER = 'X-Jalon-Session';
const SESSION_KEY = 'jalon.session';

export function createHttpClient(token: string, base = ''): AppClient {
  // Kept for this tab only: a reload stays signed in, another tab signs in itself.
  let session = sessionStorage.getItem(SESSION_KEY);
  const headers = (): Record<string, string> => ({
    [TOKEN_HEADER]: token,
    ...(session ? { [SESSION_HEADER]: session } : {}),
  });
  const transport: Transport = async (channel, args) => {
    const response = await fetch(`${base}/api/invoke/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers() },
      body: JSON.stringify(args),
    });
    return (await response.json()) as ApiReply<unknown>;
  };
  const { watched, onSessionLost } = watchingSession(transport);
  const invoker = createInvoker(watched);
  return {
    ...invoker,
    transport: 'http',
    onSessionLost,
    async stageFiles(files = []) {
      const staged: StagedFile[] = [];
      for (const file of files) {
        const response = await fetch(`${base}/api/upload?name=${encodeURIComponent(file.name)}`, {
          method: 'PUT',
          headers: headers(),
          body: file,
        });
        const reply = (await response.json()) as ApiReply<StagedFile>;
        if (!reply.ok) throw new ApiCallError(reply.error.code, reply.error.message);
        staged.push(reply.value);
      }
      return staged;
    },
    onEvent: () => () => {},
    setSession(next) {
      session = next;
      if (next) sessionStorage.setItem(SESSION_KEY, next);
      else sessionStorage.removeItem(SESSION_KEY);
    },
  };
}

declare global {
  interface Window {
    /** Set by the Electron preload (electron/preload/preload.ts); absent in a browser. */
    jalonBridge?: JalonBridge;
  }
}

const TOKEN_KEY = 'jalon.token';

/**
 * The bridge in the desktop app; otherwise the browser mode's token, taken from the
 * address the server printed and kept for this tab only, then removed from the
 * address bar so it is not bookmarked or shared by accident.
 */
export function createClientForThisPage(): AppClient | null {
  if (window.jalonBridge) return createIpcClient(window.jalonBridge);
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  // A report rendered for its PDF arrives with a session of its own (print sessions).
  const sessionFromUrl = url.searchParams.get('session');
  if (sessionFromUrl) sessionStorage.setItem(SESSION_KEY, sessionFromUrl);
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    url.searchParams.delete('session');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  const token = fromUrl ?? sessionStorage.getItem(TOKEN_KEY);
  return token ? createHttpClient(token) : null;
}
