import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { openDatabase } from '../../server/db/database';
import { createJournalRepository } from '../../server/db/journal-repository';
import { createImportRepository } from '../../server/db/import-repository';
import { importJournalFiles, ImportInputError } from '../../server/import/import-journals';
import { loadReferentials } from '../../server/reference/load-reference';
import { useTempDir } from '../helpers/temp-dir';
import { reasonText } from '../../shared/journal/reason-text';

const referentials = loadReferentials();

const SEEKERS_HEADER =
  'seeker_id,first_name,last_name,birth_year,commune,registered_on,category,modality,counsellor_id,digital_access,benefit_end,ore_rome,ore_max_distance_km,ore_min_monthly_salary,ore_contracts';
const ACTIONS_HEADER =
  'seeker_id,period,submitted_at,entered_by,mood,comment,id,date,type,rome,employer,commune,channel,outcome,note';

function seekerRow(id: string, overrides: Partial<Record<string, string>> = {}): string {
  const cells: Record<string, string> = {
    seeker_id: id,
    first_name: 'Hélène',
    last_name: 'Lefèvre',
    birth_year: '1979',
    commune: '69123',
    registered_on: '2025-11-03',
    category: 'A',
    modality: 'suivi',
    counsellor_id: 'CNS-02',
    digital_access: 'true',
    benefit_end: '',
    ore_rome: 'M1607;M1602',
    ore_max_distance_km: '30',
    ore_min_monthly_salary: '1850.5',
    ore_contracts: 'CDI;CDD',
    ...overrides,
  };
  return SEEKERS_HEADER.split(',')
    .map((c) => cells[c])
    .join(',');
}

function actionRow(
  seekerId: string,
  id: string,
  date: string,
  overrides: Partial<Record<string, string>> = {},
): string {
  const cells: Record<string, string> = {
    seeker_id: seekerId,
    period: date.slice(0, 7),
    submitted_at: '',
    entered_by: 'seeker',
    mood: '3',
    comment: '',
    id,
    date,
    type: 'application_offer',
    rome: 'M1607',
    employer: 'Cabinet Girard',
    commune: '69123',
    channel: 'email',
    outcome: 'pending',
    note: '',
    ...overrides,
  };
  return ACTIONS_HEADER.split(',')
    .map((c) => cells[c])
    .join(',');
}

describe('CSV import (seekers.csv + actions.csv)', () => {
  const tempDir = useTempDir();

  function writePair(
    seekers: string[],
    actions: string[],
    options: { separator?: ';'; encoding?: 'win1252'; bom?: boolean } = {},
  ) {
    const sep = options.separator;
    const text = (lines: string[]) => {
      const joined = lines.join('\r\n') + '\r\n';
      const withSep = sep ? joined.replace(/,/g, sep) : joined;
      if (options.encoding) return iconv.encode(withSep, options.encoding);
      return Buffer.from((options.bom ? '\uFEFF' : '') + withSep, 'utf8');
    };
    const seekersPath = join(tempDir(), 'seekers.csv');
    const actionsPath = join(tempDir(), 'actions.csv');
    writeFileSync(seekersPath, text([SEEKERS_HEADER, ...seekers]));
    writeFileSync(actionsPath, text([ACTIONS_HEADER, ...actions]));
    return [seekersPath, actionsPath];
  }

  const open = () => openDatabase(join(tempDir(), 'jalon.db'));

  it('imports a Windows-1252 pair separated by semicolons, as French Excel writes it', async () => {
    const db = open();
    const files = writePair(
      [
        seekerRow('W1', {
          ore_min_monthly_salary: '1850',
          ore_rome: '"M1607;M1602"',
          ore_contracts: '"CDI;CDD"',
        }),
      ],
      [
        actionRow('W1', 'a1', '2026-09-02', { comment: 'Très motivée', note: 'Relance prévue' }),
        actionRow('W1', 'a2', '2026-10-05', { employer: 'Crèche Œuvre' }),
      ],
      { separator: ';', encoding: 'win1252' },
    );
    const summary = await importJournalFiles(db, files, { referentials });
    expect(summary).toMatchObject({ format: 'csv', imported: 1, rejected: 0 });
    const journal = createJournalRepository(db).readJournal('W1')!;
    expect(journal.last_name).toBe('Lefèvre');
    expect(journal.months[0]!.comment).toBe('Très motivée');
    expect(journal.months[1]!.actions[0]!.employer).toBe('Crèche Œuvre');
    expect(journal.ore).toEqual({
      rome: ['M1607', 'M1602'],
      max_distance_km: 30,
      min_monthly_salary: 1850,
      contracts: ['CDI', 'CDD'],
    });
    db.close();
  });

  it('reads UTF-8 with a BOM and rows of one seeker scattered through actions.csv', async () => {
    const db = open();
    const files = writePair(
      [seekerRow('B1'), seekerRow('B2')],
      [
        actionRow('B2', 'x1', '2026-10-01'),
        actionRow('B1', 'y1', '2026-09-01'),
        actionRow('B2', 'x2', '2026-09-20'),
        actionRow('B1', 'y2', '2026-09-09'),
      ],
      { bom: true },
    );
    const summary = await importJournalFiles(db, files, { referentials });
    expect(summary).toMatchObject({ imported: 2, rejected: 0 });
    const b2 = createJournalRepository(db).readJournal('B2')!;
    expect(b2.months.map((m) => [m.period, m.actions.map((a) => a.id)])).toEqual([
      ['2026-09', ['x2']],
      ['2026-10', ['x1']],
    ]);
    db.close();
  });

  it('warns of a code in neither ROME version, not of a ROME 4.0 one', async () => {
    const db = open();
    const files = writePair(
      [seekerRow('R1', { ore_rome: 'A1206;F1101' })],
      [
        actionRow('R1', 'r1', '2026-09-03', { rome: 'A1206' }),
        actionRow('R1', 'r2', '2026-09-10', { rome: 'N9999' }),
      ],
    );
    const summary = await importJournalFiles(db, files, { referentials });
    expect(summary).toMatchObject({ imported: 1, rejected: 0, warnings: 1 });
    expect(summary.issues.map((i) => reasonText(i.reason, 'en'))).toEqual([
      expect.stringMatching(/N9999/),
    ]);
    expect(createJournalRepository(db).readJournal('R1')?.ore.rome).toEqual(['A1206', 'F1101']);
    db.close();
  });

  it('rejects a bad seeker row, and each of its actions saying why; keeps the rest', async () => {
    const db = open();
    const files = writePair(
      [seekerRow('OK'), seekerRow('BAD', { category: 'Z' })],
      [
        actionRow('OK', 'a1', '2026-09-01'),
        actionRow('BAD', 'b1', '2026-09-01'),
        actionRow('BAD', 'b2', '2026-09-03'),
      ],
    );
    const summary = await importJournalFiles(db, files, { referentials });
    expect(summary).toMatchObject({ imported: 1, rejected: 3 });
    expect(summary.issues.map((i) => [i.file, i.line, reasonText(i.reason, 'en')])).toEqual([
      [
        'actions.csv',
        3,
        'seeker BAD was rejected (seekers.csv line 3: category: expected one of A, B, C, D, E, F, G; got "Z")',
      ],
      [
        'actions.csv',
        4,
        'seeker BAD was rejected (seekers.csv line 3: category: expected one of A, B, C, D, E, F, G; got "Z")',
      ],
      ['seekers.csv', 3, 'category: expected one of A, B, C, D, E, F, G; got "Z"'],
    ]);
    db.close();
  });

  it('rejects action rows one by one: bad values, orphans, date outside the period, duplicates, conflicting month fields', async () => {
    const db = open();
    const files = writePair(
      [seekerRow('S1'), seekerRow('S1', { first_name: 'Doublon' })],
      [
        actionRow('S1', 'a1', '2026-09-01'),
        actionRow('S1', 'a2', '2026-09-02', { mood: 'bien' }),
        actionRow('S1', 'a3', '2026-09-03', { type: 'entretien' }),
        actionRow('S1', 'a4', '2026-09-31'),
        actionRow('S1', 'a5', '2026-10-02', { period: '2026-09' }),
        actionRow('S1', 'a1', '2026-09-05'),
        actionRow('S1', 'a6', '2026-09-06', { mood: '1' }),
        actionRow('GHOST', 'g1', '2026-09-01'),
        actionRow('S1', '', '', {
          type: '',
          rome: '',
          employer: '',
          commune: '',
          channel: '',
          outcome: '',
          period: '2026-11',
        }),
        'S1,2026-12,,seeker,2',
      ],
    );
    const summary = await importJournalFiles(db, files, { referentials });
    expect(summary.imported).toBe(1);
    const reasons = Object.fromEntries(
      summary.issues.map((i) => [`${i.file}:${i.line}`, reasonText(i.reason, 'en')]),
    );
    expect(reasons).toEqual({
      'seekers.csv:3': 'seeker_id S1 appears twice in seekers.csv (first at line 2)',
      'actions.csv:3': 'mood: expected number, got "bien"',
      'actions.csv:4': expect.stringMatching(/^type: expected one of application_offer/),
      'actions.csv:5': expect.stringMatching(/^date: expected a real date/),
      'actions.csv:6': 'date: 2026-10-02 is outside its period 2026-09',
      'actions.csv:7': 'id: action id "a1" is used twice (also line 2)',
      'actions.csv:8': expect.stringMatching(/^the month fields of 2026-09 .* differ from line 2$/),
      'actions.csv:9': 'seeker_id GHOST is not in seekers.csv',
      'actions.csv:11': expect.stringMatching(/^expected 15 fields, found 5/),
    });
    // The empty-action row is a month without actions, not an error.
    const journal = createJournalRepository(db).readJournal('S1')!;
    expect(journal.months.map((m) => [m.period, m.actions.length])).toEqual([
      ['2026-09', 1],
      ['2026-11', 0],
    ]);
    // Rejected rows are stored with their text, every cell included.
    const stored = createImportRepository(db)
      .issues(summary.importRef)
      .find((i) => i.line === 7 && i.file === 'actions.csv');
    expect(stored?.content).toContain(',a1,2026-09-05,');
    db.close();
  });

  it('reads categories F and G and a category_history column; refuses H naming the line', async () => {
    const db = open();
    const [seekersPath, actionsPath] = writePair(
      [],
      [actionRow('F1', 'f1', '2026-09-01'), actionRow('G1', 'g1', '2026-09-01')],
    );
    const header = `${SEEKERS_HEADER},category_history`;
    const withHistory = (id: string, category: string, history: string) =>
      `${seekerRow(id, { category })},${history}`;
    writeFileSync(
      seekersPath!,
      [
        header,
        withHistory('F1', 'F', '2025-11-03:G;2025-12-01:F'),
        withHistory('G1', 'G', ''),
        withHistory('H1', 'H', ''),
      ].join('\n'),
    );
    const summary = await importJournalFiles(db, [seekersPath!, actionsPath!], { referentials });
    expect(summary).toMatchObject({ imported: 2, rejected: 1 });
    expect(summary.issues.map((i) => [i.file, i.line, reasonText(i.reason, 'en')])).toEqual([
      ['seekers.csv', 4, 'category: expected one of A, B, C, D, E, F, G; got "H"'],
    ]);
    const repo = createJournalRepository(db);
    expect(repo.readJournal('F1')).toMatchObject({
      category: 'F',
      category_history: [
        { since: '2025-11-03', category: 'G' },
        { since: '2025-12-01', category: 'F' },
      ],
    });
    expect(repo.readJournal('G1')).toMatchObject({ category: 'G', category_history: [] });
    db.close();
  });

  it('accepts action_id as the name of the id column', async () => {
    const db = open();
    const [seekersPath, actionsPath] = writePair(
      [seekerRow('AL')],
      [actionRow('AL', 'k1', '2026-09-01')],
    );
    writeFileSync(
      actionsPath!,
      [
        ACTIONS_HEADER.replace(',id,', ',action_id,'),
        actionRow('AL', 'k1', '2026-09-01'),
        actionRow('AL', 'k1', '2026-09-02'),
      ].join('\n'),
    );
    const summary = await importJournalFiles(db, [seekersPath!, actionsPath!], { referentials });
    expect(summary).toMatchObject({ imported: 1, rejected: 1 });
    expect(createImportRepository(db).issues(summary.importRef)[0]!.content).toContain(
      ',k1,2026-09-02,',
    );
    db.close();
  });

  it('refuses, reading nothing, a pair with a missing column or a single file', async () => {
    const db = open();
    const [seekersPath, actionsPath] = writePair(
      [seekerRow('H1')],
      [actionRow('H1', 'a1', '2026-09-01')],
    );
    await expect(importJournalFiles(db, [seekersPath!], { referentials })).rejects.toThrow(
      /needs exactly two files/,
    );
    writeFileSync(actionsPath!, ACTIONS_HEADER.replace(',outcome', '') + '\n');
    await expect(
      importJournalFiles(db, [seekersPath!, actionsPath!], { referentials }),
    ).rejects.toThrow(ImportInputError);
    await expect(
      importJournalFiles(db, [seekersPath!, actionsPath!], { referentials }),
    ).rejects.toThrow(/actions\.csv line 1: .*outcome/);
    expect(createJournalRepository(db).stats().seekers).toBe(0);
    db.close();
  });

  it('is idempotent, and a journal is the same journal in CSV or JSONL', async () => {
    const db = open();
    const files = writePair([seekerRow('I1')], [actionRow('I1', 'a1', '2026-09-01')]);
    await importJournalFiles(db, files, { referentials });
    expect(await importJournalFiles(db, files, { referentials })).toMatchObject({
      imported: 0,
      updated: 0,
      unchanged: 1,
    });
    const jsonlPath = join(tempDir(), 'same.jsonl');
    const journal = createJournalRepository(db).readJournal('I1')!;
    writeFileSync(jsonlPath, JSON.stringify(journal) + '\n');
    expect(await importJournalFiles(db, [jsonlPath], { referentials })).toMatchObject({
      unchanged: 1,
    });
    db.close();
  });
});
