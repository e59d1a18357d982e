// The property tests' cases are the same on every run (tests/helpers/property-seed.ts):
// two draws without a seed of their own give the same values, from the printed seed.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';

describe('property tests’ seed', () => {
  it('is fixed: every draw starts from the same seed', () => {
    const draw = () => fc.sample(fc.integer(), { numRuns: 20 });
    expect(draw()).toEqual(draw());
    expect(fc.readConfigureGlobal().seed).toBe(Number(process.env.JALON_PROPERTY_SEED || 20261207));
  });
});
