// The toolbar's actions on the grid itself: put the columns back, export what is shown
// (CSV or XLSX).
import type { GridApi } from 'ag-grid-community';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseloadRow } from '../../../shared/api/contract';
import type { ExportFormat } from '../../../shared/export/table';
import { useApp } from '../../app/app-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useTableExport } from '../../export/use-table-export';
import { caseloadBaseName, caseloadTable } from './caseload-csv';
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

/** Exports the rows as the grid shows them: the same filter, search and order, as CSV or XLSX. */
export function ExportButtons({ gridApi }: { gridApi: GridApi<CaseloadRow> | null }) {
  const { t } = useTranslation();
  const { client, asOf } = useApp();
  const { exportTable, error } = useTableExport('caseload');

  async function exportShownRows(api: GridApi<CaseloadRow>, format: ExportFormat) {
    const rows: CaseloadRow[] = [];
    api.forEachNodeAfterFilterAndSort(({ data }) => data && rows.push(data));
    const table = caseloadTable(
      rows,
      (column) => t(`caseload.csvColumns.${column}`),
      (modality) => modalityLabel(t, modality),
      t('caseload.sheetName'),
    );
    await exportTable(format, table, caseloadBaseName(asOf));
  }

  // Fichier › Exporter le portefeuille… (CSV or Excel) in the desktop menu does what the
  // button of the same format does.
  const exportRef = useRef(exportShownRows);
  exportRef.current = exportShownRows;
  useEffect(
    () =>
      client.onEvent((event) => {
        if (event.type !== 'menu' || !gridApi) return;
        if (event.command === 'exportCsv') void exportRef.current(gridApi, 'csv');
        if (event.command === 'exportXlsx') void exportRef.current(gridApi, 'xlsx');
      }),
    [client, gridApi],
  );

  return (
    <>
      <button
        type="button"
        disabled={!gridApi}
        onClick={() => gridApi && void exportShownRows(gridApi, 'csv')}
      >
        {t('caseload.actions.exportCsv')}
      </button>
      <button
        type="button"
        disabled={!gridApi}
        onClick={() => gridApi && void exportShownRows(gridApi, 'xlsx')}
      >
        {t('caseload.actions.exportXlsx')}
      </button>
      {error !== null && <ErrorMessage error={error} />}
    </>
  );
}
