// Why the import rejected a line or warned about it, as a key and parameters: each
// reader (the import screen, its exports, the CLI) words it in their own language
// (reason-text.ts), and the import history stores it so. Rows stored before reasons
// had keys hold a sentence: they decode to a `text` part and are shown as written.

/** Each key's parameters; `found` (what the line held) is apart, on the part itself. */
export interface ReasonParams {
  required: Record<string, never>;
  /** `expected`: a zod type name (string, number, int, boolean, array, object…). */
  expected_type: { expected: string };
  expected_one_of: { values: string };
  unknown_field: { fields: string };
  unknown_fields: { fields: string };
  not_empty: Record<string, never>;
  max_length: { max: number };
  date: Record<string, never>;
  rome_code: Record<string, never>;
  insee_code: Record<string, never>;
  period: Record<string, never>;
  date_time: Record<string, never>;
  mood: Record<string, never>;
  rome_count: Record<string, never>;
  distance_min: Record<string, never>;
  distance_max: Record<string, never>;
  amount_min: Record<string, never>;
  seeker_id: Record<string, never>;
  whole_year: Record<string, never>;
  year_range: Record<string, never>;
  /** A check zod words itself (none of the contract's own rules): its English message. */
  other_rule: { message: string };
  json_object: Record<string, never>;
  period_twice: { period: string; other: string };
  date_outside_period: { date: string; period: string };
  /** `day`: the day of the import; a journal records what happened, never what is to come. */
  after_import_day: { date: string; day: string };
  period_not_begun: { period: string; day: string };
  category_before_registration: { since: string; registered: string };
  category_not_after_previous: { since: string; previous: string };
  category_repeats: { category: string };
  category_history_ends: { last: string; category: string };
  action_id_twice: { id: string; other: string };
  action_id_twice_line: { id: string; line: number };
  json_truncated: Record<string, never>;
  /**
   * `detail`: the JSON parser's own (English) message; `column`: where it stopped
   * reading, from 1, when it says so (0 otherwise).
   */
  json_invalid: { detail: string; column: number };
  not_utf8: Record<string, never>;
  seeker_twice_in_import: { seekerId: string; file: string; line: number };
  seeker_twice_in_file: { seekerId: string; file: string; line: number };
  /** Its own reason is the part's `detail`. */
  seeker_rejected: { seekerId: string; file: string; line: number };
  month_fields_differ: { period: string; line: number };
  seeker_not_in_file: { seekerId: string; file: string };
  /** The JSON line is longer than the limit (shared/journal/limits.ts): it is not read. */
  line_too_long: { maxBytes: number };
  /** `found`: how many actions the month holds. */
  actions_per_month_over: { max: number };
  /** `found`: how many actions the journal holds. */
  actions_per_seeker_over: { max: number };
  /** A CSV action row past the limit of its person's month (the earlier rows are kept). */
  csv_actions_per_month_over: { seekerId: string; period: string; max: number };
  /** A CSV action row past the limit of its person's journal (the earlier rows are kept). */
  csv_actions_per_seeker_over: { seekerId: string; max: number };
  /** The line gives the person to a counsellor outside the importer's team. */
  counsellor_outside_scope: { counsellorId: string };
  /** The person is followed outside the importer's team (their counsellor is not named). */
  seeker_outside_scope: { seekerId: string };
  csv_field_count: { expected: number; found: number };
  csv_quote_not_closed: { lastLine: number };
  csv_record_too_big: { megabytes: number };
  /** `detail`: the CSV parser's own (English) message. */
  csv_unreadable: { detail: string };
  unknown_rome: { code: string };
  unknown_commune: { code: string };
  // Files the import cannot read at all (the whole import stops, nothing is written).
  no_file: Record<string, never>;
  /** `extension`: with its dot, or empty. */
  unknown_file_type: { file: string; extension: string };
  mixed_formats: Record<string, never>;
  missing_file: { path: string };
  not_a_file: { path: string };
  csv_pair_count: Record<string, never>;
  csv_pair_unclear: Record<string, never>;
  /** `problem`: the columns missing, unknown, repeated or unnamed, as checkHeader says. */
  csv_header: { file: string; problem: string };
  csv_empty: { file: string };
  csv_utf16: { file: string };
  csv_blank: { file: string };
  csv_no_line_end: { file: string; kilobytes: number };
  /** `detail`: the CSV parser's own (English) message. */
  csv_header_unreadable: { file: string; detail: string };
  /** A sentence stored as it was written (rows of an older Jalon). */
  text: { text: string };
}

export type ReasonKey = keyof ReasonParams;

/**
 * What the line held, for the reader: a JSON literal (`"2026-13-01"`, `12`, `true`) or
 * one of the words below, which each language says its own way.
 */
export type Found = string;
export const FOUND_NOTHING = '#nothing';
export const FOUND_NULL = '#null';
export const FOUND_LIST = '#list';
export const FOUND_OBJECT = '#object';

export type ReasonPart = {
  [K in ReasonKey]: {
    /** Where, in the record: `months[2].actions[0].type`. Empty for the record itself. */
    path: string;
    key: K;
    params: ReasonParams[K];
    found?: Found;
    /** seeker_rejected: why the seeker's own line was rejected. */
    detail?: ImportReason;
  };
}[ReasonKey];

export interface ImportReason {
  parts: ReasonPart[];
  /** Further problems of the same line, counted, not listed. */
  more: number;
}

export const MAX_PARTS_IN_REASON = 3;

export function part<K extends ReasonKey>(
  path: string,
  key: K,
  params: ReasonParams[K],
  found?: Found,
): ReasonPart {
  return (found === undefined ? { path, key, params } : { path, key, params, found }) as ReasonPart;
}

/** A reason of these parts: the first few listed, the rest counted. */
export function reasonOf(parts: readonly ReasonPart[]): ImportReason {
  return {
    parts: parts.slice(0, MAX_PARTS_IN_REASON),
    more: Math.max(0, parts.length - MAX_PARTS_IN_REASON),
  };
}

export const reasonFor = (reasonPart: ReasonPart): ImportReason => reasonOf([reasonPart]);

/** What the line held, said without its language: see Found. */
export function describeFound(value: unknown): Found {
  if (value === undefined) return FOUND_NOTHING;
  if (value === null) return FOUND_NULL;
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  }
  if (Array.isArray(value)) return FOUND_LIST;
  if (typeof value === 'object') return FOUND_OBJECT;
  return String(value);
}

/** The stored form: a JSON object, which no sentence of an older Jalon starts like. */
export function encodeReason(reason: ImportReason): string {
  return JSON.stringify(reason);
}

function isReason(value: unknown): value is ImportReason {
  if (typeof value !== 'object' || value === null) return false;
  const { parts, more } = value as Partial<ImportReason>;
  return Array.isArray(parts) && typeof more === 'number';
}

/** A stored reason back: keyed, or an older row's sentence as a `text` part. */
export function decodeReason(stored: string): ImportReason {
  if (stored.startsWith('{')) {
    try {
      const value: unknown = JSON.parse(stored);
      if (isReason(value)) return value;
    } catch {
      // A sentence that happens to start with a brace: shown as written.
    }
  }
  return reasonFor(part('', 'text', { text: stored }));
}
