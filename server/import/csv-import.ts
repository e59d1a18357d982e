// The CSV form: seekers.csv (one row per seeker) + actions.csv (one row per action,
// month fields repeated). Rows of one seeker may be anywhere in actions.csv, so both
// files are first staged in TEMP tables (on disk, not in memory), then each seeker's
// journal is assembled and handed to the same writer as JSON Lines.
import { createHash } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { basename } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { stringify } from 'csv-stringify/sync';
import type { JournalAction, JournalMonth, SeekerProfile } from '../../shared/journal/contract';
import {
  ACTION_COLUMN_ALIASES,
  actionRowToRaw,
  checkHeader,
  normalizeColumnName,
  seekerRowToRaw,
} from '../../shared/journal/csv-form';
import { periodOfDate } from '../../shared/journal/dates';
import {
  afterImportDay,
  periodAfterImportDay,
  journalConsistencyIssues,
  reasonOf,
  validateAction,
  validateMonthFields,
  validateSeekerProfile,
} from '../../shared/journal/validate';
import type { MonthFields } from '../../shared/journal/validate';
import { actionCodeWarnings, profileCodeWarnings } from '../../shared/journal/reference-checks';
import type { CodeLookup } from '../../shared/journal/reference-checks';
import { inspectCsv, readCsvRecords } from './csv-reader';
import type { CsvFileInfo } from './csv-reader';
import type { JournalWriter } from './journal-writer';
import { ImportInputError } from './import-types';
import type { ImportProgress } from './import-types';
import type { ImportLimits } from '../../shared/journal/limits';
import { writeTransaction } from '../db/transactions';
import { decodeReason, encodeReason, part, reasonFor } from '../../shared/journal/reasons';

const STAGE_BATCH = 5_000;
/** Seekers assembled per page, fewer when their actions pass ASSEMBLE_PAGE_ACTIONS. */
const ASSEMBLE_PAGE = 500;
const ASSEMBLE_PAGE_ACTIONS = 25_000;

interface StagedSeekerRow {
  seeker_id: string;
  line: number;
  profile: string | null;
  rejected_reason: string | null;
}

interface StagedActionRow {
  seeker_id: string;
  line: number;
  month: string;
  action: string | null;
  content: string;
}

/** The row as CSV text, for storing with its rejection (values are keyed by normalised name). */
function rowText(info: CsvFileInfo, values: Record<string, string>): string {
  const cells = info.header.map((name) => {
    const key = normalizeColumnName(name);
    return values[ACTION_COLUMN_ALIASES[key] ?? key] ?? '';
  });
  return stringify([cells], { delimiter: info.separator, record_delimiter: '' });
}

async function identifyPair(
  paths: readonly string[],
): Promise<{ seekers: CsvFileInfo; actions: CsvFileInfo }> {
  if (paths.length !== 2) {
    throw new ImportInputError(part('', 'csv_pair_count', {}));
  }
  const infos = await Promise.all(paths.map((p) => inspectCsv(p)));
  const isSeekers = (info: CsvFileInfo) =>
    info.header.some((h) => h.trim().toLowerCase() === 'ore_rome');
  const seekers = infos.find(isSeekers);
  const actions = infos.find((i) => !isSeekers(i));
  if (!seekers || !actions) {
    throw new ImportInputError(part('', 'csv_pair_unclear', {}));
  }
  for (const [kind, info] of [
    ['seekers', seekers],
    ['actions', actions],
  ] as const) {
    const problem = checkHeader(kind, info.header);
    if (problem) {
      throw new ImportInputError(part('', 'csv_header', { file: basename(info.path), problem }));
    }
  }
  return { seekers, actions };
}

function createStaging(db: Database) {
  db.exec(`
    DROP TABLE IF EXISTS temp.csv_seekers;
    DROP TABLE IF EXISTS temp.csv_actions;
    CREATE TEMP TABLE csv_seekers (
      seeker_id TEXT NOT NULL PRIMARY KEY,
      line INTEGER NOT NULL,
      profile TEXT,
      rejected_reason TEXT
    ) WITHOUT ROWID;
    CREATE TEMP TABLE csv_actions (
      seeker_id TEXT NOT NULL,
      line INTEGER NOT NULL,
      month TEXT NOT NULL,
      action TEXT,
      content TEXT NOT NULL,
      PRIMARY KEY (seeker_id, line)
    ) WITHOUT ROWID;
  `);
  return {
    insertSeeker: db.prepare(
      'INSERT INTO temp.csv_seekers (seeker_id, line, profile, rejected_reason) VALUES (@seeker_id, @line, @profile, @rejected_reason)',
    ),
    insertAction: db.prepare(
      'INSERT INTO temp.csv_actions (seeker_id, line, month, action, content) VALUES (@seeker_id, @line, @month, @action, @content)',
    ),
    seekerPage: db.prepare<{ after: string; limit: number }, StagedSeekerRow>(
      'SELECT seeker_id, line, profile, rejected_reason FROM temp.csv_seekers WHERE seeker_id > @after ORDER BY seeker_id LIMIT @limit',
    ),
    actionsBetween: db.prepare<{ first: string; last: string }, StagedActionRow>(
      'SELECT seeker_id, line, month, action, content FROM temp.csv_actions WHERE seeker_id >= @first AND seeker_id <= @last ORDER BY seeker_id, line',
    ),
    drop() {
      db.exec('DROP TABLE IF EXISTS temp.csv_seekers; DROP TABLE IF EXISTS temp.csv_actions;');
    },
  };
}

/** Runs `write` over an async stream in transactions of STAGE_BATCH rows. */
async function stageInBatches<T>(
  db: Database,
  items: AsyncIterable<T>,
  write: (item: T) => void,
): Promise<void> {
  let batch: T[] = [];
  const commit = writeTransaction(db, (rows: T[]) => rows.forEach(write));
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= STAGE_BATCH) {
      commit(batch);
      batch = [];
    }
  }
  commit(batch);
}

export async function importCsvPair(
  db: Database,
  paths: readonly string[],
  writer: JournalWriter,
  importDay: string,
  codes: CodeLookup,
  limits: Pick<ImportLimits, 'actionsPerMonth' | 'actionsPerSeeker'>,
  progress: ImportProgress,
  report: () => void,
): Promise<string> {
  const { seekers, actions } = await identifyPair(paths);
  const seekersFile = basename(seekers.path);
  const actionsFile = basename(actions.path);
  const staging = createStaging(db);
  let bytesBefore = 0;
  const onBytes = (bytes: number) => {
    progress.bytesRead = bytesBefore + bytes;
  };

  try {
    // 1. seekers.csv: each row validated on its own.
    const firstLineOf = new Map<string, number>();
    await stageInBatches(db, readCsvRecords(seekers, onBytes), (item) => {
      const origin = { file: seekersFile, line: item.line };
      if ('error' in item) {
        writer.reject(origin, null, item.error, null);
        return;
      }
      const content = rowText(seekers, item.values);
      const seekerId = item.values.seeker_id || null;
      const earlier = seekerId === null ? undefined : firstLineOf.get(seekerId);
      if (seekerId !== null && earlier !== undefined) {
        writer.reject(
          origin,
          seekerId,
          reasonFor(
            part('', 'seeker_twice_in_file', { seekerId, file: seekersFile, line: earlier }),
          ),
          content,
        );
        return;
      }
      const result = validateSeekerProfile(seekerRowToRaw(item.values), importDay);
      if (seekerId !== null) firstLineOf.set(seekerId, item.line);
      if (!result.ok) {
        writer.reject(origin, seekerId, result.reason, content);
        if (seekerId !== null) {
          staging.insertSeeker.run({
            seeker_id: seekerId,
            line: item.line,
            profile: null,
            rejected_reason: encodeReason(result.reason),
          });
        }
        return;
      }
      for (const w of profileCodeWarnings(result.value, codes)) {
        writer.warn(origin, result.value.seeker_id, reasonFor(w));
      }
      staging.insertSeeker.run({
        seeker_id: result.value.seeker_id,
        line: item.line,
        profile: JSON.stringify(result.value),
        rejected_reason: null,
      });
    });
    bytesBefore = seekers.size;
    report();

    // 2. actions.csv: month fields and action fields of each row validated on their own.
    // Rows past a person's limit (action rows and month-only rows alike) are rejected
    // here, unstaged: the assembly below never holds more than actionsPerSeeker rows of
    // anyone.
    const stagedActions = new Map<string, number>();
    await stageInBatches(db, readCsvRecords(actions, onBytes), (item) => {
      const origin = { file: actionsFile, line: item.line };
      if ('error' in item) {
        writer.reject(origin, null, item.error, null);
        return;
      }
      const content = rowText(actions, item.values);
      const parts = actionRowToRaw(item.values);
      const seekerId = parts.seekerId || null;
      if (seekerId === null) {
        writer.reject(origin, null, reasonFor(part('seeker_id', 'required', {})), content);
        return;
      }
      // seekers.csv is staged whole first: a row of nobody in it is rejected now, unstaged.
      if (!firstLineOf.has(seekerId)) {
        writer.reject(
          origin,
          seekerId,
          reasonFor(part('', 'seeker_not_in_file', { seekerId, file: seekersFile })),
          content,
        );
        return;
      }
      const month = validateMonthFields(parts.month);
      const action = parts.action === null ? null : validateAction(parts.action);
      const issues = [
        ...(month.ok ? [] : month.issues),
        ...(action === null || action.ok ? [] : action.issues),
      ];
      if (issues.length > 0) {
        writer.reject(origin, seekerId, reasonOf(issues), content);
        return;
      }
      if (month.ok && action?.ok && periodOfDate(action.value.date) !== month.value.period) {
        writer.reject(
          origin,
          seekerId,
          reasonFor(
            part('date', 'date_outside_period', {
              date: action.value.date,
              period: month.value.period,
            }),
          ),
          content,
        );
        return;
      }
      const notYet =
        (action?.ok ? afterImportDay('date', action.value.date, importDay) : null) ??
        (month.ok ? periodAfterImportDay('period', month.value.period, importDay) : null);
      if (notYet !== null) {
        writer.reject(origin, seekerId, reasonFor(notYet), content);
        return;
      }
      const staged = stagedActions.get(seekerId) ?? 0;
      if (staged >= limits.actionsPerSeeker) {
        const max = limits.actionsPerSeeker;
        writer.reject(
          origin,
          seekerId,
          reasonFor(part('', 'csv_actions_per_seeker_over', { seekerId, max })),
          content,
        );
        return;
      }
      stagedActions.set(seekerId, staged + 1);
      if (action?.ok) {
        for (const w of actionCodeWarnings(action.value, codes)) {
          writer.warn(origin, seekerId, reasonFor(w));
        }
      }
      staging.insertAction.run({
        seeker_id: seekerId,
        line: item.line,
        month: JSON.stringify(month.ok ? month.value : null),
        action: action?.ok ? JSON.stringify(action.value) : null,
        content,
      });
    });
    bytesBefore = seekers.size + actions.size;
    progress.bytesRead = bytesBefore;
    report();

    // 3. Assemble each seeker's journal from the staged rows.
    let after = '';
    for (;;) {
      const page = pageWithinActions(
        staging.seekerPage.all({ after, limit: ASSEMBLE_PAGE }),
        stagedActions,
      );
      if (page.length === 0) break;
      const rows = staging.actionsBetween.all({
        first: page[0]!.seeker_id,
        last: page[page.length - 1]!.seeker_id,
      });
      const rowsBySeeker = new Map<string, StagedActionRow[]>();
      for (const row of rows) {
        let list = rowsBySeeker.get(row.seeker_id);
        if (!list) rowsBySeeker.set(row.seeker_id, (list = []));
        list.push(row);
      }
      for (const seeker of page) {
        assembleSeeker(
          seeker,
          rowsBySeeker.get(seeker.seeker_id) ?? [],
          writer,
          seekersFile,
          actionsFile,
          limits.actionsPerMonth,
        );
      }
      writer.flush();
      report();
      after = page[page.length - 1]!.seeker_id;
      // Between pages, the app and the server answer whoever else is waiting.
      await yieldToEventLoop();
    }
  } finally {
    staging.drop();
  }

  return createHash('sha256').update(seekers.sha256).update(actions.sha256).digest('hex');
}

/** The first seekers of a page whose staged actions stay within ASSEMBLE_PAGE_ACTIONS (one at least). */
function pageWithinActions(
  page: StagedSeekerRow[],
  stagedActions: ReadonlyMap<string, number>,
): StagedSeekerRow[] {
  let actions = 0;
  const end = page.findIndex((seeker, index) => {
    actions += stagedActions.get(seeker.seeker_id) ?? 0;
    return index > 0 && actions > ASSEMBLE_PAGE_ACTIONS;
  });
  return end === -1 ? page : page.slice(0, end);
}

function assembleSeeker(
  seeker: StagedSeekerRow,
  rows: readonly StagedActionRow[],
  writer: JournalWriter,
  seekersFile: string,
  actionsFile: string,
  actionsPerMonth: number,
): void {
  if (seeker.profile === null) {
    for (const row of rows) {
      writer.reject(
        { file: actionsFile, line: row.line },
        seeker.seeker_id,
        {
          parts: [
            {
              ...part('', 'seeker_rejected', {
                seekerId: seeker.seeker_id,
                file: seekersFile,
                line: seeker.line,
              }),
              detail: decodeReason(seeker.rejected_reason ?? 'invalid'),
            },
          ],
          more: 0,
        },
        row.content,
      );
    }
    return;
  }
  const profile = JSON.parse(seeker.profile) as SeekerProfile;
  const months = new Map<
    string,
    { fields: MonthFields; fieldsText: string; line: number; actions: JournalAction[] }
  >();
  const actionLines = new Map<string, number>();
  for (const row of rows) {
    const fields = JSON.parse(row.month) as MonthFields;
    const origin = { file: actionsFile, line: row.line };
    let month = months.get(fields.period);
    if (!month) {
      month = { fields, fieldsText: row.month, line: row.line, actions: [] };
      months.set(fields.period, month);
    } else if (month.fieldsText !== row.month) {
      writer.reject(
        origin,
        seeker.seeker_id,
        reasonFor(part('', 'month_fields_differ', { period: fields.period, line: month.line })),
        row.content,
      );
      continue;
    }
    if (row.action === null) continue;
    if (month.actions.length >= actionsPerMonth) {
      const params = { seekerId: seeker.seeker_id, period: fields.period, max: actionsPerMonth };
      writer.reject(
        origin,
        seeker.seeker_id,
        reasonFor(part('', 'csv_actions_per_month_over', params)),
        row.content,
      );
      continue;
    }
    const action = JSON.parse(row.action) as JournalAction;
    const earlier = actionLines.get(action.id);
    if (earlier !== undefined) {
      writer.reject(
        origin,
        seeker.seeker_id,
        reasonFor(part('id', 'action_id_twice_line', { id: action.id, line: earlier })),
        row.content,
      );
      continue;
    }
    actionLines.set(action.id, row.line);
    month.actions.push(action);
  }
  const journalMonths: JournalMonth[] = [...months.values()].map((m) => ({
    ...m.fields,
    actions: m.actions,
  }));
  // Row checks above already enforce these rules; this guards the assembly itself.
  const issues = journalConsistencyIssues(journalMonths);
  if (issues.length > 0) {
    writer.reject(
      { file: seekersFile, line: seeker.line },
      seeker.seeker_id,
      reasonOf(issues),
      null,
    );
    return;
  }
  const origin = { file: seekersFile, line: seeker.line };
  if (writer.add({ ...profile, months: journalMonths }, origin)) writer.flush();
}
