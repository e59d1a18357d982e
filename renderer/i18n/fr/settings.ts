// French strings of the settings screen.
export const settings = {
  title: 'Réglages',
  asOfTitle: 'Date de situation',
  asOfHelp:
    'Les signaux et recommandations sont calculés à cette date (aujourd’hui par défaut). Changer la date recalcule les analyses.',
  asOfLabel: 'Date de situation',
  asOfToday: 'Revenir à aujourd’hui',
  analysisTitle: 'Réglages de l’analyse',
  analysisHelp:
    'Seuils et poids utilisés pour détecter les situations. Lecture seule pour l’instant : leur modification par le responsable d’équipe viendra plus tard.',
  version: 'Version des réglages : {{version}}',
  setting: 'Réglage',
  value: 'Valeur',
  catalogueTitle: 'Catalogue des recommandations',
  recommendation: 'Recommandation',
  triggers: 'Déclenchée par (poids)',
} as const;
