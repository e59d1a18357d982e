// Backups from the app: the list, « Sauvegarder maintenant » and a restore. The work is
// the app host's (server/host/app-host.ts), which owns the database file:
// a restore closes this very set of services and opens new ones on the restored file.
// Without a host (a test's or the CLI's bare services) these channels are unsupported.
// The two start-up channels are answered by the host itself; here the app runs normally.
import type { Handlers } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { ServiceContext } from './service-context';

type BackupHandlers = Pick<
  Handlers,
  | 'app.startupProblem'
  | 'backup.list'
  | 'backup.create'
  | 'backup.restore'
  | 'backup.restoreLatestAtStartup'
>;

function controls(s: ServiceContext) {
  if (!s.backups) throw new ApiError('unsupported', 'backups are not available here');
  return s.backups;
}

export function backupHandlers(s: ServiceContext): BackupHandlers {
  return {
    'app.startupProblem': () => null,
    'backup.list': () => controls(s).list(),
    'backup.create': (_args, call) => controls(s).create(call.user!.userId),
    'backup.restore': ({ name }, call) => controls(s).restore(name, call.user!.userId),
    'backup.restoreLatestAtStartup': () => {
      throw new ApiError('unsupported', 'the database opened normally: restore from Réglages');
    },
  };
}
