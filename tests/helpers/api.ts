// Calls the handler object the way both transports do, as a given signed-in user:
// `send` through the dispatcher (the raw reply, errors included), `call` through the
// renderer's own typed invoker, which throws an ApiCallError on {ok:false}.
import { createInvoker } from '../../shared/api/client';
import type { CallContext } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import type { Services } from '../../server/api/handlers';

/**
 * `userId`: who calls (a row of the users table, e.g. a demo user: CNS-01, RE-1,
 * CTRL-1, admin), or null for nobody signed in. The session opens on first use and
 * lasts for the helper's life, as a window's does.
 */
export function apiFor(services: () => Services, userId: string | null) {
  let token: string | null = null;
  const context = (): CallContext => {
    const s = services();
    if (userId !== null && (token === null || !s.sessions.resolve(token))) {
      const user = s.context.users.get(userId);
      if (!user) throw new Error(`apiFor: no user ${userId} in this database`);
      token = s.sessions.open({
        userId: user.userId,
        displayName: user.displayName,
        role: user.role,
        team: user.team,
      });
    }
    return s.contextFor(token, (next) => {
      token = next;
    });
  };
  const send = (channel: string, args: unknown) =>
    dispatch(services().handlers, channel, args, context());
  const { invoke } = createInvoker((channel, args) => send(channel, args));
  return { send, call: invoke };
}

/** The counsellor whose portfolio holds this seeker: the one who may change their file. */
export function counsellorOf(services: Services, seekerId: string): string {
  const key = services.context.journals.findSeeker(seekerId);
  if (!key) throw new Error(`counsellorOf: no seeker ${seekerId}`);
  return key.counsellorId;
}

/**
 * Adds the people an empty test database needs: the counsellor of tests/helpers/
 * journals.ts's seekers (CNS-01, team EQ-1), their team lead and an administrator who
 * imports. Demo databases have them already (importDemoCaseload adds demo users).
 */
export function addTestUsers(services: Services): void {
  const { users } = services.context;
  const password = 'mot-de-passe-de-test';
  users.add(
    { userId: 'CNS-01', displayName: 'Camille Conseil', role: 'counsellor', team: 'EQ-1' },
    password,
  );
  users.add(
    { userId: 'RE-1', displayName: 'Romane Équipe', role: 'team_lead', team: 'EQ-1' },
    password,
  );
  users.add({ userId: 'admin', displayName: 'Adèle Admin', role: 'admin', team: null }, password);
}

/** export.table's arguments: a one-column table of `rows` names, as a page sends it. */
export function tableExport(
  kind: 'caseload' | 'import_issues',
  format: 'csv' | 'xlsx',
  rows: number,
) {
  return {
    kind,
    format,
    baseName: 'portefeuille',
    table: {
      sheetName: 'Portefeuille',
      columns: [{ header: 'Nom', kind: 'text' as const }],
      rows: Array.from({ length: rows }, (_, i) => [`Personne ${i + 1}`]),
    },
  };
}
