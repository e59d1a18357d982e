// The desktop app itself, launched through Playwright's _electron on a fresh user data
// folder: first start loads the demo caseload, then the counsellor's core flow, and the
// security properties that only the real Electron can show. Skipped, with the reason
// printed, where the Electron binary was not downloaded.
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAIN_BUNDLE = join(ROOT, 'dist', 'electron', 'main.cjs');

const binary = findElectronBinary();
if (binary.missing) console.log(`Jalon: desktop app tests skipped: ${binary.missing}.`);
test.skip(binary.missing !== undefined, binary.missing);

// One app for the whole file, as a counsellor's session: each step builds on the last.
test.describe.configure({ mode: 'serial' });

// The first start imports the demo caseload (300 seekers) before the grid fills.
test.setTimeout(180_000);

let app: ElectronApplication;
let page: Page;
let userDataDir: string;

test.beforeAll(async () => {
  // The renderer is built by the global setup; the Electron bundles are built here.
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-electron.mjs')], { cwd: ROOT });
  userDataDir = mkdtempSync(join(tmpdir(), 'jalon-electron-'));
  const { ELECTRON_RUN_AS_NODE: _ignored, ...env } = process.env;
  app = await electron.launch({
    executablePath: binary.path!,
    // Chromium refuses to run its sandbox as root, which is how CI containers run.
    // A packaged test build loads its own app.asar; Electron itself is given the bundle.
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ...(binary.packaged ? [] : [MAIN_BUNDLE]),
    ],
    env: { ...env, JALON_USER_DATA_DIR: userDataDir },
    cwd: ROOT,
  });
  page = await app.firstWindow();
});

test.afterAll(async () => {
  await app?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

function gridRows() {
  return page.locator('[data-testid="caseload-grid"] .ag-row');
}

test('opens Jalon’s own page, sandboxed, with only the bridge exposed', async () => {
  await expect(page).toHaveTitle('Jalon');
  expect(page.url()).toMatch(/^app:\/\/jalon\//);
  const globals = await page.evaluate(() => {
    const scope = window as unknown as Record<string, unknown>;
    return {
      require: typeof scope.require,
      process: typeof scope.process,
      bridge: Object.keys((scope.jalonBridge as object | undefined) ?? {}).sort(),
    };
  });
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    bridge: ['invoke', 'onEvent'],
  });
});

test('keeps its database in the given user data folder', async () => {
  const userData = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
  expect(userData).toBe(userDataDir);
  await expect.poll(() => existsSync(join(userDataDir, 'jalon.db'))).toBe(true);
});

test('encrypts its database, with the key kept outside it in the keys folder', async () => {
  const dbPath = join(userDataDir, 'jalon.db');
  await expect.poll(() => existsSync(dbPath) && statSync(dbPath).size > 0).toBe(true);
  // A plain SQLite file starts with its format string; an encrypted one does not.
  expect(readFileSync(dbPath).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
  // The keychain's blob, or a 0600 key file where the OS offers no keychain (docs/security.md).
  const keys = readdirSync(join(userDataDir, 'keys'));
  expect(keys).toEqual([expect.stringMatching(/^jalon\.db-[0-9a-f]{16}\.(keychain|key)$/)]);
  expect(statSync(join(userDataDir, 'keys', keys[0]!)).mode & 0o777).toBe(0o600);
});

test('refuses to navigate away from its own page', async () => {
  await page.evaluate(() => {
    window.location.href = 'https://example.org/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toMatch(/^app:\/\/jalon\//);
});

test('asks who is there, then shows the counsellor’s demo portfolio on the first start', async () => {
  await expect(page.getByLabel('Identifiant')).toBeVisible({ timeout: 120_000 });
  await page.getByLabel('Identifiant').fill('CNS-01');
  await page.getByLabel('Mot de passe').fill('demo-jalon');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByText('Données de démonstration')).toBeVisible();
  await expect(gridRows().first()).toBeVisible({ timeout: 60_000 });
  expect(await gridRows().count()).toBeGreaterThan(5);
});

test('has the French menu, whose commands reach the page', async () => {
  const labels = await app.evaluate(({ Menu }) =>
    (Menu.getApplicationMenu()?.items ?? []).map((item) => item.label),
  );
  expect(labels).toEqual(expect.arrayContaining(['Fichier', 'Affichage', 'Aide']));
  await app.evaluate(({ Menu }) => {
    const view = Menu.getApplicationMenu()?.items.find((item) => item.label === 'Affichage');
    const settings = view?.submenu?.items.find((item) => item.label === 'Réglages');
    settings?.click();
  });
  await expect(page).toHaveURL(/#\/settings$/);
  await page.getByRole('navigation').getByRole('link', { name: 'Portefeuille' }).click();
  await expect(gridRows().first()).toBeVisible();
});

test('opens a seeker and records an accepted recommendation', async () => {
  const seekerId = (await gridRows().first().getAttribute('row-id'))!;
  await gridRows().first().click();
  await expect(page).toHaveURL(new RegExp(`#/seeker/${seekerId}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(seekerId);

  const first = page.getByTestId('recommendation').first();
  const acceptedId = (await first.getAttribute('data-recommendation-id'))!;
  await first.getByRole('button', { name: 'Accepter' }).click();
  await expect(first).toContainText('Acceptée');
  await page.reload();
  await expect(
    page.locator(`[data-testid="recommendation"][data-recommendation-id="${acceptedId}"]`),
  ).toContainText('Acceptée');
});
