// Retention on real SQLite files: people no import has carried for the retention period
// are purged with every row held about them, in one transaction; the others stay,
// whether their journal changed or not; the trail records counts, never who. The day
// is the suite's (2026-12-07): 25 months before is 2024-11-07, 23 months 2025-01-07.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { BROWSER_PLATFORM } from '../../server/api/handlers';
import type { Services } from '../../server/api/handlers';
import { startAppHost } from '../../server/host/app-host';
import type { AppHost } from '../../server/host/app-host';
import { openDatabase } from '../../server/db/database';
import {
  createRetention,
  InvalidRetentionError,
  PERSON_TABLES,
  RETENTION_ACTOR,
  TABLES_KEPT_AT_PURGE,
} from '../../server/retention/retention';
import { DEFAULT_RETENTION_MONTHS, retentionCutoff } from '../../shared/api/retention';
import { addTestUsers, apiFor } from '../helpers/api';
import { action, seeker, writeJsonl } from '../helpers/journals';
import { testReferentials, testServices } from '../helpers/services';
import { DEFAULT_TEST_DAY } from '../helpers/test-clock';
import { useTempDir } from '../helpers/temp-dir';

const TODAY = DEFAULT_TEST_DAY;
const MONTHS_25_AGO = new Date('2024-11-07T09:00:00Z');
const MONTHS_23_AGO = new Date('2025-01-07T09:00:00Z');

/** A journal that ends before `period`'s import: nothing in it is dated after that day. */
function journalUpTo(id: string, period: string, extra: Record<string, unknown> = {}) {
  return seeker(id, {
    registered_on: '2024-01-15',
    benefit_end: null,
    months: [
      {
        period,
        submitted_at: `${period}-28T18:00:00Z`,
        entered_by: 'seeker',
        mood: 2,
        comment: 'Je n’y crois plus beaucoup.',
        actions: [action(`${id}-a1`, `${period}-03`), action(`${id}-a2`, `${period}-12`)],
      },
    ],
    ...extra,
  });
}

/** The rows each per-person table holds about one seeker, by table. */
function rowsAbout(db: Database, seekerId: string): Record<string, number> {
  const ref = db
    .prepare('SELECT seeker_ref FROM seekers WHERE seeker_id = ?')
    .pluck()
    .get(seekerId);
  const counts: Record<string, number> = {
    seekers: db
      .prepare('SELECT count(*) FROM seekers WHERE seeker_id = ?')
      .pluck()
      .get(seekerId) as number,
  };
  for (const { table, key } of PERSON_TABLES) {
    counts[table] = db
      .prepare(`SELECT count(*) FROM ${table} WHERE ${key} = ?`)
      .pluck()
      .get(key === 'seeker_id' ? seekerId : (ref ?? -1)) as number;
  }
  return counts;
}

describe('retention', () => {
  const tempDir = useTempDir('jalon-retention-');
  let db: Database;
  let services: Services;
  let clock: Date;
  const admin = apiFor(() => services, 'admin');
  const counsellor = apiFor(() => services, 'CNS-01');

  async function importAt(at: Date, name: string, records: unknown[]): Promise<void> {
    clock = at;
    const file = writeJsonl(join(tempDir(), name), records);
    await admin.call('import.start', { files: [services.staged.stagePath(file).id] });
    await services.imports.idle();
  }

  /** Everything a counsellor leaves about a person: plan, note, a dismissal, an analysis, a read. */
  async function followUp(seekerId: string, at: Date): Promise<void> {
    clock = at;
    const asOf = at.toISOString().slice(0, 10);
    await counsellor.call('seeker.get', { seekerId, asOf });
    await counsellor.call('plan.add', { seekerId, label: 'Appeler l’agence', dueOn: null });
    await counsellor.call('notes.add', { seekerId, text: 'Découragée, à rappeler vite.' });
    await counsellor.call('caseload.list', { counsellorId: 'CNS-01', asOf });
    const ref = services.context.journals.findSeeker(seekerId)!.seekerRef;
    services.context.followUp.dismiss(
      ref,
      { id: 'cv_workshop', dismissedOn: asOf, evidenceFingerprint: 'f', reason: 'Déjà fait' },
      at.toISOString(),
    );
  }

  beforeEach(async () => {
    clock = MONTHS_25_AGO;
    db = openDatabase(join(tempDir(), 'jalon.db'));
    services = testServices(db, { now: () => clock });
    addTestUsers(services);
    // 25 months ago: the person who then left every portfolio, one who is carried again
    // (unchanged) 23 months ago, and a rejected line about the first.
    await importAt(MONTHS_25_AGO, 'octobre.jsonl', [
      journalUpTo('S-GONE', '2024-10', { first_name: 'Oubliée', last_name: 'Partie' }),
      journalUpTo('S-BACK', '2024-10'),
      journalUpTo('S-GONE', '2024-10', { category: 'Z' }),
    ]);
    await followUp('S-GONE', MONTHS_25_AGO);
    await followUp('S-BACK', MONTHS_25_AGO);
    await importAt(MONTHS_23_AGO, 'decembre.jsonl', [
      journalUpTo('S-BACK', '2024-10'),
      journalUpTo('S-NEW', '2024-12'),
    ]);
    await followUp('S-NEW', MONTHS_23_AGO);
    clock = new Date(`${TODAY}T09:00:00Z`);
  });

  afterEach(async () => {
    await services.dispose();
    db.close();
  });

  it('counts every table that names a person: the purge list or the kept list, nothing else', () => {
    const naming = db
      .prepare(
        `SELECT DISTINCT m.name FROM sqlite_schema m, pragma_table_info(m.name) c
         WHERE m.type = 'table' AND c.name IN ('seeker_ref', 'seeker_id') AND m.name <> 'seekers'
         ORDER BY m.name`,
      )
      .pluck()
      .all();
    const listed = [
      ...PERSON_TABLES.map((t) => t.table),
      ...Object.keys(TABLES_KEPT_AT_PURGE),
    ].sort();
    expect(naming).toEqual(listed);
  });

  it('purges the person last seen 25 months ago with all their rows, keeps those seen 23 months ago', () => {
    const gone = rowsAbout(db, 'S-GONE');
    // The fixture holds a row of every kind about the person, or the test proves nothing.
    expect(Object.entries(gone).filter(([, n]) => n === 0)).toEqual([]);
    const back = rowsAbout(db, 'S-BACK');
    const fresh = rowsAbout(db, 'S-NEW');

    const retention = services.context.retention;
    expect(retention.months()).toBe(DEFAULT_RETENTION_MONTHS);
    const dryRun = retention.purge(TODAY, 'cli', true);
    expect(dryRun).toEqual({
      months: 24,
      cutoff: '2024-12-07',
      dryRun: true,
      people: 1,
      rows: Object.fromEntries(PERSON_TABLES.map(({ table }) => [table, gone[table]])),
    });
    expect(rowsAbout(db, 'S-GONE')).toEqual(gone);

    const done = retention.purge(TODAY, 'cli', false);
    expect(done).toEqual({ ...dryRun, dryRun: false });
    expect(Object.values(rowsAbout(db, 'S-GONE')).every((n) => n === 0)).toBe(true);
    // S-BACK's journal did not change 23 months ago: being carried is what counts.
    expect(rowsAbout(db, 'S-BACK')).toEqual(back);
    expect(rowsAbout(db, 'S-NEW')).toEqual(fresh);

    const nothingLeft = retention.purge(TODAY, 'cli', false);
    expect(nothingLeft.people).toBe(0);
    expect(services.context.audit.verify()).toMatchObject({ intact: true });
  });

  // The trail keeps naming them by identifier (TABLES_KEPT_AT_PURGE): their name goes.
  it('leaves no trace of the purged person’s name in the database file or its WAL', () => {
    const path = join(tempDir(), 'jalon.db');
    const onDisk = () =>
      Buffer.concat([path, `${path}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f)));
    expect(onDisk().includes('Oubliée')).toBe(true);
    expect(onDisk().includes('Partie')).toBe(true);
    services.context.retention.purge(TODAY, 'cli', false);
    expect(onDisk().includes('Oubliée')).toBe(false);
    expect(onDisk().includes('Partie')).toBe(false);
  });

  it('records the purge in the trail with counts only, never a name or an identifier', () => {
    services.context.retention.purge(TODAY, 'cli', false);
    const [latest] = services.context.audit.page({ kind: 'all' }, null, 1).entries;
    expect(latest).toMatchObject({
      actor: 'cli',
      action: 'retention.purge',
      seekerId: null,
      details: { months: 24, cutoff: '2024-12-07', people: 1 },
    });
    const recorded = JSON.stringify(latest);
    for (const trace of ['S-GONE', 'Oubliée', 'Partie', 'Découragée']) {
      expect(recorded).not.toContain(trace);
    }
  });

  it('purges all or nothing: a failure at the end leaves every row in place', () => {
    const before = rowsAbout(db, 'S-GONE');
    const failing = createRetention(db, {
      append() {
        throw new Error('disk full while writing the trail');
      },
    });
    expect(() => failing.purge(TODAY, 'cli', false)).toThrow(/disk full/);
    expect(rowsAbout(db, 'S-GONE')).toEqual(before);
  });

  it('takes the period an administrator sets, within bounds, and records the change', () => {
    const retention = services.context.retention;
    expect(() => retention.setMonths(2, 'admin')).toThrow(InvalidRetentionError);
    expect(() => retention.setMonths(24.5, 'admin')).toThrow(InvalidRetentionError);
    expect(() => retention.setMonths(121, 'admin')).toThrow(InvalidRetentionError);
    retention.setMonths(26, 'admin');
    expect(retention.view(TODAY)).toEqual({
      months: 26,
      defaultMonths: 24,
      cutoff: '2024-10-07',
      lastRunOn: null,
    });
    expect(services.context.audit.page({ kind: 'all' }, null, 1).entries[0]).toMatchObject({
      actor: 'admin',
      action: 'retention.update',
      details: { months: { from: 24, to: 26 } },
    });
    // 26 months: the person last seen 25 months ago is still kept.
    expect(retention.purge(TODAY, 'cli', false).people).toBe(0);
    expect(rowsAbout(db, 'S-GONE').seekers).toBe(1);
  });

  it('runs once a day: the first run of a day purges, the next ones that day do nothing', () => {
    const retention = services.context.retention;
    expect(retention.purgeIfDue(TODAY)).toMatchObject({ people: 1, dryRun: false });
    expect(retention.view(TODAY).lastRunOn).toBe(TODAY);
    expect(retention.purgeIfDue(TODAY)).toBeNull();
    expect(retention.purgeIfDue('2026-12-08')).toMatchObject({ people: 0 });
  });
});

describe('the daily purge in the app', () => {
  const tempDir = useTempDir('jalon-retention-host-');
  let host: AppHost | null = null;

  afterEach(async () => {
    await host?.close();
    host = null;
  });

  it('runs at start, then once a day on the hourly check', async () => {
    const path = join(tempDir(), 'jalon.db');
    let clock = MONTHS_25_AGO;
    const now = () => clock;
    // Before the app starts: a person last carried 25 months ago.
    const before = openDatabase(path);
    const offline = testServices(before, { now });
    addTestUsers(offline);
    const file = (name: string, id: string) =>
      offline.staged.stagePath(writeJsonl(join(tempDir(), name), [journalUpTo(id, '2024-10')])).id;
    await apiFor(() => offline, 'admin').call('import.start', {
      files: [file('a.jsonl', 'S-GONE')],
    });
    await offline.imports.idle();
    await offline.dispose();
    before.close();

    clock = new Date(`${TODAY}T08:00:00Z`);
    let tick: (() => void) | null = null;
    const errors: unknown[] = [];
    host = await startAppHost({
      databasePath: path,
      refs: testReferentials(),
      platform: BROWSER_PLATFORM,
      version: 'test',
      now,
      logError: (error) => errors.push(error),
      schedule: (run) => {
        tick = run;
        return () => (tick = null);
      },
    });
    await host.idle();
    const services = () => host!.services()!;
    const ids = () => services().context.db.prepare('SELECT seeker_id FROM seekers').pluck().all();
    expect(ids()).toEqual([]);
    expect(services().context.audit.page({ kind: 'all' }, null, 1).entries[0]).toMatchObject({
      actor: RETENTION_ACTOR,
      action: 'retention.purge',
      details: { people: 1 },
    });

    // Another person long gone, brought in by an old file: the same day's checks leave them.
    clock = MONTHS_25_AGO;
    const staged = services().staged.stagePath(
      writeJsonl(join(tempDir(), 'b.jsonl'), [journalUpTo('S-LATE', '2024-10')]),
    ).id;
    await apiFor(services, 'admin').call('import.start', { files: [staged] });
    await services().imports.idle();
    clock = new Date(`${TODAY}T20:00:00Z`);
    tick!();
    await host.idle();
    expect(ids()).toEqual(['S-LATE']);

    clock = new Date('2026-12-08T08:00:00Z');
    tick!();
    await host.idle();
    expect(ids()).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the retention cutoff', () => {
  it('is the same day N months before, or that month’s last day', () => {
    expect(retentionCutoff('2026-12-07', 24)).toBe('2024-12-07');
    expect(retentionCutoff('2026-03-31', 1)).toBe('2026-02-28');
    expect(retentionCutoff('2028-03-31', 1)).toBe('2028-02-29');
    expect(retentionCutoff('2026-01-15', 13)).toBe('2024-12-15');
  });
});
