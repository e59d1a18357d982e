// Réglages › Conservation des données in the browser mode: an administrator reads the
// retention period, is told why a wrong one is refused, saves another, and finds the
// change in the audit trail; the server's start ran the day's purge. Other roles do
// not see the section.
import { expectAccessible } from './a11y-helpers';
import { expect, screenshot, signIn, test } from './fixtures';

test('an administrator changes the retention period, within its bounds', async ({
  page,
  server,
}, testInfo) => {
  await signIn(page, server, 'admin');
  await page.getByRole('link', { name: 'Réglages' }).click();
  const section = page.getByRole('region', { name: 'Conservation des données' });
  const months = section.getByLabel('Durée de conservation (mois)');
  await expect(months).toHaveValue('24');
  await expect(section).toContainText('absentes de tout import depuis le 7 décembre 2024');
  // The server's start ran the day's purge.
  await expect(section).toContainText('Dernière purge : le 7 décembre 2026.');

  await months.fill('2');
  await section.getByRole('button', { name: 'Enregistrer la durée' }).click();
  await expect(section.getByRole('alert')).toHaveText(
    'Indiquez un nombre entier de mois, de 3 à 120.',
  );
  await expect(months).toHaveAttribute('aria-invalid', 'true');

  await months.fill('36');
  await section.getByRole('button', { name: 'Enregistrer la durée' }).click();
  await expect(section.getByRole('status')).toHaveText('Durée enregistrée : 36 mois.');
  await expect(section).toContainText('absentes de tout import depuis le 7 décembre 2023');
  await expectAccessible(page, 'retention section');
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, 'settings-retention', { fullPage: false });

  await page.reload();
  await expect(
    page
      .getByRole('region', { name: 'Conservation des données' })
      .getByLabel('Durée de conservation (mois)'),
  ).toHaveValue('36');
  await page.getByRole('link', { name: 'Journal d’audit' }).click();
  await expect(
    page.getByRole('row').filter({ hasText: 'Durée de conservation modifiée' }),
  ).toContainText('24 mois → 36 mois');
});

test('a team lead does not see the retention period', async ({ page, server }) => {
  await signIn(page, server, 'RE-1');
  await page.getByRole('link', { name: 'Réglages' }).click();
  await expect(page.getByRole('heading', { name: 'Sauvegardes' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Conservation des données' })).toHaveCount(0);
});
