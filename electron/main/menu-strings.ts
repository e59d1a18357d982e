// Every French string the main process shows itself (menu, native dialogs). The
// renderer's strings live in renderer/i18n; these are the few the page cannot provide.
export const MENU_STRINGS = {
  appName: 'Jalon',
  file: {
    label: 'Fichier',
    import: 'Importer…',
    export: 'Exporter…',
    quit: 'Quitter',
  },
  view: {
    label: 'Affichage',
    caseload: 'Portefeuille',
    settings: 'Réglages',
    resetZoom: 'Taille réelle',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    fullScreen: 'Plein écran',
  },
  help: {
    label: 'Aide',
    about: 'À propos de Jalon',
  },
  dialogs: {
    importTitle: 'Importer des journaux',
    importFilter: 'Journaux (JSON Lines, CSV)',
    saveTitle: 'Enregistrer',
    csvFilter: 'Tableur (CSV)',
    jsonlFilter: 'Journaux (JSON Lines)',
    allFilesFilter: 'Tous les fichiers',
  },
  startupError: 'Jalon n’a pas pu démarrer',
} as const;
