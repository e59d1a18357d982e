import type { Command } from 'commander';
import { resolveDatabasePath } from '../../electron/services/app-paths';
import { createJournalRepository } from '../../electron/services/db/journal-repository';
import { DEFAULT_DEMO, importDemoCaseload } from '../../electron/services/demo/demo-database';
import { openStore } from '../open-store';
import { currentPeriod } from './seed';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      'Fill the database with the demo caseload (through the real import; running it again changes nothing).',
    )
    .option('--db <path>', 'database file (default: $JALON_DB or the user data folder)')
    .option('--seekers <n>', 'number of seekers', String(DEFAULT_DEMO.seekers))
    .action(async (options: { db?: string; seekers: string }) => {
      const path = resolveDatabasePath(options.db);
      const db = openStore(options.db);
      try {
        const summary = await importDemoCaseload(db, {
          ...DEFAULT_DEMO,
          seekers: Number(options.seekers) || DEFAULT_DEMO.seekers,
          endPeriod: currentPeriod(),
        });
        const s = createJournalRepository(db).stats();
        process.stdout.write(
          [
            `Données de démonstration — demo caseload in ${path}`,
            `  ${summary.imported} imported, ${summary.updated} updated, ${summary.unchanged} unchanged.`,
            `  ${s.seekers} seekers, ${s.months} months, ${s.actions} actions, ${s.counsellors} counsellors.`,
            '',
            'The desktop app and its browser mode are not built yet; meanwhile:',
            `  npx jalon stats --db "${path}"`,
            `  npx jalon export --db "${path}" --out caseload.jsonl`,
            '',
          ].join('\n'),
        );
      } finally {
        db.close();
      }
    });
}
