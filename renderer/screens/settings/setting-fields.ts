// Which settings Réglages shows, grouped as a team lead thinks of them, and what kind
// of number each one is (its unit, its bounds as an input hint). The bounds that count
// are the shared schema's (shared/analysis/settings.ts), checked before sending.
import type { EditableSettings } from '../../../shared/analysis/settings';
import { SIGNAL_IDS } from '../../../shared/analysis/types';

export type FieldKind =
  'days' | 'months' | 'count' | 'dayOfMonth' | 'mood' | 'share' | 'positive' | 'weight';

export interface SettingField {
  /** Dotted path in the settings, e.g. `inactivity.days`. */
  path: string;
  kind: FieldKind;
}

export interface SettingGroup {
  /** Also the key of its title and explanation in the settings strings. */
  id: string;
  fields: SettingField[];
}

/** What the number input says about a kind: a hint, the schema decides. */
export const INPUT_HINTS: Record<FieldKind, { min?: number; max?: number; step: number }> = {
  days: { min: 1, step: 1 },
  months: { min: 1, step: 1 },
  count: { min: 1, step: 1 },
  dayOfMonth: { min: 1, max: 28, step: 1 },
  mood: { min: 1, max: 5, step: 1 },
  share: { min: 0, max: 1, step: 0.05 },
  positive: { min: 0, step: 0.1 },
  weight: { step: 0.1 },
};

const field = (path: string, kind: FieldKind): SettingField => ({ path, kind });

export const ATTENTION_WEIGHT_PREFIX = 'attention.weights.';

export const SETTING_GROUPS: readonly SettingGroup[] = [
  {
    id: 'inactivity',
    fields: [field('inactivity.days', 'days'), field('inactivity.fullSeverityDays', 'days')],
  },
  {
    id: 'decliningActivity',
    fields: [
      field('decliningActivity.recentMonths', 'months'),
      field('decliningActivity.baselineMonths', 'months'),
      field('decliningActivity.minBaselinePerMonth', 'positive'),
      field('decliningActivity.maxRatio', 'share'),
    ],
  },
  {
    id: 'discouragement',
    fields: [
      field('discouragement.minComponents', 'count'),
      field('discouragement.windowMonths', 'months'),
      field('discouragement.minUnansweredShare', 'share'),
      field('discouragement.minApplicationsForAnswers', 'count'),
      field('discouragement.lowMood', 'mood'),
      field('discouragement.moodDrop', 'positive'),
      field('discouragement.weights.activity', 'share'),
      field('discouragement.weights.answers', 'share'),
      field('discouragement.weights.mood', 'share'),
      field('discouragement.weights.words', 'share'),
      field('discouragement.saturation', 'positive'),
    ],
  },
  {
    id: 'scatteredSearch',
    fields: [
      field('scatteredSearch.windowMonths', 'months'),
      field('scatteredSearch.minApplications', 'count'),
      field('scatteredSearch.minFamilies', 'count'),
      field('scatteredSearch.minShareOutsideOre', 'share'),
    ],
  },
  {
    id: 'narrowSearch',
    fields: [
      field('narrowSearch.windowMonths', 'months'),
      field('narrowSearch.minMonthsWithApplications', 'months'),
      field('narrowSearch.minApplications', 'count'),
      field('narrowSearch.minTopCodeShare', 'share'),
    ],
  },
  {
    id: 'offTargetGeography',
    fields: [
      field('offTargetGeography.windowMonths', 'months'),
      field('offTargetGeography.minApplicationsWithDistance', 'count'),
      field('offTargetGeography.minShareBeyond', 'share'),
    ],
  },
  {
    id: 'lowResponseRate',
    fields: [
      field('lowResponseRate.windowMonths', 'months'),
      field('lowResponseRate.minApplications', 'count'),
      field('lowResponseRate.maxResponseRate', 'share'),
      field('lowResponseRate.answerDelayDays', 'days'),
    ],
  },
  {
    id: 'interviewsWithoutOffer',
    fields: [
      field('interviewsWithoutOffer.windowMonths', 'months'),
      field('interviewsWithoutOffer.minInterviews', 'count'),
    ],
  },
  {
    id: 'missingDeclarations',
    fields: [
      field('missingDeclarations.windowMonths', 'months'),
      field('missingDeclarations.minMissing', 'months'),
      field('missingDeclarations.fullSeverityMissing', 'months'),
    ],
  },
  {
    id: 'declarationWindow',
    fields: [
      field('declarationWindow.opensDay', 'dayOfMonth'),
      field('declarationWindow.closesDay', 'dayOfMonth'),
    ],
  },
  {
    id: 'dates',
    fields: [field('benefitEndNear.withinDays', 'days'), field('recentSuccess.withinDays', 'days')],
  },
  {
    id: 'attention',
    fields: [
      ...SIGNAL_IDS.map((id) => field(`${ATTENTION_WEIGHT_PREFIX}${id}`, 'weight')),
      field('attention.scale', 'positive'),
    ],
  },
  {
    id: 'recommendations',
    fields: [
      field('recommendations.dismissalDays', 'days'),
      field('recommendations.minScore', 'share'),
      field('recommendations.maxSuggestedRome', 'count'),
    ],
  },
];

export const SETTING_FIELDS: readonly SettingField[] = SETTING_GROUPS.flatMap((g) => g.fields);

const KIND_BY_PATH = new Map(SETTING_FIELDS.map((f) => [f.path, f.kind]));

export function kindOf(path: string): FieldKind | undefined {
  return KIND_BY_PATH.get(path);
}

type Tree = { [key: string]: Tree | number };

/** The group holding a dotted path's number, and its key there. */
function slotOf(settings: EditableSettings, path: string): { group: Tree; key: string } {
  const keys = path.split('.');
  let group = settings as unknown as Tree;
  for (const key of keys.slice(0, -1)) {
    const next = group[key];
    if (typeof next !== 'object') throw new Error(`no settings group at ${path}`);
    group = next;
  }
  return { group, key: keys[keys.length - 1]! };
}

/** The number at a dotted path of the settings. */
export function valueAt(settings: EditableSettings, path: string): number {
  const { group, key } = slotOf(settings, path);
  const value = group[key];
  if (typeof value !== 'number') throw new Error(`no number at settings path ${path}`);
  return value;
}

/** Sets the number at a dotted path, in settings the caller owns (a copy). */
export function assignValueAt(settings: EditableSettings, path: string, value: number): void {
  const { group, key } = slotOf(settings, path);
  group[key] = value;
}
