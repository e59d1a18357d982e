import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadReferentials } from '../../server/reference/load-reference';
import { analyzeSeeker } from '../../shared/analysis/engine';
import {
  INDICATOR_FIELDS,
  parseStoredResult,
  stringifyStoredResult,
} from '../../shared/analysis/stored-result';
import { toAnalysisJournal } from '../../shared/analysis/types';
import type { AnalysisResult, MonthlyIndicators } from '../../shared/analysis/types';
import { generateDemoCaseload } from '../../shared/demo';

let results: AnalysisResult[];

beforeAll(() => {
  const refs = loadReferentials();
  results = [
    ...generateDemoCaseload({ seekers: 120, months: 30, seed: 7, endPeriod: '2026-10' }, refs),
  ].map((s) => analyzeSeeker(toAnalysisJournal(s.journal), { refs, asOf: '2026-11-15' }));
});

/** What a reader saw before this format: the plain result through JSON. */
const plain = (r: AnalysisResult) => JSON.stringify(r);

describe('stored results', () => {
  it('read back exactly as the plain JSON of real engine results, key order included', () => {
    for (const result of results) {
      const read = parseStoredResult(stringifyStoredResult(result));
      expect(read).toStrictEqual(JSON.parse(plain(result)));
      expect(JSON.stringify(read)).toBe(plain(result));
    }
  });

  it('cover null fields, months without a journal and empty maps', () => {
    const months = results.flatMap((r) => r.indicators);
    expect(months.some((m) => !m.declared && m.mood === null && m.enteredBy === null)).toBe(true);
    expect(months.some((m) => m.responseRate === null && m.medianDistanceKm === null)).toBe(true);
    expect(months.some((m) => Object.keys(m.actionsByType).length === 0)).toBe(true);
    expect(months.some((m) => Object.keys(m.applicationsByFamily).length > 1)).toBe(true);
    expect(months.some((m) => m.shareWithinOre !== null && m.domainEntropy > 0)).toBe(true);
  });

  it('are much smaller than the plain JSON', () => {
    const stored = results.reduce((n, r) => n + stringifyStoredResult(r).length, 0);
    const before = results.reduce((n, r) => n + plain(r).length, 0);
    expect(stored).toBeLessThan(before / 2);
  });

  it('still read rows stored in the plain format before', () => {
    for (const result of results.slice(0, 20)) {
      expect(JSON.stringify(parseStoredResult(plain(result)))).toBe(plain(result));
    }
  });

  it('still read rows whose columns name their fields (format 2)', () => {
    for (const result of results.slice(0, 20)) {
      const stored = JSON.parse(stringifyStoredResult(result)) as {
        indicators: { format: number; fields?: string[]; columns: unknown[] };
      };
      expect(stored.indicators.format).toBe(3);
      const { columns } = stored.indicators;
      stored.indicators = { format: 2, fields: [...INDICATOR_FIELDS], columns };
      expect(JSON.stringify(parseStoredResult(JSON.stringify(stored)))).toBe(plain(result));
    }
  });

  it("store a reason as its signal's id, and read it back whole", () => {
    const withReasons = results.filter((r) => r.recommendations.length > 0);
    expect(withReasons.length).toBeGreaterThan(20);
    for (const result of withReasons) {
      const stored = JSON.parse(stringifyStoredResult(result)) as {
        recommendations: { reasons: unknown[] }[];
      };
      const reasons = stored.recommendations.flatMap((r) => r.reasons);
      expect(reasons.every((reason) => typeof reason === 'string')).toBe(true);
      expect(JSON.stringify(parseStoredResult(JSON.stringify(stored)))).toBe(plain(result));
    }
  });

  it('keep a reason whole when it does not say what its signal says', () => {
    const result = results.find((r) => r.recommendations.some((x) => x.reasons.length > 0))!;
    // Read back from JSON: deep-equal to its signal, but not the engine's own copy.
    const copy = JSON.parse(plain(result)) as AnalysisResult;
    const changed: AnalysisResult = {
      ...copy,
      recommendations: copy.recommendations.map((r, i) =>
        i === 0 ? { ...r, reasons: r.reasons.map((x) => ({ ...x, severity: 0.01 })) } : r,
      ),
    };
    for (const r of [copy, changed]) {
      const stored = stringifyStoredResult(r);
      expect(JSON.stringify(parseStoredResult(stored))).toBe(plain(r));
    }
    const stored = JSON.parse(stringifyStoredResult(changed)) as {
      recommendations: { reasons: unknown[] }[];
    };
    expect(stored.recommendations[0]!.reasons.every((x) => typeof x === 'object')).toBe(true);
  });

  it('refuse a stored reason naming a signal the result does not have', () => {
    const result = results.find((r) => r.recommendations.length > 0)!;
    const stored = JSON.parse(stringifyStoredResult(result)) as { signals: unknown[] };
    stored.signals = [];
    expect(() => parseStoredResult(JSON.stringify(stored))).toThrow(
      /signal the result does not have/,
    );
  });

  it('keep months that do not share one shape, and no months at all', () => {
    const base = results.find((r) => r.indicators.length > 1)!;
    const [first, ...rest] = base.indicators;
    const { mood: _mood, ...withoutMood } = first!;
    const odd = { ...base, indicators: [withoutMood as MonthlyIndicators, ...rest] };
    const none = { ...base, indicators: [] };
    for (const r of [odd, none]) {
      expect(JSON.stringify(parseStoredResult(stringifyStoredResult(r)))).toBe(plain(r));
    }
  });

  it('round-trip any months of the indicators shape (property)', () => {
    const count = fc.oneof(fc.nat(50), fc.double({ noNaN: true }));
    const map = fc.dictionary(fc.string({ maxLength: 12 }), count, { maxKeys: 6 });
    const month = fc.record({
      period: fc.string(),
      declared: fc.boolean(),
      enteredBy: fc.constantFrom('seeker' as const, 'counsellor' as const, null),
      mood: fc.option(fc.integer({ min: 1, max: 5 })),
      actions: fc.nat(),
      actionsByType: map,
      applications: fc.nat(),
      answers: fc.nat(),
      rejections: fc.nat(),
      interviews: fc.nat(),
      offers: fc.nat(),
      responseRate: fc.option(fc.double({ noNaN: true })),
      distinctRome: fc.nat(),
      distinctDomains: fc.nat(),
      distinctFamilies: fc.nat(),
      domainEntropy: fc.double({ noNaN: true }),
      shareWithinOre: fc.option(fc.double({ noNaN: true })),
      applicationsByFamily: map,
      medianDistanceKm: fc.option(fc.double({ noNaN: true })),
      shareBeyondRadius: fc.option(fc.double({ noNaN: true })),
    });
    fc.assert(
      fc.property(fc.array(month, { maxLength: 30 }), (indicators) => {
        const r = { ...results[0]!, indicators };
        expect(JSON.stringify(parseStoredResult(stringifyStoredResult(r)))).toBe(plain(r));
      }),
    );
  });
});
