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
import { ruleMessage } from './reason-text';

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
    .max(max, ruleMessage('max_length', { max }))
    .nullable()
    .default(null)
    .transform((v) => (v === null || v.trim() === '' ? null : v));

const requiredText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, ruleMessage('not_empty', {}))
    .max(max, ruleMessage('max_length', { max }));

const isoDate = z.string().refine(isIsoDate, { error: ruleMessage('date', {}) });
const romeCode = z.string().regex(ROME_CODE_RE, { error: ruleMessage('rome_code', {}) });
const inseeCode = z.string().regex(INSEE_CODE_RE, { error: ruleMessage('insee_code', {}) });

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
  period: z.string().refine(isPeriod, { error: ruleMessage('period', {}) }),
  submitted_at: z
    .string()
    .refine(isIsoDateTime, { error: ruleMessage('date_time', {}) })
    .nullable()
    .default(null),
  entered_by: z.enum(ENTERED_BY).default('seeker'),
  mood: z
    .number()
    .int(ruleMessage('mood', {}))
    .min(1, ruleMessage('mood', {}))
    .max(5, ruleMessage('mood', {}))
    .nullable()
    .default(null),
  comment: optionalText(MAX_TEXT),
});

export const monthSchema = monthFieldsSchema.extend({
  actions: z.array(actionSchema).default([]),
});

export const oreSchema = z.strictObject({
  rome: z
    .array(romeCode)
    .min(1, ruleMessage('rome_count', {}))
    .max(5, ruleMessage('rome_count', {})),
  max_distance_km: z
    .number()
    .min(0, ruleMessage('distance_min', {}))
    .max(20000, ruleMessage('distance_max', {})),
  min_monthly_salary: z.number().min(0, ruleMessage('amount_min', {})).nullable().default(null),
  contracts: z.array(z.enum(CONTRACT_TYPES)).default([]),
});

export const categoryPeriodSchema = z.strictObject({
  since: isoDate,
  category: z.enum(CATEGORIES),
});

/** A seeker without months: one row of `seekers.csv`, or the head of a JSONL line. */
export const seekerProfileSchema = z.strictObject({
  seeker_id: z.string().regex(SEEKER_ID_RE, { error: ruleMessage('seeker_id', {}) }),
  first_name: requiredText(MAX_NAME),
  last_name: requiredText(MAX_NAME),
  birth_year: z
    .number()
    .int(ruleMessage('whole_year', {}))
    .min(1900, ruleMessage('year_range', {}))
    .max(2100, ruleMessage('year_range', {}))
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
