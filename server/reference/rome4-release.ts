// Turns a ROME 4.0 release as France Travail publishes it (the `unix_*_vNNN_utf8.csv`
// files of the open-data archive) into data/reference's rome4_fiches.csv and
// rome4_mobility.csv, and records the release in versions.json. The result is read back
// with the app's own loader, so a release Jalon cannot use fails here, not at start-up.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { ReferenceData } from '../../shared/reference/types';
import { loadReferenceData } from './load-reference';

type Row = Record<string, string>;

function readSource(path: string, columns: readonly string[]): Row[] {
  let rows: Row[];
  try {
    rows = parse<Row>(readFileSync(path, 'utf8'), {
      bom: true,
      columns: true,
      skip_empty_lines: true,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${path}: ${reason}`, { cause: error });
  }
  const header = rows[0] ? Object.keys(rows[0]) : [];
  for (const column of columns) {
    if (!header.includes(column)) throw new Error(`${path}: missing column "${column}"`);
  }
  return rows;
}

// Ordinal, as the loader sorts: the files come out the same on every machine.
const ordinal = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The typographic apostrophe becomes `'`, as in the other reference files. */
const cleanLabel = (label: string) => label.replace(/\s+/g, ' ').trim().replaceAll('’', "'");

function writeCsv(path: string, header: readonly string[], rows: readonly string[][]): void {
  writeFileSync(path, stringify([header, ...rows], { record_delimiter: '\n' }));
}

/**
 * Writes `targetDir`'s ROME 4.0 files from release `release` (digits, e.g. `460`) found
 * in `sourceDir`, then loads the folder as the app would and returns what it read.
 */
export function importRome4Release(
  sourceDir: string,
  release: string,
  targetDir: string,
): ReferenceData {
  if (!/^\d+$/.test(release)) {
    throw new Error(`the release must be a number such as 460, got "${release}"`);
  }
  const fiches = readSource(join(sourceDir, `unix_referentiel_code_rome_v${release}_utf8.csv`), [
    'code_rome',
    'libelle_rome',
    'code_rome_parent',
  ]);
  const mobilities = readSource(join(sourceDir, `unix_rubrique_mobilite_v${release}_utf8.csv`), [
    'code_rome',
    'code_rome_cible',
    'numero_ordre',
  ]);

  writeCsv(
    join(targetDir, 'rome4_fiches.csv'),
    ['code', 'label', 'parent_code'],
    fiches
      .map((r) => [r.code_rome!, cleanLabel(r.libelle_rome!), r.code_rome_parent!])
      .sort((a, b) => ordinal(a[0]!, b[0]!)),
  );
  writeCsv(
    join(targetDir, 'rome4_mobility.csv'),
    ['from_rome', 'to_rome', 'rank'],
    mobilities
      .map((r) => [r.code_rome!, r.code_rome_cible!, r.numero_ordre!])
      .sort((a, b) => ordinal(a[0]!, b[0]!) || ordinal(a[1]!, b[1]!)),
  );

  const versionsPath = join(targetDir, 'versions.json');
  const versions = JSON.parse(readFileSync(versionsPath, 'utf8')) as Record<string, unknown>;
  writeFileSync(versionsPath, `${JSON.stringify({ ...versions, rome4: release }, null, 2)}\n`);

  return loadReferenceData(targetDir);
}
