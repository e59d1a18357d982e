// The demo's categories and the moves between them. Since January 2025 a newly
// registered person waits in G until their orientation, then moves to the category of
// their situation: A, B or C while searching, F for a social path; later moves follow
// life (a training course is D, a job that keeps them registered is E). Drawn from a
// stream of its own, after the journal: the rest of a demo seeker does not change.
import type { Category, CategoryPeriod, JournalAction, SeekerJournal } from '../journal/contract';
import type { DemoProfile } from './profiles';
import { addDays, dateIn, daysInIndex, periodToIndex } from './calendar';
import type { Random } from './random';

/** The day category G exists from. */
const CATEGORY_G_FROM = '2025-01-01';

/** Share of newcomers registered since 2025 who start in G, and how long they wait there. */
const STARTS_IN_G = 0.85;
const ORIENTATION_DAYS: readonly [number, number] = [14, 45];

/**
 * Where each profile may stand today besides its searching category, and how often.
 * The profiles that show a search-intensity signal keep searching, so the demo keeps
 * showing them; the others carry the D–G share of a real agency (about one in six).
 */
const NOT_SEARCHING_NOW: Readonly<Record<DemoProfile, readonly (readonly [Category, number])[]>> = {
  active: [
    ['D', 0.06],
    ['E', 0.06],
    ['F', 0.03],
  ],
  discouraged: [['F', 0.15]],
  scattered: [],
  narrow: [],
  inactive: [['D', 0.2]],
  far_from_home: [],
  interviews_without_offer: [],
  recently_hired: [],
  missing_months: [
    ['F', 0.12],
    ['D', 0.08],
  ],
  no_digital_access: [['F', 0.3]],
};

/** A move to D–G that still holds today happened within this many months. */
const RECENT_MOVE_MONTHS = 9;

/** Share of people searching today who spent a few months in D (a training course) before. */
const PAST_TRAINING = 0.08;

/** A `recently_hired` person whose hire or training is in the journal moves to E or D then. */
const MOVES_ON_SUCCESS = 0.8;

interface Step {
  since: string;
  category: Category;
}

function lastActionDate(
  journal: SeekerJournal,
  matches: (action: JournalAction) => boolean,
): string | undefined {
  return journal.months
    .flatMap((m) => m.actions)
    .filter(matches)
    .map((a) => a.date)
    .sort()
    .pop();
}

/** A day between `from` and `to` (both YYYY-MM-DD, from ≤ to), drawn at random. */
function dayBetween(rng: Random, from: string, to: string): string {
  const fromIndex = periodToIndex(from.slice(0, 7));
  const toIndex = periodToIndex(to.slice(0, 7));
  const monthIndex = rng.int(fromIndex, toIndex);
  const firstDay = monthIndex === fromIndex ? Number(from.slice(8, 10)) : 1;
  const lastDay = monthIndex === toIndex ? Number(to.slice(8, 10)) : daysInIndex(monthIndex);
  return dateIn(monthIndex, rng.int(firstDay, lastDay));
}

function push(steps: Step[], since: string, category: Category): void {
  const last = steps[steps.length - 1];
  if (last && (since <= last.since || category === last.category)) return;
  steps.push({ since, category });
}

/**
 * The person's category today and their history. `searching` is the category they
 * hold while looking for work; `endIndex` the last journal month: random moves stay
 * before it, a move on a hire or a training is on that action's day.
 */
export function drawCategoryStory(
  rng: Random,
  profile: DemoProfile,
  searching: Category,
  journal: SeekerJournal,
  endIndex: number,
): { category: Category; category_history: CategoryPeriod[] } {
  const latestRandomMove = dateIn(endIndex - 1, daysInIndex(endIndex - 1));
  const registered = journal.registered_on;
  const steps: Step[] = [];

  if (registered >= CATEGORY_G_FROM && rng.chance(STARTS_IN_G)) {
    steps.push({ since: registered, category: 'G' });
    const index = periodToIndex(registered.slice(0, 7));
    const oriented = addDays(index, Number(registered.slice(8, 10)), rng.int(...ORIENTATION_DAYS));
    const orientedOn = dateIn(oriented.monthIndex, oriented.day);
    // Registered too recently to be oriented yet: still awaiting orientation.
    if (orientedOn > latestRandomMove) return { category: 'G', category_history: steps };
    push(steps, orientedOn, searching);
  } else {
    steps.push({ since: registered, category: searching });
  }

  const searchingFrom = steps[steps.length - 1]!.since;
  if (profile === 'recently_hired' && rng.chance(MOVES_ON_SUCCESS)) {
    const hiredOn = lastActionDate(journal, (a) => a.outcome === 'hired');
    const trainingOn = lastActionDate(journal, (a) => a.type === 'training');
    if (hiredOn) push(steps, hiredOn, 'E');
    else if (trainingOn) push(steps, trainingOn, 'D');
  } else if (searchingFrom < latestRandomMove) {
    const draw = rng.next();
    let threshold = 0;
    const now = NOT_SEARCHING_NOW[profile].find(([, share]) => draw < (threshold += share));
    if (now) {
      const recent = dateIn(endIndex - RECENT_MOVE_MONTHS, 1);
      const from = recent > searchingFrom ? recent : searchingFrom;
      push(steps, dayBetween(rng, from, latestRandomMove), now[0]);
    } else if (rng.chance(PAST_TRAINING)) {
      const start = dayBetween(rng, searchingFrom, latestRandomMove);
      const startIndex = periodToIndex(start.slice(0, 7));
      const back = addDays(startIndex, Number(start.slice(8, 10)), rng.int(60, 180));
      const backOn = dateIn(back.monthIndex, back.day);
      if (backOn <= latestRandomMove) {
        push(steps, start, 'D');
        push(steps, backOn, searching);
      }
    }
  }
  const history = steps.length > 1 ? steps : [];
  return { category: steps[steps.length - 1]!.category, category_history: history };
}
