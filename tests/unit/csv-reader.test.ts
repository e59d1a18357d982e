import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { inspectCsv, readCsvRecords } from '../../server/import/csv-reader';
import type { CsvItem } from '../../server/import/csv-reader';
import { useTempDir } from '../helpers/temp-dir';
import { reasonText } from '../../shared/journal/reason-text';

const FRENCH = 'Élodie;Côte-d’Or? non: çà et là, œuvre à 12 €, très bien, été';

async function collect(path: string): Promise<CsvItem[]> {
  const items: CsvItem[] = [];
  for await (const item of readCsvRecords(await inspectCsv(path))) items.push(item);
  return items;
}

describe('csv-reader', () => {
  const tempDir = useTempDir('jalon-csv-');
  let count = 0;
  const file = (content: string | Buffer): string => {
    const path = join(tempDir(), `f${(count += 1)}.csv`);
    writeFileSync(path, content);
    return path;
  };

  it('reads UTF-8 without BOM, comma separated', async () => {
    const path = file('id,note\n1,héhé\n2,"à, ç"\n');
    const info = await inspectCsv(path);
    expect(info).toMatchObject({ encoding: 'utf-8', separator: ',', header: ['id', 'note'] });
    expect(await collect(path)).toEqual([
      { line: 2, values: { id: '1', note: 'héhé' } },
      { line: 3, values: { id: '2', note: 'à, ç' } },
    ]);
  });

  it('reads UTF-8 with a BOM, semicolon separated, and strips the BOM from the header', async () => {
    const path = file(`\uFEFF Seeker_ID ;Note\r\nS1;${'"' + FRENCH + '"'}\r\n`);
    const info = await inspectCsv(path);
    expect(info).toMatchObject({
      encoding: 'utf-8-bom',
      separator: ';',
      header: ['Seeker_ID', 'Note'],
    });
    expect(await collect(path)).toEqual([{ line: 2, values: { seeker_id: 'S1', note: FRENCH } }]);
  });

  it('reads Windows-1252 as French Excel writes it', async () => {
    const text = `seeker_id;note\r\nS1;"${FRENCH}"\r\nS2;Entretien chez "Dupont" à Besançon\r\n`;
    const bytes = iconv.encode(text, 'win1252');
    // Proves the test file really is not UTF-8 (é is the single byte 0xE9, € is 0x80).
    expect(bytes.includes(0x80)).toBe(true);
    expect(bytes.includes(0xe9)).toBe(true);
    const path = file(bytes);
    const info = await inspectCsv(path);
    expect(info).toMatchObject({ encoding: 'windows-1252', separator: ';' });
    expect(await collect(path)).toEqual([
      { line: 2, values: { seeker_id: 'S1', note: FRENCH } },
      { line: 3, values: { seeker_id: 'S2', note: 'Entretien chez "Dupont" à Besançon' } },
    ]);
  });

  it('detects the separator from the header, outside quotes', async () => {
    const inspect = async (header: string) => (await inspectCsv(file(`${header}\n`))).separator;
    expect(await inspect('a,b,c')).toBe(',');
    expect(await inspect('a;b;c')).toBe(';');
    expect(await inspect('"a,b";c')).toBe(';');
    expect(await inspect('"a;b;c",d')).toBe(',');
    expect(await inspect('a;b,c')).toBe(';');
    expect(await inspect('single')).toBe(',');
  });

  it('reads quoted cells holding separators, newlines and doubled quotes', async () => {
    const path = file(
      'id;comment;note\n' +
        '1;"un; deux";"il a dit ""oui"""\n' +
        '2;"ligne 1\nligne 2\r\nligne 3";""\n' +
        '3;x;y',
    );
    expect(await collect(path)).toEqual([
      { line: 2, values: { id: '1', comment: 'un; deux', note: 'il a dit "oui"' } },
      { line: 3, values: { id: '2', comment: 'ligne 1\nligne 2\r\nligne 3', note: '' } },
      { line: 6, values: { id: '3', comment: 'x', note: 'y' } },
    ]);
  });

  it('gives the physical line where each record starts, past blank lines and multi-line cells', async () => {
    const path = file(
      [
        'id,comment', // 1
        '', // 2
        'a,"x', // 3
        '', // 4
        'y"', // 5
        '   ', // 6: blank, only spaces
        ',,', // 7: blank, only separators (ragged too)
        'b,plain', // 8
        '\r', // 9: CR LF blank line
        'c,"\r\r\n"', // 10: lone CR then CR LF in a cell: lines 10–12
        'd,end', // 13
        '',
      ].join('\n'),
    );
    const items = await collect(path);
    expect(
      items.map((i) => [i.line, 'values' in i ? i.values.id : reasonText(i.error, 'en')]),
    ).toEqual([
      [3, 'a'],
      [8, 'b'],
      [10, 'c'],
      [13, 'd'],
    ]);
  });

  it('accepts mixed line endings and old Mac CR-only files', async () => {
    expect(await collect(file('id;n\r\n1;a\n2;b\r\n3;c'))).toHaveLength(3);
    const mac = await collect(file('id;n\r1;a\r\r2;b\r'));
    expect(mac).toEqual([
      { line: 2, values: { id: '1', n: 'a' } },
      { line: 4, values: { id: '2', n: 'b' } },
    ]);
  });

  it('turns a ragged row into an error item and reads on', async () => {
    const path = file('a;b;c\n1;2;3\n1;2\n1;2;3;4\n"x\ny";2;3\n');
    const items = await collect(path);
    expect(
      items.map((i) => ('error' in i ? { line: i.line, error: reasonText(i.error, 'en') } : i)),
    ).toEqual([
      { line: 2, values: { a: '1', b: '2', c: '3' } },
      { line: 3, error: 'expected 3 fields, found 2' },
      { line: 4, error: 'expected 3 fields, found 4' },
      { line: 5, values: { a: 'x\ny', b: '2', c: '3' } },
    ]);
  });

  it('turns a quote never closed into an error item naming the line, after the rows before it', async () => {
    const path = file('a;b\n1;2\n3;"oops\n4;5\n6;7\n');
    const items = await collect(path);
    expect(items).toHaveLength(2);
    expect(items[0]).toEqual({ line: 2, values: { a: '1', b: '2' } });
    expect(items[1]).toMatchObject({ line: 3 });
    expect('error' in items[1]! && reasonText(items[1].error, 'en')).toMatch(
      /never closed.*line 5/,
    );
  });

  it('stops at a runaway quoted cell instead of holding the file in memory', async () => {
    const path = join(tempDir(), 'runaway.csv');
    writeFileSync(path, 'a;b\n1;2\n3;"\n' + '4;5\n'.repeat(400_000));
    const items = await collect(path);
    expect(items).toHaveLength(2);
    expect(items[1]).toMatchObject({ line: 3 });
    expect('error' in items[1]! && reasonText(items[1].error, 'en')).toMatch(/runs past 1 MB/);
  });

  it('trims cells and keys values by the lower-cased header, action_id read as id', async () => {
    const path = file(' Seeker_ID , ACTION_ID ,Note\n  S1 , A1 ,  " padded "  \n');
    const info = await inspectCsv(path);
    expect(info.header).toEqual(['Seeker_ID', 'ACTION_ID', 'Note']);
    expect(await collect(path)).toEqual([
      { line: 2, values: { seeker_id: 'S1', id: 'A1', note: '" padded "' } },
    ]);
    expect(await collect(file('id;note\n1;" padded "\n'))).toEqual([
      { line: 2, values: { id: '1', note: 'padded' } },
    ]);
  });

  it('gives the size and the sha256 of the raw bytes, and reports bytes read', async () => {
    const bytes = iconv.encode('\uFEFFa;b\r\n1;é\r\n', 'utf8');
    const path = file(bytes);
    const info = await inspectCsv(path);
    expect(info.size).toBe(bytes.length);
    expect(info.sha256).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
    const seen: number[] = [];
    for await (const _ of readCsvRecords(info, (n) => seen.push(n))) void _;
    expect(seen.at(-1)).toBe(bytes.length);
  });

  it('throws a clear message for an empty file, a blank one or UTF-16', async () => {
    await expect(inspectCsv(file(''))).rejects.toThrow(
      /^f\d+\.csv is empty: expected a header line/,
    );
    await expect(inspectCsv(file('\n \r\n;;\n'))).rejects.toThrow(/has no header line/);
    await expect(inspectCsv(file(iconv.encode('\uFEFFa;b\n', 'utf16le')))).rejects.toThrow(
      /UTF-16/,
    );
    await expect(inspectCsv(join(tempDir(), 'missing.csv'))).rejects.toThrow(/ENOENT/);
  });

  it('skips blank lines before the header; a header-only file has no records', async () => {
    const path = file('\n\nid;n\n\n1;a\n');
    expect((await inspectCsv(path)).header).toEqual(['id', 'n']);
    expect(await collect(path)).toEqual([{ line: 5, values: { id: '1', n: 'a' } }]);
    expect(await collect(file('id;n'))).toEqual([]);
  });

  it('streams a 50,000-row file in order with the right lines', async () => {
    const path = join(tempDir(), 'big.csv');
    const out = createWriteStream(path);
    out.write('seeker_id;period;comment\r\n');
    for (let i = 0; i < 50_000; i += 1) {
      // Every 1,000th row has a two-line cell, so lines drift from row numbers.
      const comment = i % 1000 === 0 ? '"deux\nlignes; é"' : `Mois n°${i} à Besançon`;
      out.write(`S${i};2026-03;${comment}\r\n`);
    }
    await new Promise<void>((resolve, reject) =>
      out.end((e?: Error | null) => (e ? reject(e) : resolve())),
    );

    const info = await inspectCsv(path);
    let rows = 0;
    let expectedLine = 2;
    let lastBytes = 0;
    for await (const item of readCsvRecords(info, (n) => (lastBytes = n))) {
      if (!('values' in item))
        throw new Error(`line ${item.line}: ${reasonText(item.error, 'en')}`);
      expect(item.values.seeker_id).toBe(`S${rows}`);
      expect(item.line).toBe(expectedLine);
      expectedLine += rows % 1000 === 0 ? 2 : 1;
      rows += 1;
    }
    expect(rows).toBe(50_000);
    expect(lastBytes).toBe(info.size);
  });

  it('stops reading and closes the file when the consumer stops early', async () => {
    const path = file('id\n1\n2\n3\n');
    const info = await inspectCsv(path);
    const first: CsvItem[] = [];
    for await (const item of readCsvRecords(info)) {
      first.push(item);
      break;
    }
    expect(first).toEqual([{ line: 2, values: { id: '1' } }]);
  });
});
