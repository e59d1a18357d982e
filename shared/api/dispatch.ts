// Runs one call against the handler object, for both transports: the channel must be
// known, the caller must be allowed to call it (signed in, with one of its roles), the
// arguments must pass the channel's schema, and whatever happens the caller gets an
// ApiReply, never an exception or a stack trace.
import { API, isChannel } from './contract';
import type { CallContext, Channel, Handlers } from './contract';
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

/**
 * SQLite's refusals to write, by their code (duck-typed: this module runs without
 * Node): the transaction was rolled back, so the reply can say so plainly.
 */
function storageRefusal(error: unknown): 'storage_full' | 'read_only' | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL') return 'storage_full';
  if (code.startsWith('SQLITE_READONLY')) return 'read_only';
  return null;
}

/** What a print session (one report or DPO dossier, rendered for its PDF) may call. */
const PRINT_CHANNELS: readonly Channel[] = ['app.info', 'report.get', 'dpo.dossier'];

function refusal(channel: Channel, context: CallContext): ApiReply<never> | null {
  const { access } = API[channel];
  if (access === 'public') return null;
  if (!context.user) {
    return { ok: false, error: { code: 'unauthorized', message: `${channel}: sign in first` } };
  }
  const allowed =
    access.includes(context.user.role) &&
    (context.printOf === null || PRINT_CHANNELS.includes(channel));
  if (!allowed) {
    return {
      ok: false,
      error: { code: 'forbidden', message: `${channel}: not allowed for ${context.user.role}` },
    };
  }
  return null;
}

export async function dispatch(
  handlers: Handlers,
  channel: string,
  rawArgs: unknown,
  context: CallContext,
  options: DispatchOptions = {},
): Promise<ApiReply<unknown>> {
  if (!isChannel(channel)) {
    return {
      ok: false,
      error: { code: 'unknown_channel', message: `unknown channel ${JSON.stringify(channel)}` },
    };
  }
  const refused = refusal(channel, context);
  if (refused) return refused;
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
    const handler = handlers[channel] as (args: unknown, context: CallContext) => unknown;
    return { ok: true, value: await handler(parsed.data, context) };
  } catch (error) {
    if (error instanceof ApiError) {
      return { ok: false, error: { code: error.code, message: error.message } };
    }
    options.logError?.(channel, error);
    const storage = storageRefusal(error);
    if (storage) {
      return {
        ok: false,
        error: { code: storage, message: `${channel}: nothing was saved (${storage})` },
      };
    }
    return {
      ok: false,
      error: { code: 'internal', message: `${channel}: an unexpected error occurred` },
    };
  }
}

export type { Channel };
