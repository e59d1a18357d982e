// Every threshold and weight of the analysis, with its default and why. A team lead
// edits them in Réglages, each change a new version; the engine never uses a number
// that is not here.
import { z } from 'zod';
import { CATEGORIES } from '../journal/contract';
import { SIGNAL_IDS } from './types';

const share = z.number().min(0).max(1);
const positive = z.number().positive();
const count = z.number().int().min(0);

export const analysisSettingsSchema = z.strictObject({
  /** Version label stored with every result, so a result says which settings made it. */
  version: z.string().min(1),
  /**
   * The actualisation: month M is declared from opensDay of M to closesDay of M+1. M
   * counts as complete from opensDay on; until closesDay of M+1 an absent M is pending,
   * not missing (shared/analysis/declaration-calendar.ts). Days up to 28: every month has them.
   */
  declarationWindow: z.strictObject({
    opensDay: z.number().int().min(1).max(28),
    closesDay: z.number().int().min(1).max(28),
  }),
  /**
   * The categories whose people are expected to search for a job: only they get the
   * search-intensity signals (signals.ts). A version saved before this setting has A, B, C.
   */
  searchCategories: z
    .array(z.enum(CATEGORIES))
    .refine((list) => new Set(list).size === list.length, { error: 'each category once' })
    .default(['A', 'B', 'C']),
  inactivity: z.strictObject({
    /** No action for this many days up to the reference date fires the signal (brief: 45). */
    days: positive,
    /** Severity reaches 1 at this many days without action. */
    fullSeverityDays: positive,
  }),
  decliningActivity: z.strictObject({
    /** Recent window, in months, ending with the reference month. */
    recentMonths: count.min(1),
    /** Earlier window the recent one is compared with (the person's own level). */
    baselineMonths: count.min(1),
    /** The earlier level must be at least this many actions a month to compare with. */
    minBaselinePerMonth: positive,
    /** Fires when recent / earlier is at most this ratio ("clearly below"). */
    maxRatio: share,
  }),
  discouragement: z.strictObject({
    /** Components needed at once (activity trend, answers, mood, words). */
    minComponents: count.min(1),
    /** Months looked at for answers, mood and words. */
    windowMonths: count.min(1),
    /** Applications without answer or refused, among those old enough to be answered. */
    minUnansweredShare: share,
    minApplicationsForAnswers: count.min(1),
    /** Mood at or below this is low (1 = very low). */
    lowMood: z.number().int().min(1).max(5),
    /** A fall of this many points between earlier and recent mood counts too. */
    moodDrop: positive,
    weights: z.strictObject({ activity: share, answers: share, mood: share, words: share }),
    /** Severity = weighted sum of the components found / saturation, at most 1. */
    saturation: positive,
  }),
  scatteredSearch: z.strictObject({
    windowMonths: count.min(1),
    minApplications: count.min(1),
    /** Distinct grands domaines targeted. */
    minFamilies: count.min(1),
    /** Share of applications outside the ORE jobs and their mobilities. */
    minShareOutsideOre: share,
  }),
  narrowSearch: z.strictObject({
    windowMonths: count.min(1),
    /** Months of the window with applications ("for months"). */
    minMonthsWithApplications: count.min(1),
    minApplications: count.min(1),
    /** Share of applications on the single most targeted ROME code ("(nearly) all"). */
    minTopCodeShare: share,
  }),
  offTargetGeography: z.strictObject({
    windowMonths: count.min(1),
    minApplicationsWithDistance: count.min(1),
    /** Share of applications beyond the ORE max distance ("most"). */
    minShareBeyond: share,
  }),
  lowResponseRate: z.strictObject({
    windowMonths: count.min(1),
    /** "Many applications". */
    minApplications: count.min(1),
    /** "Almost no answer": answers / applications at most this. */
    maxResponseRate: share,
    /** An application younger than this cannot be counted as unanswered yet. */
    answerDelayDays: positive,
  }),
  interviewsWithoutOffer: z.strictObject({
    windowMonths: count.min(1),
    minInterviews: count.min(1),
  }),
  missingDeclarations: z.strictObject({
    /** Follow-up period looked at, in months up to the reference month. */
    windowMonths: count.min(1),
    minMissing: count.min(1),
    /** Severity reaches 1 at this many missing months. */
    fullSeverityMissing: count.min(1),
  }),
  benefitEndNear: z.strictObject({ withinDays: positive }),
  recentSuccess: z.strictObject({ withinDays: positive }),
  attention: z.strictObject({
    /** How much each signal adds to the attention (recent_success lowers it). */
    weights: z.record(z.string(), z.number()),
    /** Attention = 100 × (1 − e^(−sum / scale)). */
    scale: positive,
  }),
  recommendations: z.strictObject({
    /** A dismissed recommendation is not proposed again for this many days… */
    dismissalDays: positive,
    /** …unless its evidence changed. Below this score a recommendation is not shown. */
    minScore: share,
    maxSuggestedRome: count.min(1),
  }),
});

export type AnalysisSettings = z.infer<typeof analysisSettingsSchema>;

export const DEFAULT_SETTINGS: AnalysisSettings = {
  // default-2: the declaration window (28th to 15th) and the categories expected to search
  // joined the settings; results named default-1 were made without them.
  version: 'default-2',
  declarationWindow: { opensDay: 28, closesDay: 15 },
  searchCategories: ['A', 'B', 'C'],
  inactivity: { days: 45, fullSeverityDays: 120 },
  decliningActivity: { recentMonths: 3, baselineMonths: 6, minBaselinePerMonth: 3, maxRatio: 0.5 },
  discouragement: {
    minComponents: 2,
    windowMonths: 3,
    minUnansweredShare: 0.8,
    minApplicationsForAnswers: 5,
    lowMood: 2,
    moodDrop: 2,
    weights: { activity: 0.3, answers: 0.2, mood: 0.25, words: 0.25 },
    saturation: 0.6,
  },
  scatteredSearch: { windowMonths: 6, minApplications: 8, minFamilies: 4, minShareOutsideOre: 0.5 },
  narrowSearch: {
    windowMonths: 4,
    minMonthsWithApplications: 3,
    minApplications: 8,
    minTopCodeShare: 0.9,
  },
  offTargetGeography: { windowMonths: 6, minApplicationsWithDistance: 5, minShareBeyond: 0.5 },
  lowResponseRate: {
    windowMonths: 6,
    minApplications: 10,
    maxResponseRate: 0.1,
    answerDelayDays: 30,
  },
  interviewsWithoutOffer: { windowMonths: 6, minInterviews: 3 },
  missingDeclarations: {
    windowMonths: 12,
    minMissing: 1,
    fullSeverityMissing: 3,
  },
  benefitEndNear: { withinDays: 90 },
  recentSuccess: { withinDays: 60 },
  attention: {
    weights: {
      inactivity: 1.2,
      declining_activity: 0.6,
      discouragement: 1.4,
      scattered_search: 0.6,
      narrow_search: 0.6,
      off_target_geography: 0.4,
      low_response_rate: 0.6,
      interviews_without_offer: 0.5,
      missing_declarations: 0.8,
      benefit_end_near: 0.7,
      recent_success: -0.8,
    },
    scale: 2,
  },
  recommendations: { dismissalDays: 60, minScore: 0.15, maxSuggestedRome: 5 },
};

export function parseSettings(raw: unknown): AnalysisSettings {
  return analysisSettingsSchema.parse(raw);
}

/**
 * Settings saved by an earlier Jalon, in today's shape, before they are parsed. A version
 * is never edited once saved, so the fields renamed or added since are mended on reading:
 * `completeMonthFromDay` became `declarationWindow.opensDay`, the missing-declarations due
 * day became the window's `closesDay` (its old meaning, the reference month missing from
 * the 28th, is gone), and a field added since takes its default.
 */
export function storedSettingsToCurrent(stored: Record<string, unknown>): Record<string, unknown> {
  const { completeMonthFromDay, ...rest } = stored;
  const current: Record<string, unknown> = withDefaults(rest, DEFAULT_SETTINGS);
  if (typeof completeMonthFromDay === 'number' && stored.declarationWindow === undefined) {
    current.declarationWindow = {
      ...DEFAULT_SETTINGS.declarationWindow,
      opensDay: Math.min(28, completeMonthFromDay),
    };
  }
  const missing = current.missingDeclarations;
  if (isRecord(missing) && 'currentMonthDueDay' in missing) {
    const { currentMonthDueDay: _gone, ...kept } = missing;
    current.missingDeclarations = kept;
  }
  return current;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `stored` with every field of `defaults` it lacks, at any depth (records of weights included). */
function withDefaults(stored: Record<string, unknown>, defaults: object): Record<string, unknown> {
  const result: Record<string, unknown> = { ...stored };
  for (const [key, fallback] of Object.entries(defaults)) {
    const value = result[key];
    if (value === undefined) result[key] = fallback;
    else if (isRecord(value) && isRecord(fallback)) result[key] = withDefaults(value, fallback);
  }
  return result;
}

/** The settings a team lead edits: all but the version label, which the store gives. */
export type EditableSettings = Omit<AnalysisSettings, 'version'>;

export function editableSettings(settings: AnalysisSettings): EditableSettings {
  const { version: _label, ...editable } = settings;
  return editable;
}

/**
 * A rule between fields that the schema, field by field, cannot say. `than` is another
 * field's dotted path or a number.
 */
export type SettingsProblem =
  | { path: string; kind: 'below'; than: string | number }
  | { path: string; kind: 'above'; than: string | number }
  | { path: string; kind: 'unknown_signal' }
  | { path: string; kind: 'missing_signal' };

/** The components of discouragement (activity, answers, mood, words): one weight each. */
const DISCOURAGEMENT_COMPONENTS = Object.keys(DEFAULT_SETTINGS.discouragement.weights).length;

/**
 * What makes valid fields a setting that cannot work: a severity that would be full
 * before the signal fires, a minimum the window can never reach, a signal that could
 * never fire, an attention weight for a signal that does not exist. [] when they hold.
 */
export function settingsProblems(settings: EditableSettings): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const atLeast = (path: string, value: number, than: string | number, min: number) => {
    if (value < min) problems.push({ path, kind: 'below', than });
  };
  const atMost = (path: string, value: number, than: string | number, max: number) => {
    if (value > max) problems.push({ path, kind: 'above', than });
  };
  const { inactivity, missingDeclarations, narrowSearch, discouragement } = settings;
  atMost(
    'declarationWindow.closesDay',
    settings.declarationWindow.closesDay,
    settings.declarationWindow.opensDay - 1,
    settings.declarationWindow.opensDay - 1,
  );
  atLeast(
    'inactivity.fullSeverityDays',
    inactivity.fullSeverityDays,
    'inactivity.days',
    inactivity.days,
  );
  atLeast(
    'missingDeclarations.fullSeverityMissing',
    missingDeclarations.fullSeverityMissing,
    'missingDeclarations.minMissing',
    missingDeclarations.minMissing,
  );
  atMost(
    'missingDeclarations.minMissing',
    missingDeclarations.minMissing,
    'missingDeclarations.windowMonths',
    missingDeclarations.windowMonths,
  );
  atMost(
    'narrowSearch.minMonthsWithApplications',
    narrowSearch.minMonthsWithApplications,
    'narrowSearch.windowMonths',
    narrowSearch.windowMonths,
  );
  atMost(
    'discouragement.minComponents',
    discouragement.minComponents,
    DISCOURAGEMENT_COMPONENTS,
    DISCOURAGEMENT_COMPONENTS,
  );
  const known = new Set<string>(SIGNAL_IDS);
  const weights = settings.attention.weights;
  for (const id of Object.keys(weights)) {
    if (!known.has(id)) problems.push({ path: `attention.weights.${id}`, kind: 'unknown_signal' });
  }
  for (const id of SIGNAL_IDS) {
    if (!Object.hasOwn(weights, id)) {
      problems.push({ path: `attention.weights.${id}`, kind: 'missing_signal' });
    }
  }
  return problems;
}

/** A problem as the sentence an API error gives, naming the field. */
export function describeSettingsProblem(problem: SettingsProblem): string {
  switch (problem.kind) {
    case 'below':
      return `${problem.path} must be at least ${problem.than}`;
    case 'above':
      return `${problem.path} must be at most ${problem.than}`;
    case 'unknown_signal':
      return `${problem.path}: there is no such signal`;
    case 'missing_signal':
      return `${problem.path} is missing: every signal needs an attention weight`;
  }
}
