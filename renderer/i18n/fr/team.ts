// French strings of the team screen (Tableau de bord de l'équipe).
export const team = {
  title: 'Tableau de bord de l’équipe',
  subtitle_one:
    'Équipe {{team}} · {{people, number}} personnes suivies par {{count, number}} conseiller',
  subtitle_other:
    'Équipe {{team}} · {{people, number}} personnes suivies par {{count, number}} conseillers',
  loading: 'Calcul du tableau de bord…',
  refreshing: 'Mise à jour…',
  noCounsellors: 'Aucun conseiller n’est rattaché à votre équipe.',
  sections: {
    portfolios: 'Portefeuilles',
    attention: 'Attention, aujourd’hui',
    signals: 'Signaux par conseiller',
    trends: 'Évolution sur 12 mois',
  },
  signals: {
    // A count in the table of signals is a link: what it opens, for screen readers.
    openFiltered_one:
      '1 personne du portefeuille de {{counsellor}} avec « {{signal}} » : la voir dans le portefeuille',
    openFiltered_other:
      '{{count}} personnes du portefeuille de {{counsellor}} avec « {{signal}} » : les voir dans le portefeuille',
    caption: 'Personnes qui présentent chaque signal au {{date}}, par portefeuille',
    signal: 'Signal',
  },
  table: {
    caption:
      'Portefeuilles de l’équipe au {{date}} : taille, niveaux d’attention, signaux les plus fréquents et mois déclarés',
    counsellor: 'Conseiller',
    openPortfolio: 'voir son portefeuille',
    size: 'Personnes suivies',
    topSignals: 'Signaux les plus fréquents',
    noSignal: 'Aucun signal',
    signalCount: '{{signal}} : {{count, number}}',
    declared: 'Mois déclarés',
    declaredDetail: '{{declared, number}} sur {{due, number}}',
    noMonthDue: 'aucun mois dû',
    declaredHint:
      'Mois déclarés : de {{from}} à {{to}}, parmi les mois dus depuis l’inscription de chaque personne.',
    total: 'Équipe',
  },
  attention: {
    high: 'Attention élevée',
    medium: 'Attention moyenne',
    low: 'Attention faible',
  },
  charts: {
    counsellor: 'Conseiller',
    month: 'Mois',
    none: '—',
    distribution: {
      title: 'Niveaux d’attention par conseiller',
      summary_one:
        '{{count, number}} personne en attention élevée dans l’équipe, sur {{total, number}}.',
      summary_other:
        '{{count, number}} personnes en attention élevée dans l’équipe, sur {{total, number}}.',
    },
    high: {
      title: 'Personnes en attention élevée, fin de chaque mois',
      summary:
        'Dans l’équipe : {{first, number}} en {{firstMonth}}, {{last, number}} en {{lastMonth}}.',
    },
    declared: {
      title: 'Part des mois déclarés, mois par mois',
      summary: 'Dans l’équipe : {{first}} en {{firstMonth}}, {{last}} en {{lastMonth}}.',
      notDue: 'pas encore dû',
    },
    signal: {
      title: 'Personnes avec le signal « {{signal}} », fin de chaque mois',
      choose: 'Signal suivi',
      summary:
        'Dans l’équipe : {{first, number}} en {{firstMonth}}, {{last, number}} en {{lastMonth}}.',
    },
  },
} as const;
