// Files in: staging and importing journal files (exports: export-handlers.ts).
import type { Handlers } from '../../shared/api/contract';
import type { ServiceContext } from './service-context';
import { ApiError } from '../../shared/api/errors';
import { ISSUES_PAGE } from '../../shared/api/contract';
import { createImportRepository } from '../db/import-repository';

type FileHandlers = Pick<
  Handlers,
  | 'files.chooseForImport'
  | 'import.start'
  | 'import.status'
  | 'import.preview'
  | 'import.history'
  | 'import.issues'
>;

/** The import screen lists this many of the latest runs. */
const HISTORY_RUNS = 50;

export function fileHandlers(s: ServiceContext): FileHandlers {
  return {
    'files.chooseForImport': async (_args, call) => {
      const paths = await s.platform.chooseImportFiles();
      return paths.map((p) => s.staged.stagePath(p, s.access.actorOf(call)));
    },

    'import.start': ({ files }, call) =>
      s.imports.start(files, s.access.actorOf(call), s.access.importScope(call)),

    'import.status': ({ jobId, issuesFrom }, call) =>
      s.imports.status(jobId, s.access.actorOf(call), issuesFrom),

    'import.preview': ({ files }, call) =>
      s.imports.preview(files, s.access.actorOf(call), s.access.importScope(call)),

    'import.history': () =>
      createImportRepository(s.db)
        .history(HISTORY_RUNS)
        .map((run) => ({
          importRef: run.importRef,
          files: run.files,
          startedAt: run.startedAt,
          finishedAt: run.finishedAt,
          status: run.status,
          imported: run.imported,
          updated: run.updated,
          unchanged: run.unchanged,
          rejected: run.rejected,
          warnings: run.warnings,
          actor: run.actor,
          actorName: run.actorName,
        })),

    'import.issues': ({ importRef, from = 0 }, call) => {
      const imports = createImportRepository(s.db);
      if (!imports.get(importRef)) throw new ApiError('not_found', `no import ${importRef}`);
      // The lines quote the files (names, notes, of any team): a team lead reads those of
      // their own imports, an administrator every one.
      const caller = s.access.actorOf(call);
      if (call.user?.role !== 'admin' && imports.actorOf(importRef) !== caller) {
        throw new ApiError('forbidden', `import ${importRef} was not run by ${caller}`);
      }
      const kept = imports.issueCount(importRef);
      const end = from + ISSUES_PAGE;
      return {
        issues: imports.issuePage(importRef, from, ISSUES_PAGE).map((i) => ({
          file: i.file,
          line: i.line,
          seekerId: i.seekerId,
          severity: i.severity,
          reason: i.reason,
        })),
        kept,
        nextFrom: end < kept ? end : null,
      };
    },
  };
}
