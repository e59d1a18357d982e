// The import's reasons in words, French (the default) or English: what the import
// screen, its exports and the CLI show. Field paths and what the line held are quoted
// as they are in the file: they name the contract's fields (docs/journal-format.md).
import type { Locale } from '../analysis/messages';
import { FOUND_LIST, FOUND_NOTHING, FOUND_NULL, FOUND_OBJECT } from './reasons';
import type { ImportReason, ReasonKey, ReasonParams, ReasonPart } from './reasons';

type Wording = { [K in ReasonKey]: (params: ReasonParams[K], detail: string) => string };

interface Language {
  wording: Wording;
  /** zod's type names, as "expected …" says them. */
  types: Record<string, string>;
  found: Record<string, string>;
  /** What was expected (`text`), then what was found. */
  got: (key: ReasonKey, text: string, found: string) => string;
  field: (path: string, text: string) => string;
  separator: string;
  more: (count: number) => string;
}

/** "expected a number, got …"; a rule's sentence takes "; got …". */
const COMMA_BEFORE_FOUND: ReadonlySet<ReasonKey> = new Set(['expected_type', 'json_object']);

const EN: Language = {
  wording: {
    required: () => 'is required',
    expected_type: ({ expected }) => `expected ${EN.types[expected] ?? expected}`,
    expected_one_of: ({ values }) => `expected one of ${values}`,
    unknown_field: ({ fields }) =>
      `unknown field ${fields} (field names are fixed by the journal format)`,
    unknown_fields: ({ fields }) =>
      `unknown fields ${fields} (field names are fixed by the journal format)`,
    not_empty: () => 'must not be empty',
    max_length: ({ max }) => `expected at most ${max} characters`,
    date: () => 'expected a real date YYYY-MM-DD',
    rome_code: () => 'expected a ROME code: a letter A–N then 4 digits (e.g. M1607)',
    insee_code: () => 'expected an INSEE commune code: 5 characters (e.g. 69123, 2A004)',
    period: () => 'expected a period YYYY-MM',
    date_time: () => 'expected an ISO date-time (e.g. 2026-03-31T18:04:00Z)',
    mood: () => 'expected a whole number from 1 to 5',
    rome_count: () => 'expected 1 to 5 ROME codes',
    distance_min: () => 'expected a distance ≥ 0',
    distance_max: () => 'expected a distance in km',
    amount_min: () => 'expected an amount ≥ 0',
    seeker_id: () => 'expected 1 to 32 characters among A-Z, a-z, 0-9 and -',
    whole_year: () => 'expected a whole year',
    year_range: () => 'expected a year from 1900 to 2100',
    other_rule: ({ message }) => message,
    json_object: () => 'expected a JSON object (one seeker per line)',
    period_twice: ({ period, other }) => `period ${period} appears twice (also ${other})`,
    date_outside_period: ({ date, period }) => `${date} is outside its period ${period}`,
    after_import_day: ({ date, day }) => `${date} is after the day of the import (${day})`,
    period_not_begun: ({ period, day }) =>
      `${period} has not begun on the day of the import (${day})`,
    category_before_registration: ({ since, registered }) =>
      `${since} is before the registration (${registered})`,
    category_not_after_previous: ({ since, previous }) =>
      `${since} is not after the step before it (${previous}): oldest first`,
    category_repeats: ({ category }) =>
      `${category} repeats the step before it: each step is a move`,
    category_history_ends: ({ last, category }) =>
      `the history ends in ${last} but the category is ${category}`,
    action_id_twice: ({ id, other }) =>
      `action id ${JSON.stringify(id)} is used twice (also ${other})`,
    action_id_twice_line: ({ id, line }) =>
      `action id ${JSON.stringify(id)} is used twice (also line ${line})`,
    json_truncated: () =>
      'invalid JSON: the line ends before the record is complete (truncated file?)',
    json_invalid: ({ detail }) => `invalid JSON: ${detail}`,
    not_utf8: () => 'the line is not valid UTF-8 text',
    seeker_twice_in_import: ({ seekerId, file, line }) =>
      `seeker_id ${seekerId} appears twice in this import (first at ${file} line ${line})`,
    seeker_twice_in_file: ({ seekerId, file, line }) =>
      `seeker_id ${seekerId} appears twice in ${file} (first at line ${line})`,
    seeker_rejected: ({ seekerId, file, line }, detail) =>
      `seeker ${seekerId} was rejected (${file} line ${line}: ${detail})`,
    month_fields_differ: ({ period, line }) =>
      `the month fields of ${period} (submitted_at, entered_by, mood, comment) differ from line ${line}`,
    seeker_not_in_file: ({ seekerId, file }) => `seeker_id ${seekerId} is not in ${file}`,
    line_too_long: ({ maxBytes }) =>
      `this line is longer than ${maxBytes} bytes, the most one person's journal may take; it was not read`,
    actions_per_month_over: ({ max }) =>
      `more than ${max} actions in one month, the most a journal may hold`,
    actions_per_seeker_over: ({ max }) =>
      `more than ${max} actions in all, the most one person's journal may hold`,
    csv_actions_per_month_over: ({ seekerId, period, max }) =>
      `${seekerId} already has ${max} actions in ${period} in this file, the most a month may hold: this row is not imported`,
    csv_actions_per_seeker_over: ({ seekerId, max }) =>
      `${seekerId} already has ${max} rows in this file, the most one person's journal may hold: this row is not imported`,
    counsellor_outside_scope: ({ counsellorId }) =>
      `counsellor_id ${counsellorId} is not a counsellor of your team: you may only give people to your team's counsellors (nothing of this person was imported)`,
    seeker_outside_scope: ({ seekerId }) =>
      `${seekerId} is followed outside your team: you may not change this person (nothing of this person was imported)`,
    csv_field_count: ({ expected, found }) => `expected ${expected} fields, found ${found}`,
    csv_quote_not_closed: ({ lastLine }) =>
      `a quoted cell starting in this row is never closed (a " is missing), so the file up to its end (line ${lastLine}) was read as one cell`,
    csv_record_too_big: ({ megabytes }) =>
      `this row runs past ${megabytes} MB, most likely a quoted cell that is never closed (a " is missing); the rest of the file was not read`,
    csv_unreadable: ({ detail }) => `${detail}; the rest of the file was not read`,
    unknown_rome: ({ code }) => `ROME code ${code} is not in the ROME referential (kept as given)`,
    unknown_commune: ({ code }) =>
      `INSEE code ${code} is not a known commune (kept as given; distances cannot be computed)`,
    no_file: () => 'No file to import.',
    unknown_file_type: ({ file, extension }) =>
      `${file}: unknown file type ${extension || '(no extension)'}; expected .jsonl or .csv`,
    mixed_formats: () => 'Import JSON Lines files and CSV files separately.',
    missing_file: ({ path }) => `${path}: no such file`,
    not_a_file: ({ path }) => `${path}: not a file`,
    csv_pair_count: () =>
      'A CSV import needs exactly two files: seekers.csv (one row per seeker) and actions.csv (one row per action).',
    csv_pair_unclear: () =>
      'Could not tell seekers.csv from actions.csv: exactly one file must have the seeker columns (ore_rome…).',
    csv_header: ({ file, problem }) => `${file} line 1: ${problem}`,
    csv_empty: ({ file }) => `${file} is empty: expected a header line, then one row per record`,
    csv_utf16: ({ file }) =>
      `${file} is UTF-16 text ("Unicode text" in Excel): save it as "CSV UTF-8" or "CSV (separator: semicolon)"`,
    csv_blank: ({ file }) => `${file} has no header line: it holds only blank lines`,
    csv_no_line_end: ({ file, kilobytes }) =>
      `${file}: no end of line in the first ${kilobytes} KB, so no header line: is it really a CSV file?`,
    csv_header_unreadable: ({ file, detail }) =>
      `${file}: the header line cannot be read (${detail})`,
    text: ({ text }) => text,
  },
  types: { int: 'a whole number' },
  found: {
    [FOUND_NOTHING]: 'nothing',
    [FOUND_NULL]: 'null',
    [FOUND_LIST]: 'a list',
    [FOUND_OBJECT]: 'an object',
  },
  got: (key, text, found) =>
    COMMA_BEFORE_FOUND.has(key) ? `${text}, got ${found}` : `${text}; got ${found}`,
  field: (path, text) => `${path}: ${text}`,
  separator: '; ',
  more: (count) => ` (+${count} more)`,
};

const FR: Language = {
  wording: {
    required: () => 'obligatoire',
    expected_type: ({ expected }) => `attendu ${FR.types[expected] ?? expected}`,
    expected_one_of: ({ values }) => `attendu l’une des valeurs ${values}`,
    unknown_field: ({ fields }) =>
      `champ inconnu ${fields} (les noms des champs sont fixés par le format des journaux)`,
    unknown_fields: ({ fields }) =>
      `champs inconnus ${fields} (les noms des champs sont fixés par le format des journaux)`,
    not_empty: () => 'ne doit pas être vide',
    max_length: ({ max }) => `attendu au plus ${max} caractères`,
    date: () => 'attendu une date réelle AAAA-MM-JJ',
    rome_code: () => 'attendu un code ROME : une lettre de A à N puis 4 chiffres (ex. M1607)',
    insee_code: () => 'attendu un code commune INSEE : 5 caractères (ex. 69123, 2A004)',
    period: () => 'attendu une période AAAA-MM',
    date_time: () => 'attendu une date et heure ISO (ex. 2026-03-31T18:04:00Z)',
    mood: () => 'attendu un nombre entier de 1 à 5',
    rome_count: () => 'attendu 1 à 5 codes ROME',
    distance_min: () => 'attendu une distance ≥ 0',
    distance_max: () => 'attendu une distance en km',
    amount_min: () => 'attendu un montant ≥ 0',
    seeker_id: () => 'attendu 1 à 32 caractères parmi A-Z, a-z, 0-9 et -',
    whole_year: () => 'attendu une année entière',
    year_range: () => 'attendu une année de 1900 à 2100',
    other_rule: ({ message }) => `règle du format non respectée (${message})`,
    json_object: () => 'attendu un objet JSON, une personne par ligne',
    period_twice: ({ period, other }) => `la période ${period} apparaît deux fois (aussi ${other})`,
    date_outside_period: ({ date, period }) => `${date} est hors de sa période ${period}`,
    after_import_day: ({ date, day }) => `${date} est après le jour de l’import (${day})`,
    period_not_begun: ({ period, day }) =>
      `${period} n’a pas commencé le jour de l’import (${day})`,
    category_before_registration: ({ since, registered }) =>
      `${since} est avant l’inscription (${registered})`,
    category_not_after_previous: ({ since, previous }) =>
      `${since} n’est pas après l’étape précédente (${previous}) : de la plus ancienne à la plus récente`,
    category_repeats: ({ category }) =>
      `${category} répète l’étape précédente : chaque étape est un changement`,
    category_history_ends: ({ last, category }) =>
      `l’historique finit en ${last} mais la catégorie est ${category}`,
    action_id_twice: ({ id, other }) =>
      `l’identifiant d’action ${JSON.stringify(id)} est utilisé deux fois (aussi ${other})`,
    action_id_twice_line: ({ id, line }) =>
      `l’identifiant d’action ${JSON.stringify(id)} est utilisé deux fois (aussi ligne ${line})`,
    json_truncated: () =>
      'JSON invalide : la ligne s’arrête avant la fin de l’enregistrement (fichier tronqué ?)',
    json_invalid: ({ column }) =>
      column > 0
        ? `JSON invalide : la lecture s’arrête au caractère ${column} de la ligne`
        : 'JSON invalide : la ligne n’est pas un enregistrement JSON',
    not_utf8: () => 'la ligne n’est pas du texte UTF-8 valide',
    seeker_twice_in_import: ({ seekerId, file, line }) =>
      `seeker_id ${seekerId} apparaît deux fois dans cet import (d’abord ${file} ligne ${line})`,
    seeker_twice_in_file: ({ seekerId, file, line }) =>
      `seeker_id ${seekerId} apparaît deux fois dans ${file} (d’abord ligne ${line})`,
    seeker_rejected: ({ seekerId, file, line }, detail) =>
      `la personne ${seekerId} a été rejetée (${file} ligne ${line} : ${detail})`,
    month_fields_differ: ({ period, line }) =>
      `les champs du mois ${period} (submitted_at, entered_by, mood, comment) diffèrent de la ligne ${line}`,
    seeker_not_in_file: ({ seekerId, file }) => `seeker_id ${seekerId} n’est pas dans ${file}`,
    line_too_long: ({ maxBytes }) =>
      `cette ligne dépasse ${maxBytes} octets, le plus que puisse occuper le journal d’une personne ; elle n’a pas été lue`,
    actions_per_month_over: ({ max }) =>
      `plus de ${max} actions dans un même mois, le plus qu’un journal puisse en compter`,
    actions_per_seeker_over: ({ max }) =>
      `plus de ${max} actions en tout, le plus que le journal d’une personne puisse en compter`,
    csv_actions_per_month_over: ({ seekerId, period, max }) =>
      `${seekerId} a déjà ${max} actions en ${period} dans ce fichier, le plus qu’un mois puisse en compter : cette ligne n’est pas importée`,
    csv_actions_per_seeker_over: ({ seekerId, max }) =>
      `${seekerId} a déjà ${max} lignes dans ce fichier, le plus que le journal d’une personne puisse en compter : cette ligne n’est pas importée`,
    counsellor_outside_scope: ({ counsellorId }) =>
      `counsellor_id ${counsellorId} n’est pas un conseiller de votre équipe : vous ne pouvez confier des personnes qu’aux conseillers de votre équipe (rien de cette personne n’a été importé)`,
    seeker_outside_scope: ({ seekerId }) =>
      `${seekerId} est suivi hors de votre équipe : vous ne pouvez pas modifier cette personne (rien de cette personne n’a été importé)`,
    csv_field_count: ({ expected, found }) => `attendu ${expected} champs, trouvé ${found}`,
    csv_quote_not_closed: ({ lastLine }) =>
      `une cellule entre guillemets commencée dans cette ligne n’est jamais fermée (il manque un "), si bien que le fichier jusqu’à sa fin (ligne ${lastLine}) a été lu comme une seule cellule`,
    csv_record_too_big: ({ megabytes }) =>
      `cette ligne dépasse ${megabytes} Mo, très probablement une cellule entre guillemets jamais fermée (il manque un ") ; la suite du fichier n’a pas été lue`,
    csv_unreadable: ({ detail }) => `${detail} ; la suite du fichier n’a pas été lue`,
    unknown_rome: ({ code }) =>
      `le code ROME ${code} n’est pas dans le référentiel ROME (conservé tel quel)`,
    unknown_commune: ({ code }) =>
      `le code INSEE ${code} n’est pas une commune connue (conservé tel quel ; les distances ne peuvent pas être calculées)`,
    no_file: () => 'Aucun fichier à importer.',
    unknown_file_type: ({ file, extension }) =>
      `${file} : type de fichier inconnu ${extension || '(sans extension)'} ; attendu .jsonl ou .csv`,
    mixed_formats: () => 'Importez séparément les fichiers JSON Lines et les fichiers CSV.',
    missing_file: ({ path }) => `${path} : fichier introuvable`,
    not_a_file: ({ path }) => `${path} : ce n’est pas un fichier`,
    csv_pair_count: () =>
      'Un import CSV demande exactement deux fichiers : seekers.csv (une ligne par personne) et actions.csv (une ligne par action).',
    csv_pair_unclear: () =>
      'Impossible de distinguer seekers.csv de actions.csv : un seul des deux fichiers doit avoir les colonnes des personnes (ore_rome…).',
    csv_header: ({ file, problem }) => `${file} ligne 1 : en-tête non conforme (${problem})`,
    csv_empty: ({ file }) =>
      `${file} est vide : attendu une ligne d’en-tête, puis une ligne par enregistrement`,
    csv_utf16: ({ file }) =>
      `${file} est du texte UTF-16 (« Texte Unicode » dans Excel) : enregistrez-le en « CSV UTF-8 » ou « CSV (séparateur : point-virgule) »`,
    csv_blank: ({ file }) =>
      `${file} n’a pas de ligne d’en-tête : il ne contient que des lignes vides`,
    csv_no_line_end: ({ file, kilobytes }) =>
      `${file} : aucune fin de ligne dans les ${kilobytes} premiers Ko, donc pas de ligne d’en-tête : est-ce bien un fichier CSV ?`,
    csv_header_unreadable: ({ file }) => `${file} : la ligne d’en-tête ne peut pas être lue`,
    text: ({ text }) => text,
  },
  types: {
    string: 'du texte',
    number: 'un nombre',
    int: 'un nombre entier',
    boolean: 'true ou false',
    array: 'une liste',
    object: 'un objet',
  },
  found: {
    [FOUND_NOTHING]: 'rien',
    [FOUND_NULL]: 'null',
    [FOUND_LIST]: 'une liste',
    [FOUND_OBJECT]: 'un objet',
  },
  // In brackets: a value list has commas, and the parts of a reason are joined by « ; ».
  got: (_key, text, found) => `${text} (trouvé : ${found})`,
  field: (path, text) => `${path} : ${text}`,
  separator: ' ; ',
  more: (count) => ` (+${count} autre${count > 1 ? 's' : ''})`,
};

const LANGUAGES: Record<Locale, Language> = { fr: FR, en: EN };

function partText(reasonPart: ReasonPart, language: Language, locale: Locale): string {
  const detail = reasonPart.detail ? reasonText(reasonPart.detail, locale) : '';
  const say = language.wording[reasonPart.key] as (params: unknown, detail: string) => string;
  let text = say(reasonPart.params, detail);
  if (reasonPart.found !== undefined) {
    text = language.got(reasonPart.key, text, language.found[reasonPart.found] ?? reasonPart.found);
  }
  return reasonPart.path ? language.field(reasonPart.path, text) : text;
}

/** A reason as the reader reads it: French unless told otherwise. */
export function reasonText(reason: ImportReason, locale: Locale = 'fr'): string {
  const language = LANGUAGES[locale];
  const text = reason.parts.map((p) => partText(p, language, locale)).join(language.separator);
  return reason.more > 0 ? text + language.more(reason.more) : text;
}

type Rule = { [K in ReasonKey]: { key: K; params: ReasonParams[K] } }[ReasonKey];
const RULES_BY_MESSAGE = new Map<string, Rule>();

/**
 * A schema rule's message: its English sentence, which API replies show as is, and
 * which the import turns back into the rule's key (ruleOfMessage) to word it for each
 * reader.
 */
export function ruleMessage<K extends ReasonKey>(key: K, params: ReasonParams[K]): string {
  const say = EN.wording[key] as (params: ReasonParams[K], detail: string) => string;
  const message = say(params, '');
  RULES_BY_MESSAGE.set(message, { key, params } as Rule);
  return message;
}

export function ruleOfMessage(message: string): Rule | undefined {
  return RULES_BY_MESSAGE.get(message);
}
