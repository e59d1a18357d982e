// The caseload grid beyond the main flow: keyboard, the counsellor selector, the
// remembered layout, the CSV export, and a page opened without its token.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const row = (index: number) => `[data-testid="caseload-grid"] .ag-row[row-index="${index}"]`;

test('in the grid, the arrow keys move between people and Enter opens one', async ({
  app: page,
}) => {
  await expect(page.locator(row(0))).toBeVisible();
  const second = (await page.locator(row(1)).getAttribute('row-id'))!;
  await page.locator(`${row(0)} [col-id="name"]`).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/seeker/${second}$`));
  await expect(page.getByRole('main')).toContainText(second);
  // Straight on to a person who does not exist: the error alone, not the previous page.
  await page.evaluate(() => (window.location.hash = '#/seeker/PERSONNE-INCONNUE'));
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(second);
});

test('the sort chosen survives a reload, and a counsellor sees their own portfolio', async ({
  app: page,
}) => {
  await expect(page.locator(row(0))).toBeVisible();
  const nameHeader = page.getByRole('columnheader', { name: /Nom/ });
  await expect(nameHeader).toHaveAttribute('aria-sort', 'none');
  await nameHeader.click();
  // Sorted by name before the reload: the header says so and the rows follow it.
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByRole('columnheader', { name: /Attention/ })).toHaveAttribute(
    'aria-sort',
    'none',
  );
  const firstNames = async () =>
    Promise.all(
      Array.from({ length: 8 }, (_, i) => page.locator(`${row(i)} [col-id="name"]`).textContent()),
    );
  const sorted = await firstNames();
  const surnames = sorted.map((name) => name!.split(' ')[0]!);
  expect(surnames).toEqual([...surnames].sort((a, b) => a.localeCompare(b, 'fr')));
  await page.reload();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.locator(`${row(0)} [col-id="name"]`)).toHaveText(sorted[0]!);
  expect(await firstNames()).toEqual(sorted);
  await page.getByRole('button', { name: 'Réinitialiser les colonnes' }).click();
  await expect(page.getByRole('columnheader', { name: /Attention/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );

  // One counsellor: as many rows as the selector announces for them.
  const select = page.getByLabel('Conseiller');
  const option = select.locator('option').nth(1);
  const [, seekers] = /\((\d+)\)/.exec((await option.textContent())!)!;
  await select.selectOption((await option.getAttribute('value'))!);
  await expect(page.getByTestId('row-count')).toHaveText(`${seekers} personnes`);
});

test('the CSV export is the grid as shown, ready for a French spreadsheet', async ({
  app: page,
}) => {
  await expect(page.locator(row(0))).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^portefeuille-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = text.slice(1).trimEnd().split('\r\n');
  const shown = Number(
    /(\d+) personnes/.exec((await page.getByTestId('row-count').textContent())!)![1],
  );
  expect(lines).toHaveLength(shown + 1);
  expect(lines[0]).toContain(';');
  const firstId = (await page.locator(row(0)).getAttribute('row-id'))!;
  expect(lines[1]).toContain(firstId);
});

test('a page opened without its token says how to open it, and the API refuses it', async ({
  page,
  server,
}) => {
  const base = server.url.replace(/\?token=.*$/, '');
  await page.goto(base);
  await expect(page.getByRole('alert')).toContainText('jalon serve');
  const answer = await page.request.post(`${base}api/invoke/app.info`, { data: {} });
  expect(answer.status()).toBe(401);
});
