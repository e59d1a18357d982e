// The journal in a few numbers, for the report's summary: the same months as the charts
// (MonthlyIndicators, at most three years up to the reference date), so every figure
// can be found again in a chart or its table. Recent activity is over the last complete
// months, the very months declining_activity compares: a figure and the signal that
// quotes it never disagree because one counted the month in progress.
import { periodIndex, periodsEndingWith } from '../analysis/calendar';
import type { DeclarationCalendar } from '../analysis/declaration-calendar';
import type { MonthlyIndicators } from '../analysis/types';
import type { JournalMonth } from '../journal/contract';

/** The months the recent activity is measured on (the engine's short window). */
export const RECENT_MONTHS = 3;

export interface KeyFigures {
  /** First and last months covered (YYYY-MM); null when there is none. */
  firstPeriod: string | null;
  lastPeriod: string | null;
  monthsCovered: number;
  /** Months whose declaration window has closed (the pending and in-progress ones are not owed yet). */
  monthsDue: number;
  /** Of monthsDue, the months declared. */
  monthsDeclared: number;
  /** Declared months the counsellor entered for a person without digital access. */
  monthsEnteredByCounsellor: number;
  actions: number;
  applications: number;
  /** Applications answered (rejected, interview, offer or hired). */
  answers: number;
  /** answers / applications; null without applications. */
  responseRate: number | null;
  interviews: number;
  offers: number;
  /** Mean of the moods the person gave (1–5), one decimal; null when none was given. */
  averageMood: number | null;
  /** Actions per month over the last RECENT_MONTHS complete months, undeclared months as 0. */
  recentActionsPerMonth: number;
  /** The first and last of those complete months (YYYY-MM). */
  recentPeriods: { from: string; to: string };
  /** The latest action on or before the reference date (YYYY-MM-DD). */
  lastActionOn: string | null;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

function sum(rows: readonly MonthlyIndicators[], pick: (row: MonthlyIndicators) => number) {
  return rows.reduce((total, row) => total + pick(row), 0);
}

/** Dates compare as text (YYYY-MM-DD). */
function lastActionOn(months: readonly JournalMonth[], asOf: string): string | null {
  let latest: string | null = null;
  for (const month of months) {
    for (const action of month.actions) {
      if (action.date <= asOf && (latest === null || action.date > latest)) latest = action.date;
    }
  }
  return latest;
}

export function keyFigures(
  indicators: readonly MonthlyIndicators[],
  months: readonly JournalMonth[],
  calendar: DeclarationCalendar,
): KeyFigures {
  const declared = indicators.filter((row) => row.declared);
  const moods = declared.flatMap((row) => (row.mood === null ? [] : [row.mood]));
  const applications = sum(indicators, (row) => row.applications);
  const answers = sum(indicators, (row) => row.answers);
  const recentPeriods = periodsEndingWith(calendar.lastCompletePeriod, RECENT_MONTHS);
  const recent = indicators.filter((row) => recentPeriods.includes(row.period));
  const lastDue = periodIndex(calendar.lastDuePeriod);
  const due = indicators.filter((row) => periodIndex(row.period) <= lastDue);
  return {
    firstPeriod: indicators[0]?.period ?? null,
    lastPeriod: indicators.at(-1)?.period ?? null,
    monthsCovered: indicators.length,
    monthsDue: due.length,
    monthsDeclared: due.filter((row) => row.declared).length,
    monthsEnteredByCounsellor: declared.filter((row) => row.enteredBy === 'counsellor').length,
    actions: sum(indicators, (row) => row.actions),
    applications,
    answers,
    responseRate: applications === 0 ? null : answers / applications,
    interviews: sum(indicators, (row) => row.interviews),
    offers: sum(indicators, (row) => row.offers),
    averageMood:
      moods.length === 0 ? null : oneDecimal(moods.reduce((a, b) => a + b) / moods.length),
    recentActionsPerMonth: oneDecimal(sum(recent, (row) => row.actions) / RECENT_MONTHS),
    recentPeriods: { from: recentPeriods[0]!, to: recentPeriods[RECENT_MONTHS - 1]! },
    lastActionOn: lastActionOn(months, calendar.asOf),
  };
}
