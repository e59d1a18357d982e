// What `jalon` says, in French (the default) or English: English when the system's
// language is English (LC_ALL, else LC_MESSAGES, else LANG, the first one set, as POSIX
// reads them, starting with "en"). JSON output keeps its keys in English: it is a
// contract with scripts; the reasons it quotes follow the language like the rest.
import type { Locale } from '../shared/analysis/messages';

export function cliLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  const setting = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return setting !== undefined && /^en(?:[_.@-]|$)/i.test(setting) ? 'en' : 'fr';
}

const FR = {
  program: 'Jalon : les journaux de recherche d’emploi pour les conseillers France Travail.',
  helpAfterError: '(lancez avec --help pour l’usage)',
  helpOption: 'afficher l’aide de la commande',
  helpCommand: 'afficher l’aide d’une commande',
  helpTitles: {
    'Usage:': 'Usage :',
    'Options:': 'Options :',
    'Arguments:': 'Arguments :',
    'Commands:': 'Commandes :',
    'Global Options:': 'Options globales :',
  } as Record<string, string>,
  defaultOpen: '(par défaut : ',
  dbOption: 'fichier de base de données (par défaut : $JALON_DB ou le dossier de données)',
  jsonOption: 'écrire en JSON',
  error: (message: string) => `jalon : ${message}`,
  seed: {
    description:
      'Écrire un portefeuille de démonstration réaliste et déterministe au format d’échange (mêmes options, mêmes octets).',
    out: 'fichier de sortie (jsonl) ou dossier (csv : seekers.csv + actions.csv)',
    seekers: 'nombre de personnes',
    months: 'mois de journal par personne',
    seed: 'graine du hasard',
    end: 'le jour où la démonstration est faite, ou son dernier mois entier (par défaut : aujourd’hui ; jamais plus tard)',
    format: 'jsonl ou csv',
    idPrefix:
      'début des identifiants (DE : ceux de la démonstration, qu’un import de ce fichier remplacerait)',
    wholeNumber: (name: string, max: number, value: string) =>
      `${name} doit être un nombre entier de 1 à ${max}, pas ${JSON.stringify(value)}`,
    badSeed: (value: string) => `--seed doit être un nombre entier, pas ${JSON.stringify(value)}`,
    badEnd: (value: string) =>
      `--end doit être un mois AAAA-MM ou un jour AAAA-MM-JJ, pas ${JSON.stringify(value)}`,
    endAfterToday: (value: string, today: string) =>
      `--end : ${value} est après aujourd’hui (${today})`,
    badFormat: (value: string) => `--format doit être jsonl ou csv, pas ${JSON.stringify(value)}`,
    badPrefix: (value: string) =>
      `--id-prefix doit faire 1 à 20 caractères parmi A-Z, a-z et 0-9, pas ${JSON.stringify(value)}`,
    wrote: (count: number, months: number, end: string, seed: number, out: string, ids: string) =>
      `${count} personnes de démonstration écrites (${months} mois jusqu’à ${end}, graine ${seed}, identifiants ${ids}) dans ${out}.`,
  },
  import: {
    description:
      'Importer des journaux : un ou plusieurs fichiers .jsonl, ou la paire CSV seekers.csv + actions.csv.\n' +
      'Code de sortie 0 : chaque ligne importée ou inchangée ; 3 : des lignes écartées, le reste importé ; 1 : rien n’a pu être lu.',
    files: 'fichiers de journaux',
    json: 'écrire le bilan en JSON',
    summary: (c: {
      imported: number;
      updated: number;
      unchanged: number;
      rejected: number;
      warnings: number;
    }) =>
      `Importées ${c.imported}, remplacées ${c.updated}, inchangées ${c.unchanged}, écartées ${c.rejected}, avertissements ${c.warnings}.`,
    sameContent: (ref: number, at: string) =>
      `Rien n’a changé : ce contenu a déjà été importé (import n° ${ref}, ${at}).`,
    upToDate: 'Rien n’a changé : chaque journal était déjà à jour.',
    rejectedTitle: 'Lignes écartées :',
    warningsTitle: 'Avertissements :',
    issue: (file: string, line: number, reason: string) => `  ${file} ligne ${line} : ${reason}`,
    more: (count: number, listed: number) =>
      `  … et ${count} de plus (--json liste les ${listed} premières).`,
    progressLabel: 'Import',
    progress: (seekers: number, actions: number, rejected: number) =>
      `${seekers} personnes, ${actions} actions, ${rejected} écartées`,
    badChunkBytes: (value: string) =>
      `JALON_IMPORT_CHUNK_BYTES doit être un nombre entier d’octets, au moins 1024, pas ${JSON.stringify(value)}`,
  },
  export: {
    description:
      'Exporter chaque journal au format d’échange, canonique et stable (import → export → import → export donne des fichiers identiques).',
    out: 'fichier de sortie (jsonl) ou dossier (csv : seekers.csv + actions.csv)',
    format: 'jsonl ou csv',
    badFormat: (value: string) => `--format doit être jsonl ou csv, pas ${JSON.stringify(value)}`,
    done: (seekers: number, files: readonly string[]) =>
      `${seekers} personnes exportées dans ${files.join(' et ')}.`,
  },
  stats: {
    description: 'Compter ce que la base contient : personnes, mois, actions, conseillers.',
    counts: (s: { seekers: number; months: number; actions: number; counsellors: number }) =>
      `${s.seekers} personnes, ${s.months} mois, ${s.actions} actions, ${s.counsellors} conseillers`,
  },
  demo: {
    description:
      'Remplir la base avec le portefeuille de démonstration (par l’import réel ; le relancer ne change rien).',
    seekers: 'nombre de personnes',
  },
  analyze: {
    description:
      'Analyser des journaux : signaux et faits observés, score d’attention, recommandations classées.\n' +
      'Depuis un fichier .jsonl, ou depuis la base (les résultats y sont enregistrés et mis à jour).',
    file: 'un fichier de journaux .jsonl (sinon la base)',
    seeker: 'seulement cette personne',
    asOf: 'date de situation (par défaut : aujourd’hui)',
  },
  serve: {
    description:
      'Mode navigateur : servir l’application sur 127.0.0.1 (pour les postes où l’application de bureau ne peut pas tourner).',
    port: 'port (0 : n’importe quel port libre)',
    demoIfEmpty: 'charger d’abord le portefeuille de démonstration si la base ne contient personne',
  },
  report: {
    description:
      'Écrire la préparation d’entretien d’une personne en PDF (imprimée par Chromium : $JALON_CHROMIUM ou celui du système).',
    seeker: 'la personne dont écrire la préparation',
    out: 'le fichier PDF à écrire (remplacé s’il existe)',
    asOf: 'date de situation de l’analyse (par défaut : aujourd’hui)',
  },
  audit: {
    description: 'Le journal d’audit : qui a fait quoi, et quand.',
    verify:
      'Vérifier la chaîne d’empreintes du journal d’audit : code 0 si intacte, 1 en nommant la première entrée rompue.',
    broken: (entry: number | string, reason: string) =>
      `journal d’audit rompu à l’entrée ${entry} : ${reason}`,
    intact: (entries: number) => `journal d’audit intact : ${entries} entrées`,
    expectHead:
      'tête attendue, « entrées:empreinte » comme l’affiche `jalon audit head` et notée hors de la base : la chaîne doit y mener',
    badHead: (text: string) =>
      `tête attendue invalide « ${text} » : attendu « entrées:empreinte » (un nombre, deux-points, 64 caractères hexadécimaux)`,
    head: 'Afficher la tête de la chaîne (nombre d’entrées et dernière empreinte), à noter hors de la base.',
    empty: 'journal d’audit vide : pas de tête',
  },
  purge: {
    description:
      'Supprimer les personnes qu’aucun import n’a portées depuis la durée de conservation (Réglages, 24 mois par défaut), avec tout ce que Jalon détient sur elles ; le journal d’audit en garde le nombre, jamais les noms.',
    dryRun: 'compter ce qui serait supprimé, sans rien supprimer',
    frame: (months: number, cutoff: string) =>
      `Conservation ${months} mois : personnes absentes de tout import depuis le ${cutoff}.`,
    wouldRemove: 'Simulation, rien n’est supprimé. Serait supprimé :',
    removed: 'Supprimé :',
    count: (what: string, n: number) => `${what} : ${n}`,
    tables: {
      seekers: 'personnes',
      journal_actions: 'actions du journal',
      journal_months: 'mois du journal',
      analysis_results: 'analyses',
      action_plan_items: 'actions du plan',
      recommendation_dismissals: 'recommandations écartées',
      seeker_notes: 'notes',
      import_issues: 'lignes d’import rejetées ou signalées',
      access_log: 'lectures de leur dossier (journal des accès)',
    } as Record<string, string>,
  },
  dpo: {
    description:
      'Le droit d’accès (DPO) : tout ce que Jalon détient sur une personne, enregistré dans le journal d’audit.',
    export:
      'Écrire « Tout ce que Jalon détient sur cette personne » (journal, analyses, décisions, plan, notes, lectures) en JSON ou en PDF.',
    seeker: 'la personne concernée',
    format: 'json ou pdf',
    out: 'le fichier à écrire (remplacé s’il existe)',
    as: 'l’identifiant du DPO qui répond à la demande (un utilisateur de rôle dpo ; par défaut : la ligne de commande)',
    badFormat: (value: string) => `--format : json ou pdf, pas ${JSON.stringify(value)}`,
    notDpo: (id: string) => `${id} n’est pas un utilisateur actif de rôle dpo`,
    written: (out: string, bytes: number) => `Jalon : ${out} écrit (${bytes} octets)`,
  },
  user: {
    description: 'Administrer les personnes qui utilisent Jalon.',
    add: 'Ajouter un utilisateur ; le mot de passe est lu sur l’entrée standard.',
    id: 'identifiant (celui d’un conseiller est son identifiant de conseiller dans les journaux)',
    plainId: 'identifiant',
    name: 'nom affiché',
    team: 'identifiant d’équipe (conseillers et responsables d’équipe)',
    list: 'Lister les utilisateurs.',
    disable: 'Empêcher un utilisateur de se connecter.',
    enable: 'Permettre à un utilisateur désactivé de se connecter à nouveau.',
    resetPassword:
      'Définir un nouveau mot de passe (lu sur l’entrée standard) et lever tout blocage.',
    added: (id: string, role: string) => `${id} ajouté (${role})`,
    disabledMark: ' (désactivé)',
    disabled: (id: string) => `${id} désactivé`,
    enabled: (id: string) => `${id} réactivé`,
    passwordReset: (id: string) => `mot de passe de ${id} réinitialisé`,
    pipePassword:
      'passez le mot de passe sur l’entrée standard, par exemple : printf %s "$PW" | jalon user …',
    noPassword: 'aucun mot de passe sur l’entrée standard',
  },
  reportWritten: (out: string, pages: number | null) =>
    `Jalon : ${out} écrit${pages === null ? '' : ` (${pages} pages)`}`,
  cannotWrite: (out: string, reason: string) => `impossible d’écrire ${out} : ${reason}`,
  serveLoadingDemo: 'Jalon : chargement du portefeuille de démonstration…',
  demoFilled: (path: string) =>
    `Données de démonstration — portefeuille de démonstration dans ${path}`,
  demoCounts: (c: { imported: number; updated: number; unchanged: number }) =>
    `  ${c.imported} importées, ${c.updated} remplacées, ${c.unchanged} inchangées.`,
  demoNext: 'Pour l’ouvrir : npm start ; ou, sans l’application :',
  serveRecovery: (kind: string, detail: string) =>
    `Jalon : mode de récupération, la base n’a pas pu être ouverte (${kind}) : ${detail}`,
  analyzeSkippedJson: (file: string, line: number) =>
    `${file} ligne ${line} : ignorée, JSON invalide`,
  analyzeSkipped: (file: string, line: number, reason: string) =>
    `${file} ligne ${line} : ignorée, ${reason}`,
  noSeeker: (id: string) => `aucune personne ${id} dans la base`,
  analyzeTitle: (asOf: string, count: number) =>
    `Analyse au ${asOf} — ${count} personne(s), par attention décroissante`,
  analyzeSignals: 'signaux',
  analyzeFirstRecommendation: 'première recommandation',
  analyzeReason: (signal: string, evidence: string) => `${signal} : ${evidence}`,
  badAsOf: (value: string) => `--as-of doit être une date AAAA-MM-JJ, pas ${JSON.stringify(value)}`,
  fileOrDb: 'donnez un fichier ou --db, pas les deux',
  notBuilt: 'l’interface n’est pas encore construite : lancez d’abord npm run build',
  noSeekerHere: (id: string) => `aucune personne ${JSON.stringify(id)} dans cette base`,
  badPort: (value: string) =>
    `--port : attendu un numéro de port (0 pour n’importe lequel) ; reçu ${JSON.stringify(value)}`,
  cliUserName: 'Ligne de commande',
  noDatabase: (path: string) =>
    `aucune base à ${path} (en créer une avec : jalon import FICHIER --db ${path})`,
  cannotOpen: (path: string, message: string) => `impossible d’ouvrir la base ${path} : ${message}`,
};

export type CliMessages = typeof FR;

const EN: CliMessages = {
  program: 'Jalon: job-search journals for France Travail counsellors.',
  helpAfterError: '(run with --help for usage)',
  helpOption: 'display help for command',
  helpCommand: 'display help for command',
  helpTitles: {},
  defaultOpen: '(default: ',
  dbOption: 'database file (default: $JALON_DB or the user data folder)',
  jsonOption: 'print as JSON',
  error: (message) => `jalon: ${message}`,
  seed: {
    description:
      'Write a realistic, deterministic demo caseload in the exchange format (same options, same bytes).',
    out: 'output file (jsonl) or folder (csv: seekers.csv + actions.csv)',
    seekers: 'number of seekers',
    months: 'months of journal per seeker',
    seed: 'random seed',
    end: 'the day the demo is made on, or its last whole month (default: today; never later)',
    format: 'jsonl or csv',
    idPrefix:
      'start of the seeker ids (DE: the demo caseload’s own, which importing this file would replace)',
    wholeNumber: (name, max, value) =>
      `${name} must be a whole number from 1 to ${max}, not ${JSON.stringify(value)}`,
    badSeed: (value) => `--seed must be a whole number, not ${JSON.stringify(value)}`,
    badEnd: (value) =>
      `--end must be a month YYYY-MM or a day YYYY-MM-DD, not ${JSON.stringify(value)}`,
    endAfterToday: (value, today) => `--end: ${value} is after today (${today})`,
    badFormat: (value) => `--format must be jsonl or csv, not ${JSON.stringify(value)}`,
    badPrefix: (value) =>
      `--id-prefix must be 1 to 20 characters among A-Z, a-z and 0-9, not ${JSON.stringify(value)}`,
    wrote: (count, months, end, seed, out, ids) =>
      `Wrote ${count} demo seekers (${months} months up to ${end}, seed ${seed}, ids ${ids}) to ${out}.`,
  },
  import: {
    description:
      'Import journals: one or more .jsonl files, or the CSV pair seekers.csv + actions.csv.\n' +
      'Exit 0: every line imported or unchanged; 3: some lines rejected, the rest imported; 1: nothing could be read.',
    files: 'journal files',
    json: 'print the summary as JSON',
    summary: (c) =>
      `Imported ${c.imported}, updated ${c.updated}, unchanged ${c.unchanged}, rejected ${c.rejected}, warnings ${c.warnings}.`,
    sameContent: (ref, at) =>
      `Nothing changed: this content was already imported (import #${ref}, ${at}).`,
    upToDate: 'Nothing changed: every journal was already up to date.',
    rejectedTitle: 'Rejected lines:',
    warningsTitle: 'Warnings:',
    issue: (file, line, reason) => `  ${file} line ${line}: ${reason}`,
    more: (count, listed) => `  … and ${count} more (--json lists the first ${listed}).`,
    progressLabel: 'Import',
    progress: (seekers, actions, rejected) =>
      `${seekers} seekers, ${actions} actions, ${rejected} rejected`,
    badChunkBytes: (value) =>
      `JALON_IMPORT_CHUNK_BYTES must be a whole number of bytes, at least 1024, not ${JSON.stringify(value)}`,
  },
  export: {
    description:
      'Export every journal in the exchange format, canonical and stable (import → export → import → export gives identical files).',
    out: 'output file (jsonl) or folder (csv: seekers.csv + actions.csv)',
    format: 'jsonl or csv',
    badFormat: (value) => `--format must be jsonl or csv, not ${JSON.stringify(value)}`,
    done: (seekers, files) => `Exported ${seekers} seekers to ${files.join(' and ')}.`,
  },
  stats: {
    description: 'Count what the database holds: seekers, months, actions, counsellors.',
    counts: (s) =>
      `${s.seekers} seekers, ${s.months} months, ${s.actions} actions, ${s.counsellors} counsellors`,
  },
  demo: {
    description:
      'Fill the database with the demo caseload (through the real import; running it again changes nothing).',
    seekers: 'number of seekers',
  },
  analyze: {
    description:
      'Analyse journals: signals with evidence, attention score, ranked recommendations.\n' +
      'From a .jsonl file, or from the database (results are stored and refreshed).',
    file: 'a .jsonl journal file (otherwise the database)',
    seeker: 'only this seeker',
    asOf: 'reference date (default: today)',
  },
  serve: {
    description:
      'Browser mode: serve the app on 127.0.0.1 (for workstations where the desktop app cannot run).',
    port: 'port (0: any free port)',
    demoIfEmpty: 'load the demo caseload first if the database holds no seeker',
  },
  report: {
    description:
      'Write the diagnostic interview preparation of one seeker as a PDF (printed by Chromium: $JALON_CHROMIUM or the system one).',
    seeker: 'the seeker whose report to write',
    out: 'the PDF file to write (replaced if it exists)',
    asOf: 'reference date of the analysis (default: today)',
  },
  audit: {
    description: 'The audit trail: who did what, and when.',
    verify:
      'Check the audit trail’s hash chain: exit 0 when intact, 1 naming the first broken entry.',
    broken: (entry, reason) => `audit trail broken at entry ${entry}: ${reason}`,
    intact: (entries) => `audit trail intact: ${entries} entries`,
    expectHead:
      'expected head, “entries:hash” as printed by `jalon audit head` and kept outside the database: the chain must lead to it',
    badHead: (text) =>
      `invalid expected head “${text}”: expected “entries:hash” (a number, a colon, 64 hexadecimal characters)`,
    head: 'Print the chain’s head (entry count and last hash), to keep outside the database.',
    empty: 'empty audit trail: no head',
  },
  purge: {
    description:
      'Delete the people no import has carried for the retention period (Settings, 24 months by default), with everything Jalon holds about them; the audit trail keeps how many, never their names.',
    dryRun: 'count what would be deleted, deleting nothing',
    frame: (months, cutoff) =>
      `Retention ${months} months: people missing from every import since ${cutoff}.`,
    wouldRemove: 'Dry run, nothing is deleted. Would delete:',
    removed: 'Deleted:',
    count: (what, n) => `${what}: ${n}`,
    tables: {
      seekers: 'people',
      journal_actions: 'journal actions',
      journal_months: 'journal months',
      analysis_results: 'analyses',
      action_plan_items: 'plan actions',
      recommendation_dismissals: 'dismissed recommendations',
      seeker_notes: 'notes',
      import_issues: 'rejected or warned import lines',
      access_log: 'reads of their file (access log)',
    },
  },
  dpo: {
    description:
      'The right of access (DPO): everything Jalon holds about a person, recorded in the audit trail.',
    export:
      'Write “Everything Jalon holds about this person” (journal, analyses, decisions, plan, notes, reads) as JSON or PDF.',
    seeker: 'the person concerned',
    format: 'json or pdf',
    out: 'the file to write (replaced if it exists)',
    as: 'the id of the DPO answering the request (a user with the dpo role; default: the command line)',
    badFormat: (value) => `--format: json or pdf, not ${JSON.stringify(value)}`,
    notDpo: (id) => `${id} is not an active user with the dpo role`,
    written: (out, bytes) => `Jalon: wrote ${out} (${bytes} bytes)`,
  },
  user: {
    description: 'Administer the people who use Jalon.',
    add: 'Add a user; the password is read from standard input.',
    id: 'user id (a counsellor’s is their counsellor id in the journals)',
    plainId: 'user id',
    name: 'display name',
    team: 'team id (counsellors and team leads)',
    list: 'List the users.',
    disable: 'Stop a user from signing in.',
    enable: 'Let a disabled user sign in again.',
    resetPassword: 'Set a new password (read from standard input) and lift any lock-out.',
    added: (id, role) => `added ${id} (${role})`,
    disabledMark: ' (disabled)',
    disabled: (id) => `${id} disabled`,
    enabled: (id) => `${id} enabled`,
    passwordReset: (id) => `password of ${id} reset`,
    pipePassword: 'pipe the password on standard input, e.g.: printf %s "$PW" | jalon user …',
    noPassword: 'no password on standard input',
  },
  reportWritten: (out, pages) => `Jalon: wrote ${out}${pages === null ? '' : ` (${pages} pages)`}`,
  cannotWrite: (out, reason) => `cannot write ${out}: ${reason}`,
  serveLoadingDemo: 'Jalon: loading the demo caseload…',
  demoFilled: (path) => `Données de démonstration — demo caseload in ${path}`,
  demoCounts: (c) => `  ${c.imported} imported, ${c.updated} updated, ${c.unchanged} unchanged.`,
  demoNext: 'To open it: npm start; or, without the app:',
  serveRecovery: (kind, detail) =>
    `Jalon: recovery mode, the database could not be opened (${kind}): ${detail}`,
  analyzeSkippedJson: (file, line) => `${file} line ${line}: skipped, invalid JSON`,
  analyzeSkipped: (file, line, reason) => `${file} line ${line}: skipped, ${reason}`,
  noSeeker: (id) => `no seeker ${id} in the database`,
  analyzeTitle: (asOf, count) =>
    `Analysis as of ${asOf} — ${count} ${count === 1 ? 'person' : 'people'}, most attention first`,
  analyzeSignals: 'signals',
  analyzeFirstRecommendation: 'first recommendation',
  analyzeReason: (signal, evidence) => `${signal}: ${evidence}`,
  badAsOf: (value) => `--as-of must be a date YYYY-MM-DD, not ${JSON.stringify(value)}`,
  fileOrDb: 'give a file or --db, not both',
  notBuilt: 'the interface is not built yet: run npm run build first',
  noSeekerHere: (id) => `no seeker ${JSON.stringify(id)} in this database`,
  badPort: (value) => `--port: expected a port number (0 for any); got ${JSON.stringify(value)}`,
  cliUserName: 'Command line',
  noDatabase: (path) => `no database at ${path} (create one with: jalon import FILE --db ${path})`,
  cannotOpen: (path, message) => `cannot open the database ${path}: ${message}`,
};

/** The messages of the language this process runs in (read once, at start). */
export const say: CliMessages = cliLocale() === 'en' ? EN : FR;
export const sayLocale: Locale = cliLocale();
