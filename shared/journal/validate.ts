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

/** Cross-field rules the schema cannot see: unique periods, unique action ids, dates in their month. */
export function journalConsistencyIssues(months: readonly JournalMonth[]): ValidationIssue[] {
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

/** Validates one whole seeker record (one JSON Lines line). */
export function validateSeeker(raw: unknown): Validated<SeekerJournal> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return invalid([part('', 'json_object', {}, describeFound(raw))]);
  }
  const parsed = parseReporting(seekerSchema, raw);
  if (!parsed.ok) return parsed;
  const issues = journalConsistencyIssues(parsed.value.months);
  return issues.length > 0 ? invalid(issues) : parsed;
}

/** Validates a seeker without months (one `seekers.csv` row). */
export function validateSeekerProfile(raw: unknown): Validated<SeekerProfile> {
  return parseReporting(seekerProfileSchema, raw);
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
