// The caseload grid's columns. Built once per language (the screen memoises them): new
// column objects on every render would make ag-grid rebuild its columns each time.
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { RecommendationId, SignalId } from '../../../shared/analysis/types';
import type { CaseloadRow } from '../../../shared/api/contract';
import { AttentionCell } from './AttentionCell';
import { formatDay, formatMonth } from './format';
import { recommendationLabel } from './labels';
import { SignalBadgesCell } from './SignalBadgesCell';
import { SparklineCell } from './SparklineCell';

/** The colId end-to-end tests and the default sort rely on. */
export const ATTENTION_COL_ID = 'attention';

export function modalityLabel(t: TFunction, modality: string): string {
  return t(`caseload.modality.${modality}`, { defaultValue: modality });
}

export function caseloadColumnDefs(t: TFunction): ColDef<CaseloadRow>[] {
  return [
    {
      colId: 'name',
      headerName: t('caseload.columns.name'),
      valueGetter: ({ data }) => (data ? `${data.lastName} ${data.firstName}` : ''),
      pinned: 'left',
      width: 180,
      cellClass: 'caseload-name',
    },
    { field: 'seekerId', headerName: t('caseload.columns.seekerId'), width: 115 },
    {
      field: 'modality',
      headerName: t('caseload.columns.modality'),
      width: 110,
      valueFormatter: ({ value }: ValueFormatterParams<CaseloadRow, string>) =>
        value ? modalityLabel(t, value) : '',
    },
    {
      field: 'monthsFollowed',
      headerName: t('caseload.columns.monthsFollowed'),
      type: 'numericColumn',
      width: 90,
    },
    {
      field: 'lastDeclaration',
      headerName: t('caseload.columns.lastDeclaration'),
      width: 130,
      cellDataType: false,
      // ISO periods sort as text; only their display is French.
      valueFormatter: ({ value }: ValueFormatterParams<CaseloadRow, string | null>) =>
        formatMonth(value ?? null),
    },
    {
      field: 'actionsLast30Days',
      headerName: t('caseload.columns.actionsLast30Days'),
      type: 'numericColumn',
      width: 100,
    },
    {
      field: 'activity',
      headerName: t('caseload.columns.activity'),
      cellRenderer: SparklineCell,
      sortable: false,
      // Arrays drawn by a renderer: no cell data type for the grid to infer.
      cellDataType: false,
      width: 125,
    },
    {
      colId: ATTENTION_COL_ID,
      field: 'attention',
      headerName: t('caseload.columns.attention'),
      cellRenderer: AttentionCell,
      sort: 'desc',
      sortingOrder: ['desc', 'asc'],
      width: 155,
    },
    {
      field: 'signals',
      headerName: t('caseload.columns.signals'),
      cellRenderer: SignalBadgesCell,
      // More signals first when sorted: a rough but honest order for a list of labels.
      comparator: (a: SignalId[], b: SignalId[]) => a.length - b.length,
      cellDataType: false,
      width: 340,
    },
    {
      field: 'topRecommendation',
      headerName: t('caseload.columns.topRecommendation'),
      valueFormatter: ({ value }: ValueFormatterParams<CaseloadRow, RecommendationId | null>) =>
        recommendationLabel(value ?? null),
      // Labels run longer than the column: the whole one on hover.
      tooltipValueGetter: ({ valueFormatted }) => valueFormatted,
      minWidth: 190,
      flex: 1,
    },
    {
      field: 'benefitEnd',
      headerName: t('caseload.columns.benefitEnd'),
      width: 115,
      cellDataType: false,
      valueFormatter: ({ value }: ValueFormatterParams<CaseloadRow, string | null>) =>
        formatDay(value ?? null),
    },
  ];
}
