// What to talk about in the diagnostic interview, drawn from the analysis: one topic per
// signal, the most severe first, each with the fact that raises it and, where the engine
// has them, the jobs to discuss; then the services the recommendations propose. Worded
// as help to offer, never as a failing to point out (the journal is a support tool).
import { renderEvidence } from '../analysis/messages';
import type { CatalogueEntry } from '../analysis/recommendations';
import { SIGNAL_IDS } from '../analysis/types';
import type {
  AnalysisResult,
  Recommendation,
  RecommendationId,
  Signal,
  SignalId,
} from '../analysis/types';

export interface InterviewTopic {
  /** What to talk about: a question or an aim for the interview. */
  subject: string;
  /** The fact that raises it, then what to bring to the conversation (jobs, services). */
  points: string[];
  /** The signal behind it; null for the services to present and for the general topic. */
  signal: SignalId | null;
}

/** The services topic names this many recommendations, best ranked first. */
export const SERVICES_IN_TOPIC = 3;

const SUBJECTS: Record<SignalId, string> = {
  benefit_end_near:
    'Préparer la fin des droits : quelles pistes d’ici là, quelles aides mobiliser ?',
  discouragement:
    'Faire le point sur le moral et la motivation : qu’est-ce qui pèse le plus dans la recherche ?',
  inactivity:
    'Comprendre ce qui freine la recherche depuis la dernière action et convenir d’une première étape simple.',
  declining_activity: 'Revenir sur la baisse d’activité récente : qu’est-ce qui a changé ?',
  missing_declarations:
    'Parler des mois sans journal : le journal en ligne pose-t-il une difficulté ?',
  scattered_search:
    'Clarifier le projet : quels métiers viser en priorité parmi ceux des candidatures ?',
  narrow_search: 'Envisager d’élargir la recherche à des métiers proches de la cible actuelle.',
  off_target_geography:
    'Parler de la zone de recherche : les candidatures lointaines sont-elles réalistes (trajets, ORE) ?',
  low_response_rate:
    'Retravailler les candidatures (CV, lettre, ciblage) : peu de réponses reçues.',
  interviews_without_offer:
    'Revenir sur les entretiens d’embauche passés : qu’en retient la personne, où cela bloque-t-il ?',
  recent_success:
    'Consolider la réussite récente : quelles suites, quel accompagnement pour la suite ?',
};

const GENERAL_SUBJECT =
  'Faire le point sur la recherche en cours et fixer les objectifs des prochains mois.';
const SERVICES_SUBJECT = 'Présenter les services proposés et recueillir l’avis de la personne :';
const CLOSE_JOBS = 'Métiers proches à proposer : ';
const FOCUS_TARGETS = 'Cibles possibles pour recentrer la recherche : ';

/** Where the engine names jobs for a signal's topic: the recommendation that carries them. */
const JOBS_FOR: Partial<Record<SignalId, RecommendationId>> = {
  narrow_search: 'broaden_search',
  scattered_search: 'focus_search',
};

function byPressing(a: Signal, b: Signal): number {
  return b.severity - a.severity || SIGNAL_IDS.indexOf(a.id) - SIGNAL_IDS.indexOf(b.id);
}

function jobsLine(recommendation: Recommendation | undefined): string | null {
  if (!recommendation) return null;
  if (recommendation.suggestedRome?.length) {
    return CLOSE_JOBS + recommendation.suggestedRome.map((j) => `${j.code} ${j.label}`).join(', ');
  }
  if (recommendation.focusTargets?.length) {
    return (
      FOCUS_TARGETS + recommendation.focusTargets.map((j) => `${j.code} ${j.label}`).join(', ')
    );
  }
  return null;
}

function signalTopic(signal: Signal, recommendations: readonly Recommendation[]): InterviewTopic {
  const points: string[] = [];
  const fact = signal.evidence[0];
  if (fact) points.push(renderEvidence(fact, 'fr'));
  const carrier = JOBS_FOR[signal.id];
  const jobs = jobsLine(recommendations.find((r) => r.id === carrier));
  if (jobs) points.push(jobs);
  return { subject: SUBJECTS[signal.id], points, signal: signal.id };
}

function servicesTopic(
  recommendations: readonly Recommendation[],
  catalogue: readonly CatalogueEntry[],
): InterviewTopic | null {
  const best = [...recommendations].sort((a, b) => a.rank - b.rank).slice(0, SERVICES_IN_TOPIC);
  if (best.length === 0) return null;
  const label = (id: RecommendationId) => catalogue.find((e) => e.id === id)?.label.fr ?? id;
  return { subject: SERVICES_SUBJECT, points: best.map((r) => label(r.id)), signal: null };
}

export function interviewTopics(
  analysis: Pick<AnalysisResult, 'signals' | 'recommendations'>,
  catalogue: readonly CatalogueEntry[],
): InterviewTopic[] {
  const { recommendations } = analysis;
  const topics = [...analysis.signals]
    .sort(byPressing)
    .map((signal) => signalTopic(signal, recommendations));
  if (topics.length === 0) topics.push({ subject: GENERAL_SUBJECT, points: [], signal: null });
  const services = servicesTopic(recommendations, catalogue);
  if (services) topics.push(services);
  return topics;
}
