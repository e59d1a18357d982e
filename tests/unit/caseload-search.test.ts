import { describe, expect, it } from 'vitest';
import type { CaseloadRow } from '../../shared/api/contract';
import {
  buildSearchIndex,
  foldForSearch,
  matchesSearch,
} from '../../renderer/screens/caseload/search-index';

function row(extra: Partial<CaseloadRow>): CaseloadRow {
  return {
    seekerId: 'DE-000001',
    firstName: 'Éloïse',
    lastName: 'Lefèvre',
    counsellorId: 'CNS-01',
    modality: 'guide',
    monthsFollowed: 12,
    lastDeclaration: '2026-10',
    actionsLast30Days: 3,
    activity: [],
    attention: 40,
    signals: ['discouragement'],
    topRecommendation: 'contact_soon',
    benefitEnd: null,
    ...extra,
  };
}

describe('caseload quick search', () => {
  const rows = [
    row({}),
    row({ seekerId: 'DE-000002', firstName: 'Marc', lastName: 'Dupont', signals: [] }),
  ];
  const index = buildSearchIndex(rows, (m) => (m === 'guide' ? 'Guidé' : m));
  const find = (query: string) =>
    rows.filter((r) => matchesSearch(index, r, foldForSearch(query))).map((r) => r.seekerId);

  it('finds names with or without accents, in any case', () => {
    expect(find('eloise')).toEqual(['DE-000001']);
    expect(find('LEFÈVRE')).toEqual(['DE-000001']);
  });

  it('finds ids, modality, signal and recommendation labels', () => {
    expect(find('000002')).toEqual(['DE-000002']);
    expect(find('guide')).toEqual(['DE-000001', 'DE-000002']);
    expect(find('découragement')).toEqual(['DE-000001']);
    expect(find('prendre contact')).toEqual(['DE-000001', 'DE-000002']);
  });

  it('needs every word of the query, and never matches on figures', () => {
    expect(find('marc dupont')).toEqual(['DE-000002']);
    expect(find('marc lefevre')).toEqual([]);
    expect(find('40')).toEqual([]);
    expect(find('')).toEqual(['DE-000001', 'DE-000002']);
  });
});
