// `jalon dpo export`: the right-of-access document from the command line, in JSON and
// PDF, recorded in the audit trail and the access log like the app's export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PersonDossier } from '../../shared/api/dpo';
import { openDatabase } from '../../server/db/database';
import { importDemoCaseload } from '../../server/demo/demo-database';
import { jalon } from '../helpers/cli';
import { ensureRendererBuilt } from '../helpers/renderer-build';
import { requireSystemTools } from '../helpers/system-tools';
import { useTempDir } from '../helpers/temp-dir';

/** `jalon dpo export` of one person into `out`; `more`: further options (`--as`). */
function dpoExport(db: string, seeker: string, format: string, out: string, ...more: string[]) {
  return jalon([
    'dpo',
    'export',
    '--db',
    db,
    '--seeker',
    seeker,
    '--format',
    format,
    '--out',
    out,
    ...more,
  ]);
}

describe('jalon dpo export', () => {
  const tempDir = useTempDir('jalon-dpo-cli-');
  let templateDir: string;
  let template: string;
  let seekerId: string;
  let name: string;

  beforeAll(async () => {
    templateDir = mkdtempSync(join(tmpdir(), 'jalon-dpo-template-'));
    template = join(templateDir, 'jalon.db');
    const db = openDatabase(template);
    await importDemoCaseload(db, { seekers: 20, months: 6, seed: 3, endPeriod: '2026-10' });
    const row = db
      .prepare<[], { seeker_id: string; first_name: string; last_name: string }>(
        'SELECT seeker_id, first_name, last_name FROM seekers ORDER BY seeker_id LIMIT 1',
      )
      .get()!;
    db.prepare(
      `INSERT INTO seeker_notes (seeker_ref, text, created_at)
       SELECT seeker_ref, 'Appel ce matin.', '2026-10-19T10:00:00.000Z' FROM seekers WHERE seeker_id = ?`,
    ).run(row.seeker_id);
    db.close();
    seekerId = row.seeker_id;
    name = `${row.first_name} ${row.last_name}`;
  }, 60_000);

  afterAll(() => rmSync(templateDir, { recursive: true, force: true }));

  function copy(): string {
    const db = join(tempDir(), 'jalon.db');
    copyFileSync(template, db);
    return db;
  }

  function recorded(db: string) {
    const handle = openDatabase(db, { readonly: true });
    try {
      return {
        trail: handle
          .prepare(
            "SELECT actor, action, seeker_id, details FROM audit_log WHERE action = 'dpo.export'",
          )
          .all() as { actor: string; seeker_id: string; details: string }[],
        reads: handle.prepare('SELECT reader, reader_role, what, seeker_id FROM access_log').all(),
      };
    } finally {
      handle.close();
    }
  }

  it('writes the JSON with every section, typed id in any case, and records the export', () => {
    const db = copy();
    const out = join(tempDir(), 'dossier.json');
    const run = dpoExport(db, seekerId.toLowerCase(), 'json', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Jalon: wrote .*dossier\.json \(\d+ bytes\)\n$/);
    const dossier = JSON.parse(readFileSync(out, 'utf8')) as PersonDossier;
    expect(dossier).toMatchObject({ kind: 'jalon.person-dossier', seekerId, producedBy: 'cli' });
    expect(`${dossier.journal.first_name} ${dossier.journal.last_name}`).toBe(name);
    expect(dossier.journal.months.length).toBeGreaterThan(0);
    expect(dossier.analysis.result.attention).toEqual(expect.any(Number));
    expect(dossier.notes.map((n) => n.text)).toEqual(['Appel ce matin.']);
    for (const section of ['decisions', 'plan', 'reads', 'trail'] as const) {
      expect(dossier[section]).toBeDefined();
    }
    const { trail, reads } = recorded(db);
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ actor: 'cli', seeker_id: seekerId });
    expect(JSON.parse(trail[0]!.details)).toMatchObject({
      format: 'json',
      bytes: readFileSync(out).byteLength,
    });
    expect(reads).toEqual([
      { reader: 'cli', reader_role: 'dpo', what: 'dpo_export', seeker_id: seekerId },
    ]);
  });

  it('answers as a named DPO, and refuses anyone who is not one, writing nothing', () => {
    const db = copy();
    const out = join(tempDir(), 'dossier.json');
    const refused = dpoExport(db, seekerId, 'json', out, '--as', 'CNS-01');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe('jalon: CNS-01 is not an active user with the dpo role\n');
    expect(existsSync(out)).toBe(false);
    expect(recorded(db).trail).toEqual([]);

    const named = dpoExport(db, seekerId, 'json', out, '--as', 'DPO-1');
    expect(named.status).toBe(0);
    expect(recorded(db).trail).toMatchObject([{ actor: 'DPO-1' }]);
  });

  it('refuses an unknown person and an unknown format with a clear message', () => {
    const db = copy();
    const out = join(tempDir(), 'dossier.json');
    const nobody = dpoExport(db, 'DE-NOBODY', 'json', out);
    expect(nobody.status).toBe(1);
    expect(nobody.stderr).toBe('jalon: no seeker "DE-NOBODY" in this database\n');
    const xml = dpoExport(db, seekerId, 'xml', out);
    expect(xml.status).toBe(2);
    expect(xml.stderr).toBe('jalon: --format: json or pdf, not "xml"\n');
    expect(existsSync(out)).toBe(false);
  });

  it('prints the PDF from the print-only page, in French by default, with every section', () => {
    requireSystemTools(['chromium', 'pdftotext']);
    ensureRendererBuilt();
    const db = copy();
    const out = join(tempDir(), 'dossier.pdf');
    const run = jalon(
      ['dpo', 'export', '--db', db, '--seeker', seekerId, '--format', 'pdf', '--out', out],
      { LANG: 'fr_FR.UTF-8' },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' });
    for (const expected of [
      'Tout ce que Jalon détient sur cette personne',
      name,
      'Journal déclaré',
      'Analyse affichée',
      'Décisions sur les recommandations',
      'Plan d’action',
      'Notes du conseiller',
      'Appel ce matin.',
      'Qui a lu ce dossier',
    ]) {
      expect(text).toContain(expected);
    }
    expect(JSON.parse(recorded(db).trail[0]!.details)).toMatchObject({ format: 'pdf' });
  }, 180_000);
});
