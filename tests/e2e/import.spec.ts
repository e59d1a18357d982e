// The import screen in real Chromium: before writing, it says who would be added,
// replaced or left unchanged and asks before replacing journals; the rejected lines
// read in the reader's language; past imports are listed with who ran them, and their
// lines can be read again (in English for an English reader).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createJournalRepository } from '../../server/db/journal-repository';
import { seeker } from '../helpers/journals';
import { openServedDatabase } from './serve-process';
import { DEMO_PASSWORD, expect, screenshot, signIn, test } from './fixtures';

test('an import says what it will replace, asks first, and is listed with its lines afterwards', async ({
  page,
  browser,
  server,
}, testInfo) => {
  test.slow();
  const db = openServedDatabase(server.dataDir);
  const journals = createJournalRepository(db);
  const { seeker_id: existingId } = db
    .prepare("SELECT seeker_id FROM seekers WHERE counsellor_id = 'CNS-01' ORDER BY seeker_id")
    .get() as { seeker_id: string };
  const existing = journals.readJournal(existingId)!;
  db.close();

  const file = join(server.dataDir, 'journaux-decembre.jsonl');
  writeFileSync(
    file,
    [
      JSON.stringify({ ...existing, first_name: 'Prénom-Corrigé' }),
      JSON.stringify(seeker('IMP-NEW-1', { counsellor_id: 'CNS-01' })),
      '{"seeker_id": "cassé"',
      JSON.stringify({ seeker_id: 'X-1' }),
      '',
    ].join('\n'),
  );

  await signIn(page, server, 'RE-1');
  await page.getByRole('navigation').getByRole('link', { name: 'Import' }).click();
  await page.getByLabel('Fichiers à importer').setInputFiles(file);
  await page.getByRole('button', { name: 'Importer', exact: true }).click();

  const preview = page.getByTestId('import-preview');
  await expect(preview.getByRole('heading', { name: 'Avant l’import' })).toBeVisible();
  await expect(preview.getByTestId('preview-imported')).toContainText('1');
  await expect(preview.getByTestId('preview-updated')).toContainText('1');
  await expect(preview.getByTestId('preview-unchanged')).toContainText('0');
  await expect(preview.getByTestId('preview-rejected')).toContainText('2');
  await expect(preview).toContainText(
    '1 personne est déjà enregistrée avec un autre journal : son journal sera remplacé en entier par celui du fichier.',
  );
  const confirm = preview.getByRole('button', { name: 'Confirmer l’import' });
  await expect(confirm).toBeDisabled();
  // Nothing is written before the confirmation.
  expect(storedFirstName(server.dataDir, existingId)).toBe(existing.first_name);
  await preview.getByLabel('Remplacer le journal de cette personne').check();
  await expect(confirm).toBeEnabled();
  await screenshot(page, testInfo, 'import-preview');
  await confirm.click();

  const summary = page.getByTestId('import-summary');
  await expect(summary.getByTestId('count-imported')).toContainText('1');
  await expect(summary.getByTestId('count-updated')).toContainText('1');
  expect(storedFirstName(server.dataDir, existingId)).toBe('Prénom-Corrigé');
  const issues = page.getByTestId('import-issues');
  await expect(issues.locator('tbody tr')).toHaveCount(2);
  await expect(issues).toContainText(
    'JSON invalide : la lecture s’arrête au caractère 22 de la ligne',
  );
  await expect(issues).toContainText('first_name : obligatoire');
  await expect(issues).not.toContainText('is required');

  // The export carries the reasons as the screen shows them.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter les lignes écartées (CSV)' }).click();
  const csv = readFileSync((await (await download).path())!, 'utf8');
  expect(csv).toContain('first_name : obligatoire');

  // The history: this import first, by the team lead, then the demo caseload's.
  const history = page.getByTestId('import-history');
  const latest = history.locator('tbody tr').first();
  await expect(latest).toContainText('(RE-1)');
  await expect(latest).toContainText('journaux-decembre.jsonl');
  await expect(latest).toContainText('Terminé');
  await expect(history.locator('tbody tr')).toHaveCount(2);
  const importRef = await latest.getAttribute('data-import-ref');
  await latest.getByRole('button', { name: `Voir les lignes de l’import n° ${importRef}` }).click();
  await expect(page.getByTestId('import-history-issues').locator('tbody tr')).toHaveCount(2);
  await screenshot(page, testInfo, 'import-history');

  // An English reader reads the same past lines in English.
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1440, height: 1000 },
  });
  const english = await context.newPage();
  await english.goto(server.url);
  await english.getByLabel('User ID').fill('RE-1');
  await english.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await english.getByRole('button', { name: 'Sign in' }).click();
  await expect(english.locator('.signed-in-user')).toBeVisible();
  await english.getByRole('navigation').getByRole('link', { name: 'Import' }).click();
  const englishLatest = english.getByTestId('import-history').locator('tbody tr').first();
  await expect(englishLatest).toContainText('Completed');
  await englishLatest
    .getByRole('button', { name: `See the lines of import #${importRef}` })
    .click();
  const englishIssues = english.getByTestId('import-history-issues');
  await expect(englishIssues).toContainText('first_name: is required');
  await expect(englishIssues).toContainText("invalid JSON: Expected ',' or '}'");
  await context.close();
});

test('the rejected lines of a large import come a page at a time, and the export has every one kept', async ({
  page,
  server,
}) => {
  test.slow();
  const file = join(server.dataDir, 'bruit.jsonl');
  writeFileSync(file, Array.from({ length: 1_100 }, (_, i) => `bruit ${i}`).join('\n') + '\n');

  await signIn(page, server, 'RE-1');
  await page.getByRole('navigation').getByRole('link', { name: 'Import' }).click();
  await page.getByLabel('Fichiers à importer').setInputFiles(file);
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await page
    .getByTestId('import-preview')
    .getByRole('button', { name: 'Confirmer l’import' })
    .click();

  const summary = page.getByTestId('import-summary');
  await expect(summary.getByTestId('count-rejected')).toContainText('1100');
  const issues = page.getByTestId('import-issues');
  await expect(issues.locator('tbody tr')).toHaveCount(250);
  await expect(page.getByTestId('import-issues-not-kept')).toContainText(
    'Cet import a écarté ou signalé 1 100 lignes ; seules les 1 000 premières sont conservées',
  );
  await page
    .getByRole('button', { name: 'Afficher les lignes suivantes (250 affichées sur 1 000)' })
    .click();
  await expect(issues.locator('tbody tr')).toHaveCount(500);
  await expect(issues.locator('tbody tr').nth(499)).toContainText('500');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter les lignes écartées (CSV)' }).click();
  const csv = readFileSync((await (await download).path())!, 'utf8')
    .trim()
    .split(/\r?\n/);
  // A header, then the 1,000 lines kept.
  expect(csv).toHaveLength(1_001);
});

/** What the database holds now, read as the app would, beside the running server. */
function storedFirstName(dataDir: string, seekerId: string): string | undefined {
  const db = openServedDatabase(dataDir);
  try {
    return createJournalRepository(db).readJournal(seekerId)?.first_name;
  } finally {
    db.close();
  }
}
