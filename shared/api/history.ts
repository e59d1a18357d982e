// The controller's view of one seeker: the journal as declared and nothing computed
// from it (no score, signal or recommendation: the journal is not a control tool).
import type { DeclarationCalendar } from '../analysis/declaration-calendar';
import type { SeekerJournal } from '../journal/contract';

export interface SeekerHistory {
  journal: SeekerJournal;
  romeLabels: Record<string, string>;
  communeNames: Record<string, string>;
  /** Today's declaration calendar: the month being declared is pending, not silent. */
  calendar: DeclarationCalendar;
}
