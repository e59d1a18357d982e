// The toolbar's actions on the grid itself: put the columns back, export what is shown
// (CSV or XLSX).
import { formatMonth } from './format';
import type { GridApi } from 'ag-grid-community';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Caseload, CaseloadRow } from '../../../shared/api/contract';
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

interface ExportProps {
  gridApi: GridApi<CaseloadRow> | null;
  /** The months of each row's activity, and which one is in progress (null while loading). */
  caseload: Pick<Caseload, 'activityPeriods' | 'calendar'> | null;
}

/**
 * Exports the rows as the grid shows them: the same filter, search and order, as CSV or
 * XLSX. The activity column holds whole months only, and its header names them: a month
 * in progress would read as a collapse in a spreadsheet, where nothing can mark it.
 */
export function ExportButtons({ gridApi, caseload }: ExportProps) {
  const { t } = useTranslation();
  const { client, asOf } = useApp();
  const { exportTable, error } = useTableExport('caseload');

  async function exportShownRows(api: GridApi<CaseloadRow>, format: ExportFormat) {
    const rows: CaseloadRow[] = [];
    api.forEachNodeAfterFilterAndSort(({ data }) => data && rows.push(data));
    const periods = caseload?.activityPeriods ?? [];
    const inProgress = caseload?.calendar.periodInProgress;
    const whole = periods.filter((period) => period !== inProgress);
    const activityHeader = t('caseload.csvColumns.activityMonths', {
      from: formatMonth(whole[0] ?? null),
      to: formatMonth(whole[whole.length - 1] ?? null),
    });
    const table = caseloadTable(
      rows.map((row) => ({ ...row, activity: row.activity.slice(0, whole.length) })),
      (column) => (column === 'activity' ? activityHeader : t(`caseload.csvColumns.${column}`)),
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
