// English and French: a browser whose system language is English gets Jalon in English
// from the sign-in screen to the report and its PDF, with no French sentence of the
// catalogues left on screen; a choice made in the language selector wins and is kept.
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from '@playwright/test';
import { enResources } from '../../renderer/i18n/en';
import { frResources } from '../../renderer/i18n/fr';
import { DEMO_COUNSELLOR, DEMO_PASSWORD, expect, screenshot, test } from './fixtures';
import type { RunningServer } from './serve-process';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value]] : leaves(value, `${prefix + key}.`),
  );
}

/** French catalogue sentences that English says differently, long enough to be telling. */
const FRENCH_ONLY: string[] = (() => {
  const en = new Map(leaves(enResources as unknown as Tree));
  return leaves(frResources as unknown as Tree)
    .filter(([key, text]) => en.get(key) !== text && !text.includes('{{') && text.length >= 8)
    .map(([, text]) => text);
})();

/** The French of the analysis and the report's topics, worded by the engine. */
const FRENCH_ENGINE = [
  'Inactivité',
  'Découragement',
  'Recherche dispersée',
  'Peu de réponses',
  'Mois sans journal',
  'Aucune action depuis',
  'derniers mois',
  'Faire le point',
  'Présenter les services proposés',
];

/**
 * The interface's own words on the page: each visible text node, trimmed, outside the
 * parts marked French (`lang="fr"`: people's notes and comments). A label is a text node
 * of its own; people's words are not labels, so a note that happens to begin with a French
 * word of the catalogues (« Formation SST ») is not taken for an untranslated label.
 */
async function interfaceTexts(page: Page): Promise<string[]> {
  return page.locator('body').evaluate((body) => {
    const texts: string[] = [];
    const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (parent === null || text === '' || !parent.checkVisibility()) continue;
      if (!(parent.closest('[lang]')?.getAttribute('lang') ?? 'en').startsWith('en')) continue;
      texts.push(text);
    }
    return texts;
  });
}

async function expectNoFrench(page: Page, where: string): Promise<void> {
  const texts = await interfaceTexts(page);
  const labels = new Set(texts);
  const found = [
    ...FRENCH_ONLY.filter((french) => labels.has(french)),
    ...FRENCH_ENGINE.filter((french) => texts.some((text) => text.includes(french))),
  ];
  expect(found, `French on the ${where}`).toEqual([]);
}

async function englishPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1440, height: 1000 },
  });
  return context.newPage();
}

async function signInInEnglish(page: Page, server: RunningServer): Promise<void> {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByLabel('User ID').fill(DEMO_COUNSELLOR);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('.signed-in-user')).toBeVisible();
}

test('an English system gets English everywhere, the report’s PDF included', async ({
  browser,
  server,
}, testInfo) => {
  // Five screens and a PDF printed by a second browser.
  test.slow();
  const page = await englishPage(browser);
  await page.goto(server.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expectNoFrench(page, 'sign-in screen');

  await signInInEnglish(page, server);
  const grid = page.getByTestId('caseload-grid');
  await expect(grid.locator('.ag-row').first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toContainText('Caseload');
  await expect(grid.getByRole('columnheader', { name: 'Attention' }).first()).toBeVisible();
  await expect(grid.getByRole('columnheader', { name: 'Signals' })).toBeVisible();
  await expect(page.getByText(/^\d[\d,]* people$/).first()).toBeVisible();
  await expectNoFrench(page, 'caseload');

  await grid.locator('.ag-row[row-index="0"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Journal of /);
  for (const section of [
    'Signals',
    'Recommendations',
    'Action plan',
    'Indicators month by month',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
  }
  // The charts' tables too.
  const showData = page.getByRole('button', { name: 'Show the data' });
  for (let left = await showData.count(); left > 0; left -= 1) {
    await showData.first().click();
    await expect(showData).toHaveCount(left - 1);
  }
  await expect(page.getByRole('columnheader', { name: 'Month' }).first()).toBeVisible();
  await expectNoFrench(page, 'seeker page');
  await screenshot(page, testInfo, 'seeker-page-en', { fullPage: false });

  await page.getByRole('link', { name: 'Prepare the interview' }).click();
  const report = page.locator('article.report');
  await expect(report).toHaveAttribute('data-report-state', 'ready');
  await expect(
    report.getByRole('heading', { level: 2, name: 'Topics for the interview' }),
  ).toBeVisible();
  await expectNoFrench(page, 'report');
  await screenshot(page, testInfo, 'interview-report-en');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the PDF' }).click();
  const pdf = testInfo.outputPath('report-en.pdf');
  await (await downloading).saveAs(pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('Topics for the interview');
  expect(text).not.toContain('Sujets à aborder en entretien');
  await page.context().close();
});

test('the language chosen in the selector wins over the system’s and survives a reload', async ({
  browser,
  server,
}) => {
  const page = await englishPage(browser);
  await signInInEnglish(page, server);
  await page.getByLabel('Language / Langue').selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toContainText(
    'Portefeuille',
  );
  await expect(page.getByText(/^\d[\d\u202f]* personnes$/).first()).toBeVisible();

  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toContainText(
    'Portefeuille',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  expect(await page.evaluate(() => localStorage.getItem('jalon.locale'))).toBe('fr');

  // Réglages has the same choice, for every role that reaches it.
  await page.getByRole('link', { name: 'Réglages' }).click();
  const section = page.getByRole('region', { name: 'Langue' });
  await section.getByLabel('Langue / Language').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.context().close();
});

test('a French system stays French', async ({ app: page }) => {
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toContainText(
    'Portefeuille',
  );
  await expect(page.getByLabel('Langue / Language')).toHaveValue('fr');
});
