// Runs one call against the handler object, for both transports: the channel must be
// known, the arguments must pass the channel's schema, and whatever happens the caller
// gets an ApiReply, never an exception or a stack trace.
import { API, isChannel } from './contract';
import type { Channel, Handlers } from './contract';
import { ApiError } from './errors';
import type { ApiReply } from './errors';

export interface DispatchOptions {
  /** Where unexpected errors go (the client only learns that one happened). */
  logError?: (channel: string, error: unknown) => void;
}

function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

export async function dispatch(
  handlers: Handlers,
  channel: string,
  rawArgs: unknown,
  options: DispatchOptions = {},
): Promise<ApiReply<unknown>> {
  if (!isChannel(channel)) {
    return {
      ok: false,
      error: { code: 'unknown_channel', message: `unknown channel ${JSON.stringify(channel)}` },
    };
  }
  const parsed = API[channel].args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'invalid_arguments',
        message: `${channel}: ${describeIssues(parsed.error.issues)}`,
      },
    };
  }
  try {
    const handler = handlers[channel] as (args: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ApiError) {
      return { ok: false, error: { code: error.code, message: error.message } };
    }
    options.logError?.(channel, error);
    return {
      ok: false,
      error: { code: 'internal', message: `${channel}: an unexpected error occurred` },
    };
  }
}

export type { Channel };
