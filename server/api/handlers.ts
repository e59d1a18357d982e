// The one handler object behind both transports (Electron IPC and the browser mode's
// HTTP server), composed from one group per area. `satisfies Handlers` makes a missing
// or mistyped channel a compile error; arguments arrive already validated, and the
// caller's role already checked, by shared/api/dispatch.ts.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { CallContext, Handlers } from '../../shared/api/contract';
import type { Referentials } from '../../shared/reference/referentials';
import { contextFromToken } from '../auth/sessions';
import type { SessionStore } from '../auth/sessions';
import type { Sleep } from '../auth/sign-in-delays';
import { auditHandlers } from './audit-handlers';
import { backupHandlers } from './backup-handlers';
import { authHandlers } from './auth-handlers';
import { dpoHandlers } from './dpo-handlers';
import { exportHandlers } from './export-handlers';
import { fileHandlers } from './file-handlers';
import { followUpHandlers } from './follow-up-handlers';
import { historyHandlers } from './history-handlers';
import type { ImportJobs } from '../import/import-jobs';
import type { Platform } from './platform';
import { portfolioHandlers } from './portfolio-handlers';
import { reportHandlers } from './report-handlers';
import { retentionHandlers } from './retention-handlers';
import { createServiceContext } from './service-context';
import type { BackupControls, ServiceContext } from './service-context';
import { settingsHandlers } from './settings-handlers';
import type { StagedFiles } from '../import/staged-files';
import { teamHandlers } from './team-handlers';
import type { ImportOptions } from '../import/import-types';

export { BROWSER_PLATFORM } from './platform';
export type { Platform } from './platform';
export { localIsoDate } from '../local-date';

export interface ServiceOptions {
  db: Database;
  refs: Referentials;
  platform: Platform;
  version: string;
  now?: () => Date;
  logError?: (error: unknown) => void;
  backups?: BackupControls;
  sleep?: Sleep;
  importTuning?: Pick<ImportOptions, 'chunkBytes'>;
}

export interface Services {
  handlers: Handlers;
  staged: StagedFiles;
  imports: ImportJobs;
  sessions: SessionStore;
  context: ServiceContext;
  /** The call context for a session token (null: nobody signed in). */
  /** `client`: the caller's window or address (sign-in delays count per client). */
  contextFor(
    token: string | null,
    remember?: (token: string | null) => void,
    client?: string,
  ): CallContext;
  closeSession(token: string): void;
  dispose(): Promise<void>;
}

export function createServices(options: ServiceOptions): Services {
  const context = createServiceContext({
    db: options.db,
    refs: options.refs,
    platform: options.platform,
    version: options.version,
    now: options.now ?? (() => new Date()),
    logError: options.logError ?? (() => {}),
    ...(options.backups ? { backups: options.backups } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.importTuning ? { importTuning: options.importTuning } : {}),
  });
  const { staged, imports, sessions } = context;

  const handlers = {
    ...authHandlers(context),
    ...portfolioHandlers(context),
    ...followUpHandlers(context),
    ...fileHandlers(context),
    ...settingsHandlers(context),
    ...teamHandlers(context),
    ...reportHandlers(context),
    ...historyHandlers(context),
    ...auditHandlers(context),
    ...backupHandlers(context),
    ...retentionHandlers(context),
    ...dpoHandlers(context),
    ...exportHandlers(context),
  } satisfies Handlers;

  return {
    handlers,
    staged,
    imports,
    sessions,
    context,
    contextFor: (token, remember, client) => contextFromToken(sessions, token, remember, client),
    closeSession: (token) => sessions.close(token),
    async dispose() {
      await imports.idle();
      staged.dispose();
    },
  };
}
