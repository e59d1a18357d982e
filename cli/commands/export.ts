import type { Command } from 'commander';
import { createAuditRepository } from '../../electron/services/db/audit-repository';
import { exportJournals } from '../../electron/services/export/export-journals';
import type { ExportFormat } from '../../electron/services/export/export-journals';
import { CliError } from '../cli-error';
import { openStore } from '../open-store';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description(
      'Export every journal in the exchange format, canonical and stable (import → export → import → export gives identical files).',
    )
    .requiredOption(
      '--out <path>',
      'output file (jsonl) or folder (csv: seekers.csv + actions.csv)',
    )
    .option('--format <format>', 'jsonl or csv', 'jsonl')
    .option('--db <path>', 'database file (default: $JALON_DB or the user data folder)')
    .action((options: { out: string; format: string; db?: string }) => {
      if (options.format !== 'jsonl' && options.format !== 'csv') {
        throw new CliError(`--format must be jsonl or csv, not ${JSON.stringify(options.format)}`);
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
        process.stderr.write(
          `Exported ${summary.seekers} seekers to ${summary.files.join(' and ')}.\n`,
        );
      } finally {
        db.close();
      }
    });
}
