// « Tout ce que Jalon détient sur cette personne »: everything the store holds about one
// person, gathered for the data-protection officer's right-of-access answer. The JSON
// export is this object; the PDF is its print page, drawn from the same object. The
// analysis is the one the person's page shows on the day of the export (signals,
// score, recommendations with their evidence): the engine's reading of the journal and
// of the counsellor's dismissals, computed again rather than taken from the grid's cache.
import type { PersonDossier } from '../../shared/api/dpo';
import { localIsoDate } from '../local-date';
import type { ServiceContext } from '../api/service-context';

type DossierSources = Pick<
  ServiceContext,
  'journals' | 'analyse' | 'followUp' | 'accessLog' | 'audit' | 'now'
>;

/** Undefined when Jalon holds nobody under this identifier. */
export function personDossier(
  s: DossierSources,
  seekerId: string,
  producedBy: string,
): PersonDossier | undefined {
  const key = s.journals.findSeeker(seekerId);
  const journal = key && s.journals.readJournal(seekerId);
  if (!key || !journal) return undefined;
  const asOf = localIsoDate(s.now());
  const plan = s.followUp.actionPlan(key.seekerRef);
  return {
    kind: 'jalon.person-dossier',
    version: 1,
    producedAt: s.now().toISOString(),
    producedBy,
    seekerId,
    journal,
    analysis: {
      asOf,
      result: s.analyse(journal, asOf, s.followUp.engineDismissals(key.seekerRef)),
    },
    decisions: {
      accepted: plan.filter((item) => item.recommendationId !== null),
      dismissed: s.followUp.dismissalRecords(key.seekerRef),
    },
    plan,
    notes: s.followUp.notes(key.seekerRef),
    reads: s.accessLog.ofSeeker(seekerId, key.counsellorId),
    trail: s.audit.ofSeeker(seekerId).map((entry) => ({
      at: entry.at,
      actor: entry.actor,
      action: entry.action,
      reason: entry.reason,
      details: entry.details,
    })),
  };
}
