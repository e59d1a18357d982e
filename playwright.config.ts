// End-to-end tests. `browser`: the browser mode in Debian's Chromium (this machine and
// CI); `electron`: the desktop app through Playwright's _electron, run wherever the
// Electron binary exists and skipped with a printed reason elsewhere. Each test gets
// its own data folder (tests/e2e/fixtures.ts).
import { defineConfig } from '@playwright/test';
import { pinTestClock } from './tests/helpers/test-clock';

// The servers, the demo and the tests all see the same day (JALON_NOW).
console.log(`End-to-end tests on ${pinTestClock()} (JALON_NOW)`);

export const CHROMIUM_PATH = process.env.JALON_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  outputDir: 'test-results/playwright',
  globalSetup: './tests/e2e/global-setup.ts',
  // Room for two tests at once on a loaded 2-core machine: a failsafe, not a timing.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  // Two at once: with one, a third of the 2 cores sat idle (each test waits on its own
  // server and browser); measured 6.8 → 5.4 min, a third worker gained only 0.2 min more.
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.JALON_E2E_REPORT ?? 'test-results/playwright.json' }],
  ],
  use: {
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'browser',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        viewport: { width: 1440, height: 1000 },
        // Jalon follows the system's language (English when it comes first): the tests
        // read French unless they open an English context themselves (tests/e2e/i18n.spec.ts).
        locale: 'fr-FR',
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
