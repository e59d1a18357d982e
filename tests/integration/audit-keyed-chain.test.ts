// The keyed audit chain (hole 2 of issue 16): someone who can write the database file
// but does not hold the audit key forges the trail as the issue describes (triggers
// dropped, a controller's history.view deleted, a fake entry appended, the chain
// re-hashed) and both the repository and `jalon audit verify` must see it; a truncated
// chain passes any check the file can make, but not an expected head kept outside it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import {
  createAuditRepository,
  entryHash,
  formatHead,
  KEYED_ACTION,
} from '../../server/db/audit-repository';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { applyKey, openDatabase } from '../../server/db/database';
import { deriveKeys } from '../../server/keys/database-keys';
import { jalon } from '../helpers/cli';
import { useTempDir } from '../helpers/temp-dir';
import type { AuditRow } from '../../server/db/audit-repository';
import { TEST_NOW } from '../helpers/services';

const SECRET = 'a1'.repeat(32);
const KEYS = deriveKeys(Buffer.from(SECRET, 'hex'));
/** The CLI finds the key as a server would: through JALON_KEY. */
const WITH_KEY = { JALON_KEY: SECRET };

function recordSession(db: Database): void {
  const audit = createAuditRepository(db, TEST_NOW);
  audit.append({ actor: 'CNS-01', action: 'sign_in' });
  audit.append({ actor: 'CNS-01', action: 'note.add', seekerId: 'S1' });
  audit.append({
    actor: 'CTL-01',
    action: 'history.view',
    seekerId: 'S1',
    reason: 'Contrôle de la liste',
  });
  audit.append({ actor: 'CNS-01', action: 'sign_out' });
}

/**
 * What the attacker did with the sqlite3 shell: drop the triggers, delete the
 * controller's view, append a fake entry, then number and hash the whole chain again
 * with `rehash` (plain SHA-256 or a key of their own) and write the head to match.
 */
function forge(
  db: Database,
  rehash: (row: Omit<AuditRow, 'hash'>) => string,
  keepSeal = true,
): void {
  db.exec(`DROP TRIGGER audit_log_append_only_update;
    DROP TRIGGER audit_log_append_only_delete;
    DELETE FROM audit_log WHERE action = 'history.view';`);
  if (!keepSeal) db.prepare('DELETE FROM audit_log WHERE action = ?').run(KEYED_ACTION);
  const rows = db.prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY entry_ref').all();
  rows.push({
    ...rows.at(-1)!,
    actor: 'CNS-01',
    action: 'note.add',
    seeker_id: 'S1',
    details: '{"fake":true}',
  });
  db.exec('DELETE FROM audit_log');
  const insert = db.prepare(`INSERT INTO audit_log (entry_ref, at, actor, action, seeker_id,
    reason, details, previous_hash, hash) VALUES (@entry_ref, @at, @actor, @action, @seeker_id,
    @reason, @details, @previous_hash, @hash)`);
  let previous = '0'.repeat(64);
  rows.forEach((row, index) => {
    const unhashed = { ...row, entry_ref: index + 1, previous_hash: previous };
    delete (unhashed as Partial<AuditRow>).hash;
    const hash = rehash(unhashed);
    insert.run({ ...unhashed, hash });
    previous = hash;
  });
  db.prepare("UPDATE app_meta SET value = ? WHERE key = 'audit_head'").run(
    `${rows.length}:${previous}`,
  );
}

describe('keyed audit chain', () => {
  const tempDir = useTempDir('jalon-audit-key-');
  let path: string;
  let db: Database;

  beforeEach(() => {
    path = join(tempDir(), 'jalon.db');
    db = openDatabase(path, { keys: KEYS });
    recordSession(db);
  });
  afterEach(() => {
    db.close();
  });

  it('starts a keyed database with an audit.keyed entry and keeps an intact HMAC chain', () => {
    const audit = createAuditRepository(db);
    expect(audit.verify()).toEqual({ intact: true, entries: 5 });
    const first = db.prepare<[], AuditRow>('SELECT * FROM audit_log WHERE entry_ref = 1').get()!;
    expect(first).toMatchObject({ actor: 'system', action: KEYED_ACTION });
    expect(JSON.parse(first.details)).toEqual({ plainEntries: 0 });
    // Neither plain SHA-256 nor another key gives the stored hash: the key does.
    const { hash, ...unhashed } = first;
    expect(entryHash(unhashed)).not.toBe(hash);
    expect(entryHash(unhashed, KEYS.auditKey)).toBe(hash);
    db.close();
    expect(jalon(['audit', 'verify', '--db', path], WITH_KEY)).toMatchObject({
      status: 0,
      stdout: 'audit trail intact: 5 entries\n',
    });
    db = openDatabase(path, { keys: KEYS });
  });

  const forgeries: [string, (row: Omit<AuditRow, 'hash'>) => string, boolean, RegExp][] = [
    [
      'plain SHA-256',
      (row) => entryHash(row),
      true,
      /entry 1: its content does not match its keyed hash \(HMAC\)/,
    ],
    [
      'plain SHA-256, the audit.keyed entry removed',
      (row) => entryHash(row),
      false,
      /entry 1: the trail has no keyed part/,
    ],
    [
      'a key of the forger’s own',
      (row) => entryHash(row, Buffer.alloc(32, 7)),
      true,
      /entry 1: its content does not match its keyed hash \(HMAC\)/,
    ],
  ];

  it.each(forgeries)(
    'finds a trail forged and re-hashed with %s, and so does the CLI',
    (_name, rehash, keepSeal, reason) => {
      forge(db, rehash, keepSeal);
      // The forgery is complete: what the file shows chains and its head matches.
      expect(
        db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'history.view'").get(),
      ).toEqual({ n: 0 });
      expect(createAuditRepository(db).verify()).toMatchObject({ intact: false });
      db.close();
      const cli = jalon(['audit', 'verify', '--db', path], WITH_KEY);
      expect(cli.status).toBe(1);
      expect(cli.stderr).toMatch(reason);
      db = openDatabase(path, { keys: KEYS });
    },
  );

  it('the forgery is consistent to a check without the key: only the key catches it', () => {
    forge(db, (row) => entryHash(row), false);
    // A second connection that can read the file but was given no audit key: the
    // plain SHA-256 check that was all verify() had before the chain was keyed.
    const keyless = new BetterSqlite3(path);
    try {
      applyKey(keyless, KEYS.databaseKey);
      expect(createAuditRepository(keyless).verify()).toEqual({ intact: true, entries: 4 });
    } finally {
      keyless.close();
    }
    expect(createAuditRepository(db).verify()).toMatchObject({ intact: false, brokenAt: 1 });
  });

  it('a connection without the audit key cannot append to a keyed trail', () => {
    const keyless = new BetterSqlite3(path);
    try {
      applyKey(keyless, KEYS.databaseKey);
      expect(() =>
        createAuditRepository(keyless).append({ actor: 'CNS-01', action: 'sign_in' }),
      ).toThrow('the audit trail is keyed: open the database with its keys to write to it');
    } finally {
      keyless.close();
    }
    expect(createAuditRepository(db).verify()).toEqual({ intact: true, entries: 5 });
  });

  it('without the key, a keyed database is neither opened nor verified', () => {
    db.close();
    // The file is encrypted: nothing is read without the key, the trail included.
    expect(() => openDatabase(path, { readonly: true })).toThrow(/not a database/);
    const cli = jalon(['audit', 'verify', '--db', path], { JALON_KEY: 'b2'.repeat(32) });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toMatch(/not a database/);
    db = openDatabase(path, { keys: KEYS });
  });

  it('prints the head, and fails a truncated chain against the head kept outside', () => {
    db.close();
    const printed = jalon(['audit', 'head', '--db', path], WITH_KEY);
    expect(printed.status).toBe(0);
    db = openDatabase(path, { keys: KEYS });
    const head = createAuditRepository(db).head()!;
    expect(printed.stdout).toBe(`${formatHead(head)}\n`);
    expect(head.entries).toBe(5);

    // Truncation needs no key: drop the last entry and point the head at the one before.
    const before = db.prepare<[], AuditRow>('SELECT * FROM audit_log WHERE entry_ref = 4').get()!;
    db.exec(`DROP TRIGGER audit_log_append_only_delete;
      DELETE FROM audit_log WHERE entry_ref = 5;`);
    db.prepare("UPDATE app_meta SET value = ? WHERE key = 'audit_head'").run(`4:${before.hash}`);
    expect(createAuditRepository(db).verify()).toEqual({ intact: true, entries: 4 });
    expect(createAuditRepository(db).verify(head)).toMatchObject({
      intact: false,
      brokenAt: 5,
      reason: 'the trail ends at entry 4, before the expected head (entry 5)',
    });
    db.close();
    expect(jalon(['audit', 'verify', '--db', path], WITH_KEY).status).toBe(0);
    const anchored = jalon(
      ['audit', 'verify', '--db', path, '--expect-head', formatHead(head)],
      WITH_KEY,
    );
    expect(anchored.status).toBe(1);
    expect(anchored.stderr).toBe(
      'jalon: audit trail broken at entry 5: the trail ends at entry 4, before the expected head (entry 5)\n',
    );
    const otherHash = jalon(
      ['audit', 'verify', '--db', path, '--expect-head', `3:${'0'.repeat(64)}`],
      WITH_KEY,
    );
    expect(otherHash.stderr).toMatch(/entry 3: its hash differs from the expected head/);
    expect(
      jalon(['audit', 'verify', '--db', path, '--expect-head', '5:abc'], WITH_KEY),
    ).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('invalid expected head “5:abc”'),
    });
    db = openDatabase(path, { keys: KEYS });
  });
});

describe('a trail written before the database had its key', () => {
  const tempDir = useTempDir('jalon-audit-upgrade-');

  it('keeps its plain prefix, sealed by the audit.keyed entry, which anchors it', () => {
    const path = join(tempDir(), 'jalon.db');
    const plain = openDatabase(path);
    recordSession(plain);
    const oldHead = createAuditRepository(plain).head()!;
    plain.close();

    let db = openDatabase(path, { keys: KEYS });
    const audit = createAuditRepository(db);
    expect(audit.verify(oldHead)).toEqual({ intact: true, entries: 5 });
    const seal = db.prepare<[], AuditRow>('SELECT * FROM audit_log WHERE entry_ref = 5').get()!;
    expect(seal).toMatchObject({ action: KEYED_ACTION, previous_hash: oldHead.hash });
    expect(JSON.parse(seal.details)).toEqual({ plainEntries: 4 });
    audit.append({ actor: 'CNS-01', action: 'sign_in' });
    expect(audit.verify()).toEqual({ intact: true, entries: 6 });
    db.close();
    // Opened again: sealed once only.
    db = openDatabase(path, { keys: KEYS });
    expect(createAuditRepository(db).verify()).toEqual({ intact: true, entries: 6 });

    // Rewriting the plain prefix with plain hashes breaks the keyed seal after it.
    db.exec('DROP TRIGGER audit_log_append_only_update');
    const third = db.prepare<[], AuditRow>('SELECT * FROM audit_log WHERE entry_ref = 3').get()!;
    const { hash: _old, ...unhashed } = { ...third, reason: 'autre motif' };
    db.prepare('UPDATE audit_log SET reason = ?, hash = ? WHERE entry_ref = 3').run(
      'autre motif',
      entryHash(unhashed),
    );
    const fourth = db.prepare<[], AuditRow>('SELECT * FROM audit_log WHERE entry_ref = 4').get()!;
    const { hash: _fourth, ...fourthUnhashed } = { ...fourth, previous_hash: entryHash(unhashed) };
    db.prepare('UPDATE audit_log SET previous_hash = ?, hash = ? WHERE entry_ref = 4').run(
      fourthUnhashed.previous_hash,
      entryHash(fourthUnhashed),
    );
    expect(createAuditRepository(db).verify()).toMatchObject({
      intact: false,
      brokenAt: 5,
      reason: 'its previous hash does not match the entry before it',
    });
    db.close();
  });
});
