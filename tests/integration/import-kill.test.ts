// `kill -9` at any moment of an import (issue 6, Reliability): a real `jalon import`
// process is killed at several moments — while the schema is created, right after the
// run is recorded, a third and two thirds of the way, and once every journal is
// committed (the run is finishing: history, audit, analyses) — and after each kill the
// file must be sound, no person half-written, the run visible as interrupted once Jalon
// starts, and the next run must complete it to exactly what an uninterrupted import
// gives. Kills land where the database says the import is (polled read-only), plus a
// delay drawn from a fixed, printed seed (JALON_KILL_SEED to try others) so that they
// fall inside the next transaction too.
//
// "Half-written", from the schema: a person is one `seekers` row (profile, content_hash,
// months_document) with its `journal_months` and `journal_actions` rows. It is whole
// when (1) its journal rebuilt from the rows is, in canonical form, the journal one of
// the imported files gives for that seeker_id, (2) its months_document says the same as
// its rows, and (3) its content_hash is the hash of that journal (what the next import
// compares to decide "unchanged"). Orphan months or actions are foreign-key violations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { generateDemoCaseload } from '../../shared/demo';
import { createRandom } from '../../shared/demo/random';
import { canonicalJson } from '../../shared/journal/canonical';
import type { SeekerJournal } from '../../shared/journal/contract';
import { encodeJournal } from '../../shared/journal/write-encoding';
import { refreshAnalyses } from '../../server/analysis/refresh-analyses';
import { createAuditRepository } from '../../server/db/audit-repository';
import { openDatabase } from '../../server/db/database';
import type { Database } from '../../server/db/database';
import { createImportRepository } from '../../server/db/import-repository';
import type { ImportRecord } from '../../server/db/import-repository';
import { createJournalRepository } from '../../server/db/journal-repository';
import { LATEST_SCHEMA_VERSION } from '../../server/db/migrations';
import { journalContentHash } from '../../server/import/journal-writer';
import { loadReferentials } from '../../server/reference/load-reference';
import { jalon } from '../helpers/cli';
import { testServices } from '../helpers/services';

const BIN = resolve(import.meta.dirname, '../../bin/jalon.mjs');
const SEEKERS = 150;
const NEW_IN_V2 = 30;
const DEMO = { months: 24, endPeriod: '2026-10' };
// About 60 transactions for the first file (4 MB): many moments to land in.
const CHUNK_ENV = { JALON_IMPORT_CHUNK_BYTES: String(64 * 1024) };
// Eleven runs of the real command, each starting Node and loading Jalon (about a second
// of CPU): room for a machine busy with other work.
const SLOW_TEST_MS = 300_000;
const AS_OF = '2026-10-31';
/** A kill lands this long (drawn, up to) after the moment it waits for. */
const MAX_JITTER_MS = 150;
const KILL_SEED = Number(process.env.JALON_KILL_SEED || 20261207);
console.log(`kill delays drawn from seed ${KILL_SEED} (JALON_KILL_SEED to change)`);
const killDelays = createRandom(KILL_SEED);

const referentials = loadReferentials();

/** A run's record once the app has started, by the status the kill left it in. */
const RUN_AFTER_START = {
  'not recorded': undefined,
  running: {
    status: 'interrupted',
    finishedAt: null,
    error: expect.stringMatching(/^the import stopped before its end \(process \d+ on /),
  },
  completed: { status: 'completed', finishedAt: expect.any(String), error: null },
};

interface ImportFile {
  path: string;
  /** seeker_id → canonical journal, for the lines the import accepts. */
  journals: Map<string, string>;
}

/** The first line of a seeker wins; the three extra lines are rejected. */
function writeImportFile(path: string, journals: SeekerJournal[]): ImportFile {
  const lines = journals.map((j) => canonicalJson(j));
  const third = Math.floor(lines.length / 3);
  const broken = { ...journals[5]!, seeker_id: 'DE-BROKEN', category: 'Z' };
  lines.splice(2 * third, 0, '{"seeker_id": "DE-CUT-SHORT", "months": [');
  lines.splice(third + Math.floor(third / 2), 0, lines[0]!);
  lines.splice(third, 0, JSON.stringify(broken));
  writeFileSync(path, lines.join('\n') + '\n');
  return { path, journals: new Map(journals.map((j) => [j.seeker_id, canonicalJson(j)])) };
}

function demo(seekers: number, seed: number): SeekerJournal[] {
  return [...generateDemoCaseload({ ...DEMO, seekers, seed }, referentials)].map((d) => d.journal);
}

interface KillMoment {
  name: string;
  /** `file`: the database file exists; a number: the run is recorded with that many seekers committed. */
  waitFor: 'file' | number;
  jitter: boolean;
}

interface KillOutcome {
  /** Whether SIGKILL ended the process (false: it had finished before the kill). */
  killed: boolean;
  stderr: string;
}

function readOnly(path: string): BetterSqlite3.Database | null {
  try {
    return new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  } catch {
    return null;
  }
}

/** Committed seekers of the run after `afterRef`, or -1 while it is not recorded. */
function runProgress(reader: BetterSqlite3.Database, afterRef: number): number {
  try {
    const row = reader
      .prepare(
        `SELECT imported + updated + unchanged AS done FROM imports
         WHERE import_ref > ? ORDER BY import_ref DESC LIMIT 1`,
      )
      .get(afterRef) as { done: number } | undefined;
    return row?.done ?? -1;
  } catch {
    return -1; // the schema is being created
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts `jalon import`, waits for the moment, and kills it with SIGKILL. */
async function importAndKill(
  file: string,
  dbPath: string,
  afterRef: number,
  moment: KillMoment,
): Promise<KillOutcome> {
  const child = spawn(process.execPath, [BIN, 'import', file, '--db', dbPath, '--json'], {
    env: { ...process.env, JALON_DEBUG: '1', ...CHUNK_ENV },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const end: { code?: number | null; signal?: NodeJS.Signals | null } = {};
  const exited = new Promise<void>((done) =>
    child.on('exit', (code, signal) => {
      Object.assign(end, { code, signal });
      done();
    }),
  );
  let reader: BetterSqlite3.Database | null = null;
  try {
    for (;;) {
      if (end.code !== undefined) break;
      if (moment.waitFor === 'file') {
        if (existsSync(dbPath)) break;
      } else {
        reader ??= existsSync(dbPath) ? readOnly(dbPath) : null;
        if (reader && runProgress(reader, afterRef) >= moment.waitFor) break;
      }
      await sleep(10);
    }
  } finally {
    reader?.close();
  }
  const jitter = moment.jitter ? killDelays.int(0, MAX_JITTER_MS - 1) : 0;
  if (jitter > 0) await sleep(jitter);
  if (end.code === undefined) child.kill('SIGKILL');
  await exited;
  // Only the signal says the kill ended it: the process may have just finished.
  const killed = end.signal === 'SIGKILL';
  // Printed so a failure can be replayed near the same moment.
  console.log(
    `kill ${moment.name}: ${killed ? `SIGKILL after +${jitter} ms` : `too late, exit ${end.code}`}`,
  );
  // Killed, or finished with exit code 3 for the three broken lines.
  expect(killed || end.code === 3, `exit ${end.code}: ${stderr}`).toBe(true);
  return { killed, stderr };
}

function lastImportRef(dbPath: string): number {
  const reader = readOnly(dbPath);
  if (!reader) return 0;
  try {
    return (
      (reader.prepare('SELECT max(import_ref) AS ref FROM imports').get() as { ref: number | null })
        .ref ?? 0
    );
  } catch {
    return 0;
  } finally {
    reader.close();
  }
}

/** SQLite's own checks, on a plain connection (which recovers the WAL as any would). */
function expectSoundFile(dbPath: string): void {
  const raw = new BetterSqlite3(dbPath);
  try {
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(raw.pragma('foreign_key_check')).toEqual([]);
  } finally {
    raw.close();
  }
}

/** The status of the run after `afterRef` as the kill left it, read before anything marks it. */
function statusAsLeft(dbPath: string, afterRef: number): string | undefined {
  const raw = new BetterSqlite3(dbPath, { readonly: true });
  try {
    const hasTable = raw
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'imports'")
      .get();
    if (!hasTable) return undefined;
    const row = raw
      .prepare('SELECT status FROM imports WHERE import_ref > ? ORDER BY import_ref LIMIT 1')
      .get(afterRef) as { status: string } | undefined;
    return row?.status;
  } finally {
    raw.close();
  }
}

/** Stored analyses of a journal other than the stored one (the refresh did not reach them). */
function staleAnalyses(dbPath: string): number {
  const raw = new BetterSqlite3(dbPath, { readonly: true });
  try {
    return raw
      .prepare(
        `SELECT count(*) FROM analysis_results r JOIN seekers s USING (seeker_ref)
         WHERE r.journal_hash <> s.content_hash`,
      )
      .pluck()
      .get() as number;
  } catch {
    return 0; // no schema yet
  } finally {
    raw.close();
  }
}

/** The import history, newest first. */
function history(dbPath: string): ImportRecord[] {
  const raw = new BetterSqlite3(dbPath, { readonly: true });
  try {
    return createImportRepository(raw).list();
  } finally {
    raw.close();
  }
}

/** seeker_id → canonical journal of every stored person, each checked whole. */
function storedPersons(db: Database, allowed: (seekerId: string) => string[]): Map<string, string> {
  const journals = createJournalRepository(db);
  const ids = db.prepare('SELECT seeker_id FROM seekers ORDER BY seeker_id').pluck().all();
  const persons = new Map<string, string>();
  for (const id of ids as string[]) {
    const fromRows = journals.readJournalFromRows(id)!;
    const canonical = canonicalJson(fromRows);
    expect(allowed(id), `${id} is not a journal of the imported files`).toContain(canonical);
    expect(canonicalJson(journals.readJournal(id)!), `${id}: document and rows differ`).toBe(
      canonical,
    );
    const stored = journals.findSeeker(id)!;
    expect(stored.contentHash, `${id}: content_hash`).toBe(
      journalContentHash(encodeJournal(fromRows)),
    );
    persons.set(id, canonical);
  }
  return persons;
}

const sha1 = (value: unknown) => createHash('sha1').update(JSON.stringify(value)).digest('hex');

/**
 * What an import leaves, without what legitimately differs between a resumed and an
 * uninterrupted import (row ids, timestamps, the history of runs): per seeker, its
 * rows and its analysis; the issues of the last completed run; the app facts.
 */
function canonicalDump(dbPath: string) {
  const db = new BetterSqlite3(dbPath, { readonly: true });
  try {
    const perSeeker: Record<string, string> = {};
    const seekers = db.prepare('SELECT * FROM seekers ORDER BY seeker_id').all() as Record<
      string,
      unknown
    >[];
    const months = db.prepare(
      'SELECT period, submitted_at, entered_by, mood, comment FROM journal_months WHERE seeker_ref = ? ORDER BY period',
    );
    const actions = db.prepare(
      `SELECT period, date, action_id, type, rome, employer, commune, channel, outcome, note
       FROM journal_actions WHERE seeker_ref = ? ORDER BY period, date, action_id`,
    );
    const analysis = db.prepare(
      `SELECT as_of, journal_hash, engine_version, settings_version, attention, signal_ids,
         top_recommendation, result FROM analysis_results WHERE seeker_ref = ?`,
    );
    // When each run wrote or saw a person differs from run to run, by design.
    for (const {
      seeker_ref,
      updated_at: _updatedAt,
      last_seen_at: _lastSeenAt,
      ...columns
    } of seekers) {
      perSeeker[columns.seeker_id as string] = sha1([
        columns,
        months.raw().all(seeker_ref),
        actions.raw().all(seeker_ref),
        analysis.raw().all(seeker_ref),
      ]);
    }
    const lastCompleted = createImportRepository(db)
      .list()
      .find((r) => r.status === 'completed');
    return {
      perSeeker,
      counts: db
        .prepare(
          `SELECT (SELECT count(*) FROM seekers) AS seekers, (SELECT count(*) FROM journal_months) AS months,
             (SELECT count(*) FROM journal_actions) AS actions, (SELECT count(*) FROM analysis_results) AS analyses`,
        )
        .get(),
      issues: lastCompleted ? createImportRepository(db).issues(lastCompleted.importRef) : null,
      // audit_head moves with each completed run: the trail is checked on its own.
      appMeta: db
        .prepare("SELECT key, value FROM app_meta WHERE key <> 'audit_head' ORDER BY key")
        .all(),
    };
  } finally {
    db.close();
  }
}

/** Opens the file as the app does (migrations check) and starts its services once. */
function startAppOn(dbPath: string): void {
  const db = openDatabase(dbPath);
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const services = testServices(db, { refs: referentials });
    void services.dispose();
    expect(createAuditRepository(db).verify()).toMatchObject({ intact: true });
  } finally {
    db.close();
  }
}

function importToEnd(file: string, dbPath: string) {
  const run = jalon(['import', file, '--db', dbPath, '--json'], CHUNK_ENV);
  expect(run.status, run.stderr).toBe(3); // the three broken lines
  return JSON.parse(run.stdout) as {
    imported: number;
    updated: number;
    unchanged: number;
    rejected: unknown[];
    warnings: unknown[];
  };
}

describe('kill -9 during a real `jalon import`', () => {
  let dir: string;
  let v1: ImportFile;
  let v2: ImportFile;
  /** v1 imported without interruption, then analysed: the base of the update import. */
  let cleanV1: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'jalon-kill-'));
    v1 = writeImportFile(join(dir, 'journals.jsonl'), demo(SEEKERS, 3));
    // The next delivery: every third journal as before, the others changed, some new seekers.
    const first = demo(SEEKERS, 3);
    const next = demo(SEEKERS + NEW_IN_V2, 4).map((j, i) =>
      i < SEEKERS && i % 3 === 0 ? first[i]! : j,
    );
    v2 = writeImportFile(join(dir, 'journals-next.jsonl'), next);
    cleanV1 = join(dir, 'clean-v1.db');
    expect(importToEnd(v1.path, cleanV1)).toMatchObject({ imported: SEEKERS });
  }, SLOW_TEST_MS);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /**
   * Kills a run at each moment in turn on the same file (each run resuming the one
   * before), checking the file after each kill, then runs it to the end. Also says how
   * many runs were killed while recorded as running: on a loaded machine a run that
   * resumes may finish before its moment comes (the kill is then too late).
   */
  async function killAtEachMoment(
    file: ImportFile,
    dbPath: string,
    moments: KillMoment[],
    allowed: (seekerId: string) => string[],
  ) {
    let before = new Map<string, string>();
    let killedWhileRunning = 0;
    if (existsSync(dbPath)) {
      const db = openDatabase(dbPath);
      before = storedPersons(db, allowed);
      db.close();
    }
    for (const moment of moments) {
      const afterRef = lastImportRef(dbPath);
      const outcome = await importAndKill(file.path, dbPath, afterRef, moment);
      expectSoundFile(dbPath);
      // Running, or completed when the kill came after the run's end (audit, analyses).
      const left = statusAsLeft(dbPath, afterRef);
      console.log(`  left: run ${left ?? 'not recorded'}, ${staleAnalyses(dbPath)} stale analyses`);
      expect([undefined, 'running', 'completed']).toContain(left);
      expect(outcome.killed || left === 'completed', 'a run not killed completed').toBe(true);
      if (outcome.killed && left === 'running') killedWhileRunning += 1;
      // The app's start-up: migrations checked (or completed), stale runs marked.
      startAppOn(dbPath);
      const db = openDatabase(dbPath);
      try {
        const after = storedPersons(db, allowed);
        const runs = createImportRepository(db).list();
        const run = runs.find((r) => r.importRef > afterRef);
        // Start-up marks a run killed while running interrupted; a run the kill came
        // after stays completed; a run killed before it was recorded left no record.
        expect(run && { status: run.status, finishedAt: run.finishedAt, error: run.error }).toEqual(
          RUN_AFTER_START[(left ?? 'not recorded') as keyof typeof RUN_AFTER_START],
        );
        // The record says what the run committed: exactly the persons it wrote.
        const written = [...after].filter(([id, journal]) => before.get(id) !== journal);
        expect((run?.imported ?? 0) + (run?.updated ?? 0)).toBe(written.length);
        // The audit trail names who changed journals, and what, however each run ended.
        const audited = db
          .prepare(
            "SELECT actor, details FROM audit_log WHERE action = 'import' ORDER BY entry_ref DESC",
          )
          .all() as { actor: string; details: string }[];
        expect(audited.map((a) => ({ actor: a.actor, ...JSON.parse(a.details) }))).toEqual(
          runs.map((r) => ({
            actor: 'cli',
            importRef: r.importRef,
            files: r.files,
            imported: r.imported,
            updated: r.updated,
            unchanged: r.unchanged,
            rejected: r.rejected,
            status: r.status,
          })),
        );
        expect(
          db.prepare("SELECT count(*) FROM app_meta WHERE key LIKE 'import_owner:%'").pluck().get(),
        ).toBe(0);
        before = after;
      } finally {
        db.close();
      }
    }
    return { last: importToEnd(file.path, dbPath), killedWhileRunning };
  }

  it(
    'a first import, killed five times, ends as the uninterrupted one',
    async () => {
      const dbPath = join(dir, 'killed-v1.db');
      const fromV1 = (id: string) => [v1.journals.get(id)!].filter(Boolean);
      const { last, killedWhileRunning } = await killAtEachMoment(
        v1,
        dbPath,
        [
          { name: 'while the schema is created', waitFor: 'file', jitter: false },
          { name: 'once the run is recorded', waitFor: 0, jitter: true },
          { name: 'a third of the way', waitFor: SEEKERS / 3, jitter: true },
          { name: 'two thirds of the way', waitFor: (2 * SEEKERS) / 3, jitter: true },
          { name: 'with every journal committed', waitFor: SEEKERS, jitter: false },
        ],
        fromV1,
      );
      expect(last.imported + last.unchanged).toBe(SEEKERS);
      expect(last.rejected).toHaveLength(3);

      expect(canonicalDump(dbPath)).toEqual(canonicalDump(cleanV1));
      const runs = history(dbPath);
      expect(runs[0]!.status).toBe('completed');
      expect(runs.filter((r) => r.status === 'running')).toEqual([]);
      // Every run killed while running, and only those, shows as interrupted; the
      // moments after the run is recorded and a third of the way in come before any
      // resumed run can finish, so at least those two were.
      expect(killedWhileRunning).toBeGreaterThanOrEqual(2);
      expect(runs.filter((r) => r.status === 'interrupted')).toHaveLength(killedWhileRunning);
    },
    SLOW_TEST_MS,
  );

  it(
    'an update import, killed mid-way and while finishing, never leaves a person half old, half new',
    async () => {
      // Analyses stored: the import ends by recomputing those of the changed journals.
      const base = join(dir, 'analysed-v1.db');
      copyFileSync(cleanV1, base);
      const analysed = openDatabase(base);
      refreshAnalyses(analysed, { asOf: AS_OF, refs: referentials });
      analysed.close();
      const cleanV2 = join(dir, 'clean-v2.db');
      copyFileSync(base, cleanV2);
      const expected = importToEnd(v2.path, cleanV2);
      expect(expected.updated).toBeGreaterThan(SEEKERS / 2);
      expect(expected.imported).toBe(NEW_IN_V2);

      const dbPath = join(dir, 'killed-v2.db');
      copyFileSync(base, dbPath);
      const eitherVersion = (id: string) =>
        [v1.journals.get(id), v2.journals.get(id)].filter((j): j is string => j !== undefined);
      const total = SEEKERS + NEW_IN_V2;
      const { last, killedWhileRunning } = await killAtEachMoment(
        v2,
        dbPath,
        [
          { name: 'forty per cent of the way', waitFor: Math.round(total * 0.4), jitter: true },
          { name: 'while the analyses are refreshed', waitFor: total, jitter: true },
        ],
        eitherVersion,
      );
      expect(last.imported + last.updated + last.unchanged).toBe(total);

      const db = openDatabase(dbPath);
      const persons = storedPersons(db, (id) => [v2.journals.get(id)!]);
      db.close();
      expect(persons.size).toBe(total);
      expect(canonicalDump(dbPath)).toEqual(canonicalDump(cleanV2));
      const runs = history(dbPath);
      expect(runs[0]!.status).toBe('completed');
      expect(runs.filter((r) => r.status === 'running')).toEqual([]);
      expect(killedWhileRunning).toBeGreaterThanOrEqual(1);
      expect(runs.filter((r) => r.status === 'interrupted')).toHaveLength(killedWhileRunning);
    },
    SLOW_TEST_MS,
  );

  it('at start-up, marks interrupted the runs whose process is gone, not one still running', async () => {
    const db = openDatabase(join(dir, 'owners.db'));
    const imports = createImportRepository(db);
    const setOwner = (ref: number, owner: object | null) =>
      owner === null
        ? db.prepare('DELETE FROM app_meta WHERE key = ?').run(`import_owner:${ref}`)
        : db
            .prepare('UPDATE app_meta SET value = ? WHERE key = ?')
            .run(JSON.stringify(owner), `import_owner:${ref}`);
    const finished = spawn(process.execPath, ['-e', '']);
    await new Promise((done) => finished.on('exit', done));

    const running = imports.start(['now.jsonl'], 'jsonl', '2026-10-20T09:00:00Z');
    const killed = imports.start(['killed.jsonl'], 'jsonl', '2026-10-20T08:00:00Z');
    setOwner(killed, { pid: finished.pid, host: hostname() });
    const copied = imports.start(['copied.jsonl'], 'jsonl', '2026-10-20T07:00:00Z');
    setOwner(copied, { pid: process.pid, host: `not-${hostname()}` });
    const older = imports.start(['older.jsonl'], 'jsonl', '2026-10-20T06:00:00Z');
    setOwner(older, null);

    const services = testServices(db, { refs: referentials });
    await services.dispose();
    const status = (ref: number) => imports.get(ref)!.status;
    expect([running, killed, copied, older].map(status)).toEqual([
      'running',
      'interrupted',
      'interrupted',
      'interrupted',
    ]);
    expect(imports.get(killed)!.error).toBe(
      `the import stopped before its end (process ${finished.pid} on ${hostname()})`,
    );
    expect(imports.markStaleRunsInterrupted()).toEqual([]);

    const counts = { imported: 1, updated: 0, unchanged: 0, rejected: 0, warnings: 0 };
    imports.finish(running, {
      ...counts,
      status: 'completed',
      finishedAt: '2026-10-20T09:01:00Z',
      contentHash: 'h',
    });
    expect(status(running)).toBe('completed');
    expect(
      db.prepare("SELECT count(*) FROM app_meta WHERE key LIKE 'import_owner:%'").pluck().get(),
    ).toBe(0);
    db.close();
  });
});
