import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CATEGORIES } from '../../shared/journal/contract';
import type { JournalMonth, SeekerJournal } from '../../shared/journal/contract';
import {
  ACTION_COLUMNS,
  REQUIRED_ACTION_COLUMNS,
  REQUIRED_SEEKER_COLUMNS,
  SEEKER_COLUMNS,
  actionRowToRaw,
  checkHeader,
  journalToCsvRows,
  parseNumberCell,
  seekerRowToRaw,
} from '../../shared/journal/csv-form';
import {
  validateAction,
  validateMonthFields,
  validateSeeker,
  validateSeekerProfile,
} from '../../shared/journal/validate';
import { reasonText } from '../../shared/journal/reason-text';

const seekerRow = (over: Record<string, string> = {}): Record<string, string> => ({
  seeker_id: 'S-001',
  first_name: 'Élodie',
  last_name: 'Marchand',
  birth_year: '1988',
  commune: '69123',
  registered_on: '2025-09-01',
  category: 'A',
  modality: 'guide',
  counsellor_id: 'C42',
  digital_access: 'true',
  benefit_end: '2026-08-31',
  ore_rome: 'M1607;M1602',
  ore_max_distance_km: '30',
  ore_min_monthly_salary: '1800',
  ore_contracts: 'CDI;CDD',
  ...over,
});

const actionRow = (over: Record<string, string> = {}): Record<string, string> => ({
  seeker_id: 'S-001',
  period: '2026-03',
  submitted_at: '2026-03-31T18:04:00Z',
  entered_by: 'seeker',
  mood: '3',
  comment: 'Mois chargé',
  id: 'A1',
  date: '2026-03-12',
  type: 'application_offer',
  rome: 'M1607',
  employer: 'Boulangerie Dupont',
  commune: '69123',
  channel: 'online',
  outcome: 'pending',
  note: '',
  ...over,
});

function profileOf(row: Record<string, string>) {
  return validateSeekerProfile(seekerRowToRaw(row));
}

describe('seekerRowToRaw', () => {
  it('maps a full row to a valid profile', () => {
    const result = profileOf(seekerRow());
    expect(result).toEqual({
      ok: true,
      value: {
        seeker_id: 'S-001',
        first_name: 'Élodie',
        last_name: 'Marchand',
        birth_year: 1988,
        commune: '69123',
        registered_on: '2025-09-01',
        category: 'A',
        category_history: [],
        modality: 'guide',
        counsellor_id: 'C42',
        digital_access: true,
        benefit_end: '2026-08-31',
        ore: {
          rome: ['M1607', 'M1602'],
          max_distance_km: 30,
          min_monthly_salary: 1800,
          contracts: ['CDI', 'CDD'],
        },
      },
    });
  });

  it('accepts every category of the list since 2025, F and G included, and refuses another', () => {
    for (const category of ['A', 'B', 'C', 'D', 'E', 'F', 'G']) {
      expect(profileOf(seekerRow({ category }))).toMatchObject({ ok: true, value: { category } });
    }
    const refused = profileOf(seekerRow({ category: 'H' }));
    expect(refused.ok || reasonText(refused.reason, 'en')).toBe(
      'category: expected one of A, B, C, D, E, F, G; got "H"',
    );
  });

  it('reads the category history as date:category steps, oldest first', () => {
    const result = profileOf(
      seekerRow({ category: 'D', category_history: '2025-09-01:G; 2025-10-06:A;2026-02-02:D' }),
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        category: 'D',
        category_history: [
          { since: '2025-09-01', category: 'G' },
          { since: '2025-10-06', category: 'A' },
          { since: '2026-02-02', category: 'D' },
        ],
      },
    });
  });

  it.each([
    ['2025-10-06', 'category_history[0]: expected object, got "2025-10-06"'],
    ['2025-10-06:H', 'category_history[0].category: expected one of A, B, C, D, E, F, G; got "H"'],
    [
      '2025-13-01:A',
      'category_history[0].since: expected a real date YYYY-MM-DD; got "2025-13-01"',
    ],
    [
      '2025-08-01:A',
      'category_history[0].since: 2025-08-01 is before the registration (2025-09-01)',
    ],
    [
      '2025-10-06:G;2025-09-15:A',
      'category_history[1].since: 2025-09-15 is not after the step before it (2025-10-06): oldest first',
    ],
    [
      '2025-09-01:A;2025-10-06:A',
      'category_history[1].category: A repeats the step before it: each step is a move',
    ],
    [
      '2025-09-01:G;2025-10-06:D',
      'category_history[1].category: the history ends in D but the category is A',
    ],
  ])('refuses the category history %j: %s', (history, reason) => {
    const refused = profileOf(seekerRow({ category_history: history }));
    expect(refused.ok || reasonText(refused.reason, 'en')).toBe(reason);
  });

  it('reads numbers with a French decimal comma or grouped thousands', () => {
    const raw = seekerRowToRaw(
      seekerRow({ ore_max_distance_km: '12,5', ore_min_monthly_salary: '1\u202F850,75' }),
    );
    expect(raw.ore).toMatchObject({ max_distance_km: 12.5, min_monthly_salary: 1850.75 });
    expect(parseNumberCell('12.5')).toBe(12.5);
    expect(parseNumberCell(' 12 ')).toBe(12);
    expect(parseNumberCell('-3')).toBe(-3);
    expect(parseNumberCell('1 800')).toBe(1800);
    expect(parseNumberCell('1e3')).toBe(1000);
    for (const bad of ['abc', '12km', '1,2,3', '0x10', 'Infinity', '1.800,5']) {
      expect(parseNumberCell(bad)).toBe(bad);
    }
  });

  it('keeps a number that does not parse as text, so the schema names the field and the value', () => {
    const result = profileOf(seekerRow({ ore_max_distance_km: 'abc', birth_year: '19 88' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(reasonText(result.reason, 'en')).toContain(
      'ore.max_distance_km: expected number, got "abc"',
    );
    expect(reasonText(result.reason, 'en')).toContain('birth_year: expected number, got "19 88"');
  });

  it('reads booleans in English, French and as 1/0, any case', () => {
    const access = (text: string) =>
      seekerRowToRaw(seekerRow({ digital_access: text })).digital_access;
    for (const yes of ['true', 'TRUE', 'oui', 'Oui', 'vrai', '1', 'yes'])
      expect(access(yes)).toBe(true);
    for (const no of ['false', 'non', 'NON', 'faux', '0', 'no']) expect(access(no)).toBe(false);
    expect(access('peut-être')).toBe('peut-être');
    const result = profileOf(seekerRow({ digital_access: 'peut-être' }));
    expect(result.ok || reasonText(result.reason, 'en')).toContain(
      'digital_access: expected boolean, got "peut-être"',
    );
  });

  it('splits lists on ; | or , and drops empty entries', () => {
    const ore = (rome: string, contracts: string) =>
      seekerRowToRaw(seekerRow({ ore_rome: rome, ore_contracts: contracts })).ore;
    expect(ore(' M1607 ; M1602 ;', 'CDI|CDD')).toMatchObject({
      rome: ['M1607', 'M1602'],
      contracts: ['CDI', 'CDD'],
    });
    expect(ore('M1607,,K2204', 'interim, alternance')).toMatchObject({
      rome: ['M1607', 'K2204'],
      contracts: ['interim', 'alternance'],
    });
  });

  it('leaves empty cells out so that the defaults apply', () => {
    const result = profileOf(
      seekerRow({
        birth_year: '',
        commune: ' ',
        digital_access: '',
        benefit_end: '',
        ore_min_monthly_salary: '',
        ore_contracts: '',
      }),
    );
    expect(result.ok && result.value).toMatchObject({
      birth_year: null,
      commune: null,
      digital_access: true,
      benefit_end: null,
      ore: { min_monthly_salary: null, contracts: [] },
    });
  });

  it('reports empty required cells as required', () => {
    const result = profileOf(seekerRow({ first_name: '', ore_rome: '', ore_max_distance_km: '' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual(
      expect.arrayContaining([
        { path: 'first_name', key: 'required', params: {} },
        { path: 'ore.rome', key: 'required', params: {} },
        { path: 'ore.max_distance_km', key: 'required', params: {} },
      ]),
    );
  });
});

describe('actionRowToRaw', () => {
  it('splits a row into its seeker, month fields and action', () => {
    const parts = actionRowToRaw(actionRow());
    expect(parts.seekerId).toBe('S-001');
    expect(parts.period).toBe('2026-03');
    expect(validateMonthFields(parts.month)).toEqual({
      ok: true,
      value: {
        period: '2026-03',
        submitted_at: '2026-03-31T18:04:00Z',
        entered_by: 'seeker',
        mood: 3,
        comment: 'Mois chargé',
      },
    });
    expect(parts.action && validateAction(parts.action)).toEqual({
      ok: true,
      value: {
        id: 'A1',
        date: '2026-03-12',
        type: 'application_offer',
        rome: 'M1607',
        employer: 'Boulangerie Dupont',
        commune: '69123',
        channel: 'online',
        outcome: 'pending',
        note: null,
      },
    });
  });

  it('gives no action when every action cell is empty (a month without actions)', () => {
    const empty = Object.fromEntries(
      ['id', 'date', 'type', 'rome', 'employer', 'commune', 'channel', 'outcome', 'note'].map(
        (k) => [k, ''],
      ),
    );
    const parts = actionRowToRaw(actionRow({ ...empty, mood: '', comment: '' }));
    expect(parts.action).toBeNull();
    expect(validateMonthFields(parts.month)).toMatchObject({
      ok: true,
      value: { mood: null, comment: null },
    });
  });

  it('without submitted_at or entered_by columns, defaults apply', () => {
    const row = actionRow();
    delete row.submitted_at;
    delete row.entered_by;
    const month = validateMonthFields(actionRowToRaw(row).month);
    expect(month).toMatchObject({ ok: true, value: { submitted_at: null, entered_by: 'seeker' } });
  });

  it('accepts action_id for id', () => {
    const row = actionRow({ action_id: 'A9' });
    delete row.id;
    expect(actionRowToRaw(row).action).toMatchObject({ id: 'A9' });
  });

  it('reads the mood with a decimal comma, and reports a bad one', () => {
    expect(actionRowToRaw(actionRow({ mood: '4,0' })).month.mood).toBe(4);
    const month = validateMonthFields(actionRowToRaw(actionRow({ mood: 'bof' })).month);
    expect(month.ok || reasonText(month.reason, 'en')).toBe('mood: expected number, got "bof"');
  });

  it('an action with a cell but no id is an action missing its id', () => {
    const parts = actionRowToRaw(actionRow({ id: '', note: 'oublié' }));
    const action = parts.action && validateAction(parts.action);
    expect(action && !action.ok && reasonText(action.reason, 'en')).toContain('id: is required');
  });
});

describe('checkHeader', () => {
  it('accepts the export header, in any order, case and spacing', () => {
    expect(checkHeader('seekers', [...SEEKER_COLUMNS])).toBeNull();
    expect(checkHeader('actions', [...ACTION_COLUMNS])).toBeNull();
    expect(checkHeader('seekers', [...REQUIRED_SEEKER_COLUMNS].reverse())).toBeNull();
    expect(
      checkHeader(
        'actions',
        [...REQUIRED_ACTION_COLUMNS].map((c) => ` ${c.toUpperCase()} `),
      ),
    ).toBeNull();
    expect(
      checkHeader('seekers', ['\uFEFFseeker_id', ...REQUIRED_SEEKER_COLUMNS.slice(1)]),
    ).toBeNull();
  });

  it('accepts action_id for id, but not both', () => {
    const header = ACTION_COLUMNS.map((c) => (c === 'id' ? 'action_id' : c));
    expect(checkHeader('actions', header)).toBeNull();
    expect(checkHeader('actions', [...ACTION_COLUMNS, 'action_id'])).toBe(
      'column 16 "action_id" repeats column 7 "id"',
    );
    expect(checkHeader('seekers', [...SEEKER_COLUMNS, 'action_id'])).toMatch(
      /^unknown column "action_id"/,
    );
  });

  it('names the missing required columns', () => {
    const header = ACTION_COLUMNS.filter((c) => c !== 'period' && c !== 'outcome');
    expect(checkHeader('actions', header)).toBe('missing required columns "period", "outcome"');
  });

  it('names unknown, duplicated and unnamed columns', () => {
    const message = checkHeader('seekers', [
      ...SEEKER_COLUMNS,
      'Prénom',
      'Seeker_ID',
      '',
      'ore_max_distance',
    ]);
    expect(message).toContain('unknown columns "Prénom", "ore_max_distance"');
    expect(message).toContain('the columns of seekers.csv are seeker_id, first_name');
    const after = SEEKER_COLUMNS.length;
    expect(message).toContain(`column ${after + 2} "Seeker_ID" repeats column 1 "seeker_id"`);
    expect(message).toContain(`column ${after + 3} has no name`);
  });

  it('tells which file a wrong file looks like', () => {
    expect(checkHeader('seekers', [...ACTION_COLUMNS])).toMatch(
      /^missing required columns "first_name", .*; unknown columns "period"/,
    );
  });
});

// ---------------------------------------------------------------------------------
// Round trip: journal → CSV cells → rows read back → the same journal.

function rowsToRecords(columns: readonly string[], rows: string[][]): Record<string, string>[] {
  return rows.map((row) => {
    expect(row).toHaveLength(columns.length);
    return Object.fromEntries(columns.map((c, i) => [c, row[i]!]));
  });
}

function readBack(journal: SeekerJournal): SeekerJournal {
  const rows = journalToCsvRows(journal);
  const [seekerRecord] = rowsToRecords(SEEKER_COLUMNS, [rows.seeker]);
  const profile = validateSeekerProfile(seekerRowToRaw(seekerRecord!));
  if (!profile.ok) throw new Error(reasonText(profile.reason, 'en'));
  const months = new Map<string, JournalMonth>();
  for (const record of rowsToRecords(ACTION_COLUMNS, rows.actions)) {
    const parts = actionRowToRaw(record);
    expect(parts.seekerId).toBe(journal.seeker_id);
    const month = validateMonthFields(parts.month);
    if (!month.ok) throw new Error(reasonText(month.reason, 'en'));
    let target = months.get(parts.period);
    if (!target) months.set(parts.period, (target = { ...month.value, actions: [] }));
    else expect({ ...target, actions: [] }).toEqual({ ...month.value, actions: [] });
    if (parts.action) {
      const action = validateAction(parts.action);
      if (!action.ok) throw new Error(reasonText(action.reason, 'en'));
      target.actions.push(action.value);
    }
  }
  return { ...profile.value, months: [...months.values()] };
}

const sample: SeekerJournal = {
  seeker_id: 'S-007',
  first_name: 'Zoé',
  last_name: 'O\'Neil; "la Grande"',
  birth_year: null,
  commune: '2A004',
  registered_on: '2025-01-15',
  category: 'F',
  category_history: [
    { since: '2025-01-15', category: 'G' },
    { since: '2025-02-20', category: 'F' },
  ],
  modality: 'renforce',
  counsellor_id: 'C-1',
  digital_access: false,
  benefit_end: null,
  ore: { rome: ['K2204'], max_distance_km: 12.5, min_monthly_salary: null, contracts: [] },
  months: [
    {
      period: '2026-01',
      submitted_at: null,
      entered_by: 'counsellor',
      mood: null,
      comment: null,
      actions: [],
    },
    {
      period: '2026-02',
      submitted_at: '2026-02-28T10:00:00+01:00',
      entered_by: 'seeker',
      mood: 5,
      comment: 'Deux lignes,\nune virgule; un "guillemet"',
      actions: [
        {
          id: 'a-1',
          date: '2026-02-03',
          type: 'job_interview',
          rome: null,
          employer: 'SARL Œuvre & Fils',
          commune: null,
          channel: 'in_person',
          outcome: 'interview',
          note: '0',
        },
        {
          id: 'a-2',
          date: '2026-02-20',
          type: 'cv_update',
          rome: null,
          employer: null,
          commune: null,
          channel: null,
          outcome: 'done',
          note: 'true',
        },
      ],
    },
  ],
};

describe('journalToCsvRows', () => {
  it('writes cells in column order, null as empty, lists with ;', () => {
    const rows = journalToCsvRows(sample);
    expect(rows.seeker).toEqual([
      'S-007',
      'Zoé',
      'O\'Neil; "la Grande"',
      '',
      '2A004',
      '2025-01-15',
      'F',
      'renforce',
      'C-1',
      'false',
      '',
      'K2204',
      '12.5',
      '',
      '',
      '2025-01-15:G;2025-02-20:F',
    ]);
    expect(rows.actions).toHaveLength(3);
    expect(rows.actions[0]).toEqual([
      'S-007',
      '2026-01',
      '',
      'counsellor',
      '',
      '',
      ...Array<string>(9).fill(''),
    ]);
    expect(rows.actions[2]!.slice(6)).toEqual([
      'a-2',
      '2026-02-20',
      'cv_update',
      '',
      '',
      '',
      '',
      'done',
      'true',
    ]);
  });

  it('neutralises cells a spreadsheet would run as formulas, and reads them back as they were', () => {
    const hostile: SeekerJournal = {
      ...sample,
      first_name: '=HYPERLINK("http://example.test","Camille")',
      last_name: "'@Martin",
    };
    const rows = journalToCsvRows(hostile);
    expect(rows.seeker[1]).toBe('\'=HYPERLINK("http://example.test","Camille")');
    expect(rows.seeker[2]).toBe("''@Martin");
    expect(readBack(hostile)).toEqual(hostile);
  });

  it('round-trips through the row readers and validation', () => {
    expect(readBack(sample)).toEqual(sample);
    const full = profileOf(seekerRow());
    if (!full.ok) throw new Error(reasonText(full.reason, 'en'));
    const journal: SeekerJournal = { ...full.value, months: [] };
    expect(readBack(journal)).toEqual(journal);
  });

  it('round-trips any valid journal', () => {
    // Some texts start as a spreadsheet formula would, or as a neutralised one already.
    const text = fc.oneof(
      fc.string({ maxLength: 12, unit: 'grapheme' }),
      fc
        .tuple(
          fc.constantFrom('=', '+', '-', '@', "'", "'=", "''-"),
          fc.string({ maxLength: 10, unit: 'grapheme' }),
        )
        .map(([start, rest]) => start + rest),
    );
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
    const day = fc.integer({ min: 1, max: 28 }).map((d) => String(d).padStart(2, '0'));
    const action = (i: number) =>
      fc.record({
        id: fc.constantFrom(`a${i}`, ` a${i}`, `x;${i}`),
        day,
        type: fc.constantFrom('application_offer', 'training', 'other'),
        rome: maybe(fc.constantFrom('M1607', 'N4101')),
        employer: maybe(text),
        commune: maybe(fc.constantFrom('69123', '2B033')),
        channel: maybe(fc.constantFrom('online', 'phone')),
        outcome: fc.constantFrom('pending', 'done'),
        note: maybe(text),
      });
    const month = (m: number) =>
      fc.record({
        period: fc.constant(`2026-${String(m).padStart(2, '0')}`),
        submitted_at: maybe(fc.constant('2026-03-31T18:04:00Z')),
        entered_by: fc.constantFrom('seeker', 'counsellor'),
        mood: maybe(fc.integer({ min: 1, max: 5 })),
        comment: maybe(text),
        actions: fc
          .integer({ min: 0, max: 3 })
          .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => action(m * 10 + i)))),
      });
    const raw = fc.record({
      seeker_id: fc.constant('S-1'),
      first_name: text,
      last_name: fc.string({ minLength: 1, maxLength: 12 }),
      birth_year: maybe(fc.integer({ min: 1900, max: 2100 })),
      commune: maybe(fc.constant('75056')),
      registered_on: fc.constant('2024-02-29'),
      category: fc.constantFrom(...CATEGORIES),
      modality: fc.constantFrom('suivi', 'global'),
      counsellor_id: fc.constant('C 1'),
      digital_access: fc.boolean(),
      benefit_end: maybe(fc.constant('2027-01-01')),
      ore: fc.record({
        rome: fc.uniqueArray(fc.constantFrom('M1607', 'K2204', 'A1101'), { minLength: 1 }),
        max_distance_km: fc.double({ min: 0, max: 20000, noNaN: true }),
        min_monthly_salary: maybe(fc.double({ min: 0, max: 1e7, noNaN: true })),
        contracts: fc.uniqueArray(fc.constantFrom('CDI', 'CDD', 'interim')),
      }),
      months: fc
        .uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 4 })
        .chain((ms) => fc.tuple(...ms.map(month))),
    });
    fc.assert(
      fc.property(raw, maybe(fc.constantFrom(...CATEGORIES)), (r, before) => {
        const candidate = {
          ...r,
          category_history:
            before === null || before === r.category
              ? []
              : [
                  { since: r.registered_on, category: before },
                  { since: '2025-06-30', category: r.category },
                ],
          months: r.months.map((m) => ({
            ...m,
            actions: m.actions.map(({ day: d, ...a }) => ({ ...a, date: `${m.period}-${d}` })),
          })),
        };
        const valid = validateSeeker(candidate);
        fc.pre(valid.ok);
        if (!valid.ok) return;
        // Cells are trimmed by the CSV reader, not here: surrounding spaces survive.
        expect(readBack(valid.value)).toEqual(valid.value);
      }),
      { numRuns: 300 },
    );
  });
});
