// Backups in the browser mode: an administrator saves now, changes the settings, then
// restores the backup and the change is gone (after signing in again); and a server
// started on a corrupt database shows the recovery message, not a blank page, and
// putting back the last backup brings the app back.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectAccessible } from './a11y-helpers';
import { expect, signIn, test } from './fixtures';
import { startServer, stopServer } from './serve-process';

test('an administrator saves now, then restores after a change', async ({ page, server }) => {
  await signIn(page, server, 'admin');
  await page.getByRole('link', { name: 'Réglages' }).click();
  const section = page.getByRole('region', { name: 'Sauvegardes' });
  await section.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  await expect(section.getByRole('status')).toContainText('Sauvegarde enregistrée');
  const table = section.getByRole('table', { name: /Sauvegardes, de la plus récente/ });
  const manual = table.getByRole('row').filter({ hasText: 'Manuelle' });
  await expect(manual).toHaveCount(1);
  await expect(manual).toContainText('Oui');

  // A change after the backup: a new settings version.
  await page.getByRole('button', { name: 'Modifier' }).click();
  const form = page.getByRole('form', { name: /Modifier les réglages/ });
  await form.getByLabel('Jours sans action avant le signal').fill('60');
  await form.getByLabel('Motif du changement').fill('Essai avant restauration');
  await form.getByRole('button', { name: 'Enregistrer une nouvelle version' }).click();
  await expect(page.getByTestId('settings-version')).toContainText('Version en vigueur : v2');

  await manual.getByRole('button', { name: /Restaurer la sauvegarde du/ }).click();
  const dialog = page.getByRole('dialog', { name: /Restaurer la sauvegarde du/ });
  await expect(dialog).toBeVisible();
  // The safe choice has the focus.
  await expect(dialog.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await expectAccessible(page, 'restore dialog');
  await dialog.getByRole('button', { name: 'Restaurer', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('Sauvegarde restaurée');
  await dialog.getByRole('button', { name: 'Se reconnecter' }).click();

  // Every session ended: sign in again, and the settings are those of the backup.
  await expect(page.getByLabel('Identifiant')).toBeVisible();
  await signIn(page, server, 'admin');
  await page.getByRole('link', { name: 'Réglages' }).click();
  await expect(page.getByTestId('settings-version')).toContainText(
    'Version en vigueur : default-2',
  );
  await expect(
    page.getByRole('table', { name: /Sauvegardes, de la plus récente/ }).getByRole('row', {
      name: /Avant restauration/,
    }),
  ).toHaveCount(1);
});

test('a corrupt database: the recovery message, then the last backup brings the app back', async ({
  page,
  server,
}) => {
  // The first start makes the daily backup: wait for it (a loaded machine may still be
  // verifying it) before stopping the server.
  const backups = join(server.dataDir, 'backups', 'jalon.db');
  await expect
    .poll(
      () => (existsSync(backups) ? readdirSync(backups) : []).some((f) => /-auto\.db$/.test(f)),
      {
        timeout: 30_000,
      },
    )
    .toBe(true);
  await stopServer(server);
  const dbPath = join(server.dataDir, 'jalon.db');
  writeFileSync(dbPath, Buffer.alloc(64 * 1024, 0x5a));
  const recovering = await startServer(dbPath, server.dataDir);
  try {
    await page.goto(recovering.url);
    await expect(
      page.getByRole('heading', { name: 'Jalon ne peut pas ouvrir sa base de données' }),
    ).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('Le fichier de la base est endommagé');
    await expect(page.getByText(dbPath)).toBeVisible();
    await expect(page.getByText(/Dernière sauvegarde vérifiée/)).toBeVisible();
    await expectAccessible(page, 'recovery screen');

    await page.getByRole('button', { name: 'Restaurer la dernière sauvegarde' }).click();
    await expect(page.getByRole('status')).toContainText('Sauvegarde restaurée');
    await page.getByRole('button', { name: 'Continuer' }).click();
    await signIn(page, recovering, 'CNS-01');
    await expect(page.getByRole('grid').first()).toBeVisible();
  } finally {
    await stopServer(recovering);
  }
});
