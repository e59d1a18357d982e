// The toolbar's actions on the grid itself: put the columns back, export what is shown.
import type { GridApi } from 'ag-grid-community';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseloadRow } from '../../../shared/api/contract';
import { useApp } from '../../app/app-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { caseloadCsv, caseloadCsvFileName } from './caseload-csv';
import { modalityLabel } from './column-defs';
import { resetColumnState } from './column-state';

export function ResetColumnsButton({ gridApi }: { gridApi: GridApi<CaseloadRow> | null }) {
  const { t } = useTranslation();
  return (
    <button type="button" disabled={!gridApi} onClick={() => gridApi && resetColumnState(gridApi)}>
      {t('caseload.actions.resetColumns')}
    </button>
  );
}

/** Exports the rows as the grid shows them: the same filter, search and order. */
export function ExportCsvButton({ gridApi }: { gridApi: GridApi<CaseloadRow> | null }) {
  const { t } = useTranslation();
  const { client, asOf } = useApp();
  const [error, setError] = useState<unknown>(null);

  async function exportShownRows(api: GridApi<CaseloadRow>) {
    const rows: CaseloadRow[] = [];
    api.forEachNodeAfterFilterAndSort(({ data }) => data && rows.push(data));
    const csv = caseloadCsv(
      rows,
      (column) => t(`caseload.csvColumns.${column}`),
      (modality) => modalityLabel(t, modality),
    );
    const fileName = caseloadCsvFileName(asOf);
    setError(null);
    try {
      // The file leaves the app here (a browser download or the save dialog): the trail
      // records it once saved, not when the person cancelled.
      if (await client.saveTextFile(fileName, csv, 'text/csv')) {
        await client.invoke('audit.recordExport', {
          kind: 'caseload',
          fileName,
          rows: rows.length,
        });
      }
    } catch (saveError) {
      setError(saveError);
    }
  }

  // Fichier › Exporter… in the desktop menu does what this button does.
  const exportRef = useRef(exportShownRows);
  exportRef.current = exportShownRows;
  useEffect(
    () =>
      client.onEvent((event) => {
        if (event.type === 'menu' && event.command === 'export' && gridApi) {
          void exportRef.current(gridApi);
        }
      }),
    [client, gridApi],
  );

  return (
    <>
      <button
        type="button"
        disabled={!gridApi}
        onClick={() => gridApi && void exportShownRows(gridApi)}
      >
        {t('caseload.actions.exportCsv')}
      </button>
      {error !== null && <ErrorMessage error={error} />}
    </>
  );
}
