// The audit trail as its readers may see it: a team lead their team's entries, an
// administrator every entry, a counsellor the controllers' views of their seekers. The
// contract has already checked the role; which entries is decided here.
import type { Handlers } from '../../shared/api/contract';
import type { CallContext } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { AuditScope } from '../db/audit-repository';
import type { ServiceContext } from './service-context';

type AuditHandlers = Pick<Handlers, 'audit.list' | 'audit.historyViews'>;

/** Null: the caller reads no entry (a team lead without a team). */
function scopeOf(call: CallContext): AuditScope | null {
  const user = call.user;
  if (user?.role === 'admin') return { kind: 'all' };
  if (user?.role === 'team_lead')
    return user.team === null ? null : { kind: 'team', team: user.team };
  throw new ApiError('forbidden', 'the audit trail is read by team leads and administrators');
}

export function auditHandlers(s: ServiceContext): AuditHandlers {
  return {
    'audit.list': ({ before, limit }, call) => {
      const scope = scopeOf(call);
      return scope ? s.audit.page(scope, before, limit) : { entries: [], nextBefore: null };
    },

    'audit.historyViews': (_args, call) => s.audit.historyViewsOf(s.access.actorOf(call)),
  };
}
