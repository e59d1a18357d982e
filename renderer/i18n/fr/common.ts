// French strings shared by every screen: the frame, navigation and common errors.
export const common = {
  appName: 'Jalon',
  nav: {
    label: 'Navigation principale',
    caseload: 'Portefeuille',
    team: 'Équipe',
    import: 'Import',
    history: 'Historique',
    audit: 'Journal d’audit',
    settings: 'Réglages',
    dpo: 'Protection des données',
  },
  roles: {
    counsellor: 'Conseiller',
    team_lead: 'Responsable d’équipe',
    controller: 'Contrôleur',
    admin: 'Administrateur',
    dpo: 'Délégué à la protection des données',
  },
  signedInAs: '{{name}} ({{role}})',
  signOut: 'Se déconnecter',
  benefitEnded: 'droits échus le {{date}}',
  /** The declaration calendar (shared/analysis/declaration-calendar.ts), on every screen. */
  monthStatus: {
    inProgress: 'en cours, au {{date}}',
    inProgressShort: 'en cours',
    pending: 'en attente (jusqu’au {{date}})',
  },
  skipToContent: 'Aller au contenu',
  language: {
    label: 'Langue / Language',
    fr: 'Français',
    en: 'English',
  },
  demoBanner: 'Données de démonstration : les personnes de ce portefeuille sont fictives.',
  loading: 'Chargement…',
  retry: 'Réessayer',
  noToken:
    'Cette page doit être ouverte depuis l’adresse affichée par « jalon serve » (elle contient le jeton d’accès).',
  asOfLabel: 'Situation au {{date}}',
  /** The categories of the list of job seekers (F and G since January 2025). */
  categories: {
    A: 'sans emploi, en recherche d’emploi',
    B: 'activité réduite courte, 78 h ou moins par mois',
    C: 'activité réduite longue, plus de 78 h par mois',
    D: 'pas immédiatement disponible : formation, maladie…',
    E: 'en emploi',
    F: 'parcours social',
    G: 'en attente d’orientation',
  },
  categoryWithLabel: '{{category}} ({{label}})',
  errors: {
    unknown_channel: 'Demande inconnue du service.',
    invalid_arguments: 'Demande refusée : {{message}}',
    not_found: 'Élément introuvable : {{message}}',
    unsupported: 'Action impossible dans ce mode.',
    import_input: 'Import impossible : {{message}}',
    busy: 'Un import est déjà en cours.',
    unauthorized: 'Session terminée ou accès refusé : reconnectez-vous.',
    forbidden: 'Cette action ou ces données ne relèvent pas de votre rôle.',
    locked: 'Trop d’essais infructueux : réessayez dans quelques minutes.',
    conflict: 'Modifié entre-temps par quelqu’un d’autre : rechargez puis recommencez.',
    internal: 'Une erreur inattendue est survenue.',
    unavailable:
      'La base de données n’est pas ouverte (restauration en cours ou problème au démarrage) : rechargez la page.',
    storage_full: 'Disque plein : rien n’a été enregistré. Libérez de la place puis recommencez.',
    read_only:
      'La base de données est en lecture seule : rien n’a été enregistré. Contactez le support informatique.',
    quota_exceeded:
      'Ces fichiers sont trop volumineux pour être reçus : 4 Go de fichiers en attente d’import au plus par personne. Importez-en moins à la fois.',
    transport: 'Le service ne répond pas.',
  },
} as const;
