// The page lives within its Content-Security-Policy, which allows no eval and no inline
// style or script: every screen with a grid, a chart or a form raises no violation (the
// grid's theme <style> elements carry the load's nonce). Without the nonce the grid's
// styles are blocked and this test fails, as it would on any eval.
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';

/** Collects every violation the page reports, from its first script on. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return async () => [
    ...console,
    ...(await page.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    )),
  ];
}

async function visit(page: Page, hash: string, ready: () => Promise<void>): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await ready();
}

test('no screen raises a Content-Security-Policy violation', async ({ page, server }) => {
  const violations = await recordViolations(page);
  const csp = (await page.request.get(server.url)).headers()['content-security-policy'];
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|unsafe-hashes/);
  expect(csp).toMatch(/style-src 'self' 'nonce-[^']+'(;|$)/);

  await signIn(page, server, 'RE-1');
  // The caseload grid (ag-grid and its theme).
  await visit(page, '#/', () => expect(page.locator('.ag-row').first()).toBeVisible());
  const seekerId = (await page
    .locator('.ag-row [col-id="seekerId"]')
    .first()
    .textContent())!.trim();
  // A seeker's page, its timeline and charts (recharts).
  await visit(page, `#/seeker/${encodeURIComponent(seekerId)}`, () =>
    expect(page.locator('.recharts-surface').first()).toBeVisible(),
  );
  // The interview report, the team dashboard, the settings, the audit trail.
  await visit(page, `#/report/${encodeURIComponent(seekerId)}`, () =>
    expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
  );
  await visit(page, '#/team', () =>
    expect(
      page.getByTestId('team-chart-attention').locator('.recharts-surface').first(),
    ).toBeVisible(),
  );
  await visit(page, '#/settings', () =>
    expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
  );
  await visit(page, '#/audit', () => expect(page.getByRole('heading', { level: 1 })).toBeVisible());

  expect(await violations()).toEqual([]);
});
