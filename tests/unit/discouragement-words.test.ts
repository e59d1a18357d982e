// The word matcher skips the steps a text does not need (see discouragement-words.ts);
// these tests hold it to the plain definition on any text, accents, typographic
// apostrophes, odd spaces and combining marks included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DISCOURAGEMENT_PHRASES,
  discouragementPhrasesIn,
  hasDiscouragement,
  normalizeFrench,
} from '../../shared/analysis/discouragement-words';

/** The definition: every step on every text. */
const reference = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`´]/g, "'")
    .replace(/\s+/g, ' ');

// Pieces French journals are made of, and the characters each step is about.
const pieces = [
  ...DISCOURAGEMENT_PHRASES,
  'Découragée',
  'DÉCOURAGÉ',
  'je ne suis pas',
  'plus trop',
  'ça sert à rien',
  'l’entreprise',
  'Salon de l’emploi',
  'J’en ai MARRE',
  'e\u0301',
  '\u0301',
  'œuvre',
  'İ',
  '«',
  '»',
  '…',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '\u202f',
  '`',
  '´',
  '’',
  "'",
  'a',
  'Z',
];
const journalText = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 12 })
  .map((parts) => parts.join(''));

describe('normalizeFrench', () => {
  it('gives what every step of the normalisation gives, on any text', () => {
    fc.assert(
      fc.property(journalText, (text) => {
        expect(normalizeFrench(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('lowers case, removes accents, straightens apostrophes, collapses spaces', () => {
    expect(normalizeFrench('Très  DÉCOURAGÉE\u00a0aujourd’hui\t!')).toBe(
      "tres decouragee aujourd'hui !",
    );
    expect(normalizeFrench('Plain  ASCII')).toBe('plain ascii');
  });
});

describe('hasDiscouragement', () => {
  it('says yes exactly when discouragementPhrasesIn finds a phrase', () => {
    fc.assert(
      fc.property(journalText, (text) => {
        expect(hasDiscouragement(text)).toBe(discouragementPhrasesIn(text).length > 0);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds a phrase with or without accents, not after a negation', () => {
    expect(hasDiscouragement('Je suis découragée.')).toBe(true);
    expect(hasDiscouragement('je suis decouragee')).toBe(true);
    expect(hasDiscouragement('Je ne suis pas découragé, au contraire.')).toBe(false);
    expect(hasDiscouragement('Entretien positif chez Usinage Lumière.')).toBe(false);
  });
});
