// Calls the handler object the way both transports do: `send` through the dispatcher
// (the raw reply, errors included), `call` through the renderer's own typed invoker,
// which throws an ApiCallError on {ok:false}.
import { createInvoker } from '../../shared/api/client';
import { dispatch } from '../../shared/api/dispatch';
import type { Services } from '../../electron/services/api/handlers';

export function apiFor(services: () => Services) {
  const send = (channel: string, args: unknown) => dispatch(services().handlers, channel, args);
  const { invoke } = createInvoker((channel, args) => send(channel, args));
  return { send, call: invoke };
}
