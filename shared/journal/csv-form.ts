// The CSV form of the exchange format: seekers.csv (one row per seeker, the ORE
// flattened into ore_* columns) and actions.csv (one row per action, the month's own
// fields repeated on each). These functions only reshape cells into the JSON record's
// shape; validate.ts stays the single judge of what is acceptable, so a CSV row and a
// JSON line are rejected with the same words.
import { neutraliseFormula, restoreNeutralisedFormula } from '../export/spreadsheet-safe';
import type { SeekerJournal } from './contract';

export const SEEKER_COLUMNS = [
  'seeker_id',
  'first_name',
  'last_name',
  'birth_year',
  'commune',
  'registered_on',
  'category',
  'modality',
  'counsellor_id',
  'digital_access',
  'benefit_end',
  'ore_rome',
  'ore_max_distance_km',
  'ore_min_monthly_salary',
  'ore_contracts',
  // Last, so that files written before it keep their column positions.
  'category_history',
] as const;

export const MONTH_COLUMNS = ['period', 'submitted_at', 'entered_by', 'mood', 'comment'] as const;

export const ACTION_FIELD_COLUMNS = [
  'id',
  'date',
  'type',
  'rome',
  'employer',
  'commune',
  'channel',
  'outcome',
  'note',
] as const;

export const ACTION_COLUMNS = ['seeker_id', ...MONTH_COLUMNS, ...ACTION_FIELD_COLUMNS] as const;

export type SeekerColumn = (typeof SEEKER_COLUMNS)[number];
export type ActionColumn = (typeof ACTION_COLUMNS)[number];

export const REQUIRED_SEEKER_COLUMNS: readonly SeekerColumn[] = [
  'seeker_id',
  'first_name',
  'last_name',
  'registered_on',
  'category',
  'modality',
  'counsellor_id',
  'ore_rome',
  'ore_max_distance_km',
];

export const REQUIRED_ACTION_COLUMNS: readonly ActionColumn[] = [
  'seeker_id',
  'period',
  'id',
  'date',
  'type',
  'outcome',
];

/** Other names accepted on import, for files whose authors spelled the action id out. */
export const ACTION_COLUMN_ALIASES: Readonly<Record<string, ActionColumn>> = { action_id: 'id' };

/** How a header cell is compared: spreadsheets add spaces, capitals and a BOM. */
export function normalizeColumnName(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();
}

function quoteList(names: readonly string[]): string {
  return names.map((n) => JSON.stringify(n)).join(', ');
}

/** null when the header is usable, else one message naming every problem found. */
export function checkHeader(kind: 'seekers' | 'actions', header: readonly string[]): string | null {
  const known: readonly string[] = kind === 'seekers' ? SEEKER_COLUMNS : ACTION_COLUMNS;
  const required: readonly string[] =
    kind === 'seekers' ? REQUIRED_SEEKER_COLUMNS : REQUIRED_ACTION_COLUMNS;
  const aliases: Readonly<Record<string, string>> = kind === 'actions' ? ACTION_COLUMN_ALIASES : {};

  const unnamed: number[] = [];
  const unknown: string[] = [];
  const duplicates: string[] = [];
  const seen = new Map<string, { original: string; position: number }>();
  header.forEach((original, index) => {
    const position = index + 1;
    const name = normalizeColumnName(original);
    if (name === '') {
      unnamed.push(position);
      return;
    }
    const field = Object.hasOwn(aliases, name) ? aliases[name]! : name;
    if (!known.includes(field)) {
      unknown.push(original.trim());
      return;
    }
    const earlier = seen.get(field);
    if (earlier) {
      duplicates.push(
        `column ${position} ${JSON.stringify(original.trim())} repeats column ${earlier.position} ${JSON.stringify(earlier.original)}`,
      );
      return;
    }
    seen.set(field, { original: original.trim(), position });
  });
  const missing = required.filter((name) => !seen.has(name));

  const problems: string[] = [];
  if (missing.length > 0) {
    problems.push(`missing required column${missing.length > 1 ? 's' : ''} ${quoteList(missing)}`);
  }
  if (unknown.length > 0) {
    problems.push(
      `unknown column${unknown.length > 1 ? 's' : ''} ${quoteList(unknown)} (the columns of ${kind}.csv are ${known.join(', ')})`,
    );
  }
  problems.push(...duplicates);
  if (unnamed.length > 0) {
    problems.push(
      `column${unnamed.length > 1 ? 's' : ''} ${unnamed.join(', ')} ${unnamed.length > 1 ? 'have' : 'has'} no name`,
    );
  }
  return problems.length > 0 ? problems.join('; ') : null;
}

// ---------------------------------------------------------------------------------
// Rows → raw records. Every nullable field of the contract defaults to null, so an
// empty cell simply leaves its key out: the schema then applies the default, or says
// "is required" for a required field. A cell that does not read as the expected
// number or boolean is passed on as text so the schema reports what it got.

type CsvRow = Readonly<Record<string, string | undefined>>;

/** A cell's value; one that `jalon export` neutralised (`'=…`) reads as it was. */
function cell(row: CsvRow, name: string): string | undefined {
  const value = row[name];
  return value === undefined || value.trim() === '' ? undefined : restoreNeutralisedFormula(value);
}

// French spreadsheets write 1 800,50 (with a space, no-break or narrow no-break space
// between thousands) where the contract expects 1800.5.
const GROUPED_THOUSANDS_RE = /^[+-]?\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:[.,]\d+)?$/;
const COMMA_DECIMAL_RE = /^[+-]?\d*,\d+$/;
const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

export function parseNumberCell(text: string): number | string {
  let t = text.trim();
  if (GROUPED_THOUSANDS_RE.test(t)) t = t.replace(/[ \u00A0\u202F]/g, '');
  if (COMMA_DECIMAL_RE.test(t)) t = t.replace(',', '.');
  return NUMBER_RE.test(t) ? Number(t) : text;
}

const BOOLEAN_WORDS: Readonly<Record<string, boolean>> = {
  true: true,
  false: false,
  '1': true,
  '0': false,
  oui: true,
  non: false,
  vrai: true,
  faux: false,
  yes: true,
  no: false,
};

export function parseBooleanCell(text: string): boolean | string {
  const word = text.trim().toLowerCase();
  return Object.hasOwn(BOOLEAN_WORDS, word) ? BOOLEAN_WORDS[word]! : text;
}

/**
 * `2025-01-06:A;2025-09-15:D` → the steps of a category history. An item without its
 * `:` is passed on as text, so the schema says what it got.
 */
export function parseCategoryHistoryCell(text: string): unknown[] {
  return parseListCell(text).map((item) => {
    const colon = item.lastIndexOf(':');
    if (colon === -1) return item;
    return { since: item.slice(0, colon).trim(), category: item.slice(colon + 1).trim() };
  });
}

export function categoryHistoryCell(history: SeekerJournal['category_history']): string {
  return history.map((step) => `${step.since}:${step.category}`).join(';');
}

/** `;` is the documented list separator; `|` and `,` are what people type instead. */
export function parseListCell(text: string): string[] {
  return text
    .split(/[;|,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function put(
  target: Record<string, unknown>,
  key: string,
  value: string | undefined,
  parse?: (text: string) => unknown,
): void {
  if (value !== undefined) target[key] = parse ? parse(value) : value;
}

/** One seekers.csv row (keys as normalized by normalizeColumnName) → the JSON record without `months`. */
export function seekerRowToRaw(row: CsvRow): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const key of [
    'seeker_id',
    'first_name',
    'last_name',
    'commune',
    'registered_on',
    'category',
    'modality',
    'counsellor_id',
    'benefit_end',
  ]) {
    put(raw, key, cell(row, key));
  }
  put(raw, 'category_history', cell(row, 'category_history'), parseCategoryHistoryCell);
  put(raw, 'birth_year', cell(row, 'birth_year'), parseNumberCell);
  put(raw, 'digital_access', cell(row, 'digital_access'), parseBooleanCell);

  const ore: Record<string, unknown> = {};
  put(ore, 'rome', cell(row, 'ore_rome'), parseListCell);
  put(ore, 'max_distance_km', cell(row, 'ore_max_distance_km'), parseNumberCell);
  put(ore, 'min_monthly_salary', cell(row, 'ore_min_monthly_salary'), parseNumberCell);
  put(ore, 'contracts', cell(row, 'ore_contracts'), parseListCell);
  raw.ore = ore;
  return raw;
}

export interface ActionRowParts {
  seekerId: string;
  period: string;
  /** For validateMonthFields. */
  month: Record<string, unknown>;
  /** For validateAction; null on the row that stands for a month without actions. */
  action: Record<string, unknown> | null;
}

/** One actions.csv row → its seeker, its month's own fields and its action. */
export function actionRowToRaw(row: CsvRow): ActionRowParts {
  const month: Record<string, unknown> = {};
  put(month, 'period', cell(row, 'period'));
  put(month, 'submitted_at', cell(row, 'submitted_at'));
  put(month, 'entered_by', cell(row, 'entered_by'));
  put(month, 'mood', cell(row, 'mood'), parseNumberCell);
  put(month, 'comment', cell(row, 'comment'));

  const action: Record<string, unknown> = {};
  put(action, 'id', cell(row, 'id') ?? cell(row, 'action_id'));
  for (const key of ACTION_FIELD_COLUMNS) {
    if (key !== 'id') put(action, key, cell(row, key));
  }

  return {
    seekerId: row.seeker_id?.trim() ?? '',
    period: row.period?.trim() ?? '',
    month,
    action: Object.keys(action).length > 0 ? action : null,
  };
}

// ---------------------------------------------------------------------------------
// Journal → rows, for the export. The inverse of the two functions above: reading
// these rows back gives the same journal.

const text = (value: string | null): string => value ?? '';
const num = (value: number | null): string => (value === null ? '' : String(value));

/**
 * The journal as its CSV rows, every cell neutralised as the in-app exports do: these
 * files are opened in spreadsheets, where a cell starting with = + - @ would run as a
 * formula. Reading them back (cell()) restores each value exactly.
 */
export function journalToCsvRows(j: SeekerJournal): { seeker: string[]; actions: string[][] } {
  const seeker: Record<SeekerColumn, string> = {
    seeker_id: j.seeker_id,
    first_name: j.first_name,
    last_name: j.last_name,
    birth_year: num(j.birth_year),
    commune: text(j.commune),
    registered_on: j.registered_on,
    category: j.category,
    modality: j.modality,
    counsellor_id: j.counsellor_id,
    digital_access: String(j.digital_access),
    benefit_end: text(j.benefit_end),
    ore_rome: j.ore.rome.join(';'),
    ore_max_distance_km: num(j.ore.max_distance_km),
    ore_min_monthly_salary: num(j.ore.min_monthly_salary),
    ore_contracts: j.ore.contracts.join(';'),
    category_history: categoryHistoryCell(j.category_history),
  };

  const actions: string[][] = [];
  for (const m of j.months) {
    const monthCells = {
      seeker_id: j.seeker_id,
      period: m.period,
      submitted_at: text(m.submitted_at),
      entered_by: m.entered_by,
      mood: num(m.mood),
      comment: text(m.comment),
    };
    const noAction: Record<(typeof ACTION_FIELD_COLUMNS)[number], string> = {
      id: '',
      date: '',
      type: '',
      rome: '',
      employer: '',
      commune: '',
      channel: '',
      outcome: '',
      note: '',
    };
    const actionCells = m.actions.map((a) => ({
      id: a.id,
      date: a.date,
      type: a.type,
      rome: text(a.rome),
      employer: text(a.employer),
      commune: text(a.commune),
      channel: text(a.channel),
      outcome: a.outcome,
      note: text(a.note),
    }));
    for (const a of actionCells.length > 0 ? actionCells : [noAction]) {
      const cells: Record<ActionColumn, string> = { ...monthCells, ...a };
      actions.push(ACTION_COLUMNS.map((c) => neutraliseFormula(cells[c])));
    }
  }

  return { seeker: SEEKER_COLUMNS.map((c) => neutraliseFormula(seeker[c])), actions };
}
