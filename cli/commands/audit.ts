import type { Command } from 'commander';
import { createAuditRepository } from '../../electron/services/db/audit-repository';
import { CliError, EXIT } from '../cli-error';
import { openStore } from '../open-store';

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('The audit trail: who did what, and when.');
  audit
    .command('verify')
    .description(
      'Check the audit trail’s hash chain: exit 0 when intact, 1 naming the first broken entry.',
    )
    .option('--db <path>', 'database file (default: $JALON_DB or the user data folder)')
    .action((options: { db?: string }) => {
      const db = openStore(options.db, { mustExist: true });
      try {
        const verdict = createAuditRepository(db).verify();
        if (!verdict.intact) {
          throw new CliError(
            `audit trail broken at entry ${verdict.brokenAt}: ${verdict.reason}`,
            EXIT.failure,
          );
        }
        process.stdout.write(`audit trail intact: ${verdict.entries} entries\n`);
      } finally {
        db.close();
      }
    });
}
