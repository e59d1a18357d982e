import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../server/db/database';
import { createJournalRepository } from '../../server/db/journal-repository';
import { importJournalFiles } from '../../server/import/import-journals';
import { loadReferentials } from '../../server/reference/load-reference';
import { reasonText } from '../../shared/journal/reason-text';
import { action, seeker, writeJsonl } from '../helpers/journals';
import { useTempDir } from '../helpers/temp-dir';

// A journal records what happened: nothing in it may be dated after the day it is
// imported. The day comes from the import's clock (the app's: JALON_NOW in tests).
const referentials = loadReferentials();
const ON_7_OCTOBER = () => new Date('2026-10-07T10:00:00');

describe('the import refuses what has not happened yet', () => {
  const tempDir = useTempDir();

  it('rejects a JSON Lines journal with an action or a month after the day of the import, naming line and field', async () => {
    const file = writeJsonl(join(tempDir(), 'journaux.jsonl'), [
      seeker('DE-1'),
      seeker('DE-2', {
        months: [
          {
            ...(seeker('DE-2').months as Record<string, unknown>[])[1],
            actions: [action('DE-2-a1', '2026-10-02'), action('DE-2-a2', '2026-10-20')],
          },
        ],
      }),
      seeker('DE-3', {
        months: [
          {
            period: '2026-11',
            submitted_at: null,
            entered_by: 'seeker',
            mood: null,
            comment: null,
            actions: [],
          },
        ],
      }),
    ]);
    const db = openDatabase(join(tempDir(), 'jalon.db'));
    const summary = await importJournalFiles(db, [file], { referentials, now: ON_7_OCTOBER });
    expect(summary.imported).toBe(1);
    expect(summary.issues.map((i) => [i.line, i.seekerId, reasonText(i.reason, 'en')])).toEqual([
      [
        2,
        'DE-2',
        'months[0].actions[1].date: 2026-10-20 is after the day of the import (2026-10-07)',
      ],
      [3, 'DE-3', 'months[0].period: 2026-11 has not begun on the day of the import (2026-10-07)'],
    ]);
    // Nothing of the refused journals was stored.
    expect(createJournalRepository(db).stats()).toMatchObject({ seekers: 1, actions: 3 });
    db.close();
  });

  it('rejects a CSV action row dated after the day of the import, naming its line', async () => {
    const seekersCsv = join(tempDir(), 'seekers.csv');
    const actionsCsv = join(tempDir(), 'actions.csv');
    writeFileSync(
      seekersCsv,
      'seeker_id,first_name,last_name,registered_on,category,modality,counsellor_id,ore_rome,ore_max_distance_km,ore_contracts\n' +
        'DE-7,Hélène,Lefèvre,2025-11-03,A,suivi,CNS-02,M1607,30,CDI\n',
    );
    writeFileSync(
      actionsCsv,
      'seeker_id,period,submitted_at,entered_by,mood,comment,id,date,type,rome,employer,commune,channel,outcome,note\n' +
        'DE-7,2026-10,,seeker,3,,a1,2026-10-02,application_offer,M1607,Cabinet Girard,69123,email,pending,\n' +
        'DE-7,2026-10,,seeker,3,,a2,2026-10-30,application_offer,M1607,Cabinet Girard,69123,email,pending,\n',
    );
    const db = openDatabase(join(tempDir(), 'jalon.db'));
    const summary = await importJournalFiles(db, [seekersCsv, actionsCsv], {
      referentials,
      now: ON_7_OCTOBER,
    });
    expect(summary.issues.map((i) => [i.file, i.line, reasonText(i.reason, 'en')])).toEqual([
      ['actions.csv', 3, 'date: 2026-10-30 is after the day of the import (2026-10-07)'],
    ]);
    expect(createJournalRepository(db).stats()).toMatchObject({ seekers: 1, actions: 1 });
    db.close();
  });
});
