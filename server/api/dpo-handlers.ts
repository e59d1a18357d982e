// The data-protection officer's channels: who read a person's file, and the
// right-of-access document as JSON or PDF. The contract lets only the `dpo` role call
// them (and it calls no portfolio channel); every export is in the audit trail and the
// access log, recorded here with what the server itself wrote.
import { createHash } from 'node:crypto';
import type { CallContext, ExportedFile, Handlers } from '../../shared/api/contract';
import { dossierFileName } from '../../shared/api/dpo';
import type { PersonAccessLog, PersonDossier } from '../../shared/api/dpo';
import { ApiError } from '../../shared/api/errors';
import { personDossier } from '../dpo/person-dossier';
import { printReportPdf } from '../report/report-pdf';
import { localIsoDate } from '../local-date';
import type { ServiceContext } from './service-context';

type DpoHandlers = Pick<Handlers, 'dpo.accessLog' | 'dpo.dossier' | 'dpo.export'>;

/** The identifier as stored: a DPO types it from a letter (« de-000016 » is DE-000016). */
function storedId(s: ServiceContext, typed: string): string {
  const seekerId = s.journals.seekerIdIgnoringCase(typed.trim());
  if (seekerId === undefined) throw new ApiError('not_found', `no seeker ${typed}`);
  return seekerId;
}

function dossierOrNotFound(s: ServiceContext, seekerId: string, call: CallContext): PersonDossier {
  const dossier = personDossier(s, seekerId, s.access.actorOf(call));
  if (!dossier) throw new ApiError('not_found', `no seeker ${seekerId}`);
  return dossier;
}

export function dpoHandlers(s: ServiceContext): DpoHandlers {
  return {
    'dpo.accessLog': ({ seekerId: typed }, call): PersonAccessLog => {
      const seekerId = storedId(s, typed);
      const journal = s.journals.readJournal(seekerId);
      const key = s.journals.findSeeker(seekerId);
      if (!journal || !key) throw new ApiError('not_found', `no seeker ${typed}`);
      // Read before this search is recorded: the DPO sees who read the file before them.
      const reads = s.accessLog.ofSeeker(seekerId, key.counsellorId);
      s.logRead(call, { what: 'dpo_access_log', seekerId });
      return {
        seekerId,
        firstName: journal.first_name,
        lastName: journal.last_name,
        counsellorId: key.counsellorId,
        reads,
      };
    },

    // Read by the print page only, through the print session of a dpo.export: the
    // document is recorded once, as the export it is.
    'dpo.dossier': ({ seekerId }, call): PersonDossier => {
      if (call.printOf !== seekerId) {
        throw new ApiError('forbidden', 'the document is read through its export (dpo.export)');
      }
      return dossierOrNotFound(s, seekerId, call);
    },

    'dpo.export': async ({ seekerId: typed, format, locale }, call): Promise<ExportedFile> => {
      const user = call.user;
      if (!user) throw new ApiError('unauthorized', 'sign in first');
      const seekerId = storedId(s, typed);
      const fileName = dossierFileName(seekerId, localIsoDate(s.now()), format);
      let bytes: Uint8Array;
      if (format === 'json') {
        bytes = Buffer.from(`${JSON.stringify(dossierOrNotFound(s, seekerId, call), null, 2)}\n`);
      } else {
        const printed = await printReportPdf(s.sessions, (job) => s.platform.printReport(job), {
          page: 'dossier',
          user,
          // The command line's DPO is no row of the users table (cli/commands/dpo-run.ts).
          fixedUser: s.users.get(user.userId) === undefined,
          seekerId,
          asOf: localIsoDate(s.now()),
          ...(locale ? { locale } : {}),
        });
        bytes = printed.pdf;
      }
      const inApp = s.platform.mode === 'electron';
      const saved =
        inApp &&
        (format === 'json'
          ? await s.platform.saveTextFile(fileName, Buffer.from(bytes).toString('utf8'))
          : await s.platform.savePdfFile(fileName, bytes));
      // Cancelled in the save dialog: nothing left Jalon, nothing to record.
      if (inApp && !saved) return { fileName, saved: false, base64: null };
      recordDossierExport(s, call, seekerId, { format, fileName, bytes });
      return {
        fileName,
        saved,
        base64: inApp ? null : Buffer.from(bytes).toString('base64'),
      };
    },
  };
}

/** The trail and the access log name the file by what the server wrote: size and digest. */
function recordDossierExport(
  s: Pick<ServiceContext, 'audit' | 'logRead' | 'access'>,
  call: CallContext,
  seekerId: string,
  file: { format: 'json' | 'pdf'; fileName: string; bytes: Uint8Array },
): void {
  const details = {
    format: file.format,
    fileName: file.fileName,
    bytes: file.bytes.byteLength,
    sha256: createHash('sha256').update(file.bytes).digest('hex'),
  };
  s.audit.append({ actor: s.access.actorOf(call), action: 'dpo.export', seekerId, details });
  s.logRead(call, { what: 'dpo_export', seekerId, details });
}
