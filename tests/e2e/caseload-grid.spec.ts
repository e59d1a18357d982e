// The caseload grid beyond the main flow: keyboard, the counsellor selector, the
// remembered layout, the CSV export, and a page opened without its token.
import { readFileSync } from 'node:fs';
import { expect, screenshot, signIn, test } from './fixtures';

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
  // « Prénom Nom »: the grid sorts on the last name.
  const surnames = sorted.map((name) => name!.split(' ').slice(1).join(' '));
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

  // A counsellor reads only their own people: no « Toute l'équipe » to choose.
  await expect(page.getByLabel('Conseiller')).toHaveCount(0);
  await expect(page.getByRole('main')).not.toContainText("Toute l'équipe");
});

test('a team lead chooses a counsellor by name, and gets as many rows as announced', async ({
  page,
  server,
}) => {
  await signIn(page, server, 'RE-1');
  await page.evaluate(() => (window.location.hash = '#/'));
  const select = page.getByLabel('Conseiller');
  await expect(select.locator('option')).toHaveText([
    "Toute l'équipe",
    /^Nathalie Fournier \(\d+\)$/,
    /^Karim Belkacem \(\d+\)$/,
    /^Sophie Marchand \(\d+\)$/,
    /^Julien Perrin \(\d+\)$/,
  ]);
  const option = select.locator('option').nth(2);
  const [, seekers] = /\((\d+)\)/.exec((await option.textContent())!)!;
  await select.selectOption({ label: (await option.textContent())! });
  await expect(select).toHaveValue('CNS-02');
  await expect(page.getByTestId('row-count')).toHaveText(`${seekers} personnes`);
});

test('on a 1366×768 screen every column is in view, headers on two lines at most, signal names whole', async ({
  app: page,
}, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await expect(page.locator(row(0))).toBeVisible();
  const grid = page.getByTestId('caseload-grid');
  const gridRight = (await grid.boundingBox())!.x + (await grid.boundingBox())!.width;
  // A one-word header (« Nom ») is one line: the others are two lines at most.
  const oneLine = (await grid.locator('[col-id="name"] .ag-header-cell-text').boundingBox())!
    .height;
  for (const header of await grid.locator('.ag-header-cell').all()) {
    const box = (await header.boundingBox())!;
    const name = (await header.textContent())!;
    expect(box.x + box.width, name).toBeLessThanOrEqual(gridRight);
    const text = header.locator('.ag-header-cell-text');
    expect((await text.boundingBox())!.height, name).toBeLessThanOrEqual(2 * oneLine + 1);
    expect(await text.evaluate((el) => el.scrollWidth <= el.clientWidth), name).toBe(true);
  }
  // Nothing to scroll sideways: the last column is whole beside the vertical scrollbar.
  const sideways = grid.locator('.ag-body-horizontal-scroll-viewport');
  expect(await sideways.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  // 22 people on a 768-pixel screen: the vertical scrollbar is there, and covers nothing.
  const bodyRight = (await grid.locator('.ag-body-vertical-scroll').boundingBox())!.x;
  for (const cell of await grid.locator('.ag-row [col-id="benefitEnd"]').all()) {
    const box = (await cell.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(bodyRight);
  }
  await expect(
    grid.getByRole('columnheader', { name: 'Recommandation principale' }),
  ).toBeInViewport();
  await expect(grid.getByRole('columnheader', { name: 'Fin de droits' })).toBeInViewport();

  // Badges are written whole; the full names are the cell's hover text and read aloud.
  const badges = grid.locator('.signal-badge');
  expect(await badges.count()).toBeGreaterThan(10);
  for (const badge of await badges.all()) {
    const cellRight = await badge.evaluate(
      (el) => el.closest('.ag-cell')!.getBoundingClientRect().right,
    );
    const box = (await badge.boundingBox())!;
    const label = (await badge.textContent())!;
    expect(box.x + box.width, label).toBeLessThanOrEqual(cellRight);
    const cut = await badge.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(cut, label).toBe(false);
  }
  const narrow = grid.locator('.signal-badges').filter({
    has: page.locator('[data-signal="narrow_search"]'),
  });
  await expect(narrow.first()).toHaveAttribute('title', /Recherche trop étroite/);
  await expect(narrow.first().locator('.visually-hidden')).toContainText('Recherche trop étroite');
  await expect(narrow.first().locator('[data-signal="narrow_search"]')).toHaveText('Trop étroite');
  await screenshot(page, testInfo, 'caseload-1366', { fullPage: false });
});

test('a person is named first name first in the grid as on their page, and sorted by last name', async ({
  app: page,
}) => {
  await expect(page.locator(row(0))).toBeVisible();
  await page.getByRole('columnheader', { name: /Nom/ }).click();
  const names: string[] = [];
  for (let index = 0; index < 8; index += 1) {
    names.push((await page.locator(`${row(index)} [col-id="name"]`).textContent())!);
  }
  const lastNames = names.map((name) => name.split(' ').slice(1).join(' '));
  expect(lastNames).toEqual([...lastNames].sort((a, b) => a.localeCompare(b, 'fr')));
  await page.locator(`${row(0)} [col-id="name"]`).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(names[0]!);
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
