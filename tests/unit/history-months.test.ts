// The months of the controller's history view: from registration to the last month due,
// the silent ones included, not only those between the first and last declarations.
import { describe, expect, it } from 'vitest';
import type { JournalMonth } from '../../shared/journal/contract';
import { historyMonths } from '../../renderer/screens/history/history-months';
import { declarationCalendar } from '../../shared/analysis/declaration-calendar';
import { DEFAULT_SETTINGS } from '../../shared/analysis/settings';

const on = (day: string) => declarationCalendar(day, DEFAULT_SETTINGS.declarationWindow);

function month(period: string): JournalMonth {
  return {
    period,
    submitted_at: `${period}-28T10:00:00Z`,
    entered_by: 'seeker',
    mood: 3,
    comment: null,
    actions: [],
  };
}

function journal(registeredOn: string, periods: string[]) {
  return { registered_on: registeredOn, months: periods.map(month) };
}

const shape = (entries: ReturnType<typeof historyMonths>) =>
  entries.map((entry) => `${entry.period} ${entry.kind} ${entry.standing}`);

describe('the months of a controller’s history view', () => {
  it('shows the months before the first and after the last declaration as without a journal', () => {
    const entries = historyMonths(journal('2026-06-10', ['2026-08', '2026-09']), on('2026-12-07'));
    expect(shape(entries)).toEqual([
      // On 7 December November is still being declared: pending, not silent.
      '2026-11 gap pending',
      '2026-10 gap due',
      '2026-09 declared due',
      '2026-08 declared due',
      '2026-07 gap due',
      '2026-06 gap due',
    ]);
    expect(shape(historyMonths(journal('2026-06-10', ['2026-08']), on('2026-12-16')))[0]).toBe(
      '2026-11 gap due',
    );
  });

  it('ends on a month declared after the last one due, and starts on one declared before registration', () => {
    const entries = historyMonths(journal('2026-11-03', ['2026-10', '2026-12']), on('2026-12-07'));
    expect(shape(entries)).toEqual([
      '2026-12 declared in_progress',
      '2026-11 gap pending',
      '2026-10 declared due',
    ]);
  });

  it('crosses a year, and gives a person who never declared every month since registration', () => {
    const entries = historyMonths(journal('2025-11-20', []), on('2026-02-01'));
    expect(shape(entries)).toEqual(['2026-01 gap pending', '2025-12 gap due', '2025-11 gap due']);
  });
});
