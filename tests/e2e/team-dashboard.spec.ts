// The team lead's dashboard in the browser mode: their four counsellors, the charts and
// their data tables, and the drill-down into one portfolio, checked down to the export.
import { readFileSync } from 'node:fs';
import { expect, screenshot, signIn, test } from './fixtures';

const EQ1 = ['Nathalie Fournier', 'Karim Belkacem', 'Sophie Marchand', 'Julien Perrin'];

test('a team lead reads the dashboard and opens one counsellor’s portfolio', async ({
  page,
  server,
}, testInfo) => {
  // A team lead lands on the dashboard, not on the whole team's grid.
  await signIn(page, server, 'RE-1');
  await expect(page).toHaveURL(/#\/team$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tableau de bord de l’équipe');

  const rows = page.getByTestId('team-table').locator('tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.locator('th')).toHaveText(EQ1.map((name) => new RegExp(`^${name}`)));

  // Every signal's count, per portfolio and for the team.
  const signalCounts = page.getByTestId('team-signal-counts');
  await expect(signalCounts.locator('tbody tr')).toHaveCount(11);
  await expect(signalCounts.locator('thead th')).toHaveText(['Signal', ...EQ1, 'Équipe']);

  for (const chart of ['attention', 'high', 'declared', 'signal']) {
    await expect(
      page.getByTestId(`team-chart-${chart}`).locator('.recharts-wrapper > svg.recharts-surface'),
    ).toBeVisible();
  }
  // Stacked bars: a segment per counsellor and band that has anyone in it.
  await expect(
    page.getByTestId('team-chart-attention').locator('.recharts-rectangle'),
  ).not.toHaveCount(0);

  // Every chart has its figures as a table: a year of months for a trend.
  const high = page.getByTestId('team-chart-high');
  await high.getByRole('button', { name: 'Voir les données' }).click();
  await expect(high.getByRole('table').locator('tbody tr')).toHaveCount(12);
  await expect(high.getByRole('table').locator('thead th')).toHaveText(['Mois', ...EQ1, 'Équipe']);

  await page.getByLabel('Signal suivi').selectOption({ label: 'Inactivité' });
  await expect(page.getByTestId('team-chart-signal')).toContainText('« Inactivité »');
  await screenshot(page, testInfo, 'team-dashboard');

  // Drill down: Karim Belkacem's portfolio, and only his, in the caseload grid.
  const karim = rows.filter({ hasText: 'Karim Belkacem' });
  const size = (await karim.locator('td').first().textContent())!.trim();
  await karim.getByRole('link', { name: /^Karim Belkacem/ }).click();
  await expect(page).toHaveURL(/#\/\?counsellor=CNS-02$/);
  await expect(page.getByLabel('Conseiller')).toHaveValue('CNS-02');
  await expect(page.getByTestId('row-count')).toHaveText(`${size} personnes`);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter (CSV)' }).click();
  const lines = readFileSync((await (await downloading).path())!, 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  const counsellorColumn = lines[0]!.split(';').indexOf('Conseiller');
  expect(counsellorColumn).toBeGreaterThanOrEqual(0);
  expect(lines.slice(1)).toHaveLength(Number(size));
  expect(new Set(lines.slice(1).map((line) => line.split(';')[counsellorColumn]))).toEqual(
    new Set(['CNS-02']),
  );
});

test('a signal count of the dashboard opens that portfolio filtered on that signal', async ({
  page,
  server,
}, testInfo) => {
  await signIn(page, server, 'RE-1');
  const signalCounts = page.getByTestId('team-signal-counts');
  // Karim Belkacem's column (the second counsellor's: after the row header and Nathalie's).
  await expect(signalCounts.locator('thead th').nth(2)).toHaveText('Karim Belkacem');
  const row = signalCounts.locator('tbody tr').filter({ has: page.locator('td:nth-child(3) a') });
  const signal = (await row.first().locator('th').textContent())!;
  const link = row.first().locator('td:nth-child(3) a');
  const count = Number(await link.textContent());
  expect(count).toBeGreaterThan(0);
  await expect(link).toHaveAccessibleName(
    new RegExp(`^${count} personnes? du portefeuille de Karim Belkacem avec « ${signal} »`),
  );
  await link.click();
  await expect(page).toHaveURL(/#\/\?counsellor=CNS-02&signal=[a-z_]+$/);
  await expect(page.getByLabel('Conseiller')).toHaveValue('CNS-02');
  await expect(
    page.getByTestId('signal-filters').getByRole('button', { name: new RegExp(`^${signal}`) }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('row-count')).toHaveText(
    new RegExp(`^${count} personnes? sur \\d+$`),
  );
  // Zero is not a link: nobody to list.
  await page.goBack();
  await expect(signalCounts.locator('td', { hasText: /^0$/ }).first().locator('a')).toHaveCount(0);
  await page.goForward();
  await expect(page.getByTestId('row-count')).toHaveText(new RegExp(`^${count} personnes? sur`));

  // The team's most frequent signal, in the table's total row: the whole team filtered on it.
  await page.goBack();
  const teamTop = page.getByTestId('team-table').locator('tfoot li a').first();
  const [, topSignal, topCount] = /^(.+?)\s*:\s*(\d+)$/.exec((await teamTop.textContent())!)!;
  await teamTop.click();
  await expect(page).toHaveURL(/#\/\?signal=[a-z_]+$/);
  await expect(page.getByLabel('Conseiller')).toHaveValue('');
  await expect(
    page.getByTestId('signal-filters').getByRole('button', { name: new RegExp(`^${topSignal}`) }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('row-count')).toHaveText(
    new RegExp(`^${topCount} personnes? sur \\d+$`),
  );

  await screenshot(page, testInfo, 'caseload-from-team-dashboard', { fullPage: false });
});

test('a portfolio outside the team is refused, even by its address', async ({ page, server }) => {
  await signIn(page, server, 'RE-1');
  await page.evaluate(() => {
    window.location.hash = '#/?counsellor=CNS-05';
  });
  await expect(page.getByRole('alert')).toContainText('ne relèvent pas de votre rôle');
});
