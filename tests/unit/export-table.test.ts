// The export table (shared/export/table.ts) and its two writers: the CSV keeps its
// neutralisation, the XLSX (read back here with exceljs) holds strings, numbers and
// real dates, never a formula.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CaseloadRow, RejectedLine } from '../../shared/api/contract';
import { exportFileName, tableToCsv } from '../../shared/export/table';
import type { ExportTable } from '../../shared/export/table';
import { sheetNameFor, tableToXlsx } from '../../shared/export/xlsx';
import {
  caseloadCsv,
  caseloadCsvFileName,
  caseloadTable,
} from '../../renderer/screens/caseload/caseload-csv';
import { importIssuesTable } from '../../renderer/screens/import/import-issues-csv';
import { EVERY_KIND_COLUMNS } from '../helpers/export-tables';

const HOSTILE = ['=1+1', '+33 6', '-2+3', '@SUM(A1)', '\t=x', '\r=x', "=cmd|' /C calc'!A0"];

/** Every kind of column, hostile text included. */
const TABLE: ExportTable = {
  sheetName: 'Essai',
  columns: EVERY_KIND_COLUMNS,
  rows: [
    ['=HYPERLINK("http://x","y")', -3, 2.5, '2027-01-07', '2026-11', 0.125],
    ['Élodie, « dite » "Lo"\nsuite', 0, -0.75, '2024-02-29', '2026-01', 1],
    [null, null, null, null, null, null],
    ...HOSTILE.map((text) => [text, 1, 1, '2026-12-31', '2026-12', 0]),
  ],
};

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** A row's cells from the first column (exceljs' `values` starts at index 1). */
function cellsOf(row: ExcelJS.Row): unknown[] {
  return (row.values as unknown[]).slice(1);
}

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

describe('the CSV writer', () => {
  it.each(HOSTILE)('neutralises a text cell starting like a formula: %j', (text) => {
    const csv = tableToCsv({
      sheetName: '',
      columns: [{ header: 'c', kind: 'text' }],
      rows: [[text]],
    });
    const cell = csv.slice(1).split('\r\n')[1]!;
    expect(cell.replace(/^"|"$/g, '').startsWith(`'${text.slice(0, 1)}`)).toBe(true);
  });

  it('leaves numbers as numbers and dates as ISO text', () => {
    const csv = tableToCsv(TABLE);
    const lines = csv.slice(1).split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe('Texte;Entier;Nombre;Date;Mois;Part');
    expect(lines[1]).toBe('"\'=HYPERLINK(""http://x"",""y"")";-3;2.5;2027-01-07;2026-11;0.125');
    expect(lines[3]).toBe(';;;;;');
  });

  it('writes the caseload exactly as before the table existed', () => {
    const row: CaseloadRow = {
      seekerId: 'DE-1',
      firstName: '@Léa',
      lastName: 'Martin',
      counsellorId: 'CNS-01',
      modality: 'guide',
      monthsFollowed: 3,
      lastDeclaration: '2026-10',
      actionsLast30Days: 2,
      activity: [1, 2],
      attention: 40,
      signals: [],
      topRecommendation: null,
      benefitEnd: null,
    };
    expect(
      caseloadCsv(
        [row],
        (c) => c,
        (m) => m,
      ),
    ).toBe(
      '\uFEFFlastName;firstName;seekerId;counsellorId;modality;monthsFollowed;lastDeclaration;' +
        'actionsLast30Days;activity;attention;signals;topRecommendation;benefitEnd\r\n' +
        "Martin;'@Léa;DE-1;CNS-01;guide;3;2026-10;2;1 2;40;;;\r\n",
    );
    expect(caseloadCsvFileName('2026-11-15')).toBe('portefeuille-2026-11-15.csv');
    expect(exportFileName('portefeuille-2026-11-15', 'xlsx')).toBe('portefeuille-2026-11-15.xlsx');
  });
});

describe('the XLSX writer', () => {
  it('names the sheet, puts the headers in bold, freezes them and sizes the columns', async () => {
    const sheet = (await readBack(await tableToXlsx(TABLE))).getWorksheet('Essai')!;
    expect(sheet).toBeDefined();
    expect(cellsOf(sheet.getRow(1))).toEqual(['Texte', 'Entier', 'Nombre', 'Date', 'Mois', 'Part']);
    for (let column = 1; column <= 6; column++) {
      expect(sheet.getRow(1).getCell(column).font?.bold).toBe(true);
    }
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual('=HYPERLINK("http://x","y")'.length);
    expect(sheet.getColumn(4).width).toBeGreaterThanOrEqual(10);
    expect(sheet.rowCount).toBe(TABLE.rows.length + 1);
  });

  it('writes text as strings, neutralised as in the CSV, and never a formula', async () => {
    const sheet = (await readBack(await tableToXlsx(TABLE))).worksheets[0]!;
    const texts = TABLE.rows.map((_, index) => sheet.getRow(index + 2).getCell(1));
    expect(texts[0]!.type).toBe(ExcelJS.ValueType.String);
    expect(texts[0]!.value).toBe('\'=HYPERLINK("http://x","y")');
    expect(texts[1]!.value).toBe('Élodie, « dite » "Lo"\nsuite');
    HOSTILE.forEach((text, index) => {
      const cell = texts[index + 3]!;
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      // A carriage return is a line feed in a workbook (XML reads it back as one).
      expect(cell.value).toBe(`'${text}`.replace('\r', '\n'));
    });
    sheet.eachRow((row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.formula).toBeUndefined();
      }),
    );
  });

  it('keeps numbers as numbers, dates as real dates and percentages with a % format', async () => {
    const sheet = (await readBack(await tableToXlsx(TABLE))).worksheets[0]!;
    const first = sheet.getRow(2);
    expect(first.getCell(2)).toMatchObject({ type: ExcelJS.ValueType.Number, value: -3 });
    expect(first.getCell(3)).toMatchObject({ type: ExcelJS.ValueType.Number, value: 2.5 });
    expect(first.getCell(4).type).toBe(ExcelJS.ValueType.Date);
    expect(first.getCell(4).value).toEqual(utc('2027-01-07'));
    expect(first.getCell(4).numFmt).toBe('yyyy-mm-dd');
    expect(first.getCell(5).value).toEqual(utc('2026-11-01'));
    expect(first.getCell(5).numFmt).toBe('yyyy-mm');
    expect(first.getCell(6)).toMatchObject({ type: ExcelJS.ValueType.Number, value: 0.125 });
    expect(first.getCell(6).numFmt).toBe('0.0%');
    expect(sheet.getRow(3).getCell(4).value).toEqual(utc('2024-02-29'));
    // An empty line stays empty.
    const empty = sheet.getRow(4);
    for (let column = 1; column <= 6; column++) {
      expect(empty.getCell(column).type).toBe(ExcelJS.ValueType.Null);
    }
  });

  it('writes a value that does not fit its column as neutralised text', async () => {
    const table: ExportTable = {
      sheetName: 'x',
      columns: [
        { header: 'd', kind: 'date' },
        { header: 'm', kind: 'month' },
        { header: 't', kind: 'text' },
      ],
      rows: [
        ['2026-02-30', '-2026-1', 42],
        ['bientôt', '2026-13', 'ok'],
      ],
    };
    const sheet = (await readBack(await tableToXlsx(table))).worksheets[0]!;
    expect(cellsOf(sheet.getRow(2))).toEqual(['2026-02-30', "'-2026-1", '42']);
    expect(cellsOf(sheet.getRow(3))).toEqual(['bientôt', '2026-13', 'ok']);
  });

  it('exceljs itself writes a string that looks like a formula as a string', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('brut');
    sheet.getCell('A1').value = "=cmd|' /C calc'!A0";
    sheet.getCell('A2').value = '=1+1';
    const read = (
      await readBack(new Uint8Array((await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer))
    ).getWorksheet('brut')!;
    for (const address of ['A1', 'A2']) {
      expect(read.getCell(address).type).toBe(ExcelJS.ValueType.String);
      expect(read.getCell(address).formula).toBeUndefined();
    }
    expect(read.getCell('A2').value).toBe('=1+1');
  });

  it.each([
    ['Portefeuille', 'Portefeuille'],
    ['Lignes écartées: 2026/10 [a]?*', 'Lignes écartées  2026 10  a'],
    ['x'.repeat(40), 'x'.repeat(31)],
    ['', 'Sheet1'],
  ])('names the sheet %j as Excel accepts: %j', (name, expected) => {
    expect(sheetNameFor(name)).toBe(expected);
  });
});

describe('the two exports as tables', () => {
  it('types the caseload columns: counts as integers, the last declaration a month, the benefit end a date', () => {
    const table = caseloadTable(
      [],
      (c) => c,
      (m) => m,
      'Portefeuille',
    );
    const kinds = Object.fromEntries(table.columns.map((c) => [c.header, c.kind]));
    expect(kinds).toMatchObject({
      lastName: 'text',
      monthsFollowed: 'integer',
      lastDeclaration: 'month',
      actionsLast30Days: 'integer',
      attention: 'integer',
      benefitEnd: 'date',
    });
    expect(table.sheetName).toBe('Portefeuille');
  });

  it('keeps an import line number a number and an unknown seeker empty', () => {
    const issues: RejectedLine[] = [
      {
        file: 'a.jsonl',
        line: 7,
        seekerId: null,
        severity: 'rejected',
        reason: { parts: [{ path: '', key: 'text', params: { text: '=bad' } }], more: 0 },
      },
    ];
    const table = importIssuesTable(issues, {
      header: ['Fichier', 'Ligne', 'Personne', 'Type', 'Raison'],
      severity: { rejected: 'Écartée', warning: 'Avertissement' },
      sheetName: 'Lignes écartées',
      locale: 'fr',
    });
    expect(table.columns.map((c) => c.kind)).toEqual(['text', 'integer', 'text', 'text', 'text']);
    expect(table.rows).toEqual([['a.jsonl', 7, null, 'Écartée', '=bad']]);
  });
});
