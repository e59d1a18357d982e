import { describe, it, expect } from 'vitest';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  defaultReferenceDir,
  loadReferenceData,
  loadReferentials,
} from '../../server/reference/load-reference';
import { buildReferentials, haversineKm } from '../../shared/reference';
import type { ReferenceData } from '../../shared/reference';
import { useTempDir } from '../helpers/temp-dir';

const OTHER_FILES = [
  'versions.json',
  'rome_mobility.csv',
  'rome4_fiches.csv',
  'rome4_mobility.csv',
  'rome_appellations.csv',
  'communes.csv',
];

describe('reference data files', () => {
  const referentials = loadReferentials();

  it('hold the 532 ROME fiches, sorted, in 110 domains and 14 families', () => {
    const { fiches } = referentials;
    expect(fiches).toHaveLength(532);
    expect(new Set(fiches.map((f) => f.domainCode)).size).toBe(110);
    expect(new Set(fiches.map((f) => f.familyCode)).size).toBe(14);
    const codes = fiches.map((f) => f.code);
    expect(codes).toEqual([...codes].sort());
    for (const fiche of fiches) {
      expect(fiche.code).toMatch(/^[A-N]\d{4}$/);
      expect(fiche.domainCode).toBe(fiche.code.slice(0, 3));
      expect(fiche.familyCode).toBe(fiche.code.slice(0, 1));
    }
  });

  it('describe M1607 with its domain and family', () => {
    expect(referentials.rome('M1607')).toEqual({
      code: 'M1607',
      label: 'Secrétariat',
      domainCode: 'M16',
      domainLabel: 'Secrétariat et assistance',
      familyCode: 'M',
      familyLabel: "Support à l'entreprise",
    });
    expect(referentials.isKnownRome('M1607')).toBe(true);
    expect(referentials.domainLabel('M16')).toBe('Secrétariat et assistance');
    expect(referentials.familyLabel('M')).toBe("Support à l'entreprise");
  });

  it('give typed mobilities, proche before evolution, each by target code', () => {
    const fromSecretariat = referentials.mobilitiesFrom('M1607');
    expect(fromSecretariat.map((m) => [m.to, m.kind])).toEqual([
      ['D1401', 'proche'],
      ['C1502', 'evolution'],
      ['K1902', 'evolution'],
      ['K2111', 'evolution'],
      ['M1604', 'evolution'],
      ['M1605', 'evolution'],
      ['M1608', 'evolution'],
      ['M1609', 'evolution'],
    ]);
    expect(fromSecretariat.every((m) => m.from === 'M1607')).toBe(true);

    for (const fiche of referentials.fiches) {
      const links = referentials.mobilitiesFrom(fiche.code);
      expect(links.length).toBeGreaterThan(0);
      const firstEvolution = links.findIndex((m) => m.kind === 'evolution');
      if (firstEvolution >= 0) {
        expect(links.slice(firstEvolution).every((m) => m.kind === 'evolution')).toBe(true);
      }
      for (const link of links) expect(referentials.isKnownRome(link.to)).toBe(true);
    }
  });

  it('hold the ROME 4.0 v460 fiches beside the classic ones, placed under their parent', () => {
    expect(referentials.versions).toEqual({ rome4: '460', romeMobility: '333' });
    // 1,584 fiches, of which the 532 classic codes, their own parent.
    expect(referentials.rome4Fiches).toHaveLength(1_584 - 532);
    const codes = referentials.rome4Fiches.map((f) => f.code);
    expect(codes).toEqual([...codes].sort());
    for (const fiche of referentials.rome4Fiches) {
      expect(fiche.code).toMatch(/^[A-N]\d{4}$/);
      const parent = referentials.rome(fiche.parentCode)!;
      expect(referentials.fiches).toContain(parent);
      expect(referentials.rome(fiche.code)).toMatchObject({
        label: fiche.label,
        domainCode: parent.domainCode,
        familyCode: parent.familyCode,
      });
    }
  });

  it('describe A1206 by its own label and its parent F1101’s domain and family', () => {
    expect(referentials.isKnownRome('A1206')).toBe(true);
    expect(referentials.rome('A1206')).toEqual({
      code: 'A1206',
      label: 'Concepteur / Conceptrice paysagiste',
      domainCode: 'F11',
      domainLabel: referentials.domainLabel('F11'),
      familyCode: 'F',
      familyLabel: referentials.familyLabel('F'),
    });
  });

  it('tell which codes name the same classic fiche, from either version', () => {
    const secretariat = referentials.sameClassicFiche('M1607');
    expect(secretariat.slice(0, 3)).toEqual(['M1607', 'M1612', 'M1613']);
    expect(referentials.sameClassicFiche('M1612')).toBe(secretariat);
    expect(referentials.sameClassicFiche('A1206')).toContain('F1101');
    expect(referentials.sameClassicFiche('Z9999')).toEqual([]);
  });

  it('keep the classic meaning of a code that is in both versions', () => {
    // M1805 is a ROME 4.0 fiche too (« Développeur / Développeuse informatique »).
    expect(referentials.rome('M1805')?.label).toBe('Études et développement informatique');
    expect(referentials.mobilitiesFrom('M1805').every((m) => m.kind !== 'rome4')).toBe(true);
  });

  it('give a ROME 4.0 fiche its ranked mobilities, then its parent’s typed ones', () => {
    const links = referentials.mobilitiesFrom('A1206');
    expect(links.slice(0, 10).map((m) => m.to)).toEqual([
      'F1104',
      'K2401',
      'F1205',
      'M1102',
      'M1302',
      'I1101',
      'K1802',
      'C1503',
      'G1403',
      'M1402',
    ]);
    expect(links.slice(0, 10).map((m) => (m.kind === 'rome4' ? m.rank : 0))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    const typed = links.slice(10);
    const ofParent = referentials
      .mobilitiesFrom('F1101')
      .filter((m) => !links.slice(0, 10).some((r) => r.to === m.to) && m.to !== 'A1206');
    expect(typed).toEqual(ofParent);
    expect(typed.length).toBeGreaterThan(0);
    for (const fiche of referentials.rome4Fiches) {
      for (const link of referentials.mobilitiesFrom(fiche.code)) {
        expect(referentials.isKnownRome(link.to)).toBe(true);
        expect(link.to).not.toBe(fiche.code);
      }
    }
  });

  it('give the appellations of a fiche', () => {
    const appellations = referentials.appellationsOf('M1607');
    expect(appellations.length).toBeGreaterThan(0);
    expect(appellations.every((a) => a.rome === 'M1607')).toBe(true);
    expect(appellations.map((a) => a.label)).toContain('Secrétaire bilingue');
  });

  it('keep commune codes as text, with leading zeros and Corsica', () => {
    expect(referentials.communes).toHaveLength(34_959);
    expect(referentials.commune('69123')).toMatchObject({ name: 'Lyon', department: '69' });
    expect(referentials.commune('2A004')).toMatchObject({
      name: 'Ajaccio',
      postalCode: '20000',
      department: '2A',
    });
    expect(referentials.commune('01001')).toEqual({
      insee: '01001',
      name: "L'Abergement-Clémenciat",
      postalCode: '01400',
      department: '01',
      lat: 46.1517,
      lon: 4.9306,
    });
    expect(referentials.isKnownCommune('01001')).toBe(true);
    expect(referentials.isKnownCommune('1001')).toBe(false);
  });

  it('measure distances between commune centres', () => {
    const parisLyon = referentials.distanceKm('75056', '69123');
    expect(parisLyon).toBeGreaterThan(385);
    expect(parisLyon).toBeLessThan(400);
    expect(referentials.distanceKm('69123', '75056')).toBeCloseTo(parisLyon!, 9);
    expect(referentials.distanceKm('69123', '69123')).toBe(0);
  });

  it('answer unknown codes with undefined, false or an empty list', () => {
    expect(referentials.rome('Z9999')).toBeUndefined();
    expect(referentials.isKnownRome('Z9999')).toBe(false);
    expect(referentials.isKnownRome('m1607')).toBe(false);
    expect(referentials.mobilitiesFrom('Z9999')).toEqual([]);
    expect(Object.isFrozen(referentials.mobilitiesFrom('Z9999'))).toBe(true);
    expect(referentials.appellationsOf('Z9999')).toEqual([]);
    expect(Object.isFrozen(referentials.appellationsOf('Z9999'))).toBe(true);
    expect(referentials.commune('99999')).toBeUndefined();
    expect(referentials.isKnownCommune('99999')).toBe(false);
    expect(referentials.distanceKm('75056', '99999')).toBeUndefined();
    expect(referentials.distanceKm('99999', '75056')).toBeUndefined();
    expect(referentials.domainLabel('Z99')).toBeUndefined();
    expect(referentials.familyLabel('Z')).toBeUndefined();
  });

  it('are loaded once per process', () => {
    expect(loadReferentials()).toBe(referentials);
    expect(loadReferentials(defaultReferenceDir())).toBe(referentials);
  });
});

describe('loadReferenceData', () => {
  const tempDir = useTempDir('jalon-reference-');

  const copyOtherFiles = (dir: string) => {
    for (const file of OTHER_FILES)
      copyFileSync(join(defaultReferenceDir(), file), join(dir, file));
  };

  it('names the file and the column when a header lacks one', () => {
    const dir = tempDir();
    copyOtherFiles(dir);
    writeFileSync(
      join(dir, 'rome_codes.csv'),
      'code,label,domain_code,domain_label,family_code\nM1607,Secrétariat,M16,Secrétariat et assistance,M\n',
    );
    expect(() => loadReferenceData(dir)).toThrow(/rome_codes\.csv.*missing column "family_label"/);
    expect(() => loadReferentials(dir)).toThrow(/rome_codes\.csv/);
  });

  it('checks the header even when there are no data rows', () => {
    const dir = tempDir();
    copyOtherFiles(dir);
    writeFileSync(join(dir, 'rome_codes.csv'), 'code,label\n');
    expect(() => loadReferenceData(dir)).toThrow(/rome_codes\.csv.*missing column "domain_code"/);
  });

  it('names the file when a row is malformed', () => {
    const dir = tempDir();
    copyOtherFiles(dir);
    const codes = readFileSync(join(defaultReferenceDir(), 'rome_codes.csv'), 'utf8');
    writeFileSync(join(dir, 'rome_codes.csv'), `${codes}Z9999,Too,few\n`);
    expect(() => loadReferenceData(dir)).toThrow(/rome_codes\.csv/);

    writeFileSync(join(dir, 'rome_codes.csv'), codes);
    writeFileSync(
      join(dir, 'communes.csv'),
      'insee,name,postal_code,department,lat,lon\n01001,Somewhere,01400,01,north,4.9\n',
    );
    expect(() => loadReferenceData(dir)).toThrow(/communes\.csv: data row 1: invalid lat "north"/);
  });

  it('refuses a ROME 4.0 fiche whose parent is not a classic code, naming the row', () => {
    const dir = tempDir();
    copyOtherFiles(dir);
    copyFileSync(join(defaultReferenceDir(), 'rome_codes.csv'), join(dir, 'rome_codes.csv'));
    writeFileSync(
      join(dir, 'rome4_fiches.csv'),
      'code,label,parent_code\nA1101,Conducteur,A1101\nA1206,Concepteur,A1299\n',
    );
    expect(() => loadReferenceData(dir)).toThrow(
      /rome4_fiches\.csv: data row 2: parent_code "A1299" is not in rome_codes\.csv/,
    );
    writeFileSync(
      join(dir, 'rome4_fiches.csv'),
      'code,label,parent_code\nA1101,Conducteur,F1101\n',
    );
    expect(() => loadReferenceData(dir)).toThrow(
      /rome4_fiches\.csv: data row 1: A1101 is a classic code but has parent F1101/,
    );
  });

  it('refuses a ROME 4.0 mobility to an unknown fiche or without a rank', () => {
    const dir = tempDir();
    copyOtherFiles(dir);
    copyFileSync(join(defaultReferenceDir(), 'rome_codes.csv'), join(dir, 'rome_codes.csv'));
    writeFileSync(join(dir, 'rome4_mobility.csv'), 'from_rome,to_rome,rank\nA1206,Z9999,1\n');
    expect(() => loadReferenceData(dir)).toThrow(
      /rome4_mobility\.csv: data row 1: to_rome "Z9999" is not in rome4_fiches\.csv/,
    );
    writeFileSync(join(dir, 'rome4_mobility.csv'), 'from_rome,to_rome,rank\nA1206,F1101,first\n');
    expect(() => loadReferenceData(dir)).toThrow(
      /rome4_mobility\.csv: data row 1: invalid rank "first"/,
    );
  });

  it('needs the ROME release numbers in versions.json', () => {
    const dir = tempDir();
    copyOtherFiles(dir);
    copyFileSync(join(defaultReferenceDir(), 'rome_codes.csv'), join(dir, 'rome_codes.csv'));
    writeFileSync(join(dir, 'versions.json'), '{"rome4": "460"}');
    expect(() => loadReferenceData(dir)).toThrow(
      /versions\.json: "romeMobility" must be a release number/,
    );
    writeFileSync(join(dir, 'versions.json'), '{"rome4": ');
    expect(() => loadReferenceData(dir)).toThrow(/versions\.json: /);
  });

  it('honours JALON_REFERENCE_DIR', () => {
    expect(defaultReferenceDir({ JALON_REFERENCE_DIR: '/srv/jalon/reference' })).toBe(
      '/srv/jalon/reference',
    );
    expect(defaultReferenceDir({})).toMatch(/data[\\/]reference$/);
  });
});

describe('buildReferentials', () => {
  const tiny: ReferenceData = {
    versions: { rome4: '460', romeMobility: '333' },
    fiches: [
      {
        code: 'K1801',
        label: 'Conseil en emploi et insertion socioprofessionnelle',
        domainCode: 'K18',
        domainLabel: 'Développement territorial et emploi',
        familyCode: 'K',
        familyLabel: 'Services à la personne et à la collectivité',
      },
      {
        code: 'A1101',
        label: "Conduite d'engins agricoles et forestiers",
        domainCode: 'A11',
        domainLabel: 'Engins agricoles et forestiers',
        familyCode: 'A',
        familyLabel: 'Agriculture',
      },
    ],
    mobilities: [
      { from: 'K1801', to: 'M1502', kind: 'evolution' },
      { from: 'K1801', to: 'A1101', kind: 'evolution' },
      { from: 'K1801', to: 'K2112', kind: 'proche' },
      { from: 'A1101', to: 'K1801', kind: 'proche' },
    ],
    rome4Fiches: [
      { code: 'K1899', label: 'Conseiller / Conseillère en insertion', parentCode: 'K1801' },
      { code: 'K1801', label: 'Conseiller / Conseillère emploi', parentCode: 'K1801' },
      { code: 'Z1234', label: 'Orphelin', parentCode: 'Z1200' },
    ],
    rome4Mobilities: {
      from: ['K1899', 'K1899', 'K1801'],
      to: ['M1502', 'A1101', 'K1899'],
      rank: [2, 1, 1],
    },
    appellations: [
      { code: '11987', label: 'Chauffeur / Chauffeuse de machines agricoles', rome: 'A1101' },
      { code: '12345', label: 'Conseiller / Conseillère emploi', rome: 'K1801' },
    ],
    communes: [
      {
        insee: '2A004',
        name: 'Ajaccio',
        postalCode: '20000',
        department: '2A',
        lat: 41.9228,
        lon: 8.7058,
      },
      {
        insee: '01001',
        name: "L'Abergement-Clémenciat",
        postalCode: '01400',
        department: '01',
        lat: 46.1517,
        lon: 4.9306,
      },
    ],
  };
  const referentials = buildReferentials(tiny);

  it('sorts fiches and communes by code without touching its input', () => {
    expect(referentials.fiches.map((f) => f.code)).toEqual(['A1101', 'K1801']);
    expect(referentials.communes.map((c) => c.insee)).toEqual(['01001', '2A004']);
    expect(tiny.fiches[0]!.code).toBe('K1801');
    expect(Object.isFrozen(referentials.fiches)).toBe(true);
  });

  it('indexes fiches, labels, mobilities and appellations', () => {
    expect(referentials.rome('A1101')?.label).toBe("Conduite d'engins agricoles et forestiers");
    expect(referentials.domainLabel('K18')).toBe('Développement territorial et emploi');
    expect(referentials.familyLabel('A')).toBe('Agriculture');
    expect(referentials.mobilitiesFrom('K1801').map((m) => `${m.kind}:${m.to}`)).toEqual([
      'proche:K2112',
      'evolution:A1101',
      'evolution:M1502',
    ]);
    expect(referentials.appellationsOf('A1101').map((a) => a.code)).toEqual(['11987']);
    expect(referentials.appellationsOf('M1607')).toEqual([]);
  });

  it('answers a ROME 4.0 code with its parent’s place, ranked links first', () => {
    expect(referentials.rome4Fiches.map((f) => f.code)).toEqual(['K1899']);
    expect(referentials.rome('K1899')).toMatchObject({
      label: 'Conseiller / Conseillère en insertion',
      domainCode: 'K18',
      familyCode: 'K',
    });
    expect(referentials.mobilitiesFrom('K1899').map((m) => `${m.kind}:${m.to}`)).toEqual([
      'rome4:A1101',
      'rome4:M1502',
      'proche:K2112',
    ]);
    // The classic fiche keeps its label and typed links; an orphan is not known.
    expect(referentials.rome('K1801')?.label).toBe(
      'Conseil en emploi et insertion socioprofessionnelle',
    );
    expect(referentials.mobilitiesFrom('K1801').some((m) => m.kind === 'rome4')).toBe(false);
    expect(referentials.isKnownRome('Z1234')).toBe(false);
    expect(referentials.sameClassicFiche('K1899')).toEqual(['K1801', 'K1899']);
    expect(referentials.sameClassicFiche('Z1234')).toEqual([]);
  });

  it('measures distances only between known communes', () => {
    const km = referentials.distanceKm('01001', '2A004');
    expect(km).toBeCloseTo(haversineKm(tiny.communes[1]!, tiny.communes[0]!), 9);
    expect(km).toBeGreaterThan(550);
    expect(km).toBeLessThan(570);
    expect(referentials.distanceKm('01001', '01002')).toBeUndefined();
  });
});

describe('haversineKm', () => {
  it('is zero for a point and symmetric', () => {
    const paris = { lat: 48.8589, lon: 2.347 };
    const lyon = { lat: 45.758, lon: 4.8351 };
    expect(haversineKm(paris, paris)).toBe(0);
    expect(haversineKm(paris, lyon)).toBeCloseTo(haversineKm(lyon, paris), 9);
  });

  it('gives a quarter of the meridian from the equator to the pole', () => {
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 90, lon: 0 })).toBeCloseTo(10_007.5, 0);
  });
});
