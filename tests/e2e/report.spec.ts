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
  'Plan d’action',
  'Dernières notes',
  'Recommandations',
];
const ACTION = 'Appeler l’organisme de formation';
const NOTE = 'Souhaite une formation de cariste avant l’été.';

test('a counsellor prepares the interview: the preview, then its PDF', async ({
  app: page,
}, testInfo) => {
  await page.locator('[data-testid="caseload-grid"] .ag-row[row-index="0"]').click();
  const pageTitle = page.getByRole('heading', { level: 1 });
  await expect(pageTitle).toHaveText(/^Journal de /);
  const name = (await pageTitle.textContent())!.replace(/^Journal de /, '');
  // Something under way to find in the report: an action with its due date, a note.
  const plan = page.getByTestId('action-plan');
  await plan.getByLabel('Action', { exact: true }).fill(ACTION);
  await plan.getByLabel('Échéance (facultative)').fill('2027-02-12');
  await plan.getByRole('button', { name: 'Ajouter l’action' }).click();
  await plan.getByLabel(`Statut de « ${ACTION} »`).selectOption({ label: 'En cours' });
  await expect(plan.getByLabel(`Statut de « ${ACTION} »`)).toHaveValue('in_progress');
  const notes = page.getByTestId('notes');
  await notes.getByLabel('Nouvelle note').fill(NOTE);
  await notes.getByRole('button', { name: 'Ajouter une note' }).click();
  await expect(notes.getByRole('listitem').first()).toContainText(NOTE);

  await page.getByRole('link', { name: 'Préparer l’entretien' }).click();
  const report = page.locator('article.report');
  await expect(report).toHaveAttribute('data-report-state', 'ready');
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(name);
  for (const title of SECTION_TITLES) {
    await expect(report.getByRole('heading', { level: 2, name: title })).toBeVisible();
  }
  await expect(report.getByTestId('chart-actions')).toBeVisible();
  const planRow = report
    .locator('section.report-plan')
    .getByRole('row', { name: new RegExp(ACTION) });
  await expect(planRow).toContainText('12 février 2027');
  await expect(planRow).toContainText('En cours');
  await expect(report.locator('section.report-notes')).toContainText(NOTE);
  await report.locator('section.report-plan').scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, 'interview-report-follow-up', { fullPage: false });
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
  expect(text).toContain(ACTION);
  expect(text).toContain('12 février 2027');
  expect(text).toContain(NOTE);
  // The PDF is the document alone: no navigation, no button of the preview.
  expect(text).not.toContain('Télécharger le PDF');
  expect(text).not.toContain('Voir les données');
});
