import type { Command } from 'commander';
import { createAuditRepository, formatHead, parseHead } from '../../server/db/audit-repository';
import type { AuditHead } from '../../server/db/audit-repository';
import { CliError, EXIT } from '../cli-error';
import { openStore } from '../open-store';
import { say } from '../messages';

function expectedHead(text: string | undefined): AuditHead | null {
  if (text === undefined) return null;
  const head = parseHead(text);
  if (!head) throw new CliError(say.audit.badHead(text), EXIT.usage);
  return head;
}

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description(say.audit.description);
  audit
    .command('verify')
    .description(say.audit.verify)
    .option('--db <path>', say.dbOption)
    .option('--expect-head <head>', say.audit.expectHead)
    .action((options: { db?: string; expectHead?: string }) => {
      const expected = expectedHead(options.expectHead);
      const db = openStore(options.db, { mustExist: true });
      try {
        const verdict = createAuditRepository(db).verify(expected);
        if (!verdict.intact) {
          throw new CliError(say.audit.broken(verdict.brokenAt, verdict.reason), EXIT.failure);
        }
        process.stdout.write(`${say.audit.intact(verdict.entries)}\n`);
      } finally {
        db.close();
      }
    });
  audit
    .command('head')
    .description(say.audit.head)
    .option('--db <path>', say.dbOption)
    .action((options: { db?: string }) => {
      const db = openStore(options.db, { mustExist: true });
      try {
        const head = createAuditRepository(db).head();
        if (!head) throw new CliError(say.audit.empty, EXIT.failure);
        process.stdout.write(`${formatHead(head)}\n`);
      } finally {
        db.close();
      }
    });
}
