// Each end-to-end test gets its own data folder and its own `jalon serve` process (a
// real process, as a counsellor would run it) on a copy of a demo database built once
// per run, and a page already opened at the address the server printed and signed in.
import { test as base, expect } from '@playwright/test';
import type { Page, TestInfo } from '@playwright/test';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startServer, stopServer } from './serve-process';
import type { RunningServer } from './serve-process';

export { ROOT };

/** The demo database all tests copy, made by global-setup.ts. */
export function templateDatabase(name = 'demo'): string {
  return join(ROOT, 'test-results', 'e2e-template', `${name}.db`);
}

/** A screenshot kept with the test's results; with JALON_UPDATE_DOCS=1 also in docs/. */
export async function screenshot(
  page: Page,
  testInfo: TestInfo,
  name: string,
  { fullPage = true } = {},
): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage });
  await testInfo.attach(name, { path, contentType: 'image/png' });
  if (process.env.JALON_UPDATE_DOCS === '1') {
    mkdirSync(join(ROOT, 'docs', 'screenshots'), { recursive: true });
    copyFileSync(path, join(ROOT, 'docs', 'screenshots', `${name}.png`));
  }
}

/** The demo users' password (server/demo/demo-users.ts, listed in the README). */
export const DEMO_PASSWORD = 'demo-jalon';

/** The counsellor the `app` fixture signs in as. */
export const DEMO_COUNSELLOR = 'CNS-01';

/**
 * Opens the address the server printed and signs in as a demo user (CNS-01…CNS-12,
 * RE-1…RE-3, CTRL-1, admin), through the sign-in form as a person would.
 */
export async function signIn(
  page: Page,
  server: RunningServer,
  userId: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto(server.url);
  await page.getByLabel('Identifiant').fill(userId);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.locator('.signed-in-user')).toBeVisible();
}

export const test = base.extend<{ server: RunningServer; app: Page }>({
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'jalon-e2e-'));
    const dbPath = join(dataDir, 'jalon.db');
    if (!existsSync(templateDatabase())) throw new Error('global setup did not build the demo');
    copyFileSync(templateDatabase(), dbPath);
    const server = await startServer(dbPath, dataDir);
    await use(server);
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  },
  /** A page signed in as the counsellor DEMO_COUNSELLOR, on their portfolio. */
  app: async ({ page, server }, use) => {
    await signIn(page, server, DEMO_COUNSELLOR);
    await use(page);
  },
});

export { expect };
