// Signing in and out, and the app's facts as the signed-in person may see them.
import type { Handlers } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { localIsoDate } from './local-date';
import type { ServiceContext } from './service-context';

type AuthHandlers = Pick<Handlers, 'app.info' | 'auth.signIn' | 'auth.signOut'>;

export function authHandlers(s: ServiceContext): AuthHandlers {
  return {
    'app.info': (_args, call) => {
      const readable = call.user ? new Set(s.access.readableCounsellors(call)) : new Set();
      return {
        version: s.version,
        reference: {
          rome4Version: s.refs.versions.rome4,
          rome4Fiches: s.refs.fiches.length + s.refs.rome4Fiches.length,
          classicFiches: s.refs.fiches.length,
          typedMobilityVersion: s.refs.versions.romeMobility,
        },
        mode: s.platform.mode,
        demo: s.meta.get('demo') === '1',
        databasePath: s.db.name,
        today: localIsoDate(s.now()),
        user: call.user,
        counsellors: s.caseload.counsellors().filter((c) => readable.has(c.id)),
      };
    },

    'auth.signIn': ({ userId, password }, call) => {
      const result = s.users.signIn(userId, password);
      if (!result.ok) {
        // Recorded under the id as typed (it may name nobody): failures are what a
        // guessing attempt looks like in the trail.
        s.audit.append({
          actor: userId.slice(0, 64),
          action: 'sign_in.failed',
          details: { reason: result.reason },
        });
        if (result.reason === 'locked') {
          throw new ApiError(
            'locked',
            `too many failed attempts: try again after ${result.lockedUntil ?? 'a few minutes'}`,
          );
        }
        // A disabled account answers like a wrong password: no way to probe accounts.
        throw new ApiError('unauthorized', 'unknown user or wrong password');
      }
      const { userId: id, displayName, role, team } = result.user;
      const user = { userId: id, displayName, role, team };
      const sessionToken = call.session.open(user);
      s.audit.append({ actor: id, action: 'sign_in' });
      return { user, sessionToken };
    },

    'auth.signOut': (_args, call) => {
      if (call.user) s.audit.append({ actor: call.user.userId, action: 'sign_out' });
      call.session.close();
      return true as const;
    },
  };
}
