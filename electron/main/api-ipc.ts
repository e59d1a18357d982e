// The API over IPC: one handler for every contract channel. Whatever a page sends, only
// Jalon's own page gets an answer, and the shared dispatcher checks the caller's role
// and validates the channel and its arguments before any service runs, exactly as for
// the browser mode's HTTP. Sessions are kept here per window (webContents): the page
// never holds a token, so a script in it has nothing to steal.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { CallContext, Handlers } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import type { ApiReply } from '../../shared/api/errors';
import { isAppUrl } from './app-origin';
import { INVOKE_CHANNEL } from './ipc-channels';

const FOREIGN_SENDER: ApiReply<never> = {
  ok: false,
  error: { code: 'unauthorized', message: 'calls are accepted from Jalon’s own page only' },
};

export function fromAppPage(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  return isAppUrl(event.senderFrame?.url);
}

/** What the IPC handler needs of the services. */
export interface ApiEndpoint {
  handlers: Handlers;
  contextFor(
    token: string | null,
    remember?: (token: string | null) => void,
    client?: string,
  ): CallContext;
  closeSession(token: string): void;
}

type Sender = Pick<IpcMainInvokeEvent['sender'], 'id' | 'once'>;

export interface IpcSessions {
  /** Signs a window in with a session opened elsewhere (the report's print window). */
  bind(webContentsId: number, token: string): void;
}

/**
 * `services` is a promise: the window may call before the services are ready (the
 * first start loads the demo caseload), and such calls simply wait.
 */
export function registerApiHandler(
  ipcMain: Pick<IpcMain, 'handle'>,
  services: Promise<ApiEndpoint>,
  logError: (error: unknown) => void,
): IpcSessions {
  const tokens = new Map<number, string>();
  const watched = new Set<number>();

  function remember(endpoint: ApiEndpoint, sender: Sender, token: string | null): void {
    if (token === null) {
      tokens.delete(sender.id);
      return;
    }
    tokens.set(sender.id, token);
    // A closed window's session ends with it.
    if (!watched.has(sender.id)) {
      watched.add(sender.id);
      sender.once('destroyed', () => {
        const last = tokens.get(sender.id);
        if (last) endpoint.closeSession(last);
        tokens.delete(sender.id);
        watched.delete(sender.id);
      });
    }
  }

  ipcMain.handle(
    INVOKE_CHANNEL,
    async (event, channel: unknown, args: unknown): Promise<ApiReply<unknown>> => {
      if (!fromAppPage(event)) return FOREIGN_SENDER;
      const endpoint = await services;
      const sender = event.sender;
      const context = endpoint.contextFor(
        tokens.get(sender.id) ?? null,
        (token) => remember(endpoint, sender, token),
        `window:${sender.id}`,
      );
      return dispatch(endpoint.handlers, String(channel), args, context, {
        logError: (_channel, error) => logError(error),
      });
    },
  );

  return {
    bind(webContentsId, token) {
      tokens.set(webContentsId, token);
    },
  };
}
