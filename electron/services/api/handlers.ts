// The one handler object behind both transports (Electron IPC and the browser mode's
// HTTP server). `satisfies Handlers` makes a missing or mistyped channel a compile
// error; arguments arrive already validated by shared/api/dispatch.ts.
import type { Database } from 'better-sqlite3';
import { analyzeSeeker } from '../../../shared/analysis/engine';
import {
  evidenceFingerprint,
  RECOMMENDATION_CATALOGUE,
} from '../../../shared/analysis/recommendations';
import type { AnalysisSettings } from '../../../shared/analysis/settings';
import { DEFAULT_SETTINGS } from '../../../shared/analysis/settings';
import { toAnalysisJournal } from '../../../shared/analysis/types';
import type { AnalysisResult, Dismissal } from '../../../shared/analysis/types';
import type { Handlers, SeekerPage } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { SeekerJournal } from '../../../shared/journal/contract';
import type { Referentials } from '../../../shared/reference/referentials';
import { analyseSeekers } from '../analysis/analyse-seekers';
import { createAnalysisRepository } from '../analysis/analysis-repository';
import { refreshStaleAnalyses } from '../analysis/refresh-analyses';
import { createAppMetaRepository } from '../db/app-meta-repository';
import { createAuditRepository } from '../db/audit-repository';
import { createCaseloadRepository } from '../db/caseload-repository';
import { createFollowUpRepository } from '../db/follow-up-repository';
import { createJournalRepository } from '../db/journal-repository';
import { journalWithEnteredMonth, storeEnteredMonth } from './enter-month';
import { ImportJobs } from './import-jobs';
import { StagedFiles } from './staged-files';

/** What differs between the desktop app and the browser mode. */
export interface Platform {
  mode: 'electron' | 'browser';
  /** The native open dialog: chosen paths, or [] when cancelled. */
  chooseImportFiles(): Promise<string[]>;
  /** The native save dialog: false when cancelled. */
  saveTextFile(suggestedName: string, content: string): Promise<boolean>;
}

/** The browser mode has no native dialogs: the page picks and downloads files itself. */
export const BROWSER_PLATFORM: Platform = {
  mode: 'browser',
  chooseImportFiles: () =>
    Promise.reject(new ApiError('unsupported', 'no native dialog in the browser mode')),
  saveTextFile: () =>
    Promise.reject(new ApiError('unsupported', 'no native dialog in the browser mode')),
};

export interface ServiceOptions {
  db: Database;
  refs: Referentials;
  platform: Platform;
  version: string;
  settings?: AnalysisSettings;
  now?: () => Date;
  logError?: (error: unknown) => void;
  /** Who the audit trail names; `local` (the one person at this workstation) until sign-in exists. */
  actor?: string;
}

export interface Services {
  handlers: Handlers;
  staged: StagedFiles;
  imports: ImportJobs;
  dispose(): Promise<void>;
}

/** The local calendar date: a counsellor's "today" is not UTC's. */
export function localIsoDate(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

function romeLabelsFor(journal: SeekerJournal, analysis: AnalysisResult, refs: Referentials) {
  const codes = new Set<string>(journal.ore.rome);
  for (const month of journal.months) {
    for (const action of month.actions) if (action.rome) codes.add(action.rome);
  }
  for (const rec of analysis.recommendations) {
    for (const s of rec.suggestedRome ?? []) codes.add(s.code);
    for (const t of rec.focusTargets ?? []) codes.add(t.code);
  }
  const labels: Record<string, string> = {};
  for (const code of codes) {
    const fiche = refs.rome(code);
    if (fiche) labels[code] = fiche.label;
  }
  return labels;
}

function communeNamesFor(journal: SeekerJournal, refs: Referentials) {
  const codes = new Set<string>();
  if (journal.commune) codes.add(journal.commune);
  for (const month of journal.months) {
    for (const action of month.actions) if (action.commune) codes.add(action.commune);
  }
  const names: Record<string, string> = {};
  for (const code of codes) {
    const commune = refs.commune(code);
    if (commune) names[code] = commune.name;
  }
  return names;
}

export function createServices(options: ServiceOptions): Services {
  const { db, refs, platform } = options;
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const now = options.now ?? (() => new Date());
  const journals = createJournalRepository(db);
  const analyses = createAnalysisRepository(db);
  const caseload = createCaseloadRepository(db);
  const followUp = createFollowUpRepository(db);
  const meta = createAppMetaRepository(db);
  const audit = createAuditRepository(db, now);
  const actor = options.actor ?? 'local';
  const staged = new StagedFiles();
  const imports = new ImportJobs(db, refs, staged, audit, actor, options.logError);

  function seekerOrThrow(seekerId: string) {
    const key = journals.findSeeker(seekerId);
    const journal = key && journals.readJournal(seekerId);
    if (!key || !journal) throw new ApiError('not_found', `no seeker ${seekerId}`);
    return { key, journal };
  }

  function analyse(journal: SeekerJournal, asOf: string, dismissals: readonly Dismissal[]) {
    return analyzeSeeker(toAnalysisJournal(journal), { refs, asOf, settings, dismissals });
  }

  const handlers = {
    'app.info': () => ({
      version: options.version,
      mode: platform.mode,
      demo: meta.get('demo') === '1',
      databasePath: db.name,
      today: localIsoDate(now()),
      counsellors: caseload.counsellors(),
    }),

    'caseload.list': async ({ counsellorId, asOf }) => {
      await refreshStaleAnalyses(db, { asOf, refs, settings });
      return caseload.read(counsellorId, asOf);
    },

    'seeker.get': ({ seekerId, asOf }): SeekerPage => {
      const { key, journal } = seekerOrThrow(seekerId);
      const analysis = analyse(journal, asOf, followUp.engineDismissals(key.seekerRef));
      return {
        journal,
        analysis,
        romeLabels: romeLabelsFor(journal, analysis, refs),
        communeNames: communeNamesFor(journal, refs),
        actionPlan: followUp.actionPlan(key.seekerRef),
        dismissals: followUp.dismissalRecords(key.seekerRef),
        notes: followUp.notes(key.seekerRef),
      };
    },

    'recommendation.accept': ({ seekerId, recommendationId }) => {
      const { key } = seekerOrThrow(seekerId);
      const entry = RECOMMENDATION_CATALOGUE.find((e) => e.id === recommendationId)!;
      const acceptedAt = now().toISOString();
      return db.transaction(() => {
        const { item, created } = followUp.acceptRecommendation(
          key.seekerRef,
          recommendationId,
          entry.label.fr,
          acceptedAt,
        );
        // Accepting again returns the item already there: only a new one is an event.
        if (created) {
          audit.append({
            actor,
            action: 'recommendation.accept',
            seekerId,
            details: { recommendation: recommendationId, planItem: item.id },
          });
        }
        return item;
      })();
    },

    'recommendation.dismiss': ({ seekerId, recommendationId, asOf, reason }) => {
      const { key, journal } = seekerOrThrow(seekerId);
      const before = analyse(journal, asOf, followUp.engineDismissals(key.seekerRef));
      const proposed = before.recommendations.find((r) => r.id === recommendationId);
      if (!proposed) {
        throw new ApiError('not_found', `${recommendationId} is not proposed for ${seekerId}`);
      }
      return db.transaction(() => {
        const record = followUp.dismiss(
          key.seekerRef,
          {
            id: recommendationId,
            dismissedOn: asOf,
            evidenceFingerprint: evidenceFingerprint(proposed.reasons),
            reason,
          },
          now().toISOString(),
        );
        audit.append({
          actor,
          action: 'recommendation.dismiss',
          seekerId,
          reason,
          details: { recommendation: recommendationId, asOf },
        });
        // The grid shows the top recommendation from the stored result: store it anew
        // without the dismissed one, so both screens agree.
        const computedAt = now().toISOString();
        for (const analysed of analyseSeekers(journals, [seekerId], {
          refs,
          asOf,
          settings,
          dismissalsOf: followUp.engineDismissals,
        })) {
          analyses.saveSerialized(analysed, computedAt);
        }
        return record;
      })();
    },

    'plan.add': ({ seekerId, label, dueOn }) => {
      const { key } = seekerOrThrow(seekerId);
      const addedAt = now().toISOString();
      return db.transaction(() => {
        const item = followUp.addOwnAction(key.seekerRef, label, dueOn, addedAt);
        // Free text written about a person stays in its table; the trail names it by id.
        audit.append({
          actor,
          action: 'plan.add',
          seekerId,
          details: { planItem: item.id, dueOn },
        });
        return item;
      })();
    },

    'plan.update': ({ seekerId, itemId, status, dueOn }) => {
      const { key } = seekerOrThrow(seekerId);
      return db.transaction(() => {
        const change = followUp.updatePlanItem(key.seekerRef, itemId, { status, dueOn });
        if (!change) throw new ApiError('not_found', `no plan item ${itemId} for ${seekerId}`);
        const { before, after } = change;
        audit.append({
          actor,
          action: 'plan.update',
          seekerId,
          details: {
            planItem: itemId,
            status: { from: before.status, to: after.status },
            dueOn: { from: before.dueOn, to: after.dueOn },
          },
        });
        return after;
      })();
    },

    'notes.add': ({ seekerId, text }) => {
      const { key } = seekerOrThrow(seekerId);
      const addedAt = now().toISOString();
      return db.transaction(() => {
        const note = followUp.addNote(key.seekerRef, text, addedAt);
        // The trail must not become a second copy of what was written about a person.
        audit.append({
          actor,
          action: 'note.add',
          seekerId,
          details: { note: note.id, length: text.length },
        });
        return note;
      })();
    },

    'journal.enterMonth': ({ seekerId, asOf, month }) => {
      const { key, journal } = seekerOrThrow(seekerId);
      const enteredAt = now().toISOString();
      const entered = journalWithEnteredMonth(journal, month, asOf, enteredAt);
      // The stored analysis now names the old journal hash: caseload.list and
      // seeker.get compute it again from the new journal.
      storeEnteredMonth(
        { db, journals, audit },
        key,
        entered.journal,
        entered.month,
        actor,
        enteredAt,
      );
      return entered.month;
    },

    'files.chooseForImport': async () => {
      const paths = await platform.chooseImportFiles();
      return paths.map((p) => staged.stagePath(p));
    },

    'files.saveText': ({ suggestedName, content }) => platform.saveTextFile(suggestedName, content),

    'import.start': ({ files }) => imports.start(files),

    'import.status': ({ jobId }) => imports.status(jobId),

    'settings.get': () => ({ settings, catalogue: RECOMMENDATION_CATALOGUE }),
  } satisfies Handlers;

  return {
    handlers,
    staged,
    imports,
    async dispose() {
      await imports.idle();
      staged.dispose();
    },
  };
}
