// The due date an accepted recommendation is given unless the counsellor changes it.
import { describe, expect, it } from 'vitest';
import { proposedDueDate } from '../../renderer/screens/seeker/due-date';

describe('the proposed due date', () => {
  it('is four weeks after the situation date, across months, years and 29 February', () => {
    expect(proposedDueDate('2026-12-07')).toBe('2027-01-04');
    expect(proposedDueDate('2026-01-31')).toBe('2026-02-28');
    expect(proposedDueDate('2028-02-01')).toBe('2028-02-29');
    expect(proposedDueDate('2026-03-20')).toBe('2026-04-17');
  });
});
