// The whole API between the renderer and the main-process services, written once:
// each channel's argument schema and result type. The handler object is checked
// against `Handlers` at compile time, the dispatcher validates every argument with
// these schemas before a handler runs, and the renderer's `invoke<K>()` is typed from
// the same table, whatever the transport (Electron IPC or the browser mode's HTTP).
import { z } from 'zod';
import { RECOMMENDATION_IDS } from '../analysis/types';
import { CHANNEL_NAMES, isChannelName } from './channel-names';
import type { ChannelName } from './channel-names';
import type { RecommendationId, SignalId } from '../analysis/types';
import type { JournalMonth } from '../journal/contract';
import type { ImportReason } from '../journal/reasons';
import { actionSchema, monthFieldsSchema } from '../journal/schema';
import type { Role, SignedInUser } from '../auth/roles';
import { PAGE_EXPORT_KINDS } from './audit';
import type { AuditPage, HistoryViewRecord } from './audit';
import { BACKUP_NAME_PATTERN } from './backup';
import type { BackupInfo, RestoreResult, StartupProblem, StartupRestoreResult } from './backup';
import type { PersonAccessLog, PersonDossier } from './dpo';
import type { SeekerHistory } from './history';
import { MAX_RETENTION_MONTHS, MIN_RETENTION_MONTHS } from './retention';
import type { RetentionView } from './retention';
import type { ReportData, ReportExport } from './report';
import { PLAN_ITEM_STATUSES } from './seeker-page';
import type { DismissalRecord, Note, PlanItem, SeekerPage } from './seeker-page';
import { settingsChangeArgs } from './settings';
import type { SettingsView } from './settings';
import type { DeclarationCalendar } from '../analysis/declaration-calendar';
import type { TeamDashboard } from './team-dashboard';

export type { SettingsView, SignedInUser };
export type { DismissalRecord, Note, PlanItem, PlanItemStatus, SeekerPage } from './seeker-page';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
/** The longest seeker identifier a channel accepts (the search forms stop there too). */
export const SEEKER_ID_MAX_LENGTH = 64;
const seekerId = z.string().min(1).max(SEEKER_ID_MAX_LENGTH);
/** The language a document is written in for its reader; French when absent. */
const reportLocale = z.enum(['fr', 'en']).optional();
const jobId = z.string().regex(/^[a-f0-9]{32}$/, 'expected a job id');
/** Where a page of an import's rejected lines starts (0-based); they are at most a few thousand. */
const issuesFrom = z.number().int().min(0).max(100_000).optional();
const stagedFileId = z.string().regex(/^[a-f0-9]{32}$/, 'expected a staged file id');
const noArgs = z.strictObject({});
const planItemStatus = z.enum(PLAN_ITEM_STATUSES);

/** At most this many actions in a month a counsellor enters for a person. */
export const MAX_ENTERED_ACTIONS = 60;
export const MAX_ENTERED_COMMENT = 2000;

/**
 * A month of journal as a counsellor enters it for a person without digital access:
 * the journal's own rules for each field, without what the server decides (action
 * ids, submitted_at, entered_by).
 */
const enteredMonth = z.strictObject({
  period: monthFieldsSchema.shape.period,
  mood: monthFieldsSchema.shape.mood.unwrap(),
  comment: z
    .string()
    .trim()
    .max(MAX_ENTERED_COMMENT)
    .nullable()
    .transform((v) => (v === '' ? null : v)),
  actions: z.array(actionSchema.omit({ id: true })).max(MAX_ENTERED_ACTIONS),
});
export type EnteredMonth = z.infer<typeof enteredMonth>;

/** The largest table an export carries (a team's caseload holds a few hundred rows). */
export const MAX_EXPORT_ROWS = 20_000;
const exportTableSchema = z.strictObject({
  sheetName: z.string().max(100),
  columns: z
    .array(
      z.strictObject({
        header: z.string().max(200),
        kind: z.enum(['text', 'integer', 'number', 'date', 'month', 'percent']),
      }),
    )
    .min(1)
    .max(40)
    .readonly(),
  rows: z
    .array(
      z
        .array(z.union([z.string().max(4000), z.number(), z.null()]))
        .max(40)
        .readonly(),
    )
    .max(MAX_EXPORT_ROWS)
    .readonly(),
});

/** A file the server wrote: saved through the dialog in the app, returned (base64) in a browser. */
export interface ExportedFile {
  fileName: string;
  /** False when the person cancelled the save dialog. */
  saved: boolean;
  /** The browser mode's download; null in the app. */
  base64: string | null;
}

// --- Result types ------------------------------------------------------------------

export interface CounsellorSummary {
  id: string;
  /** From the users table; null for a counsellor id without a user. */
  displayName: string | null;
  seekers: number;
}

/** The ROME referential in use (data/reference), as Réglages shows it. */
export interface ReferenceInfo {
  /** ROME 4.0 release of the fiches and their mobilities, e.g. `460`. */
  rome4Version: string;
  /** ROME 4.0 fiches, the classic ones included (1,584 in v460). */
  rome4Fiches: number;
  /** The classic fiches, each a ROME 4.0 fiche's parent (532). */
  classicFiches: number;
  /** ROME v3 release of the classic fiches' typed (proche / évolution) mobilities. */
  typedMobilityVersion: string;
}

export interface AppInfo {
  version: string;
  reference: ReferenceInfo;
  /** How the renderer reaches the services. */
  mode: 'electron' | 'browser';
  /** The database holds the generated demo caseload (a banner says so). */
  demo: boolean;
  /** Null before sign-in: where the data lives is nobody's business until then. */
  databasePath: string | null;
  /** The main process's today, the default reference date. */
  today: string;
  /** Who is signed in on this window or tab; null before sign-in. */
  user: SignedInUser | null;
  /** The portfolios this user may read (their own, their team's); none before sign-in. */
  counsellors: CounsellorSummary[];
}

export interface SignInResult {
  user: SignedInUser;
  /** The browser mode's session, sent back with every call; unused over IPC. */
  sessionToken: string;
}

/** One row of the caseload grid. */
export interface CaseloadRow {
  seekerId: string;
  firstName: string;
  lastName: string;
  counsellorId: string;
  modality: string;
  monthsFollowed: number;
  /** Latest period with a declaration, YYYY-MM. */
  lastDeclaration: string | null;
  actionsLast30Days: number;
  /** Actions per month over the last 12 months, oldest first. */
  activity: number[];
  attention: number;
  signals: SignalId[];
  topRecommendation: RecommendationId | null;
  benefitEnd: string | null;
}

export interface Caseload {
  asOf: string;
  /** Which months are complete, in progress or pending on asOf (the settings in force). */
  calendar: DeclarationCalendar;
  /** The 12 periods of `activity`, oldest first. */
  activityPeriods: string[];
  rows: CaseloadRow[];
}

export interface StagedFile {
  id: string;
  name: string;
  size: number;
}

export interface RejectedLine {
  file: string;
  line: number;
  seekerId: string | null;
  severity: 'rejected' | 'warning';
  /** A key and parameters: the reader's language words it (shared/journal/reason-text.ts). */
  reason: ImportReason;
}

/**
 * A page of an import's rejected lines and warnings: only the first 1,000 of each are
 * kept (IMPORT_LIMITS.keptIssues), and replies carry ISSUES_PAGE of them at most.
 */
export interface IssuePage {
  issues: RejectedLine[];
  /** How many the import kept in all (its counts say how many there were). */
  kept: number;
  /** Where the next page starts (`issuesFrom`, `from`); null on the last page. */
  nextFrom: number | null;
}

/** Rejected lines and warnings per reply of import.status and import.issues. */
export const ISSUES_PAGE = 250;

export interface ImportJob {
  id: string;
  /**
   * `preview`: the files read and checked, nothing written; its counts say what the
   * import would do (imported = new people, updated = journals replaced).
   */
  kind: 'preview' | 'import';
  state: 'running' | 'completed' | 'failed';
  files: string[];
  bytesRead: number;
  bytesTotal: number;
  seekers: number;
  /** Set once completed. */
  summary: {
    imported: number;
    updated: number;
    unchanged: number;
    rejected: number;
    warnings: number;
    /** The page asked for (the first one unless `issuesFrom` says otherwise). */
    issues: IssuePage;
    reanalysed: number;
    /** The latest completed import of exactly these bytes, if any. */
    sameContentAs: { importRef: number; startedAt: string } | null;
  } | null;
  /** `reason`: why the files could not be read at all (import_input), for each reader to word. */
  error: { code: string; message: string; reason?: ImportReason } | null;
}

/** A past (or running) import, as the import screen lists it. */
export interface ImportRun {
  importRef: number;
  files: string[];
  startedAt: string;
  finishedAt: string | null;
  status: 'running' | 'completed' | 'failed' | 'interrupted';
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
  warnings: number;
  /** Who ran it (a user id, `cli`), when recorded; their name when they are a user. */
  actor: string | null;
  actorName: string | null;
}

// --- The table ---------------------------------------------------------------------

/**
 * Who may call a channel, checked by the dispatcher before the handler runs: anyone
 * (`public`), or a signed-in person of one of these roles. Which seekers they may
 * read or change is the handler's check (server/api/access.ts).
 */
export type Access = 'public' | readonly Role[];

const COUNSELLOR: readonly Role[] = ['counsellor'];
const PORTFOLIO_READERS: readonly Role[] = ['counsellor', 'team_lead'];
const IMPORTERS: readonly Role[] = ['team_lead', 'admin'];
const EXPORTERS: readonly Role[] = ['counsellor', 'team_lead', 'admin'];
/** The data-protection officer: the access log and the right of access, no portfolio. */
const DPO: readonly Role[] = ['dpo'];
/** A team lead may take a backup before an import; restoring is the administrator's. */
const BACKUP_MAKERS: readonly Role[] = ['team_lead', 'admin'];

/**
 * Declares a channel: `channel<Result>()(argumentSchema, access)`. The result type is a
 * phantom (types only); the schema and the access are what the dispatcher runs.
 */
function channel<R>() {
  return <A extends z.ZodType>(
    args: A,
    access: Access,
  ): { args: A; access: Access; result: R } => ({
    args,
    access,
    result: undefined as unknown as R,
  });
}

export const API = {
  'app.info': channel<AppInfo>()(noArgs, 'public'),
  'auth.signIn': channel<SignInResult>()(
    z.strictObject({
      userId: z.string().trim().min(1).max(64),
      password: z.string().min(1).max(1024),
    }),
    'public',
  ),
  /** Ends this window's or tab's session; true even when none was open. */
  'auth.signOut': channel<true>()(noArgs, 'public'),
  /**
   * A counsellor reads their own portfolio (null or their id); a team lead their team's
   * (null: the whole team) or one counsellor of it. Anything else is forbidden.
   */
  'caseload.list': channel<Caseload>()(
    z.strictObject({ counsellorId: seekerId.nullable(), asOf: isoDate }),
    PORTFOLIO_READERS,
  ),
  'seeker.get': channel<SeekerPage>()(
    z.strictObject({ seekerId, asOf: isoDate }),
    PORTFOLIO_READERS,
  ),
  /** Puts the recommendation in the plan, due on `dueOn` (the screen proposes a date). */
  'recommendation.accept': channel<PlanItem>()(
    z.strictObject({
      seekerId,
      recommendationId: z.enum(RECOMMENDATION_IDS),
      asOf: isoDate,
      dueOn: isoDate.nullable().optional(),
    }),
    COUNSELLOR,
  ),
  'recommendation.dismiss': channel<DismissalRecord>()(
    z.strictObject({
      seekerId,
      recommendationId: z.enum(RECOMMENDATION_IDS),
      asOf: isoDate,
      reason: z.string().trim().min(3, 'a reason of at least 3 characters').max(500),
    }),
    COUNSELLOR,
  ),
  /** An action of the counsellor's own, not from a recommendation. */
  'plan.add': channel<PlanItem>()(
    z.strictObject({
      seekerId,
      label: z.string().trim().min(1).max(200),
      dueOn: isoDate.nullable(),
    }),
    COUNSELLOR,
  ),
  /** Changes what is given; an item of another seeker is not_found. */
  'plan.update': channel<PlanItem>()(
    z.strictObject({
      seekerId,
      itemId: z.number().int().positive(),
      status: planItemStatus.optional(),
      dueOn: isoDate.nullable().optional(),
    }),
    COUNSELLOR,
  ),
  'notes.add': channel<Note>()(
    z.strictObject({ seekerId, text: z.string().trim().min(1).max(2000) }),
    COUNSELLOR,
  ),
  /**
   * A month the person could not declare, entered by the counsellor: stored with
   * `entered_by: 'counsellor'`. A period already in the journal, after asOf's month or
   * before registration, or an action dated outside its period, is invalid_arguments.
   */
  'journal.enterMonth': channel<JournalMonth>()(
    z.strictObject({ seekerId, asOf: isoDate, month: enteredMonth }),
    COUNSELLOR,
  ),
  /** Electron only: the native open dialog; the chosen files are staged for import. */
  'files.chooseForImport': channel<StagedFile[]>()(noArgs, IMPORTERS),
  'import.start': channel<ImportJob>()(
    z.strictObject({ files: z.array(stagedFileId).min(1).max(20) }),
    IMPORTERS,
  ),
  /** `issuesFrom`: which page of the finished job's rejected lines to carry (0 by default). */
  'import.status': channel<ImportJob>()(z.strictObject({ jobId, issuesFrom }), IMPORTERS),
  /** Reads and checks the staged files without writing: what the import would do. */
  'import.preview': channel<ImportJob>()(
    z.strictObject({ files: z.array(stagedFileId).min(1).max(20) }),
    IMPORTERS,
  ),
  /** The latest imports, newest first: who, when, which files, counts, how each ended. */
  'import.history': channel<ImportRun[]>()(noArgs, IMPORTERS),
  /** The rejected lines and warnings a past import kept, in the order met, a page at a time. */
  'import.issues': channel<IssuePage>()(
    z.strictObject({ importRef: z.number().int().positive(), from: issuesFrom }),
    IMPORTERS,
  ),
  'settings.get': channel<SettingsView>()(noArgs, ['counsellor', 'team_lead', 'admin']),
  /** A new settings version, validated whole; the analyses are recomputed with it. */
  'settings.update': channel<SettingsView>()(settingsChangeArgs, ['team_lead', 'admin']),
  /** The team lead's team: figures per counsellor now and over 12 months. */
  'team.dashboard': channel<TeamDashboard>()(z.strictObject({ asOf: isoDate }), ['team_lead']),
  /** The diagnostic interview report's data (its preview and its PDF show the same). */
  'report.get': channel<ReportData>()(
    z.strictObject({ seekerId, asOf: isoDate, locale: reportLocale }),
    PORTFOLIO_READERS,
  ),
  /** The report as a PDF: saved through the dialog in the app, returned in a browser. */
  'report.exportPdf': channel<ReportExport>()(
    z.strictObject({ seekerId, asOf: isoDate, locale: reportLocale }),
    PORTFOLIO_READERS,
  ),
  /** A controller reads one seeker's journal as declared, after stating why. */
  'history.get': channel<SeekerHistory>()(
    z.strictObject({
      seekerId,
      reason: z.string().trim().min(10, 'a reason of at least 10 characters').max(500),
    }),
    ['controller'],
  ),
  /** The trail, newest first: a team lead's team, everything for an administrator. */
  'audit.list': channel<AuditPage>()(
    z.strictObject({
      before: z.number().int().positive().nullable(),
      limit: z.number().int().min(1).max(500),
    }),
    ['team_lead', 'admin'],
  ),
  /** Who viewed the history of the counsellor's seekers, and why. */
  'audit.historyViews': channel<HistoryViewRecord[]>()(noArgs, COUNSELLOR),
  /**
   * A table as the page shows it (the grid's rows, the import's issues), written out by
   * the server as CSV or XLSX: saved through the dialog in the app, returned in a
   * browser. The trail records the file the server wrote (its rows, size and digest).
   */
  'export.table': channel<ExportedFile>()(
    z.strictObject({
      kind: z.enum(PAGE_EXPORT_KINDS),
      format: z.enum(['csv', 'xlsx']),
      baseName: z.string().regex(/^[\w.-]{1,90}$/, 'expected a plain file name'),
      table: exportTableSchema,
    }),
    EXPORTERS,
  ),
  // --- The data-protection officer (docs/security.md) ---
  /** Who read a person's file (the access log), newest first; the search is recorded too. */
  'dpo.accessLog': channel<PersonAccessLog>()(z.strictObject({ seekerId }), DPO),
  /** The right-of-access document, for its print page only (the print session of a dpo.export). */
  'dpo.dossier': channel<PersonDossier>()(z.strictObject({ seekerId }), DPO),
  /**
   * « Tout ce que Jalon détient sur cette personne » as JSON or PDF: saved through the
   * dialog in the app, returned in a browser; in the trail and the access log.
   */
  'dpo.export': channel<ExportedFile>()(
    z.strictObject({ seekerId, format: z.enum(['json', 'pdf']), locale: reportLocale }),
    DPO,
  ),
  // --- Backups and start-up recovery (docs/reliability.md) ---
  /** What kept the database from opening at start (recovery mode); null when all is well. */
  'app.startupProblem': channel<StartupProblem | null>()(noArgs, 'public'),
  /** The backups beside the database, newest first. */
  'backup.list': channel<BackupInfo[]>()(noArgs, BACKUP_MAKERS),
  /** « Sauvegarder maintenant »: a verified copy, recorded in the trail. */
  'backup.create': channel<BackupInfo>()(noArgs, BACKUP_MAKERS),
  /**
   * Replaces everyone's data with a backup (a safety copy of the current one is made
   * first): administrators only. Every session ends; people sign in again.
   */
  'backup.restore': channel<RestoreResult>()(
    z.strictObject({
      name: z.string().max(100).regex(BACKUP_NAME_PATTERN, 'expected a backup name'),
    }),
    ['admin'],
  ),
  /**
   * Recovery mode only (the database could not be opened, so nobody can sign in): puts
   * back the newest verified backup. Refused once the app runs normally.
   */
  'backup.restoreLatestAtStartup': channel<StartupRestoreResult>()(noArgs, 'public'),
  // --- Retention (docs/privacy.md) ---
  /** How long people no import carries any more are kept, and when the purge last ran. */
  'retention.get': channel<RetentionView>()(noArgs, ['admin']),
  /** A new retention period, recorded in the trail; the next daily purge applies it. */
  'retention.update': channel<RetentionView>()(
    z.strictObject({
      months: z.number().int().min(MIN_RETENTION_MONTHS).max(MAX_RETENTION_MONTHS),
    }),
    ['admin'],
  ),
} as const;

export type Api = typeof API;

// The zod-free list in channel-names.ts must name exactly the channels of the table:
// a channel added to one and not the other fails to compile here.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const channelListsMatch: SameKeys<keyof Api, ChannelName> = true;
void channelListsMatch;
export type Channel = keyof Api;
/** The one list of channel names (channel-names.ts), typed as this table's keys. */
export const CHANNELS: readonly Channel[] = CHANNEL_NAMES;
export const isChannel: (name: unknown) => name is Channel = isChannelName;
export type ArgsOf<K extends Channel> = z.infer<Api[K]['args']>;
export type ResultOf<K extends Channel> = Api[K]['result'];

/**
 * What a handler knows of its call besides the arguments: who is signed in on the
 * calling window or tab, and that session to open or close (auth.signIn/signOut).
 */
export interface CallContext {
  user: SignedInUser | null;
  /**
   * Set on the short-lived session that renders one report for the PDF: it may read
   * that seeker's report whatever its user's portfolio (the CLI's session has no other).
   */
  printOf: string | null;
  /**
   * Who is calling, for the delays after failed sign-ins: the window in the desktop
   * app, the remote address in the browser mode.
   */
  client: string;
  session: {
    /** Opens a session for `user` on the caller's window or tab; returns its token. */
    open(user: SignedInUser): string;
    close(): void;
  };
}

/** The main-process side: one function per channel; a missing one is a compile error. */
export type Handlers = {
  [K in Channel]: (args: ArgsOf<K>, context: CallContext) => Promise<ResultOf<K>> | ResultOf<K>;
};
