// The month a counsellor is entering, as the form holds it (strings, as inputs give
// them), and what it becomes once sent. Empty optional fields are sent as null.
import type { EnteredMonth } from '../../../shared/api/contract';
import type { ActionType, Outcome } from '../../../shared/journal/contract';
import { daysInMonth } from '../../../shared/journal/dates';

export interface ActionDraft {
  /** Stable React key: actions can be removed from the middle of the list. */
  key: number;
  date: string;
  type: ActionType;
  outcome: Outcome;
  employer: string;
  note: string;
}

export interface MonthDraft {
  period: string;
  /** '' when not given, otherwise '1'…'5'. */
  mood: string;
  comment: string;
  actions: ActionDraft[];
}

export const EMPTY_MONTH: MonthDraft = { period: '', mood: '', comment: '', actions: [] };

export function newAction(key: number): ActionDraft {
  return { key, date: '', type: 'application_offer', outcome: 'pending', employer: '', note: '' };
}

/** The first and last day of a period YYYY-MM, to bound the date inputs. */
export function periodBounds(period: string): { min: string; max: string } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (!match) return null;
  const last = daysInMonth(Number(match[1]), Number(match[2]));
  return { min: `${period}-01`, max: `${period}-${String(last).padStart(2, '0')}` };
}

/** What the form checks before sending: a period, and a date for every action. */
export interface DraftProblems {
  periodMissing: boolean;
  /** Keys of the actions without a date. */
  undatedActions: number[];
}

export function draftProblems(draft: MonthDraft): DraftProblems | null {
  const problems: DraftProblems = {
    periodMissing: draft.period === '',
    undatedActions: draft.actions.filter((a) => a.date === '').map((a) => a.key),
  };
  return problems.periodMissing || problems.undatedActions.length > 0 ? problems : null;
}

const textOrNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function toEnteredMonth(draft: MonthDraft): EnteredMonth {
  return {
    period: draft.period,
    mood: draft.mood === '' ? null : Number(draft.mood),
    comment: textOrNull(draft.comment),
    actions: draft.actions.map((action) => ({
      date: action.date,
      type: action.type,
      rome: null,
      employer: textOrNull(action.employer),
      commune: null,
      channel: null,
      outcome: action.outcome,
      note: textOrNull(action.note),
    })),
  };
}
