// Turns a raw record (parsed JSON or a CSV row mapped to fields) into a complete,
// checked SeekerJournal, or into reasons a counsellor can act on: which field,
// what was expected, what was found.
import type { z } from 'zod';
import type { JournalAction, JournalMonth, SeekerJournal, SeekerProfile } from './contract';
import { actionSchema, monthFieldsSchema, seekerProfileSchema, seekerSchema } from './schema';
import { periodOfDate } from './dates';
import { ruleOfMessage } from './reason-text';
import { describeFound, part, reasonOf } from './reasons';
import type { ImportReason, ReasonPart } from './reasons';

export { reasonOf };

/** One problem of a record: where, which rule, what was found (reasons.ts). */
export type ValidationIssue = ReasonPart;

export type Validated<T> =
  { ok: true; value: T } | { ok: false; issues: ValidationIssue[]; reason: ImportReason };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function describeIssue(issue: z.core.$ZodIssue & { input?: unknown }): ValidationIssue {
  const path = formatPath(issue.path);
  const found = issue.input === undefined ? undefined : describeFound(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return part(path, 'required', {});
      return part(path, 'expected_type', { expected: issue.expected }, found);
    case 'invalid_value':
      if (issue.input === undefined) return part(path, 'required', {});
      return part(path, 'expected_one_of', { values: issue.values.map(String).join(', ') }, found);
    case 'unrecognized_keys':
      return part(path, issue.keys.length > 1 ? 'unknown_fields' : 'unknown_field', {
        fields: issue.keys.map((k) => JSON.stringify(k)).join(', '),
      });
    default: {
      const rule = ruleOfMessage(issue.message);
      return rule
        ? part(path, rule.key, rule.params, found)
        : part(path, 'other_rule', { message: issue.message }, found);
    }
  }
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
 * What a journal imported on `importDay` (YYYY-MM-DD) cannot hold at `path`, or null: a
 * journal records what happened, so nothing in it is dated after the day it arrives.
 */
export function afterImportDay(path: string, date: string, importDay: string): ReasonPart | null {
  return date > importDay ? part(path, 'after_import_day', { date, day: importDay }) : null;
}

/** A month of a journal imported on `importDay` that has not begun yet, or null. */
export function periodAfterImportDay(
  path: string,
  period: string,
  importDay: string,
): ReasonPart | null {
  return period > importDay.slice(0, 7)
    ? part(path, 'period_not_begun', { period, day: importDay })
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
      issues.push(
        part(`months[${m}].period`, 'period_twice', {
          period: month.period,
          other: `months[${previous}]`,
        }),
      );
    } else {
      periods.set(month.period, m);
    }
    const notBegun =
      importDay === undefined
        ? null
        : periodAfterImportDay(`months[${m}].period`, month.period, importDay);
    if (notBegun !== null) issues.push(notBegun);
    month.actions.forEach((action, a) => {
      const here = `months[${m}].actions[${a}]`;
      if (periodOfDate(action.date) !== month.period) {
        issues.push(
          part(`${here}.date`, 'date_outside_period', {
            date: action.date,
            period: month.period,
          }),
        );
      }
      const notYet =
        importDay === undefined ? null : afterImportDay(`${here}.date`, action.date, importDay);
      if (notYet !== null) issues.push(notYet);
      const seen = actionIds.get(action.id);
      if (seen !== undefined) {
        issues.push(part(`${here}.id`, 'action_id_twice', { id: action.id, other: seen }));
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
      issues.push(
        part(`${here}.since`, 'category_before_registration', {
          since: step.since,
          registered: profile.registered_on,
        }),
      );
    }
    const notYet =
      importDay === undefined ? null : afterImportDay(`${here}.since`, step.since, importDay);
    if (notYet !== null) issues.push(notYet);
    const previous = history[i - 1];
    if (previous && step.since <= previous.since) {
      issues.push(
        part(`${here}.since`, 'category_not_after_previous', {
          since: step.since,
          previous: previous.since,
        }),
      );
    }
    if (previous && step.category === previous.category) {
      issues.push(part(`${here}.category`, 'category_repeats', { category: step.category }));
    }
  });
  const last = history[history.length - 1];
  if (last && last.category !== profile.category) {
    issues.push(
      part(`category_history[${history.length - 1}].category`, 'category_history_ends', {
        last: last.category,
        category: profile.category,
      }),
    );
  }
  return issues;
}

/**
 * Validates one whole seeker record (one JSON Lines line); with `importDay`, nothing in
 * it may be dated after that day.
 */
export function validateSeeker(raw: unknown, importDay?: string): Validated<SeekerJournal> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return invalid([part('', 'json_object', {}, describeFound(raw))]);
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
