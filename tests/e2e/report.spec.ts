// The diagnostic interview report in the browser mode: from a seeker's page to the
// preview, then the PDF the server prints from that same page with headless Chromium,
// downloaded and read back with pdftotext.
import { execFileSync } from 'node:child_process';
import { expect, screenshot, test } from './fixtures';

const SECTION_TITLES = [
  'Identité',
  'Offre raisonnable d’emploi (ORE)',
  'Synthèse du journal',
  'Indicateurs mois par mois',
  'Signaux et faits observés',
  'Sujets à aborder en entretien',
  'Recommandations',
];

test('a counsellor prepares the interview: the preview, then its PDF', async ({
  app: page,
}, testInfo) => {
  await page.locator('[data-testid="caseload-grid"] .ag-row[row-index="0"]').click();
  const pageTitle = page.getByRole('heading', { level: 1 });
  await expect(pageTitle).toHaveText(/^Journal de /);
  const name = (await pageTitle.textContent())!.replace(/^Journal de /, '');

  await page.getByRole('link', { name: 'Préparer l’entretien' }).click();
  const report = page.locator('article.report');
  await expect(report).toHaveAttribute('data-report-state', 'ready');
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(name);
  for (const title of SECTION_TITLES) {
    await expect(report.getByRole('heading', { level: 2, name: title })).toBeVisible();
  }
  await expect(report.getByTestId('chart-actions')).toBeVisible();
  await screenshot(page, testInfo, 'interview-report', { fullPage: false });

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger le PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^entretien-[\w-]+-\d{4}-\d{2}-\d{2}\.pdf$/);
  await expect(page.getByRole('status').filter({ hasText: 'PDF téléchargé' })).toContainText(
    download.suggestedFilename(),
  );

  const pdf = testInfo.outputPath('entretien.pdf');
  await download.saveAs(pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain(name);
  for (const title of SECTION_TITLES) expect(text).toContain(title);
  // The PDF is the document alone: no navigation, no button of the preview.
  expect(text).not.toContain('Télécharger le PDF');
  expect(text).not.toContain('Voir les données');
});
