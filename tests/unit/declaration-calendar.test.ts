import { describe, expect, it } from 'vitest';
import { declarationCalendar, isDeclarationDue } from '../../shared/analysis/declaration-calendar';
import {
  DEFAULT_SETTINGS,
  parseSettings,
  settingsProblems,
  editableSettings,
  storedSettingsToCurrent,
} from '../../shared/analysis/settings';

// Month M is declared from the 28th of M to the 15th of M+1 (the actualisation).
const WINDOW = DEFAULT_SETTINGS.declarationWindow;

describe('the declaration calendar', () => {
  it.each([
    // asOf, last complete month, month in progress, pending month (until), last due month
    ['2026-12-01', '2026-11', '2026-12', ['2026-11', '2026-12-15'], '2026-10'],
    ['2026-12-07', '2026-11', '2026-12', ['2026-11', '2026-12-15'], '2026-10'],
    ['2026-12-15', '2026-11', '2026-12', ['2026-11', '2026-12-15'], '2026-10'],
    ['2026-12-16', '2026-11', '2026-12', null, '2026-11'],
    ['2026-12-27', '2026-11', '2026-12', null, '2026-11'],
    ['2026-12-28', '2026-12', null, ['2026-12', '2027-01-15'], '2026-11'],
    ['2026-12-31', '2026-12', null, ['2026-12', '2027-01-15'], '2026-11'],
    ['2027-01-01', '2026-12', '2027-01', ['2026-12', '2027-01-15'], '2026-11'],
    ['2028-02-29', '2028-02', null, ['2028-02', '2028-03-15'], '2028-01'],
    ['2028-03-01', '2028-02', '2028-03', ['2028-02', '2028-03-15'], '2028-01'],
  ] as const)('on %s', (asOf, complete, inProgress, pending, due) => {
    expect(declarationCalendar(asOf, WINDOW)).toEqual({
      asOf,
      lastCompletePeriod: complete,
      periodInProgress: inProgress,
      pending: pending === null ? null : { period: pending[0], until: pending[1] },
      lastDuePeriod: due,
    });
  });

  it('counts a month as missing only once its window has closed', () => {
    const on7th = declarationCalendar('2026-12-07', WINDOW);
    expect(isDeclarationDue('2026-10', on7th)).toBe(true);
    expect(isDeclarationDue('2026-11', on7th)).toBe(false);
    expect(isDeclarationDue('2026-11', declarationCalendar('2026-12-16', WINDOW))).toBe(true);
  });

  it('follows other opening and closing days', () => {
    const calendar = declarationCalendar('2026-12-26', { opensDay: 25, closesDay: 5 });
    expect(calendar.lastCompletePeriod).toBe('2026-12');
    expect(calendar.pending).toEqual({ period: '2026-12', until: '2027-01-05' });
  });
});

describe('the declaration window in the settings', () => {
  it('must close before it opens again', () => {
    const settings = editableSettings({
      ...DEFAULT_SETTINGS,
      declarationWindow: { opensDay: 15, closesDay: 15 },
    });
    expect(settingsProblems(settings)).toContainEqual({
      path: 'declarationWindow.closesDay',
      kind: 'above',
      than: 14,
    });
  });

  it('reads a version saved before the window existed, keeping its opening day', () => {
    const { declarationWindow: _window, version: _version, ...rest } = DEFAULT_SETTINGS;
    const saved = {
      ...rest,
      completeMonthFromDay: 25,
      missingDeclarations: { ...rest.missingDeclarations, currentMonthDueDay: 28 },
    };
    const read = parseSettings({ ...storedSettingsToCurrent(saved), version: 'v2' });
    expect(read.declarationWindow).toEqual({ opensDay: 25, closesDay: 15 });
    expect(read.missingDeclarations).toEqual(DEFAULT_SETTINGS.missingDeclarations);
  });

  it('gives a field added since a version was saved its default, at any depth', () => {
    const { version: _version, ...saved } = DEFAULT_SETTINGS;
    const { weights: _weights, ...attention } = saved.attention;
    const older = { ...saved, attention, recentSuccess: {} };
    const read = parseSettings({ ...storedSettingsToCurrent(older), version: 'v3' });
    expect(read.attention.weights).toEqual(DEFAULT_SETTINGS.attention.weights);
    expect(read.recentSuccess).toEqual(DEFAULT_SETTINGS.recentSuccess);
  });
});
