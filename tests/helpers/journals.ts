// Small, valid journals to start each test from; a test changes only what it is about.
import { writeFileSync } from 'node:fs';

export function action(id: string, date: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    date,
    type: 'application_offer',
    rome: 'M1607',
    employer: 'Cabinet Durand',
    commune: '69123',
    channel: 'online',
    outcome: 'no_response',
    note: null,
    ...extra,
  };
}

/** `extra` may hold fields outside the contract: the rejection tests need them. */
export function seeker(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    seeker_id: id,
    first_name: 'Camille',
    last_name: 'Martin',
    birth_year: 1988,
    commune: '69123',
    registered_on: '2025-09-01',
    category: 'A',
    modality: 'guide',
    counsellor_id: 'CNS-01',
    digital_access: true,
    benefit_end: '2026-12-31',
    ore: {
      rome: ['M1607', 'M1602'],
      max_distance_km: 25,
      min_monthly_salary: 1800,
      contracts: ['CDI', 'CDD'],
    },
    months: [
      {
        period: '2026-09',
        submitted_at: '2026-09-30T18:00:00Z',
        entered_by: 'seeker',
        mood: 3,
        comment: 'Quelques candidatures envoyées.',
        actions: [
          action(`${id}-a1`, '2026-09-03'),
          action(`${id}-a2`, '2026-09-15', {
            type: 'cv_update',
            rome: null,
            employer: null,
            commune: null,
            channel: null,
            outcome: 'done',
          }),
        ],
      },
      {
        period: '2026-10',
        submitted_at: null,
        entered_by: 'seeker',
        mood: null,
        comment: null,
        actions: [action(`${id}-a3`, '2026-10-02', { outcome: 'interview' })],
      },
    ],
    ...extra,
  };
}

export function jsonl(records: readonly unknown[]): string {
  return records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';
}

export function writeJsonl(path: string, records: readonly unknown[]): string {
  writeFileSync(path, jsonl(records));
  return path;
}
