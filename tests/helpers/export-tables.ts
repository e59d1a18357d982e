// One column of every kind an export can hold (shared/export/table.ts), for the export
// tests' tables: a kind added to ColumnKind without a header here does not compile, so
// each of those tests covers it.
import type { ColumnKind, TableColumn } from '../../shared/export/table';

const HEADER_OF_KIND: Record<ColumnKind, string> = {
  text: 'Texte',
  integer: 'Entier',
  number: 'Nombre',
  date: 'Date',
  month: 'Mois',
  percent: 'Part',
};

/** In the order of rows written for them: text, integer, number, date, month, percent. */
export const EVERY_KIND_COLUMNS: readonly TableColumn[] = (
  Object.keys(HEADER_OF_KIND) as ColumnKind[]
).map((kind) => ({ header: HEADER_OF_KIND[kind], kind }));
