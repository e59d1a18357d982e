import { describe, expect, it } from 'vitest';
import type { SignalId } from '../../shared/analysis/types';
import type { CaseloadRow } from '../../shared/api/contract';
import { attentionBand } from '../../renderer/screens/caseload/attention';
import {
  caseloadCsv,
  caseloadCsvCells,
  caseloadCsvFileName,
} from '../../renderer/screens/caseload/caseload-csv';
import { formatDay, formatMonth } from '../../renderer/screens/caseload/format';
import {
  countRowsBySignal,
  hasEverySignal,
  toggleSignal,
} from '../../renderer/screens/caseload/signal-filter';
import {
  polylineAttribute,
  sparklinePoints,
  sparklineShape,
} from '../../renderer/screens/caseload/sparkline';

function row(overrides: Partial<CaseloadRow> = {}): CaseloadRow {
  return {
    seekerId: 'DE-000001',
    firstName: 'Sylvie',
    lastName: 'Paris',
    counsellorId: 'CNS-01',
    modality: 'guide',
    monthsFollowed: 14,
    lastDeclaration: '2026-11',
    actionsLast30Days: 6,
    activity: [5, 10, 5, 6, 9, 0, 5, 12, 0, 0, 8, 3],
    attention: 71,
    signals: ['discouragement', 'benefit_end_near'],
    topRecommendation: 'contact_soon',
    benefitEnd: '2027-01-07',
    ...overrides,
  };
}

describe('signal chips', () => {
  const selected = (...ids: SignalId[]) => new Set<SignalId>(ids);

  it('lets every row through when no chip is on', () => {
    expect(hasEverySignal(row({ signals: [] }), selected())).toBe(true);
  });

  it('keeps a row only when it has every selected signal', () => {
    const r = row({ signals: ['discouragement', 'inactivity'] });
    expect(hasEverySignal(r, selected('discouragement'))).toBe(true);
    expect(hasEverySignal(r, selected('discouragement', 'inactivity'))).toBe(true);
    expect(hasEverySignal(r, selected('discouragement', 'benefit_end_near'))).toBe(false);
  });

  it('counts rows per signal, zero for the absent ones', () => {
    const counts = countRowsBySignal([
      row({ signals: ['inactivity', 'discouragement'] }),
      row({ signals: ['inactivity'] }),
      row({ signals: [] }),
    ]);
    expect(counts.inactivity).toBe(2);
    expect(counts.discouragement).toBe(1);
    expect(counts.recent_success).toBe(0);
  });

  it('toggles into a new set, leaving the old one as it was', () => {
    const before = selected('inactivity');
    const after = toggleSignal(before, 'discouragement');
    expect([...after]).toEqual(['inactivity', 'discouragement']);
    expect([...toggleSignal(after, 'inactivity')]).toEqual(['discouragement']);
    expect([...before]).toEqual(['inactivity']);
  });
});

describe('activity sparkline', () => {
  const box = { width: 110, height: 26, padding: 3 };

  it('spreads the months over the width and puts the busiest month at the top', () => {
    const points = sparklinePoints([0, 5, 10], box);
    expect(points).toEqual([
      { x: 0, y: 23 },
      { x: 55, y: 13 },
      { x: 110, y: 3 },
    ]);
    expect(polylineAttribute(points)).toBe('0,23 55,13 110,3');
  });

  it('draws months without any action on the baseline instead of dividing by zero', () => {
    expect(sparklinePoints([0, 0, 0], box).map((p) => p.y)).toEqual([23, 23, 23]);
  });

  it('copes with a single month and with none', () => {
    expect(sparklinePoints([4], box)).toEqual([{ x: 0, y: 3 }]);
    expect(sparklinePoints([], box)).toEqual([]);
  });
  it('sets the month in progress apart: the solid line ends on the last whole month', () => {
    const periods = ['2026-10', '2026-11', '2026-12'];
    const shape = sparklineShape([9, 7, 1], periods, '2026-12', box);
    expect(shape.complete).toEqual([
      { x: 0, y: 3 },
      { x: 55, y: 7.4 },
    ]);
    expect(shape.inProgress).toEqual({ x: 110, y: 20.8 });
    // From the 28th the month is whole: one solid line.
    const whole = sparklineShape([9, 7, 1], periods, null, box);
    expect(whole).toEqual({ complete: sparklinePoints([9, 7, 1], box), inProgress: null });
    // A month in progress that is not the last drawn changes nothing.
    expect(sparklineShape([9, 7, 1], periods, '2027-01', box).inProgress).toBeNull();
  });
});

describe('attention bands', () => {
  it.each([
    [0, 'low'],
    [24, 'low'],
    [25, 'medium'],
    [49, 'medium'],
    [50, 'high'],
    [100, 'high'],
  ] as const)('%i is %s', (score, band) => {
    expect(attentionBand(score)).toBe(band);
  });
});

describe('French dates', () => {
  it('writes a declaration month short, as in « nov. 2026 »', () => {
    expect(formatMonth('2026-11')).toBe('nov. 2026');
    expect(formatMonth('2026-05')).toBe('mai 2026');
    expect(formatMonth(null)).toBe('');
  });

  it('writes a day as a French short date', () => {
    expect(formatDay('2027-01-07')).toBe('07/01/2027');
    expect(formatDay(null)).toBe('');
  });
});

describe('CSV export', () => {
  const modality = (code: string) => ({ guide: 'Guidé' })[code] ?? code;

  it('writes one line per row with labels instead of codes', () => {
    expect(caseloadCsvCells(row(), modality)).toEqual([
      'Paris',
      'Sylvie',
      'DE-000001',
      'CNS-01',
      'Guidé',
      14,
      '2026-11',
      6,
      '5 10 5 6 9 0 5 12 0 0 8 3',
      71,
      'Découragement, Fin de droits proche',
      'Prendre contact rapidement',
      '2027-01-07',
    ]);
  });

  it('leaves empty cells empty', () => {
    const cells = caseloadCsvCells(
      row({ lastDeclaration: null, topRecommendation: null, benefitEnd: null, signals: [] }),
      modality,
    );
    expect(cells[6]).toBeNull();
    expect(cells[10]).toBe('');
    expect(cells[11]).toBe('');
    expect(cells[12]).toBeNull();
  });

  it('keeps the given order, headers first, and defuses a name typed as a formula', () => {
    const csv = caseloadCsv(
      [row({ seekerId: 'B', lastName: '=HYPERLINK("x")' }), row({ seekerId: 'A' })],
      (column) => column,
      modality,
    );
    const lines = csv.replace('\uFEFF', '').trimEnd().split('\r\n');
    expect(lines[0]!.startsWith('lastName;firstName;seekerId;')).toBe(true);
    expect(lines[1]!.startsWith('"\'=HYPERLINK(""x"")";Sylvie;B;')).toBe(true);
    expect(lines[2]!.startsWith('Paris;Sylvie;A;')).toBe(true);
  });

  it('names the file after the date the figures describe', () => {
    expect(caseloadCsvFileName('2026-11-15')).toBe('portefeuille-2026-11-15.csv');
  });
});
