// The retention of people no longer carried by any import (docs/privacy.md): how long
// they are kept, and what a purge removed. Shared by the contract, the CLI and Réglages.

/** Months a person is kept after the last import that carried them, unless an admin sets otherwise. */
export const DEFAULT_RETENTION_MONTHS = 24;
/**
 * The bounds an administrator may choose within. Below 3 months a person missing from
 * one or two monthly imports (a late file, a portfolio imported on its own) would be
 * lost; beyond 10 years is no longer a retention period.
 */
export const MIN_RETENTION_MONTHS = 3;
export const MAX_RETENTION_MONTHS = 120;

export function isValidRetentionMonths(value: number): boolean {
  return Number.isInteger(value) && value >= MIN_RETENTION_MONTHS && value <= MAX_RETENTION_MONTHS;
}

/** What a purge removed (or, in a dry run, would remove): counts only, never who. */
export interface PurgeCounts {
  /** People last carried by an import before `cutoff`. */
  people: number;
  /** Rows removed from each table that holds rows about a person, by table name. */
  rows: Record<string, number>;
}

export interface PurgeSummary extends PurgeCounts {
  months: number;
  /** People last seen by an import before this day (YYYY-MM-DD) are purged. */
  cutoff: string;
  dryRun: boolean;
}

/** The retention as Réglages shows it to an administrator. */
export interface RetentionView {
  months: number;
  defaultMonths: number;
  /** The day people last seen before are purged at the next run. */
  cutoff: string;
  /** The day of the last purge run (the daily one or `jalon purge`); null before the first. */
  lastRunOn: string | null;
}

/**
 * The day `months` calendar months before `today` (YYYY-MM-DD), the last day of the
 * month when that month is shorter (31 March minus one month is 28 or 29 February).
 */
export function retentionCutoff(today: string, months: number): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const monthIndex = year * 12 + (month - 1) - months;
  const cutoffYear = Math.floor(monthIndex / 12);
  const cutoffMonth = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(cutoffYear, cutoffMonth, 0)).getUTCDate();
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(cutoffYear, 4)}-${pad(cutoffMonth)}-${pad(Math.min(day, lastDay))}`;
}
