// The team dashboard's figures: each counsellor's portfolio now (the stored analyses the
// caseload grid shows) and at the end of each of the last twelve months (the engine run
// at those dates, kept in a StandingCache), with the months declared.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ENGINE_VERSION } from '../../shared/analysis/engine';
import type { AnalysisSettings } from '../../shared/analysis/settings';
import { toAnalysisJournal } from '../../shared/analysis/types';
import { DASHBOARD_MONTHS } from '../../shared/api/team-dashboard';
import type { CounsellorFigures, TeamDashboard } from '../../shared/api/team-dashboard';
import type { Referentials } from '../../shared/reference/referentials';
import { declarationCalendar } from '../../shared/analysis/declaration-calendar';
import { dashboardPoints } from '../../shared/team/dashboard-calendar';
import type { DashboardPoint } from '../../shared/team/dashboard-calendar';
import { countDeclaredMonths } from '../../shared/team/declared-months';
import { PortfolioTally } from '../../shared/team/portfolio-figures';
import type { SeekerStanding } from '../../shared/team/portfolio-figures';
import { standingsAt } from '../../shared/team/standing-at';
import type { JournalRepository } from '../db/journal-repository';
import { StandingCache } from './standing-cache';
import { createTeamRepository } from './team-repository';
import type { TeamSeeker } from './team-repository';
import { readTransaction } from '../db/transactions';

export interface TeamDashboardDeps {
  db: Database;
  refs: Referentials;
  journals: JournalRepository;
  settings(): AnalysisSettings;
  displayNameOf(counsellorId: string): string | null;
}

/** One seeker's standing at each day the dashboard looks at (registered by then). */
type Standings = Map<string, SeekerStanding>;

interface Portfolio {
  counsellorId: string;
  displayName: string | null;
  seekers: { seeker: TeamSeeker; standings: Standings }[];
}

export function createTeamDashboard(deps: TeamDashboardDeps) {
  const repository = createTeamRepository(deps.db);
  const cache = new StandingCache();

  /**
   * The standings at each point's day the seeker was registered by, and always at asOf:
   * the stored result when it was computed for asOf from this journal, engine and
   * settings; the cache's otherwise; the engine for what neither has.
   */
  function standingsOf(
    seeker: TeamSeeker,
    points: readonly DashboardPoint[],
    asOf: string,
    settings: AnalysisSettings,
  ): Standings {
    const origin = `${seeker.contentHash} ${ENGINE_VERSION} ${settings.version}`;
    const standings: Standings = new Map();
    const stored = seeker.stored;
    if (
      stored &&
      stored.origin.asOf === asOf &&
      stored.origin.journalHash === seeker.contentHash &&
      stored.origin.engineVersion === ENGINE_VERSION &&
      stored.origin.settingsVersion === settings.version
    ) {
      standings.set(asOf, stored.standing);
    }
    const missing: string[] = [];
    for (const { asOf: day } of points) {
      if (standings.has(day) || (day !== asOf && day < seeker.registeredOn)) continue;
      const cached = cache.get(seeker.seekerRef, origin, day);
      if (cached) standings.set(day, cached);
      else missing.push(day);
    }
    if (missing.length === 0) return standings;
    const journal = deps.journals.readJournal(seeker.seekerId);
    if (!journal) throw new Error(`team dashboard: ${seeker.seekerId} has no journal`);
    const computed = standingsAt(toAnalysisJournal(journal), missing, {
      refs: deps.refs,
      settings,
    });
    missing.forEach((day, i) => {
      standings.set(day, computed[i]!);
      cache.set(seeker.seekerRef, origin, day, computed[i]!);
    });
    return standings;
  }

  /**
   * The figures at `day`, declarations counted from `declared.from` to `declared.to`;
   * with `registeredBy`, only of the people registered by that day.
   */
  function figuresAt(
    portfolio: Portfolio,
    at: { day: string; declared: { from: string; to: string }; registeredBy: boolean },
  ): CounsellorFigures {
    const tally = new PortfolioTally();
    for (const { seeker, standings } of portfolio.seekers) {
      const standing = standings.get(at.day);
      if (!standing || (at.registeredBy && seeker.registeredOn > at.day)) continue;
      tally.add(standing, countDeclaredMonths(seeker, at.declared.from, at.declared.to));
    }
    const { counsellorId, displayName } = portfolio;
    return { counsellorId, displayName, ...tally.figures() };
  }

  return {
    /** Reads everything in one transaction, so each journal matches the hash it is cached under. */
    read(team: string, counsellorIds: readonly string[], asOf: string): TeamDashboard {
      const settings = deps.settings();
      const points = dashboardPoints(asOf, DASHBOARD_MONTHS);
      const calendar = declarationCalendar(asOf, settings.declarationWindow);
      const declaredWindow = { from: points[0]!.period, to: calendar.lastDuePeriod };
      const portfolios = readTransaction(deps.db, (): Portfolio[] =>
        counsellorIds.map((counsellorId) => ({
          counsellorId,
          displayName: deps.displayNameOf(counsellorId),
          seekers: repository
            .portfolio(counsellorId, { from: declaredWindow.from, to: asOf.slice(0, 7) })
            .map((seeker) => ({ seeker, standings: standingsOf(seeker, points, asOf, settings) })),
        })),
      )();
      return {
        team,
        asOf,
        calendar,
        declaredWindow,
        // `current` counts the grid's rows; each month, the people registered by its day.
        current: portfolios.map((p) =>
          figuresAt(p, {
            day: asOf,
            declared: declaredWindow,
            registeredBy: false,
          }),
        ),
        history: points.map((point) => ({
          period: point.period,
          asOf: point.asOf,
          counsellors: portfolios.map((p) =>
            figuresAt(p, {
              day: point.asOf,
              // A month's own declarations, once it is due (judged on asOf, not at
              // its end: on its last day, a month is still being declared).
              declared: { from: point.period, to: minPeriod(point.period, declaredWindow.to) },
              registeredBy: true,
            }),
          ),
        })),
      };
    },
  };
}

export type TeamDashboardReader = ReturnType<typeof createTeamDashboard>;

/** The earlier of two periods (YYYY-MM compares as text). */
const minPeriod = (a: string, b: string) => (a <= b ? a : b);
