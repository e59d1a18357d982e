// The audit trail after a realistic session through the handlers, and what tampering
// with it looks like: an edited, deleted or removed-last entry is found, by the
// repository and by `jalon audit verify` as a real process.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';

import type { Services } from '../../server/api/handlers';
import { createAuditRepository } from '../../server/db/audit-repository';
import { openDatabase } from '../../server/db/database';
import { jalon } from '../helpers/cli';
import { addTestUsers, apiFor } from '../helpers/api';
import { seeker, writeJsonl } from '../helpers/journals';
import { useTempDir } from '../helpers/temp-dir';
import { testServices, TEST_NOW } from '../helpers/services';

const AS_OF = '2026-10-20';

describe('audit trail', () => {
  const tempDir = useTempDir();
  let db: Database;
  let services: Services;
  let path: string;

  const { call } = apiFor(() => services, 'CNS-01');
  const admin = apiFor(() => services, 'admin');

  /** A counsellor's session: an import, one accepted and one dismissed recommendation. */
  async function realisticSession(): Promise<void> {
    const file = writeJsonl(join(tempDir(), 'journaux.jsonl'), [
      seeker('S1', { benefit_end: '2026-11-10' }),
      seeker('S2'),
      'not json',
    ]);
    const started = await admin.call('import.start', {
      files: [services.staged.stagePath(file).id],
    });
    await services.imports.idle();
    expect((await admin.call('import.status', { jobId: started.id })).state).toBe('completed');
    const page = await call('seeker.get', { seekerId: 'S1', asOf: AS_OF });
    const [first, second] = page.analysis.recommendations;
    await call('recommendation.accept', {
      seekerId: 'S1',
      recommendationId: first!.id,
      asOf: AS_OF,
    });
    await call('recommendation.accept', {
      seekerId: 'S1',
      recommendationId: first!.id,
      asOf: AS_OF,
    });
    await call('recommendation.dismiss', {
      seekerId: 'S1',
      recommendationId: second!.id,
      asOf: AS_OF,
      reason: 'Déjà en formation',
    });
  }

  /** What someone with the file and the sqlite3 shell could do: triggers first. */
  function tamper(sql: string): void {
    db.exec(`DROP TRIGGER audit_log_append_only_update; DROP TRIGGER audit_log_append_only_delete;
      ${sql}`);
  }

  beforeEach(async () => {
    path = join(tempDir(), 'jalon.db');
    db = openDatabase(path);
    services = testServices(db, { now: TEST_NOW });
    addTestUsers(services);
  });

  afterEach(async () => {
    await services.dispose();
    db.close();
  });

  it('records who did what, with the reason where one was asked, as an intact chain', async () => {
    await realisticSession();
    const audit = createAuditRepository(db);
    expect(audit.verify()).toEqual({ intact: true, entries: 3 });
    // The import concerns no one seeker; the two decisions concern S1.
    const [accepted, dismissed, ...others] = audit.ofSeeker('S1');
    expect(others).toEqual([]);
    expect(accepted).toMatchObject({ actor: 'CNS-01', action: 'recommendation.accept' });
    expect(dismissed).toMatchObject({
      action: 'recommendation.dismiss',
      reason: 'Déjà en formation',
      seekerId: 'S1',
    });
    expect(jalon(['audit', 'verify', '--db', path])).toMatchObject({
      status: 0,
      stdout: 'audit trail intact: 3 entries\n',
    });
  });

  it('records sign-in, failed sign-in and sign-out, without ever storing a password', async () => {
    const nobody = apiFor(() => services, null);
    const wrong = await nobody.send('auth.signIn', { userId: 'CNS-01', password: 'pas-le-bon' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const signedIn = await nobody.call('auth.signIn', {
      userId: 'CNS-01',
      password: 'mot-de-passe-de-test',
    });
    expect(signedIn.user).toMatchObject({ userId: 'CNS-01', role: 'counsellor' });
    expect((await nobody.call('app.info', {})).user?.userId).toBe('CNS-01');
    await nobody.call('auth.signOut', {});
    expect((await nobody.call('app.info', {})).user).toBeNull();

    const entries = db
      .prepare<[], { actor: string; action: string }>('SELECT * FROM audit_log ORDER BY entry_ref')
      .all();
    expect(entries.map((e) => [e.actor, e.action])).toEqual([
      ['CNS-01', 'sign_in.failed'],
      ['CNS-01', 'sign_in'],
      ['CNS-01', 'sign_out'],
    ]);
    expect(JSON.stringify(entries)).not.toContain('pas-le-bon');
    expect(createAuditRepository(db).verify()).toEqual({ intact: true, entries: 3 });
  });

  it('refuses to edit or delete an entry through SQL', async () => {
    await realisticSession();
    expect(() => db.exec("UPDATE audit_log SET reason = 'x' WHERE entry_ref = 3")).toThrow(
      /append-only/,
    );
    expect(() => db.exec('DELETE FROM audit_log WHERE entry_ref = 1')).toThrow(/append-only/);
  });

  it('finds an edited entry, and the CLI names it', async () => {
    await realisticSession();
    tamper("UPDATE audit_log SET reason = 'Autre motif' WHERE entry_ref = 3");
    expect(createAuditRepository(db).verify()).toMatchObject({
      intact: false,
      brokenAt: 3,
      reason: 'its content does not match its hash',
    });
    const cli = jalon(['audit', 'verify', '--db', path]);
    expect(cli.status).toBe(1);
    expect(cli.stderr).toBe(
      'jalon: audit trail broken at entry 3: its content does not match its hash\n',
    );
  });

  it('finds an entry rewritten with a fresh hash: the next one no longer chains', async () => {
    await realisticSession();
    const { entryHash } = await import('../../server/db/audit-repository');
    type Row = Parameters<typeof entryHash>[0] & { hash: string };
    const row = db.prepare('SELECT * FROM audit_log WHERE entry_ref = 2').get() as Row;
    const { hash: _old, ...unhashed } = { ...row, actor: 'quelqu’un d’autre' };
    tamper(
      `UPDATE audit_log SET actor = 'quelqu’un d’autre', hash = '${entryHash(unhashed)}' WHERE entry_ref = 2`,
    );
    expect(createAuditRepository(db).verify()).toMatchObject({ intact: false, brokenAt: 3 });
  });

  it('finds a deleted entry, and a deleted last entry', async () => {
    await realisticSession();
    tamper('DELETE FROM audit_log WHERE entry_ref = 2');
    expect(createAuditRepository(db).verify()).toMatchObject({ intact: false, brokenAt: 3 });
    db.exec('DELETE FROM audit_log WHERE entry_ref = 3');
    expect(createAuditRepository(db).verify()).toMatchObject({ intact: false, brokenAt: 2 });
    const cli = jalon(['audit', 'verify', '--db', path]);
    expect(cli.status).toBe(1);
    expect(cli.stderr).toMatch(/^jalon: audit trail broken at entry 2: /);
  });
});
