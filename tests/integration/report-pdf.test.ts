// The diagnostic interview report end to end on real demo database files: report.get and
// report.exportPdf through the dispatcher as each role (the print session they open may
// read that one report and nothing else), then `jalon report` printing a real PDF with
// the system's Chromium, read back with poppler (pdftotext, pdfinfo, pdftoppm).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { CallContext } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import { BROWSER_PLATFORM } from '../../server/api/handlers';
import type { Platform, Services } from '../../server/api/handlers';
import type { ReportPrintJob } from '../../server/api/platform';
import { createAuditRepository } from '../../server/db/audit-repository';
import { openDatabase } from '../../server/db/database';
import { importDemoCaseload } from '../../server/demo/demo-database';
import { countPdfPages } from '../../server/report/pdf-pages';
import { apiFor } from '../helpers/api';
import { jalon } from '../helpers/cli';
import { ensureRendererBuilt } from '../helpers/renderer-build';
import { requireSystemTools } from '../helpers/system-tools';
import { useTempDir } from '../helpers/temp-dir';
import { testServices, TEST_NOW } from '../helpers/services';

const AS_OF = '2026-10-20';
const SECTION_TITLES = [
  'Identité',
  'Offre raisonnable d’emploi (ORE)',
  'Synthèse du journal',
  'Indicateurs mois par mois',
  'Signaux et faits observés',
  'Sujets à aborder en entretien',
  'Recommandations',
];
const FAKE_PDF = new TextEncoder().encode('%PDF-1.7\n<< /Type /Page >>\n%%EOF\n');

let templateDir: string;
let template: string;

beforeAll(async () => {
  templateDir = mkdtempSync(join(tmpdir(), 'jalon-report-'));
  template = join(templateDir, 'demo.db');
  const demo = openDatabase(template);
  await importDemoCaseload(demo, { seekers: 60, months: 12, seed: 5, endPeriod: '2026-10' });
  demo.pragma('journal_mode = DELETE');
  demo.close();
}, 60_000);

afterAll(() => rmSync(templateDir, { recursive: true, force: true }));

function seekerOf(db: Database, counsellorId: string): string {
  const row = db
    .prepare<{ counsellor_id: string }, { seeker_id: string }>(
      'SELECT seeker_id FROM seekers WHERE counsellor_id = @counsellor_id ORDER BY seeker_id LIMIT 1',
    )
    .get({ counsellor_id: counsellorId });
  if (!row) throw new Error(`no seeker for ${counsellorId}`);
  return row.seeker_id;
}

describe('report.get and report.exportPdf through the handlers', () => {
  const tempDir = useTempDir('jalon-report-api-');
  let db: Database;
  let services: Services;
  /** What each print session could do: its report, the seeker page, another person's report. */
  let printed: {
    job: ReportPrintJob;
    report: unknown;
    seekerPage: unknown;
    otherReport: unknown;
  }[];
  let saveAnswer: boolean;

  /** A printer standing in for Chromium: it calls the API as the page would, with the job's session. */
  const fakePrinter = (mode: Platform['mode']): Platform => ({
    ...BROWSER_PLATFORM,
    mode,
    savePdfFile: async () => saveAnswer,
    async printReport(job) {
      const context: CallContext = services.contextFor(job.session);
      const args = { seekerId: job.seekerId, asOf: job.asOf };
      const other = { ...args, seekerId: seekerOf(db, 'CNS-02') };
      printed.push({
        job,
        report: await dispatch(services.handlers, 'report.get', args, context),
        seekerPage: await dispatch(services.handlers, 'seeker.get', args, context),
        otherReport: await dispatch(services.handlers, 'report.get', other, context),
      });
      return FAKE_PDF;
    },
  });

  function open(mode: Platform['mode']) {
    const path = join(tempDir(), 'jalon.db');
    copyFileSync(template, path);
    db = openDatabase(path);
    services = testServices(db, { platform: fakePrinter(mode), now: TEST_NOW });
  }

  beforeEach(() => {
    printed = [];
    saveAnswer = true;
    open('browser');
  });

  afterEach(async () => {
    await services.dispose();
    db.close();
  });

  /** The trail's entries about this seeker, oldest first. */
  const auditOf = (seekerId: string) => createAuditRepository(db).ofSeeker(seekerId);

  it('gives the seeker page, its key figures and topics, read-only, to the counsellor', async () => {
    const seekerId = seekerOf(db, 'CNS-01');
    const report = await apiFor(() => services, 'CNS-01').call('report.get', {
      seekerId,
      asOf: AS_OF,
    });
    expect(report.page.journal.seeker_id).toBe(seekerId);
    expect(report.page.canEdit).toBe(false);
    expect(report.page.analysis.asOf).toBe(AS_OF);
    expect(report.keyFigures.monthsCovered).toBe(report.page.analysis.indicators.length);
    expect(report.keyFigures.lastPeriod).toBe('2026-10');
    expect(report.topics.length).toBeGreaterThan(0);
    expect(report.preparedBy).toBe(services.context.users.get('CNS-01')!.displayName);
    expect(report.preparedAt).toBe('2026-10-20T09:00:00.000Z');
  });

  it('words the topics in the reader’s language and prints the PDF in it', async () => {
    const seekerId = seekerOf(db, 'CNS-01');
    const api = apiFor(() => services, 'CNS-01');
    const french = await api.call('report.get', { seekerId, asOf: AS_OF });
    const english = await api.call('report.get', { seekerId, asOf: AS_OF, locale: 'en' });
    expect(english.topics.map((t) => t.signal)).toEqual(french.topics.map((t) => t.signal));
    expect(english.topics.map((t) => t.subject)).not.toEqual(french.topics.map((t) => t.subject));
    expect(french.topics.at(-1)!.subject).toMatch(/^Présenter les services proposés/);
    expect(english.topics.at(-1)!.subject).toMatch(/^Present the proposed services/);
    expect(await api.send('report.get', { seekerId, asOf: AS_OF, locale: 'de' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_arguments' },
    });

    await api.call('report.exportPdf', { seekerId, asOf: AS_OF, locale: 'en' });
    await api.call('report.exportPdf', { seekerId, asOf: AS_OF });
    // The printing page is told the language; French when the caller said nothing.
    expect(printed.map((p) => p.job.locale)).toEqual(['en', 'fr']);
  });

  it('lets a team lead read their team’s reports; another portfolio’s look like no one’s', async () => {
    const ownTeam = seekerOf(db, 'CNS-02');
    const otherTeam = seekerOf(db, 'CNS-05');
    const args = (seekerId: string) => ({ seekerId, asOf: AS_OF });
    const code = async (userId: string, seekerId: string) => {
      const reply = await apiFor(() => services, userId).send('report.get', args(seekerId));
      return reply.ok ? 'ok' : reply.error.code;
    };
    expect(await code('RE-1', ownTeam)).toBe('ok');
    expect(await code('RE-1', otherTeam)).toBe('not_found');
    expect(await code('CNS-01', ownTeam)).toBe('not_found');
    // Roles that read no report at all are refused whoever the seeker.
    expect(await code('CTRL-1', ownTeam)).toBe('forbidden');
    expect(await code('admin', ownTeam)).toBe('forbidden');
    expect(await code('RE-1', 'DE-NOBODY')).toBe('not_found');
    expect(await apiFor(() => services, null).send('report.get', args(ownTeam))).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    const exported = await apiFor(() => services, 'RE-2').send('report.exportPdf', args(ownTeam));
    expect(exported).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(printed).toEqual([]);
  });

  it('prints through a session that reads this one report only, gone once printed', async () => {
    const seekerId = seekerOf(db, 'CNS-01');
    const result = await apiFor(() => services, 'CNS-01').call('report.exportPdf', {
      seekerId,
      asOf: AS_OF,
    });
    expect(result).toEqual({
      fileName: `entretien-${seekerId}-${AS_OF}.pdf`,
      saved: false,
      pdfBase64: Buffer.from(FAKE_PDF).toString('base64'),
    });
    const [print] = printed;
    expect(print!.job).toMatchObject({ seekerId, asOf: AS_OF });
    expect(print!.report).toMatchObject({ ok: true, value: { preparedBy: expect.any(String) } });
    expect(print!.seekerPage).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(print!.otherReport).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(services.sessions.resolve(print!.job.session)).toBeNull();
    expect(auditOf(seekerId)).toMatchObject([
      {
        actor: 'CNS-01',
        action: 'report',
        seekerId,
        details: { asOf: AS_OF, fileName: result.fileName, pages: 1 },
      },
    ]);
  });

  it('in the app, saves through the dialog, and records nothing when the person cancels', async () => {
    await services.dispose();
    db.close();
    open('electron');
    const seekerId = seekerOf(db, 'CNS-01');
    const api = apiFor(() => services, 'CNS-01');
    saveAnswer = false;
    expect(await api.call('report.exportPdf', { seekerId, asOf: AS_OF })).toMatchObject({
      saved: false,
      pdfBase64: null,
    });
    expect(auditOf(seekerId)).toEqual([]);
    saveAnswer = true;
    expect(await api.call('report.exportPdf', { seekerId, asOf: AS_OF })).toMatchObject({
      saved: true,
      pdfBase64: null,
    });
    expect(auditOf(seekerId)).toMatchObject([{ actor: 'CNS-01', action: 'report', seekerId }]);
  });
});

describe('jalon report', () => {
  const tempDir = useTempDir('jalon-report-cli-');

  beforeAll(() => {
    requireSystemTools(['chromium', 'pdftotext', 'pdfinfo', 'pdftoppm']);
    ensureRendererBuilt();
  }, 120_000);

  function demoCopy(): { db: string; seekerId: string; name: string } {
    const db = join(tempDir(), 'jalon.db');
    copyFileSync(template, db);
    const handle = openDatabase(db, { readonly: true });
    const seekerId = seekerOf(handle, 'CNS-03');
    const row = handle
      .prepare<{ id: string }, { first_name: string; last_name: string }>(
        'SELECT first_name, last_name FROM seekers WHERE seeker_id = @id',
      )
      .get({ id: seekerId })!;
    handle.close();
    return { db, seekerId, name: `${row.first_name} ${row.last_name}` };
  }

  it('writes a PDF whose text has the person, the date and every section, drawn on its pages', () => {
    const { db, seekerId, name } = demoCopy();
    const out = join(tempDir(), 'entretien.pdf');
    // In French, the CLI's language by default.
    const run = jalon(
      ['report', '--db', db, '--seeker', seekerId, '--out', out, '--as-of', AS_OF],
      {
        LANG: 'fr_FR.UTF-8',
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Jalon : .*entretien\.pdf écrit \(\d+ pages\)\n$/);

    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' });
    expect(text).toContain(name);
    expect(text).toContain('Situation au 20 octobre 2026');
    expect(text).toContain('Préparé par Ligne de commande');
    for (const title of SECTION_TITLES) expect(text).toContain(title);

    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(countPdfPages(readFileSync(out))).toBe(pages);

    const image = join(tempDir(), 'page');
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', out, image]);
    const png = readdirSync(tempDir()).find((f) => f.startsWith('page') && f.endsWith('.png'));
    expect(png).toBeDefined();
    // A blank A4 page at 50 dpi compresses to about 1 kB; text and rules make it several.
    expect(statSync(join(tempDir(), png!)).size).toBeGreaterThan(8_000);

    const handle = openDatabase(db, { readonly: true });
    const audit = createAuditRepository(handle);
    expect(audit.ofSeeker(seekerId)).toMatchObject([
      { actor: 'cli', action: 'report', seekerId, details: { asOf: AS_OF, pages } },
    ]);
    expect(audit.verify()).toMatchObject({ intact: true });
    handle.close();
  });

  it('writes the PDF in English, and says so in English, where the system is English', () => {
    const { db, seekerId } = demoCopy();
    const out = join(tempDir(), 'interview.pdf');
    const run = jalon(['report', '--db', db, '--seeker', seekerId, '--out', out, '--as-of', AS_OF]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Jalon: wrote .*interview\.pdf \(\d+ pages\)\n$/);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Prepared by Command line');
    expect(text).not.toContain('Préparé par');
  });

  it('refuses an unknown seeker with a clear message, leaving no file', () => {
    const { db } = demoCopy();
    const out = join(tempDir(), 'personne.pdf');
    const run = jalon(['report', '--db', db, '--seeker', 'DE-NOBODY', '--out', out]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toBe('jalon: no seeker "DE-NOBODY" in this database\n');
    expect(readdirSync(tempDir()).filter((f) => f.includes('personne'))).toEqual([]);
  });

  it('refuses a reference date that is not one before starting anything', () => {
    const { db, seekerId } = demoCopy();
    const out = join(tempDir(), 'x.pdf');
    const run = jalon([
      'report',
      '--db',
      db,
      '--seeker',
      seekerId,
      '--out',
      out,
      '--as-of',
      '20/10/2026',
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--as-of must be a date YYYY-MM-DD/);
    expect(existsSync(out)).toBe(false);
  });
});
