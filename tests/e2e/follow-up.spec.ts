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
