// A deterministic demo caseload: one agency, thousands of fictitious job seekers whose
// journals show, on purpose, the situations Jalon detects (discouragement, scattered
// or narrow search, inactivity…), mixed with ordinary, noisy journals. Each seeker is
// drawn from its own random stream derived from (seed, index), and the caseload is a
// lazy generator, so a department-sized caseload streams without being held in memory.
import { canonicalJournal } from '../journal/canonical';
import { isIsoDate } from '../journal/dates';
import type {
  ActionType,
  Category,
  Channel,
  ContractType,
  JournalAction,
  JournalMonth,
  Modality,
  Ore,
  Outcome,
  SeekerJournal,
} from '../journal/contract';
import type { Referentials } from '../reference/referentials';
import type { Commune } from '../reference/types';
import { COUNSELLORS_BY_MODALITY } from './agency';
import { drawCategoryStory } from './categories';
import {
  addDays,
  dateIn,
  daysInIndex,
  indexToPeriod,
  isWeekend,
  periodToIndex,
  timeOfDay,
  yearOfIndex,
} from './calendar';
import { createRandom, deriveSeed, type Random, type WeightedChoices } from './random';
import type { DemoProfile } from './profiles';
import * as words from './vocabulary';
import { createDemoWorld, type DemoWorld } from './world';

export { DEMO_AGENCY } from './agency';
export { DEMO_PROFILES, type DemoProfile } from './profiles';
export type { DemoAgency, DemoCounsellor, DemoTeam } from './agency';

/** Share of each profile in the caseload (percent). */
export const DEMO_PROFILE_WEIGHTS: WeightedChoices<DemoProfile> = [
  ['active', 52],
  ['discouraged', 8],
  ['scattered', 6],
  ['narrow', 6],
  ['inactive', 5],
  ['far_from_home', 4],
  ['interviews_without_offer', 5],
  ['recently_hired', 6],
  ['missing_months', 4],
  ['no_digital_access', 4],
];

export interface DemoOptions {
  seekers: number;
  /** Journal months per seeker at most (fewer for recent registrations). */
  months: number;
  seed: number;
  /** `YYYY-MM`: the last journal month. */
  endPeriod: string;
  /**
   * `YYYY-MM-DD`, in endPeriod: the day the caseload is made on. Nothing in it is dated
   * after that day: later actions are not written, a month not declared by then is still
   * a draft (submitted_at null), and the month of asOf appears once it has an action.
   * Without it, every month up to endPeriod is whole, as seen well after it.
   */
  asOf?: string;
}

export interface DemoSeeker {
  journal: SeekerJournal;
  profile: DemoProfile;
}

// ---------------------------------------------------------------------------
// What each profile changes

const ORDINARY_OUTCOMES: WeightedChoices<Outcome> = [
  ['no_response', 38],
  ['rejected', 30],
  ['pending', 18],
  ['interview', 11],
  ['offer', 1],
  ['hired', 0.5],
];
const WITHOUT_ANSWER_OUTCOMES: WeightedChoices<Outcome> = [
  ['no_response', 52],
  ['rejected', 38],
  ['pending', 8],
  ['interview', 2],
];
const WITHOUT_INTERVIEW_OUTCOMES: WeightedChoices<Outcome> = [
  ['no_response', 48],
  ['rejected', 35],
  ['pending', 17],
];
const MANY_INTERVIEWS_OUTCOMES: WeightedChoices<Outcome> = [
  ['no_response', 30],
  ['rejected', 22],
  ['pending', 15],
  ['interview', 25],
];
const ORDINARY_INTERVIEW_OUTCOMES: WeightedChoices<Outcome> = [
  ['rejected', 45],
  ['pending', 20],
  ['no_response', 12],
  ['done', 18],
  ['offer', 4],
  ['hired', 0.5],
];
const INTERVIEW_WITHOUT_OFFER_OUTCOMES: WeightedChoices<Outcome> = [
  ['rejected', 55],
  ['pending', 20],
  ['no_response', 15],
  ['done', 10],
];
const FOLLOW_UP_OUTCOMES: WeightedChoices<Outcome> = [
  ['done', 55],
  ['no_response', 35],
  ['rejected', 10],
];

// An agency's mix: most people in « suivi », few in the intensive modalities, whose
// counsellors therefore carry portfolios of about 70 (renforcé, global) against 250 to
// 350 in « suivi » (agency.ts gives each modality its counsellors).
const ORDINARY_MODALITIES: WeightedChoices<Modality> = [
  ['suivi', 73],
  ['guide', 20],
  ['renforce', 5],
  ['global', 2],
];
const NEEDING_MODALITIES: WeightedChoices<Modality> = [
  ['suivi', 54],
  ['guide', 28],
  ['renforce', 13],
  ['global', 5],
];

interface ProfileTraits {
  /** Fewest journal months that still show the pattern. */
  minMonths: number;
  /** Own actions (before follow-ups and interviews) in a full ordinary month: mean, sd. */
  rate: readonly [number, number];
  outcomes: WeightedChoices<Outcome>;
  interviewOutcomes: WeightedChoices<Outcome>;
  modalities: WeightedChoices<Modality>;
  tone: Tone;
}

const ordinary = {
  minMonths: 1,
  rate: [6, 1.4],
  outcomes: ORDINARY_OUTCOMES,
  interviewOutcomes: ORDINARY_INTERVIEW_OUTCOMES,
  modalities: ORDINARY_MODALITIES,
  tone: 'active',
} as const satisfies ProfileTraits;

const TRAITS: Readonly<Record<DemoProfile, ProfileTraits>> = {
  active: ordinary,
  discouraged: {
    ...ordinary,
    minMonths: 6,
    rate: [7, 1.4],
    outcomes: WITHOUT_ANSWER_OUTCOMES,
    modalities: NEEDING_MODALITIES,
  },
  scattered: { ...ordinary, rate: [6.8, 1.4], minMonths: 2, tone: 'scattered' },
  narrow: {
    ...ordinary,
    minMonths: 4,
    rate: [5.2, 1.2],
    tone: 'narrow',
  },
  inactive: { ...ordinary, minMonths: 5, rate: [5.2, 1.4], modalities: NEEDING_MODALITIES },
  far_from_home: { ...ordinary, minMonths: 2, tone: 'far' },
  interviews_without_offer: {
    ...ordinary,
    minMonths: 3,
    outcomes: MANY_INTERVIEWS_OUTCOMES,
    interviewOutcomes: INTERVIEW_WITHOUT_OFFER_OUTCOMES,
    tone: 'interviews',
  },
  recently_hired: { ...ordinary, minMonths: 3 },
  missing_months: { ...ordinary, minMonths: 7 },
  no_digital_access: {
    ...ordinary,
    rate: [3.8, 1],
    modalities: [
      ['suivi', 25],
      ['guide', 40],
      ['renforce', 22],
      ['global', 13],
    ],
  },
};

// ---------------------------------------------------------------------------
// Action vocabulary

const OWN_ACTION_TYPES: WeightedChoices<ActionType> = [
  ['application_offer', 34],
  ['application_spontaneous', 20],
  ['network_contact', 9],
  ['job_fair', 2],
  ['training', 3],
  ['workshop', 4],
  ['cv_update', 5],
  ['temp_agency', 5],
  ['immersion', 1],
  ['business_creation', 0.4],
  ['other', 2],
];
/** Scattered searchers send more spontaneous applications, anywhere. */
const SCATTERED_ACTION_TYPES: WeightedChoices<ActionType> = OWN_ACTION_TYPES.map(
  ([type, weight]) => [type, type === 'application_spontaneous' ? 30 : weight] as const,
);
/** A training or immersion in the last months reads as a recent success: kept for those. */
const TAIL_ACTION_TYPES: WeightedChoices<ActionType> = OWN_ACTION_TYPES.filter(
  ([type]) => type !== 'training' && type !== 'immersion',
);
const SCATTERED_TAIL_ACTION_TYPES: WeightedChoices<ActionType> = SCATTERED_ACTION_TYPES.filter(
  ([type]) => type !== 'training' && type !== 'immersion',
);

const CHANNELS_BY_TYPE: Readonly<Record<ActionType, WeightedChoices<Channel | null>>> = {
  application_offer: [
    ['online', 70],
    ['email', 20],
    ['in_person', 5],
    ['phone', 5],
  ],
  application_spontaneous: [
    ['in_person', 35],
    ['email', 35],
    ['online', 20],
    ['phone', 10],
  ],
  follow_up: [
    ['phone', 50],
    ['email', 40],
    ['in_person', 10],
  ],
  job_interview: [
    ['in_person', 75],
    ['phone', 12],
    ['online', 13],
  ],
  network_contact: [
    ['network', 60],
    ['phone', 20],
    ['in_person', 20],
  ],
  job_fair: [['in_person', 1]],
  training: [
    ['in_person', 70],
    ['online', 30],
  ],
  workshop: [
    ['in_person', 80],
    ['online', 20],
  ],
  cv_update: [
    ['online', 60],
    [null, 40],
  ],
  temp_agency: [
    ['online', 50],
    ['in_person', 50],
  ],
  immersion: [['in_person', 1]],
  business_creation: [
    ['in_person', 60],
    ['online', 40],
  ],
  other: [
    [null, 70],
    ['in_person', 30],
  ],
};

/** Chance that an action carries a note, and which notes. */
const NOTES_BY_TYPE: Readonly<Record<ActionType, readonly [number, readonly string[]]>> = {
  application_offer: [0.12, words.APPLICATION_NOTES],
  application_spontaneous: [0.12, words.APPLICATION_NOTES],
  follow_up: [0.25, words.FOLLOW_UP_NOTES],
  job_interview: [0.25, words.INTERVIEW_NOTES],
  network_contact: [0.4, words.NETWORK_NOTES],
  job_fair: [0.7, words.JOB_FAIR_NOTES],
  training: [0.8, words.TRAINING_NOTES],
  workshop: [0.85, words.WORKSHOP_NOTES],
  cv_update: [0, []],
  temp_agency: [0, []],
  immersion: [0.8, words.IMMERSION_NOTES],
  business_creation: [0.8, words.BUSINESS_CREATION_NOTES],
  other: [0.8, words.OTHER_NOTES],
};

/** Grands domaines of the jobs people look for, by how often (ROME letters). */
const TARGET_FAMILIES: WeightedChoices<string> = [
  ['K', 14],
  ['D', 13],
  ['N', 12],
  ['M', 12],
  ['G', 10],
  ['H', 8],
  ['F', 8],
  ['J', 8],
  ['I', 6],
  ['C', 3],
  ['E', 2],
  ['A', 2],
  ['B', 1],
  ['L', 1],
];

const MAX_DISTANCES: WeightedChoices<number> = [
  [10, 8],
  [15, 12],
  [20, 18],
  [25, 18],
  [30, 20],
  [40, 12],
  [50, 12],
];

/** The category while searching (A no work, B/C some work); drawCategoryStory adds D–G. */
const SEARCHING_CATEGORY_MIX: WeightedChoices<Category> = [
  ['A', 64],
  ['B', 12],
  ['C', 24],
];

/** Mixed into the seed of the category stream, so it differs from the seeker's own. */
const CATEGORY_STREAM = 0x5ca7e6;

// ---------------------------------------------------------------------------
// Plans: what a seeker and each of their months look like before any action is drawn

type Tone =
  | 'active'
  | 'quiet'
  | 'discouraged'
  | 'scattered'
  | 'narrow'
  | 'far'
  | 'interviews'
  | 'hired'
  | 'training'
  | 'immersion'
  | 'inactive';

type SuccessEvent = 'hired' | 'training' | 'immersion';

interface MonthPlan {
  monthIndex: number;
  present: boolean;
  /** Share of the person's usual activity. */
  intensity: number;
  /** First day with actions: the registration day in the registration month. */
  firstDay: number;
  tone: Tone;
  /** 0 (none) to 1 (at its lowest): how far into discouragement. */
  low: number;
  /** (Nearly) every application on the first ORE code, and no interviews. */
  narrow: boolean;
  event: SuccessEvent | null;
  /** The last two months, where successes are only drawn for `recently_hired`. */
  tail: boolean;
}

interface SeekerContext {
  rng: Random;
  world: DemoWorld;
  profile: DemoProfile;
  traits: ProfileTraits;
  feminine: boolean;
  home: Commune;
  ore: Ore;
  /** Jobs reachable from the ORE jobs (ROME mobilities), not in the ORE. */
  mobilityCodes: readonly string[];
  rate: number;
  digitalAccess: boolean;
  endIndex: number;
}

interface Draft {
  monthIndex: number;
  day: number;
  type: ActionType;
  rome: string | null;
  employer: string | null;
  commune: string | null;
  channel: Channel | null;
  outcome: Outcome;
  note: string | null;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

// ---------------------------------------------------------------------------
// Public entry point

export function generateDemoCaseload(
  options: DemoOptions,
  referentials: Referentials,
): Generator<DemoSeeker> {
  checkOptions(options);
  // Checked and indexed now, so a bad option fails at the call, not at the first next().
  const world = createDemoWorld(referentials);
  return streamSeekers(options, world);
}

function* streamSeekers(options: DemoOptions, world: DemoWorld): Generator<DemoSeeker> {
  for (let index = 0; index < options.seekers; index++) {
    yield generateSeeker(index, options, world);
  }
}

function checkOptions(options: DemoOptions): void {
  if (!Number.isInteger(options.seekers) || options.seekers < 0) {
    throw new RangeError(`seekers must be a whole number ≥ 0, got ${options.seekers}`);
  }
  if (!Number.isInteger(options.months) || options.months < 1) {
    throw new RangeError(`months must be a whole number ≥ 1, got ${options.months}`);
  }
  if (!Number.isFinite(options.seed)) {
    throw new RangeError(`seed must be a finite number, got ${options.seed}`);
  }
  periodToIndex(options.endPeriod);
  const asOf = options.asOf;
  if (asOf !== undefined && (!isIsoDate(asOf) || asOf.slice(0, 7) !== options.endPeriod)) {
    throw new RangeError(`asOf must be a date YYYY-MM-DD in ${options.endPeriod}, got ${asOf}`);
  }
}

function generateSeeker(index: number, options: DemoOptions, world: DemoWorld): DemoSeeker {
  const rng = createRandom(deriveSeed(options.seed, index));
  const profile = rng.weighted(DEMO_PROFILE_WEIGHTS);
  const traits = TRAITS[profile];
  const firstName = rng.pick(words.FIRST_NAMES);
  const lastName = rng.pick(words.LAST_NAMES);
  const endIndex = periodToIndex(options.endPeriod);
  const age = Math.round(clamp(rng.gaussian(38, 11), 18, 64));

  // Registration: most people before the window (a full journal), some recently.
  const minMonths = Math.min(options.months, traits.minMonths);
  const monthsBack = rng.chance(0.22)
    ? rng.int(minMonths - 1, options.months - 1)
    : options.months - 1 + (rng.chance(0.7) ? rng.int(1, 12) : rng.int(13, 48));
  const registrationIndex = endIndex - monthsBack;
  const registrationDay = rng.int(1, daysInIndex(registrationIndex));
  const firstIndex = Math.max(registrationIndex, endIndex - options.months + 1);
  const firstDay = firstIndex === registrationIndex ? registrationDay : 1;

  const home = drawHome(rng, world);
  const ore = recentlyRegistered(registrationIndex, endIndex)
    ? inRome4(drawOre(rng, world), world, index)
    : drawOre(rng, world);
  const modality = rng.weighted(traits.modalities);
  const digitalAccess = profile !== 'no_digital_access';
  const mobilityCodes = [...new Set(ore.rome.flatMap((code) => world.mobilityJobs(code)))].filter(
    (code) => !ore.rome.includes(code),
  );

  const context: SeekerContext = {
    rng,
    world,
    profile,
    traits,
    feminine: firstName.feminine,
    home,
    ore,
    mobilityCodes,
    rate: clamp(rng.gaussian(traits.rate[0], traits.rate[1]), 1.5, 12),
    digitalAccess,
    endIndex,
  };

  const journal: SeekerJournal = {
    seeker_id: `DE-${String(index + 1).padStart(6, '0')}`,
    first_name: firstName.name,
    last_name: lastName,
    birth_year: yearOfIndex(endIndex) - age,
    commune: home.insee,
    registered_on: dateIn(registrationIndex, registrationDay),
    category: rng.weighted(SEARCHING_CATEGORY_MIX),
    category_history: [],
    modality,
    counsellor_id: rng.pick(COUNSELLORS_BY_MODALITY[modality]),
    digital_access: digitalAccess,
    benefit_end: drawBenefitEnd(rng, registrationIndex, registrationDay, endIndex),
    ore,
    months: writeMonths(context, planMonths(context, firstIndex, firstDay)),
  };
  const categoryRng = createRandom(deriveSeed(options.seed, index) ^ CATEGORY_STREAM);
  Object.assign(
    journal,
    drawCategoryStory(categoryRng, profile, journal.category, journal, endIndex),
  );
  if (options.asOf !== undefined) {
    journal.months = asItStoodOn(journal.months, options.asOf);
    // Registered later in asOf's month: registered on asOf itself, not in the future.
    if (journal.registered_on > options.asOf) journal.registered_on = options.asOf;
    const asOf = options.asOf;
    const history = journal.category_history.filter((step) => step.since <= asOf);
    if (history.length < journal.category_history.length) {
      journal.category_history = history;
      journal.category = history[history.length - 1]?.category ?? journal.category;
    }
  }
  return { journal: canonicalJournal(journal), profile };
}

/**
 * The months as they stood on `asOf`: the actions done by then, each month submitted only
 * if it was by then, and a month with nothing done yet left out (the journal of the
 * month in progress starts with its first action). The draws are made as for whole
 * months and cut afterwards, so a later day only adds to an earlier one's caseload.
 */
function asItStoodOn(months: readonly JournalMonth[], asOf: string): JournalMonth[] {
  const kept: JournalMonth[] = [];
  for (const month of months) {
    const actions = month.actions.filter((action) => action.date <= asOf);
    const isDraft = month.submitted_at === null || month.submitted_at.slice(0, 10) > asOf;
    if (isDraft && actions.length === 0 && month.period === asOf.slice(0, 7)) continue;
    if (month.period > asOf.slice(0, 7)) continue;
    kept.push({ ...month, submitted_at: isDraft ? null : month.submitted_at, actions });
  }
  return kept;
}

// ---------------------------------------------------------------------------
// The person

function drawHome(rng: Random, world: DemoWorld): Commune {
  const r = rng.next();
  // Without populations in the referential, big towns get their weight by hand.
  if (r < 0.3) return world.agency;
  if (r < 0.5 && world.homeHubs.length > 0) return rng.pick(world.homeHubs);
  return rng.pick(world.homes);
}

/** France Travail has coded new ORE in ROME 4.0 since March 2023. */
const ROME4_SINCE = periodToIndex('2023-03');
/** How far back from the demo's last month registrations get a ROME 4.0 ORE. */
const ROME4_RECENT_MONTHS = 12;

function recentlyRegistered(registrationIndex: number, endIndex: number): boolean {
  return registrationIndex >= Math.max(ROME4_SINCE, endIndex - ROME4_RECENT_MONTHS + 1);
}

// The main job of a recent registration becomes one of the ROME 4.0 fiches under the
// classic one drawn. Chosen by the seeker's index, not drawn, so that the seeker's
// random stream, and everything else drawn from it, stays as it was.
function inRome4(ore: Ore, world: DemoWorld, index: number): Ore {
  const [main, ...others] = ore.rome;
  const under = world.rome4CodesUnder(main!);
  if (under.length === 0) return ore;
  return { ...ore, rome: [under[index % under.length]!, ...others] };
}

function drawOre(rng: Random, world: DemoWorld): Ore {
  let fiches = world.fichesOfFamily(rng.weighted(TARGET_FAMILIES));
  if (fiches.length === 0) fiches = world.fichesOfFamily(rng.pick(world.families));
  const main = rng.pick(fiches);
  const extra = rng.weighted<number>([
    [0, 35],
    [1, 40],
    [2, 25],
  ]);
  const rome = [main.code, ...rng.sample(world.closeJobs(main.code), extra)];

  const family = main.familyCode;
  const salaryBase = 'MCEJ'.includes(family) ? 2000 : 'HIF'.includes(family) ? 1850 : 1650;
  const min_monthly_salary = rng.chance(0.3)
    ? null
    : Math.round(clamp(rng.gaussian(salaryBase, 260), 1400, 4500) / 50) * 50;

  const interimLikely = 'NFHI'.includes(family);
  const contracts: ContractType[] = [];
  if (rng.chance(0.85)) contracts.push('CDI');
  if (rng.chance(0.6)) contracts.push('CDD');
  if (rng.chance(interimLikely ? 0.6 : 0.3)) contracts.push('interim');
  if (rng.chance(0.06)) contracts.push('alternance');
  if (rng.chance(0.04)) contracts.push('independant');
  if (contracts.length === 0) contracts.push('CDI');

  return {
    rome,
    max_distance_km: rng.weighted(MAX_DISTANCES),
    min_monthly_salary,
    contracts,
  };
}

function drawBenefitEnd(
  rng: Random,
  registrationIndex: number,
  registrationDay: number,
  endIndex: number,
): string | null {
  const r = rng.next();
  if (r < 0.15) return null;
  const endOfJournal = daysInIndex(endIndex);
  if (r < 0.27) {
    const soon = addDays(endIndex, endOfJournal, rng.int(1, 90));
    return dateIn(soon.monthIndex, soon.day);
  }
  if (r < 0.45) {
    // Rights counted from registration: for long-registered people, already exhausted.
    const rightsEnd = registrationIndex + rng.int(6, 24);
    return dateIn(rightsEnd, Math.min(registrationDay, daysInIndex(rightsEnd)));
  }
  const later = addDays(endIndex, endOfJournal, rng.int(91, 600));
  return dateIn(later.monthIndex, later.day);
}

// ---------------------------------------------------------------------------
// The months

function planMonths(s: SeekerContext, firstIndex: number, firstDay: number): MonthPlan[] {
  const { rng, profile } = s;
  const count = s.endIndex - firstIndex + 1;
  const plans: MonthPlan[] = [];
  for (let i = 0; i < count; i++) {
    plans.push({
      monthIndex: firstIndex + i,
      present: true,
      intensity: 1,
      firstDay: i === 0 ? firstDay : 1,
      tone: s.traits.tone,
      low: 0,
      narrow: false,
      event: null,
      tail: count - i <= 2,
    });
  }
  const fromEnd = (k: number) => plans[count - 1 - k];

  // Ordinary life: a quiet month now and then, rarely a forgotten one.
  for (const plan of plans) {
    if (rng.chance(0.05)) {
      plan.intensity = 0.15 + rng.next() * 0.2;
      plan.tone = 'quiet';
    }
  }
  const forgets = profile !== 'missing_months' && profile !== 'inactive';
  if (forgets && count >= 4 && rng.chance(0.05)) {
    const forgotten = plans[rng.int(1, count - 3)];
    if (forgotten) forgotten.present = false;
  }

  switch (profile) {
    case 'discouraged': {
      const window = Math.min(count - 2, rng.int(3, 4));
      for (let k = 0; k < window; k++) {
        const plan = fromEnd(k);
        if (!plan) continue;
        const depth = 1 - k / window;
        plan.present = true;
        plan.intensity = clamp(0.6 - 0.4 * depth + rng.gaussian(0, 0.04), 0.12, 0.6);
        plan.tone = 'discouraged';
        plan.low = depth;
      }
      break;
    }
    case 'inactive': {
      const window = Math.min(count - 2, rng.int(2, 4));
      for (let k = 0; k < window; k++) {
        const plan = fromEnd(k);
        if (!plan) continue;
        plan.present = rng.chance(0.55);
        plan.intensity = 0;
        plan.tone = 'inactive';
      }
      const before = fromEnd(window);
      if (before && before.tone !== 'quiet') before.intensity *= 0.5;
      break;
    }
    case 'narrow': {
      const window = Math.min(count, rng.int(4, 8));
      for (let k = 0; k < window; k++) {
        const plan = fromEnd(k);
        if (plan) plan.narrow = true;
      }
      break;
    }
    case 'missing_months': {
      // Keep the first month (the journal starts) and at least three declared months.
      const candidates = plans.slice(1);
      const missing = Math.min(rng.int(3, 6), Math.max(0, count - 3));
      for (const plan of rng.sample(candidates, missing)) plan.present = false;
      break;
    }
    case 'no_digital_access': {
      // Months are entered at meetings; a month between two meetings may never be.
      for (let i = 1; i < count - 1; i++) {
        const plan = plans[i];
        if (plan && rng.chance(0.1)) plan.present = false;
      }
      break;
    }
    case 'recently_hired': {
      const event = rng.weighted<SuccessEvent>([
        ['hired', 55],
        ['training', 25],
        ['immersion', 20],
      ]);
      const atLast = count < 2 || rng.chance(0.5);
      const eventPlan = atLast ? fromEnd(0) : fromEnd(1);
      if (eventPlan) {
        eventPlan.present = true;
        eventPlan.event = event;
        eventPlan.tone = event;
        eventPlan.intensity = Math.max(eventPlan.intensity, 0.6);
      }
      const after = atLast ? undefined : fromEnd(0);
      if (after) {
        // Busy with the new job or training: little searching, but the month is declared.
        after.present = true;
        after.intensity = 0.2;
        after.tone = event;
      }
      break;
    }
    default:
      break;
  }
  return plans;
}

function writeMonths(s: SeekerContext, plans: readonly MonthPlan[]): JournalMonth[] {
  const planByIndex = new Map(plans.map((p) => [p.monthIndex, p]));
  const carried = new Map<number, Draft[]>();
  const schedule = (draft: Draft) => {
    const target = planByIndex.get(draft.monthIndex);
    // Nothing is written in a month that is not declared or declared empty.
    if (!target || !target.present || target.intensity === 0) return;
    if (target.narrow && draft.type === 'job_interview') return;
    const list = carried.get(draft.monthIndex);
    if (list) list.push(draft);
    else carried.set(draft.monthIndex, [draft]);
  };

  const months: JournalMonth[] = [];
  let nextActionNumber = 1;
  for (const plan of plans) {
    if (!plan.present) continue;
    const drafts = monthDrafts(s, plan, schedule);
    drafts.push(...(carried.get(plan.monthIndex) ?? []));
    // Ids follow the dates, so the canonical order (date, id) is also the id order.
    drafts.sort((a, b) => a.day - b.day);
    const actions = drafts.map((d): JournalAction => ({
      id: `A${String(nextActionNumber++).padStart(4, '0')}`,
      date: dateIn(d.monthIndex, d.day),
      type: d.type,
      rome: d.rome,
      employer: d.employer,
      commune: d.commune,
      channel: d.channel,
      outcome: d.outcome,
      note: d.note,
    }));
    months.push({ ...monthFields(s, plan, actions.length), actions });
  }
  return months;
}

function monthDrafts(s: SeekerContext, plan: MonthPlan, schedule: (d: Draft) => void): Draft[] {
  const { rng } = s;
  const days = daysInIndex(plan.monthIndex);
  const share = (days - plan.firstDay + 1) / days;
  const mean = s.rate * plan.intensity * share;
  const count =
    mean <= 0 ? 0 : Math.round(clamp(rng.gaussian(mean, Math.max(0.6, mean * 0.3)), 0, 18));

  const scattered = s.profile === 'scattered';
  const keepsSuccessForLater = plan.tail && s.profile !== 'recently_hired';
  const types = keepsSuccessForLater
    ? scattered
      ? SCATTERED_TAIL_ACTION_TYPES
      : TAIL_ACTION_TYPES
    : scattered
      ? SCATTERED_ACTION_TYPES
      : OWN_ACTION_TYPES;

  const drafts: Draft[] = [];
  for (let i = 0; i < count; i++) {
    const type = rng.weighted(types);
    const day = drawDay(rng, plan);
    if (type === 'application_offer' || type === 'application_spontaneous') {
      drafts.push(application(s, plan, type, day, schedule));
    } else {
      drafts.push(otherAction(s, plan, type, day));
    }
  }
  if (plan.event) drafts.push(...successEvent(s, plan, plan.event));
  return drafts;
}

function drawDay(rng: Random, plan: MonthPlan): number {
  const last = daysInIndex(plan.monthIndex);
  let day = rng.int(plan.firstDay, last);
  // Job search is mostly a weekday activity.
  if (isWeekend(plan.monthIndex, day) && rng.chance(0.75)) day = rng.int(plan.firstDay, last);
  return day;
}

// ---------------------------------------------------------------------------
// Actions

function application(
  s: SeekerContext,
  plan: MonthPlan,
  type: ActionType,
  day: number,
  schedule: (d: Draft) => void,
): Draft {
  const { rng } = s;
  const rome = applicationRome(s, plan);
  const commune = applicationCommune(s);
  const monthsFromEnd = s.endIndex - plan.monthIndex;

  let outcome = rng.weighted(plan.narrow ? WITHOUT_INTERVIEW_OUTCOMES : s.traits.outcomes);
  // Old applications are no longer waiting for an answer.
  if (outcome === 'pending' && monthsFromEnd >= 2 && rng.chance(0.5)) outcome = 'no_response';
  if ((outcome === 'offer' || outcome === 'hired') && plan.tail) {
    if (s.profile !== 'recently_hired') outcome = 'interview';
  }

  const draft: Draft = {
    monthIndex: plan.monthIndex,
    day,
    type,
    rome,
    employer: employerName(rng, s.world.familyOf(rome), commune.name),
    commune: commune.insee,
    channel: channelFor(s, type),
    outcome,
    note: noteFor(rng, type),
  };

  if (outcome === 'interview') {
    const when = nextWeekday(addDays(plan.monthIndex, day, rng.int(3, 16)));
    const inTail = s.endIndex - when.monthIndex < 2;
    let interviewOutcome = rng.weighted(s.traits.interviewOutcomes);
    if ((interviewOutcome === 'offer' || interviewOutcome === 'hired') && inTail) {
      interviewOutcome = s.profile === 'recently_hired' ? interviewOutcome : 'pending';
    }
    schedule({
      ...draft,
      ...when,
      type: 'job_interview',
      rome: null,
      channel: channelFor(s, 'job_interview'),
      outcome: interviewOutcome,
      note: noteFor(rng, 'job_interview'),
    });
  } else if ((outcome === 'no_response' || outcome === 'pending') && rng.chance(0.22)) {
    const when = addDays(plan.monthIndex, day, rng.int(7, 21));
    schedule({
      ...draft,
      ...when,
      type: 'follow_up',
      rome: null,
      channel: channelFor(s, 'follow_up'),
      outcome: rng.weighted(FOLLOW_UP_OUTCOMES),
      note: noteFor(rng, 'follow_up'),
    });
  }
  return draft;
}

function applicationRome(s: SeekerContext, plan: MonthPlan): string {
  const { rng, ore, world } = s;
  const main = ore.rome[0] as string;
  if (plan.narrow && rng.chance(0.96)) return main;
  if (s.profile === 'scattered' && rng.chance(0.75)) {
    // "Tous azimuts": any grand domaine, any job.
    const fiches = world.fichesOfFamily(rng.pick(world.families));
    return fiches.length > 0 ? rng.pick(fiches).code : main;
  }
  const r = rng.next();
  if (r < 0.8) return rng.chance(0.55) ? main : rng.pick(ore.rome);
  if (r < 0.95 && s.mobilityCodes.length > 0) return rng.pick(s.mobilityCodes);
  if (r < 0.95) return rng.pick(ore.rome);
  // The odd application off target: a neighbouring job, sometimes anything.
  const sameDomain = world.fichesOfDomain(world.referentials.rome(main)?.domainCode ?? '');
  const any = world.fichesOfFamily(rng.pick(world.families));
  const pool = rng.chance(0.6) && sameDomain.length > 0 ? sameDomain : any;
  return pool.length > 0 ? rng.pick(pool).code : main;
}

function applicationCommune(s: SeekerContext): Commune {
  const { rng, world } = s;
  if (s.profile === 'far_from_home' && rng.chance(0.8)) {
    const cities = world.farCities(s.home);
    if (cities.length > 0 && rng.chance(0.6)) return rng.pick(cities);
    if (world.farRing.length > 0) return rng.pick(world.farRing);
  }
  if (rng.chance(0.04) && world.region.length > 0) return rng.pick(world.region);
  return localCommune(s);
}

/** Somewhere within the ORE distance of home, most often a town with many employers. */
function localCommune(s: SeekerContext): Commune {
  const { rng, world, home } = s;
  const maxKm = s.ore.max_distance_km;
  const r = rng.next();
  const hubs = world.hubsNear(home, maxKm);
  if (r < 0.55 && hubs.length > 0) return rng.pick(hubs);
  const near = world.near(home, maxKm);
  if (r < 0.75 || near.length === 0) return home;
  return rng.pick(near);
}

function otherAction(s: SeekerContext, plan: MonthPlan, type: ActionType, day: number): Draft {
  const { rng, world } = s;
  const draft: Draft = {
    monthIndex: plan.monthIndex,
    day,
    type,
    rome: null,
    employer: null,
    commune: null,
    channel: channelFor(s, type),
    outcome: 'done',
    note: noteFor(rng, type),
  };
  switch (type) {
    case 'network_contact': {
      if (rng.chance(0.5)) {
        const commune = localCommune(s);
        draft.employer = employerName(rng, s.world.familyOf(s.ore.rome[0] as string), commune.name);
        draft.commune = commune.insee;
      }
      break;
    }
    case 'job_fair': {
      draft.commune = localCommune(s).insee;
      break;
    }
    case 'training': {
      const commune = localCommune(s);
      draft.employer = fillPattern(rng, rng.pick(words.TRAINING_BODIES), commune.name);
      draft.commune = commune.insee;
      break;
    }
    case 'workshop': {
      draft.employer = 'France Travail';
      draft.commune = world.agency.insee;
      break;
    }
    case 'temp_agency': {
      const commune = localCommune(s);
      draft.employer = fillPattern(rng, rng.pick(words.TEMP_AGENCIES), commune.name);
      draft.commune = commune.insee;
      break;
    }
    case 'immersion': {
      const commune = localCommune(s);
      draft.employer = employerName(rng, s.world.familyOf(s.ore.rome[0] as string), commune.name);
      draft.commune = commune.insee;
      break;
    }
    case 'business_creation': {
      if (rng.chance(0.5)) draft.commune = world.agency.insee;
      break;
    }
    default:
      break;
  }
  return draft;
}

/** The action(s) that make a `recently_hired` person's success visible. */
function successEvent(s: SeekerContext, plan: MonthPlan, event: SuccessEvent): Draft[] {
  const { rng } = s;
  const last = daysInIndex(plan.monthIndex);
  if (event === 'hired') {
    const applicationDay = rng.int(plan.firstDay, Math.max(plan.firstDay, last - 4));
    const rome = rng.pick(s.ore.rome);
    const commune = localCommune(s);
    const applied: Draft = {
      monthIndex: plan.monthIndex,
      day: applicationDay,
      type: rng.chance(0.7) ? 'application_offer' : 'application_spontaneous',
      rome,
      employer: employerName(rng, s.world.familyOf(rome), commune.name),
      commune: commune.insee,
      channel: 'online',
      outcome: 'interview',
      note: null,
    };
    const hired = rng.chance(0.65);
    return [
      applied,
      {
        ...applied,
        day: Math.min(last, applicationDay + rng.int(2, 9)),
        type: 'job_interview',
        rome: null,
        channel: 'in_person',
        outcome: hired ? 'hired' : 'offer',
        note: hired ? rng.pick(['Embauche en CDI', 'CDD de 6 mois', 'Mission longue']) : null,
      },
    ];
  }
  const type = event === 'training' ? 'training' : 'immersion';
  const draft = otherAction(s, plan, type, drawDay(rng, plan));
  draft.note =
    event === 'training'
      ? 'Entrée en formation qualifiante'
      : rng.pick(['PMSMP de 2 semaines', 'Immersion en entreprise']);
  return [draft];
}

function nextWeekday(at: { monthIndex: number; day: number }) {
  let moved = at;
  while (isWeekend(moved.monthIndex, moved.day)) moved = addDays(moved.monthIndex, moved.day, 1);
  return moved;
}

function channelFor(s: SeekerContext, type: ActionType): Channel | null {
  const channel = s.rng.weighted(CHANNELS_BY_TYPE[type]);
  // Without digital access, what others do online is done in person or by phone.
  if (!s.digitalAccess && channel === 'online' && s.rng.chance(0.7)) {
    return s.rng.chance(0.6) ? 'in_person' : 'phone';
  }
  return channel;
}

function noteFor(rng: Random, type: ActionType): string | null {
  const [probability, notes] = NOTES_BY_TYPE[type];
  return notes.length > 0 && rng.chance(probability) ? rng.pick(notes) : null;
}

function employerName(rng: Random, family: string, communeName: string): string {
  const patterns = words.EMPLOYER_PATTERNS[family] ?? words.EMPLOYER_PATTERNS['M'] ?? [];
  return fillPattern(rng, patterns.length > 0 ? rng.pick(patterns) : 'Entreprise {S}', communeName);
}

function fillPattern(rng: Random, pattern: string, communeName: string): string {
  return pattern
    .replace('{S}', () => rng.pick(words.LAST_NAMES))
    .replace('{P}', () => rng.pick(words.PLACES))
    .replace('{D}', () => rng.pick(words.PLACES_DU))
    .replace('{C}', () => communeName);
}

// ---------------------------------------------------------------------------
// Month fields: submission, mood, comment

function monthFields(
  s: SeekerContext,
  plan: MonthPlan,
  actionCount: number,
): Omit<JournalMonth, 'actions'> {
  const { rng } = s;
  const byCounsellor = !s.digitalAccess;
  const emptyMonth = actionCount === 0;
  const submitted = !rng.chance(emptyMonth ? 0.4 : byCounsellor ? 0.03 : 0.06);
  return {
    period: indexToPeriod(plan.monthIndex),
    submitted_at: submitted ? submissionTime(rng, plan, byCounsellor) : null,
    entered_by: byCounsellor ? 'counsellor' : 'seeker',
    mood: byCounsellor && rng.chance(0.6) ? null : drawMood(rng, plan),
    comment: drawComment(s, plan, byCounsellor),
  };
}

function submissionTime(rng: Random, plan: MonthPlan, byCounsellor: boolean): string {
  const last = daysInIndex(plan.monthIndex);
  let at: { monthIndex: number; day: number };
  if (byCounsellor) {
    // At the next meeting, in the first working days of the following month.
    at = nextWeekday({ monthIndex: plan.monthIndex + 1, day: rng.int(1, 10) });
  } else if (rng.chance(0.55)) {
    at = { monthIndex: plan.monthIndex, day: rng.int(Math.max(plan.firstDay, last - 3), last) };
  } else {
    at = { monthIndex: plan.monthIndex + 1, day: rng.int(1, 6) };
  }
  const hour = byCounsellor ? rng.int(8, 16) : rng.int(7, 23);
  return `${dateIn(at.monthIndex, at.day)}T${timeOfDay(hour, rng.int(0, 59), rng.int(0, 59))}Z`;
}

function drawMood(rng: Random, plan: MonthPlan): number | null {
  switch (plan.tone) {
    case 'discouraged':
      if (!rng.chance(0.8)) return null;
      if (plan.low >= 0.66) return rng.chance(0.7) ? 1 : 2;
      if (plan.low >= 0.33)
        return rng.weighted<number>([
          [1, 20],
          [2, 65],
          [3, 15],
        ]);
      return rng.chance(0.6) ? 2 : 3;
    case 'inactive':
      return rng.chance(0.2)
        ? rng.weighted<number>([
            [1, 30],
            [2, 50],
            [3, 20],
          ])
        : null;
    case 'quiet':
      return rng.chance(0.3)
        ? rng.weighted<number>([
            [2, 20],
            [3, 60],
            [4, 20],
          ])
        : null;
    case 'interviews':
      return rng.chance(0.35)
        ? rng.weighted<number>([
            [2, 15],
            [3, 50],
            [4, 35],
          ])
        : null;
    case 'hired':
    case 'training':
    case 'immersion':
      return rng.chance(0.7)
        ? rng.weighted<number>([
            [4, 40],
            [5, 60],
          ])
        : null;
    default:
      return rng.chance(0.35)
        ? rng.weighted<number>([
            [2, 5],
            [3, 35],
            [4, 40],
            [5, 20],
          ])
        : null;
  }
}

const COMMENT_CHANCE: Readonly<Record<Tone, number>> = {
  active: 0.15,
  quiet: 0.45,
  discouraged: 0.7,
  scattered: 0.25,
  narrow: 0.15,
  far: 0.2,
  interviews: 0.3,
  hired: 0.75,
  training: 0.75,
  immersion: 0.75,
  inactive: 0.3,
};

function drawComment(s: SeekerContext, plan: MonthPlan, byCounsellor: boolean): string | null {
  const { rng } = s;
  if (byCounsellor && rng.chance(0.4)) return rng.pick(words.COMMENTS.counsellor);
  const chance = COMMENT_CHANCE[plan.tone] * (byCounsellor ? 0.5 : 1);
  if (!rng.chance(chance)) return null;
  const own = (() => {
    switch (plan.tone) {
      case 'quiet':
        return words.COMMENTS.quiet;
      case 'discouraged':
        return words.COMMENTS.discouraged;
      case 'scattered':
        return rng.chance(0.7) ? words.COMMENTS.scattered : words.COMMENTS.active;
      case 'narrow':
        return rng.chance(0.6) ? words.COMMENTS.narrow : words.COMMENTS.active;
      case 'far':
        return rng.chance(0.6) ? words.COMMENTS.farFromHome : words.COMMENTS.active;
      case 'interviews':
        return rng.chance(0.7) ? words.COMMENTS.interviewsWithoutOffer : words.COMMENTS.active;
      case 'hired':
        return words.COMMENTS.hired;
      case 'training':
        return words.COMMENTS.trainingStarted;
      case 'immersion':
        return words.COMMENTS.immersionStarted;
      case 'inactive':
        return words.COMMENTS.inactive;
      default:
        return words.COMMENTS.active;
    }
  })();
  return words.agree(rng.pick(own), s.feminine);
}
