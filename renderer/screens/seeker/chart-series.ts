// The analysis's monthly indicators reshaped into what each chart and its data table
// draw. Rows stay oldest first, as a chart reads left to right; months without a
// journal keep their row (marked undeclared) so a silence shows as a hole, not as a
// month skipped on the axis.
import type { MonthlyIndicators } from '../../../shared/analysis/types';
import { ACTION_TYPES } from '../../../shared/journal/contract';
import type { ActionType } from '../../../shared/journal/contract';
import { periodOfDate } from '../../../shared/journal/dates';

export interface MonthRow {
  period: string;
  declared: boolean;
}

export type ActionsRow = MonthRow & { total: number; byType: Partial<Record<ActionType, number>> };

export interface ActionsSeries {
  /** The action types present in at least one month, in the contract's order. */
  types: ActionType[];
  rows: ActionsRow[];
}

/**
 * The months the charts draw: from registration or the first declared month, whichever
 * is later. The analysis's window may reach back a year before either, and those empty
 * months read as a year of inactivity the person never had the chance to declare.
 */
export function chartedMonths(
  indicators: readonly MonthlyIndicators[],
  journal: { registered_on: string; months: readonly { period: string }[] },
): MonthlyIndicators[] {
  const registered = periodOfDate(journal.registered_on);
  const firstDeclared = journal.months.reduce<string | null>(
    (first, month) => (first === null || month.period < first ? month.period : first),
    null,
  );
  const start = firstDeclared !== null && firstDeclared > registered ? firstDeclared : registered;
  return indicators.filter((row) => row.period >= start);
}

export function actionsSeries(indicators: readonly MonthlyIndicators[]): ActionsSeries {
  const present = new Set(indicators.flatMap((row) => Object.keys(row.actionsByType)));
  const types = ACTION_TYPES.filter((type) => present.has(type));
  const rows = indicators.map((row) => ({
    period: row.period,
    declared: row.declared,
    total: row.actions,
    // Every present type gets a number: a stacked bar needs 0, not a missing key.
    byType: Object.fromEntries(types.map((type) => [type, row.actionsByType[type] ?? 0])),
  }));
  return { types, rows };
}

export const FUNNEL_STEPS = ['applications', 'answers', 'interviews', 'offers'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];
export type FunnelRow = MonthRow & Record<FunnelStep, number>;

export function funnelSeries(indicators: readonly MonthlyIndicators[]): FunnelRow[] {
  return indicators.map((row) => ({
    period: row.period,
    declared: row.declared,
    applications: row.applications,
    answers: row.answers,
    interviews: row.interviews,
    offers: row.offers,
  }));
}

export interface FamilyRow {
  /** Grand domaine: the ROME code's letter (`''` when the engine could not place it). */
  family: string;
  applications: number;
  /** One of the ORE's jobs belongs to this grand domaine. */
  oreFamily: boolean;
}

export interface TargetsSummary {
  families: FamilyRow[];
  /** Applications with a ROME code, the ones the share below is computed on. */
  targeted: number;
  /** Among them, within the ORE jobs or their mobilities. */
  withinOre: number;
}

/**
 * Applications by grand domaine over the whole period, most applied-to first, and how
 * many fell within the ORE and its mobilities. Each month's share is taken over that
 * month's applications with a ROME code (the sum of its families), so weighting it back
 * by that count gives the exact number, not an average of percentages.
 */
export function targetsSummary(
  indicators: readonly MonthlyIndicators[],
  oreFamilies: readonly string[],
): TargetsSummary {
  const byFamily = new Map<string, number>();
  let targeted = 0;
  let withinOre = 0;
  for (const row of indicators) {
    let monthTargeted = 0;
    for (const [family, count] of Object.entries(row.applicationsByFamily)) {
      byFamily.set(family, (byFamily.get(family) ?? 0) + count);
      monthTargeted += count;
    }
    targeted += monthTargeted;
    if (row.shareWithinOre !== null) withinOre += Math.round(row.shareWithinOre * monthTargeted);
  }
  const families = [...byFamily]
    .map(([family, applications]) => ({
      family,
      applications,
      oreFamily: oreFamilies.includes(family),
    }))
    .sort((a, b) => b.applications - a.applications || a.family.localeCompare(b.family));
  return { families, targeted, withinOre };
}

export type DistanceRow = MonthRow & {
  medianDistanceKm: number | null;
  shareBeyondRadius: number | null;
};

export function distanceSeries(indicators: readonly MonthlyIndicators[]): DistanceRow[] {
  return indicators.map((row) => ({
    period: row.period,
    declared: row.declared,
    medianDistanceKm: row.medianDistanceKm,
    shareBeyondRadius: row.shareBeyondRadius,
  }));
}

/** The distance axis reaches past both the radius and the farthest median, with some air. */
export function distanceAxisMax(rows: readonly DistanceRow[], radiusKm: number): number {
  const farthest = Math.max(radiusKm, ...rows.map((row) => row.medianDistanceKm ?? 0));
  return Math.ceil((farthest * 1.15) / 5) * 5;
}

export type MoodRow = MonthRow & { mood: number | null };

export function moodSeries(indicators: readonly MonthlyIndicators[]): MoodRow[] {
  return indicators.map((row) => ({ period: row.period, declared: row.declared, mood: row.mood }));
}
