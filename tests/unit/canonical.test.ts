import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalOrder } from '../../shared/journal/canonical';
import { validateSeeker } from '../../shared/journal/validate';
import { seeker } from '../helpers/journals';
import { reasonText } from '../../shared/journal/reason-text';

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  );
}

describe('canonical form', () => {
  it('the fast path (sorted, fresh from the validator) serialises exactly like the canonical copy', () => {
    // The import hashes JSON.stringify(canonicalOrder(v)); the CSV path and export use canonicalJson.
    const validated = validateSeeker(reverseKeys(seeker('K1')));
    expect(validated.ok).toBe(true);
    if (!validated.ok) return;
    expect(canonicalOrder(validated.value)).toBe(validated.value);
    expect(JSON.stringify(canonicalOrder(validated.value))).toBe(canonicalJson(validated.value));
  });

  it('sorts months by period and actions by date then id', () => {
    const raw = seeker('K2');
    const months = raw.months as { period: string; actions: { id: string; date: string }[] }[];
    months.reverse();
    months[1]!.actions.reverse();
    const validated = validateSeeker(raw);
    if (!validated.ok) throw new Error(reasonText(validated.reason, 'en'));
    const canonical = canonicalOrder(validated.value);
    expect(canonical).not.toBe(validated.value);
    expect(canonical.months.map((m) => m.period)).toEqual(['2026-09', '2026-10']);
    expect(canonical.months[0]!.actions.map((a) => a.id)).toEqual(['K2-a1', 'K2-a2']);
  });
});
