// Validation schemas for the exchange format. One source of truth for the import
// (JSON Lines and CSV), the CLI and, later, the API. Defaults fill in what the
// contract marks optional, so what comes out is a complete SeekerJournal.
import { z } from 'zod';
import {
  ACTION_TYPES,
  CATEGORIES,
  CHANNELS,
  CONTRACT_TYPES,
  ENTERED_BY,
  MODALITIES,
  OUTCOMES,
} from './contract';
import { isIsoDate, isIsoDateTime, isPeriod } from './dates';

export const SEEKER_ID_RE = /^[A-Za-z0-9-]{1,32}$/;
/** A ROME fiche code: grand domaine letter A–N, then 4 digits. */
export const ROME_CODE_RE = /^[A-N]\d{4}$/;
/** An INSEE commune code: 5 digits, or Corsica's 2A/2B + 3 digits. */
export const INSEE_CODE_RE = /^(?:\d{5}|2[AB]\d{3})$/;

const MAX_TEXT = 5000;
const MAX_NAME = 200;
/** A move a month for ten years: more is no real history. */
const MAX_CATEGORY_PERIODS = 120;

/** Empty or blank optional text means "nothing said": stored as null. */
const optionalText = (max: number) =>
  z
    .string()
    .max(max, `expected at most ${max} characters`)
    .nullable()
    .default(null)
    .transform((v) => (v === null || v.trim() === '' ? null : v));

const requiredText = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `expected at most ${max} characters`);

const isoDate = z.string().refine(isIsoDate, { error: 'expected a real date YYYY-MM-DD' });
const romeCode = z
  .string()
  .regex(ROME_CODE_RE, { error: 'expected a ROME code: a letter A–N then 4 digits (e.g. M1607)' });
const inseeCode = z.string().regex(INSEE_CODE_RE, {
  error: 'expected an INSEE commune code: 5 characters (e.g. 69123, 2A004)',
});

export const actionSchema = z.strictObject({
  id: requiredText(64),
  date: isoDate,
  type: z.enum(ACTION_TYPES),
  rome: romeCode.nullable().default(null),
  employer: optionalText(MAX_NAME),
  commune: inseeCode.nullable().default(null),
  channel: z.enum(CHANNELS).nullable().default(null),
  outcome: z.enum(OUTCOMES),
  note: optionalText(MAX_TEXT),
});

/** A month's own fields, without its actions (what each `actions.csv` row repeats). */
export const monthFieldsSchema = z.strictObject({
  period: z.string().refine(isPeriod, { error: 'expected a period YYYY-MM' }),
  submitted_at: z
    .string()
    .refine(isIsoDateTime, { error: 'expected an ISO date-time (e.g. 2026-03-31T18:04:00Z)' })
    .nullable()
    .default(null),
  entered_by: z.enum(ENTERED_BY).default('seeker'),
  mood: z
    .number()
    .int('expected a whole number from 1 to 5')
    .min(1, 'expected a whole number from 1 to 5')
    .max(5, 'expected a whole number from 1 to 5')
    .nullable()
    .default(null),
  comment: optionalText(MAX_TEXT),
});

export const monthSchema = monthFieldsSchema.extend({
  actions: z.array(actionSchema).default([]),
});

export const oreSchema = z.strictObject({
  rome: z.array(romeCode).min(1, 'expected 1 to 5 ROME codes').max(5, 'expected 1 to 5 ROME codes'),
  max_distance_km: z
    .number()
    .min(0, 'expected a distance ≥ 0')
    .max(20000, 'expected a distance in km'),
  min_monthly_salary: z.number().min(0, 'expected an amount ≥ 0').nullable().default(null),
  contracts: z.array(z.enum(CONTRACT_TYPES)).default([]),
});

export const categoryPeriodSchema = z.strictObject({
  since: isoDate,
  category: z.enum(CATEGORIES),
});

/** A seeker without months: one row of `seekers.csv`, or the head of a JSONL line. */
export const seekerProfileSchema = z.strictObject({
  seeker_id: z.string().regex(SEEKER_ID_RE, {
    error: 'expected 1 to 32 characters among A-Z, a-z, 0-9 and -',
  }),
  first_name: requiredText(MAX_NAME),
  last_name: requiredText(MAX_NAME),
  birth_year: z
    .number()
    .int('expected a whole year')
    .min(1900, 'expected a year from 1900 to 2100')
    .max(2100, 'expected a year from 1900 to 2100')
    .nullable()
    .default(null),
  commune: inseeCode.nullable().default(null),
  registered_on: isoDate,
  category: z.enum(CATEGORIES),
  category_history: z
    .array(categoryPeriodSchema)
    .max(MAX_CATEGORY_PERIODS, `expected at most ${MAX_CATEGORY_PERIODS} category periods`)
    .default([]),
  modality: z.enum(MODALITIES),
  counsellor_id: requiredText(64),
  digital_access: z.boolean().default(true),
  benefit_end: isoDate.nullable().default(null),
  ore: oreSchema,
});

export const seekerSchema = seekerProfileSchema.extend({
  months: z.array(monthSchema),
});

export type ActionInput = z.input<typeof actionSchema>;
export type SeekerInput = z.input<typeof seekerSchema>;
