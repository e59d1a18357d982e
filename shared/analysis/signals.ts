// The eleven signals of the brief. Each detector reads the journal view and the
// settings, and returns the signal with its severity and evidence, or null. The
// thresholds are settings (settings.ts); docs/analysis.md explains each rule in words.
import type { AnalysisSettings } from './settings';
import type { Evidence, Signal, SignalId } from './types';
import type { JournalView, ViewAction } from './journal-view';
import { declarationCalendar } from './declaration-calendar';
import { inLastMonths, monthsInLast } from './journal-view';
import type { AnalysisProfile } from './types';
import type { Referentials } from '../reference/referentials';
import { dayNumber, periodFromIndex, periodIndex, periodsEndingWith } from './calendar';
import { hasDiscouragement } from './discouragement-words';
import { FIXED_NUMBERS } from './fixed-numbers';

export interface SignalContext {
  journal: AnalysisProfile;
  view: JournalView;
  refs: Referentials;
  settings: AnalysisSettings;
}

const MAX_ACTION_IDS = 30;
const MAX_QUOTE = 140;

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);
const round2 = (x: number) => Math.round(x * 100) / 100;
const round1 = (x: number) => Math.round(x * 10) / 10;
const percent = (x: number) => Math.round(x * 100);

function evidence(
  key: string,
  params: Evidence['params'],
  periods: readonly string[] = [],
  actions: readonly { id: string }[] = [],
): Evidence {
  return {
    key,
    params,
    periods: [...new Set(periods)].sort(),
    actionIds: actions.slice(0, MAX_ACTION_IDS).map((a) => a.id),
  };
}

function signal(id: SignalId, severity: number, items: Evidence[]): Signal {
  return { id, severity: round2(clamp01(severity)), evidence: items };
}

const periodsOf = (actions: readonly ViewAction[]) => actions.map((a) => a.period);

/** The last month whose activity can be judged whole: the reference month only once it is declared. */
function lastCompletePeriod(ctx: SignalContext): string {
  return declarationCalendar(ctx.view.asOf, ctx.settings.declarationWindow).lastCompletePeriod;
}

/**
 * The signals that measure how hard someone searches. They are raised only for people
 * whose category expects a search (settings.searchCategories: A, B and C by default);
 * D (not immediately available), E (in work), F (social path) and G (awaiting
 * orientation) are not required to search, so little searching says nothing about them.
 */
export const SEARCH_INTENSITY_SIGNALS: ReadonlySet<SignalId> = new Set<SignalId>([
  'inactivity',
  'declining_activity',
  'scattered_search',
  'narrow_search',
  'off_target_geography',
  'low_response_rate',
]);

export const searchExpected = (ctx: SignalContext): boolean =>
  ctx.settings.searchCategories.includes(ctx.journal.category);

const registrationPeriodIndex = (ctx: SignalContext) =>
  periodIndex(ctx.journal.registered_on.slice(0, 7));

// ——— Activity ———

export function detectInactivity(ctx: SignalContext): Signal | null {
  const { view, settings } = ctx;
  const last = view.actions[view.actions.length - 1];
  // Counted from the last action, or from a later (re-)registration: someone who just
  // registered again is not inactive because of an action from a previous spell.
  const since = last ? Math.max(last.day, view.registeredDay) : view.registeredDay;
  const idle = view.asOfDay - since;
  if (idle < settings.inactivity.days) return null;
  const { days, fullSeverityDays } = settings.inactivity;
  const severity = 0.5 + 0.5 * clamp01((idle - days) / Math.max(1, fullSeverityDays - days));
  const from = last
    ? periodIndex(last.period) + 1
    : periodIndex(ctx.journal.registered_on.slice(0, 7));
  const quietPeriods = Array.from(
    { length: Math.max(0, periodIndex(view.asOfPeriod) - from + 1) },
    (_, i) => periodFromIndex(from + i),
  );
  const item = last
    ? evidence('inactivity.last_action', { days: idle, date: last.date }, quietPeriods, [last])
    : evidence('inactivity.none_since_registration', { days: idle }, quietPeriods);
  return signal('inactivity', severity, [item]);
}

interface ActivityTrend {
  recentPerMonth: number;
  baselinePerMonth: number;
  ratio: number;
  recentPeriods: string[];
}

/** Recent activity against the person's own earlier level (declared months only). */
function activityTrend(ctx: SignalContext): ActivityTrend | null {
  const { view, settings } = ctx;
  const { recentMonths, baselineMonths, minBaselinePerMonth } = settings.decliningActivity;
  const recentPeriods = periodsEndingWith(lastCompletePeriod(ctx), recentMonths);
  const firstRecent = periodIndex(recentPeriods[0]!);
  const baselinePeriods = periodsEndingWith(
    periodFromIndex(firstRecent - 1),
    baselineMonths,
  ).filter((p) => periodIndex(p) >= registrationPeriodIndex(ctx) && view.monthByPeriod.has(p));
  // An earlier level needs a few declared months to mean anything.
  const { minBaselineMonths } = FIXED_NUMBERS.decliningActivity;
  if (baselinePeriods.length < Math.min(minBaselineMonths, baselineMonths)) return null;
  // The periods are distinct: count each one's actions.
  const countIn = (periods: readonly string[]) =>
    periods.reduce((n, p) => n + (view.actionsByPeriod.get(p)?.length ?? 0), 0);
  const baselinePerMonth = countIn(baselinePeriods) / baselinePeriods.length;
  if (baselinePerMonth < minBaselinePerMonth) return null;
  const recentPerMonth = countIn(recentPeriods) / recentPeriods.length;
  return {
    recentPerMonth,
    baselinePerMonth,
    ratio: recentPerMonth / baselinePerMonth,
    recentPeriods,
  };
}

export function detectDecliningActivity(ctx: SignalContext): Signal | null {
  const trend = activityTrend(ctx);
  if (!trend || trend.ratio > ctx.settings.decliningActivity.maxRatio) return null;
  return signal('declining_activity', 1 - trend.ratio, [
    evidence(
      'declining.compare',
      {
        months: trend.recentPeriods.length,
        recent: round1(trend.recentPerMonth),
        baseline: round1(trend.baselinePerMonth),
        percent: percent(trend.ratio),
      },
      trend.recentPeriods,
    ),
  ]);
}

export function detectDiscouragement(ctx: SignalContext): Signal | null {
  const { view, settings } = ctx;
  const s = settings.discouragement;
  const components: { weight: number; strength: number; item: Evidence }[] = [];

  // Less searching is no sign of discouragement in someone not expected to search.
  const trend = searchExpected(ctx) ? activityTrend(ctx) : null;
  if (trend && trend.ratio <= settings.decliningActivity.maxRatio) {
    components.push({
      weight: s.weights.activity,
      strength: 1 - trend.ratio,
      item: evidence(
        'discouragement.activity',
        { recent: round1(trend.recentPerMonth), baseline: round1(trend.baselinePerMonth) },
        trend.recentPeriods,
      ),
    });
  }

  const answerable = inLastMonths(view.applications, view, s.windowMonths).filter(
    (a) => view.asOfDay - a.day >= settings.lowResponseRate.answerDelayDays,
  );
  const unanswered = answerable.filter(
    (a) => a.outcome === 'no_response' || a.outcome === 'rejected' || a.outcome === 'pending',
  );
  if (
    answerable.length >= s.minApplicationsForAnswers &&
    unanswered.length / answerable.length >= s.minUnansweredShare
  ) {
    components.push({
      weight: s.weights.answers,
      strength: unanswered.length / answerable.length,
      item: evidence(
        'discouragement.answers',
        { unanswered: unanswered.length, applications: answerable.length, months: s.windowMonths },
        periodsOf(unanswered),
        unanswered,
      ),
    });
  }

  const windowMonths = monthsInLast(view, s.windowMonths);
  const recentMoods = windowMonths.filter((m) => m.mood !== null);
  const lastMood = recentMoods[recentMoods.length - 1];
  const earlierMoods = view.months
    .filter((m) => m.mood !== null && !windowMonths.includes(m))
    .slice(-FIXED_NUMBERS.discouragement.earlierMoods);
  const mean = (ms: typeof view.months) => ms.reduce((n, m) => n + (m.mood ?? 0), 0) / ms.length;
  if (lastMood && lastMood.mood! <= s.lowMood) {
    components.push({
      weight: s.weights.mood,
      strength: (s.lowMood + 1 - lastMood.mood!) / s.lowMood,
      item: evidence('discouragement.mood_low', { mood: lastMood.mood!, period: lastMood.period }, [
        lastMood.period,
      ]),
    });
  } else if (
    recentMoods.length > 0 &&
    earlierMoods.length > 0 &&
    mean(earlierMoods) - mean(recentMoods) >= s.moodDrop
  ) {
    components.push({
      weight: s.weights.mood,
      strength: FIXED_NUMBERS.discouragement.moodDropStrength,
      item: evidence(
        'discouragement.mood_drop',
        { from: round1(mean(earlierMoods)), to: round1(mean(recentMoods)) },
        recentMoods.map((m) => m.period),
      ),
    });
  }

  // The person's own words are quoted, so the counsellor reads them, not a keyword.
  const wordItems: Evidence[] = [];
  for (const month of windowMonths) {
    // Most months have no such words: look before sorting anything.
    if (
      !(month.comment !== null && hasDiscouragement(month.comment)) &&
      !month.actions.some((a) => a.note !== null && hasDiscouragement(a.note))
    ) {
      continue;
    }
    const sources = [
      { text: month.comment, action: null },
      // In date then id order, whatever the order in the file.
      ...[...month.actions]
        .sort((a, b) =>
          a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
        )
        .map((a) => ({ text: a.note, action: a })),
    ].filter(
      (x): x is { text: string; action: (typeof month.actions)[number] | null } => x.text !== null,
    );
    const matching = sources.filter((x) => hasDiscouragement(x.text));
    const quote =
      matching[0]!.text.length > MAX_QUOTE
        ? `${matching[0]!.text.slice(0, MAX_QUOTE - 1)}…`
        : matching[0]!.text;
    const actions = matching.flatMap((x) => (x.action ? [x.action] : []));
    wordItems.push(
      evidence('discouragement.words', { period: month.period, quote }, [month.period], actions),
    );
  }
  if (wordItems.length > 0) {
    components.push({
      weight: s.weights.words,
      strength: Math.min(
        1,
        FIXED_NUMBERS.discouragement.wordsStrength +
          FIXED_NUMBERS.discouragement.wordsStrengthPerMonth * wordItems.length,
      ),
      item: wordItems[wordItems.length - 1]!,
    });
  }

  if (components.length < s.minComponents) return null;
  const weighted = components.reduce((n, c) => n + c.weight * c.strength, 0);
  return signal(
    'discouragement',
    weighted / s.saturation,
    components.map((c) => c.item),
  );
}

export function detectMissingDeclarations(ctx: SignalContext): Signal | null {
  const { view, settings } = ctx;
  const s = settings.missingDeclarations;
  // The month being declared is pending, not missing.
  const calendar = declarationCalendar(view.asOf, settings.declarationWindow);
  const lastDue = periodIndex(calendar.lastDuePeriod);
  const first = Math.max(registrationPeriodIndex(ctx), lastDue - s.windowMonths + 1);
  const missing: string[] = [];
  for (let p = first; p <= lastDue; p++) {
    const period = periodFromIndex(p);
    if (!view.monthByPeriod.has(period)) missing.push(period);
  }
  if (missing.length < s.minMissing) return null;
  return signal('missing_declarations', missing.length / s.fullSeverityMissing, [
    evidence(
      'declarations.missing',
      { count: missing.length, periods: missing.join(', ') },
      missing,
    ),
  ]);
}

export function detectBenefitEndNear(ctx: SignalContext): Signal | null {
  const end = ctx.journal.benefit_end;
  if (end === null) return null;
  const daysLeft = dayNumber(end) - ctx.view.asOfDay;
  const within = ctx.settings.benefitEndNear.withinDays;
  if (daysLeft < 0 || daysLeft > within) return null;
  return signal('benefit_end_near', 0.3 + 0.7 * (1 - daysLeft / within), [
    evidence('benefit.end', { date: end, days: daysLeft }, [end.slice(0, 7)]),
  ]);
}

export function detectRecentSuccess(ctx: SignalContext): Signal | null {
  const { view, settings } = ctx;
  const recent = view.actions.filter(
    (a) => view.asOfDay - a.day <= settings.recentSuccess.withinDays,
  );
  const items: { strength: number; item: Evidence }[] = [];
  for (const a of recent) {
    const employer = a.employer ?? '';
    if (a.outcome === 'hired')
      items.push({
        strength: FIXED_NUMBERS.recentSuccess.hiredStrength,
        item: evidence('success.hired', { date: a.date, employer }, [a.period], [a]),
      });
    else if (a.outcome === 'offer')
      items.push({
        strength: FIXED_NUMBERS.recentSuccess.offerStrength,
        item: evidence('success.offer', { date: a.date, employer }, [a.period], [a]),
      });
    else if (a.type === 'training' || a.type === 'immersion' || a.type === 'business_creation') {
      items.push({
        strength: FIXED_NUMBERS.recentSuccess.startedStrength,
        item: evidence('success.started', { what: a.type, date: a.date }, [a.period], [a]),
      });
    }
  }
  if (items.length === 0) return null;
  items.sort((x, y) => y.strength - x.strength);
  return signal(
    'recent_success',
    items[0]!.strength,
    items.slice(0, 3).map((i) => i.item),
  );
}

// ——— The search ———

export function detectScatteredSearch(ctx: SignalContext): Signal | null {
  const s = ctx.settings.scatteredSearch;
  const applications = inLastMonths(ctx.view.applications, ctx.view, s.windowMonths).filter(
    (a) => a.rome !== null,
  );
  if (applications.length < s.minApplications) return null;
  const families = new Set(applications.map((a) => a.family));
  const domains = new Set(applications.map((a) => a.domain));
  const outside = applications.filter((a) => a.fit === 'outside');
  const shareOutside = outside.length / applications.length;
  if (families.size < s.minFamilies || shareOutside < s.minShareOutsideOre) return null;
  const severity = 0.5 * shareOutside + 0.5 * Math.min(1, families.size / (2 * s.minFamilies));
  return signal('scattered_search', severity, [
    evidence(
      'scattered.families',
      { applications: applications.length, families: families.size, domains: domains.size },
      periodsOf(applications),
    ),
    evidence(
      'scattered.outside_ore',
      { percent: percent(shareOutside) },
      periodsOf(outside),
      outside,
    ),
  ]);
}

export function detectNarrowSearch(ctx: SignalContext): Signal | null {
  const { view, refs } = ctx;
  const s = ctx.settings.narrowSearch;
  const windowActions = inLastMonths(view.actions, view, s.windowMonths);
  const applications = windowActions.filter((a) => a.isApplication && a.rome !== null);
  if (applications.length < s.minApplications) return null;
  const months = new Set(applications.map((a) => a.period));
  if (months.size < s.minMonthsWithApplications) return null;
  const interviews = windowActions.filter(
    (a) =>
      a.type === 'job_interview' ||
      a.outcome === 'interview' ||
      a.outcome === 'offer' ||
      a.outcome === 'hired',
  );
  if (interviews.length > 0) return null;
  const byCode = new Map<string, ViewAction[]>();
  for (const a of applications) byCode.set(a.rome!, [...(byCode.get(a.rome!) ?? []), a]);
  const [topCode, top] = [...byCode.entries()].sort(
    (x, y) => y[1].length - x[1].length || (x[0] < y[0] ? -1 : 1),
  )[0]!;
  const share = top.length / applications.length;
  if (share < s.minTopCodeShare) return null;
  const severity =
    0.5 +
    0.25 *
      ((months.size - s.minMonthsWithApplications) /
        Math.max(1, s.windowMonths - s.minMonthsWithApplications)) +
    0.25 * ((share - s.minTopCodeShare) / Math.max(0.01, 1 - s.minTopCodeShare));
  return signal('narrow_search', severity, [
    evidence(
      'narrow.single_code',
      {
        percent: percent(share),
        applications: applications.length,
        code: topCode,
        label: refs.rome(topCode)?.label ?? '',
        months: months.size,
      },
      [...months],
      top,
    ),
    evidence('narrow.no_interview', {}, [...months]),
  ]);
}

export function detectOffTargetGeography(ctx: SignalContext): Signal | null {
  const s = ctx.settings.offTargetGeography;
  const radius = ctx.journal.ore.max_distance_km;
  const measured = inLastMonths(ctx.view.applications, ctx.view, s.windowMonths).filter(
    (a) => a.distanceKm !== null,
  );
  if (measured.length < s.minApplicationsWithDistance) return null;
  const beyond = measured.filter((a) => a.distanceKm! > radius);
  const share = beyond.length / measured.length;
  if (share < s.minShareBeyond) return null;
  const distances = measured.map((a) => a.distanceKm!).sort((a, b) => a - b);
  const mid = Math.floor(distances.length / 2);
  const median =
    distances.length % 2 ? distances[mid]! : (distances[mid - 1]! + distances[mid]!) / 2;
  return signal(
    'off_target_geography',
    0.5 + 0.5 * ((share - s.minShareBeyond) / Math.max(0.01, 1 - s.minShareBeyond)),
    [
      evidence(
        'geography.beyond',
        { percent: percent(share), radius, median: Math.round(median) },
        periodsOf(beyond),
        beyond,
      ),
    ],
  );
}

export function detectLowResponseRate(ctx: SignalContext): Signal | null {
  const { view } = ctx;
  const s = ctx.settings.lowResponseRate;
  const answerable = inLastMonths(view.applications, view, s.windowMonths).filter(
    (a) => view.asOfDay - a.day >= s.answerDelayDays,
  );
  if (answerable.length < s.minApplications) return null;
  const answers = answerable.filter((a) => a.answered);
  const rate = answers.length / answerable.length;
  if (rate > s.maxResponseRate) return null;
  const volume = Math.min(1, (answerable.length - s.minApplications) / s.minApplications);
  return signal('low_response_rate', (0.5 + 0.5 * volume) * (1 - rate), [
    evidence(
      'response.low',
      {
        answers: answers.length,
        applications: answerable.length,
        months: s.windowMonths,
        percent: percent(rate),
      },
      periodsOf(answerable),
      answerable.filter((a) => !a.answered),
    ),
  ]);
}

export function detectInterviewsWithoutOffer(ctx: SignalContext): Signal | null {
  const { view } = ctx;
  const s = ctx.settings.interviewsWithoutOffer;
  const windowActions = inLastMonths(view.actions, view, s.windowMonths);
  if (windowActions.some((a) => a.outcome === 'offer' || a.outcome === 'hired')) return null;
  // An interview is a job_interview action, or an application whose outcome says one
  // was obtained. The same process is often journaled both ways (the application, then
  // the interview a few weeks later): one employer counts once.
  const seen = new Set<string>();
  const interviews = windowActions.filter((a) => {
    if (a.type !== 'job_interview' && a.outcome !== 'interview') return false;
    const key = a.employer === null ? `#${a.id}` : a.employer.trim().toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (interviews.length < s.minInterviews) return null;
  return signal(
    'interviews_without_offer',
    0.5 + 0.5 * Math.min(1, (interviews.length - s.minInterviews) / s.minInterviews),
    [
      evidence(
        'interviews.no_offer',
        { interviews: interviews.length, months: s.windowMonths },
        periodsOf(interviews),
        interviews,
      ),
    ],
  );
}

/** In the brief's order. */
export const SIGNAL_DETECTORS: readonly ((ctx: SignalContext) => Signal | null)[] = [
  detectInactivity,
  detectDecliningActivity,
  detectDiscouragement,
  detectScatteredSearch,
  detectNarrowSearch,
  detectOffTargetGeography,
  detectLowResponseRate,
  detectInterviewsWithoutOffer,
  detectMissingDeclarations,
  detectBenefitEndNear,
  detectRecentSuccess,
];

export function detectSignals(ctx: SignalContext): Signal[] {
  const expected = searchExpected(ctx);
  return SIGNAL_DETECTORS.map((detect) => detect(ctx)).filter(
    (s): s is Signal => s !== null && (expected || !SEARCH_INTENSITY_SIGNALS.has(s.id)),
  );
}
