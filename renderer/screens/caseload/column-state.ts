// The grid's column layout (order, widths, pinning, sort) survives a restart: kept in
// localStorage, per machine, like any display preference. A stored layout that does not
// parse is ignored rather than breaking the screen.
import type { ColumnState, GridApi } from 'ag-grid-community';

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
  const saved = readSavedState();
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

function readSavedState(): ColumnState[] | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    return Array.isArray(parsed) && parsed.every(isColumnState) ? parsed : null;
  } catch {
    return null;
  }
}

function isColumnState(value: unknown): value is ColumnState {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { colId?: unknown }).colId === 'string'
  );
}
