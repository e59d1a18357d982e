// The share of months declared: of the months a person owed a declaration for
// (registered by then, its declaration window closed), how many they declared.
import { periodIndex } from '../analysis/calendar';

export interface DeclarationRecord {
  registeredOn: string;
  /** Whether the period of this index (calendar.ts periodIndex) has a declaration. */
  declared(period: number): boolean;
}

export interface DeclaredCount {
  declared: number;
  due: number;
}

/**
 * Months from `from` (or registration, if later) to `to`, the last one due: a month
 * still being declared is pending (shared/analysis/declaration-calendar.ts), not owed.
 */
export function countDeclaredMonths(
  record: DeclarationRecord,
  from: string,
  to: string,
): DeclaredCount {
  const first = Math.max(periodIndex(from), periodIndex(record.registeredOn.slice(0, 7)));
  const last = periodIndex(to);
  let declared = 0;
  for (let p = first; p <= last; p++) if (record.declared(p)) declared += 1;
  return { declared, due: Math.max(0, last - first + 1) };
}

export function declaredShare({ declared, due }: DeclaredCount): number | null {
  return due === 0 ? null : declared / due;
}
