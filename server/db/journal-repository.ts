// Reads and writes journals. Raw SQL with named parameters, prepared once per
// connection; rows are typed and mapped to the contract's types by rowToX functions.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type {
  ActionType,
  Category,
  CategoryPeriod,
  Channel,
  ContractType,
  EnteredBy,
  JournalAction,
  JournalMonth,
  Modality,
  Outcome,
  SeekerJournal,
  SeekerProfile,
} from '../../shared/journal/contract';
import {
  ACTION_FIELDS,
  decodeMonths,
  MONTH_FIELD_COUNT,
  monthsDocument,
} from '../../shared/journal/write-encoding';
import type { FlatMonths } from '../../shared/journal/write-encoding';

/** A row of `seekers`, as stored. */
export interface SeekerRow {
  seeker_ref: number;
  seeker_id: string;
  first_name: string;
  last_name: string;
  birth_year: number | null;
  commune: string | null;
  registered_on: string;
  category: string;
  category_history: string;
  modality: string;
  counsellor_id: string;
  digital_access: number;
  benefit_end: string | null;
  ore_rome: string;
  ore_max_distance_km: number;
  ore_min_monthly_salary: number | null;
  ore_contracts: string;
  content_hash: string;
  updated_at: string;
  months_document: string | null;
}

interface MonthRow {
  period: string;
  submitted_at: string | null;
  entered_by: string;
  mood: number | null;
  comment: string | null;
}

interface ActionRow {
  period: string;
  date: string;
  action_id: string;
  type: string;
  rome: string | null;
  employer: string | null;
  commune: string | null;
  channel: string | null;
  outcome: string;
  note: string | null;
}

export interface StoredSeekerKey {
  seekerRef: number;
  contentHash: string;
  /** Whose portfolio the seeker is in: what access checks look at. */
  counsellorId: string;
}

export interface StoreStats {
  seekers: number;
  months: number;
  actions: number;
  counsellors: number;
}

// Values in the database were validated on the way in; the casts restore their types.
function rowToAction(row: ActionRow): JournalAction {
  return {
    id: row.action_id,
    date: row.date,
    type: row.type as ActionType,
    rome: row.rome,
    employer: row.employer,
    commune: row.commune,
    channel: row.channel as Channel | null,
    outcome: row.outcome as Outcome,
    note: row.note,
  };
}

function rowToMonth(row: MonthRow, actions: JournalAction[]): JournalMonth {
  return {
    period: row.period,
    submitted_at: row.submitted_at,
    entered_by: row.entered_by as EnteredBy,
    mood: row.mood,
    comment: row.comment,
    actions,
  };
}

function rowToJournal(row: SeekerRow, months: JournalMonth[]): SeekerJournal {
  return {
    seeker_id: row.seeker_id,
    first_name: row.first_name,
    last_name: row.last_name,
    birth_year: row.birth_year,
    commune: row.commune,
    registered_on: row.registered_on,
    category: row.category as Category,
    category_history: JSON.parse(row.category_history) as CategoryPeriod[],
    modality: row.modality as Modality,
    counsellor_id: row.counsellor_id,
    digital_access: row.digital_access === 1,
    benefit_end: row.benefit_end,
    ore: oreOfRow(row),
    months,
  };
}

/** A seeker row's ORE, its two lists stored as JSON (validated on the way in). */
export function oreOfRow(
  row: Pick<
    SeekerRow,
    'ore_rome' | 'ore_max_distance_km' | 'ore_min_monthly_salary' | 'ore_contracts'
  >,
): SeekerProfile['ore'] {
  return {
    rome: JSON.parse(row.ore_rome) as string[],
    max_distance_km: row.ore_max_distance_km,
    min_monthly_salary: row.ore_min_monthly_salary,
    contracts: JSON.parse(row.ore_contracts) as ContractType[],
  };
}

function seekerParams(j: SeekerProfile, contentHash: string, now: string, months: FlatMonths) {
  return {
    seeker_id: j.seeker_id,
    first_name: j.first_name,
    last_name: j.last_name,
    birth_year: j.birth_year,
    commune: j.commune,
    registered_on: j.registered_on,
    category: j.category,
    category_history: JSON.stringify(j.category_history),
    modality: j.modality,
    counsellor_id: j.counsellor_id,
    digital_access: j.digital_access ? 1 : 0,
    benefit_end: j.benefit_end,
    ore_rome: JSON.stringify(j.ore.rome),
    ore_max_distance_km: j.ore.max_distance_km,
    ore_min_monthly_salary: j.ore.min_monthly_salary,
    ore_contracts: JSON.stringify(j.ore.contracts),
    content_hash: contentHash,
    months_document: monthsDocument(months),
    updated_at: now,
  };
}

/** The reads the seeker page, the analysis and export make: their plans are asserted in tests. */
export const JOURNAL_READ_QUERIES = {
  seekerById: 'SELECT * FROM seekers WHERE seeker_id = @seeker_id',
  seekerPage: 'SELECT * FROM seekers WHERE seeker_id > @after ORDER BY seeker_id LIMIT @limit',
  monthsOf: `SELECT period, submitted_at, entered_by, mood, comment FROM journal_months
     WHERE seeker_ref = @seeker_ref ORDER BY period`,
  actionsOf: `SELECT period, date, action_id, type, rome, employer, commune, channel, outcome, note
     FROM journal_actions WHERE seeker_ref = @seeker_ref ORDER BY period, date, action_id`,
  portfolioOf: 'SELECT * FROM seekers WHERE counsellor_id = @counsellor_id ORDER BY seeker_id',
} as const;

export function createJournalRepository(db: Database) {
  const findSeekerStmt = db.prepare<
    { seeker_id: string },
    { seeker_ref: number; content_hash: string; counsellor_id: string }
  >('SELECT seeker_ref, content_hash, counsellor_id FROM seekers WHERE seeker_id = @seeker_id');
  const insertSeekerStmt = db.prepare(`
    INSERT INTO seekers (seeker_id, first_name, last_name, birth_year, commune, registered_on,
      category, category_history, modality, counsellor_id, digital_access, benefit_end, ore_rome,
      ore_max_distance_km, ore_min_monthly_salary, ore_contracts, content_hash, updated_at,
      months_document, last_seen_at)
    VALUES (@seeker_id, @first_name, @last_name, @birth_year, @commune, @registered_on,
      @category, @category_history, @modality, @counsellor_id, @digital_access, @benefit_end, @ore_rome,
      @ore_max_distance_km, @ore_min_monthly_salary, @ore_contracts, @content_hash, @updated_at,
      @months_document, @updated_at)`);
  const markSeenStmt = db.prepare<{ seeker_ref: number; seen_at: string }>(
    'UPDATE seekers SET last_seen_at = @seen_at WHERE seeker_ref = @seeker_ref',
  );
  const updateSeekerStmt = db.prepare(`
    UPDATE seekers SET first_name = @first_name, last_name = @last_name,
      birth_year = @birth_year, commune = @commune, registered_on = @registered_on,
      category = @category, category_history = @category_history, modality = @modality, counsellor_id = @counsellor_id,
      digital_access = @digital_access, benefit_end = @benefit_end, ore_rome = @ore_rome,
      ore_max_distance_km = @ore_max_distance_km, ore_min_monthly_salary = @ore_min_monthly_salary,
      ore_contracts = @ore_contracts, content_hash = @content_hash, updated_at = @updated_at,
      months_document = @months_document
    WHERE seeker_ref = @seeker_ref AND seeker_id = @seeker_id`);
  const deleteActionsStmt = db.prepare(
    'DELETE FROM journal_actions WHERE seeker_ref = @seeker_ref',
  );
  const deleteMonthsStmt = db.prepare('DELETE FROM journal_months WHERE seeker_ref = @seeker_ref');
  // The two statements below run once per month and per action (1.4 million times for
  // a department): they bind positionally, in the column order written here, which
  // measured about 30% faster than building a named-parameter object per row.
  const insertMonthStmt = db.prepare<
    [number, string, string | null, string, number | null, string | null]
  >(`
    INSERT INTO journal_months (seeker_ref, period, submitted_at, entered_by, mood, comment)
    VALUES (?, ?, ?, ?, ?, ?)`);
  const insertActionStmt = db.prepare<
    [
      number,
      string,
      string,
      string,
      string,
      string | null,
      string | null,
      string | null,
      string | null,
      string,
      string | null,
    ]
  >(`
    INSERT INTO journal_actions (seeker_ref, period, date, action_id, type, rome, employer,
      commune, channel, outcome, note)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const seekerByIdStmt = db.prepare<{ seeker_id: string }, SeekerRow>(
    JOURNAL_READ_QUERIES.seekerById,
  );
  // Not a hot read (one controller's request, not the grid's): it scans the seekers, about
  // a millisecond for 10,000, rather than keep a second index on every import. The exact
  // spelling comes first, so two identifiers differing only in case stay apart.
  const seekerIdIgnoringCaseStmt = db.prepare<{ seeker_id: string }, { seeker_id: string }>(
    `SELECT seeker_id FROM seekers WHERE seeker_id = @seeker_id COLLATE NOCASE
     ORDER BY seeker_id = @seeker_id DESC LIMIT 2`,
  );
  const seekerPageStmt = db.prepare<{ after: string; limit: number }, SeekerRow>(
    JOURNAL_READ_QUERIES.seekerPage,
  );
  const portfolioStmt = db.prepare<{ counsellor_id: string }, SeekerRow>(
    JOURNAL_READ_QUERIES.portfolioOf,
  );
  const monthsOfStmt = db.prepare<{ seeker_ref: number }, MonthRow>(JOURNAL_READ_QUERIES.monthsOf);
  const actionsOfStmt = db.prepare<{ seeker_ref: number }, ActionRow>(
    JOURNAL_READ_QUERIES.actionsOf,
  );
  const statsStmt = db.prepare<[], StoreStats>(`
    SELECT (SELECT count(*) FROM seekers) AS seekers,
           (SELECT count(*) FROM journal_months) AS months,
           (SELECT count(*) FROM journal_actions) AS actions,
           (SELECT count(DISTINCT counsellor_id) FROM seekers) AS counsellors`);

  function writeMonths(seekerRef: number, flat: FlatMonths): void {
    let i = 0;
    while (i < flat.length) {
      const period = flat[i] as string;
      insertMonthStmt.run(
        seekerRef,
        period,
        flat[i + 1] as string | null,
        flat[i + 2] as string,
        flat[i + 3] as number | null,
        flat[i + 4] as string | null,
      );
      const actionCount = flat[i + 5] as number;
      i += MONTH_FIELD_COUNT;
      for (let n = 0; n < actionCount; n++, i += ACTION_FIELDS.length) {
        // Flat order: date, id, type, rome, employer, commune, channel, outcome, note.
        insertActionStmt.run(
          seekerRef,
          period,
          flat[i] as string,
          flat[i + 1] as string,
          flat[i + 2] as string,
          flat[i + 3] as string | null,
          flat[i + 4] as string | null,
          flat[i + 5] as string | null,
          flat[i + 6] as string | null,
          flat[i + 7] as string,
          flat[i + 8] as string | null,
        );
      }
    }
  }

  /**
   * A journal from its document when there is one (one JSON.parse), from its rows
   * otherwise. Both are written by the same statements: they cannot differ.
   */
  function assemble(row: SeekerRow): SeekerJournal {
    return row.months_document === null
      ? assembleFromRows(row)
      : rowToJournal(row, decodeMonths(row.months_document));
  }

  function assembleFromRows(row: SeekerRow): SeekerJournal {
    const actionsByPeriod = new Map<string, JournalAction[]>();
    for (const actionRow of actionsOfStmt.all({ seeker_ref: row.seeker_ref })) {
      let list = actionsByPeriod.get(actionRow.period);
      if (!list) actionsByPeriod.set(actionRow.period, (list = []));
      list.push(rowToAction(actionRow));
    }
    const months = monthsOfStmt
      .all({ seeker_ref: row.seeker_ref })
      .map((m) => rowToMonth(m, actionsByPeriod.get(m.period) ?? []));
    return rowToJournal(row, months);
  }

  return {
    findSeeker(seekerId: string): StoredSeekerKey | undefined {
      const row = findSeekerStmt.get({ seeker_id: seekerId });
      return (
        row && {
          seekerRef: row.seeker_ref,
          contentHash: row.content_hash,
          counsellorId: row.counsellor_id,
        }
      );
    },

    /** An import carried this person's line (written or unchanged): their retention restarts. */
    markSeen(seekerRef: number, seenAt: string): void {
      markSeenStmt.run({ seeker_ref: seekerRef, seen_at: seenAt });
    },

    /** Call inside a transaction: the seeker, months and actions land together or not at all. */
    insertJournal(
      profile: SeekerProfile,
      months: FlatMonths,
      contentHash: string,
      now: string,
    ): number {
      const seekerRef = Number(
        insertSeekerStmt.run(seekerParams(profile, contentHash, now, months)).lastInsertRowid,
      );
      writeMonths(seekerRef, months);
      return seekerRef;
    },

    /**
     * Call inside a transaction. The seeker row is updated in place, never deleted,
     * so whatever hangs off seeker_ref (notes, plans, results) survives a new journal.
     */
    replaceJournal(
      seekerRef: number,
      profile: SeekerProfile,
      months: FlatMonths,
      contentHash: string,
      now: string,
    ): void {
      updateSeekerStmt.run({
        ...seekerParams(profile, contentHash, now, months),
        seeker_ref: seekerRef,
      });
      deleteActionsStmt.run({ seeker_ref: seekerRef });
      deleteMonthsStmt.run({ seeker_ref: seekerRef });
      writeMonths(seekerRef, months);
    },

    /** The journal rebuilt from its months and actions rows, ignoring the document. */
    readJournalFromRows(seekerId: string): SeekerJournal | undefined {
      const row = seekerByIdStmt.get({ seeker_id: seekerId });
      return row && assembleFromRows(row);
    },

    /**
     * The stored identifier a person typed, whatever its case (« de-000016 »): the exact
     * spelling if stored, else the one match; undefined when none or several match.
     */
    seekerIdIgnoringCase(typed: string): string | undefined {
      const [first, second] = seekerIdIgnoringCaseStmt.all({ seeker_id: typed });
      if (first?.seeker_id === typed || second === undefined) return first?.seeker_id;
      return undefined;
    },

    readJournal(seekerId: string): SeekerJournal | undefined {
      const row = seekerByIdStmt.get({ seeker_id: seekerId });
      return row && assemble(row);
    },

    /** Every journal, by seeker_id, one page of seekers in memory at a time. */
    *iterateJournals(pageSize = 200): Generator<SeekerJournal> {
      let after = '';
      for (;;) {
        const page = seekerPageStmt.all({ after, limit: pageSize });
        if (page.length === 0) return;
        for (const row of page) yield assemble(row);
        after = page[page.length - 1]!.seeker_id;
      }
    },

    /** One counsellor's portfolio, whole journals, by seeker_id. */
    portfolio(counsellorId: string): SeekerJournal[] {
      return portfolioStmt.all({ counsellor_id: counsellorId }).map(assemble);
    },

    stats(): StoreStats {
      return statsStmt.get()!;
    },
  };
}

export type JournalRepository = ReturnType<typeof createJournalRepository>;
