// French strings of the settings screen (Réglages): the reference date, the version of
// the analysis settings, each setting's meaning, and the recommendation catalogue.
export const settings = {
  title: 'Réglages',
  languageTitle: 'Langue',
  languageHelp:
    'La langue de l’interface et des rapports, retenue pour ce poste. Sans choix, celle du système (anglais s’il la préfère, sinon français).',
  asOfTitle: 'Date de situation',
  asOfHelp:
    'Les signaux et recommandations sont calculés à cette date (aujourd’hui par défaut). Changer la date recalcule les analyses.',
  asOfLabel: 'Date de situation',
  asOfToday: 'Revenir à aujourd’hui',

  retention: {
    title: 'Conservation des données',
    help: 'Une personne qu’aucun import ne contient plus est gardée pendant cette durée après le dernier import qui la contenait, puis supprimée avec tout ce que Jalon détient sur elle (journal, analyses, plan, notes, recommandations écartées). La purge passe chaque jour ; le journal d’audit en garde le nombre, jamais les noms.',
    label: 'Durée de conservation (mois)',
    bounds: 'De {{min}} à {{max}} mois ; {{default}} mois par défaut.',
    invalid: 'Indiquez un nombre entier de mois, de {{min}} à {{max}}.',
    save: 'Enregistrer la durée',
    saving: 'Enregistrement…',
    saved_one: 'Durée enregistrée : {{count}} mois.',
    saved_other: 'Durée enregistrée : {{count}} mois.',
    cutoff:
      'À la prochaine purge, les personnes absentes de tout import depuis le {{date}} seront supprimées.',
    lastRun: 'Dernière purge : le {{date}}.',
    neverRun: 'Aucune purge n’a encore eu lieu.',
  },

  reference: {
    title: 'Référentiel des métiers',
    rome4:
      'ROME 4.0, version {{version}} : {{fiches}} fiches métiers, rattachées chacune à l’une des {{classic}} fiches du ROME classique, dont les codes restent reconnus.',
    mobilities:
      'Métiers proches suggérés : pour une fiche ROME 4.0, ses mobilités ROME 4.0, puis les mobilités typées (proche ou évolution) de sa fiche de rattachement ; pour une fiche classique, ses mobilités typées. Celles-ci viennent du ROME v3 (version {{version}}).',
    source: 'Source : France Travail – ROME, Licence Ouverte 2.0.',
  },

  analysisTitle: 'Réglages de l’analyse',
  analysisHelp:
    'Seuils et poids utilisés pour repérer les personnes qui ont besoin d’aide, et catalogue des recommandations. Chaque modification crée une nouvelle version ; chaque résultat d’analyse indique la version qui l’a produit.',
  thresholdsTitle: 'Seuils et poids',
  readOnlyNote:
    'Seuls les responsables d’équipe et les administrateurs peuvent modifier ces réglages.',

  version: {
    current: 'Version en vigueur : {{version}}',
    builtIn: 'Réglages livrés avec Jalon, jamais modifiés.',
    changed: 'Enregistrée le {{date}} par {{who}}.',
    who: '{{name}} ({{id}})',
    reason: 'Motif : {{reason}}',
    historyTitle: 'Versions précédentes',
    historyCaption: 'Versions précédentes des réglages, de la plus récente à la plus ancienne',
    noHistory: 'Aucune version précédente : ce sont les réglages d’origine.',
    builtInRow: 'Réglages d’origine',
    columns: { version: 'Version', date: 'Enregistrée le', by: 'Par', reason: 'Motif' },
  },

  edit: {
    start: 'Modifier',
    cancel: 'Annuler',
    title: 'Modifier les réglages (version {{version}})',
    intro:
      'Les valeurs modifiées formeront une nouvelle version. Les analyses déjà enregistrées seront recalculées avec elle au prochain affichage d’un portefeuille.',
    reason: 'Motif du changement',
    reasonHelp: 'Obligatoire : il figure dans l’historique des versions et le journal d’audit.',
    save: 'Enregistrer une nouvelle version',
    saving: 'Enregistrement…',
    saved: 'Version {{version}} enregistrée : les analyses seront recalculées avec elle.',
    problems_one: 'Une valeur est à corriger : le champ signalé par ⚠ a reçu le curseur.',
    problems_other:
      '{{count}} valeurs sont à corriger : voir les champs signalés par ⚠ ; le premier a reçu le curseur.',
    nothingChanged: 'Aucune valeur n’a changé : il n’y a rien à enregistrer.',
    conflict:
      'Quelqu’un a modifié les réglages pendant votre saisie : une autre version est maintenant en vigueur. Vos modifications n’ont pas été enregistrées.',
    reload: 'Repartir de la version en vigueur',
  },

  invalid: {
    days: 'Un nombre de jours, au moins 1.',
    months: 'Un nombre entier de mois, au moins 1.',
    count: 'Un nombre entier, au moins 1.',
    dayOfMonth: 'Un jour du mois, entre 1 et 31.',
    mood: 'Une humeur entre 1 et 5.',
    share: 'Une part entre 0 et 1 (0,5 = la moitié).',
    positive: 'Un nombre plus grand que 0.',
    weight: 'Un nombre (négatif pour faire baisser l’attention).',
    text: 'À remplir.',
    triggerWeight: 'Un poids entre 0 et 1 (0 désactive ce déclencheur).',
    reason: 'Un motif d’au moins 3 caractères.',
    atLeastField: 'Doit être au moins égal à « {{other}} ».',
    atMostField: 'Doit être au plus égal à « {{other}} ».',
    atMostNumber: 'Au plus {{value}}.',
    atLeastNumber: 'Au moins {{value}}.',
  },

  units: {
    days_one: '{{count}} jour',
    days_other: '{{count}} jours',
    months_one: '{{count}} mois',
    months_other: '{{count}} mois',
    dayOfMonth: 'le {{value}} du mois',
  },

  setting: 'Réglage',
  value: 'Valeur',

  searchCategories: {
    title: 'Catégories tenues de rechercher un emploi',
    help: 'Seules ces catégories reçoivent les signaux sur l’intensité de la recherche (inactivité, activité en baisse, peu de réponses, recherche dispersée ou trop étroite, recherche loin du domicile). Les autres (D en formation ou malade, E en emploi, F en parcours social, G en attente d’orientation) ne sont pas tenues de chercher : seuls les signaux d’accompagnement les concernent (découragement, mois non déclarés, fin de droits, réussite récente).',
    category: 'Catégorie',
    expected: 'Tenue de rechercher un emploi',
    yes: 'Oui',
    no: 'Non',
  },

  groups: {
    inactivity: {
      title: 'Inactivité',
      help: 'Aucune action déclarée depuis longtemps à la date de situation.',
    },
    decliningActivity: {
      title: 'Activité en baisse',
      help: 'L’activité des derniers mois nettement en dessous du niveau habituel de la personne.',
    },
    discouragement: {
      title: 'Découragement',
      help: 'Un faisceau d’éléments : activité en baisse, candidatures sans réponse, humeur basse ou en baisse, mots de découragement.',
    },
    scatteredSearch: {
      title: 'Recherche dispersée',
      help: 'Des candidatures « tous azimuts », dans des métiers sans lien, surtout hors de l’ORE.',
    },
    narrowSearch: {
      title: 'Recherche trop étroite',
      help: 'Depuis des mois, (presque) toutes les candidatures visent un seul métier.',
    },
    offTargetGeography: {
      title: 'Recherche loin du domicile',
      help: 'La plupart des candidatures au-delà de la distance prévue dans l’ORE.',
    },
    lowResponseRate: {
      title: 'Peu de réponses',
      help: 'Beaucoup de candidatures, presque aucune réponse.',
    },
    interviewsWithoutOffer: {
      title: 'Entretiens sans offre',
      help: 'Plusieurs entretiens d’embauche, aucune offre.',
    },
    missingDeclarations: {
      title: 'Mois non déclarés',
      help: 'Des mois sans journal pendant la période de suivi.',
    },
    declarationWindow: {
      title: 'Calendrier de l’actualisation',
      help: 'Un mois se déclare du 28 de ce mois au 15 du suivant : jusque-là il est en attente, et le mois en cours est incomplet.',
    },
    dates: {
      title: 'Échéances',
      help: 'Fin de droits proche et réussite récente.',
    },
    attention: {
      title: 'Score d’attention',
      help: 'Ce que chaque signal ajoute au score d’attention (0 à 100) qui classe le portefeuille.',
    },
    recommendations: {
      title: 'Recommandations',
      help: 'Quand une recommandation est proposée, et combien de temps une recommandation écartée reste écartée.',
    },
  },

  fields: {
    declarationWindow: {
      opensDay: {
        label: 'Ouverture de l’actualisation (jour du mois)',
        help: 'Le mois M se déclare à partir de ce jour de M (le 28) ; dès lors il compte comme complet.',
      },
      closesDay: {
        label: 'Clôture de l’actualisation (jour du mois suivant)',
        help: 'Jusqu’à ce jour de M+1 (le 15), un mois M sans journal est en attente, pas manquant.',
      },
    },
    inactivity: {
      days: {
        label: 'Jours sans action avant le signal',
        help: 'Le signal apparaît après ce nombre de jours sans aucune action (45 par défaut).',
      },
      fullSeverityDays: {
        label: 'Jours sans action pour une sévérité maximale',
        help: 'La sévérité monte de 0,5 à 1 entre le seuil ci-dessus et ce nombre de jours.',
      },
    },
    decliningActivity: {
      recentMonths: {
        label: 'Mois récents comparés',
        help: 'Les derniers mois complets : le mois en cours n’en fait partie qu’une fois sa déclaration ouverte.',
      },
      baselineMonths: {
        label: 'Mois de référence avant eux',
        help: 'Le niveau habituel de la personne est calculé sur ces mois.',
      },
      minBaselinePerMonth: {
        label: 'Actions par mois au minimum dans la référence',
        help: 'En dessous, le niveau habituel est trop faible pour parler de baisse.',
      },
      maxRatio: {
        label: 'Rapport entre activité récente et habituelle, au plus',
        help: 'Le signal apparaît quand l’activité récente vaut au plus cette part du niveau habituel (0,5 = la moitié).',
      },
    },
    discouragement: {
      minComponents: {
        label: 'Éléments réunis au minimum',
        help: 'Parmi les quatre : baisse d’activité, candidatures sans réponse, humeur, mots de découragement.',
      },
      windowMonths: {
        label: 'Mois observés',
        help: 'Pour les réponses, l’humeur et les mots.',
      },
      minUnansweredShare: {
        label: 'Part de candidatures sans réponse ou refusées',
        help: 'Parmi les candidatures assez anciennes pour avoir reçu une réponse.',
      },
      minApplicationsForAnswers: {
        label: 'Candidatures au minimum pour juger des réponses',
        help: 'En dessous, trop peu de candidatures pour en tirer quoi que ce soit.',
      },
      lowMood: {
        label: 'Humeur basse jusqu’à',
        help: 'Humeur déclarée (1 = très basse) égale ou inférieure à cette valeur.',
      },
      moodDrop: {
        label: 'Baisse d’humeur qui compte (points)',
        help: 'Une baisse d’autant de points entre l’humeur plus ancienne et la récente compte aussi.',
      },
      weights: {
        activity: {
          label: 'Poids de la baisse d’activité',
          help: 'Part de cet élément dans la sévérité du découragement.',
        },
        answers: {
          label: 'Poids des candidatures sans réponse',
          help: 'Part de cet élément dans la sévérité du découragement.',
        },
        mood: {
          label: 'Poids de l’humeur',
          help: 'Part de cet élément dans la sévérité du découragement.',
        },
        words: {
          label: 'Poids des mots de découragement',
          help: 'Part de cet élément dans la sévérité du découragement.',
        },
      },
      saturation: {
        label: 'Somme des poids pour une sévérité maximale',
        help: 'Sévérité = somme des poids des éléments trouvés ÷ cette valeur, au plus 1.',
      },
    },
    scatteredSearch: {
      windowMonths: { label: 'Mois observés', help: 'Les candidatures de ces derniers mois.' },
      minApplications: {
        label: 'Candidatures au minimum',
        help: 'En dessous, trop peu de candidatures pour parler de dispersion.',
      },
      minFamilies: {
        label: 'Grands domaines ROME différents au minimum',
        help: 'Des métiers visés très éloignés les uns des autres.',
      },
      minShareOutsideOre: {
        label: 'Part hors de l’ORE et des métiers proches',
        help: 'Part des candidatures hors des métiers de l’ORE et de leurs mobilités.',
      },
    },
    narrowSearch: {
      windowMonths: { label: 'Mois observés', help: 'Les candidatures de ces derniers mois.' },
      minMonthsWithApplications: {
        label: 'Mois avec candidatures au minimum',
        help: '« Depuis des mois » : mois de la période où la personne a candidaté.',
      },
      minApplications: {
        label: 'Candidatures au minimum',
        help: 'En dessous, trop peu de candidatures pour parler de recherche étroite.',
      },
      minTopCodeShare: {
        label: 'Part sur un même code ROME',
        help: '« (Presque) toutes » : part des candidatures sur le métier le plus visé.',
      },
    },
    offTargetGeography: {
      windowMonths: { label: 'Mois observés', help: 'Les candidatures de ces derniers mois.' },
      minApplicationsWithDistance: {
        label: 'Candidatures localisées au minimum',
        help: 'Candidatures dont la distance au domicile est connue.',
      },
      minShareBeyond: {
        label: 'Part au-delà de la distance de l’ORE',
        help: '« La plupart » : part des candidatures plus loin que la distance prévue.',
      },
    },
    lowResponseRate: {
      windowMonths: { label: 'Mois observés', help: 'Les candidatures de ces derniers mois.' },
      minApplications: {
        label: 'Candidatures au minimum',
        help: '« Beaucoup de candidatures ».',
      },
      maxResponseRate: {
        label: 'Taux de réponse au plus',
        help: '« Presque aucune réponse » : réponses ÷ candidatures.',
      },
      answerDelayDays: {
        label: 'Délai de réponse attendu (jours)',
        help: 'Une candidature plus récente ne compte pas encore comme restée sans réponse.',
      },
    },
    interviewsWithoutOffer: {
      windowMonths: { label: 'Mois observés', help: 'Les entretiens de ces derniers mois.' },
      minInterviews: {
        label: 'Entretiens au minimum',
        help: '« Plusieurs entretiens » sans aucune offre.',
      },
    },
    missingDeclarations: {
      windowMonths: {
        label: 'Mois de suivi observés',
        help: 'Jusqu’au dernier mois dont la déclaration est close ; le mois en cours de déclaration est en attente, pas manquant.',
      },
      minMissing: {
        label: 'Mois manquants au minimum',
        help: 'Le signal apparaît à partir de ce nombre de mois sans journal.',
      },
      fullSeverityMissing: {
        label: 'Mois manquants pour une sévérité maximale',
        help: 'La sévérité vaut 1 à partir de ce nombre de mois manquants.',
      },
    },
    benefitEndNear: {
      withinDays: {
        label: 'Fin de droits proche : jours avant la fin',
        help: 'Le signal apparaît quand la fin des droits est à moins de ces jours.',
      },
    },
    recentSuccess: {
      withinDays: {
        label: 'Réussite récente : jours depuis',
        help: 'Une offre, une embauche, une formation ou une immersion depuis moins de ces jours.',
      },
    },
    attentionWeight: {
      label: 'Poids de « {{signal}} »',
      help: 'Ce que ce signal ajoute au score d’attention ; négatif, il le fait baisser.',
    },
    attention: {
      scale: {
        label: 'Échelle du score',
        help: 'Attention = 100 × (1 − e^(−somme ÷ échelle)) : plus l’échelle est grande, plus il faut de signaux pour approcher 100.',
      },
    },
    recommendations: {
      dismissalDays: {
        label: 'Jours avant de reproposer une recommandation écartée',
        help: 'Sauf si les faits qui la justifient ont changé entre-temps.',
      },
      minScore: {
        label: 'Score minimal pour être proposée',
        help: 'Entre 0 et 1 : en dessous, la recommandation n’est pas affichée.',
      },
      maxSuggestedRome: {
        label: 'Métiers proches suggérés au plus',
        help: 'Pour « Élargir la recherche à des métiers proches ».',
      },
    },
  },

  catalogue: {
    title: 'Catalogue des recommandations',
    help: 'Les recommandations et les signaux qui les déclenchent sont fixés ; leurs libellés, descriptions et poids s’adaptent.',
    recommendation: 'Recommandation',
    triggers: 'Déclenchée par (poids)',
    noTrigger: 'Aucun déclencheur',
    label: 'Libellé',
    description: 'Description',
    weight: 'Poids de « {{signal}} »',
    weightHelp: 'Entre 0 et 1 ; 0 désactive ce déclencheur.',
  },
} as const;
