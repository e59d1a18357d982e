// The audit trail in the browser mode: a team lead reads their team's entries (a
// controller's view of a team seeker, the files the team's pages saved) and none of
// another team's; an administrator reads them all.
import Database from 'better-sqlite3-multiple-ciphers';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshot, signIn, templateDatabase, test } from './fixtures';

const REASON = 'Vérification demandée par la direction régionale';

/** The first seeker of a counsellor's portfolio in the demo (every copy holds the same). */
function firstSeekerOf(counsellorId: string): string {
  const db = new Database(templateDatabase(), { readonly: true });
  try {
    const row = db
      .prepare<{ counsellor_id: string }, { seeker_id: string }>(
        'SELECT seeker_id FROM seekers WHERE counsellor_id = @counsellor_id ORDER BY seeker_id',
      )
      .get({ counsellor_id: counsellorId });
    if (!row) throw new Error(`the demo gives ${counsellorId} no seeker`);
    return row.seeker_id;
  } finally {
    db.close();
  }
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByLabel('Identifiant')).toBeVisible();
}

/** The trail's rows as their cells read: date, who, action, seeker, reason, details. */
function auditRows(page: Page) {
  return page.getByTestId('audit-entries').locator('tbody tr');
}

test('a team lead reads the trail of their team, and an administrator all of it', async ({
  page,
  server,
}, testInfo) => {
  const teamSeeker = firstSeekerOf('CNS-02');

  // A controller views a seeker of team EQ-1.
  await signIn(page, server, 'CTRL-1');
  await page.getByLabel('Identifiant de la personne').fill(teamSeeker);
  await page.getByLabel('Motif de la consultation').fill(REASON);
  await page.getByRole('button', { name: 'Consulter l’historique' }).click();
  await expect(page.getByTestId('history-journal')).toBeVisible();
  await signOut(page);

  // A counsellor of team EQ-2 exports their portfolio: their lead's business, not RE-1's.
  await signIn(page, server, 'CNS-05');
  await expect(page.locator('[data-testid="caseload-grid"] .ag-row').first()).toBeVisible();
  const caseloadDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter (CSV)' }).click();
  const caseloadFile = (await caseloadDownload).suggestedFilename();
  await signOut(page);

  // The lead of EQ-1 imports a file with bad lines and saves the list of them.
  const file = join(server.dataDir, 'journaux-audit.jsonl');
  writeFileSync(file, ['{"seeker_id": "cassé"', '{"seeker_id": "X-1"}', ''].join('\n'));
  await signIn(page, server, 'RE-1');
  // First, the interview preparation of a team member's person, printed to PDF.
  await page.evaluate((id) => (window.location.hash = `#/report/${id}`), teamSeeker);
  await expect(page.locator('article.report')).toHaveAttribute('data-report-state', 'ready');
  const reportDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger le PDF' }).click();
  const reportFile = (await reportDownload).suggestedFilename();
  await page.getByRole('navigation').getByRole('link', { name: 'Import' }).click();
  await page.getByLabel('Fichiers à importer').setInputFiles(file);
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await page.getByRole('button', { name: 'Confirmer l’import' }).click();
  await expect(page.getByTestId('import-issues').locator('tbody tr')).toHaveCount(2);
  const issuesDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter les lignes écartées (CSV)' }).click();
  const issuesFile = (await issuesDownload).suggestedFilename();

  // The lead's trail: the view with its reason, the import, the saved list, newest first.
  await page.getByRole('navigation').getByRole('link', { name: 'Journal d’audit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal d’audit' })).toBeVisible();
  const rows = auditRows(page);
  const view = rows.filter({ hasText: 'Consultation de l’historique' });
  await expect(view).toHaveCount(1);
  await expect(view).toContainText('Contrôleur démo (CTRL-1)');
  await expect(view).toContainText(teamSeeker);
  await expect(view).toContainText(REASON);
  const saved = rows.filter({ hasText: 'Export de fichier' });
  await expect(saved).toHaveCount(1);
  await expect(saved).toContainText(`Anomalies d’import (CSV) « ${issuesFile} », 2 lignes`);
  await expect(saved).toContainText('Responsable Équipe Rhône (RE-1)');
  await expect(rows.filter({ hasText: 'Import de journaux' })).toContainText(
    'journaux-audit.jsonl',
  );
  await expect(rows.first()).toContainText('Export de fichier');
  // Worded, not its recorded keys (« asOf : … · fileName : … »).
  const report = rows.filter({ hasText: 'Préparation d’entretien (PDF)' });
  await expect(report).toHaveCount(1);
  await expect(report).toContainText(teamSeeker);
  await expect(report).toContainText(
    new RegExp(`Situation au .+ — « ${reportFile} », \\d+ pages?`),
  );
  await expect(report).not.toContainText('fileName');
  // Nothing of team EQ-2's.
  await expect(rows.filter({ hasText: 'CNS-05' })).toHaveCount(0);
  await expect(page.getByText('Début du journal atteint.')).toBeVisible();
  await screenshot(page, testInfo, 'audit-trail-team', { fullPage: false });

  // One kind of action at a time.
  await page
    .getByLabel('Action', { exact: true })
    .selectOption({ label: 'Consultation de l’historique' });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(REASON);
  await expect(page.getByRole('status').filter({ hasText: 'chargées' })).toHaveText(
    /^1 entrée de ce type parmi les \d+ chargées$/,
  );
  await page.getByLabel('Action', { exact: true }).selectOption({ label: 'Toutes les actions' });
  await expect(rows.filter({ hasText: 'Connexion' }).first()).toBeVisible();
  await signOut(page);

  // The administrator reads every team's entries, EQ-2's export included.
  await signIn(page, server, 'admin');
  await page.getByRole('navigation').getByRole('link', { name: 'Journal d’audit' }).click();
  const exported = auditRows(page).filter({ hasText: 'Isabelle Roche (CNS-05)' });
  await expect(exported.filter({ hasText: 'Export de fichier' })).toContainText(
    `Portefeuille (CSV) « ${caseloadFile} »`,
  );
  await expect(auditRows(page).filter({ hasText: 'Consultation de l’historique' })).toHaveCount(1);
});
