// The demo caseload and the engine must agree: each situation the generator writes is
// recognised by its signal, and ordinary active people are rarely flagged. This guards
// the realism of the demo and the engine's thresholds against drifting apart.
import { describe, expect, it } from 'vitest';
import { generateDemoCaseload } from '../../shared/demo';
import type { DemoProfile } from '../../shared/demo';
import { analyzeSeeker } from '../../shared/analysis/engine';
import { toAnalysisJournal } from '../../shared/analysis/types';
import type { SignalId } from '../../shared/analysis/types';
import { SEARCH_INTENSITY_SIGNALS } from '../../shared/analysis/signals';
import type { Category } from '../../shared/journal/contract';
import { loadReferentials } from '../../server/reference/load-reference';

const refs = loadReferentials();
const EXPECTED: [DemoProfile, SignalId][] = [
  ['discouraged', 'discouragement'],
  ['scattered', 'scattered_search'],
  ['narrow', 'narrow_search'],
  ['inactive', 'inactivity'],
  ['far_from_home', 'off_target_geography'],
  ['interviews_without_offer', 'interviews_without_offer'],
  ['recently_hired', 'recent_success'],
  ['missing_months', 'missing_declarations'],
];

describe('the demo caseload through the engine', () => {
  const byProfile = new Map<
    DemoProfile,
    { signals: Set<SignalId>; attention: number; category: Category }[]
  >();
  for (const { journal, profile } of generateDemoCaseload(
    { seekers: 900, months: 24, seed: 11, endPeriod: '2026-10' },
    refs,
  )) {
    const result = analyzeSeeker(toAnalysisJournal(journal), { refs, asOf: '2026-10-30' });
    const list = byProfile.get(profile) ?? [];
    list.push({
      signals: new Set(result.signals.map((s) => s.id)),
      attention: result.attention,
      category: journal.category,
    });
    byProfile.set(profile, list);
  }
  const rate = (profile: DemoProfile, signal: SignalId) => {
    const list = byProfile.get(profile) ?? [];
    return list.filter((r) => r.signals.has(signal)).length / list.length;
  };
  const medianAttention = (profile: DemoProfile) => {
    const xs = (byProfile.get(profile) ?? []).map((r) => r.attention).sort((a, b) => a - b);
    return xs[Math.floor(xs.length / 2)]!;
  };

  it.each(EXPECTED)('%s people get %s', (profile, signal) => {
    expect(byProfile.get(profile)?.length).toBeGreaterThan(10);
    expect(rate(profile, signal)).toBeGreaterThanOrEqual(0.75);
  });

  it('ordinary active people are rarely flagged for the situations above', () => {
    for (const [, signal] of EXPECTED.filter(
      ([, s]) => s !== 'interviews_without_offer' && s !== 'missing_declarations',
    )) {
      expect(rate('active', signal)).toBeLessThanOrEqual(0.1);
    }
  });

  it('people in D–G get no search-intensity signal, and the hired ones moved to E their success', () => {
    const everyone = [...byProfile.values()].flat();
    const notSearching = everyone.filter((r) => 'DEFG'.includes(r.category));
    expect(notSearching.length).toBeGreaterThan(everyone.length * 0.1);
    for (const r of notSearching) {
      expect([...r.signals].filter((id) => SEARCH_INTENSITY_SIGNALS.has(id))).toEqual([]);
    }
    const inactiveInD = (byProfile.get('inactive') ?? []).filter((r) => r.category === 'D');
    expect(inactiveInD.length).toBeGreaterThan(0);
    const hiredInE = (byProfile.get('recently_hired') ?? []).filter((r) => r.category === 'E');
    expect(hiredInE.length).toBeGreaterThan(5);
    for (const r of hiredInE) expect(r.signals).toContain('recent_success');
  });

  it('people in difficulty need more attention than active people', () => {
    for (const profile of ['discouraged', 'inactive'] as const) {
      expect(medianAttention(profile)).toBeGreaterThan(medianAttention('active') + 20);
    }
  });
});
