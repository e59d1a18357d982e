// The grid's column layout (order, widths, pinning, sort) survives a restart: kept in
// localStorage, per machine, like any display preference. A stored layout that does not
// parse is ignored rather than breaking the screen.
//
// Sorting and filtering happen in the grid, in the page: no column name or sort order
// ever reaches the main process or SQL (caseload.list takes a counsellor and a date).
// What comes back from localStorage (which anything running in the page could have
// written) is still whitelisted before the grid sees it (column-state-schema.ts).
import type { ColumnState, GridApi } from 'ag-grid-community';
import { parseColumnState } from './column-state-schema';

// Bump the version when the columns change in a way an old layout would garble.
// v2: the columns narrowed to fit 1366 px, the recommendation moved last.
const STORAGE_KEY = 'jalon.caseload.columns.v2';

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

function readSavedState(knownColumns: ReadonlySet<string>): ColumnState[] | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    return parseColumnState(parsed, knownColumns);
  } catch {
    return null;
  }
}
