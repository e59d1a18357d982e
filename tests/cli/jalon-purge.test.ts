// `jalon purge` on a real file, as an administrator runs it: a dry run that counts and
// deletes nothing, then the run that deletes, in French and in English. The people were
// imported by `jalon import` on days set with JALON_NOW; the purge runs on the suite's day.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { jalon } from '../helpers/cli';
import { action, seeker, writeJsonl } from '../helpers/journals';
import { useTempDir } from '../helpers/temp-dir';

const FRENCH: NodeJS.ProcessEnv = { LANG: 'fr_FR.UTF-8' };

function journalUpTo(id: string, period: string, extra: Record<string, unknown> = {}) {
  return seeker(id, {
    registered_on: '2024-01-15',
    benefit_end: null,
    months: [
      {
        period,
        submitted_at: null,
        entered_by: 'seeker',
        mood: null,
        comment: null,
        actions: [action(`${id}-a1`, `${period}-03`)],
      },
    ],
    ...extra,
  });
}

function seekerIds(path: string): string[] {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    return db.prepare('SELECT seeker_id FROM seekers ORDER BY seeker_id').pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('jalon purge', () => {
  const tempDir = useTempDir('jalon-purge-');

  it('counts in a dry run, then deletes the people no import carried for 24 months', () => {
    const db = join(tempDir(), 'jalon.db');
    const old = writeJsonl(join(tempDir(), 'old.jsonl'), [
      journalUpTo('S-GONE', '2024-10', { first_name: 'Oubliée' }),
    ]);
    const recent = writeJsonl(join(tempDir(), 'recent.jsonl'), [journalUpTo('S-KEPT', '2024-12')]);
    expect(jalon(['import', old, '--db', db], { JALON_NOW: '2024-11-07' }).status).toBe(0);
    expect(jalon(['import', recent, '--db', db], { JALON_NOW: '2025-01-07' }).status).toBe(0);

    const dryRun = jalon(['purge', '--dry-run', '--db', db], FRENCH);
    expect(dryRun.status).toBe(0);
    expect(dryRun.stdout).toBe(
      [
        'Conservation 24 mois : personnes absentes de tout import depuis le 2024-12-07.',
        'Simulation, rien n’est supprimé. Serait supprimé :',
        '  personnes : 1',
        '  actions du journal : 1',
        '  mois du journal : 1',
        '  analyses : 0',
        '  actions du plan : 0',
        '  recommandations écartées : 0',
        '  notes : 0',
        '  lignes d’import rejetées ou signalées : 0',
        '  lectures de leur dossier (journal des accès) : 0',
        '',
      ].join('\n'),
    );
    expect(seekerIds(db)).toEqual(['S-GONE', 'S-KEPT']);

    const json = jalon(['purge', '--dry-run', '--json', '--db', db]);
    expect(JSON.parse(json.stdout)).toMatchObject({ dryRun: true, people: 1, months: 24 });

    const run = jalon(['purge', '--db', db]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      'Retention 24 months: people missing from every import since 2024-12-07.\nDeleted:\n  people: 1\n  journal actions: 1\n',
    );
    expect(seekerIds(db)).toEqual(['S-KEPT']);

    const file = new BetterSqlite3(db, { readonly: true });
    try {
      const entry = file
        .prepare("SELECT actor, seeker_id, details FROM audit_log WHERE action = 'retention.purge'")
        .all() as { actor: string; seeker_id: string | null; details: string }[];
      expect(entry).toHaveLength(1);
      expect(entry[0]).toMatchObject({ actor: 'cli', seeker_id: null });
      expect(entry[0]!.details).not.toMatch(/S-GONE|Oubliée/);
    } finally {
      file.close();
    }
    expect(jalon(['audit', 'verify', '--db', db]).status).toBe(0);
  });

  it('refuses a database that does not exist, naming it', () => {
    const missing = join(tempDir(), 'absent.db');
    const result = jalon(['purge', '--db', missing]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`no database at ${missing}`);
  });
});
