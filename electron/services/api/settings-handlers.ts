// Réglages: the analysis settings and the recommendation catalogue in force.
import type { Handlers } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { ServiceContext } from './service-context';

type SettingsHandlers = Pick<Handlers, 'settings.get' | 'settings.update'>;

export function settingsHandlers(s: ServiceContext): SettingsHandlers {
  return {
    'settings.get': () => ({
      settings: s.settings(),
      catalogue: s.catalogue(),
      current: { version: s.settings().version, changedAt: null, changedBy: null, reason: null },
      history: [],
    }),
    'settings.update': () => {
      throw new ApiError('unsupported', 'settings.update: not built yet');
    },
  };
}
