// The access log (who read whose file, and when) and the DPO's right-of-access export,
// on a real demo database: each read a person's page, report, history or portfolio
// leaves its entry, old entries are pruned, and the export holds every section.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { PersonDossier } from '../../shared/api/dpo';
import type { Services } from '../../server/api/handlers';
import { ACCESS_LOG_KEEP_DAYS } from '../../server/db/access-log-repository';
import { dispatch } from '../../shared/api/dispatch';
import { BROWSER_PLATFORM } from '../../server/api/handlers';
import { apiFor } from '../helpers/api';
import { demoDatabase, testServices } from '../helpers/services';

const AS_OF = '2026-10-20';
const DAY_MS = 24 * 60 * 60 * 1000;

describe('the access log', () => {
  let dir: string;
  let db: Database;
  let services: Services;
  let clock = new Date('2026-10-20T09:00:00Z');
  const as = (userId: string) => apiFor(() => services, userId);
  let own = '';
  let colleague = '';

  beforeAll(async () => {
    ({ dir, db } = await demoDatabase('jalon-access-', { seekers: 40, months: 8, seed: 5 }));
    services = testServices(db, { now: () => clock });
    const ofCounsellor = (id: string) =>
      db
        .prepare<[string], { seeker_id: string }>(
          'SELECT seeker_id FROM seekers WHERE counsellor_id = ? ORDER BY seeker_id',
        )
        .all(id)
        .map((r) => r.seeker_id);
    [own = '', colleague = ''] = ofCounsellor('CNS-01');
  });

  beforeEach(() => {
    clock = new Date('2026-10-20T09:00:00Z');
    db.prepare('DELETE FROM access_log').run();
  });

  afterAll(async () => {
    await services.dispose();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const log = () => services.context.accessLog.ofSeeker(own, 'CNS-01');

  it('records a counsellor opening a person’s page: who, their role, whose file, when', async () => {
    await as('CNS-01').call('seeker.get', { seekerId: own, asOf: AS_OF });
    expect(log()).toEqual([
      expect.objectContaining({
        at: '2026-10-20T09:00:00.000Z',
        reader: 'CNS-01',
        readerName: expect.any(String),
        readerRole: 'counsellor',
        what: 'seeker_page',
        seekerId: own,
        portfolio: null,
      }),
    ]);
    // A refused read leaves nothing: CNS-05 is in another team.
    await as('CNS-05').send('seeker.get', { seekerId: own, asOf: AS_OF });
    expect(log()).toHaveLength(1);
  });

  it('records a team’s portfolio read once, with its count, not once per person', async () => {
    const caseload = await as('RE-1').call('caseload.list', { counsellorId: null, asOf: AS_OF });
    const entries = db.prepare('SELECT * FROM access_log').all();
    expect(entries).toHaveLength(1);
    expect(log()).toEqual([
      expect.objectContaining({
        reader: 'RE-1',
        readerRole: 'team_lead',
        what: 'portfolio',
        seekerId: null,
        portfolio: ['CNS-01', 'CNS-02', 'CNS-03', 'CNS-04'],
        seekers: caseload.rows.length,
      }),
    ]);
  });

  it('records a report’s preview and a controller’s history view with its reason', async () => {
    await as('RE-1').call('report.get', { seekerId: own, asOf: AS_OF });
    await as('CTRL-1').call('history.get', { seekerId: own, reason: 'Contrôle de la recherche' });
    expect(log().map((e) => [e.reader, e.what, e.details])).toEqual([
      ['CTRL-1', 'history', { reason: 'Contrôle de la recherche' }],
      ['RE-1', 'report', { asOf: AS_OF }],
    ]);
  });

  it('records a report’s PDF once: the print session that renders it records nothing', async () => {
    const printed: string[] = [];
    const printing = testServices(db, {
      now: () => clock,
      platform: {
        ...BROWSER_PLATFORM,
        // The real page reads report.get through the print session; so does this printer.
        printReport: async (job) => {
          const page = await dispatch(
            printing.handlers,
            'report.get',
            { seekerId: job.seekerId, asOf: job.asOf },
            printing.contextFor(job.session),
          );
          printed.push(page.ok ? 'read' : 'refused');
          return Buffer.from('%PDF-1.7\n%%EOF\n', 'latin1');
        },
      },
    });
    try {
      await apiFor(() => printing, 'RE-1').call('report.exportPdf', { seekerId: own, asOf: AS_OF });
    } finally {
      await printing.dispose();
    }
    expect(printed).toEqual(['read']);
    expect(log()).toEqual([
      expect.objectContaining({ reader: 'RE-1', what: 'report_pdf', seekerId: own }),
    ]);
  });

  it(`keeps entries ${ACCESS_LOG_KEEP_DAYS} days: the first read of a later day prunes the older ones`, async () => {
    await as('CNS-01').call('seeker.get', { seekerId: own, asOf: AS_OF });
    clock = new Date(clock.getTime() + (ACCESS_LOG_KEEP_DAYS - 1) * DAY_MS);
    await as('CNS-01').call('seeker.get', { seekerId: colleague, asOf: AS_OF });
    expect(log()).toHaveLength(1);
    clock = new Date(clock.getTime() + 2 * DAY_MS);
    await as('CNS-01').call('seeker.get', { seekerId: colleague, asOf: AS_OF });
    expect(log()).toEqual([]);
    expect(services.context.accessLog.ofSeeker(colleague, 'none')).toHaveLength(2);
  });

  it('deletes a purged person’s entries and only theirs', async () => {
    await as('CNS-01').call('seeker.get', { seekerId: own, asOf: AS_OF });
    await as('CNS-01').call('seeker.get', { seekerId: colleague, asOf: AS_OF });
    expect(services.context.accessLog.deleteOfSeeker(own)).toBe(1);
    expect(log()).toEqual([]);
    expect(services.context.accessLog.ofSeeker(colleague, 'none')).toHaveLength(1);
  });

  it('tells the DPO who read a person’s file, typed in any case, and records the search', async () => {
    await as('CNS-01').call('seeker.get', { seekerId: own, asOf: AS_OF });
    await as('RE-1').call('caseload.list', { counsellorId: 'CNS-01', asOf: AS_OF });
    const found = await as('DPO-1').call('dpo.accessLog', { seekerId: own.toLowerCase() });
    expect(found).toMatchObject({ seekerId: own, counsellorId: 'CNS-01' });
    expect(found.reads.map((e) => [e.reader, e.what])).toEqual([
      ['RE-1', 'portfolio'],
      ['CNS-01', 'seeker_page'],
    ]);
    expect(log()[0]).toMatchObject({ reader: 'DPO-1', what: 'dpo_access_log', seekerId: own });
    expect(await as('DPO-1').send('dpo.accessLog', { seekerId: 'DE-999999' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('exports everything Jalon holds on a person as JSON: each section, audited', async () => {
    const page = await as('CNS-01').call('seeker.get', { seekerId: own, asOf: AS_OF });
    const [first, second] = page.analysis.recommendations;
    await as('CNS-01').call('recommendation.accept', {
      seekerId: own,
      recommendationId: first!.id,
      asOf: AS_OF,
    });
    await as('CNS-01').call('recommendation.dismiss', {
      seekerId: own,
      recommendationId: second!.id,
      asOf: AS_OF,
      reason: 'Déjà suivi par un partenaire',
    });
    await as('CNS-01').call('plan.add', { seekerId: own, label: 'Atelier CV', dueOn: null });
    await as('CNS-01').call('notes.add', { seekerId: own, text: 'Appel ce matin.' });
    await as('CTRL-1').call('history.get', { seekerId: own, reason: 'Contrôle de la recherche' });
    await as('RE-1').call('caseload.list', { counsellorId: null, asOf: AS_OF });

    const file = await as('DPO-1').call('dpo.export', { seekerId: own, format: 'json' });
    expect(file.fileName).toBe(`dossier-${own}-2026-10-20.json`);
    const dossier = JSON.parse(
      Buffer.from(file.base64!, 'base64').toString('utf8'),
    ) as PersonDossier;
    expect(dossier).toMatchObject({
      kind: 'jalon.person-dossier',
      seekerId: own,
      producedBy: 'DPO-1',
      journal: { seeker_id: own, first_name: page.journal.first_name },
    });
    expect(dossier.journal.months).toHaveLength(page.journal.months.length);
    expect(dossier.analysis).toMatchObject({ asOf: '2026-10-20' });
    expect(dossier.analysis.result.recommendations.length).toBeGreaterThan(0);
    expect(dossier.decisions.accepted.map((i) => i.recommendationId)).toEqual([first!.id]);
    expect(dossier.decisions.dismissed).toEqual([
      expect.objectContaining({
        recommendationId: second!.id,
        reason: 'Déjà suivi par un partenaire',
      }),
    ]);
    expect(dossier.plan.map((i) => i.label)).toContain('Atelier CV');
    expect(dossier.notes.map((n) => n.text)).toEqual(['Appel ce matin.']);
    expect(dossier.reads.map((e) => [e.reader, e.what])).toEqual([
      ['RE-1', 'portfolio'],
      ['CTRL-1', 'history'],
      ['CNS-01', 'seeker_page'],
    ]);
    // The trail is append-only: an earlier test's history view is there before these.
    expect(dossier.trail.slice(-5).map((e) => e.action)).toEqual([
      'recommendation.accept',
      'recommendation.dismiss',
      'plan.add',
      'note.add',
      'history.view',
    ]);
    expect(dossier.trail.at(-1)?.reason).toBe('Contrôle de la recherche');

    // The export itself: in the trail and the access log, with the file the server wrote.
    const trail = services.context.audit.ofSeeker(own);
    expect(trail.at(-1)).toMatchObject({
      actor: 'DPO-1',
      action: 'dpo.export',
      details: {
        format: 'json',
        fileName: file.fileName,
        bytes: Buffer.from(file.base64!, 'base64').byteLength,
      },
    });
    expect(log()[0]).toMatchObject({ reader: 'DPO-1', what: 'dpo_export', seekerId: own });
  });

  it('reads no portfolio for the DPO and exports nothing for anyone else', async () => {
    for (const [channel, args] of [
      ['caseload.list', { counsellorId: null, asOf: AS_OF }],
      ['seeker.get', { seekerId: own, asOf: AS_OF }],
      ['report.get', { seekerId: own, asOf: AS_OF }],
    ] as const) {
      expect(await as('DPO-1').send(channel, args)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    for (const userId of ['CNS-01', 'RE-1', 'admin', 'CTRL-1']) {
      expect(await as(userId).send('dpo.export', { seekerId: own, format: 'json' })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect(db.prepare('SELECT count(*) AS n FROM access_log').get()).toEqual({ n: 0 });
  });
});
