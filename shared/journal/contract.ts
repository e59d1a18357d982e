// The journal exchange format (the import contract of docs/journal-format.md),
// as TypeScript types and the fixed enums. Field names are the contract's own
// (snake_case) so that a record reads the same in a file, in the code and in tests.

/** F (parcours social) and G (awaiting orientation) exist since January 2025. */
export const CATEGORIES = ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as const;
export const MODALITIES = ['suivi', 'guide', 'renforce', 'global'] as const;
export const CONTRACT_TYPES = ['CDI', 'CDD', 'interim', 'alternance', 'independant'] as const;
export const ENTERED_BY = ['seeker', 'counsellor'] as const;
export const CHANNELS = ['online', 'in_person', 'phone', 'email', 'network'] as const;
export const ACTION_TYPES = [
  'application_offer',
  'application_spontaneous',
  'follow_up',
  'job_interview',
  'network_contact',
  'job_fair',
  'training',
  'workshop',
  'cv_update',
  'temp_agency',
  'immersion',
  'business_creation',
  'other',
] as const;
export const OUTCOMES = [
  'pending',
  'no_response',
  'rejected',
  'interview',
  'offer',
  'hired',
  'done',
] as const;

export type Category = (typeof CATEGORIES)[number];
export type Modality = (typeof MODALITIES)[number];
export type ContractType = (typeof CONTRACT_TYPES)[number];
export type EnteredBy = (typeof ENTERED_BY)[number];
export type Channel = (typeof CHANNELS)[number];
export type ActionType = (typeof ACTION_TYPES)[number];
export type Outcome = (typeof OUTCOMES)[number];

/** Action types that are applications to an employer (used by counts and signals). */
export const APPLICATION_TYPES: readonly ActionType[] = [
  'application_offer',
  'application_spontaneous',
];

export interface Ore {
  rome: string[];
  max_distance_km: number;
  min_monthly_salary: number | null;
  contracts: ContractType[];
}

export interface JournalAction {
  id: string;
  date: string;
  type: ActionType;
  rome: string | null;
  employer: string | null;
  commune: string | null;
  channel: Channel | null;
  outcome: Outcome;
  note: string | null;
}

export interface JournalMonth {
  period: string;
  submitted_at: string | null;
  entered_by: EnteredBy;
  mood: number | null;
  comment: string | null;
  actions: JournalAction[];
}

/** From `since` on, the person was in `category`: one step of their category history. */
export interface CategoryPeriod {
  since: string;
  category: Category;
}

/** One seeker's record, validated and with every optional field filled in. */
export interface SeekerJournal {
  seeker_id: string;
  first_name: string;
  last_name: string;
  birth_year: number | null;
  commune: string | null;
  registered_on: string;
  /** The category today: what the analysis reads. */
  category: Category;
  /** Earlier categories and the moves between them, oldest first, ending with `category`; [] when not told. */
  category_history: CategoryPeriod[];
  modality: Modality;
  counsellor_id: string;
  digital_access: boolean;
  benefit_end: string | null;
  ore: Ore;
  months: JournalMonth[];
}

/** A seeker without the months: what one row of `seekers.csv` carries. */
export type SeekerProfile = Omit<SeekerJournal, 'months'>;
