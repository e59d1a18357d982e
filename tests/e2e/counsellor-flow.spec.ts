// The counsellor's whole flow in the browser mode, on the demo caseload: from the grid
// to a seeker's journal, deciding on recommendations, and importing a file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshot, signIn, test } from './fixtures';

/** Attention scores of the rendered grid rows, in displayed order. */
async function attentionColumn(page: Page): Promise<number[]> {
  const cells = page.locator('[data-testid="caseload-grid"] .ag-row [col-id="attention"]');
  const rows = await cells.evaluateAll((els) =>
    els.map((el) => ({
      index: Number(el.closest('.ag-row')!.getAttribute('row-index')),
      text: el.textContent ?? '',
    })),
  );
  return rows.sort((a, b) => a.index - b.index).map((r) => Number(/\d+/.exec(r.text)![0]));
}

function gridRows(page: Page) {
  return page.locator('[data-testid="caseload-grid"] .ag-row');
}

/** The row displayed at `index` (the DOM order of ag-grid's rows is not the display order). */
function gridRow(page: Page, index: number) {
  return page.locator(`[data-testid="caseload-grid"] .ag-row[row-index="${index}"]`);
}

test('a counsellor finds who needs help, reads the journal, decides, and imports', async ({
  app: page,
  server,
}, testInfo) => {
  // Open on the demo: the banner, the counsellor's whole portfolio, most urgent first.
  await expect(page.getByText('Données de démonstration')).toBeVisible();
  await expect(page.locator('.signed-in-user')).toContainText('Conseiller');
  await expect(gridRow(page, 0)).toBeVisible();
  const announced = await page.getByTestId('row-count').textContent();
  const portfolio = Number(/(\d+) personnes/.exec(announced ?? '')?.[1]);
  expect(portfolio).toBeGreaterThan(5);
  expect(portfolio).toBeLessThan(300);
  const attention = await attentionColumn(page);
  expect(attention.length).toBeGreaterThan(5);
  expect(attention).toEqual([...attention].sort((a, b) => b - a));
  await screenshot(page, testInfo, 'caseload');

  // Quick search narrows the grid to the matching people.
  const firstRowId = await gridRow(page, 0).getAttribute('row-id');
  const search = page.getByLabel('Rechercher une personne');
  await search.fill(firstRowId!);
  await expect(gridRows(page)).toHaveCount(1);
  await expect(page.getByTestId('row-count')).toContainText(`1 personne sur ${portfolio}`);
  await search.fill('');
  await expect(page.getByTestId('row-count')).toContainText(String(portfolio));

  // A signal filter keeps only the people with that signal.
  const filters = page.getByTestId('signal-filters');
  const discouragement = filters.getByRole('button', { name: /Découragement/ });
  await discouragement.click();
  await expect(discouragement).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('row-count')).not.toContainText(`${portfolio} personnes`);
  const filtered = await gridRows(page).count();
  expect(filtered).toBeGreaterThan(0);
  for (let i = 0; i < Math.min(filtered, 5); i++) {
    await expect(gridRow(page, i)).toContainText('Découragement');
  }
  await screenshot(page, testInfo, 'caseload-filtered');

  // Open the first seeker: header, timeline and the five charts with data.
  const seekerId = (await gridRow(page, 0).getAttribute('row-id'))!;
  await gridRow(page, 0).click();
  await expect(page).toHaveURL(new RegExp(`#/seeker/${seekerId}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Journal de');
  await expect(page.getByRole('main')).toContainText(seekerId);
  const timeline = page.getByTestId('timeline');
  await expect(timeline.locator('[data-period]').first()).toBeVisible();
  expect(await timeline.locator('[data-action-id]').count()).toBeGreaterThan(0);
  for (const chart of [
    'chart-actions',
    'chart-funnel',
    'chart-targets',
    'chart-distances',
    'chart-mood',
  ]) {
    const figure = page.getByTestId(chart);
    await expect(figure.locator('figcaption')).not.toBeEmpty();
    await expect(figure.locator('svg.recharts-surface').first()).toBeVisible();
  }
  // The timeline draws months as they scroll into view: the first screen is what counts.
  await screenshot(page, testInfo, 'seeker', { fullPage: false });

  // Selecting a signal highlights the months its evidence rests on.
  const signalButton = page
    .locator('[data-signal-id="discouragement"]')
    .getByRole('button', { name: /Découragement/ });
  await signalButton.click();
  await expect(signalButton).toHaveAttribute('aria-pressed', 'true');
  await expect(timeline.locator('.is-highlighted').first()).toBeVisible();

  // Accept the first recommendation: it stays accepted after a reload.
  const recommendations = page.getByTestId('recommendation');
  const first = recommendations.first();
  const acceptedId = (await first.getAttribute('data-recommendation-id'))!;
  await first.getByRole('button', { name: 'Accepter' }).click();
  await expect(first).toContainText('Acceptée');
  await page.reload();
  const accepted = page.locator(
    `[data-testid="recommendation"][data-recommendation-id="${acceptedId}"]`,
  );
  await expect(accepted).toContainText('Acceptée');

  // Dismiss another with a reason: it leaves the list and is listed as dismissed.
  const other = page
    .locator('[data-testid="recommendation"]')
    .filter({ hasNot: page.getByText('Acceptée') })
    .first();
  const dismissedId = (await other.getAttribute('data-recommendation-id'))!;
  await other.getByRole('button', { name: 'Écarter' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Autre : préciser').check();
  await dialog
    .getByLabel('Précisez le motif')
    .fill('Déjà proposé le mois dernier, la personne a refusé.');
  await dialog.getByRole('button', { name: 'Confirmer' }).click();
  await expect(
    page.locator(`[data-testid="recommendation"][data-recommendation-id="${dismissedId}"]`),
  ).toHaveCount(0);
  await expect(page.getByText('Déjà proposé le mois dernier, la personne a refusé.')).toBeVisible();

  // Import a file with bad lines: the summary lists them with their reasons.
  const file = join(server.dataDir, 'journaux-novembre.jsonl');
  writeFileSync(
    file,
    ['{"seeker_id": "cassé"', JSON.stringify({ seeker_id: 'X-1', first_name: 'Léa' }), ''].join(
      '\n',
    ),
  );
  // Importing is the team lead's (or the administrator's) work.
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByLabel('Identifiant')).toBeVisible();
  await signIn(page, server, 'RE-1');
  await page.getByRole('navigation').getByRole('link', { name: 'Import' }).click();
  await page.getByLabel('Fichiers à importer').setInputFiles(file);
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await page.getByRole('button', { name: 'Confirmer l’import' }).click();
  const summary = page.getByTestId('import-summary');
  await expect(summary).toBeVisible();
  await expect(summary.getByTestId('count-rejected')).toContainText('2');
  const issues = page.getByTestId('import-issues');
  await expect(issues.locator('tbody tr')).toHaveCount(2);
  await expect(issues).toContainText('journaux-novembre.jsonl');
  await screenshot(page, testInfo, 'import');

  await page.getByRole('navigation').getByRole('link', { name: 'Réglages' }).click();
  await expect(page.getByRole('textbox', { name: 'Date de situation' })).toHaveValue(
    /^\d{4}-\d{2}-\d{2}$/,
  );
  await screenshot(page, testInfo, 'settings');
});
