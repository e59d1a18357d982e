// What `jalon import` runs, imported only when it runs (the import pipeline and the
// analysis engine).
import { appClock } from '../../server/clock';
import { importJournalFiles, ImportInputError } from '../../server/import/import-journals';
import type { ImportSummary } from '../../server/import/import-journals';
import { refreshAfterImport } from '../../server/analysis/refresh-analyses';
import { loadReferentials } from '../../server/reference/load-reference';
import { createAuditRepository } from '../../server/db/audit-repository';
import { EVERYONE } from '../../server/import/import-types';
import { CliError, EXIT } from '../cli-error';
import { openStore } from '../open-store';
import { byteProgress } from '../progress';
import { say, sayLocale } from '../messages';
import { reasonText } from '../../shared/journal/reason-text';

export interface ImportCommandOptions {
  db?: string;
  json?: boolean;
}

const SHOWN_ISSUES = 20;

/**
 * JALON_IMPORT_CHUNK_BYTES: the JSON Lines chunk size, and so how many seekers each
 * transaction commits (default 4 MB). Smaller chunks mean more, smaller commits: the
 * kill -9 test uses them to stop an import between and inside many transactions.
 */
function chunkBytesFromEnv(): number | undefined {
  const value = process.env.JALON_IMPORT_CHUNK_BYTES;
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1024) {
    throw new CliError(say.import.badChunkBytes(value), EXIT.usage);
  }
  return n;
}

/** The `--json` shape is a contract with scripts: keep it exactly as documented. */
export function importSummaryJson(summary: ImportSummary): string {
  const withFile = summary.format === 'csv' || summary.files.length > 1;
  const item = (i: ImportSummary['issues'][number], key: 'reason' | 'message') => {
    const text = reasonText(i.reason, sayLocale);
    return withFile ? { file: i.file, line: i.line, [key]: text } : { line: i.line, [key]: text };
  };
  return JSON.stringify({
    imported: summary.imported,
    updated: summary.updated,
    unchanged: summary.unchanged,
    rejected: summary.issues.filter((i) => i.severity === 'rejected').map((i) => item(i, 'reason')),
    warnings: summary.issues.filter((i) => i.severity === 'warning').map((i) => item(i, 'message')),
    // The lists hold the lines the import kept (the first 1,000 of each); these count all.
    rejectedCount: summary.rejected,
    warningCount: summary.warnings,
  });
}

function printHuman(summary: ImportSummary): void {
  const out: string[] = [];
  out.push(say.import.summary(summary));
  if (summary.imported === 0 && summary.updated === 0 && summary.unchanged > 0) {
    out.push(
      summary.sameContentAs
        ? say.import.sameContent(summary.sameContentAs.importRef, summary.sameContentAs.startedAt)
        : say.import.upToDate,
    );
  }
  for (const severity of ['rejected', 'warning'] as const) {
    const issues = summary.issues.filter((i) => i.severity === severity);
    if (issues.length === 0) continue;
    // Past the import's limit, the lines are counted but not kept (docs/import.md).
    const total = severity === 'rejected' ? summary.rejected : summary.warnings;
    out.push(severity === 'rejected' ? say.import.rejectedTitle : say.import.warningsTitle);
    for (const issue of issues.slice(0, SHOWN_ISSUES))
      out.push(say.import.issue(issue.file, issue.line, reasonText(issue.reason, sayLocale)));
    const shown = Math.min(issues.length, SHOWN_ISSUES);
    if (total > shown) out.push(say.import.more(total - shown, issues.length));
  }
  process.stdout.write(out.join('\n') + '\n');
}

export async function importJournals(
  files: string[],
  options: ImportCommandOptions,
): Promise<void> {
  const chunkBytes = chunkBytesFromEnv();
  const db = openStore(options.db);
  try {
    let bar: ReturnType<typeof byteProgress> | null = null;
    const summary = await importJournalFiles(db, files, {
      ...(chunkBytes !== undefined ? { chunkBytes } : {}),
      audit: { trail: createAuditRepository(db), actor: 'cli' },
      // Whoever runs the CLI on this file can already change anything in it: it imports
      // as the file's owner (docs/import.md, "Whose people an import may touch").
      scope: EVERYONE,
      now: appClock(),
      onProgress: (p) => {
        bar ??= byteProgress(p.bytesTotal, say.import.progressLabel);
        bar.update(p.bytesRead, say.import.progress(p.seekers, p.actions, p.rejected));
      },
    }).finally(() => bar?.stop());
    // Stored analyses follow the journals: only the changed seekers are recomputed.
    await refreshAfterImport(db, loadReferentials());
    if (options.json) process.stdout.write(importSummaryJson(summary) + '\n');
    else printHuman(summary);
    process.exitCode = summary.rejected > 0 ? EXIT.partial : EXIT.ok;
  } catch (error) {
    if (error instanceof ImportInputError) {
      throw new CliError(reasonText(error.reason, sayLocale), EXIT.failure);
    }
    throw error;
  } finally {
    db.close();
  }
}
