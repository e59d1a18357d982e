// The signal chips: which rows pass the selected signals, and how many rows carry each
// signal (the count shown on its chip).
import { SIGNAL_IDS } from '../../../shared/analysis/types';
import type { SignalId } from '../../../shared/analysis/types';
import type { CaseloadRow } from '../../../shared/api/contract';

/** A row passes when it has every selected signal: chips narrow the list, never widen it. */
export function hasEverySignal(
  row: Pick<CaseloadRow, 'signals'>,
  selected: ReadonlySet<SignalId>,
): boolean {
  for (const signal of selected) {
    if (!row.signals.includes(signal)) return false;
  }
  return true;
}

export type SignalCounts = Readonly<Record<SignalId, number>>;

export function countRowsBySignal(rows: readonly Pick<CaseloadRow, 'signals'>[]): SignalCounts {
  const counts = Object.fromEntries(SIGNAL_IDS.map((id) => [id, 0])) as Record<SignalId, number>;
  for (const row of rows) {
    for (const signal of row.signals) counts[signal] += 1;
  }
  return counts;
}

/** A new set (React compares by reference) with the signal added or removed. */
export function toggleSignal(
  selected: ReadonlySet<SignalId>,
  signal: SignalId,
): ReadonlySet<SignalId> {
  const next = new Set(selected);
  if (next.has(signal)) next.delete(signal);
  else next.add(signal);
  return next;
}
