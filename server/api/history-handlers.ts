// The controller's history view of one seeker: the journal as declared, and nothing
// computed from it (no analysis runs: the journal is not a control tool). Who may call
// it is the contract's rule (controllers only); every view is in the trail with its
// reason, written in the same transaction as the read, so none goes unrecorded.
import { declarationCalendar } from '../../shared/analysis/declaration-calendar';
import { localIsoDate } from '../local-date';
import type { Handlers } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { SeekerHistory } from '../../shared/api/history';
import { communeNamesFor, romeLabelsFor } from './portfolio-handlers';
import type { ServiceContext } from './service-context';
import { writeTransaction } from '../db/transactions';

type HistoryHandlers = Pick<Handlers, 'history.get'>;

export function historyHandlers(s: ServiceContext): HistoryHandlers {
  return {
    'history.get': ({ seekerId: typed, reason }, call) => {
      const actor = s.access.actorOf(call);
      return writeTransaction(s.db, (): SeekerHistory => {
        // A controller types the identifier from a letter or a call: « de-000016 » is
        // DE-000016. The trail names the stored identifier.
        const seekerId = s.journals.seekerIdIgnoringCase(typed.trim());
        const journal = seekerId === undefined ? undefined : s.journals.readJournal(seekerId);
        if (!seekerId || !journal) throw new ApiError('not_found', `no seeker ${typed}`);
        s.audit.append({ actor, action: 'history.view', seekerId, reason });
        s.logRead(call, { what: 'history', seekerId, details: { reason } });
        return {
          journal,
          romeLabels: romeLabelsFor(journal, null, s.refs),
          communeNames: communeNamesFor(journal, s.refs),
          calendar: declarationCalendar(localIsoDate(s.now()), s.settings().declarationWindow),
        };
      })();
    },
  };
}
