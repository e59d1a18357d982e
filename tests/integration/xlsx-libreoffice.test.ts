// The XLSX exports opened by another spreadsheet: the caseload and the rejected lines of
// a real import (a demo database plus seekers and broken lines with hostile text) are
// written as the page writes them, converted back to CSV by LibreOffice headless, and
// compared cell by cell with the table they came from.
//
// How LibreOffice's CSV is read: its CSV filter saves cells "as shown" (its default), so
// a date cell comes out through its own number format (yyyy-mm-dd, yyyy-mm: the ISO text
// of the table, compared as is), a percentage through 0.0% (12.5%, LibreOffice run
// with an English locale here), a number as LibreOffice's general format prints it
// (compared as a number). Text is compared exactly: it must come back as the text that
// was written, the neutralising apostrophe included, and never as a formula's result.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RejectedLine } from '../../shared/api/contract';
import { spreadsheetCell } from '../../shared/export/spreadsheet-safe';
import type { ColumnKind, ExportTable, TableCell } from '../../shared/export/table';
import { tableToXlsx } from '../../shared/export/xlsx';
import { BROWSER_PLATFORM } from '../../server/api/handlers';
import type { Services } from '../../server/api/handlers';
import { caseloadTable } from '../../renderer/screens/caseload/caseload-csv';
import { importIssuesTable } from '../../renderer/screens/import/import-issues-csv';
import { caseload as caseloadStrings } from '../../renderer/i18n/fr/caseload';
import { importScreen as importStrings } from '../../renderer/i18n/fr/import';
import { apiFor } from '../helpers/api';
import { seeker, writeJsonl } from '../helpers/journals';
import { EVERY_KIND_COLUMNS } from '../helpers/export-tables';
import { demoDatabase, testServices } from '../helpers/services';
import { requireSystemTools } from '../helpers/system-tools';

const AS_OF = '2026-10-20';
const HYPERLINK = '=HYPERLINK("http://evil.example/?q=1","Cliquez")';

/** LibreOffice's CSV filter: comma, double quotes, UTF-8 (76), from line 1. */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1';

/** Converts every .xlsx given to a CSV in `outDir`, in one LibreOffice run with its own profile. */
function convertWithLibreOffice(files: readonly string[], outDir: string, profileDir: string) {
  const result = spawnSync(
    'soffice',
    [
      // A profile of this run's own: parallel runs (and a person's LibreOffice) never clash.
      `-env:UserInstallation=file://${profileDir}`,
      '--headless',
      '--norestore',
      '--convert-to',
      CSV_FILTER,
      '--outdir',
      outDir,
      ...files,
    ],
    {
      encoding: 'utf8',
      timeout: 180_000,
      env: { ...process.env, LC_ALL: 'en_US.UTF-8', LANG: 'en_US.UTF-8', LANGUAGE: 'en' },
    },
  );
  if (result.error || result.status !== 0) {
    throw new Error(`soffice --convert-to failed: ${result.error?.message ?? result.stderr}`);
  }
}

function readLibreOfficeCsv(path: string): string[][] {
  return parse(readFileSync(path, 'utf8'), { relax_column_count: false }) as string[][];
}

/** What LibreOffice shows for a cell of the table (see the header comment). */
function shown(kind: ColumnKind, value: TableCell): string | number {
  if (value === null) return '';
  switch (kind) {
    case 'integer':
    case 'number':
      return value as number;
    case 'percent':
      return `${((value as number) * 100).toFixed(1)}%`;
    case 'date':
    case 'month':
      return value as string;
    case 'text':
      return spreadsheetCell(value).replace(/\r\n?/g, '\n');
  }
}

/** The LibreOffice CSV against the table, cell by cell (numbers compared as numbers). */
function expectSameCells(csv: string[][], table: ExportTable): void {
  expect(csv[0]).toEqual(table.columns.map((c) => c.header));
  expect(csv).toHaveLength(table.rows.length + 1);
  table.rows.forEach((row, index) => {
    const line = csv[index + 1]!;
    const actual = table.columns.map((column, col) => {
      const cell = line[col] ?? '';
      return typeof shown(column.kind, row[col] ?? null) === 'number' ? Number(cell) : cell;
    });
    expect(actual, `line ${index + 2}`).toEqual(
      table.columns.map((column, col) => shown(column.kind, row[col] ?? null)),
    );
  });
}

describe('XLSX exports read back by LibreOffice', () => {
  let dir: string;
  let db: Database;
  let services: Services;
  const savedBytes: Uint8Array[] = [];
  let caseload: ExportTable;
  let issues: ExportTable;
  let rejected: RejectedLine[];
  let csvOf: (name: string) => string[][];

  const all: ExportTable = {
    sheetName: 'Types',
    columns: EVERY_KIND_COLUMNS,
    rows: [
      [HYPERLINK, -3, 2.5, '2027-01-07', '2026-11', 0.125],
      ['+1+1', 0, -0.75, '2024-02-29', '2026-01', 1],
      ['@SUM(A1)', 12, 1234.5, '1999-12-31', '1999-12', 0.333],
      // An empty line inside the table (LibreOffice leaves out empty lines at its end).
      [null, null, null, null, null, null],
      ['\t=1+1', 1, 1, '2026-10-20', '2026-10', 0],
      ['Zoé, « Jo » "la" Dupré\nseconde ligne', 2, 0.5, '2030-06-15', '2030-06', 0.05],
    ],
  };

  beforeAll(async () => {
    requireSystemTools(['soffice']);
    ({ dir, db } = await demoDatabase('jalon-xlsx-lo-', { seekers: 30, months: 14, seed: 11 }));
    services = testServices(db, {
      // The desktop app's save dialog, answered "saved": export.table's workbook lands here.
      platform: {
        ...BROWSER_PLATFORM,
        mode: 'electron',
        saveBinaryFile: (_name, content) => {
          savedBytes.push(content);
          return Promise.resolve(true);
        },
      },
      now: () => new Date(`${AS_OF}T09:00:00Z`),
      logError: () => {},
    });

    // Seekers whose names are hostile, and lines the import rejects, quoting hostile text.
    const journal = writeJsonl(join(dir, 'hostile.jsonl'), [
      seeker('HOST-1', { last_name: HYPERLINK, first_name: '+1+1' }),
      seeker('HOST-2', { last_name: '@SUM(A1)', first_name: 'Zoé, « Jo » "la" Dupré' }),
      seeker('HOST-3', { last_name: '-2+3', first_name: 'Ligne\nsuivante', benefit_end: null }),
      `{"seeker_id": "${HYPERLINK.replace(/"/g, '\\"')}", "first_name": `,
      seeker('HOST-4', { months: '=1+1' }),
      seeker('@SUM(A1)', { birth_year: 'mille, "neuf" cents' }),
    ]);
    const admin = apiFor(() => services, 'admin');
    const staged = services.staged.stagePath(journal);
    const job = await admin.call('import.start', { files: [staged.id] });
    await services.imports.idle();
    const done = await admin.call('import.status', { jobId: job.id });
    rejected = done.summary!.issues.issues;

    const rows = (
      await apiFor(() => services, 'CNS-01').call('caseload.list', {
        counsellorId: 'CNS-01',
        asOf: AS_OF,
      })
    ).rows;
    caseload = caseloadTable(
      rows,
      (column) => caseloadStrings.csvColumns[column],
      (modality) => (caseloadStrings.modality as Record<string, string>)[modality] ?? modality,
      caseloadStrings.sheetName,
    );
    issues = importIssuesTable(rejected, {
      header: [
        importStrings.columns.file,
        importStrings.columns.line,
        importStrings.columns.seeker,
        importStrings.columns.severity,
        importStrings.columns.reason,
      ],
      severity: importStrings.severity,
      sheetName: importStrings.issuesSheetName,
      locale: 'fr',
    });

    // The caseload goes through export.table as the app sends it (the server writes the
    // workbook and saves it), the others are written directly; a last workbook holds raw
    // formula-looking strings, written by exceljs itself without neutralisation.
    const reply = await apiFor(() => services, 'CNS-01').call('export.table', {
      kind: 'caseload',
      format: 'xlsx',
      baseName: 'portefeuille',
      table: caseload,
    });
    expect(reply).toMatchObject({ fileName: 'portefeuille.xlsx', saved: true });
    const raw = new ExcelJS.Workbook();
    const rawSheet = raw.addWorksheet('Brut');
    rawSheet.addRow(['=1+1', '=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0"]);
    const files = {
      portefeuille: savedBytes[0]!,
      lignes: await tableToXlsx(issues),
      types: await tableToXlsx(all),
      brut: new Uint8Array((await raw.xlsx.writeBuffer()) as unknown as ArrayBuffer),
    };
    const xlsxDir = join(dir, 'xlsx');
    const csvDir = join(dir, 'csv');
    mkdirSync(xlsxDir);
    const paths = Object.entries(files).map(([name, bytes]) => {
      const path = join(xlsxDir, `${name}.xlsx`);
      writeFileSync(path, bytes);
      return path;
    });
    convertWithLibreOffice(paths, csvDir, join(dir, 'lo-profile'));
    csvOf = (name) => readLibreOfficeCsv(join(csvDir, `${name}.csv`));
  }, 300_000);

  afterAll(async () => {
    await services?.dispose();
    db?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('export.table hands the app’s save dialog the workbook of the table the page built', async () => {
    expect(savedBytes).toHaveLength(1);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(savedBytes[0]! as unknown as ArrayBuffer);
    expect(read.getWorksheet(caseloadStrings.sheetName)!.rowCount).toBe(caseload.rows.length + 1);
  });

  it('the caseload comes back cell by cell, hostile names as neutralised text', () => {
    expect(caseload.rows.length).toBeGreaterThan(3);
    const csv = csvOf('portefeuille');
    expectSameCells(csv, caseload);
    const names = csv.map((line) => line[0]);
    expect(names).toContain(`'${HYPERLINK}`);
    expect(names).toContain("'@SUM(A1)");
    expect(names).toContain("'-2+3");
    expect(csv.map((line) => line[1])).toEqual(
      expect.arrayContaining(["'+1+1", 'Zoé, « Jo » "la" Dupré', 'Ligne\nsuivante']),
    );
    // Dates and months are dates in the workbook, shown as ISO text by their format.
    const benefitEnds = csv.slice(1).map((line) => line[12]);
    expect(benefitEnds.filter((d) => d !== '').every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d!))).toBe(
      true,
    );
  });

  it('the rejected lines come back cell by cell, line numbers as numbers', () => {
    expect(rejected.length).toBeGreaterThanOrEqual(3);
    const csv = csvOf('lignes');
    expectSameCells(csv, issues);
    expect(csv.slice(1).map((line) => line[1])).toEqual(rejected.map((r) => String(r.line)));
    // A seeker id typed as a formula, and a reason quoting commas and quotes.
    const hostile = csv.find((line) => line[2] === "'@SUM(A1)");
    expect(hostile?.[4]).toContain('"mille, \\"neuf\\" cents"');
  });

  it('every kind of cell comes back as shown: numbers, dates, months, percentages', () => {
    const csv = csvOf('types');
    expectSameCells(csv, all);
    expect(csv[1]).toEqual([`'${HYPERLINK}`, '-3', '2.5', '2027-01-07', '2026-11', '12.5%']);
    expect(csv[4]).toEqual(['', '', '', '', '', '']);
  });

  it('exceljs writes a formula-looking string as text: LibreOffice does not compute it', () => {
    expect(csvOf('brut')).toEqual([['=1+1', '=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0"]]);
  });
});
