// The declaration calendar on screen, on whatever day the suite runs (JALON_NOW, pinned by
// playwright.config.ts): a month in progress is marked as such, never drawn like a whole
// one; the month being declared is pending, not missing; rights already ended say so.
// What each screen must show is worked out from the calendar of that day, so each branch
// below is the expectation of the day, not a test that may skip itself.
import Database from 'better-sqlite3-multiple-ciphers';
import { readFileSync } from 'node:fs';
import { declarationCalendar } from '../../shared/analysis/declaration-calendar';
import { DEFAULT_SETTINGS } from '../../shared/analysis/settings';
import { DEMO_COUNSELLOR, expect, templateDatabase, test } from './fixtures';

const today = process.env.JALON_NOW!.slice(0, 10);
const calendar = declarationCalendar(today, DEFAULT_SETTINGS.declarationWindow);

/** A seeker of the demo counsellor the query picks, by id. */
function demoSeeker(where: string, params: Record<string, string> = {}): string | null {
  const db = new Database(templateDatabase(), { readonly: true });
  try {
    const row = db
      .prepare<Record<string, string>, { seeker_id: string }>(
        `SELECT s.seeker_id FROM seekers s
          WHERE s.counsellor_id = @counsellor AND ${where}
          ORDER BY s.seeker_id LIMIT 1`,
      )
      .get({ counsellor: DEMO_COUNSELLOR, ...params });
    return row?.seeker_id ?? null;
  } finally {
    db.close();
  }
}

const HAS_MONTH = `EXISTS (SELECT 1 FROM journal_months m
  WHERE m.seeker_ref = s.seeker_ref AND m.period = @period)`;

test(`the grid's sparklines set the month in progress apart (${today})`, async ({ app: page }) => {
  const sparkline = page.locator('[data-testid="caseload-grid"] .sparkline').first();
  await expect(sparkline).toBeVisible();
  const hollow = page.locator('.sparkline__in-progress-point');
  if (calendar.periodInProgress === null) {
    await expect(hollow).toHaveCount(0);
    await expect(sparkline).not.toHaveAttribute('aria-label', /en cours/);
  } else {
    await expect(sparkline.locator('.sparkline__in-progress-point')).toHaveCount(1);
    await expect(sparkline).toHaveAttribute('aria-label', /\(dernier mois en cours, au \d+/);
  }
});

test(`the caseload export keeps whole months only, and names them (${today})`, async ({
  app: page,
}) => {
  await expect(page.locator('[data-testid="caseload-grid"] .ag-row').first()).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter (CSV)' }).click();
  const csv = readFileSync((await (await downloading).path())!, 'utf8').replace(/^\uFEFF/, '');
  const [header, first] = csv.split('\r\n').map((line) => line.split(';'));
  const column = header!.findIndex((name) => name.startsWith('Actions par mois'));
  const months = calendar.periodInProgress === null ? 12 : 11;
  expect(first![column]!.split(' ')).toHaveLength(months);
  expect(header![column]).toMatch(/^Actions par mois, de \S+ \d{4} à \S+ \d{4}$/);
});

test(`the timeline and the charts of a person say which month is in progress and which is pending (${today})`, async ({
  app: page,
  server,
}) => {
  // Someone with no journal yet for the month being declared, if one is (else anyone).
  const seekerId =
    (calendar.pending && demoSeeker(`NOT ${HAS_MONTH}`, { period: calendar.pending.period })) ??
    demoSeeker('1 = 1')!;
  await page.goto(`${server.url}#/seeker/${seekerId}`);
  const timeline = page.getByTestId('timeline');
  await expect(timeline).toBeVisible();

  const pendingGap = timeline.locator('.timeline-month.is-gap[data-standing="pending"]');
  if (calendar.pending === null) {
    await expect(pendingGap).toHaveCount(0);
  } else {
    await expect(pendingGap).toHaveAttribute('data-period', calendar.pending.period);
    await expect(pendingGap).toContainText(/en attente \(jusqu’au 15/);
  }
  const inProgress = timeline.locator(`[data-period="${calendar.periodInProgress}"]`);
  const shaded = page.getByTestId('chart-actions').locator('.month-in-progress');
  if (calendar.periodInProgress === null) {
    await expect(timeline.locator('.month-standing--in_progress')).toHaveCount(0);
    await expect(shaded).toHaveCount(0);
  } else {
    await expect(inProgress).toContainText(/en cours, au \d+/);
    await expect(shaded).toHaveCount(1);
  }
});

test(`the interview preparation counts the last complete months, as the signal does (${today})`, async ({
  app: page,
  server,
}) => {
  await page.goto(`${server.url}#/report/${demoSeeker('1 = 1')!}`);
  const report = page.locator('article.report');
  await expect(report).toHaveAttribute('data-report-state', 'ready');
  const [year, month] = calendar.lastCompletePeriod.split('-').map(Number) as [number, number];
  const lastComplete = new Intl.DateTimeFormat('fr-FR', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 1)));
  await expect(
    report.getByText(new RegExp(`Actions par mois, de .+ à ${lastComplete}`)),
  ).toBeVisible();
  await expect(report.getByText('Déclaration en attente')).toHaveCount(calendar.pending ? 1 : 0);
});

test(`rights that have already ended read « droits échus » (${today})`, async ({
  app: page,
  server,
}) => {
  const ended = demoSeeker('s.benefit_end < @today', { today });
  const ahead = demoSeeker('s.benefit_end >= @today', { today });
  expect(ended, 'the demo has a person whose rights have ended').not.toBeNull();
  const grid = page.getByTestId('caseload-grid');
  await page.getByLabel('Rechercher une personne').fill(ended!);
  // The row by its id: a search for DE-000023 also shows DE-000234.
  await expect(grid.locator(`.ag-row[row-id="${ended}"]`)).toContainText(
    /échus le \d{2}\/\d{2}\/\d{4}/,
  );
  await page.goto(`${server.url}#/seeker/${ended}`);
  await expect(page.locator('.seeker-header')).toContainText(/droits échus le \d+/);
  await page.goto(`${server.url}#/seeker/${ahead}`);
  await expect(page.getByTestId('timeline')).toBeVisible();
  await expect(page.locator('.seeker-header')).not.toContainText('droits échus');
});
