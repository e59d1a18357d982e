// How an AnalysisResult is stored (the `result` column of analysis_results) and read back.
//
// Most of a result is its monthly indicators: one object per month with ~20 long keys,
// about 13 KB of JSON per seeker. Stored, they are written column-wise instead — one
// array per field, and the sparse per-month maps (actionsByType, applicationsByFamily)
// as one key list plus flat [key index, count, …] arrays — which makes the JSON several
// times smaller to write, send between threads and store. Format 3 (the engine's
// fields, in INDICATOR_FIELDS order) does not repeat the field names; format 2 names
// them, for months of any other shape.
//
// A recommendation's reasons repeat the severity and evidence of their signals: a
// reason that says exactly what its signal says is stored as the signal's id alone.
//
// Reading gives back exactly what JSON.parse gave for the plain result: the same keys
// in the same order, the same values. `indicators` is an array in rows stored before
// the column formats, an object with `format: 2` or `3` since; reasons are objects in
// rows stored before ids: every format reads the same, so no stored row has to be
// migrated or recomputed.

import type {
  AnalysisResult,
  MonthlyIndicators,
  Recommendation,
  RecommendationReason,
  Signal,
} from './types';

/** A field whose months are all flat maps of numbers: its keys once, then [key, value, …]. */
export interface MapColumn {
  keys: string[];
  months: number[][];
}

interface ColumnIndicators {
  format: 2;
  /** The fields of every month, in their order. */
  fields: string[];
  /** One column per field: the months' values, or a MapColumn. */
  columns: (unknown[] | MapColumn)[];
}

/** The engine's months: the fields of INDICATOR_FIELDS, in that order, not written out. */
interface EngineColumnIndicators {
  format: 3;
  columns: (unknown[] | MapColumn)[];
}

export type StoredIndicators = MonthlyIndicators[] | ColumnIndicators | EngineColumnIndicators;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A column of flat maps of numbers, or null when one month is anything else. */
function mapColumn(values: unknown[]): MapColumn | null {
  // A month has a few keys, from a few in all: indexOf beats a Map here.
  const keys: string[] = [];
  const months: number[][] = [];
  for (const value of values) {
    if (!isPlainObject(value)) return null;
    const flat: number[] = [];
    for (const key in value) {
      const count = value[key];
      // '__proto__' could not be assigned back as a plain key.
      if (typeof count !== 'number' || key === '__proto__') return null;
      let i = keys.indexOf(key);
      if (i === -1) i = keys.push(key) - 1;
      flat.push(i, count);
    }
    months.push(flat);
  }
  return { keys, months };
}

/** The fields of a month as the engine makes them (indicators.ts), in their order. */
export const INDICATOR_FIELDS = [
  'period',
  'declared',
  'enteredBy',
  'mood',
  'actions',
  'actionsByType',
  'applications',
  'answers',
  'rejections',
  'interviews',
  'offers',
  'responseRate',
  'distinctRome',
  'distinctDomains',
  'distinctFamilies',
  'domainEntropy',
  'shareWithinOre',
  'applicationsByFamily',
  'medianDistanceKm',
  'shareBeyondRadius',
] as const satisfies readonly (keyof MonthlyIndicators)[];
const FIELDS = INDICATOR_FIELDS;

/**
 * The engine's months already written column-wise (monthlyIndicatorColumns in
 * indicators.ts): one column per field of INDICATOR_FIELDS, the two count maps as
 * MapColumns. What encodeIndicators makes of the same months' rows.
 */
export interface IndicatorColumns {
  /** How many months. */
  count: number;
  columns: (unknown[] | MapColumn)[];
}

/** What is stored for months given as columns: as encodeIndicators stores their rows. */
export function storedIndicatorColumns(indicators: IndicatorColumns): StoredIndicators {
  return indicators.count === 0 ? [] : { format: 3, columns: indicators.columns };
}

/** True when `row` has exactly `fields`, in that order, none undefined. */
function hasFields(row: object, fields: readonly string[]): boolean {
  let i = 0;
  for (const key in row) {
    // An undefined value is left out by JSON.stringify: such a month is kept as it is.
    if (key !== fields[i] || (row as Record<string, unknown>)[key] === undefined) return false;
    i++;
  }
  return i === fields.length;
}

/**
 * The indicators written column-wise, or as they are when the months do not all have
 * the same keys in the same order (nothing the engine makes today): then the plain
 * array is stored, which reads back the same.
 */
function encodeIndicators(months: MonthlyIndicators[]): StoredIndicators {
  if (months.length === 0) return months;
  if (months.every((m) => hasFields(m, FIELDS))) return encodeEngineMonths(months);
  const fields = Object.keys(months[0]!);
  if (fields.length === 0 || fields.includes('__proto__')) return months;
  if (!months.every((m) => hasFields(m, fields))) return months;
  const rows = months as unknown as Record<string, unknown>[];
  const columns = fields.map((field) => {
    const values = rows.map((row) => row[field]);
    return values.some(isPlainObject) ? (mapColumn(values) ?? values) : values;
  });
  return { format: 2, fields, columns };
}

// The engine's months, field by field in plain code: the generic loop above costs more
// than the JSON it saves.
function encodeEngineMonths(months: MonthlyIndicators[]): EngineColumnIndicators {
  // Filled by push: packed arrays, which JSON.stringify writes faster than holey ones.
  const cols = FIELDS.map((): unknown[] => []);
  const [c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19] =
    cols;
  for (const m of months) {
    c0!.push(m.period);
    c1!.push(m.declared);
    c2!.push(m.enteredBy);
    c3!.push(m.mood);
    c4!.push(m.actions);
    c5!.push(m.actionsByType);
    c6!.push(m.applications);
    c7!.push(m.answers);
    c8!.push(m.rejections);
    c9!.push(m.interviews);
    c10!.push(m.offers);
    c11!.push(m.responseRate);
    c12!.push(m.distinctRome);
    c13!.push(m.distinctDomains);
    c14!.push(m.distinctFamilies);
    c15!.push(m.domainEntropy);
    c16!.push(m.shareWithinOre);
    c17!.push(m.applicationsByFamily);
    c18!.push(m.medianDistanceKm);
    c19!.push(m.shareBeyondRadius);
  }
  const columns: (unknown[] | MapColumn)[] = cols;
  columns[5] = mapColumn(c5!) ?? c5!;
  columns[17] = mapColumn(c17!) ?? c17!;
  return { format: 3, columns };
}

function decodeIndicators(stored: StoredIndicators): MonthlyIndicators[] {
  if (Array.isArray(stored)) return stored;
  if (stored.format === 3) return decodeEngineMonths(stored.columns);
  const { fields, columns } = stored;
  if (fields.length === FIELDS.length && fields.every((f, i) => f === FIELDS[i])) {
    return decodeEngineMonths(columns);
  }
  const count = columnLength(columns[0]!);
  const months: Record<string, unknown>[] = [];
  for (let m = 0; m < count; m++) {
    const month: Record<string, unknown> = {};
    for (let f = 0; f < fields.length; f++) month[fields[f]!] = valueAt(columns[f]!, m);
    months.push(month);
  }
  return months as unknown as MonthlyIndicators[];
}

function valueAt(column: unknown[] | MapColumn, m: number): unknown {
  if (Array.isArray(column)) return column[m];
  const flat = column.months[m]!;
  const map: Record<string, number> = {};
  for (let i = 0; i < flat.length; i += 2) map[column.keys[flat[i]!]!] = flat[i + 1]!;
  return map;
}

// Each month as one object literal, as the engine builds it: same keys, same order.
function decodeEngineMonths(columns: (unknown[] | MapColumn)[]): MonthlyIndicators[] {
  const [c0, c1, c2, c3, c4, , c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, , c18, c19] =
    columns as unknown[][];
  const byType = columns[5]!;
  const byFamily = columns[17]!;
  const count = columnLength(columns[0]!);
  const months = new Array<MonthlyIndicators>(count);
  for (let i = 0; i < count; i++) {
    months[i] = {
      period: c0![i],
      declared: c1![i],
      enteredBy: c2![i],
      mood: c3![i],
      actions: c4![i],
      actionsByType: Array.isArray(byType) ? byType[i] : valueAt(byType, i),
      applications: c6![i],
      answers: c7![i],
      rejections: c8![i],
      interviews: c9![i],
      offers: c10![i],
      responseRate: c11![i],
      distinctRome: c12![i],
      distinctDomains: c13![i],
      distinctFamilies: c14![i],
      domainEntropy: c15![i],
      shareWithinOre: c16![i],
      applicationsByFamily: Array.isArray(byFamily) ? byFamily[i] : valueAt(byFamily, i),
      medianDistanceKm: c18![i],
      shareBeyondRadius: c19![i],
    } as MonthlyIndicators;
  }
  return months;
}

const columnLength = (column: unknown[] | MapColumn) =>
  Array.isArray(column) ? column.length : column.months.length;

/** A reason as stored: its signal's id when it says what that signal says. */
type StoredReason = RecommendationReason | Signal['id'];
type StoredRecommendation = Omit<Recommendation, 'reasons'> & { reasons: StoredReason[] };

/**
 * The recommendations as stored. A reason is the engine's own copy of its signal (the
 * same evidence array): anything else, a result read back from JSON for one, is kept
 * whole, which reads back the same.
 */
export function storedRecommendations(
  recommendations: readonly Recommendation[],
  signals: readonly Signal[],
): StoredRecommendation[] {
  return recommendations.map((recommendation) => {
    const reasons: StoredReason[] = recommendation.reasons.map((reason) => {
      const signal = signals.find((s) => s.id === reason.signal);
      return signal !== undefined &&
        signal.evidence === reason.evidence &&
        signal.severity === reason.severity
        ? signal.id
        : reason;
    });
    // Spread keeps every key in its place, `reasons` included.
    return { ...recommendation, reasons };
  });
}

/** The JSON stored for a result. */
export function stringifyStoredResult(result: AnalysisResult): string {
  // Spread keeps every key in its place, `indicators` and `recommendations` included.
  return JSON.stringify({
    ...result,
    indicators: encodeIndicators(result.indicators),
    recommendations: storedRecommendations(result.recommendations, result.signals),
  });
}

/** Reasons stored as a signal's id, back as the whole reason, in their key order. */
function decodeReasons(recommendations: StoredRecommendation[], signals: Signal[]): void {
  for (const recommendation of recommendations) {
    const { reasons } = recommendation;
    for (let i = 0; i < reasons.length; i++) {
      const reason = reasons[i]!;
      if (typeof reason !== 'string') continue;
      const signal = signals.find((s) => s.id === reason);
      if (signal === undefined) {
        throw new Error(`a stored reason names a signal the result does not have: ${reason}`);
      }
      reasons[i] = { signal: signal.id, severity: signal.severity, evidence: signal.evidence };
    }
  }
}

/** A stored result, in this format or the ones before: what JSON.parse gave for the plain result. */
export function parseStoredResult(json: string): AnalysisResult {
  const parsed = JSON.parse(json) as Omit<AnalysisResult, 'indicators' | 'recommendations'> & {
    indicators: StoredIndicators;
    recommendations: StoredRecommendation[];
  };
  // Assigned in place, so `indicators` keeps its place among the keys.
  (parsed as unknown as AnalysisResult).indicators = decodeIndicators(parsed.indicators);
  decodeReasons(parsed.recommendations, parsed.signals);
  return parsed as unknown as AnalysisResult;
}
