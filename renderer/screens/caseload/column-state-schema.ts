// The whitelist a stored grid layout goes through before the grid sees it (kept apart
// from column-state.ts, which touches localStorage, so a unit test runs it in Node):
// known columns only, 'asc' or 'desc', sane widths, and none of the grid's other state
// keys. Sorting never reaches SQL; this guards the grid against a tampered layout.
import type { ColumnState } from 'ag-grid-community';
import { z } from 'zod';

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
