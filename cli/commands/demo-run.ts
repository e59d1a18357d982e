// What `jalon demo` runs, imported only when it runs (the generator and the import).
import { resolveDatabasePath } from '../../server/app-paths';
import { createJournalRepository } from '../../server/db/journal-repository';
import { importDemoCaseload } from '../../server/demo/demo-database';
import { DEFAULT_DEMO } from '../../server/demo/demo-defaults';
import { openStore } from '../open-store';
import { demoEndingToday } from './seed';
import { appClock } from '../../server/clock';
import { say } from '../messages';

export interface DemoCommandOptions {
  db?: string;
  seekers: string;
}

export async function fillDemo(options: DemoCommandOptions): Promise<void> {
  const path = resolveDatabasePath(options.db);
  const db = openStore(options.db);
  try {
    const summary = await importDemoCaseload(db, {
      ...DEFAULT_DEMO,
      seekers: Number(options.seekers) || DEFAULT_DEMO.seekers,
      ...demoEndingToday(),
      now: appClock(),
    });
    const s = createJournalRepository(db).stats();
    process.stdout.write(
      [
        say.demoFilled(path),
        say.demoCounts(summary),
        `  ${say.stats.counts(s)}.`,
        '',
        say.demoNext,
        `  npx jalon stats --db "${path}"`,
        `  npx jalon export --db "${path}" --out caseload.jsonl`,
        '',
      ].join('\n'),
    );
  } finally {
    db.close();
  }
}
