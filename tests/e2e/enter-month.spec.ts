// A counsellor enters, for a person without digital access, a month the person did not
// declare: after saving and after a reload, the timeline shows it as entered by them,
// with the mood, the action's date, type, result and employer they entered.
import { expect, screenshot, test } from './fixtures';

const EMPLOYER = 'Boulangerie du Marché';

test('a counsellor enters a month of journal on behalf of the person', async ({
  app: page,
}, testInfo) => {
  // Someone with months left empty, whatever month the demo ends with.
  await page
    .getByTestId('signal-filters')
    .getByRole('button', { name: /Mois sans journal/ })
    .click();
  await page.locator('[data-testid="caseload-grid"] .ag-row[row-index="0"]').click();
  // A month of the timeline the person left empty and now owes (not the month in progress,
  // nor the one still being declared): one the journal can take, dated in the past.
  const gap = page.locator('.timeline-month.is-gap[data-standing="due"]').first();
  await expect(gap).toBeAttached();
  const period = (await gap.getAttribute('data-period'))!;

  const panel = page.getByTestId('enter-month');
  await panel.getByText('Saisir un mois pour la personne').click();
  await panel.getByLabel('Mois', { exact: true }).fill(period);
  await panel.getByLabel('Moral').selectOption({ label: '2/5' });
  await panel.getByRole('button', { name: 'Ajouter une action au mois' }).click();
  const action = panel.getByRole('group', { name: 'Action 1' });
  await action.getByLabel('Date').fill(`${period}-10`);
  await action.getByLabel('Type').selectOption({ label: 'Candidature spontanée' });
  await action.getByLabel('Résultat').selectOption({ label: 'Sans réponse' });
  await action.getByLabel('Employeur (facultatif)').fill(EMPLOYER);
  await screenshot(page, testInfo, 'seeker-enter-month', { fullPage: false });
  await panel.getByRole('button', { name: 'Enregistrer le mois' }).click();

  // The month as entered: the mood, the one action's date, type, result and employer.
  const month = page.locator(`.timeline-month[data-period="${period}"]`);
  const expectMonthAsEntered = async () => {
    await expect(month).not.toHaveClass(/is-gap/);
    await expect(month.locator('.month-summary')).toContainText('1 action');
    await expect(month.locator('.month-summary')).toContainText('Moral : 2/5');
    await expect(month.locator('.month-summary')).toContainText('saisi par le conseiller');
    const entered = month.locator('.timeline-action');
    await expect(entered).toHaveCount(1);
    await expect(entered.locator('time')).toHaveAttribute('datetime', `${period}-10`);
    await expect(entered.locator('.action-line strong')).toHaveText('Candidature spontanée');
    await expect(entered.locator('.outcome')).toHaveText('Sans réponse');
    await expect(entered.locator('.action-details')).toHaveText(`Employeur : ${EMPLOYER}`);
  };
  await expectMonthAsEntered();

  // What is shown is what is stored.
  await page.reload();
  await expectMonthAsEntered();
});
