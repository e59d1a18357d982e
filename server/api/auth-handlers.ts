// Signing in and out, and the app's facts as the signed-in person may see them.
import type { Handlers } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { localIsoDate } from '../local-date';
import type { ServiceContext } from './service-context';

type AuthHandlers = Pick<Handlers, 'app.info' | 'auth.signIn' | 'auth.signOut'>;

/**
 * The trail's actor for a failed sign-in under an identifier that names no account.
 * What was typed is not kept, not even hashed: it is as often a password typed in the
 * wrong field as a guess, and a short text's hash is easily reversed.
 */
export const UNKNOWN_ACCOUNT_ACTOR = '(unknown)';

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
        databasePath: call.user ? s.db.name : null,
        today: localIsoDate(s.now()),
        user: call.user,
        counsellors: s.caseload.counsellors().filter((c) => readable.has(c.id)),
      };
    },

    'auth.signIn': async ({ userId, password }, call) => {
      await s.signInDelays.wait(userId, call.client);
      const result = s.users.signIn(userId, password);
      if (!result.ok) {
        s.signInDelays.failed(userId, call.client);
        s.audit.append({
          actor: result.reason === 'unknown_account' ? UNKNOWN_ACCOUNT_ACTOR : result.account,
          action: 'sign_in.failed',
          details: { reason: result.reason },
        });
        // One answer for an unknown id, a disabled account and a wrong password.
        throw new ApiError('unauthorized', 'unknown user or wrong password');
      }
      s.signInDelays.succeeded(userId);
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
