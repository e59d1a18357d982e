// The months are stored as ASCII JSON (asciiJson): it must parse to exactly what the
// plain JSON parses to, whatever the text holds, and contain nothing outside ASCII.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { asciiJson } from '../../shared/journal/write-encoding';

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
