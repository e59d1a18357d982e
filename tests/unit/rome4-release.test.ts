// The procedure for a new ROME 4.0 release: France Travail's files in, data/reference's
// files out, checked by the app's loader. Fed the v460 release rebuilt in France
// Travail's own columns, it gives back the shipped files byte for byte.
import { describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { defaultReferenceDir } from '../../server/reference/load-reference';
import { importRome4Release } from '../../server/reference/rome4-release';
import { useTempDir } from '../helpers/temp-dir';

const SHIPPED = defaultReferenceDir();
const shipped = (file: string) => readFileSync(join(SHIPPED, file), 'utf8');
const rowsOf = (file: string) => parse<Record<string, string>>(shipped(file), { columns: true });

/** A folder holding data/reference as shipped, where a release is brought in. */
function referenceCopy(dir: string): string {
  for (const file of [
    'versions.json',
    'rome_codes.csv',
    'rome_mobility.csv',
    'rome_appellations.csv',
    'communes.csv',
  ]) {
    copyFileSync(join(SHIPPED, file), join(dir, file));
  }
  return dir;
}

/** v460 as France Travail publishes it: its column names, extra columns, ’ in labels. */
function franceTravailRelease(dir: string, release: string): string {
  const fiches = rowsOf('rome4_fiches.csv').map((r) => ({
    code_ogr: '0',
    code_rome: r.code!,
    libelle_rome: r.label!.replace("d'", 'd’'),
    code_rome_parent: r.parent_code!,
  }));
  const mobilities = rowsOf('rome4_mobility.csv')
    .reverse()
    .map((r) => ({
      code_rome: r.from_rome!,
      code_rome_cible: r.to_rome!,
      numero_ordre: r.rank!,
    }));
  writeFileSync(
    join(dir, `unix_referentiel_code_rome_v${release}_utf8.csv`),
    stringify(fiches, { header: true }),
  );
  writeFileSync(
    join(dir, `unix_rubrique_mobilite_v${release}_utf8.csv`),
    stringify(mobilities, { header: true }),
  );
  return dir;
}

describe('importRome4Release', () => {
  const tempDir = useTempDir('jalon-rome4-release-');

  it('rebuilds the shipped ROME 4.0 files from France Travail’s and records the release', () => {
    const source = franceTravailRelease(tempDir(), '461');
    const target = referenceCopy(tempDir());
    const data = importRome4Release(source, '461', target);
    expect(readFileSync(join(target, 'rome4_fiches.csv'), 'utf8')).toBe(
      shipped('rome4_fiches.csv'),
    );
    expect(readFileSync(join(target, 'rome4_mobility.csv'), 'utf8')).toBe(
      shipped('rome4_mobility.csv'),
    );
    expect(JSON.parse(readFileSync(join(target, 'versions.json'), 'utf8'))).toEqual({
      rome4: '461',
      romeMobility: '333',
    });
    expect(data.versions.rome4).toBe('461');
    expect(data.rome4Fiches).toHaveLength(1_584);
  });

  it('names the file and the column France Travail renamed', () => {
    const source = tempDir();
    writeFileSync(
      join(source, 'unix_referentiel_code_rome_v470_utf8.csv'),
      'code_rome,libelle,code_rome_parent\nA1101,Conducteur,A1101\n',
    );
    expect(() => importRome4Release(source, '470', referenceCopy(tempDir()))).toThrow(
      /unix_referentiel_code_rome_v470_utf8\.csv: missing column "libelle_rome"/,
    );
  });

  it('refuses a release whose fiche hangs under a code Jalon does not know', () => {
    const source = franceTravailRelease(tempDir(), '470');
    const fichesFile = join(source, 'unix_referentiel_code_rome_v470_utf8.csv');
    writeFileSync(fichesFile, `${readFileSync(fichesFile, 'utf8')}0,Z1201,Nouveau métier,Z1200\n`);
    expect(() => importRome4Release(source, '470', referenceCopy(tempDir()))).toThrow(
      /rome4_fiches\.csv: data row \d+: parent_code "Z1200" is not in rome_codes\.csv/,
    );
  });
});
