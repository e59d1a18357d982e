// The whole API between the renderer and the main-process services, written once:
// each channel's argument schema and result type. The handler object is checked
// against `Handlers` at compile time, the dispatcher validates every argument with
// these schemas before a handler runs, and the renderer's `invoke<K>()` is typed from
// the same table, whatever the transport (Electron IPC or the browser mode's HTTP).
import { z } from 'zod';
import { RECOMMENDATION_IDS } from '../analysis/types';
import { CHANNEL_NAMES, isChannelName } from './channel-names';
import type { ChannelName } from './channel-names';
import type { AnalysisResult, RecommendationId, SignalId } from '../analysis/types';
import type { AnalysisSettings } from '../analysis/settings';
import type { CatalogueEntry } from '../analysis/recommendations';
import type { JournalMonth, SeekerJournal } from '../journal/contract';
import { actionSchema, monthFieldsSchema } from '../journal/schema';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const seekerId = z.string().min(1).max(64);
const jobId = z.string().regex(/^[a-f0-9]{32}$/, 'expected a job id');
const stagedFileId = z.string().regex(/^[a-f0-9]{32}$/, 'expected a staged file id');
const noArgs = z.strictObject({});
const planItemStatus = z.enum(['todo', 'in_progress', 'done', 'cancelled']);

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

// --- Result types ------------------------------------------------------------------

export interface CounsellorSummary {
  id: string;
  seekers: number;
}

export interface AppInfo {
  version: string;
  /** How the renderer reaches the services. */
  mode: 'electron' | 'browser';
  /** The database holds the generated demo caseload (a banner says so). */
  demo: boolean;
  databasePath: string;
  /** The main process's today, the default reference date. */
  today: string;
  counsellors: CounsellorSummary[];
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
  /** The 12 periods of `activity`, oldest first. */
  activityPeriods: string[];
  rows: CaseloadRow[];
}

export type PlanItemStatus = z.infer<typeof planItemStatus>;

export interface PlanItem {
  id: number;
  recommendationId: RecommendationId | null;
  label: string;
  status: PlanItemStatus;
  dueOn: string | null;
  createdAt: string;
}

/** A counsellor's free-text note about a seeker. */
export interface Note {
  id: number;
  text: string;
  createdAt: string;
}

export interface DismissalRecord {
  recommendationId: RecommendationId;
  reason: string;
  dismissedOn: string;
}

export interface SeekerPage {
  journal: SeekerJournal;
  analysis: AnalysisResult;
  /** ROME code → label, for every code of the journal and the analysis. */
  romeLabels: Record<string, string>;
  /** INSEE code → commune name, for the journal's communes. */
  communeNames: Record<string, string>;
  actionPlan: PlanItem[];
  dismissals: DismissalRecord[];
  /** Newest first. */
  notes: Note[];
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
  reason: string;
}

export interface ImportJob {
  id: string;
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
    issues: RejectedLine[];
    reanalysed: number;
  } | null;
  error: { code: string; message: string } | null;
}

export interface SettingsView {
  settings: AnalysisSettings;
  catalogue: readonly CatalogueEntry[];
}

// --- The table ---------------------------------------------------------------------

/**
 * Declares a channel: `channel<Result>()(argumentSchema)`. The result type is a
 * phantom (types only); the schema is what the dispatcher runs.
 */
function channel<R>() {
  return <A extends z.ZodType>(args: A): { args: A; result: R } => ({
    args,
    result: undefined as unknown as R,
  });
}

export const API = {
  'app.info': channel<AppInfo>()(noArgs),
  'caseload.list': channel<Caseload>()(
    z.strictObject({ counsellorId: seekerId.nullable(), asOf: isoDate }),
  ),
  'seeker.get': channel<SeekerPage>()(z.strictObject({ seekerId, asOf: isoDate })),
  'recommendation.accept': channel<PlanItem>()(
    z.strictObject({ seekerId, recommendationId: z.enum(RECOMMENDATION_IDS), asOf: isoDate }),
  ),
  'recommendation.dismiss': channel<DismissalRecord>()(
    z.strictObject({
      seekerId,
      recommendationId: z.enum(RECOMMENDATION_IDS),
      asOf: isoDate,
      reason: z.string().trim().min(3, 'a reason of at least 3 characters').max(500),
    }),
  ),
  /** An action of the counsellor's own, not from a recommendation. */
  'plan.add': channel<PlanItem>()(
    z.strictObject({
      seekerId,
      label: z.string().trim().min(1).max(200),
      dueOn: isoDate.nullable(),
    }),
  ),
  /** Changes what is given; an item of another seeker is not_found. */
  'plan.update': channel<PlanItem>()(
    z.strictObject({
      seekerId,
      itemId: z.number().int().positive(),
      status: planItemStatus.optional(),
      dueOn: isoDate.nullable().optional(),
    }),
  ),
  'notes.add': channel<Note>()(
    z.strictObject({ seekerId, text: z.string().trim().min(1).max(2000) }),
  ),
  /**
   * A month the person could not declare, entered by the counsellor: stored with
   * `entered_by: 'counsellor'`. A period already in the journal, after asOf's month or
   * before registration, or an action dated outside its period, is invalid_arguments.
   */
  'journal.enterMonth': channel<JournalMonth>()(
    z.strictObject({ seekerId, asOf: isoDate, month: enteredMonth }),
  ),
  /** Electron only: the native open dialog; the chosen files are staged for import. */
  'files.chooseForImport': channel<StagedFile[]>()(noArgs),
  /** Electron only: the native save dialog; false when the person cancelled. */
  'files.saveText': channel<boolean>()(
    z.strictObject({
      suggestedName: z.string().regex(/^[\w.-]{1,100}$/, 'expected a plain file name'),
      content: z.string().max(200 * 1024 * 1024),
    }),
  ),
  'import.start': channel<ImportJob>()(
    z.strictObject({ files: z.array(stagedFileId).min(1).max(20) }),
  ),
  'import.status': channel<ImportJob>()(z.strictObject({ jobId })),
  'settings.get': channel<SettingsView>()(noArgs),
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

/** The main-process side: one function per channel; a missing one is a compile error. */
export type Handlers = {
  [K in Channel]: (args: ArgsOf<K>) => Promise<ResultOf<K>> | ResultOf<K>;
};
