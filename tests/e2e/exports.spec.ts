// The XLSX exports in real Chromium: from the grid and from an import's summary, the
// downloaded workbook read back with exceljs (headers, a row, no formula anywhere),
// written by the server from the table the page shows (the page loads no spreadsheet
// library), within the page's CSP, and each file in the audit trail as the server wrote it.
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';

const row = (index: number) => `[data-testid="caseload-grid"] .ag-row[row-index="${index}"]`;

const CASELOAD_HEADERS: unknown[] = [
  'Nom',
  'Prénom',
  'Identifiant',
  'Conseiller',
  'Modalité',
  'Mois suivis',
  'Dernière déclaration',
  'Actions (30 jours)',
  // The whole months only: the month in progress is left out, and the header names them.
  expect.stringMatching(/^Actions par mois, de \S+ \d{4} à \S+ \d{4}$/),
  'Attention (0-100)',
  'Signaux',
  'Recommandation principale',
  'Fin de droits',
];

async function workbookOf(download: Download): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await download.path())!);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0]!;
}

function cellsOf(sheet: ExcelJS.Worksheet, rowNumber: number): unknown[] {
  return (sheet.getRow(rowNumber).values as unknown[]).slice(1);
}

/** No cell of the sheet is a formula, whatever its text. */
function expectNoFormula(sheet: ExcelJS.Worksheet): void {
  let cells = 0;
  sheet.eachRow((r) =>
    r.eachCell((cell) => {
      cells++;
      expect(cell.type, `cell ${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
      expect(cell.formula, `cell ${cell.address}`).toBeUndefined();
    }),
  );
  expect(cells).toBeGreaterThan(0);
}

/** Everything the page's CSP refused, as the console reports it and as the page sees it. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|unsafe-eval/i.test(message.text())) {
      fromConsole.push(message.text());
    }
  });
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return async () => [
    ...fromConsole,
    ...(await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    )),
  ];
}

test('the grid exports as shown to an Excel workbook the server writes, within the CSP', async ({
  app: page,
}) => {
  await expect(page.locator(row(0))).toBeVisible();
  const violations = await watchCsp(page);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter (Excel .xlsx)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^portefeuille-\d{4}-\d{2}-\d{2}\.xlsx$/);
  // The server wrote the workbook: the page fetched no spreadsheet code for it.
  expect(scripts.filter((url) => /xlsx|exceljs/i.test(url))).toEqual([]);

  const sheet = await workbookOf(download);
  expect(sheet.name).toBe('Portefeuille');
  expect(cellsOf(sheet, 1)).toEqual(CASELOAD_HEADERS);
  expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  const shown = Number(
    /(\d+) personnes/.exec((await page.getByTestId('row-count').textContent())!)![1],
  );
  expect(sheet.rowCount).toBe(shown + 1);
  const firstId = (await page.locator(row(0)).getAttribute('row-id'))!;
  const first = sheet.getRow(2);
  expect(first.getCell(3).value).toBe(firstId);
  expect(first.getCell(6).type).toBe(ExcelJS.ValueType.Number); // months followed
  expect(first.getCell(10).type).toBe(ExcelJS.ValueType.Number); // attention
  // The benefit end and the last declaration are date cells wherever they are known.
  const benefitEnds = sheet
    .getColumn(13)
    .values.slice(2)
    .filter((v) => v != null);
  expect(benefitEnds.length).toBeGreaterThan(0);
  expect(benefitEnds.every((v) => v instanceof Date)).toBe(true);
  expect(
    sheet
      .getColumn(7)
      .values.slice(2)
      .some((v) => v instanceof Date),
  ).toBe(true);
  expectNoFormula(sheet);

  // A second export works the same.
  const again = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter (Excel .xlsx)' }).click();
  expect((await workbookOf(await again)).rowCount).toBe(shown + 1);
  expect(await violations()).toEqual([]);
});

test('rejected lines with hostile text export to Excel as text, and the trail records both exports', async ({
  page,
  server,
}) => {
  await signIn(page, server, 'RE-1');
  await page.getByRole('navigation').getByRole('link', { name: 'Portefeuille' }).click();
  await expect(page.locator(row(0))).toBeVisible();
  const violations = await watchCsp(page);
  const caseloadDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter (Excel .xlsx)' }).click();
  const caseloadFile = (await caseloadDownload).suggestedFilename();

  const file = join(server.dataDir, 'journaux-hostiles.jsonl');
  writeFileSync(
    file,
    [
      '{"seeker_id": "=HYPERLINK(\\"http://evil.example\\",\\"x\\")"',
      '{"seeker_id": "@SUM(A1)", "first_name": "+1+1"}',
      '',
    ].join('\n'),
  );
  await page.getByRole('navigation').getByRole('link', { name: 'Import' }).click();
  await page.getByLabel('Fichiers à importer').setInputFiles(file);
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await page.getByRole('button', { name: 'Confirmer l’import' }).click();
  await expect(page.getByTestId('import-issues').locator('tbody tr')).toHaveCount(2);

  const issuesDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter les lignes écartées (Excel .xlsx)' }).click();
  const download = await issuesDownload;
  const issuesFile = download.suggestedFilename();
  expect(issuesFile).toMatch(/^lignes-ecartees-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const sheet = await workbookOf(download);
  expect(sheet.name).toBe('Lignes écartées');
  expect(cellsOf(sheet, 1)).toEqual(['Fichier', 'Ligne', 'Personne', 'Type', 'Raison']);
  expect(sheet.rowCount).toBe(3);
  const hostile = sheet.getRow(3);
  expect(hostile.getCell(1).value).toBe('journaux-hostiles.jsonl');
  expect(hostile.getCell(2)).toMatchObject({ type: ExcelJS.ValueType.Number, value: 2 });
  // The seeker id typed as a formula is text, with the CSV's apostrophe before it.
  expect(hostile.getCell(3)).toMatchObject({ type: ExcelJS.ValueType.String, value: "'@SUM(A1)" });
  expect(hostile.getCell(4).value).toBe('Écartée');
  expectNoFormula(sheet);
  expect(await violations()).toEqual([]);

  await page.getByRole('navigation').getByRole('link', { name: 'Journal d’audit' }).click();
  const saved = page
    .getByTestId('audit-entries')
    .locator('tbody tr')
    .filter({ hasText: 'Export de fichier' });
  await expect(saved).toHaveCount(2);
  await expect(saved.first()).toContainText(
    `Anomalies d’import (Excel) « ${issuesFile} », 2 lignes`,
  );
  await expect(saved.nth(1)).toContainText(`Portefeuille (Excel) « ${caseloadFile} »`);
});
