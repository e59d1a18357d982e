// Réglages in the browser mode: a team lead changes a threshold with a reason and sees
// the new version in force (after a reload too), an inconsistent value is refused next
// to its field, and a counsellor reads the settings without any way to change them.
import { expect, screenshot, signIn, test } from './fixtures';

const REASON = 'Trop de signaux d’inactivité pendant les congés d’été';

test('a team lead saves a new settings version with a reason', async ({
  page,
  server,
}, testInfo) => {
  await signIn(page, server, 'RE-1');
  await page.getByRole('link', { name: 'Réglages' }).click();
  const version = page.getByTestId('settings-version');
  await expect(version).toContainText('Version en vigueur : default-2');

  await page.getByRole('button', { name: 'Modifier' }).click();
  const form = page.getByRole('form', { name: 'Modifier les réglages (version default-2)' });
  await expect(form).toBeVisible();
  const days = form.getByLabel('Jours sans action avant le signal');
  await expect(days).toHaveValue('45');

  // Above the days of full severity: refused next to the field, before anything is sent.
  await days.fill('150');
  await form.getByLabel('Motif du changement').fill(REASON);
  await form.getByRole('button', { name: 'Enregistrer une nouvelle version' }).click();
  const fullSeverity = form.getByLabel('Jours sans action pour une sévérité maximale');
  await expect(fullSeverity).toHaveAttribute('aria-invalid', 'true');
  await expect(fullSeverity).toHaveAccessibleDescription(
    /Doit être au moins égal à « Jours sans action avant le signal »/,
  );
  await expect(version).toContainText('default-2');

  await days.fill('60');
  await form.getByRole('button', { name: 'Enregistrer une nouvelle version' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Version v2' })).toHaveText(
    'Version v2 enregistrée : les analyses seront recalculées avec elle.',
  );
  await expect(form).toBeHidden();
  await expect(version).toContainText('Version en vigueur : v2');
  await expect(version).toContainText('par Responsable Équipe Rhône (RE-1)');
  await expect(version).toContainText(`Motif : ${REASON}`);
  const history = page.getByRole('table', { name: /Versions précédentes/ });
  await expect(history.getByRole('row', { name: /default-2/ })).toContainText('Réglages d’origine');
  await expect(page.getByRole('row', { name: /Jours sans action avant le signal/ })).toContainText(
    '60 jours',
  );
  await screenshot(page, testInfo, 'settings-new-version', { fullPage: false });

  await page.reload();
  await expect(page.getByTestId('settings-version')).toContainText('Version en vigueur : v2');
});

test('a counsellor reads the settings and cannot change them', async ({ page, server }) => {
  await signIn(page, server, 'CNS-01');
  await page.getByRole('link', { name: 'Réglages' }).click();
  await expect(page.getByTestId('settings-version')).toContainText(
    'Version en vigueur : default-2',
  );
  await expect(page.getByRole('row', { name: /Jours sans action avant le signal/ })).toContainText(
    '45 jours',
  );
  await expect(page.getByTestId('settings-catalogue')).toContainText('Prendre contact rapidement');
  await expect(
    page.getByText('Seuls les responsables d’équipe et les administrateurs'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Modifier' })).toHaveCount(0);
  // The date part of Réglages still works for everyone.
  const asOf = page.getByRole('textbox', { name: 'Date de situation' });
  await asOf.fill('2026-06-30');
  await expect(page.locator('.as-of')).toContainText('30 juin 2026');
  await page.getByRole('button', { name: 'Revenir à aujourd’hui' }).click();
  await expect(page.getByRole('button', { name: 'Revenir à aujourd’hui' })).toHaveCount(0);
});
