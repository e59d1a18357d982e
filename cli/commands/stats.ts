import type { Command } from 'commander';
import { createJournalRepository } from '../../electron/services/db/journal-repository';
import { openStore } from '../open-store';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('Count what the database holds: seekers, months, actions, counsellors.')
    .option('--db <path>', 'database file (default: $JALON_DB or the user data folder)')
    .option('--json', 'print as JSON')
    .action((options: { db?: string; json?: boolean }) => {
      const db = openStore(options.db, { mustExist: true });
      try {
        const s = createJournalRepository(db).stats();
        process.stdout.write(
          options.json
            ? JSON.stringify({
                seekers: s.seekers,
                months: s.months,
                actions: s.actions,
                counsellors: s.counsellors,
              }) + '\n'
            : `${s.seekers} seekers, ${s.months} months, ${s.actions} actions, ${s.counsellors} counsellors\n`,
        );
      } finally {
        db.close();
      }
    });
}
