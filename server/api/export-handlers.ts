// Tables leaving Jalon as files: the page sends the table it shows (its filter, order
// and language), the server writes the CSV or XLSX itself and records the file it
// wrote: its rows, size and digest, never figures the page reports. In the app the file
// is saved through the save dialog; in a browser it is returned for the page to download.
import { createHash } from 'node:crypto';
import type { ExportedFile, Handlers } from '../../shared/api/contract';
import { exportFileName, tableToCsv } from '../../shared/export/table';
import type { ServiceContext } from './service-context';

type ExportHandlers = Pick<Handlers, 'export.table'>;

export function exportHandlers(s: ServiceContext): ExportHandlers {
  return {
    'export.table': async ({ kind, format, baseName, table }, call): Promise<ExportedFile> => {
      const actor = s.access.actorOf(call);
      const fileName = exportFileName(baseName, format);
      // exceljs (about 1 MB) is loaded on the first XLSX export, not with the services.
      const bytes =
        format === 'csv'
          ? Buffer.from(tableToCsv(table), 'utf8')
          : await (await import('../../shared/export/xlsx')).tableToXlsx(table);
      const inApp = s.platform.mode === 'electron';
      const saved =
        inApp &&
        (format === 'csv'
          ? await s.platform.saveTextFile(fileName, Buffer.from(bytes).toString('utf8'))
          : await s.platform.saveBinaryFile(fileName, bytes));
      // Cancelled in the save dialog: nothing left Jalon, nothing to record.
      if (inApp && !saved) return { fileName, saved: false, base64: null };
      const details = {
        kind,
        format,
        fileName,
        rows: table.rows.length,
        bytes: bytes.byteLength,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      };
      s.audit.append({ actor, action: 'export', details });
      // A caseload export is a read of every portfolio the caller may export from.
      if (kind === 'caseload') {
        s.logRead(call, {
          what: 'export',
          portfolio: s.access.readableCounsellors(call),
          seekers: table.rows.length,
          details,
        });
      }
      return { fileName, saved, base64: inApp ? null : Buffer.from(bytes).toString('base64') };
    },
  };
}
