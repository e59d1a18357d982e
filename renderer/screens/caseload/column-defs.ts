// The caseload grid's columns. Built once per language (the screen memoises them): new
// column objects on every render would make ag-grid rebuild its columns each time.
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { RecommendationId, SignalId } from '../../../shared/analysis/types';
import type { CaseloadRow } from '../../../shared/api/contract';
import { personName } from '../../format';
import { AttentionCell } from './AttentionCell';
import { formatDay, lastDeclarationText } from './format';
import type { CaseloadGridContext } from './grid-context';
import { recommendationLabel } from './labels';
import { SignalBadgesCell } from './SignalBadgesCell';
import { SparklineCell } from './SparklineCell';

/** The colId end-to-end tests and the default sort rely on. */
export const ATTENTION_COL_ID = 'attention';

export function modalityLabel(t: TFunction, modality: string): string {
  return t(`caseload.modality.${modality}`, { defaultValue: modality });
}

/** Shown first name first, as on every other screen; sorted by last name, as a list is. */
export function compareByLastName(a: CaseloadRow, b: CaseloadRow): number {
  return (
    a.lastName.localeCompare(b.lastName, 'fr', { sensitivity: 'base' }) ||
    a.firstName.localeCompare(b.firstName, 'fr', { sensitivity: 'base' })
  );
}

// The widths add up to what a 1366-pixel screen shows beside the frame (the grid's cell
// padding is narrowed to match): nothing the counsellor sorts on is off to the right. The
// recommendation comes last and takes what is left, on two lines, the whole label on hover.
export function caseloadColumnDefs(t: TFunction): ColDef<CaseloadRow>[] {
  return [
    {
      colId: 'name',
      headerName: t('caseload.columns.name'),
      valueGetter: ({ data }) => (data ? personName(data.firstName, data.lastName) : ''),
      comparator: (_a, _b, nodeA, nodeB) =>
        nodeA.data && nodeB.data ? compareByLastName(nodeA.data, nodeB.data) : 0,
      pinned: 'left',
      width: 160,
      cellClass: 'caseload-name',
      tooltipValueGetter: ({ value }) => value as string,
    },
    { field: 'seekerId', headerName: t('caseload.columns.seekerId'), width: 96 },
    {
      field: 'modality',
      headerName: t('caseload.columns.modality'),
      width: 80,
      valueFormatter: ({ value }: ValueFormatterParams<CaseloadRow, string>) =>
        value ? modalityLabel(t, value) : '',
    },
    {
      field: 'monthsFollowed',
      headerName: t('caseload.columns.monthsFollowed'),
      type: 'numericColumn',
      width: 64,
    },
    {
      field: 'lastDeclaration',
      headerName: t('caseload.columns.lastDeclaration'),
      width: 100,
      cellDataType: false,
      // ISO periods sort as text; only their display is French. The month being declared
      // (until the 15th) is pending, not missing: said beside the last one declared.
      valueFormatter: ({
        value,
        context,
      }: ValueFormatterParams<CaseloadRow, string | null, CaseloadGridContext>) =>
        lastDeclarationText(t, value ?? null, context.calendar),
      tooltipValueGetter: ({ valueFormatted }) => valueFormatted,
      cellClass: 'caseload-two-lines',
    },
    {
      field: 'actionsLast30Days',
      headerName: t('caseload.columns.actionsLast30Days'),
      type: 'numericColumn',
      width: 74,
    },
    {
      field: 'activity',
      headerName: t('caseload.columns.activity'),
      cellRenderer: SparklineCell,
      sortable: false,
      // Arrays drawn by a renderer: no cell data type for the grid to infer.
      cellDataType: false,
      width: 106,
    },
    {
      colId: ATTENTION_COL_ID,
      field: 'attention',
      headerName: t('caseload.columns.attention'),
      cellRenderer: AttentionCell,
      sort: 'desc',
      sortingOrder: ['desc', 'asc'],
      width: 132,
    },
    {
      field: 'signals',
      headerName: t('caseload.columns.signals'),
      cellRenderer: SignalBadgesCell,
      // More signals first when sorted: a rough but honest order for a list of labels.
      comparator: (a: SignalId[], b: SignalId[]) => a.length - b.length,
      cellDataType: false,
      width: 256,
    },
    {
      field: 'benefitEnd',
      headerName: t('caseload.columns.benefitEnd'),
      width: 100,
      cellDataType: false,
      // Rights already ended are not a deadline to come: « échus le … ».
      valueFormatter: ({
        value,
        context,
      }: ValueFormatterParams<CaseloadRow, string | null, CaseloadGridContext>) =>
        value != null && value < context.calendar.asOf
          ? t('caseload.benefitEnded', { date: formatDay(value) })
          : formatDay(value ?? null),
      tooltipValueGetter: ({ valueFormatted }) => valueFormatted,
      cellClass: 'caseload-two-lines',
    },
    {
      field: 'topRecommendation',
      headerName: t('caseload.columns.topRecommendation'),
      valueFormatter: ({ value }: ValueFormatterParams<CaseloadRow, RecommendationId | null>) =>
        recommendationLabel(value ?? null),
      // Labels run longer than the column: on two lines, and the whole one on hover.
      tooltipValueGetter: ({ valueFormatted }) => valueFormatted,
      cellClass: 'caseload-two-lines',
      minWidth: 110,
      flex: 1,
    },
  ];
}
