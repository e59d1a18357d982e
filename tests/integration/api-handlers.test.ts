// The handler object behind both transports, called through the dispatcher exactly as
// IPC and HTTP call it, on a real SQLite file holding a small demo caseload.
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { CHANNELS } from '../../shared/api/contract';
import type { Handlers } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import type { Services } from '../../server/api/handlers';
import { apiFor, counsellorOf } from '../helpers/api';
import { seeker, writeJsonl } from '../helpers/journals';
import { demoDatabase, testServices, TEST_NOW } from '../helpers/services';
import { reasonText } from '../../shared/journal/reason-text';

const AS_OF = '2026-10-20';

describe('API handlers on a demo caseload', () => {
  let dir: string;
  let db: Database;
  let services: Services;
  const errors: unknown[] = [];

  // The team lead reads the team's portfolios; changes are their counsellor's.
  const { call, send } = apiFor(() => services, 'RE-1');
  const admin = apiFor(() => services, 'admin');
  const owner = (seekerId: string) => apiFor(() => services, counsellorOf(services, seekerId));

  beforeAll(async () => {
    ({ dir, db } = await demoDatabase('jalon-api-', { seekers: 60, months: 18, seed: 7 }));
    services = testServices(db, { now: TEST_NOW, logError: (e) => errors.push(e) });
  }, 60_000);

  afterAll(async () => {
    await services.dispose();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('app.info says it is the demo, who is signed in, and lists the team’s counsellors', async () => {
    const info = await call('app.info', {});
    expect(info).toMatchObject({ demo: true, mode: 'browser', today: '2026-10-20' });
    expect(info.user).toMatchObject({ userId: 'RE-1', role: 'team_lead', team: 'EQ-1' });
    expect(info.counsellors.map((c) => c.id)).toEqual(['CNS-01', 'CNS-02', 'CNS-03', 'CNS-04']);
    expect(info.counsellors[0]!.displayName).toBeTruthy();
  });

  it('caseload.list gives the team’s seekers, most urgent first, with the grid columns', async () => {
    const info = await call('app.info', {});
    const caseload = await call('caseload.list', { counsellorId: null, asOf: AS_OF });
    expect(caseload.rows).toHaveLength(info.counsellors.reduce((n, c) => n + c.seekers, 0));
    expect(caseload.rows.length).toBeGreaterThan(5);
    const attention = caseload.rows.map((r) => r.attention);
    expect(attention).toEqual([...attention].sort((a, b) => b - a));
    expect(caseload.activityPeriods).toHaveLength(12);
    expect(caseload.activityPeriods.at(-1)).toBe('2026-10');
    expect(attention.some((a) => a > 0)).toBe(true);

    // Its aggregates agree with the journal itself.
    const row = caseload.rows.find((r) => r.monthsFollowed > 3)!;
    const page = await call('seeker.get', { seekerId: row.seekerId, asOf: AS_OF });
    expect(row.monthsFollowed).toBe(page.journal.months.length);
    expect(row.lastDeclaration).toBe(page.journal.months.at(-1)!.period);
    const recent = page.journal.months
      .flatMap((m) => m.actions)
      .filter((a) => a.date > '2026-09-20' && a.date <= AS_OF).length;
    expect(row.actionsLast30Days).toBe(recent);
    // Actions of the month dated after the reference date do not count yet.
    const october =
      page.journal.months
        .find((m) => m.period === '2026-10')
        ?.actions.filter((a) => a.date <= AS_OF).length ?? 0;
    expect(row.activity.at(-1)).toBe(october);
    expect(row.attention).toBe(page.analysis.attention);
  });

  it('caseload.list of one counsellor gives only their portfolio', async () => {
    const info = await call('app.info', {});
    const counsellor = info.counsellors[0]!;
    const caseload = await call('caseload.list', { counsellorId: counsellor.id, asOf: AS_OF });
    expect(caseload.rows).toHaveLength(counsellor.seekers);
    expect(new Set(caseload.rows.map((r) => r.counsellorId))).toEqual(new Set([counsellor.id]));
  });

  it('seeker.get of an unknown seeker answers not_found', async () => {
    const reply = await send('seeker.get', {
      seekerId: 'NOPE',
      asOf: AS_OF,
    });
    expect(reply).toEqual({ ok: false, error: { code: 'not_found', message: 'no seeker NOPE' } });
  });

  it('an accepted recommendation joins the action plan once, and stays there', async () => {
    const { rows } = await call('caseload.list', { counsellorId: null, asOf: AS_OF });
    const row = rows.find((r) => r.topRecommendation !== null)!;
    const counsellor = owner(row.seekerId);
    const first = await counsellor.call('recommendation.accept', {
      seekerId: row.seekerId,
      recommendationId: row.topRecommendation!,
      asOf: AS_OF,
    });
    const again = await counsellor.call('recommendation.accept', {
      seekerId: row.seekerId,
      recommendationId: row.topRecommendation!,
      asOf: AS_OF,
    });
    expect(again).toEqual(first);
    const page = await call('seeker.get', { seekerId: row.seekerId, asOf: AS_OF });
    expect(page.actionPlan).toEqual([first]);
    expect(first).toMatchObject({ recommendationId: row.topRecommendation, status: 'todo' });
  });

  it('an accepted recommendation keeps its due date; withdrawn from the plan, it can be accepted anew', async () => {
    const { rows } = await call('caseload.list', { counsellorId: null, asOf: AS_OF });
    // Not the person of the test above, whose recommendation is already in the plan.
    const row = rows.filter((r) => r.topRecommendation !== null).at(-1)!;
    const counsellor = owner(row.seekerId);
    const target = { seekerId: row.seekerId, recommendationId: row.topRecommendation! };
    const accepted = await counsellor.call('recommendation.accept', {
      ...target,
      asOf: AS_OF,
      dueOn: '2026-11-17',
    });
    expect(accepted).toMatchObject({ status: 'todo', dueOn: '2026-11-17' });

    // « Retirer du plan »: the item is cancelled, and kept as such.
    await counsellor.call('plan.update', {
      seekerId: row.seekerId,
      itemId: accepted.id,
      status: 'cancelled',
    });
    const again = await counsellor.call('recommendation.accept', {
      ...target,
      asOf: AS_OF,
      dueOn: null,
    });
    expect(again.id).not.toBe(accepted.id);
    expect(again).toMatchObject({ status: 'todo', dueOn: null });
    const page = await call('seeker.get', { seekerId: row.seekerId, asOf: AS_OF });
    expect(page.actionPlan.map((item) => [item.id, item.status])).toEqual([
      [accepted.id, 'cancelled'],
      [again.id, 'todo'],
    ]);
  });

  it('a dismissed recommendation needs a reason, is no longer proposed, and leaves the grid', async () => {
    const { rows } = await call('caseload.list', { counsellorId: null, asOf: AS_OF });
    const row = rows.find((r) => r.topRecommendation !== null && r.attention > 20)!;
    const id = row.topRecommendation!;
    const counsellor = owner(row.seekerId);
    const noReason = await counsellor.send('recommendation.dismiss', {
      seekerId: row.seekerId,
      recommendationId: id,
      asOf: AS_OF,
      reason: '  ',
    });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });

    await counsellor.call('recommendation.dismiss', {
      seekerId: row.seekerId,
      recommendationId: id,
      asOf: AS_OF,
      reason: 'Déjà orienté vers cet atelier',
    });
    const page = await call('seeker.get', { seekerId: row.seekerId, asOf: AS_OF });
    expect(page.analysis.recommendations.map((r) => r.id)).not.toContain(id);
    expect(page.dismissals).toEqual([
      { recommendationId: id, reason: 'Déjà orienté vers cet atelier', dismissedOn: AS_OF },
    ]);
    const after = await call('caseload.list', { counsellorId: null, asOf: AS_OF });
    expect(after.rows.find((r) => r.seekerId === row.seekerId)!.topRecommendation).not.toBe(id);

    // A later reference date recomputes every stored result, still without it.
    const later = await call('caseload.list', { counsellorId: null, asOf: '2026-10-27' });
    expect(later.rows.find((r) => r.seekerId === row.seekerId)!.topRecommendation).not.toBe(id);

    const twice = await counsellor.send('recommendation.dismiss', {
      seekerId: row.seekerId,
      recommendationId: id,
      asOf: AS_OF,
      reason: 'encore',
    });
    expect(twice).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('the dispatcher refuses unknown channels and bad arguments before any handler runs', async () => {
    expect(await send('db.drop', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_channel' },
    });
    expect(await send('__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_channel' },
    });
    const bad = await send('caseload.list', {
      counsellorId: null,
      asOf: '20/10/2026',
      extra: 1,
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    if (!bad.ok) expect(bad.error.message).toMatch(/asOf: expected a date YYYY-MM-DD/);
  });

  it('an unexpected failure answers internal, without its details', async () => {
    const failing = {
      ...services.handlers,
      'app.info': () => {
        throw new Error('disk on fire at /secret/path');
      },
    } satisfies Handlers;
    const logged: unknown[] = [];
    const reply = await dispatch(failing, 'app.info', {}, services.contextFor(null), {
      logError: (_c, e) => logged.push(e),
    });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'internal', message: 'app.info: an unexpected error occurred' },
    });
    expect(logged).toHaveLength(1);
  });

  it('every channel of the contract has a handler', () => {
    for (const channel of CHANNELS) expect(typeof services.handlers[channel]).toBe('function');
  });

  it('the browser mode has no native dialogs', async () => {
    expect(await admin.send('files.chooseForImport', {})).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
  });

  it('an import job stages, imports, reports its rejected lines and forgets the file', async () => {
    const file = writeJsonl(join(dir, 'new.jsonl'), [
      seeker('NEW-1', { counsellor_id: 'CNS-01' }),
      '{"seeker_id": "broken"',
      seeker('NEW-2', { months: 'none' }),
    ]);
    const staged = services.staged.stagePath(file);
    const started = await admin.call('import.start', { files: [staged.id] });
    expect(started.state).toBe('running');
    await services.imports.idle();
    const job = await admin.call('import.status', { jobId: started.id });
    expect(job.state).toBe('completed');
    expect(job.summary).toMatchObject({ imported: 1, rejected: 2 });
    expect(job.summary!.issues.issues.map((i) => i.line)).toEqual([2, 3]);
    expect(job.summary!.issues).toMatchObject({ kept: 2, nextFrom: null });
    expect(reasonText(job.summary!.issues.issues[1]!.reason, 'en')).toMatch(/months/);
    // The staged id is spent: importing it again is refused.
    const again = await admin.send('import.start', { files: [staged.id] });
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const caseload = await call('caseload.list', { counsellorId: 'CNS-01', asOf: AS_OF });
    expect(caseload.rows.map((r) => r.seekerId)).toContain('NEW-1');
  });

  it('a file the import cannot read fails the job with its reason', async () => {
    const staged = services.staged.stagePath(writeJsonl(join(dir, 'notes.txt'), ['x']));
    const started = await admin.call('import.start', { files: [staged.id] });
    await services.imports.idle();
    const job = await admin.call('import.status', { jobId: started.id });
    expect(job).toMatchObject({ state: 'failed', error: { code: 'import_input' } });
    expect(job.error!.message).toMatch(/unknown file type \.txt/);
    expect(errors).toEqual([]);
  });
});
