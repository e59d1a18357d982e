// A counsellor enters a month of journal for a person without digital access, through
// the handlers on a real SQLite file: the month is stored as the counsellor's, written
// whole through the import's store path (hash, document and rows agree), refused when
// it does not fit the journal, recorded in the audit trail, and the analysis follows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';

import type { EnteredMonth } from '../../shared/api/contract';
import type { Services } from '../../server/api/handlers';
import { createAuditRepository } from '../../server/db/audit-repository';
import { openDatabase } from '../../server/db/database';
import { createJournalRepository } from '../../server/db/journal-repository';
import { addTestUsers, apiFor } from '../helpers/api';
import { seeker, writeJsonl } from '../helpers/journals';
import { useTempDir } from '../helpers/temp-dir';
import { testServices, TEST_NOW } from '../helpers/services';

const AS_OF = '2026-10-20';
const COMMENT = 'Rendez-vous en agence : pas d’ordinateur à la maison.';

function augustMonth(extra: Partial<EnteredMonth> = {}): EnteredMonth {
  return {
    period: '2026-08',
    mood: 2,
    comment: `  ${COMMENT}  `,
    actions: [
      {
        date: '2026-08-11',
        type: 'application_spontaneous',
        rome: null,
        employer: 'Boulangerie Martin',
        commune: null,
        channel: 'in_person',
        outcome: 'pending',
        note: null,
      },
      {
        date: '2026-08-04',
        type: 'workshop',
        rome: null,
        employer: null,
        commune: null,
        channel: null,
        outcome: 'done',
        note: 'Atelier CV en agence',
      },
    ],
    ...extra,
  };
}

describe('journal.enterMonth: a month entered by the counsellor', () => {
  const tempDir = useTempDir();
  let db: Database;
  let services: Services;

  const { send, call } = apiFor(() => services, 'CNS-01');
  const admin = apiFor(() => services, 'admin');

  function contentHash(seekerId: string): string {
    return createJournalRepository(db).findSeeker(seekerId)!.contentHash;
  }

  /** Whether the stored analysis was computed from the journal as it is now. */
  function storedAnalysisIsFresh(seekerId: string): boolean {
    const row = db
      .prepare<[string], { fresh: number }>(
        `SELECT r.journal_hash = s.content_hash AS fresh FROM seekers s
         JOIN analysis_results r ON r.seeker_ref = s.seeker_ref WHERE s.seeker_id = ?`,
      )
      .get(seekerId);
    return row?.fresh === 1;
  }

  beforeEach(async () => {
    db = openDatabase(join(tempDir(), 'jalon.db'));
    services = testServices(db, { now: TEST_NOW });
    addTestUsers(services);
    const file = writeJsonl(join(tempDir(), 'journaux.jsonl'), [seeker('S1'), seeker('S2')]);
    await admin.call('import.start', { files: [services.staged.stagePath(file).id] });
    await services.imports.idle();
  });

  afterEach(async () => {
    await services.dispose();
    db.close();
  });

  it('stores the month as the counsellor’s, with new action ids, through the store path', async () => {
    const hashBefore = contentHash('S1');
    const month = await call('journal.enterMonth', {
      seekerId: 'S1',
      asOf: AS_OF,
      month: augustMonth(),
    });
    expect(month).toMatchObject({
      period: '2026-08',
      submitted_at: '2026-10-20T09:00:00.000Z',
      entered_by: 'counsellor',
      mood: 2,
      comment: COMMENT,
    });
    // Canonical order: by date, so the workshop of the 4th comes first.
    expect(month.actions.map((a) => [a.id, a.date, a.type])).toEqual([
      ['S1-c-2026-08-2', '2026-08-04', 'workshop'],
      ['S1-c-2026-08-1', '2026-08-11', 'application_spontaneous'],
    ]);

    expect(contentHash('S1')).not.toBe(hashBefore);
    const journals = createJournalRepository(db);
    const stored = journals.readJournal('S1')!;
    expect(stored.months.map((m) => [m.period, m.entered_by])).toEqual([
      ['2026-08', 'counsellor'],
      ['2026-09', 'seeker'],
      ['2026-10', 'seeker'],
    ]);
    expect(stored.months[0]).toEqual(month);
    expect(journals.readJournalFromRows('S1')).toEqual(stored);
    const page = await call('seeker.get', { seekerId: 'S1', asOf: AS_OF });
    expect(page.journal).toEqual(stored);
    // The other seeker is untouched.
    expect(journals.readJournal('S2')!.months.map((m) => m.period)).toEqual(['2026-09', '2026-10']);
  });

  it('gives ids not already used in the journal', async () => {
    await call('journal.enterMonth', { seekerId: 'S1', asOf: AS_OF, month: augustMonth() });
    const july = await call('journal.enterMonth', {
      seekerId: 'S1',
      asOf: AS_OF,
      month: { period: '2026-07', mood: null, comment: null, actions: [] },
    });
    expect(july).toMatchObject({ entered_by: 'counsellor', actions: [], comment: null });
    const ids = createJournalRepository(db)
      .readJournal('S1')!
      .months.flatMap((m) => m.actions.map((a) => a.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('leaves the stored analysis stale until the caseload and the page compute it again', async () => {
    const before = await call('caseload.list', { counsellorId: null, asOf: AS_OF });
    expect(storedAnalysisIsFresh('S1')).toBe(true);
    await call('journal.enterMonth', { seekerId: 'S1', asOf: AS_OF, month: augustMonth() });
    expect(storedAnalysisIsFresh('S1')).toBe(false);

    const after = await call('caseload.list', { counsellorId: null, asOf: AS_OF });
    expect(storedAnalysisIsFresh('S1')).toBe(true);
    const august = after.activityPeriods.indexOf('2026-08');
    const rowOf = (caseload: typeof after) => caseload.rows.find((r) => r.seekerId === 'S1')!;
    expect(rowOf(before).activity[august]).toBe(0);
    expect(rowOf(after).activity[august]).toBe(2);
    expect(rowOf(after).monthsFollowed).toBeGreaterThanOrEqual(rowOf(before).monthsFollowed);

    const page = await call('seeker.get', { seekerId: 'S1', asOf: AS_OF });
    expect(JSON.stringify(page.analysis.indicators)).toContain('2026-08');
  });

  it('refuses a month that does not fit the journal, saying which field', async () => {
    const refusals: [EnteredMonth, RegExp][] = [
      [augustMonth({ period: '2026-09' }), /month\.period: 2026-09 is already declared/],
      [augustMonth({ period: '2026-11' }), /month\.period: 2026-11 is after/],
      [augustMonth({ period: '2025-08' }), /month\.period: 2025-08 is before registration/],
      [
        augustMonth({ actions: [{ ...augustMonth().actions[0]!, date: '2026-09-01' }] }),
        /month\.actions\[0\]\.date: 2026-09-01 is outside the period 2026-08/,
      ],
    ];

    const hashBefore = contentHash('S1');
    for (const [month, reason] of refusals) {
      const reply = await send('journal.enterMonth', { seekerId: 'S1', asOf: AS_OF, month });
      expect(reply, month.period).toMatchObject({
        ok: false,
        error: { code: 'invalid_arguments', message: expect.stringMatching(reason) as string },
      });
    }
    // A reference date set ahead of today (TEST_NOW, 20 October) does not let an action
    // that has not happened yet in.
    const november = {
      ...augustMonth(),
      period: '2026-11',
      actions: [{ ...augustMonth().actions[0]!, date: '2026-11-05' }],
    };
    const ahead = await send('journal.enterMonth', {
      seekerId: 'S1',
      asOf: '2026-11-30',
      month: november,
    });
    expect(ahead).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_arguments',
        message: 'month.actions[0].date: 2026-11-05 is after today (2026-10-20)',
      },
    });
    expect(contentHash('S1')).toBe(hashBefore);
  });

  it('refuses invalid fields before the handler runs', async () => {
    const action = augustMonth().actions[0]!;
    const invalid: unknown[] = [
      augustMonth({ actions: [{ ...action, type: 'coffee' as 'other' }] }),
      augustMonth({ actions: [{ ...action, outcome: 'maybe' as 'done' }] }),
      augustMonth({ mood: 6 }),
      augustMonth({ period: '2026-13' }),
      augustMonth({ comment: 'x'.repeat(2001) }),
      augustMonth({ actions: Array.from({ length: 61 }, () => action) }),
      { ...augustMonth(), entered_by: 'seeker' },
      augustMonth({ actions: [{ ...action, id: 'S1-a1' } as typeof action] }),
    ];
    for (const month of invalid) {
      expect(
        await send('journal.enterMonth', { seekerId: 'S1', asOf: AS_OF, month }),
        JSON.stringify(month).slice(0, 120),
      ).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    }
    const unknown = await send('journal.enterMonth', {
      seekerId: 'S9',
      asOf: AS_OF,
      month: augustMonth(),
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('records the month in the audit trail without its free text, and the chain verifies', async () => {
    await call('journal.enterMonth', { seekerId: 'S1', asOf: AS_OF, month: augustMonth() });
    const audit = createAuditRepository(db);
    const entries = audit.ofSeeker('S1');
    expect(entries.map((e) => e.action)).toEqual(['journal.enterMonth']);
    expect(entries[0]!.details).toEqual({ period: '2026-08', actions: 2 });
    expect(JSON.stringify(entries)).not.toContain('Boulangerie');
    expect(JSON.stringify(entries)).not.toContain('agence');
    expect(audit.verify()).toEqual({ intact: true, entries: 2 });
  });
});
