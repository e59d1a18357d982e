import type { Command } from 'commander';
import { createAuditRepository } from '../../electron/services/db/audit-repository';
import { CliError, EXIT } from '../cli-error';
import { openStore } from '../open-store';
import { say } from '../messages';

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description(say.audit.description);
  audit
    .command('verify')
    .description(say.audit.verify)
    .option('--db <path>', say.dbOption)
    .action((options: { db?: string }) => {
      const db = openStore(options.db, { mustExist: true });
      try {
        const verdict = createAuditRepository(db).verify();
        if (!verdict.intact) {
          throw new CliError(say.audit.broken(verdict.brokenAt, verdict.reason), EXIT.failure);
        }
        process.stdout.write(`${say.audit.intact(verdict.entries)}\n`);
      } finally {
        db.close();
      }
    });
}
