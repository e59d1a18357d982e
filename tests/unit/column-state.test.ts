// The caseload grid's stored layout comes back through a whitelist: sorting stays in the
// page, but what localStorage hands back (anything running in the page could have
// written it) reaches the grid only as known columns with allowed keys and values.
import { describe, expect, it } from 'vitest';
import { parseColumnState } from '../../renderer/screens/caseload/column-state-schema';

const KNOWN = new Set(['name', 'seekerId', 'attention', 'benefitEnd']);

describe('a stored column layout', () => {
  it('comes back as saved when every column is known and every value allowed', () => {
    const saved = [
      { colId: 'attention', width: 120, sort: 'desc', sortIndex: 0, hide: false, pinned: null },
      { colId: 'name', width: 210.5, sort: null, pinned: 'left', flex: null },
      { colId: 'seekerId', hide: true },
    ];
    expect(parseColumnState(saved, KNOWN)).toEqual(saved);
  });

  it('loses any key outside the whitelist (grouping, pivot, header names…)', () => {
    const saved = [
      { colId: 'name', width: 200, rowGroup: true, pivot: true, aggFunc: 'sum', headerName: 'x' },
    ];
    expect(parseColumnState(saved, KNOWN)).toEqual([{ colId: 'name', width: 200 }]);
  });

  it.each([
    ['an unknown column', [{ colId: 'password_hash', sort: 'asc' }]],
    ['a column id that is SQL', [{ colId: 'name; DROP TABLE seekers', sort: 'asc' }]],
    ['a prototype key as column', [{ colId: '__proto__' }]],
    ['a sort order other than asc or desc', [{ colId: 'name', sort: 'ASC; --' }]],
    ['a sort order of another type', [{ colId: 'name', sort: 1 }]],
    ['a width that is not a width', [{ colId: 'name', width: 1e9 }]],
    ['a negative width', [{ colId: 'name', width: -5 }]],
    ['a pinned side that does not exist', [{ colId: 'name', pinned: 'top' }]],
    ['the same column twice', [{ colId: 'name' }, { colId: 'name' }]],
    ['more entries than columns', [...KNOWN, 'name'].map((colId) => ({ colId }))],
    ['an entry that is not an object', ['name']],
    ['no list at all', { colId: 'name' }],
    ['null', null],
  ])('is ignored with %s', (_what, value) => {
    expect(parseColumnState(value, KNOWN)).toBeNull();
  });
});
