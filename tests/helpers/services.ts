// The services as the app builds them, over a test's own database: browser mode, the
// shipped referentials (read once for the whole file), a version string. A test adds
// what it is about: a clock, an error sink, another platform.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { BROWSER_PLATFORM, createServices } from '../../server/api/handlers';
import type { ServiceOptions, Services } from '../../server/api/handlers';
import { openDatabase } from '../../server/db/database';
import { importDemoCaseload } from '../../server/demo/demo-database';
import { loadReferentials } from '../../server/reference/load-reference';
import type { Referentials } from '../../shared/reference/referentials';

/** The day most service tests live on: the demo caseloads end the month before. */
export const TEST_NOW = () => new Date('2026-10-20T09:00:00Z');

let referentials: Referentials | null = null;
/** The shipped referentials, loaded once per test file. */
export function testReferentials(): Referentials {
  return (referentials ??= loadReferentials());
}

export function testServices(
  db: Database,
  options: Partial<Omit<ServiceOptions, 'db'>> = {},
): Services {
  return createServices({
    db,
    refs: testReferentials(),
    platform: BROWSER_PLATFORM,
    version: '0.0.0-test',
    ...options,
  });
}

/**
 * A database file in a new temporary folder (the caller removes it), holding a demo
 * caseload brought in through the real import, its months ending 2026-10.
 */
export async function demoDatabase(
  prefix: string,
  caseload: { seekers: number; months: number; seed: number },
): Promise<{ dir: string; db: Database }> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const db = openDatabase(join(dir, 'jalon.db'));
  await importDemoCaseload(db, { ...caseload, endPeriod: '2026-10' });
  return { dir, db };
}
