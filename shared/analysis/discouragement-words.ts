// The French words and phrases that read as discouragement in a journal's comments and
// notes. Matching ignores case and accents ("decourage" matches "découragée") and
// skips a phrase just after a negation ("pas découragé"). Stems end where French
// inflects: "decourag" covers découragé, découragée, décourageant, découragement.
// Extend the list here; docs/analysis.md lists it for counsellors.
export const DISCOURAGEMENT_PHRASES: readonly string[] = [
  'decourag',
  'demotiv',
  'desespe',
  'deprim',
  'epuise',
  'lasse de',
  'ras le bol',
  'ras-le-bol',
  "j'en ai marre",
  'marre de',
  'ca ne sert a rien',
  'sert a rien',
  'a quoi bon',
  "je n'y crois plus",
  "n'y crois plus",
  'plus envie',
  "plus d'espoir",
  'perdu espoir',
  'perds espoir',
  'baisse les bras',
  'abandonne',
  'rien ne marche',
  'aucune reponse',
  'personne ne repond',
  'jamais de reponse',
  'je tourne en rond',
  'inutile',
];

const NEGATIONS = ['pas ', 'plus ', 'jamais ', 'non '];

// Printable ASCII but the backtick: nothing for NFD to decompose, no accent, no
// apostrophe to straighten, and no space other than ' '.
const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e]*$/;

// Each step of the full normalisation below is tested for before it is run: most texts
// have accents but no typographic apostrophe or run of spaces, and a replace that finds
// nothing still builds its result.
const COMBINING_MARK = /[\u0300-\u036f]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const QUOTE = /[’`´]/;
const QUOTES = /[’`´]/g;
/** A run of two spaces or more, or one that is not ' ': what collapsing would change. */
const SPACES_TO_COLLAPSE = /\s\s|[^\S ]/;

/** Lower case, accents removed, typographic apostrophes straightened, spaces collapsed. */
export function normalizeFrench(text: string): string {
  // Most notes are plain ASCII: only their case and runs of spaces can change.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(/ {2,}/g, ' ');
  let normalized = text.normalize('NFD');
  if (COMBINING_MARK.test(normalized)) normalized = normalized.replace(COMBINING_MARKS, '');
  normalized = normalized.toLowerCase();
  if (QUOTE.test(normalized)) normalized = normalized.replace(QUOTES, "'");
  return SPACES_TO_COLLAPSE.test(normalized) ? normalized.replace(/\s+/g, ' ') : normalized;
}

const NORMALIZED = DISCOURAGEMENT_PHRASES.map(normalizeFrench);

function isNegatedAt(normalized: string, phrase: string, at: number): boolean {
  const before = normalized.slice(Math.max(0, at - 12), at);
  // "je ne suis pas découragé": a negation just before cancels the phrase, except
  // for phrases that are themselves negative ("plus d'espoir", "n'y crois plus").
  return (
    !phrase.startsWith('plus') &&
    NEGATIONS.some((n) => before.endsWith(n) || before.endsWith(`${n.trim()} trop `))
  );
}

/** The phrases of the list found in `text` (normalised form), without negated ones. */
export function discouragementPhrasesIn(text: string): string[] {
  const normalized = normalizeFrench(text);
  const found: string[] = [];
  for (const phrase of NORMALIZED) {
    let at = normalized.indexOf(phrase);
    while (at !== -1) {
      if (!isNegatedAt(normalized, phrase, at)) {
        found.push(phrase);
        break;
      }
      at = normalized.indexOf(phrase, at + phrase.length);
    }
  }
  return found;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Any phrase of the list, anywhere: one regular expression finds in one pass whether a
 * text has any of them at all, which most texts have not, instead of a search per phrase.
 */
const ANY_PHRASE = new RegExp(NORMALIZED.map(escapeRegExp).join('|'));

/** discouragementPhrasesIn(text).length > 0, stopping at the first phrase found. */
export function hasDiscouragement(text: string): boolean {
  const normalized = normalizeFrench(text);
  if (!ANY_PHRASE.test(normalized)) return false;
  for (const phrase of NORMALIZED) {
    for (let at = normalized.indexOf(phrase); at !== -1;) {
      if (!isNegatedAt(normalized, phrase, at)) return true;
      at = normalized.indexOf(phrase, at + phrase.length);
    }
  }
  return false;
}
