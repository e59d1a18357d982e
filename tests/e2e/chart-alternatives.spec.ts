// Every chart has a text alternative: the picture is hidden from assistive technologies,
// the figure is named by its caption, and a button (named in the figure, tied to it by
// aria-controls) shows the same figures as a table with a caption and headers. Checked
// on the seeker page's five charts, the team dashboard's four and the report's five
// (whose printed form also carries the month-by-month table).
import type { Locator, Page } from '@playwright/test';
import Database from 'better-sqlite3-multiple-ciphers';
import { DEMO_COUNSELLOR, expect, signIn, templateDatabase, test } from './fixtures';

/** Checks every chart figure inside `scope`; returns how many there were. */
async function expectChartAlternatives(page: Page, scope: Locator): Promise<number> {
  const figures = scope.locator('figure.chart-figure');
  const count = await figures.count();
  for (let i = 0; i < count; i++) {
    const figure = figures.nth(i);
    const name = (await figure.locator('figcaption').innerText()).trim();
    expect(name, `figure ${i} has a caption`).not.toBe('');
    await expect(figure).toHaveAccessibleName(/\S/);

    // The drawing is out of the accessibility tree: no unnamed SVG for a screen reader.
    const svg = figure.locator('svg.recharts-surface').first();
    await expect(svg).toBeVisible();
    expect(
      await svg.evaluate((el) => el.closest('[aria-hidden="true"]') !== null),
      `${name}: the chart's SVG is hidden from assistive technologies`,
    ).toBe(true);

    // Its alternative: the table the disclosure button controls.
    const button = figure.locator('button.disclosure');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    const controlled = (await button.getAttribute('aria-controls'))!;
    expect(controlled, `${name}: the button says what it shows`).toBeTruthy();
    await button.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const table = page.locator(`[id="${controlled}"] table`);
    await expect(table, `${name}: a table of its figures`).toBeVisible();
    await expect(table.locator('caption')).not.toBeEmpty();
    expect(await table.locator('thead th[scope="col"]').count()).toBeGreaterThan(1);
    expect(await table.locator('tbody tr').count(), `${name}: rows of figures`).toBeGreaterThan(0);
    await expect(table.locator('tbody tr').first().locator('th[scope="row"]')).toHaveCount(1);
    await button.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
  }
  return count;
}

test('every chart of the seeker page, the report and the team dashboard has its figures as a table', async ({
  app: page,
  server,
}) => {
  const firstRow = page.locator('[data-testid="caseload-grid"] .ag-row[row-index="0"]');
  const seekerId = (await firstRow.getAttribute('row-id'))!;
  await firstRow.click();
  await expect(page.getByTestId('chart-mood').locator('svg.recharts-surface')).toBeVisible();
  expect(await expectChartAlternatives(page, page.locator('.seeker-charts'))).toBe(5);

  // The report: the same five, and the month-by-month figures as a table of their own
  // (the printed page has no button to press).
  await page.getByRole('link', { name: 'Préparer l’entretien' }).click();
  await expect(page.locator('[data-report-state="ready"]')).toBeVisible();
  const report = page.locator('article.report');
  expect(await expectChartAlternatives(page, report)).toBe(5);
  const monthly = report.locator('.report-monthly table');
  await expect(monthly.locator('caption')).not.toBeEmpty();
  expect(await monthly.locator('tbody tr').count()).toBeGreaterThan(0);
  await page.evaluate((id) => {
    window.location.hash = `#/report/${id}?print=1`;
  }, seekerId);
  await expect(page.locator('[data-report-state="ready"]')).toBeVisible();
  await expect(page.locator('.report-monthly table')).toBeVisible();

  // The team dashboard's four charts (a team lead's screen).
  await page.evaluate(() => {
    window.location.hash = '#/';
  });
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await signIn(page, server, 'RE-1');
  await page.getByRole('navigation').getByRole('link', { name: 'Équipe' }).click();
  await expect(page.getByTestId('team-chart-attention').locator('svg').first()).toBeVisible();
  expect(await expectChartAlternatives(page, page.locator('.team-screen'))).toBe(4);
});

test('a person’s charts start at their first declared month, not a year of empty months before', async ({
  app: page,
}) => {
  // A person of this counsellor registered long before their first declared month.
  const db = new Database(templateDatabase(), { readonly: true });
  const seeker = db
    .prepare<[string], { seeker_id: string; first: string }>(
      `SELECT s.seeker_id,
         (SELECT min(period) FROM journal_months m WHERE m.seeker_ref = s.seeker_ref) AS first
       FROM seekers s WHERE s.counsellor_id = ?
         AND first > substr(s.registered_on, 1, 7) ORDER BY s.seeker_id LIMIT 1`,
    )
    .get(DEMO_COUNSELLOR);
  db.close();
  if (!seeker) throw new Error(`the demo gives ${DEMO_COUNSELLOR} nobody registered earlier`);

  await page.evaluate((id) => (window.location.hash = `#/seeker/${id}`), seeker.seeker_id);
  const actions = page.getByTestId('chart-actions');
  await actions.getByRole('button', { name: 'Voir les données' }).click();
  const [year, month] = seeker.first.split('-').map(Number) as [number, number];
  const firstMonth = new Intl.DateTimeFormat('fr-FR', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 1)));
  await expect(actions.locator('tbody tr').first().locator('th')).toHaveText(
    new RegExp(`^${firstMonth}$`, 'i'),
  );

  // The report's charts and their month-by-month table start there too.
  await page.getByRole('link', { name: 'Préparer l’entretien' }).click();
  const monthly = page.locator('article.report .report-monthly table');
  await expect(monthly.locator('tbody tr').first().locator('th, td').first()).toHaveText(
    new RegExp(`^${firstMonth}$`, 'i'),
  );
});
