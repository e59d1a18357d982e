// The open reference data Jalon reads (ROME job tree and mobilities, French communes),
// as plain typed records. Two versions of the ROME live side by side: the 532 classic
// fiches with their typed mobilities, and the ROME 4.0 fiches, each attached to one of
// the 532 (its parent), with their ranked mobilities. Loading them from disk is the main
// process's job (server/reference); building the indexed lookups is pure and
// lives here.

export interface RomeFiche {
  /** Letter + 4 digits, e.g. `M1607`. */
  code: string;
  label: string;
  /**
   * Domaine professionnel, e.g. `M16`: the first 3 characters of a classic code; for a
   * ROME 4.0 fiche, its parent's (`A1206` is in `F11`).
   */
  domainCode: string;
  domainLabel: string;
  /** Grand domaine, e.g. `M`: the letter of a classic code; for a ROME 4.0 fiche, its parent's. */
  familyCode: string;
  familyLabel: string;
}

/** `proche`: a close job; `evolution`: a job reachable with progression. */
export type MobilityKind = 'proche' | 'evolution';

export interface RomeMobility {
  from: string;
  to: string;
  kind: MobilityKind;
}

/** A ROME 4.0 fiche (`unix_referentiel_code_rome`), e.g. `A1206` under `F1101`. */
export interface Rome4Fiche {
  code: string;
  label: string;
  /** One of the classic fiches; the 532 classic codes are their own parent. */
  parentCode: string;
}

/**
 * The ROME 4.0 mobilities, untyped, ranked by France Travail (`numero_ordre`, 1 first):
 * row i goes from `from[i]` to `to[i]` with rank `rank[i]`. In columns because the
 * reference data are copied to every worker thread, and three arrays copy about ten
 * times faster than 14,912 objects.
 */
export interface Rome4MobilityColumns {
  from: readonly string[];
  to: readonly string[];
  rank: readonly number[];
}

/** A ROME 4.0 mobility as the referentials answer it, beside the typed ones. */
export interface RankedMobility {
  from: string;
  to: string;
  rank: number;
  kind: 'rome4';
}

/** `proche`, `evolution`, or `rome4` for a ranked ROME 4.0 mobility. */
export type MobilityLinkKind = MobilityKind | RankedMobility['kind'];

/** The published releases the files were taken from (data/reference/versions.json). */
export interface ReferenceVersions {
  /** ROME 4.0 release of `rome4_fiches.csv`, `rome4_mobility.csv`, e.g. `460`. */
  rome4: string;
  /** ROME v3 release of the typed mobilities `rome_mobility.csv`, e.g. `333`. */
  romeMobility: string;
}

export interface Appellation {
  /** Official OGR code. */
  code: string;
  label: string;
  rome: string;
}

export interface Commune {
  /** INSEE code, as text (leading zeros, `2A`/`2B`). */
  insee: string;
  name: string;
  postalCode: string;
  department: string;
  lat: number;
  lon: number;
}

export interface ReferenceData {
  versions: ReferenceVersions;
  fiches: readonly RomeFiche[];
  mobilities: readonly RomeMobility[];
  rome4Fiches: readonly Rome4Fiche[];
  rome4Mobilities: Rome4MobilityColumns;
  appellations: readonly Appellation[];
  communes: readonly Commune[];
}
