// The caseload grid and the seeker page: what a counsellor reads of their portfolio and
// a team lead of their team's.
import { declarationCalendar } from '../../shared/analysis/declaration-calendar';
import type { AnalysisResult } from '../../shared/analysis/types';
import type { CallContext, Handlers, SeekerPage } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { SeekerJournal } from '../../shared/journal/contract';
import type { Referentials } from '../../shared/reference/referentials';
import { refreshStaleAnalyses } from '../analysis/refresh-analyses';
import type { ServiceContext } from './service-context';

type PortfolioHandlers = Pick<Handlers, 'caseload.list' | 'seeker.get'>;

export function romeLabelsFor(
  journal: SeekerJournal,
  analysis: AnalysisResult | null,
  refs: Referentials,
): Record<string, string> {
  const codes = new Set<string>(journal.ore.rome);
  for (const month of journal.months) {
    for (const action of month.actions) if (action.rome) codes.add(action.rome);
  }
  for (const rec of analysis?.recommendations ?? []) {
    for (const s of rec.suggestedRome ?? []) codes.add(s.code);
    for (const t of rec.focusTargets ?? []) codes.add(t.code);
  }
  const labels: Record<string, string> = {};
  for (const code of codes) {
    const fiche = refs.rome(code);
    if (fiche) labels[code] = fiche.label;
  }
  return labels;
}

/** A code in neither ROME version counts under its own letter, as in the analysis. */
export function oreFamiliesOf(oreRome: readonly string[], refs: Referentials): string[] {
  return [...new Set(oreRome.map((code) => refs.rome(code)?.familyCode ?? code.charAt(0)))];
}

export function communeNamesFor(journal: SeekerJournal, refs: Referentials) {
  const codes = new Set<string>();
  if (journal.commune) codes.add(journal.commune);
  for (const month of journal.months) {
    for (const action of month.actions) if (action.commune) codes.add(action.commune);
  }
  const names: Record<string, string> = {};
  for (const code of codes) {
    const commune = refs.commune(code);
    if (commune) names[code] = commune.name;
  }
  return names;
}

/** The seeker page as its reader may read it; the caller records the read (a page, a report). */
export function seekerPageOf(
  s: ServiceContext,
  { seekerId, asOf }: { seekerId: string; asOf: string },
  call: CallContext,
): SeekerPage {
  const { key, journal } = s.seekerFor(call, seekerId, 'read');
  const analysis = s.analyse(journal, asOf, s.followUp.engineDismissals(key.seekerRef));
  return {
    journal,
    analysis,
    romeLabels: romeLabelsFor(journal, analysis, s.refs),
    oreFamilies: oreFamiliesOf(journal.ore.rome, s.refs),
    communeNames: communeNamesFor(journal, s.refs),
    actionPlan: s.followUp.actionPlan(key.seekerRef),
    dismissals: s.followUp.dismissalRecords(key.seekerRef),
    notes: s.followUp.notes(key.seekerRef),
    canEdit: s.access.canWrite(call, key.counsellorId),
    calendar: declarationCalendar(asOf, s.settings().declarationWindow),
    searchExpected: s.settings().searchCategories.includes(journal.category),
  };
}

export function portfolioHandlers(s: ServiceContext): PortfolioHandlers {
  return {
    'caseload.list': async ({ counsellorId, asOf }, call) => {
      const readable = s.access.readableCounsellors(call);
      if (counsellorId !== null && !readable.includes(counsellorId)) {
        throw new ApiError('forbidden', `the portfolio of ${counsellorId} is not yours to read`);
      }
      await refreshStaleAnalyses(s.db, {
        asOf,
        refs: s.refs,
        settings: s.settings(),
        catalogue: s.catalogue(),
      });
      const portfolio = counsellorId === null ? readable : [counsellorId];
      const caseload = s.caseload.read(portfolio, asOf);
      s.logRead(call, { what: 'portfolio', portfolio, seekers: caseload.rows.length });
      return {
        ...caseload,
        calendar: declarationCalendar(asOf, s.settings().declarationWindow),
      };
    },

    'seeker.get': (args, call): SeekerPage => {
      const page = seekerPageOf(s, args, call);
      s.logRead(call, { what: 'seeker_page', seekerId: page.journal.seeker_id });
      return page;
    },
  };
}
