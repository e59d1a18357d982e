// French strings of the controller's history view (Historique).
export const history = {
  title: 'Historique d’un journal',
  intro:
    'Le journal d’une personne tel qu’elle l’a déclaré, en lecture seule : sans score, sans signal, sans recommandation.',
  form: {
    title: 'Avant la consultation',
    seekerId: 'Identifiant de la personne',
    seekerIdMissing: 'Indiquez l’identifiant de la personne.',
    reason: 'Motif de la consultation',
    reasonHint:
      'Obligatoire, au moins {{min}} caractères : la demande ou le dossier qui justifie de lire ce journal. Le conseiller de la personne le lira.',
    reasonTooShort: 'Le motif doit compter au moins {{min}} caractères (actuellement {{count}}).',
    reasonLength: '{{count}} / {{max}} caractères',
    notice:
      'Cette consultation sera enregistrée dans le journal d’audit : votre identifiant, la date, la personne et le motif. Son conseiller et le responsable de son équipe pourront la lire.',
    submit: 'Consulter l’historique',
    opening: 'Ouverture…',
    notFound: 'Aucune personne n’a l’identifiant « {{seekerId}} ».',
  },
  view: {
    title: 'Historique de {{name}}',
    recorded:
      'Cette consultation est enregistrée dans le journal d’audit, avec votre motif : « {{reason}} ».',
    anotherSeeker: 'Consulter une autre personne',
    anotherSeekerHint: 'Un nouveau motif vous sera demandé.',
    id: 'Identifiant',
    registeredOn: 'Inscription',
    counsellor: 'Conseiller référent',
    digitalAccess: 'Accès au numérique',
    yes: 'oui',
    no: 'non : des mois peuvent être saisis par le conseiller',
  },
  journal: {
    title: 'Journal mois par mois',
    summary_one: '{{count}} mois déclaré, du plus récent au plus ancien.',
    summary_other: '{{count}} mois déclarés, du plus récent au plus ancien.',
    empty: 'Aucun mois déclaré dans ce journal.',
    submittedBySeeker: 'Déclaré par la personne le {{at}}',
    submittedBySeekerUndated: 'Déclaré par la personne (date d’envoi non renseignée)',
    enteredByCounsellor: 'Saisi par le conseiller pour la personne le {{at}}',
    enteredByCounsellorUndated: 'Saisi par le conseiller pour la personne (date non renseignée)',
    mood: 'Moral déclaré : {{label}} ({{mood}} sur 5)',
    noMood: 'Moral non renseigné',
    moods: {
      1: 'très bas',
      2: 'bas',
      3: 'moyen',
      4: 'bon',
      5: 'très bon',
    },
    comment: 'Commentaire du mois',
    actions_one: '{{count}} action',
    actions_other: '{{count}} actions',
    noActions: 'Aucune action déclarée ce mois-ci.',
  },
} as const;
