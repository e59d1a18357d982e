// What every group of handlers works with: the database and its repositories, the
// referentials, the clock, the audit trail and the access rules. Built once by
// createServices (handlers.ts) and handed to each group.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { analyzeSeeker } from '../../shared/analysis/engine';
import type { CatalogueEntry } from '../../shared/analysis/recommendations';
import type { AnalysisSettings } from '../../shared/analysis/settings';
import { toAnalysisJournal } from '../../shared/analysis/types';
import type { AnalysisResult, Dismissal } from '../../shared/analysis/types';
import type { BackupInfo, RestoreResult } from '../../shared/api/backup';
import type { CallContext } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { SeekerJournal } from '../../shared/journal/contract';
import type { Referentials } from '../../shared/reference/referentials';
import { createAnalysisRepository } from '../analysis/analysis-repository';
import { createAccessLogRepository } from '../db/access-log-repository';
import type { AccessRecord } from '../db/access-log-repository';
import { SessionStore } from '../auth/sessions';
import { SignInDelays } from '../auth/sign-in-delays';
import type { Sleep } from '../auth/sign-in-delays';
import { createAppMetaRepository } from '../db/app-meta-repository';
import { createAuditRepository } from '../db/audit-repository';
import { createCaseloadRepository } from '../db/caseload-repository';
import { createFollowUpRepository } from '../db/follow-up-repository';
import { createJournalRepository } from '../db/journal-repository';
import type { StoredSeekerKey } from '../db/journal-repository';
import { createSettingsRepository } from '../db/settings-repository';
import type { SettingsRepository, SettingsVersion } from '../db/settings-repository';
import { createUserRepository } from '../db/user-repository';
import { createRetention } from '../retention/retention';
import type { Retention } from '../retention/retention';
import { createAccess, noSuchSeeker } from './access';
import { ImportJobs } from '../import/import-jobs';
import type { Platform } from './platform';
import { StagedFiles } from '../import/staged-files';
import type { ImportOptions } from '../import/import-types';

/** What the app host (server/host/app-host.ts) lends the handlers. */
export interface BackupControls {
  list(): BackupInfo[];
  /** `actor`: who asked, for the audit trail. */
  create(actor: string): Promise<BackupInfo>;
  restore(name: string, actor: string): Promise<RestoreResult>;
}

export interface ContextOptions {
  db: Database;
  refs: Referentials;
  platform: Platform;
  version: string;
  now: () => Date;
  logError: (error: unknown) => void;
  /** Absent outside the app (CLI, most tests): the backup channels answer unsupported. */
  backups?: BackupControls;
  /** How a sign-in waits out its delay (tests pass theirs, which moves their clock). */
  sleep?: Sleep;
  /** The imports' JSON Lines chunk size: the default unless a test asks for small batches. */
  importTuning?: Pick<ImportOptions, 'chunkBytes'>;
}

export interface ServiceContext extends ContextOptions {
  /** The settings in force: what every analysis uses and names. */
  settings(): AnalysisSettings;
  /** The recommendation catalogue in force (part of the same version). */
  catalogue(): readonly CatalogueEntry[];
  /** The version in force and its history (Réglages). */
  settingsVersions: SettingsRepository;
  /** After a new version is saved: the next use reads the version in force again. */
  settingsChanged(): void;
  journals: ReturnType<typeof createJournalRepository>;
  analyses: ReturnType<typeof createAnalysisRepository>;
  caseload: ReturnType<typeof createCaseloadRepository>;
  followUp: ReturnType<typeof createFollowUpRepository>;
  meta: ReturnType<typeof createAppMetaRepository>;
  audit: ReturnType<typeof createAuditRepository>;
  accessLog: ReturnType<typeof createAccessLogRepository>;
  /**
   * Records who read what in the access log. A print session's reads are not: the
   * document it prints is recorded once, by the call that asked for it.
   */
  logRead(context: CallContext, access: AccessRecord): void;
  users: ReturnType<typeof createUserRepository>;
  signInDelays: SignInDelays;
  access: ReturnType<typeof createAccess>;
  sessions: SessionStore;
  staged: StagedFiles;
  imports: ImportJobs;
  /** The retention period, and the purge of people no import carries any more. */
  retention: Retention;
  /** The seeker if the caller may read (or, with `write`, change) their file. */
  seekerFor(
    context: CallContext,
    seekerId: string,
    mode: 'read' | 'write',
  ): { key: StoredSeekerKey; journal: SeekerJournal };
  /** The engine with the settings, catalogue and referentials in force. */
  analyse(journal: SeekerJournal, asOf: string, dismissals: readonly Dismissal[]): AnalysisResult;
}

export function createServiceContext(options: ContextOptions): ServiceContext {
  const { db, refs, now } = options;
  const journals = createJournalRepository(db);
  const access = createAccess(db);
  const users = createUserRepository(db, now);
  const audit = createAuditRepository(db, now);
  const accessLog = createAccessLogRepository(db, now);
  // The user is read again at every call: a disabled account or a new role applies at once.
  const sessions = new SessionStore((userId) => {
    const user = users.get(userId);
    if (!user || user.disabled) return undefined;
    const { displayName, role, team } = user;
    return { userId, displayName, role, team };
  });
  // One upload folder per database, beside it: its leftovers are found at the next start.
  const onDisk = !db.memory && db.name !== '';
  const staged = new StagedFiles({ uploadRoot: onDisk ? `${db.name}-uploads` : null, now });
  const settingsVersions = createSettingsRepository(db);
  // Read once, on first use: every analysis of every call uses it.
  let inForce: SettingsVersion | null = null;
  const versionInForce = () => (inForce ??= settingsVersions.current());
  const context: ServiceContext = {
    ...options,
    settings: () => versionInForce().settings,
    catalogue: () => versionInForce().catalogue,
    settingsVersions,
    settingsChanged() {
      inForce = null;
    },
    journals,
    analyses: createAnalysisRepository(db),
    caseload: createCaseloadRepository(db),
    followUp: createFollowUpRepository(db),
    meta: createAppMetaRepository(db),
    audit,
    accessLog,
    logRead(call, record) {
      if (call.printOf !== null) return;
      const user = call.user;
      if (!user) throw new ApiError('unauthorized', 'sign in first');
      accessLog.record({ userId: user.userId, role: user.role }, record);
    },
    users,
    signInDelays: new SignInDelays(() => now().getTime(), options.sleep),
    sessions,
    staged,
    imports: new ImportJobs(db, refs, staged, audit, now, options.logError, options.importTuning),
    access,
    retention: createRetention(db, audit),

    seekerFor(call, seekerId, mode) {
      const key = journals.findSeeker(seekerId);
      if (!key) throw noSuchSeeker(seekerId);
      // Checked before the journal is read: a refusal must not take a journal's read time.
      if (mode === 'write') access.assertWrite(call, seekerId, key.counsellorId);
      else access.assertRead(call, seekerId, key.counsellorId);
      const journal = journals.readJournal(seekerId);
      if (!journal) throw noSuchSeeker(seekerId);
      return { key, journal };
    },

    analyse(journal, asOf, dismissals) {
      return analyzeSeeker(toAnalysisJournal(journal), {
        refs,
        asOf,
        settings: context.settings(),
        catalogue: context.catalogue(),
        dismissals,
      });
    },
  };
  return context;
}
