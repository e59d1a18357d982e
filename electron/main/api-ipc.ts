// The API over IPC: one handler for every contract channel. Whatever a page sends, only
// Jalon's own page gets an answer, and the shared dispatcher validates the channel and
// its arguments before any service runs, exactly as for the browser mode's HTTP.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Handlers } from '../../shared/api/contract';
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

/**
 * `handlers` is a promise: the window may call before the services are ready (the
 * first start loads the demo caseload), and such calls simply wait.
 */
export function registerApiHandler(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Promise<Handlers>,
  logError: (error: unknown) => void,
): void {
  ipcMain.handle(
    INVOKE_CHANNEL,
    async (event, channel: unknown, args: unknown): Promise<ApiReply<unknown>> => {
      if (!fromAppPage(event)) return FOREIGN_SENDER;
      return dispatch(await handlers, String(channel), args, {
        logError: (_channel, error) => logError(error),
      });
    },
  );
}
