// Indexed lookups over the reference data. Everything is indexed once, up front (a ROME
// 4.0 fiche's mobility list at its first look-up), because imports and recommendations
// query these for every action of every journal.
import type {
  Appellation,
  Commune,
  RankedMobility,
  ReferenceData,
  ReferenceVersions,
  Rome4Fiche,
  Rome4MobilityColumns,
  RomeFiche,
  RomeMobility,
} from './types';

/**
 * A code of either ROME version. The 532 classic codes are also ROME 4.0 fiches, each its
 * own parent: such a code is the classic fiche (classic label, domaine, typed mobilities),
 * so that journals written before ROME 4.0 are analysed as they always were. A ROME 4.0
 * code that is not a classic one takes its parent's domaine and grand domaine.
 */
export interface Referentials {
  readonly versions: ReferenceVersions;
  /** The 532 classic fiches, sorted by code. */
  readonly fiches: readonly RomeFiche[];
  /** The ROME 4.0 fiches that are not classic ones (1,052 in v460), sorted by code. */
  readonly rome4Fiches: readonly Rome4Fiche[];
  /** Sorted by INSEE code. */
  readonly communes: readonly Commune[];
  rome(code: string): RomeFiche | undefined;
  isKnownRome(code: string): boolean;
  /**
   * The classic fiche a code belongs to and every ROME 4.0 fiche under it, e.g. for
   * `A1206` or `F1101`: `F1101`, then `A1206`, `F1121`… Empty for an unknown code.
   */
  sameClassicFiche(code: string): readonly string[];
  isKnownCommune(insee: string): boolean;
  /**
   * Classic code: `proche` links first, then `evolution`, each by target code. ROME 4.0
   * code: its ranked ROME 4.0 links by rank, then its parent's typed links to fiches not
   * already listed.
   */
  mobilitiesFrom(code: string): readonly (RomeMobility | RankedMobility)[];
  appellationsOf(code: string): readonly Appellation[];
  commune(insee: string): Commune | undefined;
  /** Great-circle distance between the two commune centres; undefined if either is unknown. */
  distanceKm(fromInsee: string, toInsee: string): number | undefined;
  /** `M16` → "Secrétariat et assistance". */
  domainLabel(domainCode: string): string | undefined;
  /** `M` → "Support à l'entreprise". */
  familyLabel(familyCode: string): string | undefined;
}

// Shared by every miss, so callers can never mutate one list into another's result.
const NONE: readonly never[] = Object.freeze([]);

/** IUGG mean Earth radius. */
const EARTH_RADIUS_KM = 6371.0088;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

export function haversineKm(
  a: { lat: number; lon: number },
  b: { lat: number; lon: number },
): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  // The clamp keeps rounding from pushing asin out of its domain for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

// Ordinal, not locale-aware: codes are ASCII and the order must not depend on the runtime.
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const KIND_ORDER: Record<RomeMobility['kind'], number> = { proche: 0, evolution: 1 };

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function freezeGroups<T>(groups: Map<string, T[]>): Map<string, readonly T[]> {
  const frozen = new Map<string, readonly T[]>();
  for (const [key, group] of groups) frozen.set(key, Object.freeze(group));
  return frozen;
}

/** A ROME 4.0 fiche in its parent's place of the tree. */
function placedUnder(fiche: Rome4Fiche, parent: RomeFiche): RomeFiche {
  return Object.freeze({
    code: fiche.code,
    label: fiche.label,
    domainCode: parent.domainCode,
    domainLabel: parent.domainLabel,
    familyCode: parent.familyCode,
    familyLabel: parent.familyLabel,
  });
}

/**
 * A ROME 4.0 fiche's links: its ranked ROME 4.0 ones (rows `rows` of the columns), by
 * rank, then its parent's typed links to fiches not listed yet.
 */
function rome4LinksOf(
  fiche: Rome4Fiche,
  columns: Rome4MobilityColumns,
  rows: readonly number[],
  typedOfParent: readonly RomeMobility[],
): readonly (RomeMobility | RankedMobility)[] {
  const ranked = rows
    .map((i): RankedMobility => ({
      from: fiche.code,
      to: columns.to[i]!,
      rank: columns.rank[i]!,
      kind: 'rome4',
    }))
    .sort((a, b) => a.rank - b.rank || byCode(a.to, b.to));
  const listed = new Set([fiche.code, ...ranked.map((m) => m.to)]);
  return Object.freeze([...ranked, ...typedOfParent.filter((m) => !listed.has(m.to))]);
}

export function buildReferentials(data: ReferenceData): Referentials {
  const fiches = Object.freeze([...data.fiches].sort((a, b) => byCode(a.code, b.code)));
  const communes = Object.freeze([...data.communes].sort((a, b) => byCode(a.insee, b.insee)));

  const classicByCode = new Map(fiches.map((f) => [f.code, f]));
  const communeByInsee = new Map(communes.map((c) => [c.insee, c]));
  const domainLabels = new Map(fiches.map((f) => [f.domainCode, f.domainLabel]));
  const familyLabels = new Map(fiches.map((f) => [f.familyCode, f.familyLabel]));

  const mobilityGroups = groupBy(data.mobilities, (m) => m.from);
  for (const group of mobilityGroups.values()) {
    group.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || byCode(a.to, b.to));
  }
  const typedByFrom = freezeGroups(mobilityGroups);
  const appellationsByRome = freezeGroups(groupBy(data.appellations, (a) => a.rome));

  // The loader refuses an orphan; one built by hand is left out rather than guessed at.
  const rome4Fiches = Object.freeze(
    data.rome4Fiches
      .filter((f) => !classicByCode.has(f.code) && classicByCode.has(f.parentCode))
      .sort((a, b) => byCode(a.code, b.code)),
  );
  const rome4ByCode = new Map(rome4Fiches.map((f) => [f.code, f]));
  const ficheByCode = new Map<string, RomeFiche>(classicByCode);
  for (const fiche of rome4Fiches) {
    ficheByCode.set(fiche.code, placedUnder(fiche, classicByCode.get(fiche.parentCode)!));
  }
  const underParent = groupBy(rome4Fiches, (f) => f.parentCode);
  const sameFiche = new Map<string, readonly string[]>();
  for (const fiche of fiches) {
    const codes = Object.freeze([
      fiche.code,
      ...(underParent.get(fiche.code) ?? []).map((f) => f.code),
    ]);
    for (const code of codes) sameFiche.set(code, codes);
  }

  // A ROME 4.0 fiche's links are put together at its first look-up, then kept: every
  // worker builds these referentials; the import's never ask, the analysis's ask for
  // the codes of its journals.
  const rome4Columns = data.rome4Mobilities;
  const rome4Rows = new Map<string, number[]>();
  rome4Columns.from.forEach((from, i) => {
    const rows = rome4Rows.get(from);
    if (rows) rows.push(i);
    else rome4Rows.set(from, [i]);
  });
  const rome4Links = new Map<string, readonly (RomeMobility | RankedMobility)[]>();
  const linksOfRome4 = (code: string): readonly (RomeMobility | RankedMobility)[] => {
    let links = rome4Links.get(code);
    if (links === undefined) {
      const fiche = rome4ByCode.get(code);
      if (!fiche) return NONE;
      links = rome4LinksOf(
        fiche,
        rome4Columns,
        rome4Rows.get(code) ?? NONE,
        typedByFrom.get(fiche.parentCode) ?? NONE,
      );
      rome4Links.set(code, links);
    }
    return links;
  };

  const referentials: Referentials = {
    versions: Object.freeze({ ...data.versions }),
    fiches,
    rome4Fiches,
    communes,
    rome: (code) => ficheByCode.get(code),
    isKnownRome: (code) => ficheByCode.has(code),
    sameClassicFiche: (code) => sameFiche.get(code) ?? NONE,
    isKnownCommune: (insee) => communeByInsee.has(insee),
    mobilitiesFrom: (code) => typedByFrom.get(code) ?? linksOfRome4(code),
    appellationsOf: (code) => appellationsByRome.get(code) ?? NONE,
    commune: (insee) => communeByInsee.get(insee),
    distanceKm(fromInsee, toInsee) {
      const from = communeByInsee.get(fromInsee);
      const to = communeByInsee.get(toInsee);
      return from && to ? haversineKm(from, to) : undefined;
    },
    domainLabel: (domainCode) => domainLabels.get(domainCode),
    familyLabel: (familyCode) => familyLabels.get(familyCode),
  };
  return Object.freeze(referentials);
}
