// What every cell renderer of the caseload grid can read besides its own row (ag-grid's
// `context`), so the facts shared by all rows are not copied into each one.
import type { DeclarationCalendar } from '../../../shared/analysis/declaration-calendar';

export interface CaseloadGridContext {
  /** The 12 periods of each row's `activity`, oldest first (YYYY-MM). */
  activityPeriods: readonly string[];
  /** Which month is in progress or pending on the reference date. */
  calendar: DeclarationCalendar;
}
