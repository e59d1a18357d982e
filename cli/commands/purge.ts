import type { Command } from 'commander';
import { appToday } from '../../server/clock';
import { createAuditRepository } from '../../server/db/audit-repository';
import { createRetention } from '../../server/retention/retention';
import type { PurgeSummary } from '../../shared/api/retention';
import { openStore } from '../open-store';
import { say } from '../messages';

function describe(summary: PurgeSummary): string {
  const counts = Object.entries({ seekers: summary.people, ...summary.rows }).map(([table, n]) =>
    say.purge.count(say.purge.tables[table] ?? table, n),
  );
  return [
    say.purge.frame(summary.months, summary.cutoff),
    summary.dryRun ? say.purge.wouldRemove : say.purge.removed,
    ...counts.map((line) => `  ${line}`),
  ].join('\n');
}

export function registerPurge(program: Command): void {
  program
    .command('purge')
    .description(say.purge.description)
    .option('--dry-run', say.purge.dryRun)
    .option('--db <path>', say.dbOption)
    .option('--json', say.jsonOption)
    .action((options: { dryRun?: boolean; db?: string; json?: boolean }) => {
      // Writable even for a dry run: an older file gains the last-seen dates first.
      const db = openStore(options.db, { mustExist: true, writable: true });
      try {
        const retention = createRetention(db, createAuditRepository(db));
        const summary = retention.purge(appToday(), 'cli', options.dryRun ?? false);
        process.stdout.write(
          options.json ? `${JSON.stringify(summary)}\n` : `${describe(summary)}\n`,
        );
      } finally {
        db.close();
      }
    });
}
