// Turns a raw record (parsed JSON or a CSV row mapped to fields) into a complete,
// checked SeekerJournal, or into reasons a counsellor can act on: which field,
// what was expected, what was found.
import type { z } from 'zod';
import type { JournalAction, JournalMonth, SeekerJournal, SeekerProfile } from './contract';
import { actionSchema, monthFieldsSchema, seekerProfileSchema, seekerSchema } from './schema';
import { periodOfDate } from './dates';

export interface ValidationIssue {
  /** Where, in the record: `months[2].actions[0].type`. Empty for the record itself. */
  path: string;
  message: string;
}

export type Validated<T> =
  { ok: true; value: T } | { ok: false; issues: ValidationIssue[]; reason: string };

const MAX_ISSUES_IN_REASON = 3;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function describeIssue(issue: z.core.$ZodIssue & { input?: unknown }): ValidationIssue {
  const path = formatPath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { path, message: 'is required' };
      return {
        path,
        message: `expected ${issue.expected === 'int' ? 'a whole number' : issue.expected}, got ${describeValue(issue.input)}`,
      };
    case 'invalid_value':
      if (issue.input === undefined) return { path, message: 'is required' };
      return {
        path,
        message: `expected one of ${issue.values.map(String).join(', ')}; got ${describeValue(issue.input)}`,
      };
    case 'unrecognized_keys':
      return {
        path,
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys
          .map((k) => JSON.stringify(k))
          .join(', ')} (field names are fixed by the journal format)`,
      };
    default:
      return {
        path,
        message:
          issue.input === undefined
            ? issue.message
            : `${issue.message}; got ${describeValue(issue.input)}`,
      };
  }
}

export function reasonOf(issues: readonly ValidationIssue[]): string {
  const shown = issues
    .slice(0, MAX_ISSUES_IN_REASON)
    .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  const more = issues.length - MAX_ISSUES_IN_REASON;
  return shown.join('; ') + (more > 0 ? ` (+${more} more)` : '');
}

function invalid<T>(issues: ValidationIssue[]): Validated<T> {
  return { ok: false, issues, reason: reasonOf(issues) };
}

function fromSafeParse<T>(result: z.ZodSafeParseResult<T>): Validated<T> {
  if (result.success) return { ok: true, value: result.data };
  return invalid(result.error.issues.map(describeIssue));
}

/**
 * Valid records (the vast majority) take zod's fast path; only a failing one is parsed
 * again with its inputs reported, which is about three times slower, to say what was found.
 */
function parseReporting<T>(schema: z.ZodType<T>, raw: unknown): Validated<T> {
  const fast = schema.safeParse(raw);
  if (fast.success) return { ok: true, value: fast.data };
  return fromSafeParse(schema.safeParse(raw, { reportInput: true }));
}

/**
 * Why a date cannot be in a journal imported on `importDay` (YYYY-MM-DD), or null: a
 * journal records what happened, so nothing in it is dated after the day it arrives.
 */
export function afterImportDay(date: string, importDay: string): string | null {
  return date > importDay ? `${date} is after the day of the import (${importDay})` : null;
}

/** Why a month cannot be in a journal imported on `importDay`, or null: it has not begun. */
export function periodAfterImportDay(period: string, importDay: string): string | null {
  return period > importDay.slice(0, 7)
    ? `${period} has not begun on the day of the import (${importDay})`
    : null;
}

/**
 * Cross-field rules the schema cannot see: unique periods, unique action ids, dates in
 * their month and, given the day of the import, no month or action after it.
 */
export function journalConsistencyIssues(
  months: readonly JournalMonth[],
  importDay?: string,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const periods = new Map<string, number>();
  const actionIds = new Map<string, string>();
  months.forEach((month, m) => {
    const previous = periods.get(month.period);
    if (previous !== undefined) {
      issues.push({
        path: `months[${m}].period`,
        message: `period ${month.period} appears twice (also months[${previous}])`,
      });
    } else {
      periods.set(month.period, m);
    }
    const notBegun = importDay === undefined ? null : periodAfterImportDay(month.period, importDay);
    if (notBegun !== null) issues.push({ path: `months[${m}].period`, message: notBegun });
    month.actions.forEach((action, a) => {
      const here = `months[${m}].actions[${a}]`;
      if (periodOfDate(action.date) !== month.period) {
        issues.push({
          path: `${here}.date`,
          message: `${action.date} is outside its period ${month.period}`,
        });
      }
      const notYet = importDay === undefined ? null : afterImportDay(action.date, importDay);
      if (notYet !== null) issues.push({ path: `${here}.date`, message: notYet });
      const seen = actionIds.get(action.id);
      if (seen !== undefined) {
        issues.push({
          path: `${here}.id`,
          message: `action id ${JSON.stringify(action.id)} is used twice (also ${seen})`,
        });
      } else {
        actionIds.set(action.id, here);
      }
    });
  });
  return issues;
}

/**
 * Rules of the category history the schema cannot see: oldest first, a real move at
 * each step, not before registration nor after the day of the import, and ending with
 * the category of today.
 */
export function categoryHistoryIssues(
  profile: SeekerProfile,
  importDay?: string,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const history = profile.category_history;
  history.forEach((step, i) => {
    const here = `category_history[${i}]`;
    if (step.since < profile.registered_on) {
      issues.push({
        path: `${here}.since`,
        message: `${step.since} is before the registration (${profile.registered_on})`,
      });
    }
    const notYet = importDay === undefined ? null : afterImportDay(step.since, importDay);
    if (notYet !== null) issues.push({ path: `${here}.since`, message: notYet });
    const previous = history[i - 1];
    if (previous && step.since <= previous.since) {
      issues.push({
        path: `${here}.since`,
        message: `${step.since} is not after the step before it (${previous.since}): oldest first`,
      });
    }
    if (previous && step.category === previous.category) {
      issues.push({
        path: `${here}.category`,
        message: `${step.category} repeats the step before it: each step is a move`,
      });
    }
  });
  const last = history[history.length - 1];
  if (last && last.category !== profile.category) {
    issues.push({
      path: `category_history[${history.length - 1}].category`,
      message: `the history ends in ${last.category} but the category is ${profile.category}`,
    });
  }
  return issues;
}

/**
 * Validates one whole seeker record (one JSON Lines line); with `importDay`, nothing in
 * it may be dated after that day.
 */
export function validateSeeker(raw: unknown, importDay?: string): Validated<SeekerJournal> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return invalid([
      {
        path: '',
        message: `expected a JSON object (one seeker per line), got ${describeValue(raw)}`,
      },
    ]);
  }
  const parsed = parseReporting(seekerSchema, raw);
  if (!parsed.ok) return parsed;
  const issues = [
    ...categoryHistoryIssues(parsed.value, importDay),
    ...journalConsistencyIssues(parsed.value.months, importDay),
  ];
  return issues.length > 0 ? invalid(issues) : parsed;
}

/** Validates a seeker without months (one `seekers.csv` row). */
export function validateSeekerProfile(raw: unknown, importDay?: string): Validated<SeekerProfile> {
  const parsed = parseReporting(seekerProfileSchema, raw);
  if (!parsed.ok) return parsed;
  const issues = categoryHistoryIssues(parsed.value, importDay);
  return issues.length > 0 ? invalid(issues) : parsed;
}

export type MonthFields = Omit<JournalMonth, 'actions'>;

/** Validates a month's own fields (repeated on every `actions.csv` row). */
export function validateMonthFields(raw: unknown): Validated<MonthFields> {
  return parseReporting(monthFieldsSchema, raw);
}

/** Validates one action (the action part of an `actions.csv` row). */
export function validateAction(raw: unknown): Validated<JournalAction> {
  return parseReporting(actionSchema, raw);
}
