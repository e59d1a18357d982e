// The counsellor's follow-up of a seeker: the action plan (accepted recommendations and
// actions of their own), the recommendations they dismissed with the reason, and notes.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Dismissal, RecommendationId } from '../../shared/analysis/types';
import type { DismissalRecord, Note, PlanItem, PlanItemStatus } from '../../shared/api/contract';
import { writeTransaction } from './transactions';

interface PlanItemRow {
  item_ref: number;
  recommendation_id: string | null;
  label: string;
  status: string;
  due_on: string | null;
  created_at: string;
}

interface NoteRow {
  note_ref: number;
  text: string;
  created_at: string;
}

/** What may change on a plan item; a field left out keeps its value. */
export interface PlanItemChange {
  status?: PlanItemStatus;
  dueOn?: string | null;
}

interface DismissalRow {
  recommendation_id: string;
  reason: string;
  dismissed_on: string;
  evidence_fingerprint: string;
}

function rowToPlanItem(row: PlanItemRow): PlanItem {
  return {
    id: row.item_ref,
    recommendationId: row.recommendation_id as RecommendationId | null,
    label: row.label,
    status: row.status as PlanItemStatus,
    dueOn: row.due_on,
    createdAt: row.created_at,
  };
}

function rowToNote(row: NoteRow): Note {
  return { id: row.note_ref, text: row.text, createdAt: row.created_at };
}

export const FOLLOW_UP_QUERIES = {
  planOf: `SELECT item_ref, recommendation_id, label, status, due_on, created_at
    FROM action_plan_items WHERE seeker_ref = @seeker_ref ORDER BY item_ref`,
  notesOf: `SELECT note_ref, text, created_at
    FROM seeker_notes WHERE seeker_ref = @seeker_ref ORDER BY note_ref DESC`,
  dismissalsOf: `SELECT recommendation_id, reason, dismissed_on, evidence_fingerprint
    FROM recommendation_dismissals WHERE seeker_ref = @seeker_ref ORDER BY dismissal_ref`,
} as const;

export function createFollowUpRepository(db: Database) {
  const planOfStmt = db.prepare<{ seeker_ref: number }, PlanItemRow>(FOLLOW_UP_QUERIES.planOf);
  const dismissalsOfStmt = db.prepare<{ seeker_ref: number }, DismissalRow>(
    FOLLOW_UP_QUERIES.dismissalsOf,
  );
  const planItemForStmt = db.prepare<
    { seeker_ref: number; recommendation_id: string },
    PlanItemRow
  >(`SELECT item_ref, recommendation_id, label, status, due_on, created_at
     FROM action_plan_items WHERE seeker_ref = @seeker_ref AND recommendation_id = @recommendation_id
       AND status <> 'cancelled'`);
  const planItemStmt = db.prepare<{ seeker_ref: number; item_ref: number }, PlanItemRow>(
    `SELECT item_ref, recommendation_id, label, status, due_on, created_at
     FROM action_plan_items WHERE seeker_ref = @seeker_ref AND item_ref = @item_ref`,
  );
  const updatePlanItemStmt = db.prepare<{
    item_ref: number;
    status: string;
    due_on: string | null;
  }>('UPDATE action_plan_items SET status = @status, due_on = @due_on WHERE item_ref = @item_ref');
  const notesOfStmt = db.prepare<{ seeker_ref: number }, NoteRow>(FOLLOW_UP_QUERIES.notesOf);
  const insertNoteStmt = db.prepare<{ seeker_ref: number; text: string; created_at: string }>(
    'INSERT INTO seeker_notes (seeker_ref, text, created_at) VALUES (@seeker_ref, @text, @created_at)',
  );
  const insertPlanItemStmt = db.prepare(`
    INSERT INTO action_plan_items (seeker_ref, recommendation_id, label, status, due_on, created_at)
    VALUES (@seeker_ref, @recommendation_id, @label, 'todo', @due_on, @created_at)`);
  const insertDismissalStmt = db.prepare(`
    INSERT INTO recommendation_dismissals (seeker_ref, recommendation_id, reason, dismissed_on,
      evidence_fingerprint, created_at)
    VALUES (@seeker_ref, @recommendation_id, @reason, @dismissed_on, @evidence_fingerprint,
      @created_at)`);

  return {
    actionPlan(seekerRef: number): PlanItem[] {
      return planOfStmt.all({ seeker_ref: seekerRef }).map(rowToPlanItem);
    },

    /**
     * Adds an accepted recommendation to the plan; accepting it again returns the item
     * already there (a double click must not make two). One withdrawn from the plan
     * (cancelled) is not there any more: accepting it again adds a new item.
     */
    acceptRecommendation(
      seekerRef: number,
      recommendationId: RecommendationId,
      label: string,
      dueOn: string | null,
      now: string,
    ): { item: PlanItem; created: boolean } {
      return writeTransaction(db, () => {
        const existing = planItemForStmt.get({
          seeker_ref: seekerRef,
          recommendation_id: recommendationId,
        });
        if (existing) return { item: rowToPlanItem(existing), created: false };
        insertPlanItemStmt.run({
          seeker_ref: seekerRef,
          recommendation_id: recommendationId,
          label,
          due_on: dueOn,
          created_at: now,
        });
        const item = rowToPlanItem(
          planItemForStmt.get({ seeker_ref: seekerRef, recommendation_id: recommendationId })!,
        );
        return { item, created: true };
      })();
    },

    /** An action the counsellor wrote themselves: no recommendation behind it. */
    addOwnAction(seekerRef: number, label: string, dueOn: string | null, now: string): PlanItem {
      const { lastInsertRowid } = insertPlanItemStmt.run({
        seeker_ref: seekerRef,
        recommendation_id: null,
        label,
        due_on: dueOn,
        created_at: now,
      });
      return rowToPlanItem(
        planItemStmt.get({ seeker_ref: seekerRef, item_ref: Number(lastInsertRowid) })!,
      );
    },

    /**
     * Applies the change to the seeker's item; undefined when the seeker has no such
     * item (another seeker's item included), so nobody edits a plan through the wrong page.
     */
    updatePlanItem(
      seekerRef: number,
      itemId: number,
      change: PlanItemChange,
    ): { before: PlanItem; after: PlanItem } | undefined {
      const row = planItemStmt.get({ seeker_ref: seekerRef, item_ref: itemId });
      if (!row) return undefined;
      const before = rowToPlanItem(row);
      updatePlanItemStmt.run({
        item_ref: itemId,
        status: change.status ?? before.status,
        due_on: change.dueOn === undefined ? before.dueOn : change.dueOn,
      });
      const after = rowToPlanItem(planItemStmt.get({ seeker_ref: seekerRef, item_ref: itemId })!);
      return { before, after };
    },

    addNote(seekerRef: number, text: string, now: string): Note {
      const { lastInsertRowid } = insertNoteStmt.run({
        seeker_ref: seekerRef,
        text,
        created_at: now,
      });
      return { id: Number(lastInsertRowid), text, createdAt: now };
    },

    /** Newest first: the latest note is what the counsellor reads before a meeting. */
    notes(seekerRef: number): Note[] {
      return notesOfStmt.all({ seeker_ref: seekerRef }).map(rowToNote);
    },

    dismiss(
      seekerRef: number,
      dismissal: Dismissal & { reason: string },
      now: string,
    ): DismissalRecord {
      insertDismissalStmt.run({
        seeker_ref: seekerRef,
        recommendation_id: dismissal.id,
        reason: dismissal.reason,
        dismissed_on: dismissal.dismissedOn,
        evidence_fingerprint: dismissal.evidenceFingerprint,
        created_at: now,
      });
      return {
        recommendationId: dismissal.id,
        reason: dismissal.reason,
        dismissedOn: dismissal.dismissedOn,
      };
    },

    /** Every dismissal of the seeker, oldest first, with its reason. */
    dismissalRecords(seekerRef: number): DismissalRecord[] {
      return dismissalsOfStmt.all({ seeker_ref: seekerRef }).map((row) => ({
        recommendationId: row.recommendation_id as RecommendationId,
        reason: row.reason,
        dismissedOn: row.dismissed_on,
      }));
    },

    /** What the engine needs: the latest dismissal of each recommendation. */
    engineDismissals(seekerRef: number): Dismissal[] {
      const latest = new Map<string, Dismissal>();
      for (const row of dismissalsOfStmt.all({ seeker_ref: seekerRef })) {
        latest.set(row.recommendation_id, {
          id: row.recommendation_id as RecommendationId,
          dismissedOn: row.dismissed_on,
          evidenceFingerprint: row.evidence_fingerprint,
        });
      }
      return [...latest.values()];
    },
  };
}

export type FollowUpRepository = ReturnType<typeof createFollowUpRepository>;
