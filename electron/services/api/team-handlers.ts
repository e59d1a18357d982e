// The team lead's dashboard.
import type { Handlers } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { ServiceContext } from './service-context';

type TeamHandlers = Pick<Handlers, 'team.dashboard'>;

export function teamHandlers(_s: ServiceContext): TeamHandlers {
  return {
    'team.dashboard': () => {
      throw new ApiError('unsupported', 'team.dashboard: not built yet');
    },
  };
}
