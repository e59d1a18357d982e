// Once per run: build the interface (the server serves dist/renderer) and the demo
// database every test starts from a copy of.
import { execFileSync } from 'node:child_process';
import Database from 'better-sqlite3-multiple-ciphers';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { templateDatabase } from './fixtures';
import { ROOT } from './serve-process';
import { requireSystemTools } from '../helpers/system-tools';

export default function globalSetup(): void {
  // Every browser test runs Chromium; the report's tests read its PDF with pdftotext.
  requireSystemTools(['chromium', 'pdftotext']);
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const db = templateDatabase();
  mkdirSync(dirname(db), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  // A small demo (300 people, portfolios of 15 to 35) keeps each test's copy and grid quick.
  execFileSync(
    process.execPath,
    [join(ROOT, 'bin', 'jalon.mjs'), 'demo', '--db', db, '--seekers', '300'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  // One self-contained file to copy: fold the write-ahead log into it.
  const handle = new Database(db);
  handle.pragma('journal_mode = DELETE');
  handle.close();
}
