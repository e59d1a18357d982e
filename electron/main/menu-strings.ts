// Every string the main process shows itself (menu, native dialogs), in French (the
// default) and English. The renderer's strings live in renderer/i18n; these are the few
// the page cannot provide. The menu is built before any page runs, so it follows the
// system's language (app.getLocale()), not the choice a person made inside a page.
export const MENU_STRINGS = {
  appName: 'Jalon',
  file: {
    label: 'Fichier',
    import: 'Importer…',
    exportCsv: 'Exporter le portefeuille en CSV…',
    exportXlsx: 'Exporter le portefeuille pour Excel…',
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

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type MenuStrings = Shape<typeof MENU_STRINGS>;

export const MENU_STRINGS_EN = {
  appName: 'Jalon',
  file: {
    label: 'File',
    import: 'Import…',
    exportCsv: 'Export the caseload as CSV…',
    exportXlsx: 'Export the caseload for Excel…',
    quit: 'Quit',
  },
  view: {
    label: 'View',
    caseload: 'Caseload',
    settings: 'Settings',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullScreen: 'Full screen',
  },
  help: {
    label: 'Help',
    about: 'About Jalon',
  },
  dialogs: {
    importTitle: 'Import journals',
    importFilter: 'Journals (JSON Lines, CSV)',
    saveTitle: 'Save',
    csvFilter: 'Spreadsheet (CSV)',
    jsonlFilter: 'Journals (JSON Lines)',
    allFilesFilter: 'All files',
  },
  startupError: 'Jalon could not start',
} as const satisfies MenuStrings;

/** English when the system's language is (`en`, `en-GB`…), French otherwise. */
export function menuStrings(systemLocale: string): MenuStrings {
  return /^en\b/i.test(systemLocale) ? MENU_STRINGS_EN : MENU_STRINGS;
}
