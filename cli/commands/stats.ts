import type { Command } from 'commander';
import { createJournalRepository } from '../../server/db/journal-repository';
import { openStore } from '../open-store';
import { say } from '../messages';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description(say.stats.description)
    .option('--db <path>', say.dbOption)
    .option('--json', say.jsonOption)
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
            : `${say.stats.counts(s)}\n`,
        );
      } finally {
        db.close();
      }
    });
}
