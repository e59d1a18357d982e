// The import's reasons are a key and parameters, worded for each reader: French by
// default, English on request; a row stored by an older Jalon (a sentence) still reads.
import { describe, expect, it } from 'vitest';
import { reasonText } from '../../shared/journal/reason-text';
import { decodeReason, encodeReason, part, reasonFor } from '../../shared/journal/reasons';
import { validateSeeker, validateSeekerProfile } from '../../shared/journal/validate';
import { seeker } from '../helpers/journals';

function rejectionOf(raw: unknown) {
  const result = validateSeeker(raw);
  if (result.ok) throw new Error('expected a rejection');
  return result.reason;
}

describe('import reasons', () => {
  it('say what a line lacks in French by default, in English on request', () => {
    const { seeker_id: _dropped, ...raw } = seeker('R1');
    const reason = rejectionOf(raw);
    expect(reason.parts).toEqual([{ path: 'seeker_id', key: 'required', params: {} }]);
    expect(reasonText(reason)).toBe('seeker_id : obligatoire');
    expect(reasonText(reason, 'en')).toBe('seeker_id: is required');
  });

  it('keep the field, what was expected and what was found, in both languages', () => {
    const reason = rejectionOf(
      seeker('R2', { registered_on: '2026-02-30', category: 'Z', birth_year: 'x' }),
    );
    expect(reasonText(reason).split(' ; ')).toEqual(
      expect.arrayContaining([
        'registered_on : attendu une date réelle AAAA-MM-JJ (trouvé : "2026-02-30")',
        'category : attendu l’une des valeurs A, B, C, D, E, F, G (trouvé : "Z")',
        'birth_year : attendu un nombre (trouvé : "x")',
      ]),
    );
    expect(reasonText(reason, 'en')).toContain(
      'registered_on: expected a real date YYYY-MM-DD; got "2026-02-30"',
    );
    expect(reasonText(reason, 'en')).toContain('birth_year: expected number, got "x"');
  });

  it('list three problems of a line and count the others', () => {
    const profile = validateSeekerProfile({ seeker_id: 'R3' });
    if (profile.ok) throw new Error('expected a rejection');
    expect(profile.reason.parts).toHaveLength(3);
    expect(profile.reason.more).toBeGreaterThan(1);
    expect(reasonText(profile.reason)).toMatch(/ \(\+\d+ autres\)$/);
    expect(reasonText(profile.reason, 'en')).toMatch(/ \(\+\d+ more\)$/);
  });

  it('word the rules across fields and the warnings in French', () => {
    const raw = seeker('R4', {
      months: [
        {
          period: '2026-09',
          actions: [{ id: 'a', date: '2026-10-02', type: 'other', outcome: 'done' }],
        },
      ],
    });
    expect(reasonText(rejectionOf(raw))).toBe(
      'months[0].actions[0].date : 2026-10-02 est hors de sa période 2026-09',
    );
    expect(reasonText(reasonFor(part('ore.rome[0]', 'unknown_rome', { code: 'Z9999' })))).toBe(
      'ore.rome[0] : le code ROME Z9999 n’est pas dans le référentiel ROME (conservé tel quel)',
    );
    expect(reasonText(rejectionOf([1, 2]))).toBe(
      'attendu un objet JSON, une personne par ligne (trouvé : une liste)',
    );
  });

  it('word a seeker’s own rejection inside the rejection of its actions', () => {
    const inner = reasonFor(part('category', 'expected_one_of', { values: 'A, B' }, '"Z"'));
    const outer = {
      parts: [
        {
          ...part('', 'seeker_rejected', { seekerId: 'R5', file: 'seekers.csv', line: 4 }),
          detail: inner,
        },
      ],
      more: 0,
    };
    expect(reasonText(outer)).toBe(
      'la personne R5 a été rejetée (seekers.csv ligne 4 : category : attendu l’une des valeurs A, B (trouvé : "Z"))',
    );
    expect(reasonText(outer, 'en')).toBe(
      'seeker R5 was rejected (seekers.csv line 4: category: expected one of A, B; got "Z")',
    );
  });

  it('say where a line stops being JSON, in French, and quote the parser in English', () => {
    const at = reasonFor(
      part('', 'json_invalid', {
        detail: "Expected ',' or '}' after property value in JSON at position 21",
        column: 22,
      }),
    );
    expect(reasonText(at)).toBe('JSON invalide : la lecture s’arrête au caractère 22 de la ligne');
    expect(reasonText(at, 'en')).toBe(
      "invalid JSON: Expected ',' or '}' after property value in JSON at position 21",
    );
    const nowhere = reasonFor(part('', 'json_invalid', { detail: 'Unexpected token', column: 0 }));
    expect(reasonText(nowhere)).toBe('JSON invalide : la ligne n’est pas un enregistrement JSON');
  });

  it('are stored as a key and parameters, and a sentence stored by an older Jalon reads as written', () => {
    const reason = rejectionOf(seeker('R6', { registered_on: 'hier' }));
    expect(decodeReason(encodeReason(reason))).toEqual(reason);
    const older = 'months[0].mood: expected a whole number from 1 to 5; got 9';
    expect(reasonText(decodeReason(older))).toBe(older);
    expect(reasonText(decodeReason(older), 'en')).toBe(older);
    expect(reasonText(decodeReason('{not json'))).toBe('{not json');
  });
});
