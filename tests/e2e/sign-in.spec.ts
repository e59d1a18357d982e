// Signing in and out in the browser mode, and what each role finds once in: a wrong
// password is refused without saying which half was wrong (nor locking anyone out), a reload keeps the session,
// signing out ends it, and a team lead reads a seeker's follow-up without changing it.
import { expect, screenshot, signIn, test } from './fixtures';

test('sign-in refuses a wrong password, keeps the session over a reload, and signs out', async ({
  page,
  server,
}, testInfo) => {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await screenshot(page, testInfo, 'sign-in');
  await page.getByLabel('Identifiant').fill('CNS-02');
  await page.getByLabel('Mot de passe').fill('pas le bon');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Identifiant ou mot de passe incorrect. Après plusieurs essais infructueux, chaque nouvel essai attend un peu plus longtemps avant d’être vérifié.',
  );
  await expect(page.getByLabel('Mot de passe')).toHaveValue('');

  await signIn(page, server, 'CNS-02');
  await expect(page.locator('.signed-in-user')).toContainText('(Conseiller)');
  await expect(page.getByRole('navigation').getByRole('link')).toHaveText([
    'Portefeuille',
    'Réglages',
  ]);
  await page.reload();
  await expect(page.locator('.signed-in-user')).toBeVisible();

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  // Signing out is not a session that ended: no notice.
  await expect(page.getByRole('status')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
});

test('a session that ends on the server brings the sign-in back, saying why', async ({
  page,
  server,
}) => {
  await signIn(page, server, 'CNS-01');
  await expect(page.locator('.signed-in-user')).toBeVisible();
  // Ended elsewhere (as the idle timeout or a disabled account would): the next call
  // answers unauthorized.
  await page.evaluate(async () => {
    await fetch('/api/invoke/auth.signOut', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Jalon-Token': sessionStorage.getItem('jalon.token')!,
        'X-Jalon-Session': sessionStorage.getItem('jalon.session')!,
      },
      body: '{}',
    });
  });
  await page.getByRole('navigation').getByRole('link', { name: 'Réglages' }).click();
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(
    'Votre session a pris fin (inactivité prolongée ou compte modifié) : reconnectez-vous pour continuer.',
  );
  await signIn(page, server, 'CNS-01');
  await expect(page.locator('.signed-in-user')).toBeVisible();
});

test('a team lead reads a seeker of the team without the counsellor’s controls', async ({
  page,
  server,
}, testInfo) => {
  await signIn(page, server, 'RE-1');
  await page.getByRole('navigation').getByRole('link', { name: 'Portefeuille' }).click();
  const firstRow = page.locator('[data-testid="caseload-grid"] .ag-row[row-index="0"]');
  await firstRow.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Journal de');
  await expect(page.getByRole('note')).toContainText('Lecture seule');
  await expect(page.getByTestId('recommendation').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Accepter' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ajouter une note' })).toHaveCount(0);
  await expect(page.getByTestId('enter-month')).toHaveCount(0);
  await screenshot(page, testInfo, 'seeker-team-lead', { fullPage: false });
});

test('on a 1366×768 screen the header is one row, for the role with the most screens', async ({
  page,
  server,
}, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, server, 'RE-1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tableau de bord de l’équipe');
  const header = page.locator('.app-header');
  // One row: every link and button on a single line, all of them side by side.
  const navLinks = header.getByRole('navigation').getByRole('link');
  await expect(navLinks).toHaveCount(5);
  const signOut = header.getByRole('button', { name: 'Se déconnecter' });
  const oneLine = (await signOut.boundingBox())!.height;
  for (const item of [...(await navLinks.all()), signOut]) {
    expect((await item.boundingBox())!.height, (await item.textContent())!).toBeLessThanOrEqual(
      oneLine,
    );
  }
  expect((await header.boundingBox())!.height).toBeLessThan(2 * oneLine + 16);
  const headerRight = (await header.boundingBox())!.width;
  expect(
    (await signOut.boundingBox())!.x + (await signOut.boundingBox())!.width,
  ).toBeLessThanOrEqual(headerRight);
  await expect(page.getByTestId('team-table')).toBeVisible();
  await screenshot(page, testInfo, 'team-dashboard-1366', { fullPage: false });
});
