// French strings shared by every screen: the frame, navigation and common errors.
export const common = {
  appName: 'Jalon',
  nav: {
    label: 'Navigation principale',
    caseload: 'Portefeuille',
    import: 'Import',
    settings: 'Réglages',
  },
  demoBanner: 'Données de démonstration : les personnes de ce portefeuille sont fictives.',
  loading: 'Chargement…',
  retry: 'Réessayer',
  noToken:
    'Cette page doit être ouverte depuis l’adresse affichée par « jalon serve » (elle contient le jeton d’accès).',
  asOfLabel: 'Situation au {{date}}',
  errors: {
    unknown_channel: 'Demande inconnue du service.',
    invalid_arguments: 'Demande refusée : {{message}}',
    not_found: 'Élément introuvable : {{message}}',
    unsupported: 'Action impossible dans ce mode.',
    import_input: 'Import impossible : {{message}}',
    busy: 'Un import est déjà en cours.',
    unauthorized: 'Accès refusé : rouvrez l’adresse affichée au démarrage.',
    internal: 'Une erreur inattendue est survenue.',
    transport: 'Le service ne répond pas.',
  },
} as const;
