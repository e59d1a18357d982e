// Exporting a table as CSV or XLSX. The page builds the table from the rows it already
// shows (the grid's own filter, search and order, and the labels in the chosen
// language); the server writes the file, saves it through the app's dialog or hands it
// back for a browser download, and records in the trail the file it wrote (export.table).
import { useRef, useState } from 'react';
import type { PageExportKind } from '../../shared/api/audit';
import { EXPORT_MIME_TYPES } from '../../shared/export/table';
import type { ExportFormat, ExportTable } from '../../shared/export/table';
import { useApp } from '../app/app-context';
import { downloadFile } from './download-file';

export interface TableExport {
  /** Builds nothing itself: the caller gives the table as shown and the file's base name. */
  exportTable(format: ExportFormat, table: ExportTable, baseName: string): Promise<void>;
  /** The last export's failure, shown by the caller with ErrorMessage. */
  error: unknown;
}

export function useTableExport(kind: PageExportKind): TableExport {
  const { client } = useApp();
  const [error, setError] = useState<unknown>(null);
  // A second click while the file is being written starts no second file.
  const busy = useRef(false);

  async function exportTable(format: ExportFormat, table: ExportTable, baseName: string) {
    if (busy.current) return;
    busy.current = true;
    setError(null);
    try {
      const file = await client.invoke('export.table', { kind, format, baseName, table });
      if (file.base64 !== null) downloadFile(file.fileName, file.base64, EXPORT_MIME_TYPES[format]);
    } catch (saveError) {
      setError(saveError);
    } finally {
      busy.current = false;
    }
  }

  return { exportTable, error };
}
