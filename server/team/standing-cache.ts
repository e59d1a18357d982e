// Standings at past dates, kept in memory between dashboard visits: a month-end's
// figures only change when the journal, the engine or the settings do, and computing
// them is the dashboard's whole cost (about a second for a team of 3,000 people). An
// entry names what it was computed from; any change makes it a miss.

import type { SeekerStanding } from '../../shared/team/portfolio-figures';

/** Dates kept per person: a year of month-ends for a few reference dates. */
const MAX_DATES_PER_SEEKER = 48;

interface Entry {
  origin: string;
  byDate: Map<string, SeekerStanding>;
}

export class StandingCache {
  private readonly entries = new Map<number, Entry>();

  /** `origin`: the journal hash, engine and settings versions, as one string. */
  get(seekerRef: number, origin: string, date: string): SeekerStanding | undefined {
    const entry = this.entries.get(seekerRef);
    return entry?.origin === origin ? entry.byDate.get(date) : undefined;
  }

  set(seekerRef: number, origin: string, date: string, standing: SeekerStanding): void {
    let entry = this.entries.get(seekerRef);
    if (entry?.origin !== origin || entry.byDate.size >= MAX_DATES_PER_SEEKER) {
      entry = { origin, byDate: new Map() };
      this.entries.set(seekerRef, entry);
    }
    entry.byDate.set(date, standing);
  }
}
