// Period and date arithmetic on the contract's strings, without the host's clock or
// time zone: months are counted as integers (year × 12 + month − 1).
import { daysInMonth, isPeriod } from '../journal/dates';

const pad2 = (n: number) => String(n).padStart(2, '0');

export function periodToIndex(period: string): number {
  if (!isPeriod(period)) throw new RangeError(`expected a period YYYY-MM, got ${period}`);
  return Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
}

export function yearOfIndex(monthIndex: number): number {
  return Math.floor(monthIndex / 12);
}

export function monthOfIndex(monthIndex: number): number {
  return (monthIndex % 12) + 1;
}

export function indexToPeriod(monthIndex: number): string {
  return `${yearOfIndex(monthIndex)}-${pad2(monthOfIndex(monthIndex))}`;
}

export function daysInIndex(monthIndex: number): number {
  return daysInMonth(yearOfIndex(monthIndex), monthOfIndex(monthIndex));
}

export function dateIn(monthIndex: number, day: number): string {
  return `${indexToPeriod(monthIndex)}-${pad2(day)}`;
}

/** 0 = Sunday … 6 = Saturday (Sakamoto's method). */
export function weekday(monthIndex: number, day: number): number {
  const offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4] as const;
  const month = monthOfIndex(monthIndex);
  const year = month < 3 ? yearOfIndex(monthIndex) - 1 : yearOfIndex(monthIndex);
  const offset = offsets[month - 1] ?? 0;
  return (
    (year + Math.floor(year / 4) - Math.floor(year / 100) + Math.floor(year / 400) + offset + day) %
    7
  );
}

export function isWeekend(monthIndex: number, day: number): boolean {
  const d = weekday(monthIndex, day);
  return d === 0 || d === 6;
}

/** A (month, day) moved by whole days, across month ends. */
export function addDays(
  monthIndex: number,
  day: number,
  days: number,
): { monthIndex: number; day: number } {
  let m = monthIndex;
  let d = day + days;
  while (d > daysInIndex(m)) {
    d -= daysInIndex(m);
    m += 1;
  }
  while (d < 1) {
    m -= 1;
    d += daysInIndex(m);
  }
  return { monthIndex: m, day: d };
}

export function timeOfDay(hour: number, minute: number, second: number): string {
  return `${pad2(hour)}:${pad2(minute)}:${pad2(second)}`;
}
