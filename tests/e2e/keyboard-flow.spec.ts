// The counsellor's whole flow with the keyboard alone: sign in, find a person with the
// quick search, open them from the grid with Enter, read a signal's evidence, accept a
// recommendation and find it in the action plan. Only page.keyboard acts; locators only
// look (what has the focus, what the page shows). Along the way, the focus must be seen.
import type { Locator, Page } from '@playwright/test';
import { DEMO_COUNSELLOR, DEMO_PASSWORD, expect, test } from './fixtures';

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { max = 80, back = false } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

/** The focused element shows a focus indicator: an outline or a box shadow. */
async function expectVisibleFocus(page: Page, what: string): Promise<void> {
  const style = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    return {
      tag: el.tagName,
      outlineStyle: s.outlineStyle,
      outlineWidth: s.outlineWidth,
      boxShadow: s.boxShadow,
    };
  });
  expect(style, `${what}: nothing has the focus`).not.toBeNull();
  const outlined = style!.outlineStyle !== 'none' && style!.outlineWidth !== '0px';
  const shadowed = style!.boxShadow !== 'none';
  expect(outlined || shadowed, `${what}: no visible focus (${JSON.stringify(style)})`).toBe(true);
}

test('a counsellor signs in, finds a person, reads a signal and accepts a recommendation with the keyboard alone', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  const userField = page.getByLabel('Identifiant');
  await expect(userField).toBeVisible();

  // Sign in: Tab to the identifier, type, Tab, type the password, Enter.
  await tabTo(page, userField);
  await expectVisibleFocus(page, 'identifier');
  await page.keyboard.type(DEMO_COUNSELLOR);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Mot de passe')).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');

  // The portfolio opens with the focus on its heading.
  const caseloadTitle = page.getByRole('heading', { level: 1, name: 'Portefeuille' });
  await expect(caseloadTitle).toBeFocused();
  const firstRow = page.locator('[data-testid="caseload-grid"] .ag-row[row-index="0"]');
  await expect(firstRow).toBeVisible();
  // The person to find: the most urgent of the portfolio, by the name the grid shows.
  const seekerId = (await firstRow.getAttribute('row-id'))!;

  // The skip link is the first stop of the frame, and it leads to the main content.
  await tabTo(page, page.getByRole('link', { name: 'Aller au contenu' }), { back: true });
  await expectVisibleFocus(page, 'skip link');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // Quick search: the grid keeps that one person.
  const search = page.getByLabel('Rechercher une personne');
  await tabTo(page, search);
  await expectVisibleFocus(page, 'quick search');
  await page.keyboard.type(seekerId);
  await expect(page.locator('[data-testid="caseload-grid"] .ag-row')).toHaveCount(1);
  await expect(page.getByTestId('row-count')).toContainText('1 personne sur');

  // Into the grid (its header first), down to the row, Enter opens the person.
  const grid = page.getByTestId('caseload-grid');
  await tabTo(page, grid.locator('.ag-header-cell').first());
  await expectVisibleFocus(page, 'grid header');
  await page.keyboard.press('ArrowDown');
  const cell = grid.locator('.ag-row[row-index="0"] .ag-cell').first();
  await expect(cell).toBeFocused();
  await expectVisibleFocus(page, 'grid cell');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/seeker/${seekerId}$`));
  const title = page.getByRole('heading', { level: 1, name: /^Journal de / });
  await expect(title).toBeFocused();

  // The signals: the first one's button shows its evidence in the timeline.
  const signal = page.locator('[data-signal-id]').first();
  const showEvidence = signal.getByRole('button');
  await tabTo(page, showEvidence);
  await expectVisibleFocus(page, 'signal');
  await page.keyboard.press('Enter');
  await expect(showEvidence).toHaveAttribute('aria-pressed', 'true');
  await expect(signal.locator('.evidence-list li').first()).toBeVisible();
  await expect(page.getByTestId('timeline').locator('.is-highlighted').first()).toBeVisible();
  // The button keeps the focus: the reader stays where they were.
  await expect(showEvidence).toBeFocused();

  // The first recommendation: Tab to « Accepter », Enter.
  const recommendation = page.getByTestId('recommendation').first();
  // Its own title, not that of the jobs it may suggest.
  const recommendationTitle = (await recommendation
    .getByRole('heading', { level: 3 })
    .textContent())!;
  const accept = recommendation.getByRole('button', { name: 'Accepter' });
  await tabTo(page, accept);
  await expectVisibleFocus(page, 'accept');
  await page.keyboard.press('Enter');
  const accepted = recommendation.getByRole('status').filter({ hasText: 'Acceptée' });
  await expect(accepted).toBeVisible();
  // The focus is not lost with the button: it is on what replaced it.
  await expect(accepted).toBeFocused();

  // The accepted recommendation is in the action plan.
  const plan = page.getByTestId('action-plan');
  await expect(plan.getByRole('listitem').filter({ hasText: recommendationTitle })).toHaveCount(1);

  // And the way back: the dismiss dialog opens, Escape closes it, the focus returns.
  const dismiss = page
    .getByTestId('recommendation')
    .filter({ hasNot: page.getByText('Acceptée') })
    .first()
    .getByRole('button', { name: 'Écarter' });
  await tabTo(page, dismiss);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Déjà fait' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(dismiss).toBeFocused();
});
