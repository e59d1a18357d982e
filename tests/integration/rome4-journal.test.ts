// A 2026 journal written in ROME 4.0 codes, end to end through the handlers on a real
// SQLite file: imported without a warning, named on the seeker page and in the report,
// its narrow search answered with the ROME 4.0 mobilities of its code, then its parent's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Services } from '../../server/api/handlers';
import type { ImportJob } from '../../shared/api/contract';
import { openDatabase } from '../../server/db/database';
import { addTestUsers, apiFor } from '../helpers/api';
import { action, seeker, writeJsonl } from '../helpers/journals';
import { testReferentials, testServices } from '../helpers/services';
import { useTempDir } from '../helpers/temp-dir';

const AS_OF = '2026-10-20';
/** ROME 4.0 (v460) « Concepteur / Conceptrice paysagiste », under the classic F1101. */
const LANDSCAPE_DESIGNER = 'A1206';
const refs = testReferentials();

// Four months of applications to the one ROME 4.0 job, never an interview.
const narrowMonths = ['2026-06', '2026-07', '2026-08', '2026-09'].map((period, m) => ({
  period,
  submitted_at: `${period}-28T18:00:00Z`,
  entered_by: 'seeker',
  mood: 3,
  comment: null,
  actions: (['no_response', 'rejected', 'pending'] as const).map((outcome, i) =>
    action(`P1-${m}-${i}`, `${period}-${String(5 + 7 * i).padStart(2, '0')}`, {
      rome: LANDSCAPE_DESIGNER,
      outcome,
    }),
  ),
}));

describe('a journal in ROME 4.0 codes', () => {
  const tempDir = useTempDir('jalon-rome4-');
  let db: Database;
  let services: Services;
  const { call } = apiFor(() => services, 'CNS-01');
  const admin = apiFor(() => services, 'admin');
  let job: ImportJob;

  beforeAll(async () => {
    db = openDatabase(join(tempDir(), 'jalon.db'));
    services = testServices(db, { now: () => new Date(`${AS_OF}T09:00:00Z`) });
    addTestUsers(services);
    const journal = seeker('P1', {
      registered_on: '2026-05-11',
      ore: { rome: [LANDSCAPE_DESIGNER], max_distance_km: 30, contracts: ['CDI'] },
      months: narrowMonths,
    });
    const file = writeJsonl(join(tempDir(), 'journaux-2026.jsonl'), [journal]);
    const started = await admin.call('import.start', {
      files: [services.staged.stagePath(file).id],
    });
    await services.imports.idle();
    job = await admin.call('import.status', { jobId: started.id });
  });

  afterAll(async () => {
    await services.dispose();
    db.close();
  });

  it('is imported without a warning', () => {
    expect(job.summary).toMatchObject({
      imported: 1,
      rejected: 0,
      warnings: 0,
      issues: { issues: [], kept: 0 },
    });
  });

  it('shows the code’s label and grand domaine on the seeker page and in the report', async () => {
    const page = await call('seeker.get', { seekerId: 'P1', asOf: AS_OF });
    expect(page.romeLabels[LANDSCAPE_DESIGNER]).toBe('Concepteur / Conceptrice paysagiste');
    const narrow = page.analysis.signals.find((s) => s.id === 'narrow_search');
    expect(narrow?.evidence[0]?.params).toMatchObject({
      code: LANDSCAPE_DESIGNER,
      label: 'Concepteur / Conceptrice paysagiste',
    });
    // The charts mark the ORE's grand domaine: the parent's, where the analysis counts it.
    expect(page.oreFamilies).toEqual(['F']);
    const report = await call('report.get', { seekerId: 'P1', asOf: AS_OF, locale: 'fr' });
    expect(report.page.romeLabels[LANDSCAPE_DESIGNER]).toBe('Concepteur / Conceptrice paysagiste');
  });

  it('answers its narrow search with its ROME 4.0 mobilities, each named', async () => {
    const page = await call('seeker.get', { seekerId: 'P1', asOf: AS_OF });
    const broaden = page.analysis.recommendations.find((r) => r.id === 'broaden_search');
    // The default five suggestions: the first five ranked links of v460.
    expect(broaden?.suggestedRome).toEqual(
      ['F1104', 'K2401', 'F1205', 'M1102', 'M1302'].map((code) => ({
        code,
        label: refs.rome(code)!.label,
        kind: 'rome4',
        from: [LANDSCAPE_DESIGNER],
      })),
    );
    for (const s of broaden!.suggestedRome!) expect(page.romeLabels[s.code]).toBe(s.label);
  });

  it('says which ROME releases are in use', async () => {
    const info = await call('app.info', {});
    expect(info.reference).toEqual({
      rome4Version: '460',
      rome4Fiches: 1_584,
      classicFiches: 532,
      typedMobilityVersion: '333',
    });
  });
});
