// The caseload grid's rows: one per seeker, from the seeker row, the stored analysis
// (its small columns, never the whole result) and aggregates of the journal. Two
// statements per read, whatever the number of seekers: no query per row.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { periodsEndingWith } from '../../shared/analysis/calendar';
import type { RecommendationId, SignalId } from '../../shared/analysis/types';
import type { Caseload, CaseloadRow, CounsellorSummary } from '../../shared/api/contract';
import { readTransaction } from './transactions';

const SEEKER_COLUMNS = `s.seeker_ref, s.seeker_id, s.first_name, s.last_name, s.counsellor_id,
  s.modality, s.benefit_end,
  (SELECT count(*) FROM journal_months m WHERE m.seeker_ref = s.seeker_ref) AS months_followed,
  (SELECT max(m.period) FROM journal_months m WHERE m.seeker_ref = s.seeker_ref) AS last_declaration,
  r.attention, r.signal_ids, r.top_recommendation`;

const ACTIVITY_COLUMNS = `a.seeker_ref, a.period, count(*) AS actions,
  sum(a.date > @since) AS recent`;

export const CASELOAD_QUERIES = {
  seekersAll: `SELECT ${SEEKER_COLUMNS} FROM seekers s
    LEFT JOIN analysis_results r ON r.seeker_ref = s.seeker_ref`,
  seekersOfCounsellor: `SELECT ${SEEKER_COLUMNS} FROM seekers s
    LEFT JOIN analysis_results r ON r.seeker_ref = s.seeker_ref
    WHERE s.counsellor_id = @counsellor_id`,
  activityAll: `SELECT ${ACTIVITY_COLUMNS} FROM journal_actions a
    WHERE a.period >= @from_period AND a.period <= @to_period AND a.date <= @as_of
    GROUP BY a.seeker_ref, a.period`,
  // Grouped in the order the loops read (seekers_by_counsellor gives seeker_id, then
  // the index's rowid, seeker_ref; the actions' key gives period): no temporary sort.
  activityOfCounsellor: `SELECT ${ACTIVITY_COLUMNS} FROM seekers s
    JOIN journal_actions a ON a.seeker_ref = s.seeker_ref
      AND a.period >= @from_period AND a.period <= @to_period AND a.date <= @as_of
    WHERE s.counsellor_id = @counsellor_id
    GROUP BY s.seeker_id, s.seeker_ref, a.period`,
  counsellors: `SELECT s.counsellor_id AS id, u.display_name AS displayName, count(*) AS seekers
    FROM seekers s LEFT JOIN users u ON u.user_id = s.counsellor_id
    GROUP BY s.counsellor_id ORDER BY s.counsellor_id`,
} as const;

interface SeekerRow {
  seeker_ref: number;
  seeker_id: string;
  first_name: string;
  last_name: string;
  counsellor_id: string;
  modality: string;
  benefit_end: string | null;
  months_followed: number;
  last_declaration: string | null;
  attention: number | null;
  signal_ids: string | null;
  top_recommendation: string | null;
}

interface ActivityRow {
  seeker_ref: number;
  period: string;
  actions: number;
  recent: number;
}

export const ACTIVITY_MONTHS = 12;
const RECENT_DAYS = 30;

function daysBefore(isoDate: string, days: number): string {
  const t = Date.parse(`${isoDate}T00:00:00Z`) - days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function rowToCaseloadRow(row: SeekerRow): CaseloadRow {
  return {
    seekerId: row.seeker_id,
    firstName: row.first_name,
    lastName: row.last_name,
    counsellorId: row.counsellor_id,
    modality: row.modality,
    monthsFollowed: row.months_followed,
    lastDeclaration: row.last_declaration,
    actionsLast30Days: 0,
    activity: new Array<number>(ACTIVITY_MONTHS).fill(0),
    attention: row.attention ?? 0,
    signals: row.signal_ids ? (JSON.parse(row.signal_ids) as SignalId[]) : [],
    topRecommendation: row.top_recommendation as RecommendationId | null,
    benefitEnd: row.benefit_end,
  };
}

export function createCaseloadRepository(db: Database) {
  const seekersAllStmt = db.prepare<[], SeekerRow>(CASELOAD_QUERIES.seekersAll);
  const seekersOfStmt = db.prepare<{ counsellor_id: string }, SeekerRow>(
    CASELOAD_QUERIES.seekersOfCounsellor,
  );
  type ActivityParams = { from_period: string; to_period: string; as_of: string; since: string };
  const activityAllStmt = db.prepare<ActivityParams, ActivityRow>(CASELOAD_QUERIES.activityAll);
  const activityOfStmt = db.prepare<ActivityParams & { counsellor_id: string }, ActivityRow>(
    CASELOAD_QUERIES.activityOfCounsellor,
  );
  const counsellorsStmt = db.prepare<[], CounsellorSummary>(CASELOAD_QUERIES.counsellors);

  return {
    /**
     * The caseload of these counsellors, or of everyone with `null`; most urgent first.
     * The calendar is the settings' (the handler adds it).
     */
    read(counsellorIds: readonly string[] | null, asOf: string): Omit<Caseload, 'calendar'> {
      const periods = periodsEndingWith(asOf.slice(0, 7), ACTIVITY_MONTHS);
      const params: ActivityParams = {
        from_period: periods[0]!,
        to_period: periods[periods.length - 1]!,
        as_of: asOf,
        since: daysBefore(asOf, RECENT_DAYS),
      };
      return readTransaction(db, () => {
        // A team is a handful of counsellors: two indexed statements each.
        const seekerRows =
          counsellorIds === null
            ? seekersAllStmt.all()
            : counsellorIds.flatMap((id) => seekersOfStmt.all({ counsellor_id: id }));
        const activityRows =
          counsellorIds === null
            ? activityAllStmt.all(params)
            : counsellorIds.flatMap((id) => activityOfStmt.all({ ...params, counsellor_id: id }));
        const byRef = new Map<number, CaseloadRow>();
        const rows = seekerRows.map((row) => {
          const out = rowToCaseloadRow(row);
          byRef.set(row.seeker_ref, out);
          return out;
        });
        const periodIndex = new Map(periods.map((p, i) => [p, i]));
        for (const a of activityRows) {
          const row = byRef.get(a.seeker_ref);
          const i = periodIndex.get(a.period);
          if (!row || i === undefined) continue;
          row.activity[i] = a.actions;
          row.actionsLast30Days += a.recent;
        }
        rows.sort((x, y) => y.attention - x.attention || (x.seekerId < y.seekerId ? -1 : 1));
        return { asOf, activityPeriods: periods, rows };
      })();
    },

    counsellors(): CounsellorSummary[] {
      return counsellorsStmt.all();
    },
  };
}
