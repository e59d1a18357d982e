// What the accessibility tests share: axe-core run on a page with the WCAG 2.1 A and
// AA rules, failing on serious and critical findings, and one server per group of tests
// with a page per signed-in role (signing in again for every screen would triple the
// time of a spec that visits some thirty screens in two languages).
import AxeBuilder from '@axe-core/playwright';
import { test } from '@playwright/test';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD, expect, templateDatabase } from './fixtures';
import { startServer, stopServer } from './serve-process';
import type { RunningServer } from './serve-process';

/** The rules checked: WCAG 2.0 and 2.1, levels A and AA (RGAA 4.1 rests on them). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Parts of the page axe is told to skip, each with the reason (also in
 * docs/accessibility.md). Empty: every finding so far was fixed in the app or through
 * the grid's options.
 */
export const AXE_EXCLUSIONS: readonly { selector: string; reason: string }[] = [];

const BLOCKING = new Set(['serious', 'critical']);

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** One line per violation and one per offending node: enough to find and fix it. */
export function describeViolations(violations: readonly Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map(
          (n) =>
            `    ${JSON.stringify(n.target)}${n.failureSummary ? `: ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
        )
        .join('\n');
      const more = v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : '';
      return `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
    })
    .join('\n');
}

/**
 * Runs axe on the page as it is now and fails on any serious or critical violation.
 * Lesser ones (moderate, minor) are attached to the test's report, not failed on.
 */
export async function expectAccessible(page: Page, state: string) {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  for (const { selector } of AXE_EXCLUSIONS) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  const minor = violations.filter((v) => !BLOCKING.has(v.impact ?? ''));
  if (minor.length > 0) {
    await test.info().attach(`axe-minor-${state}`, {
      body: describeViolations(minor),
      contentType: 'text/plain',
    });
  }
  expect(blocking, `${state}: axe found\n${describeViolations(blocking)}`).toEqual([]);
}

/** Goes to a screen by its address, as a link or the back button would. */
export async function goToHash(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

/** Signs in through the form by its fields' ids (whatever language the page speaks). */
export async function signInById(page: Page, userId: string): Promise<void> {
  await page.locator('#sign-in-user').fill(userId);
  await page.locator('#sign-in-password').fill(DEMO_PASSWORD);
  await page.locator('#sign-in-password').press('Enter');
  await expect(page.locator('.signed-in-user')).toBeVisible();
}

/** A server on a copy of the demo, and one signed-in page per user, for one locale. */
export class LocaleSession {
  server!: RunningServer;
  private dataDir = '';
  private readonly contexts: BrowserContext[] = [];
  private readonly pages = new Map<string, Page>();

  constructor(
    private readonly browser: Browser,
    readonly locale: string,
  ) {}

  async start(): Promise<void> {
    this.dataDir = mkdtempSync(join(tmpdir(), 'jalon-a11y-'));
    const dbPath = join(this.dataDir, 'jalon.db');
    copyFileSync(templateDatabase(), dbPath);
    this.server = await startServer(dbPath, this.dataDir);
  }

  async stop(): Promise<void> {
    for (const context of this.contexts) await context.close();
    if (this.server) await stopServer(this.server);
    if (this.dataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** A fresh page of this locale at the server's address, not signed in. */
  async newPage(): Promise<Page> {
    const context = await this.browser.newContext({
      locale: this.locale,
      viewport: { width: 1440, height: 1000 },
    });
    this.contexts.push(context);
    const page = await context.newPage();
    await page.goto(this.server.url);
    return page;
  }

  /** The page of this user, signed in once and kept for the group. */
  async pageOf(userId: string): Promise<Page> {
    const known = this.pages.get(userId);
    if (known) return known;
    const page = await this.newPage();
    await signInById(page, userId);
    this.pages.set(userId, page);
    return page;
  }
}
