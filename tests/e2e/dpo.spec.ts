// The data-protection officer's work in the browser mode: a counsellor reads a person's
// page, the DPO (who reads no portfolio) finds that read by the person's identifier,
// with the keyboard, and downloads « Tout ce que Jalon détient sur cette personne » as
// JSON and as PDF, printed from its own page like the interview report.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import type { PersonDossier } from '../../shared/api/dpo';
import { expectAccessible } from './a11y-helpers';
import { expect, screenshot, signIn, templateDatabase, test } from './fixtures';

function demoSeeker(): { seekerId: string; name: string; counsellorId: string } {
  const db = new Database(templateDatabase(), { readonly: true });
  try {
    const row = db
      .prepare<[], { seeker_id: string; name: string; counsellor_id: string }>(
        `SELECT seeker_id, first_name || ' ' || last_name AS name, counsellor_id
         FROM seekers ORDER BY seeker_id LIMIT 1`,
      )
      .get()!;
    return { seekerId: row.seeker_id, name: row.name, counsellorId: row.counsellor_id };
  } finally {
    db.close();
  }
}

test('the DPO finds who read a person’s file and exports everything Jalon holds on them', async ({
  page,
  server,
  browser,
}, testInfo) => {
  const seeker = demoSeeker();

  // A counsellor opens the person's page, elsewhere.
  const counsellorContext = await browser.newContext();
  const counsellor = await counsellorContext.newPage();
  await signIn(counsellor, server, seeker.counsellorId);
  await counsellor.goto(`${server.url.split('#')[0]}#/seeker/${seeker.seekerId}`);
  await expect(counsellor.getByRole('heading', { level: 1, name: seeker.name })).toBeVisible();
  await counsellorContext.close();

  await signIn(page, server, 'DPO-1');
  // Protection des données is the DPO's only screen, and where they land; no portfolio.
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link')).toHaveText(['Protection des données']);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Protection des données' }),
  ).toBeVisible();

  // With the keyboard only: an empty search says what is missing, beside the field.
  const field = page.getByLabel('Identifiant de la personne');
  await field.focus();
  await page.keyboard.press('Enter');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Indiquez l’identifiant de la personne.')).toBeVisible();
  await page.keyboard.type(seeker.seekerId.toLowerCase());
  await page.keyboard.press('Enter');

  await expect(
    page.getByRole('heading', { level: 2, name: `${seeker.name} (${seeker.seekerId})` }),
  ).toBeVisible();
  const reads = page.getByRole('table', { name: `Lectures du dossier de ${seeker.name}` });
  await expect(reads.getByRole('row').nth(1)).toContainText(seeker.counsellorId);
  await expect(reads.getByRole('row').nth(1)).toContainText('Fiche de la personne');
  await expectAccessible(page, 'dpo-reads');
  await screenshot(page, testInfo, 'dpo-screen', { fullPage: false });

  // The JSON: every section, for this person.
  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en JSON' }).click();
  const json = await jsonDownload;
  expect(json.suggestedFilename()).toMatch(/^dossier-[\w-]+-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByRole('status').filter({ hasText: 'Fichier téléchargé' })).toContainText(
    json.suggestedFilename(),
  );
  const jsonPath = testInfo.outputPath('dossier.json');
  await json.saveAs(jsonPath);
  const dossier = JSON.parse(readFileSync(jsonPath, 'utf8')) as PersonDossier;
  expect(dossier).toMatchObject({ seekerId: seeker.seekerId, producedBy: 'DPO-1' });
  expect(dossier.reads.map((r) => [r.reader, r.what])).toContainEqual([
    seeker.counsellorId,
    'seeker_page',
  ]);

  // The PDF, printed from the print-only page by the server's Chromium.
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en PDF' }).click();
  const pdf = await pdfDownload;
  const pdfPath = testInfo.outputPath('dossier.pdf');
  await pdf.saveAs(pdfPath);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('Tout ce que Jalon détient sur cette personne');
  expect(text).toContain(seeker.name);
  expect(text).toContain('Qui a lu ce dossier');
  expect(text).not.toContain('Exporter en PDF');

  // English is complete: the same screen, in English.
  await page.getByLabel('Langue / Language').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Data protection' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export as PDF' })).toBeVisible();
});
