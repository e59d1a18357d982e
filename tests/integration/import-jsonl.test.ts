import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../server/db/database';
import { createJournalRepository } from '../../server/db/journal-repository';
import { createImportRepository } from '../../server/db/import-repository';
import { importJournalFiles, ImportInputError } from '../../server/import/import-journals';
import type { ImportProgress } from '../../server/import/import-journals';
import { loadReferentials } from '../../server/reference/load-reference';
import { canonicalJournal } from '../../shared/journal/canonical';
import { validateSeeker } from '../../shared/journal/validate';
import { action, jsonl, seeker, writeJsonl } from '../helpers/journals';
import { useTempDir } from '../helpers/temp-dir';
import { reasonText } from '../../shared/journal/reason-text';

const referentials = loadReferentials();

function withMonths(id: string, mutate: (months: Record<string, unknown>[]) => void) {
  const s = seeker(id);
  mutate(s.months as Record<string, unknown>[]);
  return s;
}
function firstAction(id: string, extra: Record<string, unknown>) {
  return withMonths(id, (months) => {
    const actions = months[0]!.actions as Record<string, unknown>[];
    actions[0] = { ...actions[0], ...extra };
  });
}

/** One broken line each, with what its rejection reason must say. */
const BROKEN_LINES: [string, string | Record<string, unknown>, RegExp][] = [
  ['invalid JSON', '{"seeker_id": "X1", "first_name": }', /^invalid JSON/],
  ['not an object', '[1, 2, 3]', /expected a JSON object/],
  [
    'missing required field',
    { ...seeker('X3'), first_name: undefined },
    /^first_name: is required/,
  ],
  ['empty required text', seeker('X4', { last_name: '  ' }), /^last_name: must not be empty/],
  [
    'wrong type (number as text)',
    seeker('X5', { birth_year: '1988' }),
    /^birth_year: expected number, got "1988"/,
  ],
  [
    'wrong type (boolean)',
    seeker('X6', { digital_access: 'yes' }),
    /^digital_access: expected boolean/,
  ],
  [
    'wrong category enum',
    seeker('X7', { category: 'H' }),
    /^category: expected one of A, B, C, D, E, F, G; got "H"/,
  ],
  [
    'wrong modality enum',
    seeker('X8', { modality: 'intensif' }),
    /^modality: expected one of suivi, guide, renforce, global/,
  ],
  [
    'impossible date',
    seeker('X9', { registered_on: '2026-02-30' }),
    /^registered_on: expected a real date YYYY-MM-DD; got "2026-02-30"/,
  ],
  [
    'malformed date',
    seeker('X10', { benefit_end: '31/12/2026' }),
    /^benefit_end: expected a real date/,
  ],
  ['malformed seeker_id', seeker('bad id!'), /^seeker_id: expected 1 to 32 characters/],
  ['seeker_id too long', seeker('A'.repeat(33)), /^seeker_id: expected 1 to 32 characters/],
  [
    'malformed ORE ROME code',
    seeker('X13', { ore: { rome: ['M16O7'], max_distance_km: 20 } }),
    /^ore\.rome\[0\]: expected a ROME code/,
  ],
  [
    'no ORE ROME code',
    seeker('X14', { ore: { rome: [], max_distance_km: 20 } }),
    /^ore\.rome: expected 1 to 5 ROME codes/,
  ],
  [
    'too many ORE ROME codes',
    seeker('X15', {
      ore: { rome: ['M1607', 'M1602', 'M1601', 'M1606', 'M1608', 'M1604'], max_distance_km: 20 },
    }),
    /^ore\.rome: expected 1 to 5/,
  ],
  [
    'wrong contract enum',
    seeker('X16', { ore: { rome: ['M1607'], max_distance_km: 20, contracts: ['stage'] } }),
    /^ore\.contracts\[0\]: expected one of CDI/,
  ],
  [
    'malformed INSEE code',
    seeker('X17', { commune: '6912' }),
    /^commune: expected an INSEE commune code/,
  ],
  ['unknown field', seeker('X18', { moood: 3 }), /unknown field "moood"/],
  [
    'malformed period',
    withMonths('X19', (m) => (m[0]!.period = '2026-13')),
    /^months\[0\]\.period: expected a period YYYY-MM/,
  ],
  [
    'duplicate period',
    withMonths('X20', (m) => (m[1]!.period = '2026-09')),
    /^months\[1\]\.period: period 2026-09 appears twice/,
  ],
  [
    'mood out of range',
    withMonths('X21', (m) => (m[0]!.mood = 6)),
    /^months\[0\]\.mood: expected a whole number from 1 to 5/,
  ],
  [
    'mood not whole',
    withMonths('X22', (m) => (m[0]!.mood = 2.5)),
    /^months\[0\]\.mood: expected a whole number/,
  ],
  [
    'submitted_at not a date-time',
    withMonths('X23', (m) => (m[0]!.submitted_at = 'hier')),
    /^months\[0\]\.submitted_at: expected an ISO date-time/,
  ],
  [
    'wrong entered_by enum',
    withMonths('X24', (m) => (m[0]!.entered_by = 'advisor')),
    /^months\[0\]\.entered_by: expected one of seeker, counsellor/,
  ],
  [
    'wrong action type enum',
    firstAction('X25', { type: 'applicaton' }),
    /^months\[0\]\.actions\[0\]\.type: expected one of application_offer/,
  ],
  [
    'wrong outcome enum',
    firstAction('X26', { outcome: 'accepted' }),
    /^months\[0\]\.actions\[0\]\.outcome: expected one of pending/,
  ],
  [
    'wrong channel enum',
    firstAction('X27', { channel: 'fax' }),
    /^months\[0\]\.actions\[0\]\.channel: expected one of online/,
  ],
  [
    'impossible action date',
    firstAction('X28', { date: '2026-09-31' }),
    /^months\[0\]\.actions\[0\]\.date: expected a real date/,
  ],
  [
    'action dated outside its month',
    firstAction('X29', { date: '2026-10-01' }),
    /^months\[0\]\.actions\[0\]\.date: 2026-10-01 is outside its period 2026-09/,
  ],
  ['duplicate action id', firstAction('X30', { id: 'X30-a3' }), /action id "X30-a3" is used twice/],
  [
    'malformed action ROME code',
    firstAction('X31', { rome: 'secretaire' }),
    /^months\[0\]\.actions\[0\]\.rome: expected a ROME code/,
  ],
  [
    'action without outcome',
    firstAction('X32', { outcome: undefined }),
    /^months\[0\]\.actions\[0\]\.outcome: is required/,
  ],
];

describe('JSON Lines import', () => {
  const tempDir = useTempDir();
  const open = () => openDatabase(join(tempDir(), 'jalon.db'));

  it('finds a stored identifier typed in another case, unless two differ only in case', async () => {
    const db = open();
    const file = writeJsonl(join(tempDir(), 'cases.jsonl'), [
      seeker('DE-000016'),
      seeker('ab-1'),
      seeker('AB-1'),
    ]);
    await importJournalFiles(db, [file], { referentials });
    const repo = createJournalRepository(db);
    expect(repo.seekerIdIgnoringCase('de-000016')).toBe('DE-000016');
    expect(repo.seekerIdIgnoringCase('DE-000016')).toBe('DE-000016');
    expect(repo.seekerIdIgnoringCase('AB-1')).toBe('AB-1');
    expect(repo.seekerIdIgnoringCase('ab-1')).toBe('ab-1');
    expect(repo.seekerIdIgnoringCase('Ab-1')).toBeUndefined();
    expect(repo.seekerIdIgnoringCase('DE-999')).toBeUndefined();
    db.close();
  });

  it('imports valid journals exactly as given, in canonical order', async () => {
    const db = open();
    const s1 = seeker('S1');
    const s2 = seeker('S2', { digital_access: false, benefit_end: null });
    const file = writeJsonl(join(tempDir(), 'in.jsonl'), [s1, s2]);
    const summary = await importJournalFiles(db, [file], { referentials });
    expect(summary).toMatchObject({
      imported: 2,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      warnings: 0,
    });
    const repo = createJournalRepository(db);
    expect(repo.stats()).toEqual({ seekers: 2, months: 4, actions: 6, counsellors: 1 });
    const expected = validateSeeker(s2);
    expect(expected.ok && repo.readJournal('S2')).toEqual(
      expected.ok && canonicalJournal(expected.value),
    );
    db.close();
  });

  it('keeps categories F and G and the category history, read back from the file as written', async () => {
    const db = open();
    const history = [
      { since: '2025-09-01', category: 'G' },
      { since: '2025-10-06', category: 'A' },
      { since: '2026-01-12', category: 'F' },
    ];
    const file = writeJsonl(join(tempDir(), 'categories.jsonl'), [
      seeker('F1', { category: 'F', category_history: history }),
      seeker('G1', { category: 'G' }),
      seeker('H1', { category: 'H' }),
      seeker('F2', { category: 'F', category_history: history.slice(0, 2) }),
    ]);
    const summary = await importJournalFiles(db, [file], { referentials });
    expect(summary).toMatchObject({ imported: 2, rejected: 2 });
    expect(summary.issues.map((i) => [i.line, reasonText(i.reason, 'en')])).toEqual([
      [3, 'category: expected one of A, B, C, D, E, F, G; got "H"'],
      [4, 'category_history[1].category: the history ends in A but the category is F'],
    ]);
    const repo = createJournalRepository(db);
    expect(repo.readJournal('F1')).toMatchObject({ category: 'F', category_history: history });
    expect(repo.readJournalFromRows('F1')?.category_history).toEqual(history);
    expect(repo.readJournal('G1')).toMatchObject({ category: 'G', category_history: [] });
    db.close();
  });

  it.each(BROKEN_LINES)(
    'rejects a line with %s, naming the line and the reason',
    async (_kind, line, reason) => {
      const db = open();
      const file = join(tempDir(), 'mixed.jsonl');
      writeFileSync(file, jsonl([seeker('OK1'), line, seeker('OK2')]));
      const summary = await importJournalFiles(db, [file], { referentials });
      expect(summary.imported).toBe(2);
      expect(summary.rejected).toBe(1);
      const [issue] = summary.issues.filter((i) => i.severity === 'rejected');
      expect(issue).toMatchObject({ file: 'mixed.jsonl', line: 2 });
      expect(reasonText(issue!.reason, 'en')).toMatch(reason);
      // The rejected line is kept with its text, for showing and exporting later.
      const stored = createImportRepository(db).issues(summary.importRef);
      expect(stored[0]).toMatchObject({ severity: 'rejected', line: 2, reason: issue!.reason });
      expect(stored[0]!.content).toBe(typeof line === 'string' ? line : JSON.stringify(line));
      db.close();
    },
  );

  it('rejects a truncated last line and imports the lines before it', async () => {
    const db = open();
    const whole = JSON.stringify(seeker('T2'));
    const file = join(tempDir(), 'truncated.jsonl');
    writeFileSync(file, JSON.stringify(seeker('T1')) + '\n' + whole.slice(0, whole.length / 2));
    const summary = await importJournalFiles(db, [file], { referentials });
    expect(summary).toMatchObject({ imported: 1, rejected: 1 });
    expect(summary.issues[0]).toMatchObject({ line: 2 });
    expect(reasonText(summary.issues[0]!.reason, 'en')).toMatch(/truncated/);
    db.close();
  });

  it('rejects bytes that are not UTF-8, and a seeker given twice', async () => {
    const db = open();
    const file = join(tempDir(), 'bytes.jsonl');
    const latin1 = Buffer.from(JSON.stringify(seeker('L1', { last_name: 'Lefèvre' })), 'latin1');
    writeFileSync(
      file,
      Buffer.concat([
        latin1,
        Buffer.from('\n' + jsonl([seeker('D1'), seeker('D1', { first_name: 'Autre' })])),
      ]),
    );
    const summary = await importJournalFiles(db, [file], { referentials });
    expect(summary).toMatchObject({ imported: 1, rejected: 2 });
    expect(summary.issues.map((i) => [i.line, reasonText(i.reason, 'en')])).toEqual([
      [1, 'the line is not valid UTF-8 text'],
      [
        3,
        expect.stringMatching(
          /seeker_id D1 appears twice in this import \(first at bytes\.jsonl line 2\)/,
        ),
      ],
    ]);
    db.close();
  });

  it('ignores blank lines, CR LF endings and a BOM, and counts physical lines', async () => {
    const db = open();
    const file = join(tempDir(), 'crlf.jsonl');
    writeFileSync(
      file,
      '\uFEFF' +
        JSON.stringify(seeker('C1')) +
        '\r\n\r\n   \r\n' +
        '{oops}\r\n' +
        JSON.stringify(seeker('C2')) +
        '\r\n',
    );
    const summary = await importJournalFiles(db, [file], { referentials });
    expect(summary).toMatchObject({ imported: 2, rejected: 1 });
    expect(summary.issues[0]!.line).toBe(4);
    db.close();
  });

  it('accepts well-formed codes missing from the referentials, with a warning', async () => {
    const db = open();
    const s = seeker('W1', { commune: '99999', ore: { rome: ['N9999'], max_distance_km: 10 } });
    const actions = (s.months as { actions: Record<string, unknown>[] }[])[0]!.actions;
    actions[0] = { ...actions[0], rome: 'N9999' };
    const summary = await importJournalFiles(db, [writeJsonl(join(tempDir(), 'w.jsonl'), [s])], {
      referentials,
    });
    expect(summary).toMatchObject({ imported: 1, rejected: 0, warnings: 2 });
    expect(summary.issues.map((i) => reasonText(i.reason, 'en'))).toEqual([
      'commune: INSEE code 99999 is not a known commune (kept as given; distances cannot be computed)',
      'ore.rome[0]: ROME code N9999 is not in the ROME referential (kept as given)',
    ]);
    expect(createJournalRepository(db).readJournal('W1')?.ore.rome).toEqual(['N9999']);
    db.close();
  });

  // A1206 « Concepteur / Conceptrice paysagiste » is a ROME 4.0 (v460) fiche, not a
  // classic one; M1805 is in both versions.
  it.each([
    ['inline', false],
    ['on the parse workers', true],
  ])('accepts ROME 4.0 codes without a warning, parsed %s', async (_how, parseWorker) => {
    const db = open();
    const s = seeker('R4', { ore: { rome: ['A1206', 'M1805'], max_distance_km: 10 } });
    const actions = (s.months as { actions: Record<string, unknown>[] }[])[0]!.actions;
    actions[0] = { ...actions[0], rome: 'A1206' };
    const file = writeJsonl(join(tempDir(), 'rome4.jsonl'), [s]);
    const summary = await importJournalFiles(db, [file], { referentials, parseWorker });
    expect(summary).toMatchObject({ imported: 1, rejected: 0, warnings: 0 });
    expect(summary.issues).toEqual([]);
    const stored = createJournalRepository(db).readJournal('R4')!;
    expect(stored.ore.rome).toEqual(['A1206', 'M1805']);
    expect(stored.months[0]!.actions[0]!.rome).toBe('A1206');
    db.close();
  });

  it('is idempotent: the same file again changes nothing and says so', async () => {
    const db = open();
    const file = writeJsonl(join(tempDir(), 'same.jsonl'), [seeker('I1'), seeker('I2'), '{bad']);
    const first = await importJournalFiles(db, [file], { referentials });
    const before = db
      .prepare('SELECT seeker_id, content_hash, updated_at FROM seekers ORDER BY seeker_id')
      .all();
    const second = await importJournalFiles(db, [file], { referentials });
    expect(first).toMatchObject({ imported: 2, unchanged: 0, rejected: 1 });
    expect(second).toMatchObject({ imported: 0, updated: 0, unchanged: 2, rejected: 1 });
    expect(second.sameContentAs?.importRef).toBe(first.importRef);
    expect(
      db
        .prepare('SELECT seeker_id, content_hash, updated_at FROM seekers ORDER BY seeker_id')
        .all(),
    ).toEqual(before);
    // The same journal written differently (keys and actions reordered) is the same journal.
    const reordered = seeker('I1');
    (reordered.months as { actions: unknown[] }[])[0]!.actions.reverse();
    const third = await importJournalFiles(
      db,
      [
        writeJsonl(join(tempDir(), 'reordered.jsonl'), [
          Object.fromEntries(Object.entries(reordered).reverse()),
        ]),
      ],
      { referentials },
    );
    expect(third).toMatchObject({ imported: 0, updated: 0, unchanged: 1 });
    db.close();
  });

  it('replaces a changed journal whole, keeping the seeker row', async () => {
    const db = open();
    await importJournalFiles(
      db,
      [writeJsonl(join(tempDir(), 'v1.jsonl'), [seeker('R1'), seeker('R2')])],
      { referentials },
    );
    const refBefore = db.prepare("SELECT seeker_ref FROM seekers WHERE seeker_id = 'R1'").get();
    const changed = seeker('R1', {
      months: [
        { period: '2026-11', entered_by: 'counsellor', actions: [action('new-1', '2026-11-04')] },
      ],
    });
    const summary = await importJournalFiles(
      db,
      [writeJsonl(join(tempDir(), 'v2.jsonl'), [changed, seeker('R2')])],
      { referentials },
    );
    expect(summary).toMatchObject({ imported: 0, updated: 1, unchanged: 1 });
    expect(db.prepare("SELECT seeker_ref FROM seekers WHERE seeker_id = 'R1'").get()).toEqual(
      refBefore,
    );
    const journal = createJournalRepository(db).readJournal('R1')!;
    expect(journal.months.map((m) => m.period)).toEqual(['2026-11']);
    expect(journal.months[0]!.actions.map((a) => a.id)).toEqual(['new-1']);
    db.close();
  });

  it('never leaves a journal half old, half new when writing fails midway', async () => {
    const db = open();
    await importJournalFiles(db, [writeJsonl(join(tempDir(), 'v1.jsonl'), [seeker('A1')])], {
      referentials,
    });
    const before = createJournalRepository(db).readJournal('A1');
    // A real SQLite failure in the middle of the new journal's actions.
    db.exec(`CREATE TEMP TRIGGER fail_midway BEFORE INSERT ON journal_actions WHEN NEW.action_id = 'boom'
             BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    const changed = withMonths('A1', (m) => {
      (m[1]!.actions as unknown[]).push(action('boom', '2026-10-20'));
    });
    await expect(
      importJournalFiles(db, [writeJsonl(join(tempDir(), 'v2.jsonl'), [changed])], {
        referentials,
      }),
    ).rejects.toThrow(/disk trouble/);
    expect(createJournalRepository(db).readJournal('A1')).toEqual(before);
    expect(createImportRepository(db).list()[0]).toMatchObject({
      status: 'failed',
      error: 'disk trouble',
    });
    db.exec('DROP TRIGGER temp.fail_midway');
    const retry = await importJournalFiles(
      db,
      [writeJsonl(join(tempDir(), 'v2.jsonl'), [changed])],
      { referentials },
    );
    expect(retry).toMatchObject({ updated: 1 });
    db.close();
  });

  it('reports progress in bytes and seekers, ending at the whole file', async () => {
    const db = open();
    const records = Array.from({ length: 1500 }, (_, i) => seeker(`P${i}`));
    const file = writeJsonl(join(tempDir(), 'big.jsonl'), records);
    const seen: ImportProgress[] = [];
    await importJournalFiles(db, [file], { referentials, onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(1);
    const last = seen[seen.length - 1]!;
    expect(last).toMatchObject({
      bytesRead: last.bytesTotal,
      seekers: 1500,
      actions: 4500,
      rejected: 0,
    });
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]!.bytesRead).toBeGreaterThanOrEqual(seen[i - 1]!.bytesRead);
      expect(seen[i]!.seekers).toBeGreaterThanOrEqual(seen[i - 1]!.seekers);
    }
    db.close();
  });

  it('gives the same result whether lines are parsed inline or on the worker thread', async () => {
    const records = [
      ...Array.from({ length: 300 }, (_, i) => seeker(`M${i}`)),
      '{broken',
      seeker('M5'),
    ];
    const file = writeJsonl(join(tempDir(), 'both.jsonl'), records);
    const inlineDb = openDatabase(join(tempDir(), 'inline.db'));
    const workerDb = openDatabase(join(tempDir(), 'worker.db'));
    const inline = await importJournalFiles(inlineDb, [file], { referentials, parseWorker: false });
    // Tiny chunks: many boundaries, results arriving out of order from two workers.
    const worker = await importJournalFiles(workerDb, [file], {
      referentials,
      parseWorker: true,
      chunkBytes: 5000,
    });
    expect({ ...worker, importRef: 0, sameContentAs: null }).toEqual({
      ...inline,
      importRef: 0,
      sameContentAs: null,
    });
    expect(worker).toMatchObject({ imported: 300, rejected: 2 });
    expect(worker.issues.map((i) => i.line)).toEqual([301, 302]);
    const dump = (db: ReturnType<typeof openDatabase>) => [
      ...createJournalRepository(db).iterateJournals(),
    ];
    expect(dump(workerDb)).toEqual(dump(inlineDb));
    inlineDb.close();
    workerDb.close();
  });

  it('says clearly when nothing can be read', async () => {
    const db = open();
    await expect(
      importJournalFiles(db, [join(tempDir(), 'missing.jsonl')], { referentials }),
    ).rejects.toThrow(ImportInputError);
    await expect(
      importJournalFiles(db, [join(tempDir(), 'missing.jsonl')], { referentials }),
    ).rejects.toThrow(/no such file/);
    writeFileSync(join(tempDir(), 'notes.txt'), 'hello');
    await expect(
      importJournalFiles(db, [join(tempDir(), 'notes.txt')], { referentials }),
    ).rejects.toThrow(/unknown file type \.txt/);
    db.close();
  });
});
