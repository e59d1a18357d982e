// The counsellor's follow-up of one person in the browser mode: an action of their own
// in the plan, its progress, a note, and all of it still there after a reload.
import { expect, screenshot, test } from './fixtures';

const ACTION = 'Relancer l’agence d’intérim';
const NOTE = 'Entretien téléphonique : motivée, attend une réponse pour une formation.';

test('a counsellor adds an action, follows it up and keeps a note', async ({
  app: page,
}, testInfo) => {
  await page.locator('[data-testid="caseload-grid"] .ag-row[row-index="0"]').click();
  const plan = page.getByTestId('action-plan');
  await expect(plan).toBeVisible();

  // An action of the counsellor's own, with a due date.
  await plan.getByLabel('Action', { exact: true }).fill(ACTION);
  await plan.getByLabel('Échéance (facultative)').fill('2026-12-15');
  await plan.getByRole('button', { name: 'Ajouter l’action' }).click();
  const status = plan.getByLabel(`Statut de « ${ACTION} »`);
  await expect(status).toHaveValue('todo');
  await expect(plan.getByLabel(`Échéance de « ${ACTION} »`)).toHaveValue('2026-12-15');
  await expect(plan.getByLabel('Action', { exact: true })).toHaveValue('');

  // Under way.
  await status.selectOption({ label: 'En cours' });
  await expect(status).toHaveValue('in_progress');

  // A note, dated.
  const notes = page.getByTestId('notes');
  await notes.getByLabel('Nouvelle note').fill(NOTE);
  await notes.getByRole('button', { name: 'Ajouter une note' }).click();
  await expect(notes.getByRole('listitem').first()).toContainText(NOTE);
  await expect(notes.getByLabel('Nouvelle note')).toHaveValue('');
  await screenshot(page, testInfo, 'seeker-follow-up', { fullPage: false });

  // What is shown is what is stored.
  await page.reload();
  await expect(plan.getByLabel(`Statut de « ${ACTION} »`)).toHaveValue('in_progress');
  await expect(plan.getByLabel(`Échéance de « ${ACTION} »`)).toHaveValue('2026-12-15');
  await expect(notes.getByRole('listitem').first()).toContainText(NOTE);
  await expect(notes.getByRole('listitem').first().locator('time')).toHaveAttribute(
    'datetime',
    /^\d{4}-\d{2}-\d{2}T/,
  );
});

test('a recommendation is accepted with a due date, withdrawn from the plan, another dismissed for a usual reason', async ({
  app: page,
}, testInfo) => {
  await page.locator('[data-testid="caseload-grid"] .ag-row[row-index="0"]').click();
  const cards = page.getByTestId('recommendation');
  await expect(cards).not.toHaveCount(0);
  const card = cards.first();
  const cardId = (await card.getAttribute('data-recommendation-id'))!;
  // Its own title (a card may hold a heading of its own for the jobs it suggests).
  const title = (await card.getByRole('heading', { level: 3 }).textContent())!;
  const sameCard = page.locator(
    `[data-testid="recommendation"][data-recommendation-id="${cardId}"]`,
  );

  // Accepting proposes a due date, which the counsellor may change.
  const dueOn = card.getByLabel('Échéance proposée');
  await expect(dueOn).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await dueOn.fill('2027-01-15');
  await card.getByRole('button', { name: 'Accepter' }).click();
  await expect(sameCard.getByRole('status')).toHaveText(
    '✓ Acceptée — dans le plan d’action, échéance le 15 janvier 2027',
  );
  // In the plan: nothing to dismiss any more, but it can be withdrawn.
  await expect(sameCard.getByRole('button', { name: 'Écarter' })).toHaveCount(0);
  const plan = page.getByTestId('action-plan');
  await expect(plan.getByLabel(`Échéance de « ${title} »`)).toHaveValue('2027-01-15');
  await screenshot(page, testInfo, 'seeker-recommendation-accepted', { fullPage: false });

  await sameCard.getByRole('button', { name: 'Retirer du plan' }).click();
  await expect(sameCard.getByRole('button', { name: 'Accepter' })).toBeVisible();
  await expect(plan.getByLabel(`Statut de « ${title} »`)).toHaveValue('cancelled');

  // Dismissing: a usual reason is asked for, details may follow.
  await sameCard.getByRole('button', { name: 'Écarter' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('radio')).toHaveCount(4);
  await dialog.getByRole('button', { name: 'Confirmer' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Choisissez un motif.');
  // « Autre » needs the reason written out.
  await dialog.getByLabel('Autre : préciser').check();
  await dialog.getByRole('button', { name: 'Confirmer' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Indiquez un motif d’au moins 3 caractères.');
  await dialog.getByLabel('La personne refuse').check();
  await dialog.getByLabel('Précisions (facultatives)').fill('préfère attendre sa formation');
  await screenshot(page, testInfo, 'seeker-dismiss-dialog', { fullPage: false });
  await dialog.getByRole('button', { name: 'Confirmer' }).click();
  await expect(sameCard).toHaveCount(0);
  await expect(page.getByText('La personne refuse : préfère attendre sa formation')).toBeVisible();
});
