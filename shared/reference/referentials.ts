// Indexed lookups over the reference data. Everything is built once, up front, because
// imports and recommendations query these for every action of every journal.
import type { Appellation, Commune, ReferenceData, RomeFiche, RomeMobility } from './types';

export interface Referentials {
  /** Sorted by code. */
  readonly fiches: readonly RomeFiche[];
  /** Sorted by INSEE code. */
  readonly communes: readonly Commune[];
  rome(code: string): RomeFiche | undefined;
  isKnownRome(code: string): boolean;
  isKnownCommune(insee: string): boolean;
  /** `proche` links first, then `evolution`, each by target code. */
  mobilitiesFrom(code: string): readonly RomeMobility[];
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

export function buildReferentials(data: ReferenceData): Referentials {
  const fiches = Object.freeze([...data.fiches].sort((a, b) => byCode(a.code, b.code)));
  const communes = Object.freeze([...data.communes].sort((a, b) => byCode(a.insee, b.insee)));

  const ficheByCode = new Map(fiches.map((f) => [f.code, f]));
  const communeByInsee = new Map(communes.map((c) => [c.insee, c]));
  const domainLabels = new Map(fiches.map((f) => [f.domainCode, f.domainLabel]));
  const familyLabels = new Map(fiches.map((f) => [f.familyCode, f.familyLabel]));

  const mobilityGroups = groupBy(data.mobilities, (m) => m.from);
  for (const group of mobilityGroups.values()) {
    group.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || byCode(a.to, b.to));
  }
  const mobilitiesByFrom = freezeGroups(mobilityGroups);
  const appellationsByRome = freezeGroups(groupBy(data.appellations, (a) => a.rome));

  const referentials: Referentials = {
    fiches,
    communes,
    rome: (code) => ficheByCode.get(code),
    isKnownRome: (code) => ficheByCode.has(code),
    isKnownCommune: (insee) => communeByInsee.has(insee),
    mobilitiesFrom: (code) => mobilitiesByFrom.get(code) ?? NONE,
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
