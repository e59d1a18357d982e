import type { Command } from 'commander';
import { createAuditRepository } from '../../server/db/audit-repository';
import { exportJournals } from '../../server/export/export-journals';
import type { ExportFormat } from '../../server/export/export-journals';
import { CliError } from '../cli-error';
import { openStore } from '../open-store';
import { say } from '../messages';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description(say.export.description)
    .requiredOption('--out <path>', say.export.out)
    .option('--format <format>', say.export.format, 'jsonl')
    .option('--db <path>', say.dbOption)
    .action((options: { out: string; format: string; db?: string }) => {
      if (options.format !== 'jsonl' && options.format !== 'csv') {
        throw new CliError(say.export.badFormat(options.format));
      }
      // Writable: the export is recorded in the audit trail.
      const db = openStore(options.db, { mustExist: true, writable: true });
      try {
        const summary = exportJournals(db, options.out, options.format as ExportFormat);
        createAuditRepository(db).append({
          actor: 'cli',
          action: 'export',
          details: { format: options.format, seekers: summary.seekers, files: summary.files },
        });
        process.stderr.write(`${say.export.done(summary.seekers, summary.files)}\n`);
      } finally {
        db.close();
      }
    });
}
