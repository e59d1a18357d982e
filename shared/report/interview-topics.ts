// What to talk about in the diagnostic interview, drawn from the analysis: one topic per
// signal, the most severe first, each with the fact that raises it and, where the engine
// has them, the jobs to discuss; then the services the recommendations propose. Worded
// as help to offer, never as a failing to point out (the journal is a support tool).
import { renderEvidence } from '../analysis/messages';
import type { Locale } from '../analysis/messages';
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

const SUBJECTS: Record<SignalId, Record<Locale, string>> = {
  benefit_end_near: {
    fr: 'Préparer la fin des droits : quelles pistes d’ici là, quelles aides mobiliser ?',
    en: 'Prepare for the end of benefit: which leads until then, which support to draw on?',
  },
  discouragement: {
    fr: 'Faire le point sur le moral et la motivation : qu’est-ce qui pèse le plus dans la recherche ?',
    en: 'Talk about morale and motivation: what weighs most in the search?',
  },
  inactivity: {
    fr: 'Comprendre ce qui freine la recherche depuis la dernière action et convenir d’une première étape simple.',
    en: 'Understand what has held the search back since the last action and agree on a simple first step.',
  },
  declining_activity: {
    fr: 'Revenir sur la baisse d’activité récente : qu’est-ce qui a changé ?',
    en: 'Go back over the recent drop in activity: what has changed?',
  },
  missing_declarations: {
    fr: 'Parler des mois sans journal : le journal en ligne pose-t-il une difficulté ?',
    en: 'Talk about the months without a journal: is the online journal a difficulty?',
  },
  scattered_search: {
    fr: 'Clarifier le projet : quels métiers viser en priorité parmi ceux des candidatures ?',
    en: 'Clarify the plan: which jobs to target first among those applied for?',
  },
  narrow_search: {
    fr: 'Envisager d’élargir la recherche à des métiers proches de la cible actuelle.',
    en: 'Consider broadening the search to jobs close to the current target.',
  },
  off_target_geography: {
    fr: 'Parler de la zone de recherche : les candidatures lointaines sont-elles réalistes (trajets, ORE) ?',
    en: 'Talk about the search area: are the distant applications realistic (travel, ORE)?',
  },
  low_response_rate: {
    fr: 'Retravailler les candidatures (CV, lettre, ciblage) : peu de réponses reçues.',
    en: 'Rework the applications (CV, letter, targeting): few answers received.',
  },
  interviews_without_offer: {
    fr: 'Revenir sur les entretiens d’embauche passés : qu’en retient la personne, où cela bloque-t-il ?',
    en: 'Go back over past job interviews: what does the person take from them, where does it get stuck?',
  },
  recent_success: {
    fr: 'Consolider la réussite récente : quelles suites, quel accompagnement pour la suite ?',
    en: 'Build on the recent success: what next, what support from here?',
  },
};

const GENERAL_SUBJECT: Record<Locale, string> = {
  fr: 'Faire le point sur la recherche en cours et fixer les objectifs des prochains mois.',
  en: 'Take stock of the current search and set the goals for the coming months.',
};
const SERVICES_SUBJECT: Record<Locale, string> = {
  fr: 'Présenter les services proposés et recueillir l’avis de la personne :',
  en: 'Present the proposed services and ask for the person’s view:',
};
const CLOSE_JOBS: Record<Locale, string> = {
  fr: 'Métiers proches à proposer : ',
  en: 'Close jobs to suggest: ',
};
const FOCUS_TARGETS: Record<Locale, string> = {
  fr: 'Cibles possibles pour recentrer la recherche : ',
  en: 'Possible targets to refocus the search: ',
};

/** Where the engine names jobs for a signal's topic: the recommendation that carries them. */
const JOBS_FOR: Partial<Record<SignalId, RecommendationId>> = {
  narrow_search: 'broaden_search',
  scattered_search: 'focus_search',
};

function byPressing(a: Signal, b: Signal): number {
  return b.severity - a.severity || SIGNAL_IDS.indexOf(a.id) - SIGNAL_IDS.indexOf(b.id);
}

function jobsLine(recommendation: Recommendation | undefined, locale: Locale): string | null {
  if (!recommendation) return null;
  if (recommendation.suggestedRome?.length) {
    return (
      CLOSE_JOBS[locale] +
      recommendation.suggestedRome.map((j) => `${j.code} ${j.label}`).join(', ')
    );
  }
  if (recommendation.focusTargets?.length) {
    return (
      FOCUS_TARGETS[locale] +
      recommendation.focusTargets.map((j) => `${j.code} ${j.label}`).join(', ')
    );
  }
  return null;
}

function signalTopic(
  signal: Signal,
  recommendations: readonly Recommendation[],
  locale: Locale,
): InterviewTopic {
  const points: string[] = [];
  const fact = signal.evidence[0];
  if (fact) points.push(renderEvidence(fact, locale));
  const carrier = JOBS_FOR[signal.id];
  const jobs = jobsLine(
    recommendations.find((r) => r.id === carrier),
    locale,
  );
  if (jobs) points.push(jobs);
  return { subject: SUBJECTS[signal.id][locale], points, signal: signal.id };
}

function servicesTopic(
  recommendations: readonly Recommendation[],
  catalogue: readonly CatalogueEntry[],
  locale: Locale,
): InterviewTopic | null {
  const best = [...recommendations].sort((a, b) => a.rank - b.rank).slice(0, SERVICES_IN_TOPIC);
  if (best.length === 0) return null;
  const label = (id: RecommendationId) => catalogue.find((e) => e.id === id)?.label[locale] ?? id;
  return { subject: SERVICES_SUBJECT[locale], points: best.map((r) => label(r.id)), signal: null };
}

export function interviewTopics(
  analysis: Pick<AnalysisResult, 'signals' | 'recommendations'>,
  catalogue: readonly CatalogueEntry[],
  locale: Locale = 'fr',
): InterviewTopic[] {
  const { recommendations } = analysis;
  const topics = [...analysis.signals]
    .sort(byPressing)
    .map((signal) => signalTopic(signal, recommendations, locale));
  if (topics.length === 0) {
    topics.push({ subject: GENERAL_SUBJECT[locale], points: [], signal: null });
  }
  const services = servicesTopic(recommendations, catalogue, locale);
  if (services) topics.push(services);
  return topics;
}
