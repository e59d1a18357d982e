// French strings of the import screen.
export const importScreen = {
  title: 'Importer des journaux',
  intro:
    'Fichiers au format d’échange : un fichier JSON Lines (.jsonl), ou la paire CSV seekers.csv + actions.csv. Une ligne non conforme est écartée avec sa raison ; toutes les autres sont importées.',
  chooseFiles: 'Choisir les fichiers…',
  fileInputLabel: 'Fichiers à importer',
  start: 'Importer',
  chosen: '{{count}} fichier choisi',
  chosen_other: '{{count}} fichiers choisis',
  running: 'Import en cours…',
  progressLabel: 'Progression de l’import',
  progressText: '{{percent}} — {{seekers}} personnes lues',
  failed: 'L’import a échoué : {{message}}',
  summaryTitle: 'Résultat de l’import',
  summary: {
    imported: 'Nouvelles personnes',
    updated: 'Journaux mis à jour',
    unchanged: 'Inchangés',
    rejected: 'Lignes écartées',
    warnings: 'Avertissements',
    reanalysed: 'Analyses recalculées',
  },
  issuesTitle: 'Lignes écartées et avertissements',
  noIssues: 'Aucune ligne écartée.',
  columns: {
    file: 'Fichier',
    line: 'Ligne',
    seeker: 'Personne',
    severity: 'Type',
    reason: 'Raison',
  },
  severity: { rejected: 'Écartée', warning: 'Avertissement' },
  moreIssues:
    'Les {{shown}} premières lignes sur {{total}} sont affichées ; l’export (CSV ou Excel) les contient toutes.',
  exportIssues: 'Exporter les lignes écartées (CSV)',
  exportIssuesXlsx: 'Exporter les lignes écartées (Excel .xlsx)',
  /** The worksheet's name in the XLSX export. */
  issuesSheetName: 'Lignes écartées',
  issuesFileName: 'lignes-ecartees',
} as const;
