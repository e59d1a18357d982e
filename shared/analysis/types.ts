// The analysis engine's vocabulary. The engine is pure (no I/O, no clock): everything
// it needs comes in, everything it finds goes out, so it runs the same in the main
// process, a worker, the CLI and tests.
import type {
  Category,
  ContractType,
  JournalMonth,
  Modality,
  SeekerJournal,
} from '../journal/contract';
import type { MobilityLinkKind } from '../reference/types';

/**
 * What the engine sees of a seeker. By construction it has no name, birth year,
 * identifier or any personal characteristic: no score can depend on them.
 */
export interface AnalysisJournal {
  registered_on: string;
  category: Category;
  modality: Modality;
  digital_access: boolean;
  benefit_end: string | null;
  /** INSEE code of home, for distances only. */
  home_commune: string | null;
  ore: {
    rome: string[];
    max_distance_km: number;
    min_monthly_salary: number | null;
    contracts: ContractType[];
  };
  months: JournalMonth[];
}

/** A journal without its months: what the engine reads besides them. */
export type AnalysisProfile = Omit<AnalysisJournal, 'months'>;

export function toAnalysisJournal(j: SeekerJournal): AnalysisJournal {
  return {
    registered_on: j.registered_on,
    category: j.category,
    modality: j.modality,
    digital_access: j.digital_access,
    benefit_end: j.benefit_end,
    home_commune: j.commune,
    ore: j.ore,
    months: j.months,
  };
}

export const SIGNAL_IDS = [
  'inactivity',
  'declining_activity',
  'discouragement',
  'scattered_search',
  'narrow_search',
  'off_target_geography',
  'low_response_rate',
  'interviews_without_offer',
  'missing_declarations',
  'benefit_end_near',
  'recent_success',
] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

export const RECOMMENDATION_IDS = [
  'contact_soon',
  'cv_workshop',
  'interview_workshop',
  'broaden_search',
  'focus_search',
  'targeting_workshop',
  'digital_support',
  'intensive_support',
  'training',
  'immersion',
  'mobility_aid',
  'review_ore',
  'post_hire_followup',
  'diagnostic_interview',
] as const;
export type RecommendationId = (typeof RECOMMENDATION_IDS)[number];

/**
 * One fact behind a signal: a message key with its parameters (rendered in French or
 * English by shared/analysis/messages.ts), and the months and actions it rests on, so
 * the UI can highlight them.
 */
export interface Evidence {
  key: string;
  params: Record<string, string | number>;
  periods: string[];
  actionIds: string[];
}

export interface Signal {
  id: SignalId;
  /** 0–1, rounded to 2 decimals. */
  severity: number;
  evidence: Evidence[];
}

export interface SuggestedRome {
  code: string;
  label: string;
  /**
   * `rome4`: a ranked ROME 4.0 mobility of a ROME 4.0 target; `proche` (close job) or
   * `evolution` (with progression): a typed mobility of a classic target or of a ROME 4.0
   * target's parent.
   */
  kind: MobilityLinkKind;
  /** How many of the person's targets lead to it. */
  from: string[];
}

export interface RecommendationReason {
  signal: SignalId;
  severity: number;
  evidence: Evidence[];
}

export interface Recommendation {
  id: RecommendationId;
  rank: number;
  /** 0–1, rounded to 2 decimals. */
  score: number;
  reasons: RecommendationReason[];
  /**
   * broaden_search: jobs reached by the ROME mobilities of the person's targets, ROME 4.0
   * ones (by rank) first, then `proche`, then `evolution`.
   */
  suggestedRome?: SuggestedRome[];
  /** focus_search: the 1–3 targets most consistent with the ORE and the answers. */
  focusTargets?: { code: string; label: string }[];
}

/** One row per declared or expected period: what the seeker page's charts draw. */
export interface MonthlyIndicators {
  period: string;
  declared: boolean;
  enteredBy: 'seeker' | 'counsellor' | null;
  mood: number | null;
  actions: number;
  /** Only the types present in the month: an absent type is 0. */
  actionsByType: Record<string, number>;
  applications: number;
  /** Applications answered: rejected, interview, offer or hired. */
  answers: number;
  rejections: number;
  /** Job interviews: job_interview actions plus applications whose outcome is an interview. */
  interviews: number;
  offers: number;
  /** answers / applications, null without applications. */
  responseRate: number | null;
  distinctRome: number;
  distinctDomains: number;
  distinctFamilies: number;
  /** Shannon entropy (bits) of applications over domaines professionnels. */
  domainEntropy: number;
  /** Share of applications (with a ROME code) within the ORE jobs or their mobilities. */
  shareWithinOre: number | null;
  applicationsByFamily: Record<string, number>;
  /** Median distance home → employer (km) over applications with both communes known. */
  medianDistanceKm: number | null;
  shareBeyondRadius: number | null;
}

export interface AnalysisResult {
  asOf: string;
  /** 0–100: how urgently the counsellor should look at this person now. */
  attention: number;
  indicators: MonthlyIndicators[];
  signals: Signal[];
  recommendations: Recommendation[];
  engineVersion: string;
  settingsVersion: string;
}

/** A recommendation the counsellor dismissed: not proposed again for a while unless its evidence changed. */
export interface Dismissal {
  id: RecommendationId;
  dismissedOn: string;
  /** evidenceFingerprint() of the recommendation when it was dismissed. */
  evidenceFingerprint: string;
}
