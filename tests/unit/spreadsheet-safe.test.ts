import { describe, expect, it } from 'vitest';
import {
  neutraliseFormula,
  restoreNeutralisedFormula,
  toSpreadsheetCsv,
} from '../../shared/export/spreadsheet-safe';

describe('spreadsheet-safe CSV', () => {
  it.each(['=1+1', '+33 6', '-2+3', '@SUM(A1)', '\t=x', '\r=x'])('neutralises %j', (v) => {
    expect(neutraliseFormula(v)).toBe(`'${v}`);
  });

  it.each(["'=1+1", "''-2", "'@x"])(
    'gives %j, already starting as a neutralised cell, one more apostrophe',
    (v) => {
      expect(neutraliseFormula(v)).toBe(`'${v}`);
    },
  );

  it.each(['=1+1', "'=1+1", "''-2", '\t=x', "'", "l'@", 'Dupont', ''])(
    'restores %j exactly from its neutralised cell',
    (v) => {
      expect(restoreNeutralisedFormula(neutraliseFormula(v))).toBe(v);
    },
  );

  it('leaves ordinary text and numbers alone', () => {
    expect(neutraliseFormula('Dupont')).toBe('Dupont');
    expect(toSpreadsheetCsv(['n'], [[-3]])).toBe('\uFEFFn\r\n-3\r\n');
  });

  it('quotes separators, quotes and line breaks', () => {
    const csv = toSpreadsheetCsv(['a', 'b'], [['x;y', 'il a dit "non"\nencore']]);
    expect(csv).toBe('\uFEFFa;b\r\n"x;y";"il a dit ""non""\nencore"\r\n');
  });

  it('neutralises a formula hidden in a quoted cell', () => {
    expect(toSpreadsheetCsv(['c'], [['=HYPERLINK("http://x")']])).toBe(
      '\uFEFFc\r\n"\'=HYPERLINK(""http://x"")"\r\n',
    );
  });
});
