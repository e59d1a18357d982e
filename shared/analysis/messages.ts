// The words of the analysis: evidence and reasons are stored as a key and parameters,
// and turned into French (default) or English here, so every sentence a counsellor
// reads lives in one place and a later language is a new column, not a code change.
import type { Evidence, SignalId } from './types';

export type Locale = 'fr' | 'en';

const MESSAGES: Record<string, Record<Locale, string>> = {
  'inactivity.last_action': {
    fr: 'Aucune action depuis {days} jours (dernière le {date}).',
    en: 'No action for {days} days (last one on {date}).',
  },
  'inactivity.none_since_registration': {
    fr: 'Aucune action depuis l’inscription, il y a {days} jours.',
    en: 'No action since registration, {days} days ago.',
  },
  'declining.compare': {
    fr: 'Activité des {months} derniers mois : {recent} actions par mois, contre {baseline} auparavant ({percent} % de son niveau habituel).',
    en: 'Activity over the last {months} months: {recent} actions a month, against {baseline} before ({percent}% of the usual level).',
  },
  'discouragement.activity': {
    fr: 'Activité en baisse : {recent} actions par mois contre {baseline} auparavant.',
    en: 'Falling activity: {recent} actions a month against {baseline} before.',
  },
  'discouragement.answers': {
    fr: '{unanswered} candidatures sur {applications} sans réponse ou refusées ces {months} derniers mois.',
    en: '{unanswered} of {applications} applications unanswered or refused over the last {months} months.',
  },
  'discouragement.mood_low': {
    fr: 'Moral déclaré bas : {mood}/5 en {period}.',
    en: 'Low self-reported mood: {mood}/5 in {period}.',
  },
  'discouragement.mood_drop': {
    fr: 'Moral en baisse : de {from}/5 en moyenne à {to}/5.',
    en: 'Mood falling: from {from}/5 on average to {to}/5.',
  },
  'discouragement.words': {
    fr: 'Mots de découragement dans le journal ({period}) : « {quote} ».',
    en: 'Words of discouragement in the journal ({period}): “{quote}”.',
  },
  'scattered.families': {
    fr: '{applications} candidatures réparties sur {families} grands domaines et {domains} domaines professionnels.',
    en: '{applications} applications spread over {families} occupational families and {domains} domains.',
  },
  'scattered.outside_ore': {
    fr: '{percent} % des candidatures hors des métiers de l’ORE et de leurs métiers proches.',
    en: '{percent}% of applications outside the ORE jobs and their close jobs.',
  },
  'narrow.single_code': {
    fr: '{percent} % des {applications} candidatures sur un seul métier ({code} {label}) pendant {months} mois.',
    en: '{percent}% of {applications} applications on a single job ({code} {label}) over {months} months.',
  },
  'narrow.no_interview': {
    fr: 'Aucun entretien obtenu sur la période.',
    en: 'No interview over the period.',
  },
  'geography.beyond': {
    fr: '{percent} % des candidatures au-delà de {radius} km du domicile (médiane {median} km).',
    en: '{percent}% of applications beyond {radius} km from home (median {median} km).',
  },
  'response.low': {
    fr: '{answers} réponse(s) pour {applications} candidatures ces {months} derniers mois ({percent} %).',
    en: '{answers} answer(s) to {applications} applications over the last {months} months ({percent}%).',
  },
  'interviews.no_offer': {
    fr: '{interviews} entretiens d’embauche ces {months} derniers mois, sans offre.',
    en: '{interviews} job interviews over the last {months} months, no offer.',
  },
  'declarations.missing': {
    fr: '{count} mois sans journal sur la période suivie : {periods}.',
    en: '{count} month(s) without a journal in the follow-up period: {periods}.',
  },
  'benefit.end': {
    fr: 'Fin des droits à l’allocation le {date}, dans {days} jours.',
    en: 'Unemployment benefit ends on {date}, in {days} days.',
  },
  'success.hired': {
    fr: 'Embauche déclarée le {date}{employer}.',
    en: 'Hired on {date}{employer}.',
  },
  'success.offer': {
    fr: 'Offre d’emploi reçue le {date}{employer}.',
    en: 'Job offer received on {date}{employer}.',
  },
  'success.started': {
    fr: '{what} commencée le {date}.',
    en: '{what} started on {date}.',
  },
};

const ACTIVITY_NAMES: Record<string, Record<Locale, string>> = {
  training: { fr: 'Formation', en: 'Training' },
  immersion: { fr: 'Immersion professionnelle', en: 'Work placement' },
  business_creation: { fr: 'Démarche de création d’entreprise', en: 'Business creation' },
};

const SIGNAL_LABELS: Record<SignalId, Record<Locale, string>> = {
  inactivity: { fr: 'Inactivité', en: 'Inactivity' },
  declining_activity: { fr: 'Activité en baisse', en: 'Declining activity' },
  discouragement: { fr: 'Découragement', en: 'Discouragement' },
  scattered_search: { fr: 'Recherche dispersée', en: 'Scattered search' },
  narrow_search: { fr: 'Recherche trop étroite', en: 'Narrow search' },
  off_target_geography: { fr: 'Candidatures loin du domicile', en: 'Applications far from home' },
  low_response_rate: { fr: 'Peu de réponses', en: 'Few answers' },
  interviews_without_offer: { fr: 'Entretiens sans offre', en: 'Interviews without offer' },
  missing_declarations: { fr: 'Mois sans journal', en: 'Months without a journal' },
  benefit_end_near: { fr: 'Fin de droits proche', en: 'Benefit ending soon' },
  recent_success: { fr: 'Réussite récente', en: 'Recent success' },
};

export function signalLabel(id: SignalId, locale: Locale = 'fr'): string {
  return SIGNAL_LABELS[id][locale];
}

export function messageKeys(): string[] {
  return Object.keys(MESSAGES);
}

const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

interface Formatters {
  date: Intl.DateTimeFormat;
  period: Intl.DateTimeFormat;
  number: Intl.NumberFormat;
}

// Built once per locale, on first use: an Intl formatter costs far more to create than
// to use, and a caseload page renders the evidence of hundreds of seekers.
const FORMATTERS: Partial<Record<Locale, Formatters>> = {};

function formatters(locale: Locale): Formatters {
  return (FORMATTERS[locale] ??= {
    date: new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'short', timeZone: 'UTC' }),
    period: new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
    number: new Intl.NumberFormat(INTL_LOCALE[locale]),
  });
}

function formatDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number);
  return formatters(locale).date.format(new Date(Date.UTC(y!, m! - 1, d!)));
}

function formatPeriod(period: string, locale: Locale): string {
  const [y, m] = period.split('-').map(Number);
  return formatters(locale).period.format(new Date(Date.UTC(y!, m! - 1, 1)));
}

function formatParam(name: string, value: string | number, locale: Locale): string {
  if (typeof value === 'number') return formatters(locale).number.format(value);
  if (name === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, locale);
  if (name === 'period' && /^\d{4}-\d{2}$/.test(value)) return formatPeriod(value, locale);
  if (name === 'periods') {
    return value
      .split(', ')
      .map((p) => (/^\d{4}-\d{2}$/.test(p) ? formatPeriod(p, locale) : p))
      .join(', ');
  }
  if (name === 'what') return ACTIVITY_NAMES[value]?.[locale] ?? value;
  if (name === 'employer') return value ? ` (${value})` : '';
  return value;
}

/** The evidence as a sentence, dates, months and numbers written the way the locale writes them. */
export function renderEvidence(evidence: Evidence, locale: Locale = 'fr'): string {
  const template = MESSAGES[evidence.key]?.[locale];
  if (!template) return evidence.key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = evidence.params[name];
    return value === undefined ? '' : formatParam(name, value, locale);
  });
}
