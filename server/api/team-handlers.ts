// The team lead's dashboard: their team's portfolios, now and over twelve months.
import type { Handlers } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { refreshStaleAnalyses } from '../analysis/refresh-analyses';
import { createTeamDashboard } from '../team/team-dashboard';
import type { ServiceContext } from './service-context';

type TeamHandlers = Pick<Handlers, 'team.dashboard'>;

export function teamHandlers(s: ServiceContext): TeamHandlers {
  const dashboard = createTeamDashboard({
    db: s.db,
    refs: s.refs,
    journals: s.journals,
    settings: () => s.settings(),
    displayNameOf: (counsellorId) => s.users.get(counsellorId)?.displayName ?? null,
  });
  return {
    'team.dashboard': async ({ asOf }, call) => {
      // The dispatcher lets only team leads in; one without a team leads nobody.
      const team = call.user?.team;
      if (!team) throw new ApiError('forbidden', 'team.dashboard: you lead no team');
      // The current figures are the grid's: the stored analyses, brought up to date first.
      await refreshStaleAnalyses(s.db, {
        asOf,
        refs: s.refs,
        settings: s.settings(),
        catalogue: s.catalogue(),
      });
      return dashboard.read(team, s.access.readableCounsellors(call), asOf);
    },
  };
}
