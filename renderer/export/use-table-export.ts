// Saving an export table as CSV or XLSX, and recording it in the audit trail once saved.
//
// Where the XLSX is built: here, in the page, from the rows it already shows (the grid's
// own filter, search and order, and the labels in the chosen language), as the CSV is.
// Building it in the main process would mean sending the grid's state there and
// translating the headers twice. exceljs is about 1 MB, so it is not in the main
// bundle: shared/export/xlsx.ts is loaded by a dynamic import() on the first XLSX
// export (its own chunk, a file of the app's origin: the CSP's script-src 'self' allows
// it, and exceljs needs no eval: tests/e2e/exports.spec.ts watches for CSP violations).
import { useRef, useState } from 'react';
import type { PageExportKind } from '../../shared/api/audit';
import { EXPORT_MIME_TYPES, exportFileName, tableToCsv } from '../../shared/export/table';
import type { ExportFormat, ExportTable } from '../../shared/export/table';
import type { AppClient } from '../api/client';
import { useApp } from '../app/app-context';

/** Saves the table (a download, or the app's save dialog): false when the person cancelled. */
export async function saveTable(
  client: AppClient,
  table: ExportTable,
  fileName: string,
  format: ExportFormat,
): Promise<boolean> {
  if (format === 'csv') {
    return client.saveTextFile(fileName, tableToCsv(table), EXPORT_MIME_TYPES.csv);
  }
  const { tableToXlsx } = await import('../../shared/export/xlsx');
  return client.saveBinaryFile(fileName, await tableToXlsx(table), EXPORT_MIME_TYPES.xlsx);
}

export interface TableExport {
  /** Builds nothing itself: the caller gives the table as shown and the file's base name. */
  exportTable(format: ExportFormat, table: ExportTable, baseName: string): Promise<void>;
  /** The last export's failure, shown by the caller with ErrorMessage. */
  error: unknown;
}

export function useTableExport(kind: PageExportKind): TableExport {
  const { client } = useApp();
  const [error, setError] = useState<unknown>(null);
  // A second click while the XLSX is being built starts no second file.
  const busy = useRef(false);

  async function exportTable(format: ExportFormat, table: ExportTable, baseName: string) {
    if (busy.current) return;
    busy.current = true;
    setError(null);
    const fileName = exportFileName(baseName, format);
    try {
      // The file leaves the app here (a browser download or the save dialog): the trail
      // records it once saved, not when the person cancelled.
      if (await saveTable(client, table, fileName, format)) {
        await client.invoke('audit.recordExport', {
          kind,
          format,
          fileName,
          rows: table.rows.length,
        });
      }
    } catch (saveError) {
      setError(saveError);
    } finally {
      busy.current = false;
    }
  }

  return { exportTable, error };
}
