// Reads the reference CSVs shipped in data/reference. They are small (about 2.5 MB) and
// needed before any import can be checked, so they are read synchronously, once.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { buildReferentials } from '../../shared/reference/referentials';
import type { Referentials } from '../../shared/reference/referentials';
import type {
  Appellation,
  Commune,
  MobilityKind,
  ReferenceData,
  ReferenceVersions,
  Rome4Fiche,
  Rome4MobilityColumns,
  RomeFiche,
  RomeMobility,
} from '../../shared/reference/types';

/** `data/reference` at the repository root, unless `JALON_REFERENCE_DIR` says otherwise. */
export function defaultReferenceDir(env: NodeJS.ProcessEnv = process.env): string {
  // A packaged app or a test may keep the data elsewhere than next to the sources.
  const override = env.JALON_REFERENCE_DIR;
  if (override) return resolve(override);
  return fileURLToPath(new URL('../../data/reference', import.meta.url));
}

type Row = Record<string, string>;

function parseCsv<T>(path: string, parseFile: () => T): T {
  try {
    return parseFile();
  } catch (error) {
    // csv-parse's own errors say what went wrong but not in which file.
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${path}: ${reason}`, { cause: error });
  }
}

function readCsv(path: string, requiredColumns: readonly string[]): Row[] {
  const text = readFileSync(path, 'utf8');
  // The header is read on its own so that a file with no data rows is still checked.
  const [header = []] = parseCsv(path, () => parse(text, { bom: true, to_line: 1 }));
  for (const column of requiredColumns) {
    if (!header.includes(column)) {
      throw new Error(
        `${path}: missing column "${column}" (header is: ${header.join(',') || 'empty'})`,
      );
    }
  }
  return parseCsv(path, () =>
    parse<Row>(text, { bom: true, columns: true, skip_empty_lines: true }),
  );
}

function invalid(path: string, rowIndex: number, column: string, value: string): Error {
  return new Error(`${path}: data row ${rowIndex + 1}: invalid ${column} "${value}"`);
}

// csv-parse gives every row all the header's columns, so the fallback is never used.
const field = (row: Row, column: string): string => row[column] ?? '';

function coordinate(path: string, row: Row, rowIndex: number, column: string): number {
  const text = field(row, column);
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw invalid(path, rowIndex, column, text);
  return value;
}

function mobilityKind(path: string, row: Row, rowIndex: number): MobilityKind {
  const kind = field(row, 'kind');
  if (kind === 'proche' || kind === 'evolution') return kind;
  throw invalid(path, rowIndex, 'kind', kind);
}

function rank(path: string, row: Row, rowIndex: number): number {
  const text = field(row, 'rank');
  if (!/^[1-9]\d*$/.test(text)) throw invalid(path, rowIndex, 'rank', text);
  return Number(text);
}

const VERSION_FIELDS: readonly (keyof ReferenceVersions)[] = ['rome4', 'romeMobility'];

/** versions.json: the ROME releases the CSVs were taken from, each a release number. */
function readVersions(path: string): ReferenceVersions {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${path}: ${reason}`, { cause: error });
  }
  const record = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<
    string,
    unknown
  >;
  const versions = {} as ReferenceVersions;
  for (const key of VERSION_FIELDS) {
    const value = record[key];
    if (typeof value !== 'string' || !/^\d+$/.test(value)) {
      throw new Error(`${path}: "${key}" must be a release number such as "460"`);
    }
    versions[key] = value;
  }
  return versions;
}

/**
 * The ROME 4.0 fiches, checked against the classic ones: every parent is a classic code,
 * and a classic code appears only as its own parent (the same fiche in both versions).
 */
function readRome4Fiches(path: string, classicCodes: ReadonlySet<string>): Rome4Fiche[] {
  return readCsv(path, ['code', 'label', 'parent_code']).map((row, i): Rome4Fiche => {
    const fiche = {
      code: field(row, 'code'),
      label: field(row, 'label'),
      parentCode: field(row, 'parent_code'),
    };
    if (!classicCodes.has(fiche.parentCode)) {
      throw new Error(
        `${path}: data row ${i + 1}: parent_code "${fiche.parentCode}" is not in rome_codes.csv`,
      );
    }
    if (classicCodes.has(fiche.code) && fiche.parentCode !== fiche.code) {
      throw new Error(
        `${path}: data row ${i + 1}: ${fiche.code} is a classic code but has parent ${fiche.parentCode}`,
      );
    }
    return fiche;
  });
}

function readRome4Mobilities(path: string, rome4Codes: ReadonlySet<string>): Rome4MobilityColumns {
  const columns = { from: [] as string[], to: [] as string[], rank: [] as number[] };
  readCsv(path, ['from_rome', 'to_rome', 'rank']).forEach((row, i) => {
    for (const column of ['from_rome', 'to_rome']) {
      const code = field(row, column);
      if (!rome4Codes.has(code)) {
        throw new Error(
          `${path}: data row ${i + 1}: ${column} "${code}" is not in rome4_fiches.csv`,
        );
      }
    }
    columns.from.push(field(row, 'from_rome'));
    columns.to.push(field(row, 'to_rome'));
    columns.rank.push(rank(path, row, i));
  });
  return columns;
}

export function loadReferenceData(dir: string = defaultReferenceDir()): ReferenceData {
  const versions = readVersions(join(dir, 'versions.json'));

  const fiches = readCsv(join(dir, 'rome_codes.csv'), [
    'code',
    'label',
    'domain_code',
    'domain_label',
    'family_code',
    'family_label',
  ]).map((row): RomeFiche => ({
    code: field(row, 'code'),
    label: field(row, 'label'),
    domainCode: field(row, 'domain_code'),
    domainLabel: field(row, 'domain_label'),
    familyCode: field(row, 'family_code'),
    familyLabel: field(row, 'family_label'),
  }));

  const mobilityFile = join(dir, 'rome_mobility.csv');
  const mobilities = readCsv(mobilityFile, ['from_rome', 'to_rome', 'kind']).map(
    (row, i): RomeMobility => ({
      from: field(row, 'from_rome'),
      to: field(row, 'to_rome'),
      kind: mobilityKind(mobilityFile, row, i),
    }),
  );

  const rome4Fiches = readRome4Fiches(
    join(dir, 'rome4_fiches.csv'),
    new Set(fiches.map((f) => f.code)),
  );
  const rome4Mobilities = readRome4Mobilities(
    join(dir, 'rome4_mobility.csv'),
    new Set(rome4Fiches.map((f) => f.code)),
  );

  const appellations = readCsv(join(dir, 'rome_appellations.csv'), [
    'appellation_code',
    'label',
    'rome_code',
  ]).map((row): Appellation => ({
    code: field(row, 'appellation_code'),
    label: field(row, 'label'),
    rome: field(row, 'rome_code'),
  }));

  const communeFile = join(dir, 'communes.csv');
  const communes = readCsv(communeFile, [
    'insee',
    'name',
    'postal_code',
    'department',
    'lat',
    'lon',
  ]).map((row, i): Commune => ({
    insee: field(row, 'insee'),
    name: field(row, 'name'),
    postalCode: field(row, 'postal_code'),
    department: field(row, 'department'),
    lat: coordinate(communeFile, row, i, 'lat'),
    lon: coordinate(communeFile, row, i, 'lon'),
  }));

  return { versions, fiches, mobilities, rome4Fiches, rome4Mobilities, appellations, communes };
}

const loadedData = new Map<string, ReferenceData>();
const loaded = new Map<string, Referentials>();

/**
 * The reference files of `dir`, parsed once per process. Worker threads are handed a
 * copy rather than parsing them again: copying costs a fraction of the ~0.3 s of CSV
 * parsing each worker's start paid.
 */
export function referenceDataOnce(dir: string = defaultReferenceDir()): ReferenceData {
  const key = resolve(dir);
  let data = loadedData.get(key);
  if (!data) {
    data = loadReferenceData(key);
    loadedData.set(key, data);
  }
  return data;
}

/** Loads and indexes the referentials of `dir` once per process. */
export function loadReferentials(dir: string = defaultReferenceDir()): Referentials {
  const key = resolve(dir);
  let referentials = loaded.get(key);
  if (!referentials) {
    referentials = buildReferentials(referenceDataOnce(key));
    loaded.set(key, referentials);
  }
  return referentials;
}
