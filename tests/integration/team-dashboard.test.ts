// The team lead's dashboard through the handlers, as IPC and HTTP call them, on real
// SQLite files: who may see it, that its figures now are the caseload grid's, that its
// months are what the engine finds at each month's end, and the months declared.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { attentionBand } from '../../shared/analysis/attention-bands';
import { SIGNAL_IDS } from '../../shared/analysis/types';
import type { SignalId } from '../../shared/analysis/types';
import type { CaseloadRow } from '../../shared/api/contract';
import type { CounsellorFigures, TeamDashboard } from '../../shared/api/team-dashboard';
import type { Services } from '../../server/api/handlers';
import { openDatabase } from '../../server/db/database';
import { createUserRepository } from '../../server/db/user-repository';
import { importDemoCaseload } from '../../server/demo/demo-database';
import { addDemoUsers } from '../../server/demo/demo-users';
import { loadReferentials } from '../../server/reference/load-reference';
import { apiFor } from '../helpers/api';
import { action, seeker, writeJsonl } from '../helpers/journals';
import { useTempDir } from '../helpers/temp-dir';
import { testServices } from '../helpers/services';

const refs = loadReferentials();

function servicesOn(db: Database, today: string): Services {
  return testServices(db, { refs, now: () => new Date(`${today}T09:00:00Z`) });
}

function figuresOf(figures: readonly CounsellorFigures[], counsellorId: string): CounsellorFigures {
  const found = figures.find((f) => f.counsellorId === counsellorId);
  if (!found) throw new Error(`no figures for ${counsellorId}`);
  return found;
}

function signalCounts(signalLists: readonly (readonly SignalId[])[]): Record<SignalId, number> {
  const counts = Object.fromEntries(SIGNAL_IDS.map((id) => [id, 0])) as Record<SignalId, number>;
  for (const list of signalLists) for (const id of list) counts[id] += 1;
  return counts;
}

function bandCounts(scores: readonly number[]) {
  const bands = { high: 0, medium: 0, low: 0 };
  for (const score of scores) bands[attentionBand(score)] += 1;
  return bands;
}

describe('team.dashboard on a demo caseload', () => {
  const AS_OF = '2026-10-20';
  let dir: string;
  let db: Database;
  let services: Services;
  const lead = apiFor(() => services, 'RE-1');
  let dashboard: TeamDashboard;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'jalon-team-'));
    db = openDatabase(join(dir, 'jalon.db'));
    await importDemoCaseload(db, { seekers: 120, months: 24, seed: 7, endPeriod: '2026-10' });
    services = servicesOn(db, AS_OF);
    dashboard = await lead.call('team.dashboard', { asOf: AS_OF });
  }, 60_000);

  afterAll(async () => {
    await services.dispose();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives a team lead their own team’s counsellors, by name, and no one else', async () => {
    expect(dashboard).toMatchObject({ team: 'EQ-1', asOf: AS_OF });
    expect(dashboard.current.map((c) => c.counsellorId)).toEqual([
      'CNS-01',
      'CNS-02',
      'CNS-03',
      'CNS-04',
    ]);
    expect(dashboard.current[0]!.displayName).toBe('Nathalie Fournier');
    const other = await apiFor(() => services, 'RE-2').call('team.dashboard', { asOf: AS_OF });
    expect(other.team).toBe('EQ-2');
    expect(other.current.map((c) => c.counsellorId)).toEqual([
      'CNS-05',
      'CNS-06',
      'CNS-07',
      'CNS-08',
    ]);
  });

  it('refuses every other role, and anyone not signed in', async () => {
    for (const userId of ['CNS-01', 'CTRL-1', 'admin']) {
      const reply = await apiFor(() => services, userId).send('team.dashboard', { asOf: AS_OF });
      expect(reply, userId).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const nobody = await apiFor(() => services, null).send('team.dashboard', { asOf: AS_OF });
    expect(nobody).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses a team lead without a team, and a date that is not one', async () => {
    createUserRepository(db).add(
      { userId: 'RE-0', displayName: 'Sans équipe', role: 'team_lead', team: null },
      'un mot de passe assez long',
    );
    const reply = await apiFor(() => services, 'RE-0').send('team.dashboard', { asOf: AS_OF });
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const badDate = await lead.send('team.dashboard', { asOf: '20/10/2026' });
    expect(badDate).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    expect(JSON.stringify(badDate)).toContain('expected a date YYYY-MM-DD');
  });

  it('counts now what the caseload grid shows of each portfolio', async () => {
    const totals = { seekers: 0, withSignals: 0 };
    for (const figures of dashboard.current) {
      const { rows } = await lead.call('caseload.list', {
        counsellorId: figures.counsellorId,
        asOf: AS_OF,
      });
      expect(figures.portfolioSize).toBe(rows.length);
      expect(figures.attention).toEqual(bandCounts(rows.map((r: CaseloadRow) => r.attention)));
      expect(figures.signals).toEqual(signalCounts(rows.map((r: CaseloadRow) => r.signals)));
      totals.seekers += rows.length;
      totals.withSignals += rows.filter((r) => r.signals.length > 0).length;
    }
    // The comparison means something only if the demo has people and signals.
    expect(totals.seekers).toBeGreaterThan(20);
    expect(totals.withSignals).toBeGreaterThan(5);
  });

  it('looks back over the 12 months ending with asOf’s, at each month’s last day', () => {
    expect(dashboard.history.map((m) => m.period)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
    ]);
    expect(dashboard.history.map((m) => m.asOf).slice(0, 4)).toEqual([
      '2025-11-30',
      '2025-12-31',
      '2026-01-31',
      '2026-02-28',
    ]);
    expect(dashboard.history.at(-1)!.asOf).toBe(AS_OF);
    expect(dashboard.declaredWindow).toEqual({ from: '2025-11', to: '2026-09' });
  });

  it('finds at each month’s end what the engine finds at that date', () => {
    for (const month of dashboard.history) {
      for (const figures of month.counsellors) {
        const registered = services.context.journals
          .portfolio(figures.counsellorId)
          .filter((j) => j.registered_on <= month.asOf);
        const analyses = registered.map((j) => services.context.analyse(j, month.asOf, []));
        const where = `${figures.counsellorId} at ${month.asOf}`;
        expect(figures.portfolioSize, where).toBe(registered.length);
        expect(figures.attention, where).toEqual(bandCounts(analyses.map((a) => a.attention)));
        expect(figures.signals, where).toEqual(
          signalCounts(analyses.map((a) => a.signals.map((s) => s.id))),
        );
      }
    }
  });

  it('moves over the year: the months do not all say the same', () => {
    const highPerMonth = dashboard.history.map((m) =>
      m.counsellors.reduce((n, c) => n + c.attention.high, 0),
    );
    expect(new Set(highPerMonth).size).toBeGreaterThan(1);
  });

  it('answers the same from its cache on a second visit', async () => {
    const again = await lead.call('team.dashboard', { asOf: AS_OF });
    expect(again).toEqual(dashboard);
  });
});

describe('team.dashboard: months declared', () => {
  const AS_OF = '2026-10-29';
  const tempDir = useTempDir();
  let db: Database;
  let services: Services;
  const lead = apiFor(() => services, 'RE-1');

  /** A declared month with one action on its 10th. */
  const month = (seekerId: string, period: string) => ({
    period,
    submitted_at: `${period}-28T18:00:00Z`,
    entered_by: 'seeker',
    mood: 3,
    comment: null,
    actions: [action(`${seekerId}-${period}`, `${period}-10`)],
  });
  const periodsFrom = (first: string, last: string): string[] => {
    const out: string[] = [];
    for (let [y, m] = first.split('-').map(Number) as [number, number]; ; m++) {
      if (m > 12) [y, m] = [y + 1, 1];
      const period = `${y}-${String(m).padStart(2, '0')}`;
      out.push(period);
      if (period === last) return out;
    }
  };

  // Hashing the demo users' passwords is slow: the database is built once, copied per test.
  let template: string;
  beforeAll(async () => {
    template = mkdtempSync(join(tmpdir(), 'jalon-team-declared-'));
    db = openDatabase(join(template, 'jalon.db'));
    addDemoUsers(db);
    services = servicesOn(db, AS_OF);
    // A: registered in June 2025, declares every month but March and July 2026.
    // B: registered mid-August 2026, declares August only. C: another team's.
    const aMonths = periodsFrom('2025-06', '2026-10').filter(
      (p) => p !== '2026-03' && p !== '2026-07',
    );
    const file = writeJsonl(join(template, 'journaux.jsonl'), [
      seeker('A', {
        registered_on: '2025-06-10',
        digital_access: false,
        benefit_end: null,
        months: aMonths.map((p) => month('A', p)),
      }),
      seeker('B', { registered_on: '2026-08-15', months: [month('B', '2026-08')] }),
      seeker('C', { counsellor_id: 'CNS-05', months: [] }),
    ]);
    await lead.call('import.start', { files: [services.staged.stagePath(file).id] });
    await services.imports.idle();
    await services.dispose();
    db.close();
  }, 60_000);

  afterAll(() => rmSync(template, { recursive: true, force: true }));

  beforeEach(() => {
    const path = join(tempDir(), 'jalon.db');
    copyFileSync(join(template, 'jalon.db'), path);
    db = openDatabase(path);
    services = servicesOn(db, AS_OF);
  });

  afterEach(async () => {
    await services.dispose();
    db.close();
  });

  const at = (d: TeamDashboard, period: string) =>
    figuresOf(d.history.find((m) => m.period === period)!.counsellors, 'CNS-01');

  it('counts the months due since registration, once their declaration has closed', async () => {
    const d = await lead.call('team.dashboard', { asOf: AS_OF });
    // On 29 October, October is being declared (until 15 November): September is the last due.
    expect(d.declaredWindow).toEqual({ from: '2025-11', to: '2026-09' });
    // A owes the 11 months of the window and missed 2; B owes August and September, gave 1.
    expect(figuresOf(d.current, 'CNS-01')).toMatchObject({
      portfolioSize: 2,
      declaredMonths: 10,
      dueMonths: 13,
    });
    expect(figuresOf(d.current, 'CNS-01').declaredShare).toBeCloseTo(10 / 13);
    expect(figuresOf(d.current, 'CNS-02')).toMatchObject({ portfolioSize: 0, declaredShare: null });
    expect(at(d, '2025-11')).toMatchObject({ portfolioSize: 1, declaredShare: 1 });
    expect(at(d, '2026-03')).toMatchObject({ portfolioSize: 1, declaredShare: 0 });
    // At the end of March, March is pending; at the end of April it is missing.
    expect(at(d, '2026-03').signals.missing_declarations).toBe(0);
    expect(at(d, '2026-04').signals.missing_declarations).toBe(1);
    expect(at(d, '2026-07')).toMatchObject({ portfolioSize: 1, declaredShare: 0 });
    expect(at(d, '2026-08')).toMatchObject({ portfolioSize: 2, declaredMonths: 2, dueMonths: 2 });
    expect(at(d, '2026-09')).toMatchObject({ portfolioSize: 2, declaredMonths: 1, dueMonths: 2 });
    expect(at(d, '2026-10')).toMatchObject({ portfolioSize: 2, dueMonths: 0, declaredShare: null });
  });

  it('leaves the month just ended out until its declaration closes on the 15th', async () => {
    const d = await lead.call('team.dashboard', { asOf: '2026-10-20' });
    expect(d.declaredWindow).toEqual({ from: '2025-11', to: '2026-09' });
    expect(at(d, '2026-10')).toMatchObject({ dueMonths: 0, declaredShare: null });
    expect(figuresOf(d.current, 'CNS-01')).toMatchObject({ declaredMonths: 10, dueMonths: 13 });
  });

  it('follows a journal that changed since the last visit', async () => {
    const before = await lead.call('team.dashboard', { asOf: AS_OF });
    expect(at(before, '2026-04').signals.missing_declarations).toBe(1);
    await apiFor(() => services, 'CNS-01').call('journal.enterMonth', {
      seekerId: 'A',
      asOf: AS_OF,
      month: { period: '2026-03', mood: null, comment: null, actions: [] },
    });
    const after = await lead.call('team.dashboard', { asOf: AS_OF });
    expect(at(after, '2026-03')).toMatchObject({ declaredShare: 1 });
    expect(at(after, '2026-04').signals.missing_declarations).toBe(0);
    expect(figuresOf(after.current, 'CNS-01').declaredMonths).toBe(11);
  });
});
