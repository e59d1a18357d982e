// What the generator draws from, indexed once per caseload from the referentials:
// communes around the agency and far away, ROME fiches by grand domaine, the close
// jobs of each fiche. The lazily filled caches only hold pure functions of the
// referentials, so they never change what a seeker's random stream produces.
import type { Commune, RomeFiche } from '../reference/types';
import type { Referentials } from '../reference/referentials';
import { DEMO_AGENCY, FAR_CITIES, LOCAL_HUBS } from './agency';

/** Homes are drawn within this distance of the agency. */
export const HOME_RADIUS_KM = 40;
/** The largest ORE distance the generator gives. */
export const MAX_ORE_DISTANCE_KM = 50;
/**
 * Employers "within the ORE distance" are drawn a little inside it, so that a demo
 * application never sits on the border whatever the rounding of the distance.
 */
export const WITHIN_ORE_MARGIN = 0.9;
/** Far-from-home applications: this far at least from home, and at most… */
export const FAR_MIN_KM = 80;
export const FAR_MAX_KM = 300;

interface Neighbour {
  commune: Commune;
  km: number;
}

export interface DemoWorld {
  readonly referentials: Referentials;
  readonly agency: Commune;
  /** Candidate homes, the agency's commune first. */
  readonly homes: readonly Commune[];
  readonly homeHubs: readonly Commune[];
  readonly families: readonly string[];
  fichesOfFamily(family: string): readonly RomeFiche[];
  fichesOfDomain(domain: string): readonly RomeFiche[];
  /** The ROME 4.0 fiches under a classic one, by code. */
  rome4CodesUnder(code: string): readonly string[];
  /** The grand domaine of a code of either version (a ROME 4.0 fiche: its parent's). */
  familyOf(code: string): string;
  /** Known `proche` jobs of a fiche. */
  closeJobs(code: string): readonly string[];
  /** Known jobs reachable from a fiche, `proche` or `evolution`. */
  mobilityJobs(code: string): readonly string[];
  /** Communes within `maxKm × WITHIN_ORE_MARGIN` of home, nearest first. */
  near(home: Commune, maxKm: number): readonly Commune[];
  /** The employment hubs among `near(home, maxKm)`. */
  hubsNear(home: Commune, maxKm: number): readonly Commune[];
  /** The far cities FAR_MIN_KM to FAR_MAX_KM from home. */
  farCities(home: Commune): readonly Commune[];
  /** Communes far from every possible home, for variety beyond the far cities. */
  readonly farRing: readonly Commune[];
  /** Every commune a local employer can be in: home radius + the largest ORE distance. */
  readonly region: readonly Commune[];
}

export function createDemoWorld(referentials: Referentials): DemoWorld {
  const agency = referentials.commune(DEMO_AGENCY.insee);
  if (!agency) {
    throw new Error(
      `the demo agency's commune ${DEMO_AGENCY.insee} is not in the communes referential`,
    );
  }
  const fromAgency = (c: Commune) => referentials.distanceKm(agency.insee, c.insee);

  const homes: Commune[] = [agency];
  const region: Commune[] = [];
  const farRing: Commune[] = [];
  // Home + ORE distance bounds every local employer's distance from the agency.
  const regionRadius = HOME_RADIUS_KM + MAX_ORE_DISTANCE_KM;
  for (const commune of referentials.communes) {
    const km = fromAgency(commune);
    if (km === undefined) continue;
    if (km <= HOME_RADIUS_KM && commune.insee !== agency.insee) homes.push(commune);
    if (km <= regionRadius) region.push(commune);
    // Beyond home radius + FAR_MIN_KM, a commune is far from every possible home.
    if (km >= HOME_RADIUS_KM + FAR_MIN_KM + 10 && km <= FAR_MAX_KM) farRing.push(commune);
  }

  const known = (codes: readonly string[]) =>
    codes.flatMap((code) => {
      const commune = referentials.commune(code);
      return commune ? [commune] : [];
    });
  const hubs = known(LOCAL_HUBS);
  const hubCodes = new Set(hubs.map((c) => c.insee));
  const homeHubs = hubs.filter((c) => {
    const km = fromAgency(c);
    return km !== undefined && km <= HOME_RADIUS_KM;
  });
  const farCityList = known(FAR_CITIES);

  const byFamily = new Map<string, RomeFiche[]>();
  const byDomain = new Map<string, RomeFiche[]>();
  const addTo = (map: Map<string, RomeFiche[]>, key: string, fiche: RomeFiche) => {
    const list = map.get(key);
    if (list) list.push(fiche);
    else map.set(key, [fiche]);
  };
  for (const fiche of referentials.fiches) {
    addTo(byFamily, fiche.familyCode, fiche);
    addTo(byDomain, fiche.domainCode, fiche);
  }
  const families = [...byFamily.keys()].sort();

  const closeCache = new Map<string, readonly string[]>();
  const mobilityCache = new Map<string, readonly string[]>();
  const jobsFrom = (code: string, onlyClose: boolean) =>
    referentials
      .mobilitiesFrom(code)
      .filter((m) => (!onlyClose || m.kind === 'proche') && m.to !== code)
      .map((m) => m.to)
      .filter((to, i, all) => all.indexOf(to) === i && referentials.isKnownRome(to));

  const neighbourCache = new Map<string, readonly Neighbour[]>();
  const neighbours = (home: Commune): readonly Neighbour[] => {
    let list = neighbourCache.get(home.insee);
    if (!list) {
      const found: Neighbour[] = [];
      for (const commune of region) {
        const km = referentials.distanceKm(home.insee, commune.insee);
        if (km !== undefined && km <= MAX_ORE_DISTANCE_KM * WITHIN_ORE_MARGIN) {
          found.push({ commune, km });
        }
      }
      found.sort((a, b) => a.km - b.km || (a.commune.insee < b.commune.insee ? -1 : 1));
      list = found;
      neighbourCache.set(home.insee, list);
    }
    return list;
  };
  const nearCache = new Map<string, { all: readonly Commune[]; hubs: readonly Commune[] }>();
  const nearOf = (home: Commune, maxKm: number) => {
    const key = `${home.insee}|${maxKm}`;
    let entry = nearCache.get(key);
    if (!entry) {
      const limit = maxKm * WITHIN_ORE_MARGIN;
      const all = neighbours(home)
        .filter((n) => n.km <= limit)
        .map((n) => n.commune);
      entry = { all, hubs: all.filter((c) => hubCodes.has(c.insee)) };
      nearCache.set(key, entry);
    }
    return entry;
  };

  const farCache = new Map<string, readonly Commune[]>();

  return {
    referentials,
    agency,
    homes,
    homeHubs,
    families,
    fichesOfFamily: (family) => byFamily.get(family) ?? [],
    fichesOfDomain: (domain) => byDomain.get(domain) ?? [],
    // The classic fiche comes first in its list, then the ROME 4.0 fiches under it.
    rome4CodesUnder: (code) => referentials.sameClassicFiche(code).slice(1),
    familyOf: (code) => referentials.rome(code)?.familyCode ?? code.charAt(0),
    closeJobs(code) {
      let jobs = closeCache.get(code);
      if (!jobs) closeCache.set(code, (jobs = jobsFrom(code, true)));
      return jobs;
    },
    mobilityJobs(code) {
      let jobs = mobilityCache.get(code);
      if (!jobs) mobilityCache.set(code, (jobs = jobsFrom(code, false)));
      return jobs;
    },
    near: (home, maxKm) => nearOf(home, maxKm).all,
    hubsNear: (home, maxKm) => nearOf(home, maxKm).hubs,
    farCities(home) {
      let list = farCache.get(home.insee);
      if (!list) {
        list = farCityList.filter((c) => {
          const km = referentials.distanceKm(home.insee, c.insee);
          return km !== undefined && km >= FAR_MIN_KM && km <= FAR_MAX_KM;
        });
        farCache.set(home.insee, list);
      }
      return list;
    },
    farRing,
    region,
  };
}
