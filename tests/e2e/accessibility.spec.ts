// axe-core on every screen and dialog of the app, in French and in English (the
// language follows the browser's: `locale` sets navigator.languages). Each state is
// reached by roles, ids and test ids rather than by words, so the same steps serve both
// languages. The rules are WCAG 2.1 A and AA; a serious or critical finding fails the
// test with its rule, its help and the elements at fault (docs/accessibility.md).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LocaleSession, expectAccessible, goToHash, signInById } from './a11y-helpers';

const LOCALES = ['fr-FR', 'en-GB'] as const;

/** The grid row shown at `index`, by its row index (not the DOM order). */
function gridRow(page: Page, index: number) {
  return page.locator(`[data-testid="caseload-grid"] .ag-row[row-index="${index}"]`);
}

async function gridReady(page: Page): Promise<void> {
  await expect(gridRow(page, 0)).toBeVisible();
}

/** The first person of the portfolio (most urgent first: signals and recommendations). */
async function firstSeekerOf(page: Page): Promise<string> {
  await goToHash(page, '#/');
  await gridReady(page);
  return (await gridRow(page, 0).getAttribute('row-id'))!;
}

async function openSeeker(page: Page, seekerId: string): Promise<void> {
  await goToHash(page, `#/seeker/${encodeURIComponent(seekerId)}`);
  await expect(page.getByTestId('chart-mood').locator('svg.recharts-surface')).toBeVisible();
  await expect(page.getByTestId('timeline')).toBeVisible();
}

for (const locale of LOCALES) {
  test.describe(`accessibility (${locale})`, () => {
    let session: LocaleSession;
    test.beforeAll(async ({ browser }) => {
      session = new LocaleSession(browser, locale);
      await session.start();
    });
    test.afterAll(async () => {
      await session?.stop();
    });

    test('sign-in: empty, wrong password, and after the session was lost', async () => {
      const page = await session.newPage();
      await expect(page.locator('#sign-in-user')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', /^(fr|en)/);
      await expectAccessible(page, 'sign-in');

      await page.locator('#sign-in-user').fill('CNS-01');
      await page.locator('#sign-in-password').fill('not-the-password');
      await page.locator('#sign-in-password').press('Enter');
      await expect(page.getByRole('alert')).toBeVisible();
      await expectAccessible(page, 'sign-in, wrong password');

      // Signed in, then the session ends on the server (signed out elsewhere): the next
      // call brings the sign-in back.
      await signInById(page, 'CNS-01');
      await gridReady(page);
      await page.evaluate(async () => {
        const token = sessionStorage.getItem('jalon.token')!;
        const session = sessionStorage.getItem('jalon.session')!;
        await fetch('/api/invoke/auth.signOut', {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'X-Jalon-Token': token,
            'X-Jalon-Session': session,
          },
          body: '{}',
        });
      });
      await goToHash(page, '#/settings');
      await expect(page.locator('#sign-in-user')).toBeVisible();
      await expect(page.locator('.sign-in-ended')).toBeVisible();
      await expectAccessible(page, 'sign-in after the session was lost');
    });

    test('caseload grid of a counsellor, with the history-views panel', async () => {
      // A controller reads the journal of one of CNS-01's people: the panel lists it.
      const controller = await session.pageOf('CTRL-1');
      const counsellor = await session.pageOf('CNS-01');
      const seekerId = await firstSeekerOf(counsellor);
      await goToHash(controller, '#/history');
      await controller.locator('form.history-form input').fill(seekerId);
      await controller.locator('form.history-form textarea').fill('Vérification de la déclaration');
      await controller.locator('form.history-form button[type="submit"]').click();
      await expect(controller.getByTestId('history-journal')).toBeVisible();

      await counsellor.reload();
      await gridReady(counsellor);
      await expect(counsellor.getByTestId('history-views').locator('tbody tr')).not.toHaveCount(0);
      await expectAccessible(counsellor, 'caseload (counsellor)');

      // A signal filter chip pressed (fewer rows), then a search that finds nobody.
      const rowCount = counsellor.getByTestId('row-count');
      const unfiltered = await rowCount.textContent();
      const chip = counsellor.getByTestId('signal-filters').getByRole('button').first();
      await expect(chip).toHaveAttribute('aria-pressed', 'false');
      await chip.click();
      await expect(chip).toHaveAttribute('aria-pressed', 'true');
      await expect(rowCount).not.toHaveText(unfiltered!);
      await expectAccessible(counsellor, 'caseload filtered by a signal');
      await counsellor.getByRole('searchbox').fill('zzzz-personne');
      await expect(counsellor.locator('[data-testid="caseload-grid"] .ag-row')).toHaveCount(0);
      await expectAccessible(counsellor, 'caseload, no row found');
      await counsellor.getByRole('searchbox').fill('');
      await chip.click();
      await expect(rowCount).toHaveText(unfiltered!);
    });

    test('caseload grid of a team lead, whole team and one counsellor', async () => {
      const page = await session.pageOf('RE-1');
      await goToHash(page, '#/');
      await gridReady(page);
      await expect(page.getByTestId('counsellor-select')).toBeVisible();
      await expectAccessible(page, 'caseload (team lead, whole team)');
      await goToHash(page, '#/?counsellor=CNS-02');
      await expect(page.getByTestId('counsellor-select')).toHaveValue('CNS-02');
      await gridReady(page);
      await expectAccessible(page, 'caseload (team lead, one counsellor)');
    });

    test('seeker page: charts, a signal selected, a data table shown', async () => {
      const page = await session.pageOf('CNS-01');
      await openSeeker(page, await firstSeekerOf(page));
      await expectAccessible(page, 'seeker page');

      await page.locator('[data-signal-id] button.toggle').first().click();
      await expect(page.locator('[data-signal-id] button.toggle').first()).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await page.getByTestId('chart-actions').locator('button.disclosure').click();
      await expect(page.getByTestId('chart-actions').locator('table')).toBeVisible();
      await expectAccessible(page, 'seeker page, signal selected, data table shown');
    });

    test('seeker page: the dismiss dialog, and the forms with their errors', async () => {
      const page = await session.pageOf('CNS-01');
      await openSeeker(page, await firstSeekerOf(page));

      const card = page.getByTestId('recommendation').first();
      await card.locator('.recommendation-actions button:not(.primary)').click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await expectAccessible(page, 'dismiss dialog');
      // Confirming without a reason: the error beside the field.
      await dialog.locator('button[type="submit"]').click();
      await expect(dialog.getByRole('alert')).toBeVisible();
      await expectAccessible(page, 'dismiss dialog, reason missing');
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);

      // The plan's and the notes' forms, sent empty: their errors, tied to their fields.
      for (const form of [page.getByTestId('action-plan'), page.getByTestId('notes')]) {
        await form.locator('button[type="submit"]').click();
        await expect(form.locator('.field-error[role="alert"]')).toBeVisible();
        await expect(form.locator('[aria-invalid="true"]')).toHaveCount(1);
      }
      await expectAccessible(page, 'action and note forms with errors');

      // The month entered for the person, with one action.
      const enter = page.getByTestId('enter-month');
      await enter.locator('summary').click();
      await enter.locator('.follow-up-buttons button[type="button"]').click();
      await expect(enter.getByRole('group')).toHaveCount(1);
      await expectAccessible(page, 'enter-month form');
      // Sent without a month nor the action's date: both errors, beside their fields.
      await enter.locator('button[type="submit"]').click();
      await expect(enter.locator('.field-error[role="alert"]')).toHaveCount(2);
      await expect(enter.locator('input[type="month"]')).toHaveAttribute('aria-invalid', 'true');
      await expect(enter.getByRole('group').locator('input[type="date"]')).toHaveAttribute(
        'aria-invalid',
        'true',
      );
      await expectAccessible(page, 'enter-month form with errors');
    });

    test('seeker page: a person who does not exist', async () => {
      const page = await session.pageOf('CNS-01');
      await goToHash(page, '#/');
      await gridReady(page);
      await goToHash(page, '#/seeker/PERSONNE-INCONNUE');
      await expect(page.getByRole('alert')).toBeVisible();
      await expectAccessible(page, 'seeker not found');
    });

    test('seeker page read by a team lead (read only)', async () => {
      const counsellor = await session.pageOf('CNS-01');
      const seekerId = await firstSeekerOf(counsellor);
      const page = await session.pageOf('RE-1');
      await openSeeker(page, seekerId);
      await expect(page.getByRole('note')).toBeVisible();
      await expectAccessible(page, 'seeker page (team lead)');
    });

    test('interview report: preview and the page printed to PDF', async () => {
      const page = await session.pageOf('CNS-01');
      const seekerId = await firstSeekerOf(page);
      await goToHash(page, `#/report/${encodeURIComponent(seekerId)}`);
      await expect(page.locator('[data-report-state="ready"]')).toBeVisible();
      await expectAccessible(page, 'report preview');
      await goToHash(page, `#/report/${encodeURIComponent(seekerId)}?print=1`);
      await expect(page.locator('[data-report-state="ready"]')).toBeVisible();
      await expectAccessible(page, 'report as printed');
      await goToHash(page, '#/');
    });

    test('import: idle, then a finished import with rejected lines', async () => {
      const page = await session.pageOf('RE-1');
      await goToHash(page, '#/import');
      await expect(page.locator('#import-files')).toBeVisible();
      await expectAccessible(page, 'import (idle)');

      const file = join(session.server.dataDir, `journaux-${locale}.jsonl`);
      writeFileSync(file, ['{"seeker_id": "cassé"', '{"seeker_id": "X-1"}', ''].join('\n'));
      await page.locator('#import-files').setInputFiles(file);
      await page.locator('.import-controls button').click();
      await expect(page.getByTestId('import-preview')).toBeVisible();
      await expectAccessible(page, 'import preview');
      await page.getByTestId('import-preview').locator('.import-controls button').first().click();
      await expect(page.getByTestId('import-issues').locator('tbody tr')).toHaveCount(2);
      await expectAccessible(page, 'import summary with rejected lines');
    });

    test('Réglages: read-only for a counsellor, editable for a team lead', async () => {
      const counsellor = await session.pageOf('CNS-01');
      await goToHash(counsellor, '#/settings');
      await expect(counsellor.getByTestId('settings-catalogue')).toBeVisible();
      await expectAccessible(counsellor, 'settings (counsellor)');

      const lead = await session.pageOf('RE-1');
      await goToHash(lead, '#/settings');
      await expect(lead.getByTestId('settings-catalogue')).toBeVisible();
      await expectAccessible(lead, 'settings (team lead)');
      await lead.getByTestId('settings-version').getByRole('button').click();
      await expect(lead.locator('form.settings-editor')).toBeVisible();
      await expectAccessible(lead, 'settings editor');
      // Saved without a reason: the errors.
      await lead.locator('form.settings-editor button[type="submit"]').click();
      await expect(lead.locator('form.settings-editor .field-error').first()).toBeVisible();
      await expectAccessible(lead, 'settings editor with errors');
      await lead.locator('form.settings-editor .settings-buttons button[type="button"]').click();
    });

    test('team dashboard', async () => {
      const page = await session.pageOf('RE-1');
      await goToHash(page, '#/team');
      await expect(page.getByTestId('team-table')).toBeVisible();
      await expect(page.getByTestId('team-chart-attention').locator('svg')).not.toHaveCount(0);
      await expectAccessible(page, 'team dashboard');
    });

    test('controller: the reason form, its errors, and the journal', async () => {
      const counsellor = await session.pageOf('CNS-01');
      const seekerId = await firstSeekerOf(counsellor);
      const page = await session.pageOf('CTRL-1');
      await goToHash(page, '#/history');
      // Coming back from a journal shown earlier in this group.
      const another = page.locator('.history-screen button:not([type="submit"])');
      if (await page.getByTestId('history-journal').isVisible()) await another.first().click();
      const form = page.locator('form.history-form');
      await expect(form).toBeVisible();
      await expectAccessible(page, 'history request form');

      await form.locator('button[type="submit"]').click();
      await expect(form.locator('.field-error').first()).toBeVisible();
      await expectAccessible(page, 'history request form with errors');

      await form.locator('input').fill('PERSONNE-INCONNUE');
      await form.locator('textarea').fill('Vérification de la déclaration');
      await form.locator('button[type="submit"]').click();
      await expect(page.getByRole('alert')).toBeVisible();
      await expectAccessible(page, 'history: unknown person');

      await form.locator('input').fill(seekerId);
      await form.locator('button[type="submit"]').click();
      await expect(page.getByTestId('history-journal')).toBeVisible();
      await expectAccessible(page, 'history journal');
    });

    test('audit trail: team lead, then administrator', async () => {
      const lead = await session.pageOf('RE-1');
      await goToHash(lead, '#/audit');
      await expect(lead.getByTestId('audit-entries')).toBeVisible();
      await expectAccessible(lead, 'audit trail (team lead)');

      const admin = await session.pageOf('admin');
      await goToHash(admin, '#/audit');
      await expect(admin.getByTestId('audit-entries')).toBeVisible();
      await expectAccessible(admin, 'audit trail (admin)');
      await goToHash(admin, '#/settings');
      await expect(admin.getByTestId('settings-catalogue')).toBeVisible();
      await expectAccessible(admin, 'settings (admin)');
    });
  });
}
