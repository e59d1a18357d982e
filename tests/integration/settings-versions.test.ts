// Versioned settings through the handlers, on a real SQLite file with the demo users:
// who may read and change them, a change made meanwhile, invalid changes refused with
// nothing stored, each version recorded and audited, and stored results recomputed
// with the new version (settings and catalogue) and naming it.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { editableSettings } from '../../shared/analysis/settings';
import { ApiCallError } from '../../shared/api/client';
import type { ArgsOf } from '../../shared/api/contract';
import type { SettingsView } from '../../shared/api/settings';
import { refreshAnalysesInWorkers } from '../../server/analysis/refresh-analyses';
import type { Services } from '../../server/api/handlers';
import { openDatabase } from '../../server/db/database';
import { importDemoCaseload } from '../../server/demo/demo-database';
import { loadReferentials } from '../../server/reference/load-reference';
import { apiFor } from '../helpers/api';
import { useTempDir } from '../helpers/temp-dir';
import { testServices, TEST_NOW } from '../helpers/services';

const AS_OF = '2026-10-20';
const refs = loadReferentials();

type Change = ArgsOf<'settings.update'>;

/** A change that starts from what the view shows, as Réglages sends it. */
function changeFrom(view: SettingsView, reason: string, edit: (change: Change) => void): Change {
  const change: Change = {
    basedOn: view.current.version,
    settings: structuredClone(editableSettings(view.settings)),
    catalogue: structuredClone([...view.catalogue]),
    reason,
  };
  edit(change);
  return change;
}

async function failure(promise: Promise<unknown>): Promise<ApiCallError> {
  const error: unknown = await promise.then(
    () => new Error('expected the call to fail'),
    (e: unknown) => e,
  );
  if (!(error instanceof ApiCallError)) throw error;
  return error;
}

describe('versioned settings', () => {
  const tempDir = useTempDir();
  // One demo database for the file, copied for each test (the import and the users'
  // password hashes take seconds).
  let templateDir: string;
  let template: string;
  let path: string;
  let db: Database;
  let services: Services;

  beforeAll(async () => {
    templateDir = mkdtempSync(join(tmpdir(), 'jalon-settings-'));
    template = join(templateDir, 'demo.db');
    const demo = openDatabase(template);
    await importDemoCaseload(demo, { seekers: 60, months: 18, seed: 7, endPeriod: '2026-10' });
    demo.close();
  }, 60_000);

  afterAll(() => rmSync(templateDir, { recursive: true, force: true }));

  function openServices() {
    db = openDatabase(path);
    services = testServices(db, { refs, now: TEST_NOW });
  }

  async function closeServices() {
    await services.dispose();
    db.close();
  }

  beforeEach(() => {
    path = join(tempDir(), 'jalon.db');
    copyFileSync(template, path);
    openServices();
  });

  afterEach(closeServices);

  const lead = apiFor(() => services, 'RE-1');
  const otherLead = apiFor(() => services, 'RE-2');
  const admin = apiFor(() => services, 'admin');
  const counsellor = apiFor(() => services, 'CNS-01');
  const controller = apiFor(() => services, 'CTRL-1');
  const nobody = apiFor(() => services, null);

  const settingsChanges = () =>
    db
      .prepare<[], { actor: string; reason: string; details: string }>(
        "SELECT actor, reason, details FROM audit_log WHERE action = 'settings.update' ORDER BY entry_ref",
      )
      .all()
      .map((row) => ({ ...row, details: JSON.parse(row.details) as unknown }));

  const storedVersions = () =>
    db
      .prepare<[], { settings_version: string; n: number }>(
        'SELECT settings_version, count(*) AS n FROM analysis_results GROUP BY settings_version',
      )
      .all();

  it('lets counsellors, team leads and administrators read them, and only the last two change them', async () => {
    const view = await counsellor.call('settings.get', {});
    expect(view.current).toEqual({
      version: 'default-2',
      changedAt: null,
      changedBy: null,
      changedByName: null,
      reason: null,
    });
    expect(view.history).toEqual([]);
    expect((await lead.call('settings.get', {})).settings).toEqual(view.settings);
    expect((await admin.call('settings.get', {})).catalogue).toEqual(view.catalogue);

    expect((await controller.send('settings.get', {})).ok).toBe(false);
    expect(await controller.send('settings.get', {})).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect(await nobody.send('settings.get', {})).toMatchObject({
      error: { code: 'unauthorized' },
    });

    const change = changeFrom(view, 'Alerte d’inactivité plus tôt', (c) => {
      c.settings.inactivity.days = 30;
    });
    for (const refused of [counsellor, controller]) {
      expect(await refused.send('settings.update', change)).toMatchObject({
        error: { code: 'forbidden' },
      });
    }
    expect((await lead.call('settings.update', change)).current.version).toBe('v2');
    const byAdmin = await admin.call(
      'settings.update',
      changeFrom(await admin.call('settings.get', {}), 'Retour au seuil de 45 jours', (c) => {
        c.settings.inactivity.days = 45;
      }),
    );
    expect(byAdmin.current).toMatchObject({ version: 'v3', changedBy: 'admin' });
    expect(byAdmin.history.map((v) => v.version)).toEqual(['v2', 'default-2']);
  });

  it('records each version with who, when and why, audits it, and keeps it after reopening', async () => {
    const before = await lead.call('settings.get', {});
    const saved = await lead.call(
      'settings.update',
      changeFrom(before, '  Trop de signaux d’inactivité en été  ', (c) => {
        c.settings.inactivity.days = 60;
        c.settings.inactivity.fullSeverityDays = 150;
        c.catalogue.find((e) => e.id === 'cv_workshop')!.label.fr = 'Atelier CV renforcé';
        // The order breaks ties between equal scores: an editor's order does not move it.
        c.catalogue.reverse();
        for (const entry of c.catalogue) entry.triggers.reverse();
      }),
    );
    const v2 = {
      version: 'v2',
      changedAt: '2026-10-20T09:00:00.000Z',
      changedBy: 'RE-1',
      changedByName: 'Responsable Équipe Rhône',
      reason: 'Trop de signaux d’inactivité en été',
    };
    expect(saved.current).toEqual(v2);
    expect(saved.history).toEqual([before.current]);
    expect(saved.catalogue.map((e) => [e.id, e.triggers.map((t) => t.signal)])).toEqual(
      before.catalogue.map((e) => [e.id, e.triggers.map((t) => t.signal)]),
    );
    expect(saved.settings).toMatchObject({
      version: 'v2',
      inactivity: { days: 60, fullSeverityDays: 150 },
    });
    expect(settingsChanges()).toEqual([
      {
        actor: 'RE-1',
        reason: 'Trop de signaux d’inactivité en été',
        details: {
          from: 'default-2',
          to: 'v2',
          changed: [
            'settings.inactivity.days',
            'settings.inactivity.fullSeverityDays',
            'catalogue.cv_workshop.label.fr',
          ],
        },
      },
    ]);
    expect(services.context.audit.verify()).toMatchObject({ intact: true });

    await closeServices();
    openServices();
    const reopened = await counsellor.call('settings.get', {});
    expect(reopened.current).toEqual(v2);
    expect(reopened.settings).toEqual(saved.settings);
    expect(reopened.catalogue.find((e) => e.id === 'cv_workshop')!.label.fr).toBe(
      'Atelier CV renforcé',
    );
  });

  it('refuses a change based on a version no longer in force, keeping the first one', async () => {
    const seenByBoth = await lead.call('settings.get', {});
    await lead.call(
      'settings.update',
      changeFrom(seenByBoth, 'Premier changement', (c) => {
        c.settings.benefitEndNear.withinDays = 60;
      }),
    );
    const conflict = await failure(
      otherLead.call(
        'settings.update',
        changeFrom(seenByBoth, 'Second changement', (c) => {
          c.settings.benefitEndNear.withinDays = 120;
        }),
      ),
    );
    expect(conflict.code).toBe('conflict');
    expect(conflict.message).toMatch(/version v2 is in force, not default-2/);
    const view = await lead.call('settings.get', {});
    expect(view.current.version).toBe('v2');
    expect(view.settings.benefitEndNear.withinDays).toBe(60);
    expect(settingsChanges()).toHaveLength(1);
  });

  it('refuses invalid values with a sentence naming the field, and stores nothing', async () => {
    const view = await lead.call('settings.get', {});
    const refusals: [string, (c: Change) => void, RegExp][] = [
      [
        'full severity before the signal fires',
        (c) => (c.settings.inactivity.fullSeverityDays = 30),
        /inactivity\.fullSeverityDays must be at least inactivity\.days/,
      ],
      [
        'more months than the window',
        (c) => (c.settings.narrowSearch.minMonthsWithApplications = 9),
        /narrowSearch\.minMonthsWithApplications must be at most narrowSearch\.windowMonths/,
      ],
      [
        'more components than discouragement has',
        (c) => (c.settings.discouragement.minComponents = 5),
        /discouragement\.minComponents must be at most 4/,
      ],
      [
        'a weight for an unknown signal',
        (c) => (c.settings.attention.weights['sanction'] = 2),
        /attention\.weights\.sanction: there is no such signal/,
      ],
      [
        'a signal without its weight',
        (c) => delete c.settings.attention.weights['inactivity'],
        /attention\.weights\.inactivity is missing/,
      ],
      [
        'a trigger added to a recommendation',
        (c) =>
          c.catalogue
            .find((e) => e.id === 'cv_workshop')!
            .triggers.push({ signal: 'inactivity', weight: 0.5 }),
        /catalogue\.cv_workshop\.triggers: the signals that trigger a recommendation are fixed \(low_response_rate\)/,
      ],
      [
        'a negative number of days (the schema)',
        (c) => (c.settings.inactivity.days = -5),
        /settings\.inactivity\.days/,
      ],
      [
        'a weight above 1 in the catalogue (the schema)',
        (c) => (c.catalogue[0]!.triggers[0]!.weight = 1.5),
        /catalogue\.0\.triggers\.0\.weight/,
      ],
      [
        'a category given twice (the schema)',
        (c) => (c.settings.searchCategories = ['A', 'B', 'A']),
        /settings\.searchCategories: each category once/,
      ],
      ['nothing changed', () => {}, /nothing changed/],
    ];
    for (const [what, edit, message] of refusals) {
      const error = await failure(lead.call('settings.update', changeFrom(view, 'Essai', edit)));
      expect({ what, code: error.code, message: error.message }).toMatchObject({
        what,
        code: 'invalid_arguments',
        message: expect.stringMatching(message) as unknown,
      });
    }
    expect(await lead.call('settings.get', {})).toEqual(view);
    expect(db.prepare('SELECT count(*) AS n FROM settings_versions').get()).toEqual({ n: 0 });
    expect(settingsChanges()).toEqual([]);
  });

  it('recomputes the stored results at the next caseload, with the new version and naming it', async () => {
    const first = await counsellor.call('caseload.list', { counsellorId: null, asOf: AS_OF });
    expect(storedVersions()).toEqual([{ settings_version: 'default-2', n: 60 }]);
    const inactiveBefore = first.rows.filter((r) => r.signals.includes('inactivity')).length;

    await lead.call(
      'settings.update',
      changeFrom(await lead.call('settings.get', {}), 'Alerte d’inactivité dès 10 jours', (c) => {
        c.settings.inactivity.days = 10;
      }),
    );
    // Nothing is recomputed by the change itself: the old results are now stale.
    expect(storedVersions()).toEqual([{ settings_version: 'default-2', n: 60 }]);

    const next = await counsellor.call('caseload.list', { counsellorId: null, asOf: AS_OF });
    expect(storedVersions()).toEqual([{ settings_version: 'v2', n: 60 }]);
    const inactiveAfter = next.rows.filter((r) => r.signals.includes('inactivity')).length;
    expect(inactiveAfter).toBeGreaterThan(inactiveBefore);

    const seekerId = next.rows[0]!.seekerId;
    const page = await counsellor.call('seeker.get', { seekerId, asOf: AS_OF });
    expect(page.analysis.settingsVersion).toBe('v2');
    expect(services.context.analyses.get(seekerId)!.result.settingsVersion).toBe('v2');
  });

  it('gives search-intensity signals to the categories the setting names, and to them only', async () => {
    const categoryOf = new Map(
      db
        .prepare<[], { seeker_id: string; category: string }>(
          'SELECT seeker_id, category FROM seekers',
        )
        .all()
        .map((row) => [row.seeker_id, row.category]),
    );
    const SEARCH_INTENSITY = [
      'inactivity',
      'declining_activity',
      'scattered_search',
      'narrow_search',
      'off_target_geography',
      'low_response_rate',
    ];
    const searchFlagged = async () =>
      (await counsellor.call('caseload.list', { counsellorId: null, asOf: AS_OF })).rows
        .filter((r) => r.signals.some((id) => SEARCH_INTENSITY.includes(id)))
        .map((r) => r.seekerId);

    const before = await searchFlagged();
    expect(before.length).toBeGreaterThan(0);
    const personA = db
      .prepare<[], { seeker_id: string }>(
        "SELECT seeker_id FROM seekers WHERE counsellor_id = 'CNS-01' AND category = 'A' LIMIT 1",
      )
      .get()!.seeker_id;
    const searchExpected = async () =>
      (await counsellor.call('seeker.get', { seekerId: personA, asOf: AS_OF })).searchExpected;
    expect(await searchExpected()).toBe(true);
    expect(before.filter((id) => !'ABC'.includes(categoryOf.get(id)!))).toEqual([]);

    expect(before.filter((id) => categoryOf.get(id) === 'A').length).toBeGreaterThan(0);

    await lead.call(
      'settings.update',
      changeFrom(await lead.call('settings.get', {}), 'Catégorie A hors recherche', (c) => {
        c.settings.searchCategories = ['B', 'C', 'D', 'E', 'F', 'G'];
      }),
    );
    const after = await searchFlagged();
    expect(after.filter((id) => categoryOf.get(id) === 'A')).toEqual([]);
    expect(await searchExpected()).toBe(false);
    expect(after.filter((id) => 'BC'.includes(categoryOf.get(id)!))).toEqual(
      before.filter((id) => 'BC'.includes(categoryOf.get(id)!)),
    );
  });

  it('reads a version saved before the searching categories were a setting with A, B and C', async () => {
    const builtIn = await lead.call('settings.get', {});
    const { searchCategories: _absent, ...older } = editableSettings(builtIn.settings);
    db.prepare(
      `INSERT INTO settings_versions (version, settings, catalogue, created_at, created_by, reason)
       VALUES ('v2', @settings, @catalogue, '2026-01-05T09:00:00Z', 'RE-1', 'Version ancienne')`,
    ).run({ settings: JSON.stringify(older), catalogue: JSON.stringify(builtIn.catalogue) });
    const view = await lead.call('settings.get', {});
    expect(view.current.version).toBe('v2');
    expect(view.settings.searchCategories).toEqual(['A', 'B', 'C']);
  });

  it('brings catalogue edits to the recommendations: their labels, and weights that switch one off', async () => {
    const caseload = await counsellor.call('caseload.list', { counsellorId: null, asOf: AS_OF });
    const row = caseload.rows.find((r) => r.topRecommendation !== null)!;
    const top = row.topRecommendation!;

    await lead.call(
      'settings.update',
      changeFrom(await lead.call('settings.get', {}), 'Libellé de l’équipe', (c) => {
        c.catalogue.find((e) => e.id === top)!.label.fr = 'Libellé choisi par l’équipe';
      }),
    );
    const accepted = await counsellor.call('recommendation.accept', {
      seekerId: row.seekerId,
      recommendationId: top,
      asOf: AS_OF,
    });
    expect(accepted.label).toBe('Libellé choisi par l’équipe');

    await lead.call(
      'settings.update',
      changeFrom(await lead.call('settings.get', {}), 'Recommandation suspendue', (c) => {
        for (const trigger of c.catalogue.find((e) => e.id === top)!.triggers) trigger.weight = 0;
      }),
    );
    const page = await counsellor.call('seeker.get', { seekerId: row.seekerId, asOf: AS_OF });
    expect(page.analysis.recommendations.map((r) => r.id)).not.toContain(top);
    const after = await counsellor.call('caseload.list', { counsellorId: null, asOf: AS_OF });
    expect(after.rows.map((r) => r.topRecommendation)).not.toContain(top);
  });

  it('analyses on the worker threads with the version in force too', async () => {
    await lead.call(
      'settings.update',
      changeFrom(await lead.call('settings.get', {}), 'Plus de contact rapide', (c) => {
        c.settings.inactivity.days = 10;
        for (const trigger of c.catalogue.find((e) => e.id === 'contact_soon')!.triggers) {
          trigger.weight = 0;
        }
      }),
    );
    expect(await refreshAnalysesInWorkers(db, path, { asOf: AS_OF, refs })).toBe(60);
    expect(storedVersions()).toEqual([{ settings_version: 'v2', n: 60 }]);
    const stored = services.context.analyses.all().map((a) => a.result);
    expect(stored.some((r) => r.signals.some((s) => s.id === 'inactivity'))).toBe(true);
    expect(stored.flatMap((r) => r.recommendations.map((rec) => rec.id))).not.toContain(
      'contact_soon',
    );
  });
});
