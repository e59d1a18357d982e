// The renderer's side of the API: `invoke<K>()` is typed from the contract and works
// over any transport (Electron IPC or the browser mode's HTTP) that carries a channel
// name and arguments and brings back an ApiReply.
import type { ArgsOf, Channel, ResultOf } from './contract';
import type { ApiErrorCode, ApiReply } from './errors';

export type Transport = (channel: Channel, args: unknown) => Promise<ApiReply<unknown>>;

/** A reply `{ok:false}` surfaced as an exception the screens can catch and show. */
export class ApiCallError extends Error {
  constructor(
    readonly code: ApiErrorCode | 'transport',
    message: string,
  ) {
    super(message);
  }
}

export interface ApiInvoker {
  invoke<K extends Channel>(channel: K, args: ArgsOf<K>): Promise<ResultOf<K>>;
}

export function createInvoker(transport: Transport): ApiInvoker {
  return {
    async invoke<K extends Channel>(channel: K, args: ArgsOf<K>): Promise<ResultOf<K>> {
      let reply: ApiReply<unknown>;
      try {
        reply = await transport(channel, args);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new ApiCallError('transport', `${channel}: ${message}`);
      }
      if (!reply.ok) throw new ApiCallError(reply.error.code, reply.error.message);
      return reply.value as ResultOf<K>;
    },
  };
}
