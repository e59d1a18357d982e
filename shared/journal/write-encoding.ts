// How a validated journal travels to the database writer: the profile as JSON, and
// the months with their actions as one flat array of values. Flat arrays parse about
// twice as fast as the same journal as objects, which matters when the parse worker
// hands 1.4 million actions to the writing thread. The content hash is taken over
// this encoding, so two journals that say the same thing (from JSON Lines or CSV, in
// any order) hash the same.
import type { JournalAction, JournalMonth, SeekerJournal, SeekerProfile } from './contract';
import { ACTION_TYPES, CHANNELS, ENTERED_BY, OUTCOMES } from './contract';
import { canonicalOrder, canonicalProfile } from './canonical';

/** Per month: period, submitted_at, entered_by, mood, comment, action count, then per action the ACTION_FIELDS. */
export type FlatMonths = (string | number | null)[];

export const MONTH_FIELD_COUNT = 6;
/** Action values in the order they are flattened (and inserted). */
export const ACTION_FIELDS = [
  'date',
  'id',
  'type',
  'rome',
  'employer',
  'commune',
  'channel',
  'outcome',
  'note',
] as const;

export interface EncodedJournal {
  seekerId: string;
  /** JSON of the profile, keys in the contract's order. */
  profile: string;
  /** JSON of the FlatMonths. */
  months: string;
  actionCount: number;
}

export function flattenMonths(months: readonly JournalMonth[]): FlatMonths {
  const flat: FlatMonths = [];
  for (const m of months) {
    flat.push(m.period, m.submitted_at, m.entered_by, m.mood, m.comment, m.actions.length);
    for (const a of m.actions) {
      flat.push(a.date, a.id, a.type, a.rome, a.employer, a.commune, a.channel, a.outcome, a.note);
    }
  }
  return flat;
}

export function encodeJournal(journal: SeekerJournal): EncodedJournal {
  const canonical = canonicalOrder(journal);
  let actionCount = 0;
  for (const m of canonical.months) actionCount += m.actions.length;
  return {
    seekerId: canonical.seeker_id,
    profile: JSON.stringify(canonicalProfile(canonical)),
    months: JSON.stringify(flattenMonths(canonical.months)),
    actionCount,
  };
}

const NON_ASCII = /[\u0080-\uffff]/;
const EVERY_NON_ASCII = /[\u0080-\uffff]/g;
const escapes = new Map<string, string>();

function escapeCodeUnit(unit: string): string {
  let escaped = escapes.get(unit);
  if (escaped === undefined) {
    escaped = `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
    escapes.set(unit, escaped);
  }
  return escaped;
}

/**
 * JSON text with every character outside ASCII written as a \u escape (a character
 * beyond U+FFFF as its two surrogate escapes): it parses to the same values. The months
 * are stored this way because SQLite hands ASCII text to JavaScript without decoding
 * it, while the accents and typographic apostrophes of French journals make every read
 * decode UTF-8 into a two-byte string: reading the department's documents took four
 * times as long (measured on the 10,000-seeker benchmark). Hashes are taken before.
 */
export function asciiJson(json: string): string {
  return NON_ASCII.test(json) ? json.replace(EVERY_NON_ASCII, escapeCodeUnit) : json;
}

/**
 * The vocabularies whose values a stored document writes as their index. Documents on
 * disk depend on these orders: a new value goes at the end of its list, never between.
 */
export const STORED_CODES = {
  entered_by: ENTERED_BY,
  type: ACTION_TYPES,
  channel: CHANNELS,
  outcome: OUTCOMES,
} as const;

// Offsets in FlatMonths of the coded fields, from the start of a month or an action.
const MONTH_ENTERED_BY = 2;
const ACTION_TYPE = 2;
const ACTION_CHANNEL = 6;
const ACTION_OUTCOME = 7;

type FlatValue = FlatMonths[number];

function toCode(vocabulary: readonly string[], value: FlatValue): FlatValue {
  if (typeof value !== 'string') return value;
  const code = vocabulary.indexOf(value);
  // Stored values were validated; one outside the list is still kept, as itself.
  return code === -1 ? value : code;
}

function fromCode(vocabulary: readonly string[], value: FlatValue, field: string): FlatValue {
  if (typeof value !== 'number') return value;
  const decoded = vocabulary[value];
  if (decoded === undefined) throw new Error(`months document: ${value} is no code of ${field}`);
  return decoded;
}

/** Applies `change` to each coded field of the flat months, in place. */
function eachCodedField(
  flat: FlatMonths,
  change: (vocabulary: readonly string[], value: FlatValue, field: string) => FlatValue,
): void {
  let i = 0;
  while (i < flat.length) {
    flat[i + MONTH_ENTERED_BY] = change(
      STORED_CODES.entered_by,
      flat[i + MONTH_ENTERED_BY]!,
      'entered_by',
    );
    const count = flat[i + 5] as number;
    i += MONTH_FIELD_COUNT;
    for (let n = 0; n < count; n++, i += ACTION_FIELDS.length) {
      flat[i + ACTION_TYPE] = change(STORED_CODES.type, flat[i + ACTION_TYPE]!, 'type');
      flat[i + ACTION_CHANNEL] = change(STORED_CODES.channel, flat[i + ACTION_CHANNEL]!, 'channel');
      flat[i + ACTION_OUTCOME] = change(STORED_CODES.outcome, flat[i + ACTION_OUTCOME]!, 'outcome');
    }
  }
}

/**
 * The months as stored in seekers.months_document: the flat months with entered_by,
 * type, channel and outcome as their index in STORED_CODES, in ASCII JSON. A third of
 * the strings of a journal are these few words; numbers parse faster (about 20% off
 * JSON.parse of the bench documents) and decode to the vocabulary's own strings.
 */
export function monthsDocument(months: FlatMonths): string {
  const coded = months.slice();
  eachCodedField(coded, toCode);
  return asciiJson(JSON.stringify(coded));
}

/**
 * The flat months back from a stored document, or from the plain JSON of the flat
 * months (documents written before the codes, and the import's own encoding).
 */
export function parseMonthsDocument(document: string): FlatMonths {
  const flat = JSON.parse(document) as FlatMonths;
  eachCodedField(flat, fromCode);
  return flat;
}

/** What the content hash is computed over (by a hash function of the caller's platform). */
export function hashInput(encoded: EncodedJournal): string {
  return `${encoded.profile}\n${encoded.months}`;
}

/** The months back from their flat JSON encoding or their stored document. */
export function decodeMonths(monthsJson: string): JournalMonth[] {
  const flat = parseMonthsDocument(monthsJson);
  const months: JournalMonth[] = [];
  let i = 0;
  while (i < flat.length) {
    const month: JournalMonth = {
      period: flat[i] as string,
      submitted_at: flat[i + 1] as string | null,
      entered_by: flat[i + 2] as JournalMonth['entered_by'],
      mood: flat[i + 3] as number | null,
      comment: flat[i + 4] as string | null,
      actions: [],
    };
    const count = flat[i + 5] as number;
    i += MONTH_FIELD_COUNT;
    for (let n = 0; n < count; n++, i += ACTION_FIELDS.length) {
      month.actions.push({
        id: flat[i + 1] as string,
        date: flat[i] as string,
        type: flat[i + 2] as JournalAction['type'],
        rome: flat[i + 3] as string | null,
        employer: flat[i + 4] as string | null,
        commune: flat[i + 5] as string | null,
        channel: flat[i + 6] as JournalAction['channel'],
        outcome: flat[i + 7] as JournalAction['outcome'],
        note: flat[i + 8] as string | null,
      });
    }
    months.push(month);
  }
  return months;
}

/** The inverse of encodeJournal: the journal back from its encoding. */
export function decodeJournal(encoded: EncodedJournal): SeekerJournal {
  return {
    ...(JSON.parse(encoded.profile) as SeekerProfile),
    months: decodeMonths(encoded.months),
  };
}
