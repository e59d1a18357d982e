// The months document (seekers.months_document): the flat months with four vocabularies
// as codes, in ASCII JSON. It must read back exactly what was written, read the plain
// JSON of documents written before, and contain nothing outside ASCII.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  asciiJson,
  flattenMonths,
  monthsDocument,
  parseMonthsDocument,
  STORED_CODES,
} from '../../shared/journal/write-encoding';
import type { FlatMonths } from '../../shared/journal/write-encoding';
import { canonicalOrder } from '../../shared/journal/canonical';
import type { SeekerJournal } from '../../shared/journal/contract';
import { validateSeeker } from '../../shared/journal/validate';
import { action, seeker } from '../helpers/journals';
import { reasonText } from '../../shared/journal/reason-text';

const isAscii = (text: string) => /^[^\u0080-\uffff]*$/.test(text);

describe('asciiJson', () => {
  it('parses to the same values and is ASCII only, for any JSON value', () => {
    const text = fc.string({ unit: 'binary' });
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(
        text,
        fc.integer(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.boolean(),
        fc.constant(null),
      ),
      node: fc.oneof(
        { depthSize: 'small' },
        tie('leaf'),
        fc.array(tie('node'), { maxLength: 5 }),
        fc.dictionary(text, tie('node'), { maxKeys: 5 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        const json = JSON.stringify(v);
        const ascii = asciiJson(json);
        expect(isAscii(ascii)).toBe(true);
        expect(JSON.parse(ascii)).toEqual(JSON.parse(json));
      }),
      { numRuns: 500 },
    );
  });

  it('escapes French text, typographic apostrophes and characters beyond U+FFFF', () => {
    const json = JSON.stringify(['Crèche « Lumière »', 'J’ai relancé', 'ok 👍', 'plain']);
    expect(asciiJson(json)).toBe(
      '["Cr\\u00e8che \\u00ab Lumi\\u00e8re \\u00bb","J\\u2019ai relanc\\u00e9","ok \\ud83d\\udc4d","plain"]',
    );
    expect(JSON.parse(asciiJson(json))).toEqual(JSON.parse(json));
  });

  it('leaves ASCII JSON as it is', () => {
    const json = JSON.stringify({ a: ['x', 1, null], 'quote"': 'back\\slash\n' });
    expect(asciiJson(json)).toBe(json);
  });
});

describe('the months document', () => {
  const journal = (): SeekerJournal => {
    const raw = seeker('DOC', {
      months: [
        {
          period: '2026-09',
          submitted_at: null,
          entered_by: 'counsellor',
          mood: null,
          comment: 'Saisi par la conseillère',
          actions: [
            action('d1', '2026-09-02', {
              type: 'job_interview',
              channel: 'phone',
              outcome: 'offer',
            }),
            action('d2', '2026-09-09', {
              type: 'cv_update',
              rome: null,
              employer: null,
              commune: null,
              channel: null,
              outcome: 'done',
              note: 'CV refait : « assistante »',
            }),
          ],
        },
        {
          period: '2026-10',
          submitted_at: '2026-10-31T08:00:00Z',
          entered_by: 'seeker',
          mood: 4,
          comment: null,
          actions: [],
        },
      ],
    });
    const validated = validateSeeker(raw);
    if (!validated.ok) throw new Error(reasonText(validated.reason, 'en'));
    return canonicalOrder(validated.value);
  };

  it("reads back exactly the flat months it was written from, as the vocabulary's strings", () => {
    const flat = flattenMonths(journal().months);
    const document = monthsDocument(flat);
    expect(parseMonthsDocument(document)).toEqual(flat);
    // The four vocabularies are codes on disk; free text is not.
    for (const word of ['counsellor', 'job_interview', 'phone', 'offer', 'cv_update', 'done'])
      expect(document).not.toContain(`"${word}"`);
    expect(document).toContain('CV refait');
    expect(document).toMatch(/^[^\u0080-\uffff]+$/);
    // The writer's array is left as it was.
    expect(flat).toEqual(flattenMonths(journal().months));
  });

  it('reads the plain JSON of documents written before the codes', () => {
    const flat = flattenMonths(journal().months);
    expect(parseMonthsDocument(JSON.stringify(flat))).toEqual(flat);
  });

  it('keeps a value outside its vocabulary as it is, and refuses a code that names nothing', () => {
    const flat: FlatMonths = ['2026-10', null, 'robot', null, null, 1];
    flat.push('2026-10-01', 'x1', 'teleportation', null, null, null, 'fax', 'maybe', null);
    expect(parseMonthsDocument(monthsDocument(flat))).toEqual(flat);
    expect(() =>
      parseMonthsDocument(
        '["2026-10",null,0,null,null,1,"2026-10-01","x1",99,null,null,null,null,0,null]',
      ),
    ).toThrow('months document: 99 is no code of type');
  });

  it('keeps the codes documents on disk were written with (new values go at the end)', () => {
    expect(STORED_CODES).toEqual({
      entered_by: ['seeker', 'counsellor'],
      type: [
        'application_offer',
        'application_spontaneous',
        'follow_up',
        'job_interview',
        'network_contact',
        'job_fair',
        'training',
        'workshop',
        'cv_update',
        'temp_agency',
        'immersion',
        'business_creation',
        'other',
      ],
      channel: ['online', 'in_person', 'phone', 'email', 'network'],
      outcome: ['pending', 'no_response', 'rejected', 'interview', 'offer', 'hired', 'done'],
    });
  });
});
