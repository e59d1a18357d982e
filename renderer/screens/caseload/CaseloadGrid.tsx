// The caseload grid: ag-grid Community with its own keyboard navigation and row
// virtualisation. The screen owns the search, the signal chips and the toolbar; the grid
// applies them and reports what it shows.
import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';
import type {
  CellKeyDownEvent,
  ColDef,
  FullWidthCellKeyDownEvent,
  GetRowIdParams,
  GridApi,
  GridReadyEvent,
  IRowNode,
  ModelUpdatedEvent,
  RowClickedEvent,
} from 'ag-grid-community';
import { AG_GRID_LOCALE_EN, AG_GRID_LOCALE_FR } from '@ag-grid-community/locale';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignalId } from '../../../shared/analysis/types';
import type { CaseloadRow } from '../../../shared/api/contract';
import { caseloadColumnDefs, modalityLabel } from './column-defs';
import { isPersonChange, restoreColumnState, saveColumnState } from './column-state';
import { STYLE_NONCE } from '../../style-nonce';
import type { DeclarationCalendar } from '../../../shared/analysis/declaration-calendar';
import type { CaseloadGridContext } from './grid-context';
import { buildSearchIndex, foldForSearch, matchesSearch } from './search-index';
import { hasEverySignal } from './signal-filter';
import { useLocale } from '../../i18n';

ModuleRegistry.registerModules([AllCommunityModule]);

const caseloadTheme = themeQuartz.withParams({
  accentColor: '#000091',
  fontFamily: 'inherit',
  fontSize: 14,
  headerFontWeight: 600,
  rowHeight: 40,
  // Narrower than the theme's 16 px a side, and headers a size below the cells: eleven
  // columns fit a 1366-pixel screen (column-defs.ts).
  cellHorizontalPaddingScale: 0.5,
  headerFontSize: 13,
  wrapperBorderRadius: 4,
});

const rowIdOf = ({ data }: GetRowIdParams<CaseloadRow>) => data.seekerId;

export interface CaseloadGridProps {
  /** Kept by reference: a new array would make the grid diff every row again. */
  rows: CaseloadRow[];
  activityPeriods: readonly string[];
  calendar: DeclarationCalendar;
  search: string;
  selectedSignals: ReadonlySet<SignalId>;
  busy: boolean;
  onReady(api: GridApi<CaseloadRow>): void;
  onDisplayedCountChange(count: number): void;
  onOpenSeeker(seekerId: string): void;
}

export function CaseloadGrid({
  rows,
  activityPeriods,
  calendar,
  search,
  selectedSignals,
  busy,
  onReady,
  onDisplayedCountChange,
  onOpenSeeker,
}: CaseloadGridProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const columnDefs = useMemo(() => caseloadColumnDefs(t), [t]);
  const context = useMemo<CaseloadGridContext>(
    () => ({ activityPeriods, calendar }),
    [activityPeriods, calendar],
  );
  // ag-grid's own words (screen-reader announcements, menus) in the chosen language, ours
  // on top. The grid reads them once: a new language remounts it (key), its column state
  // is restored from storage as on any visit.
  const localeText = useMemo(
    () => ({
      ...(locale === 'en' ? AG_GRID_LOCALE_EN : AG_GRID_LOCALE_FR),
      noRowsToShow: t('caseload.noRows'),
    }),
    [locale, t],
  );

  const apiRef = useRef<GridApi<CaseloadRow> | null>(null);
  const modalityLabelOf = useCallback((modality: string) => modalityLabel(t, modality), [t]);
  const { isExternalFilterPresent, doesExternalFilterPass } = useRowFilter(
    apiRef,
    rows,
    search,
    selectedSignals,
    modalityLabelOf,
  );

  const onGridReady = useCallback(
    ({ api }: GridReadyEvent<CaseloadRow>) => {
      restoreColumnState(api);
      apiRef.current = api;
      onReady(api);
    },
    [onReady],
  );

  const onModelUpdated = useCallback(
    ({ api }: ModelUpdatedEvent<CaseloadRow>) => onDisplayedCountChange(api.getDisplayedRowCount()),
    [onDisplayedCountChange],
  );

  const onRowClicked = useCallback(
    ({ data }: RowClickedEvent<CaseloadRow>) => data && onOpenSeeker(data.seekerId),
    [onOpenSeeker],
  );

  const onCellKeyDown = useCallback(
    ({ event, data }: CellKeyDownEvent<CaseloadRow> | FullWidthCellKeyDownEvent<CaseloadRow>) => {
      if (data && event instanceof KeyboardEvent && event.key === 'Enter') {
        onOpenSeeker(data.seekerId);
      }
    },
    [onOpenSeeker],
  );

  return (
    <div
      className="caseload-grid"
      data-testid="caseload-grid"
      role="region"
      aria-label={t('caseload.gridLabel')}
      aria-busy={busy}
    >
      <AgGridReact<CaseloadRow>
        key={locale}
        theme={caseloadTheme}
        styleNonce={STYLE_NONCE}
        rowData={rows}
        columnDefs={columnDefs}
        defaultColDef={DEFAULT_COL_DEF}
        getRowId={rowIdOf}
        context={context}
        localeText={localeText}
        isExternalFilterPresent={isExternalFilterPresent}
        doesExternalFilterPass={doesExternalFilterPass}
        rowClass="caseload-row"
        // Rows sliding into place after a search or a sort look smooth but keep the
        // old rows on screen for 400 ms: the answer should be there at once.
        animateRows={false}
        onGridReady={onGridReady}
        onModelUpdated={onModelUpdated}
        onRowClicked={onRowClicked}
        onCellKeyDown={onCellKeyDown}
        onSortChanged={savePersonChange}
        onColumnMoved={saveFinishedChange}
        onColumnResized={saveFinishedChange}
        onColumnPinned={savePersonChange}
        onColumnVisible={savePersonChange}
      />
    </div>
  );
}

const DEFAULT_COL_DEF: ColDef<CaseloadRow> = {
  sortable: true,
  resizable: true,
  // Headers such as « Dernière déclaration » wrap rather than being cut off.
  wrapHeaderText: true,
  autoHeaderHeight: true,
};

/** What the column and sort events have in common, enough to decide to save. */
interface LayoutChange {
  api: GridApi<CaseloadRow>;
  source: string;
}

function savePersonChange({ api, source }: LayoutChange) {
  if (isPersonChange(source)) saveColumnState(api);
}

/** Dragging a column or its edge raises many events: save once, at the drop. */
function saveFinishedChange(event: LayoutChange & { finished: boolean }) {
  if (event.finished) savePersonChange(event);
}

/**
 * The signal chips and the quick search as ag-grid's external filter. The grid keeps
 * the callbacks it was given, so they read the selection through refs and stay the same
 * functions; a new selection or query only asks the grid to filter again.
 */
function useRowFilter(
  apiRef: RefObject<GridApi<CaseloadRow> | null>,
  rows: readonly CaseloadRow[],
  search: string,
  selectedSignals: ReadonlySet<SignalId>,
  modalityLabelOf: (modality: string) => string,
) {
  const index = useMemo(() => buildSearchIndex(rows, modalityLabelOf), [rows, modalityLabelOf]);
  const current = useRef({ index, query: '', selected: selectedSignals });
  useEffect(() => {
    current.current = { index, query: foldForSearch(search.trim()), selected: selectedSignals };
    apiRef.current?.onFilterChanged();
  }, [apiRef, index, search, selectedSignals]);

  const isExternalFilterPresent = useCallback(
    () => current.current.selected.size > 0 || current.current.query !== '',
    [],
  );
  const doesExternalFilterPass = useCallback((node: IRowNode<CaseloadRow>) => {
    const { index, query, selected } = current.current;
    return (
      node.data !== undefined &&
      hasEverySignal(node.data, selected) &&
      matchesSearch(index, node.data, query)
    );
  }, []);
  return { isExternalFilterPresent, doesExternalFilterPass };
}
