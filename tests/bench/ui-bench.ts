// `npm run bench:ui`: the interface on the 10,000-seeker department, in the browser
// mode and Debian's Chromium, median of RUNS runs of each measure:
//   page load → first grid rows visible; quick search → grid updated;
//   click a seeker → timeline and charts drawn.
// Signed in as the team lead RE-1, who reads the widest view there is: their team's
// portfolios (a third of the department).
// Times are taken inside the page (performance.now() and animation frames), so the
// test runner's polling does not blur them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { demoEndingToday } from '../../cli/commands/seed';
import { openDatabase } from '../../server/db/database';
import { importDemoCaseload } from '../../server/demo/demo-database';
import { addDemoUsers } from '../../server/demo/demo-users';
import { createJournalRepository } from '../../server/db/journal-repository';
import { CHROMIUM_PATH } from '../../playwright.config';
import type { Page } from '@playwright/test';
import { startServer, stopServer } from '../e2e/serve-process';
import type { RunningServer } from '../e2e/serve-process';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SEEKERS = 10_000;
const dir = resolve('.bench');
const demoEnd = demoEndingToday();
const dbPath = join(dir, `ui-${SEEKERS}-${demoEnd.asOf}.db`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

mkdirSync(dir, { recursive: true });
execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
  stdio: 'inherit',
});
if (!existsSync(dbPath)) {
  process.stderr.write(`Generating the ${SEEKERS}-seeker department (about a minute)…\n`);
  const db = openDatabase(dbPath);
  await importDemoCaseload(db, { seekers: SEEKERS, months: 24, seed: 2026, ...demoEnd });
  db.close();
}
{
  const db = openDatabase(dbPath);
  const seekers = createJournalRepository(db).stats().seekers;
  // A department generated before sign-in existed has no users yet.
  addDemoUsers(db);
  db.close();
  if (seekers !== SEEKERS) throw new Error(`${dbPath} holds ${seekers} seekers`);
}

async function signIn(page: Page, running: RunningServer): Promise<void> {
  await page.goto(running.url);
  await page.getByLabel('Identifiant').fill('RE-1');
  await page.getByLabel('Mot de passe').fill('demo-jalon');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.locator('.signed-in-user').waitFor();
}

// The steps find French labels (« Identifiant », « Rechercher une personne »): the page
// must be French whatever the system's language, which a context without a locale takes.
const CONTEXT = { locale: 'fr-FR', viewport: { width: 1600, height: 1000 } };

const server = await startServer(dbPath, dir);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const firstRows: number[] = [];
const search: number[] = [];
const openSeeker: number[] = [];
try {
  // Warm-up: the first visit brings the stored analyses up to today's date.
  const warm = await browser.newPage(CONTEXT);
  await signIn(warm, server);
  await warm.goto(`${server.url}#/`);
  await warm.locator('.ag-row').first().waitFor({ timeout: 120_000 });
  await warm.close();

  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext(CONTEXT);
    const page = await context.newPage();
    // Signed in first (the tab keeps its session): the measure is the page load itself.
    await signIn(page, server);
    await page.goto(`${server.url.replace(/\?.*$/, '')}#/`);
    const started = Date.now();
    await page.reload();
    await page.locator('[data-testid="caseload-grid"] .ag-row').first().waitFor();
    firstRows.push(Date.now() - started);

    // Quick search for one seeker's id, timed from the keystroke to the repainted grid.
    const target = (await page
      .locator('[data-testid="caseload-grid"] .ag-row')
      .nth(run * 3 + 5)
      .getAttribute('row-id'))!;
    search.push(
      await page.evaluate(async (id) => {
        const input = [...document.querySelectorAll('input')].find(
          (i) =>
            i.getAttribute('aria-label') === 'Rechercher une personne' ||
            i.labels?.[0]?.textContent === 'Rechercher une personne',
        )!;
        const t0 = performance.now();
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        setValue.call(input, id);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        for (;;) {
          await new Promise((r) => requestAnimationFrame(r));
          const rows = document.querySelectorAll('[data-testid="caseload-grid"] .ag-row');
          if (rows.length === 1 && rows[0]!.getAttribute('row-id') === id) break;
        }
        return performance.now() - t0;
      }, target),
    );

    // Open that seeker: until the timeline and the five charts are drawn.
    openSeeker.push(
      await page.evaluate(async () => {
        const row = document.querySelector<HTMLElement>(
          '[data-testid="caseload-grid"] .ag-row .ag-cell',
        )!;
        const t0 = performance.now();
        row.click();
        const charts = [
          'chart-actions',
          'chart-funnel',
          'chart-targets',
          'chart-distances',
          'chart-mood',
        ];
        for (;;) {
          await new Promise((r) => requestAnimationFrame(r));
          const timeline = document.querySelector('[data-testid="timeline"] [data-action-id]');
          const drawn = charts.every((c) =>
            document.querySelector(`[data-testid="${c}"] svg.recharts-surface`),
          );
          if (timeline && drawn) break;
        }
        return performance.now() - t0;
      }),
    );
    await context.close();
  }
} finally {
  await browser.close();
  await stopServer(server);
}

const report = {
  seekers: SEEKERS,
  runs: RUNS,
  firstGridRowsMs: { median: Math.round(median(firstRows)), all: firstRows, target: 2000 },
  quickSearchMs: { median: Math.round(median(search)), all: search.map(Math.round), target: 200 },
  openSeekerMs: {
    median: Math.round(median(openSeeker)),
    all: openSeeker.map(Math.round),
    target: 500,
  },
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
