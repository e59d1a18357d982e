// Day and month arithmetic on the contract's date strings, in UTC days, with no clock.
//
// dayNumber and periodIndex run for every action of every journal (about 1.4 million
// times per analysis of a department), so the usual YYYY-MM-DD and YYYY-MM shapes are
// read digit by digit, without slicing strings or building dates. Anything else goes
// through the plain formulas below, which define the results.

function slowDayNumber(date: string): number {
  return Math.floor(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) /
      86_400_000,
  );
}

function slowPeriodIndex(period: string): number {
  return Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
}

/** The number written by the ASCII digits s[from..to), or -1 if one is not a digit. */
function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export function dayNumber(date: string): number {
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const year = digitsAt(date, 0, 4);
    const month = digitsAt(date, 5, 7);
    const day = digitsAt(date, 8, 10);
    // Date.UTC reads years 0–99 as 1900–1999 and carries months over: left to it.
    if (year >= 100 && month >= 1 && month <= 12 && day >= 0) {
      return daysFromCivil(year, month, day);
    }
  }
  return slowDayNumber(date);
}

export function periodIndex(period: string): number {
  if (period.length === 7 && period.charCodeAt(4) === 45) {
    const year = digitsAt(period, 0, 4);
    const month = digitsAt(period, 5, 7);
    if (year >= 0 && month >= 0) return year * 12 + month - 1;
  }
  return slowPeriodIndex(period);
}

export function periodFromIndex(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The `count` periods ending with `last`, oldest first. */
export function periodsEndingWith(last: string, count: number): string[] {
  const end = periodIndex(last);
  const periods: string[] = [];
  for (let i = end - count + 1; i <= end; i++) periods.push(periodFromIndex(i));
  return periods;
}
