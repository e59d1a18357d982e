// The actualisation: a person declares month M from the `opensDay` of M (the 28th) to the
// `closesDay` of M+1 (the 15th). On a given reference date this says which months can be
// judged whole, which one is still being declared (pending, not missing), and from which
// month on an absent journal counts as missing. Every screen, figure and signal asks here,
// so a figure and the signal that quotes it always cover the same months.
import { periodFromIndex, periodIndex } from './calendar';

export interface DeclarationWindow {
  /** Day of month M on which its declaration opens: from then on, M counts as complete. */
  opensDay: number;
  /** Day of month M+1 up to which M may still be declared: until then it is pending. */
  closesDay: number;
}

export interface DeclarationCalendar {
  asOf: string;
  /** The last month whose activity can be judged whole (YYYY-MM). */
  lastCompletePeriod: string;
  /** The reference month while it is not complete: drawn and counted as incomplete. */
  periodInProgress: string | null;
  /** The month being declared on asOf, not missing yet, and the last day it may be. */
  pending: { period: string; until: string } | null;
  /** The last month an absent journal counts as missing for (YYYY-MM). */
  lastDuePeriod: string;
}

const dayOfMonth = (asOf: string) => Number(asOf.slice(8, 10));
const pad2 = (n: number) => String(n).padStart(2, '0');

export function declarationCalendar(asOf: string, window: DeclarationWindow): DeclarationCalendar {
  const day = dayOfMonth(asOf);
  const current = periodIndex(asOf.slice(0, 7));
  const currentIsComplete = day >= window.opensDay;
  const previousStillOpen = day <= window.closesDay;
  let pending: DeclarationCalendar['pending'] = null;
  if (currentIsComplete) {
    const next = periodFromIndex(current + 1);
    pending = { period: periodFromIndex(current), until: `${next}-${pad2(window.closesDay)}` };
  } else if (previousStillOpen) {
    pending = {
      period: periodFromIndex(current - 1),
      until: `${asOf.slice(0, 7)}-${pad2(window.closesDay)}`,
    };
  }
  return {
    asOf,
    lastCompletePeriod: periodFromIndex(currentIsComplete ? current : current - 1),
    periodInProgress: currentIsComplete ? null : periodFromIndex(current),
    pending,
    lastDuePeriod: periodFromIndex(previousStillOpen ? current - 2 : current - 1),
  };
}

/** Whether an absent journal for `period` counts as missing on the calendar's date. */
export function isDeclarationDue(period: string, calendar: DeclarationCalendar): boolean {
  return periodIndex(period) <= periodIndex(calendar.lastDuePeriod);
}

/**
 * Where a month stands on the calendar's date: still going on, being declared (an absent
 * journal is not missing yet), or due (an absent journal is missing).
 */
export type MonthStanding = 'in_progress' | 'pending' | 'due';

export function monthStanding(period: string, calendar: DeclarationCalendar): MonthStanding {
  if (period === calendar.periodInProgress) return 'in_progress';
  if (period === calendar.pending?.period) return 'pending';
  return 'due';
}
