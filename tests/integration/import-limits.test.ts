// The bounds of an import (issue 16, hole 4): 200 MB of garbage stored 816,092 rejected
// lines with their text, and one seeker of 1.485 M actions froze the server and made
// every read of that person return 271 MB. Past the limits a line (a CSV row) is
// rejected with its number and reason; every rejection is counted, the first ones kept.
// The real defaults are reached with generated inputs of a few megabytes; the other
// tests lower the limits to reach them with small files.
import { describe, expect, it } from 'vitest';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { openDatabase } from '../../server/db/database';
import { createImportRepository } from '../../server/db/import-repository';
import { createJournalRepository } from '../../server/db/journal-repository';
import { importJournalFiles } from '../../server/import/import-journals';
import type { ImportOptions } from '../../server/import/import-journals';
import { ISSUES_PAGE } from '../../shared/api/contract';
import type { IssuePage } from '../../shared/api/contract';
import { addDemoUsers } from '../../server/demo/demo-users';
import { IMPORT_LIMITS } from '../../shared/journal/limits';
import type { ImportLimits } from '../../shared/journal/limits';
import { reasonText } from '../../shared/journal/reason-text';
import { jalon } from '../helpers/cli';
import { action, seeker, writeJsonl } from '../helpers/journals';
import { startBrowserServer } from '../../server/http/browser-server';
import { apiFor } from '../helpers/api';
import { sendRaw } from '../helpers/raw-http';
import { testReferentials, testServices, TEST_NOW } from '../helpers/services';
import { useTempDir } from '../helpers/temp-dir';

const ROOT = join(import.meta.dirname, '../..');

/** A journal of `perMonth` actions in each of `months` months, from 2025-01. */
function busySeeker(id: string, months: number, perMonth: number): Record<string, unknown> {
  return seeker(id, {
    registered_on: '2024-12-01',
    months: Array.from({ length: months }, (_, m) => {
      const period = `${2025 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
      return {
        period,
        submitted_at: null,
        entered_by: 'seeker',
        mood: null,
        comment: null,
        actions: Array.from({ length: perMonth }, (_, a) =>
          action(`${id}-${m}-${a}`, `${period}-${String((a % 28) + 1).padStart(2, '0')}`),
        ),
      };
    }),
  });
}

describe('import limits', () => {
  const tempDir = useTempDir('jalon-import-limits-');

  function open(): Database {
    return openDatabase(join(tempDir(), 'jalon.db'));
  }

  function importWith(db: Database, files: string[], limits?: Partial<ImportLimits>) {
    const options: ImportOptions = { referentials: testReferentials(), now: TEST_NOW };
    if (limits) options.limits = { ...IMPORT_LIMITS, ...limits };
    return importJournalFiles(db, files, options);
  }

  it('has defaults no real journal reaches, stated in the docs', () => {
    expect(IMPORT_LIMITS).toEqual({
      lineBytes: 8 * 1024 * 1024,
      actionsPerMonth: 500,
      actionsPerSeeker: 5_000,
      keptIssues: 1_000,
      keptTextChars: 10_000_000,
    });
    const format = readFileSync(join(ROOT, 'docs/journal-format.md'), 'utf8');
    const importDoc = readFileSync(join(ROOT, 'docs/import.md'), 'utf8');
    for (const figure of ['8 MiB', '500 actions', '5,000 actions', '1,000']) {
      expect(format, figure).toContain(figure);
      expect(importDoc, figure).toContain(figure);
    }
  });

  it('rejects a month of more than 500 actions and a journal of more than 5,000 by default', async () => {
    const db = open();
    const file = writeJsonl(join(tempDir(), 'busy.jsonl'), [
      busySeeker('DE-MONTH', 1, 501),
      busySeeker('DE-TOTAL', 11, 455),
      busySeeker('DE-FINE', 10, 500),
    ]);

    const summary = await importWith(db, [file]);

    expect(summary).toMatchObject({ imported: 1, rejected: 2 });
    const [month, total] = summary.issues;
    expect([month!.line, month!.seekerId, reasonText(month!.reason, 'en')]).toEqual([
      1,
      'DE-MONTH',
      'months[0].actions: more than 500 actions in one month, the most a journal may hold; got 501',
    ]);
    expect([total!.line, total!.seekerId, reasonText(total!.reason, 'fr')]).toEqual([
      2,
      'DE-TOTAL',
      'months : plus de 5000 actions en tout, le plus que le journal d’une personne puisse en compter (trouvé : 5005)',
    ]);
    expect(createJournalRepository(db).readJournal('DE-FINE')!.months).toHaveLength(10);
    db.close();
  });

  it('rejects a line longer than 8 MiB by default without reading it, and goes on', async () => {
    const db = open();
    const path = join(tempDir(), 'long.jsonl');
    const long = JSON.stringify({ seeker_id: 'DE-LONG', padding: 'x'.repeat(8 * 1024 * 1024) });
    writeFileSync(
      path,
      [JSON.stringify(seeker('DE-A')), long, JSON.stringify(seeker('DE-B'))].join('\n'),
    );
    expect(statSync(path).size).toBeGreaterThan(IMPORT_LIMITS.lineBytes);

    const summary = await importWith(db, [path]);

    expect(summary).toMatchObject({ imported: 2, rejected: 1 });
    expect(summary.issues[0]).toMatchObject({ line: 2, seekerId: 'DE-LONG' });
    expect(reasonText(summary.issues[0]!.reason, 'en')).toBe(
      "this line is longer than 8388608 bytes, the most one person's journal may take; it was not read",
    );
    // Only the start of the line is kept, to recognise it.
    const [stored] = createImportRepository(db).issues(summary.importRef);
    expect(stored!.content!.length).toBeLessThan(2_000);
    db.close();
  });

  it('numbers lines exactly around a too-long line spanning many chunks', async () => {
    const db = open();
    const path = writeJsonl(join(tempDir(), 'span.jsonl'), [
      seeker('DE-1'),
      busySeeker('DE-SPAN', 3, 30),
      seeker('DE-3'),
      '{"seeker_id": "DE-4", broken',
    ]);

    const summary = await importWith(db, [path], { lineBytes: 4096 });
    const other = openDatabase(join(tempDir(), 'workers.db'));
    const inWorkers = await importJournalFiles(other, [path], {
      now: TEST_NOW,
      chunkBytes: 1024,
      parseWorker: true,
      limits: { ...IMPORT_LIMITS, lineBytes: 4096 },
    });

    for (const run of [summary, inWorkers]) {
      expect(run).toMatchObject({ imported: 2, rejected: 2 });
      expect(run.issues.map((i) => [i.line, i.seekerId, i.reason.parts[0]!.key])).toEqual([
        [2, 'DE-SPAN', 'line_too_long'],
        [4, null, 'json_invalid'],
      ]);
    }
    db.close();
    other.close();
  });

  it('counts every rejected line but keeps only the first ones, and their text within a budget', async () => {
    const db = open();
    const garbage = Array.from({ length: 60 }, (_, i) => `not json ${i} ${'#'.repeat(40)}`);
    const warned = Array.from({ length: 30 }, (_, i) => seeker(`DE-W${i}`, { commune: '99999' }));
    const path = writeJsonl(join(tempDir(), 'garbage.jsonl'), [...garbage, ...warned]);

    const summary = await importWith(db, [path], { keptIssues: 10, keptTextChars: 250 });

    expect(summary).toMatchObject({ imported: 30, rejected: 60, warnings: 30 });
    const bySeverity = (s: string) => summary.issues.filter((i) => i.severity === s);
    expect(bySeverity('rejected').map((i) => i.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(bySeverity('warning')).toHaveLength(10);
    const stored = createImportRepository(db).issues(summary.importRef);
    expect(stored).toHaveLength(20);
    // Each garbage line is 51 or 52 characters: four fit in 250, the rest lose their text.
    expect(stored.filter((i) => i.content !== null).map((i) => i.line)).toEqual([1, 2, 3, 4]);
    expect(createImportRepository(db).get(summary.importRef)).toMatchObject({
      rejected: 60,
      warnings: 30,
    });
    db.close();
  });

  it('keeps the first 1,000 rejected lines by default, and the CLI counts them all', () => {
    const path = writeJsonl(
      join(tempDir(), 'noise.jsonl'),
      Array.from({ length: 1_200 }, (_, i) => `noise ${i}`),
    );
    const dbPath = join(tempDir(), 'cli.db');
    const env = { JALON_NOW: '2026-10-20T09:00:00Z' };

    const json = jalon(['import', path, '--db', dbPath, '--json'], env);
    const human = jalon(['import', path, '--db', dbPath], env);

    const reply = JSON.parse(json.stdout) as { rejected: unknown[]; rejectedCount: number };
    expect(reply.rejected).toHaveLength(1_000);
    expect(reply.rejectedCount).toBe(1_200);
    expect(human.stdout).toContain('… and 1180 more (--json lists the first 1000).');
    const db = openDatabase(dbPath);
    const runs = createImportRepository(db).list();
    expect(runs.map((r) => r.rejected)).toEqual([1_200, 1_200]);
    expect(createImportRepository(db).issues(runs[0]!.importRef)).toHaveLength(1_000);
    db.close();
  });

  it('rejects CSV action rows past a person’s month and total, keeping the earlier ones', async () => {
    const db = open();
    const seekers = join(tempDir(), 'seekers.csv');
    const actions = join(tempDir(), 'actions.csv');
    writeFileSync(
      seekers,
      [
        'seeker_id,first_name,last_name,birth_year,commune,registered_on,category,modality,counsellor_id,digital_access,benefit_end,ore_rome,ore_max_distance_km,ore_min_monthly_salary,ore_contracts',
        'C1,Camille,Martin,1988,69123,2025-09-01,A,guide,CNS-01,true,,M1607,25,1800,CDI',
      ].join('\n') + '\n',
    );
    const row = (id: string, date: string) =>
      `C1,${date.slice(0, 7)},,seeker,3,,${id},${date},application_offer,M1607,Cabinet,69123,email,pending,`;
    writeFileSync(
      actions,
      [
        'seeker_id,period,submitted_at,entered_by,mood,comment,id,date,type,rome,employer,commune,channel,outcome,note',
        row('s1', '2026-09-01'),
        row('s2', '2026-09-02'),
        row('s3', '2026-09-03'),
        row('s4', '2026-09-04'),
        row('o1', '2026-10-01'),
        row('o2', '2026-10-02'),
        row('o3', '2026-10-03'),
      ].join('\n') + '\n',
    );

    const summary = await importWith(db, [seekers, actions], {
      actionsPerMonth: 3,
      actionsPerSeeker: 5,
    });

    expect(summary).toMatchObject({ imported: 1, rejected: 3 });
    expect(summary.issues.map((i) => [i.file, i.line, reasonText(i.reason, 'en')])).toEqual([
      [
        'actions.csv',
        5,
        'C1 already has 3 actions in 2026-09 in this file, the most a month may hold: this row is not imported',
      ],
      [
        'actions.csv',
        7,
        "C1 already has 5 rows in this file, the most one person's journal may hold: this row is not imported",
      ],
      [
        'actions.csv',
        8,
        "C1 already has 5 rows in this file, the most one person's journal may hold: this row is not imported",
      ],
    ]);
    const journal = createJournalRepository(db).readJournal('C1')!;
    expect(journal.months.map((m) => m.actions.map((a) => a.id))).toEqual([
      ['s1', 's2', 's3'],
      ['o1'],
    ]);
    db.close();
  });
});

// The import works in batches and yields between them: a request that arrives while it
// runs is answered before it ends. Shown by the order of events, not by timings: on a
// loop that never yields, the answer could only come after the import's end.
describe('an import keeps the event loop answering', () => {
  const tempDir = useTempDir('jalon-import-yield-');

  async function answeredDuringImport(
    files: string[],
    options: ImportOptions,
    /** When the import is under way: the request is sent at the first such progress. */
    underWay: (seekersWritten: number) => boolean,
  ): Promise<string[]> {
    const events: string[] = [];
    const server = createServer((_request, response) => {
      events.push('served');
      response.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const db = openDatabase(join(tempDir(), 'jalon.db'));
    let asked: Promise<void> | null = null;
    try {
      await importJournalFiles(db, files, {
        ...options,
        onProgress: (progress) => {
          events.push('batch');
          if (asked !== null || !underWay(progress.seekers)) return;
          events.push('asked');
          asked = new Promise((resolve, reject) => {
            get({ host: '127.0.0.1', port, path: '/' }, (response) => {
              response.resume();
              response.on('end', () => {
                events.push('answered');
                resolve();
              });
            }).on('error', reject);
          });
        },
      });
      events.push('import done');
      await asked;
    } finally {
      db.close();
      server.close();
    }
    return events;
  }

  function expectAnsweredWhileRunning(events: string[]) {
    const answered = events.indexOf('answered');
    expect(events.indexOf('asked')).toBeGreaterThan(-1);
    expect(answered).toBeGreaterThan(events.indexOf('asked'));
    expect(answered).toBeLessThan(events.indexOf('import done'));
    // …and the import went on writing after the answer.
    expect(events.slice(answered).filter((e) => e === 'batch').length).toBeGreaterThan(0);
  }

  it('between JSON Lines chunks', async () => {
    const path = writeJsonl(
      join(tempDir(), 'many.jsonl'),
      Array.from({ length: 120 }, (_, i) => seeker(`DE-${i}`)),
    );
    const events = await answeredDuringImport(
      [path],
      { referentials: testReferentials(), now: TEST_NOW, chunkBytes: 4096, parseWorker: false },
      (seekers) => seekers > 0,
    );
    expectAnsweredWhileRunning(events);
  });

  it('between pages of CSV people', async () => {
    const seekers = join(tempDir(), 'seekers.csv');
    const actions = join(tempDir(), 'actions.csv');
    const ids = Array.from({ length: 4000 }, (_, i) => `C${String(i).padStart(4, '0')}`);
    writeFileSync(
      seekers,
      [
        'seeker_id,first_name,last_name,birth_year,commune,registered_on,category,modality,counsellor_id,digital_access,benefit_end,ore_rome,ore_max_distance_km,ore_min_monthly_salary,ore_contracts',
        ...ids.map(
          (id) =>
            `${id},Camille,Martin,1988,69123,2025-09-01,A,guide,CNS-01,true,,M1607,25,1800,CDI`,
        ),
      ].join('\n') + '\n',
    );
    writeFileSync(
      actions,
      [
        'seeker_id,period,submitted_at,entered_by,mood,comment,id,date,type,rome,employer,commune,channel,outcome,note',
        ...ids.map(
          (id) =>
            `${id},2026-09,,seeker,3,,a1,2026-09-03,application_offer,M1607,Cabinet,69123,email,pending,`,
        ),
      ].join('\n') + '\n',
    );
    // Sent once the first page of people is written: the assembly is under way.
    const events = await answeredDuringImport(
      [seekers, actions],
      { referentials: testReferentials(), now: TEST_NOW },
      (written) => written > 0,
    );
    expectAnsweredWhileRunning(events);
  });
});

// import.status and import.issues carry the rejected lines a page at a time: a reply
// once held all 816,092 of them (135 MB), polled by the import screen.
describe('paged replies of rejected lines', () => {
  const tempDir = useTempDir('jalon-import-pages-');

  it('pages import.status and import.issues, and keeps the first 1,000 of 1,100', async () => {
    const db = openDatabase(join(tempDir(), 'jalon.db'));
    addDemoUsers(db);
    const services = testServices(db, { now: TEST_NOW });
    try {
      const path = writeJsonl(
        join(tempDir(), 'noise.jsonl'),
        Array.from({ length: 1_100 }, (_, i) => `noise ${i}`),
      );
      const admin = apiFor(() => services, 'admin');
      const started = await admin.call('import.start', {
        files: [services.staged.stagePath(path).id],
      });
      await services.imports.idle();

      const first = await admin.call('import.status', { jobId: started.id });
      expect(first.summary).toMatchObject({ rejected: 1_100 });
      expect(first.summary!.issues).toMatchObject({ kept: 1_000, nextFrom: ISSUES_PAGE });
      expect(first.summary!.issues.issues.map((i) => i.line)).toEqual(
        Array.from({ length: ISSUES_PAGE }, (_, i) => i + 1),
      );
      const last = await admin.call('import.status', { jobId: started.id, issuesFrom: 900 });
      expect(last.summary!.issues.nextFrom).toBeNull();
      expect(last.summary!.issues.issues.map((i) => i.line)).toEqual(
        Array.from({ length: 100 }, (_, i) => 901 + i),
      );

      const importRef = (await admin.call('import.history', {}))[0]!.importRef;
      const stored = await admin.call('import.issues', { importRef });
      expect(stored).toMatchObject({ kept: 1_000, nextFrom: ISSUES_PAGE });
      expect(stored.issues).toHaveLength(ISSUES_PAGE);
      const lines: number[] = [];
      for (let from: number | null = 0; from !== null;) {
        const page: IssuePage = await admin.call('import.issues', { importRef, from });
        lines.push(...page.issues.map((i) => i.line));
        from = page.nextFrom;
      }
      expect(lines).toEqual(Array.from({ length: 1_000 }, (_, i) => i + 1));
    } finally {
      await services.dispose();
      db.close();
    }
  });
});

// The same through the browser mode's server and its import jobs: a request sent while
// an import runs is answered while the job is still running.
describe('the browser-mode server during an import', () => {
  const tempDir = useTempDir('jalon-import-server-');

  it('answers another request before the import ends', async () => {
    const TOKEN = 'b'.repeat(48);
    const db = openDatabase(join(tempDir(), 'jalon.db'));
    addDemoUsers(db);
    // Small chunks: the import is many batches, as a big file is.
    const services = testServices(db, { now: TEST_NOW, importTuning: { chunkBytes: 4096 } });
    const server = await startBrowserServer({
      services,
      rendererDir: tempDir(),
      port: 0,
      token: TOKEN,
    });
    const session = services.sessions.open({
      userId: 'admin',
      displayName: 'Admin',
      role: 'admin',
      team: null,
    });
    const invoke = async (channel: string, args: unknown) =>
      JSON.parse(
        (
          await sendRaw(server.port, {
            method: 'POST',
            path: `/api/invoke/${channel}`,
            headers: {
              'x-jalon-token': TOKEN,
              'x-jalon-session': session,
              'content-type': 'application/json',
            },
            body: JSON.stringify(args),
          })
        ).body,
      ) as { ok: boolean; value: { id: string } };
    try {
      const path = writeJsonl(
        join(tempDir(), 'many.jsonl'),
        Array.from({ length: 150 }, (_, i) => seeker(`DE-${i}`)),
      );
      const events: string[] = [];
      const started = await invoke('import.start', {
        files: [services.staged.stagePath(path).id],
      });
      const ended = services.imports.idle().then(() => events.push('import done'));
      const answer = await invoke('settings.get', {});
      events.push(`answered while ${services.imports.status(started.value.id, 'admin').state}`);
      await ended;

      expect(answer.ok).toBe(true);
      expect(events).toEqual(['answered while running', 'import done']);
      expect(services.imports.status(started.value.id, 'admin').summary).toMatchObject({
        imported: 150,
      });
    } finally {
      await server.close();
      await services.dispose();
      db.close();
    }
  });
});
