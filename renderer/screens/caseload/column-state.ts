// The grid's column layout (order, widths, pinning, sort) survives a restart: kept in
// localStorage, per machine, like any display preference. A stored layout that does not
// parse is ignored rather than breaking the screen.
//
// Sorting and filtering happen in the grid, in the page: no column name or sort order
// ever reaches the main process or SQL (caseload.list takes a counsellor and a date).
// What comes back from localStorage (which anything running in the page could have
// written) is still whitelisted before the grid sees it: known columns only, 'asc' or
// 'desc', sane widths, and none of the grid's other state keys (docs/security.md).
import type { ColumnState, GridApi } from 'ag-grid-community';
import { z } from 'zod';

// Bump the version when the columns change in a way an old layout would garble.
const STORAGE_KEY = 'jalon.caseload.columns.v1';

// Only what a person did is worth remembering; the grid's own sizing and our restore
// also raise column events.
const PERSON_SOURCES: ReadonlySet<string> = new Set([
  'uiColumnMoved',
  'uiColumnResized',
  'uiColumnDragged',
  'uiColumnSorted',
  'columnMenu',
  'contextMenu',
  'toolPanelUi',
]);

export function isPersonChange(source: string): boolean {
  return PERSON_SOURCES.has(source);
}

export function saveColumnState(api: GridApi): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(api.getColumnState()));
  } catch {
    // Storage full or disabled: the layout is simply not remembered.
  }
}

export function restoreColumnState(api: GridApi): void {
  // The grid's own columns are the whitelist: those its column definitions declare.
  const known = new Set(api.getColumnState().map((column) => column.colId));
  const saved = readSavedState(known);
  if (saved) api.applyColumnState({ state: saved, applyOrder: true });
}

export function resetColumnState(api: GridApi): void {
  api.resetColumnState();
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored to forget.
  }
}

/** Wider than any screen: a stored width beyond it is not one a person dragged. */
const MAX_COLUMN_WIDTH = 5000;

/**
 * The keys of a column's state a layout may carry, each with its allowed values; any
 * other key (grouping, pivoting, aggregation, header names…) is dropped.
 */
const savedColumn = z.object({
  colId: z.string().min(1).max(64),
  width: z.number().min(1).max(MAX_COLUMN_WIDTH).optional(),
  flex: z.number().min(0).max(100).nullable().optional(),
  hide: z.boolean().nullable().optional(),
  pinned: z.enum(['left', 'right']).nullable().optional(),
  sort: z.enum(['asc', 'desc']).nullable().optional(),
  sortIndex: z.number().int().min(0).max(100).nullable().optional(),
});

/**
 * A stored layout, whitelisted: null (the layout is ignored) unless it is a list of at
 * most one entry per known column, each with allowed keys and values only.
 */
export function parseColumnState(
  value: unknown,
  knownColumns: ReadonlySet<string>,
): ColumnState[] | null {
  const parsed = z.array(savedColumn).max(knownColumns.size).safeParse(value);
  if (!parsed.success) return null;
  const ids = parsed.data.map((column) => column.colId);
  if (!ids.every((id) => knownColumns.has(id)) || new Set(ids).size !== ids.length) return null;
  return parsed.data;
}

function readSavedState(knownColumns: ReadonlySet<string>): ColumnState[] | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    return parseColumnState(parsed, knownColumns);
  } catch {
    return null;
  }
}
