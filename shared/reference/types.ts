// The open reference data Jalon reads (ROME job tree and mobilities, French communes),
// as plain typed records. Loading them from disk is the main process's job
// (electron/services/reference); building the indexed lookups is pure and lives here.

export interface RomeFiche {
  /** Letter + 4 digits, e.g. `M1607`. */
  code: string;
  label: string;
  /** Domaine professionnel: the first 3 characters, e.g. `M16`. */
  domainCode: string;
  domainLabel: string;
  /** Grand domaine: the letter, e.g. `M`. */
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
  fiches: readonly RomeFiche[];
  mobilities: readonly RomeMobility[];
  appellations: readonly Appellation[];
  communes: readonly Commune[];
}
