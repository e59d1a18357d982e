// Réglages › Conservation: the retention period of people no import carries any more,
// which an administrator reads and changes (retention.ts does the purge).
import type { Handlers } from '../../shared/api/contract';
import { localIsoDate } from '../local-date';
import type { ServiceContext } from './service-context';

type RetentionHandlers = Pick<Handlers, 'retention.get' | 'retention.update'>;

export function retentionHandlers(s: ServiceContext): RetentionHandlers {
  return {
    'retention.get': () => s.retention.view(localIsoDate(s.now())),
    'retention.update': ({ months }, call) => {
      s.retention.setMonths(months, s.access.actorOf(call));
      return s.retention.view(localIsoDate(s.now()));
    },
  };
}
