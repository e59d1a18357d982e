// The controller's work in the browser mode: a reason before anything opens, one
// seeker's journal as declared with nothing the analysis adds, and the seeker's
// counsellor, signed in elsewhere, told who looked and why.
import Database from 'better-sqlite3-multiple-ciphers';
import type { Page } from '@playwright/test';
import { expect, screenshot, signIn, templateDatabase, test } from './fixtures';

const REASON = 'Réclamation de la personne sur sa déclaration de juillet';
/** What the seeker page adds to a journal and the history view must never show. */
const ANALYSIS_WORDS = /score|signal|recommand|attention|priorit/i;

interface DemoSeeker {
  seekerId: string;
  name: string;
  counsellorId: string;
  months: number;
}

/** A seeker of the demo with a few months of journal (every copy of it holds the same). */
function demoSeeker(): DemoSeeker {
  const db = new Database(templateDatabase(), { readonly: true });
  try {
    const row = db
      .prepare<[], { seeker_id: string; name: string; counsellor_id: string; months: number }>(
        `SELECT s.seeker_id, s.first_name || ' ' || s.last_name AS name, s.counsellor_id,
           (SELECT count(*) FROM journal_months m WHERE m.seeker_ref = s.seeker_ref) AS months
         FROM seekers s WHERE months >= 3 ORDER BY s.seeker_id LIMIT 1`,
      )
      .get();
    if (!row) throw new Error('the demo has no seeker with three months of journal');
    return {
      seekerId: row.seeker_id,
      name: row.name,
      counsellorId: row.counsellor_id,
      months: row.months,
    };
  } finally {
    db.close();
  }
}

async function askForHistory(page: Page, seekerId: string, reason: string): Promise<void> {
  await page.getByLabel('Identifiant de la personne').fill(seekerId);
  await page.getByLabel('Motif de la consultation').fill(reason);
  await page.getByRole('button', { name: 'Consulter l’historique' }).click();
}

test('a controller states a reason, reads a journal as declared, and its counsellor sees why', async ({
  page,
  server,
  browser,
}, testInfo) => {
  const seeker = demoSeeker();
  await signIn(page, server, 'CTRL-1');

  // Historique is the controller's only screen, and where they land.
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link')).toHaveText(['Historique']);
  await expect(nav.getByRole('link', { name: 'Historique' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(
    page.getByText('Cette consultation sera enregistrée dans le journal d’audit'),
  ).toBeVisible();

  // A reason too short opens nothing and says why, beside the field.
  await askForHistory(page, seeker.seekerId, 'Contrôle');
  const reasonField = page.getByLabel('Motif de la consultation');
  await expect(reasonField).toHaveAttribute('aria-invalid', 'true');
  await expect(reasonField).toBeFocused();
  await expect(page.getByText('Le motif doit compter au moins 10 caractères')).toBeVisible();
  await expect(page.getByTestId('history-journal')).toHaveCount(0);

  // With a reason: the journal, month by month, and the reminder of what was recorded.
  await reasonField.fill(REASON);
  await page.getByRole('button', { name: 'Consulter l’historique' }).click();
  const title = page.getByRole('heading', { level: 1, name: `Historique de ${seeker.name}` });
  await expect(title).toBeFocused();
  await expect(page.getByTestId('history-recorded')).toContainText(REASON);
  const journal = page.getByTestId('history-journal');
  await expect(journal.locator('.timeline-month:not(.is-gap)')).toHaveCount(seeker.months);
  await expect(
    journal.getByText(/^Déclaré par la personne le|^Saisi par le conseiller/).first(),
  ).toBeVisible();
  await expect(journal.getByText(/^Moral déclaré : |^Moral non renseigné$/).first()).toBeVisible();
  await expect(page.locator('.timeline-action').first()).toBeVisible();

  // Nothing computed: no score, signal or recommendation anywhere on the screen.
  const shown = await page.locator('main').innerText();
  expect(shown).not.toMatch(ANALYSIS_WORDS);
  await screenshot(page, testInfo, 'controller-history', { fullPage: false });

  // Another seeker: the form comes back empty, a new reason is asked.
  await page.getByRole('button', { name: 'Consulter une autre personne' }).click();
  await expect(page.getByLabel('Identifiant de la personne')).toBeFocused();
  await expect(page.getByLabel('Identifiant de la personne')).toHaveValue('');
  await expect(page.getByLabel('Motif de la consultation')).toHaveValue('');

  // An unknown person: said in words, nothing opens.
  await askForHistory(page, 'PERSONNE-INCONNUE', REASON);
  await expect(page.getByRole('alert')).toHaveText(
    'Aucune personne n’a l’identifiant « PERSONNE-INCONNUE ».',
  );

  // Elsewhere, the seeker's counsellor finds the view on their portfolio, with its reason.
  const counsellorContext = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  try {
    const counsellorPage = await counsellorContext.newPage();
    await signIn(counsellorPage, server, seeker.counsellorId);
    const views = counsellorPage.getByTestId('history-views');
    await expect(views.locator('tbody tr')).toHaveCount(1);
    const row = views.locator('tbody tr').first();
    await expect(row).toContainText('Contrôleur démo (CTRL-1)');
    await expect(row).toContainText(`${seeker.name} (${seeker.seekerId})`);
    await expect(row).toContainText(REASON);
    await expect(row.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
    await screenshot(counsellorPage, testInfo, 'counsellor-history-views', { fullPage: false });
  } finally {
    await counsellorContext.close();
  }
});

test('an identifier typed in lower case opens the journal, with every month since registration', async ({
  page,
  server,
}, testInfo) => {
  // A person of the demo registered months before their first declared month.
  const db = new Database(templateDatabase(), { readonly: true });
  const seeker = db
    .prepare<[], { seeker_id: string; registered: string; first: string; months: number }>(
      `SELECT s.seeker_id, substr(s.registered_on, 1, 7) AS registered,
         (SELECT min(period) FROM journal_months m WHERE m.seeker_ref = s.seeker_ref) AS first,
         (SELECT count(*) FROM journal_months m WHERE m.seeker_ref = s.seeker_ref) AS months
       FROM seekers s WHERE first > registered ORDER BY s.seeker_id LIMIT 1`,
    )
    .get();
  db.close();
  if (!seeker) throw new Error('the demo has no seeker registered before their first month');

  await signIn(page, server, 'CTRL-1');
  await askForHistory(page, seeker.seeker_id.toLowerCase(), REASON);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Historique de /);
  const journal = page.getByTestId('history-journal');
  await expect(journal.locator('.timeline-month:not(.is-gap)')).toHaveCount(seeker.months);
  // The silent months before the first declaration are there, as such, back to registration.
  const months = journal.locator('.timeline-month');
  await expect(months.last()).toHaveAttribute('data-period', seeker.registered);
  await expect(months.last()).toContainText('Pas de journal');
  const periods = await months.evaluateAll((all) => all.map((m) => m.getAttribute('data-period')));
  const gaps = await journal.locator('.timeline-month.is-gap').count();
  expect(gaps).toBe(periods.length - seeker.months);
  // A month still being declared (until the 15th) is shown pending, not counted silent.
  const silent = await journal.locator('.timeline-month.is-gap[data-standing="due"]').count();
  expect(silent).toBeGreaterThan(0);
  await expect(journal).toContainText(`${silent} mois sans journal depuis l’inscription`);
  await screenshot(page, testInfo, 'controller-history-silent-months', { fullPage: false });
});
