// The API over IPC: every contract channel answers through the one registered handler,
// the dispatcher's validation applies, and only Jalon's own page is served.
import { describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { registerApiHandler } from '../../electron/main/api-ipc';
import { INVOKE_CHANNEL } from '../../electron/main/ipc-channels';
import { RECOMMENDATION_CATALOGUE } from '../../shared/analysis/recommendations';
import { DEFAULT_SETTINGS } from '../../shared/analysis/settings';
import { RECOMMENDATION_IDS } from '../../shared/analysis/types';
import { API, CHANNELS } from '../../shared/api/contract';
import type { ArgsOf, CallContext, Channel, Handlers } from '../../shared/api/contract';
import type { ApiReply } from '../../shared/api/errors';
import type { Role, SignedInUser } from '../../shared/auth/roles';
import { contextFromToken, SessionStore } from '../../server/auth/sessions';

const AS_OF = '2026-11-15';
const RECOMMENDATION = RECOMMENDATION_IDS[0]!;

/** One valid call per channel: a channel added to the contract must be added here. */
const VALID_ARGS: { [K in Channel]: ArgsOf<K> } = {
  'app.info': {},
  'auth.signIn': { userId: 'CNS-01', password: 'un mot de passe' },
  'auth.signOut': {},
  'caseload.list': { counsellorId: null, asOf: AS_OF },
  'seeker.get': { seekerId: 'DE-0001', asOf: AS_OF },
  'recommendation.accept': { seekerId: 'DE-0001', recommendationId: RECOMMENDATION, asOf: AS_OF },
  'recommendation.dismiss': {
    seekerId: 'DE-0001',
    recommendationId: RECOMMENDATION,
    asOf: AS_OF,
    reason: 'déjà proposé le mois dernier',
  },
  'plan.add': { seekerId: 'DE-0001', label: 'Relancer l’employeur', dueOn: AS_OF },
  'plan.update': { seekerId: 'DE-0001', itemId: 1, status: 'in_progress' },
  'notes.add': { seekerId: 'DE-0001', text: 'Entretien téléphonique, motivé.' },
  'journal.enterMonth': {
    seekerId: 'DE-0001',
    asOf: AS_OF,
    month: {
      period: '2026-10',
      mood: 3,
      comment: 'Saisi lors du rendez-vous.',
      actions: [
        {
          date: '2026-10-12',
          type: 'application_offer',
          rome: null,
          employer: 'Boulangerie Martin',
          commune: null,
          channel: 'in_person',
          outcome: 'pending',
          note: null,
        },
      ],
    },
  },
  'files.chooseForImport': {},
  'import.start': { files: ['0123456789abcdef0123456789abcdef'] },
  'import.status': { jobId: 'fedcba9876543210fedcba9876543210' },
  'import.preview': { files: ['0123456789abcdef0123456789abcdef'] },
  'import.history': {},
  'import.issues': { importRef: 1 },
  'settings.get': {},
  'settings.update': {
    basedOn: 'default-2',
    settings: (() => {
      const { version: _version, ...rest } = DEFAULT_SETTINGS;
      return rest;
    })(),
    catalogue: [...RECOMMENDATION_CATALOGUE],
    reason: 'Seuil d’inactivité revu en réunion',
  },
  'team.dashboard': { asOf: AS_OF },
  'report.get': { seekerId: 'DE-0001', asOf: AS_OF },
  'report.exportPdf': { seekerId: 'DE-0001', asOf: AS_OF },
  'history.get': { seekerId: 'DE-0001', reason: 'Contrôle de la recherche d’emploi' },
  'audit.list': { before: null, limit: 50 },
  'audit.historyViews': {},
  'export.table': {
    kind: 'caseload',
    format: 'xlsx',
    baseName: 'portefeuille',
    table: { sheetName: 'P', columns: [{ header: 'Nom', kind: 'text' }], rows: [['Martin']] },
  },
  'dpo.accessLog': { seekerId: 'DE-0001' },
  'dpo.dossier': { seekerId: 'DE-0001' },
  'dpo.export': { seekerId: 'DE-0001', format: 'json' },
  'app.startupProblem': {},
  'backup.list': {},
  'backup.create': {},
  'backup.restore': { name: 'jalon-2026-11-15T08-30-00-000Z-auto.db' },
  'backup.restoreLatestAtStartup': {},
  'retention.get': {},
  'retention.update': { months: 36 },
};

/** One user per role: a test signs a window in as whoever may call the channel. */
const USERS: Record<Role, SignedInUser> = {
  counsellor: { userId: 'CNS-01', displayName: 'Camille', role: 'counsellor', team: 'EQ-1' },
  team_lead: { userId: 'RE-1', displayName: 'Romane', role: 'team_lead', team: 'EQ-1' },
  controller: { userId: 'CTRL-1', displayName: 'Claude', role: 'controller', team: null },
  admin: { userId: 'admin', displayName: 'Adèle', role: 'admin', team: null },
  dpo: { userId: 'DPO-1', displayName: 'Dominique', role: 'dpo', team: null },
};

function userFor(channel: Channel): SignedInUser | null {
  const { access } = API[channel];
  return access === 'public' ? null : USERS[access[0]!];
}

const APP_PAGE = 'app://jalon/index.html#/seeker/DE-0001';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** Handlers that only record which channel ran, with which arguments, for which client. */
function recordingHandlers() {
  const calls: { channel: Channel; args: unknown }[] = [];
  const clients: string[] = [];
  const handlers = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      (args: unknown, context: CallContext) => {
        calls.push({ channel, args });
        clients.push(context.client);
        return `result of ${channel}`;
      },
    ]),
  ) as unknown as Handlers;
  return { handlers, calls, clients };
}

function registered(handlers: Promise<Handlers>) {
  const listeners = new Map<string, Listener>();
  const errors: unknown[] = [];
  const sessions = new SessionStore((userId) =>
    Object.values(USERS).find((u) => u.userId === userId),
  );
  const destroyed = new Map<number, () => void>();
  const ipcSessions = registerApiHandler(
    { handle: (channel: string, listener: Listener) => void listeners.set(channel, listener) },
    handlers.then((h) => ({
      handlers: h,
      contextFor: (
        token: string | null,
        remember?: (token: string | null) => void,
        client?: string,
      ) => contextFromToken(sessions, token, remember, client),
      closeSession: (token: string) => sessions.close(token),
    })),
    (error) => errors.push(error),
  );
  return {
    channels: [...listeners.keys()],
    errors,
    sessions,
    /** Signs window `senderId` in as `user`, as auth.signIn would. */
    signIn(user: SignedInUser | null, senderId = 1) {
      if (user) ipcSessions.bind(senderId, sessions.open(user));
    },
    /** Closes window `senderId`. */
    close(senderId: number) {
      destroyed.get(senderId)?.();
    },
    call(frameUrl: string | null, channel: unknown, args: unknown, senderId = 1) {
      const senderFrame = frameUrl === null ? null : { url: frameUrl };
      const sender = {
        id: senderId,
        once: (name: string, listener: () => void) => {
          if (name === 'destroyed') destroyed.set(senderId, listener);
        },
      };
      const event = { senderFrame, sender } as unknown as IpcMainInvokeEvent;
      return listeners.get(INVOKE_CHANNEL)!(event, channel, args) as Promise<ApiReply<unknown>>;
    },
  };
}

describe('the IPC API handler', () => {
  it('names the window as the caller’s client: sign-in delays count per window', async () => {
    const { handlers, clients } = recordingHandlers();
    const ipc = registered(Promise.resolve(handlers));
    const args = { userId: 'CNS-01', password: 'x' };
    await ipc.call(APP_PAGE, 'auth.signIn', args, 7);
    await ipc.call(APP_PAGE, 'auth.signIn', args, 8);
    expect(clients).toEqual(['window:7', 'window:8']);
  });

  it('registers one IPC channel for the whole API', () => {
    const { handlers } = recordingHandlers();
    expect(registered(Promise.resolve(handlers)).channels).toEqual([INVOKE_CHANNEL]);
  });

  it.each(CHANNELS)('reaches the %s handler with its validated arguments', async (channel) => {
    const { handlers, calls } = recordingHandlers();
    const ipc = registered(Promise.resolve(handlers));
    ipc.signIn(userFor(channel));
    const reply = await ipc.call(APP_PAGE, channel, VALID_ARGS[channel]);
    expect(reply).toEqual({ ok: true, value: `result of ${channel}` });
    expect(calls).toEqual([{ channel, args: VALID_ARGS[channel] }]);
  });

  it('refuses a bad argument before any handler runs', async () => {
    const { handlers, calls } = recordingHandlers();
    const ipc = registered(Promise.resolve(handlers));
    ipc.signIn(USERS.counsellor);
    const reply = await ipc.call(APP_PAGE, 'seeker.get', { seekerId: 'DE-0001', asOf: 'hier' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    const extra = await ipc.call(APP_PAGE, 'app.info', { sql: 'DROP TABLE seeker' });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    expect(calls).toEqual([]);
  });

  it.each([['db.exec'], ['__proto__'], [42], [null]])(
    'refuses the unknown channel %j',
    async (channel) => {
      const { handlers, calls } = recordingHandlers();
      const reply = await registered(Promise.resolve(handlers)).call(APP_PAGE, channel, {});
      expect(reply).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
      expect(calls).toEqual([]);
    },
  );

  it.each([
    ['another site', 'https://example.org/'],
    ['a local file', 'file:///home/someone/page.html'],
    ['another app:// host', 'app://elsewhere/index.html'],
    ['the browser mode', 'http://127.0.0.1:5173/'],
    ['a frame that is gone', null],
  ])('refuses a call from %s', async (_name, frameUrl) => {
    const { handlers, calls } = recordingHandlers();
    const reply = await registered(Promise.resolve(handlers)).call(frameUrl, 'app.info', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(calls).toEqual([]);
  });

  it('lets early calls wait for the services, then answers them', async () => {
    const { handlers } = recordingHandlers();
    let ready: (value: Handlers) => void = () => {};
    const ipc = registered(new Promise<Handlers>((resolve) => (ready = resolve)));
    const pending = ipc.call(APP_PAGE, 'app.info', {});
    ready(handlers);
    await expect(pending).resolves.toEqual({ ok: true, value: 'result of app.info' });
  });

  it('answers an unexpected failure with a bare internal error and logs the cause', async () => {
    const { handlers } = recordingHandlers();
    handlers['app.info'] = () => {
      throw new Error('SQLITE_CORRUPT at /home/someone/.config/Jalon/jalon.db');
    };
    const ipc = registered(Promise.resolve(handlers));
    const reply = await ipc.call(APP_PAGE, 'app.info', {});
    expect(reply).toEqual({
      ok: false,
      error: { code: 'internal', message: 'app.info: an unexpected error occurred' },
    });
    expect(ipc.errors).toHaveLength(1);
  });

  it('refuses a channel to a window nobody signed in on, and to a role it is not for', async () => {
    const { handlers, calls } = recordingHandlers();
    const ipc = registered(Promise.resolve(handlers));
    const args = { counsellorId: null, asOf: AS_OF };
    expect(await ipc.call(APP_PAGE, 'caseload.list', args)).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    ipc.signIn(USERS.controller);
    expect(await ipc.call(APP_PAGE, 'caseload.list', args)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(calls).toEqual([]);
  });

  it('keeps each window’s session to itself, and ends it when the window closes', async () => {
    const handlers = {
      ...recordingHandlers().handlers,
      'app.info': (_args: unknown, context: { user: SignedInUser | null }) =>
        context.user?.userId ?? 'nobody',
      'auth.signIn': (_args: unknown, context: { session: { open(u: SignedInUser): string } }) =>
        context.session.open(USERS.counsellor),
    } as unknown as Handlers;
    const ipc = registered(Promise.resolve(handlers));
    await ipc.call(APP_PAGE, 'auth.signIn', VALID_ARGS['auth.signIn'], 1);
    expect(await ipc.call(APP_PAGE, 'app.info', {}, 1)).toEqual({ ok: true, value: 'CNS-01' });
    expect(await ipc.call(APP_PAGE, 'app.info', {}, 2)).toEqual({ ok: true, value: 'nobody' });
    expect(ipc.sessions.size).toBe(1);
    ipc.close(1);
    expect(await ipc.call(APP_PAGE, 'app.info', {}, 1)).toEqual({ ok: true, value: 'nobody' });
    expect(ipc.sessions.size).toBe(0);
  });
});
