// A journal written in ROME 4.0 codes, as France Travail writes them since 2023, in the
// browser mode: Réglages names the release in use, the import takes A1206 without a
// warning, and the seeker page and the report name it and answer its narrow search with
// its ROME 4.0 mobilities. The journal's months are the four before the app's today, so
// the test means the same on any day.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goToHash } from './a11y-helpers';
import { expect, screenshot, signIn, test } from './fixtures';

const SEEKER = 'DE-ROME4';
const LANDSCAPE_DESIGNER = 'A1206';
const LABEL = 'Concepteur / Conceptrice paysagiste';

/** `YYYY-MM` of the month `back` months before the one of `isoDate`. */
function monthBefore(isoDate: string, back: number): string {
  const [year, month] = isoDate.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Four months of applications to A1206 alone, never an interview. */
function narrowJournal(today: string) {
  const months = [4, 3, 2, 1].map((back) => {
    const period = monthBefore(today, back);
    return {
      period,
      submitted_at: `${period}-25T18:00:00Z`,
      entered_by: 'seeker',
      mood: 3,
      comment: null,
      actions: (['no_response', 'rejected', 'pending'] as const).map((outcome, i) => ({
        id: `${SEEKER}-${period}-${i}`,
        date: `${period}-${String(5 + 7 * i).padStart(2, '0')}`,
        type: 'application_offer',
        rome: LANDSCAPE_DESIGNER,
        employer: 'Atelier Paysages du Rhône',
        commune: '69123',
        channel: 'online',
        outcome,
        note: null,
      })),
    };
  });
  return {
    seeker_id: SEEKER,
    first_name: 'Inès',
    last_name: 'Verger',
    birth_year: 1990,
    commune: '69123',
    registered_on: `${monthBefore(today, 4)}-02`,
    category: 'A',
    modality: 'guide',
    counsellor_id: 'CNS-01',
    digital_access: true,
    benefit_end: null,
    ore: {
      rome: [LANDSCAPE_DESIGNER],
      max_distance_km: 30,
      min_monthly_salary: null,
      contracts: ['CDI'],
    },
    months,
  };
}

test('a journal in ROME 4.0 codes: imported, named, and broadened by its mobilities', async ({
  page,
  server,
}, testInfo) => {
  await signIn(page, server, 'RE-1');
  await page.getByRole('navigation').getByRole('link', { name: 'Réglages' }).click();
  const reference = page.getByRole('region', { name: 'Référentiel des métiers' });
  await expect(reference).toContainText(/ROME 4\.0, version 460 : 1\s584 fiches métiers/);
  await expect(reference).toContainText(/l’une des 532 fiches du ROME classique/);
  await expect(reference).toContainText('ROME v3 (version 333)');
  await reference.scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, 'settings-reference', { fullPage: false });
  const today = await page.getByRole('textbox', { name: 'Date de situation' }).inputValue();

  const file = join(server.dataDir, 'journaux-rome4.jsonl');
  writeFileSync(file, `${JSON.stringify(narrowJournal(today))}\n`);
  await page.getByRole('navigation').getByRole('link', { name: 'Import' }).click();
  await page.getByLabel('Fichiers à importer').setInputFiles(file);
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  // A new person: the preview has nothing to replace, the import follows its confirmation.
  const preview = page.getByTestId('import-preview');
  await expect(preview.getByTestId('preview-imported')).toContainText('1');
  await preview.getByRole('button', { name: 'Confirmer l’import' }).click();
  const summary = page.getByTestId('import-summary');
  await expect(summary.getByTestId('count-imported')).toContainText('1');
  await expect(summary.getByTestId('count-warnings')).toContainText('0');
  await expect(summary.getByTestId('count-rejected')).toContainText('0');

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await signIn(page, server, 'CNS-01');
  await goToHash(page, `#/seeker/${SEEKER}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Verger');
  // The ORE in the header, and each application in the timeline.
  await expect(page.getByText(`${LANDSCAPE_DESIGNER} ${LABEL}`).first()).toBeVisible();
  const details = page.locator('.timeline-action .action-details');
  await expect(details).toHaveCount(12);
  for (const text of await details.allInnerTexts()) {
    expect(text).toContain(`Métier : ${LANDSCAPE_DESIGNER} ${LABEL}`);
  }
  // Counted in F (Construction), the grand domaine of A1206's parent, which is the ORE's.
  const targets = page.getByTestId('chart-targets');
  await expect(targets.locator('svg')).toContainText(/Construction, BTP\s*\(ORE\)/);
  await expect(targets.locator('svg')).not.toContainText('Agriculture');
  const broaden = page.locator(
    '[data-testid="recommendation"][data-recommendation-id="broaden_search"]',
  );
  const suggestions = broaden.locator('.rome-suggestions li');
  await expect(suggestions).toHaveCount(5);
  await expect(suggestions.first()).toContainText('F1104');
  await expect(suggestions.first()).toContainText('mobilité ROME 4.0');
  await expect(suggestions.first()).toContainText(`depuis ${LANDSCAPE_DESIGNER} ${LABEL}`);
  await broaden.scrollIntoViewIfNeeded();
  // Away from the charts, whose tooltips would cover the picture.
  await page.mouse.move(0, 0);
  await screenshot(page, testInfo, 'seeker-rome4-broaden', { fullPage: false });

  await goToHash(page, `#/report/${SEEKER}`);
  const report = page.locator('article.report');
  await expect(report).toHaveAttribute('data-report-state', 'ready');
  await expect(report).toContainText(`${LANDSCAPE_DESIGNER} ${LABEL}`);
});
