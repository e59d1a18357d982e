// `npm run bench`: the department-scale import benchmark of issue 2.
// Generates 10,000 seekers × 24 months, imports them (fresh database, separate
// process for an honest peak RSS), and in the same run times the sqlite3 shell's
// `.import` of the same actions as one flat CSV into a plain table. Each run also imports
// into an encrypted database (the app's, SQLite3 Multiple Ciphers' ChaCha20-Poly1305),
// so the cost of encryption at rest is measured on the same machine in the same run.
// Prints JSON with medians over RUNS runs and the ratios. Timing lives here, never in
// the tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join, resolve } from 'node:path';
import { generateDemoCaseload } from '../../shared/demo';
import type { SeekerJournal } from '../../shared/journal/contract';
import { writeJsonLines } from '../../server/export/export-journals';
import { AtomicTextFile } from '../../server/export/atomic-file';
import { loadReferentials } from '../../server/reference/load-reference';

const SEEKERS = Number(process.env.BENCH_SEEKERS ?? 10_000);
const MONTHS = 24;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const dir = resolve('.bench');
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const round = (x: number, digits = 2) => Number(x.toFixed(digits));

mkdirSync(dir, { recursive: true });
const jsonlPath = join(dir, `department-${SEEKERS}.jsonl`);
const flatCsvPath = join(dir, `department-${SEEKERS}-actions.csv`);

if (!existsSync(jsonlPath)) {
  process.stderr.write(`Generating ${SEEKERS} seekers × ${MONTHS} months…\n`);
  const referentials = loadReferentials();
  const journals = (function* () {
    for (const d of generateDemoCaseload(
      { seekers: SEEKERS, months: MONTHS, seed: 2026, endPeriod: '2026-10' },
      referentials,
    ))
      yield d.journal;
  })();
  writeJsonLines(journals, jsonlPath);
}

// The same actions as a flat CSV (no header) for the sqlite3 shell baseline.
let actionCount = 0;
{
  const out = new AtomicTextFile(flatCsvPath);
  const q = (v: string | null) =>
    v === null ? '' : /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  const lines = createInterface({ input: createReadStream(jsonlPath), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    const j = JSON.parse(line) as SeekerJournal;
    for (const m of j.months) {
      for (const a of m.actions) {
        actionCount += 1;
        out.write(
          [
            j.seeker_id,
            m.period,
            a.date,
            a.id,
            a.type,
            a.rome,
            a.employer,
            a.commune,
            a.channel,
            a.outcome,
            a.note,
          ]
            .map(q)
            .join(',') + '\n',
        );
      }
    }
  }
  out.commit();
}

/** A fixed secret: the bench measures the cipher's cost, not the key store. */
const BENCH_KEY = '0b'.repeat(32);

function runImport(dbPath: string, encrypted = false) {
  const r = spawnSync(
    process.execPath,
    ['bin/run-ts.mjs', 'tests/bench/import-worker.ts', dbPath, jsonlPath],
    { encoding: 'utf8', env: { ...process.env, BENCH_KEY: encrypted ? BENCH_KEY : '' } },
  );
  if (r.status !== 0) throw new Error(`import run failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as {
    seconds: number;
    maxRssMb: number;
    imported: number;
    unchanged: number;
    rejected: number;
  };
}

const freshImports = [];
const encryptedImports = [];
let reimport = null;
for (let run = 0; run < RUNS; run++) {
  const dbPath = join(dir, `bench-${run}.db`);
  const encryptedPath = join(dir, `bench-encrypted-${run}.db`);
  for (const path of [dbPath, encryptedPath]) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  }
  process.stderr.write(`Import run ${run + 1}/${RUNS} (plain, then encrypted)…\n`);
  freshImports.push(runImport(dbPath));
  encryptedImports.push(runImport(encryptedPath, true));
  if (run === 0) reimport = runImport(dbPath);
}

const sqliteTimes: number[] = [];
let sqliteVersion: string | null = null;
try {
  sqliteVersion = execFileSync('sqlite3', ['--version'], { encoding: 'utf8' }).split(' ')[0]!;
  for (let run = 0; run < RUNS; run++) {
    const dbPath = join(dir, `shell-${run}.db`);
    rmSync(dbPath, { force: true });
    const script = [
      'CREATE TABLE actions (seeker_id TEXT, period TEXT, date TEXT, action_id TEXT, type TEXT, rome TEXT, employer TEXT, commune TEXT, channel TEXT, outcome TEXT, note TEXT);',
      '.mode csv',
      `.import ${flatCsvPath} actions`,
    ].join('\n');
    const started = process.hrtime.bigint();
    const r = spawnSync('sqlite3', [dbPath], { input: script, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    sqliteTimes.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
} catch (error) {
  process.stderr.write(
    `sqlite3 shell unavailable (apt-get install -y sqlite3): ${String(error)}\n`,
  );
}

const importMedian = median(freshImports.map((r) => r.seconds));
const encryptedMedian = median(encryptedImports.map((r) => r.seconds));
const shellMedian = sqliteTimes.length ? median(sqliteTimes) : null;
const result = {
  dataset: {
    seekers: SEEKERS,
    months: MONTHS,
    actions: actionCount,
    jsonl_mb: round(statSync(jsonlPath).size / 1e6, 1),
  },
  runs: RUNS,
  import: {
    median_seconds: round(importMedian),
    actions_per_second: Math.round(actionCount / importMedian),
    peak_rss_mb: Math.round(Math.max(...freshImports.map((r) => r.maxRssMb))),
    seconds_each: freshImports.map((r) => round(r.seconds)),
  },
  import_encrypted: {
    median_seconds: round(encryptedMedian),
    actions_per_second: Math.round(actionCount / encryptedMedian),
    peak_rss_mb: Math.round(Math.max(...encryptedImports.map((r) => r.maxRssMb))),
    seconds_each: encryptedImports.map((r) => round(r.seconds)),
  },
  ratio_encrypted_to_plain_import: round(encryptedMedian / importMedian),
  reimport_unchanged: reimport && {
    seconds: round(reimport.seconds),
    unchanged: reimport.unchanged,
  },
  sqlite3_shell_import:
    shellMedian === null
      ? null
      : {
          version: sqliteVersion,
          median_seconds: round(shellMedian),
          seconds_each: sqliteTimes.map((t) => round(t)),
        },
  ratio_import_to_sqlite3_shell: shellMedian === null ? null : round(importMedian / shellMedian),
  targets: { actions_per_second: 150_000, peak_rss_mb: 600, ratio_to_sqlite3_shell: 3 },
};
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
