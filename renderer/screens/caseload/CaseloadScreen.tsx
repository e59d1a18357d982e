// Portefeuille: every person followed, most urgent first, to decide whom to see next.
import type { GridApi } from 'ag-grid-community';
import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignalId } from '../../../shared/analysis/types';
import type { CaseloadRow } from '../../../shared/api/contract';
import { useApp, useHashRoute } from '../../app/app-context';
import { useApi } from '../../app/use-api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { HistoryViewsPanel } from '../audit/HistoryViewsPanel';
import '../../styles/caseload.css';
import { CaseloadGrid } from './CaseloadGrid';
import { CounsellorSelect } from './CounsellorSelect';
import { ExportButtons, ResetColumnsButton } from './GridActions';
import { RowCount } from './RowCount';
import { SearchBox } from './SearchBox';
import { SignalFilterChips } from './SignalFilterChips';
import { countRowsBySignal, toggleSignal } from './signal-filter';
import { useDebouncedValue } from './use-debounced-value';

const NO_SIGNALS: ReadonlySet<SignalId> = new Set();
const SEARCH_PAUSE_MS = 50;

export function CaseloadScreen() {
  const { t } = useTranslation();
  const { info, asOf, navigate } = useApp();
  const titleId = useId();
  // Whose portfolio is in the address, so the team dashboard can link to one of them.
  const route = useHashRoute();
  const counsellorId = (route.screen === 'caseload' && route.counsellorId) || null;
  const chooseCounsellor = useCallback(
    (id: string | null) =>
      navigate(id === null ? { screen: 'caseload' } : { screen: 'caseload', counsellorId: id }),
    [navigate],
  );
  const [search, setSearch] = useState('');
  // A signal in the address (a count of the team dashboard) is the chip pressed on arrival.
  const routeSignal = (route.screen === 'caseload' && route.signal) || null;
  const signalsOf = (signal: SignalId | null) => (signal ? new Set([signal]) : NO_SIGNALS);
  const [selectedSignals, setSelectedSignals] = useState(() => signalsOf(routeSignal));
  const [signalOfRoute, setSignalOfRoute] = useState(routeSignal);
  if (routeSignal !== signalOfRoute) {
    setSignalOfRoute(routeSignal);
    setSelectedSignals(signalsOf(routeSignal));
  }
  const [gridApi, setGridApi] = useState<GridApi<CaseloadRow> | null>(null);
  const [shownCount, setShownCount] = useState<number | null>(null);
  const [caseload, reload] = useApi('caseload.list', { counsellorId, asOf });

  // Filtering 10,000 rows is a substring test each (search-index.ts), but the grid
  // redraws after it: a short pause lets a burst of keystrokes redraw once.
  const settledSearch = useDebouncedValue(search, SEARCH_PAUSE_MS);
  const rows = caseload.value?.rows;
  const signalCounts = useMemo(() => countRowsBySignal(rows ?? []), [rows]);
  const toggle = useCallback(
    (signal: SignalId) => setSelectedSignals((selected) => toggleSignal(selected, signal)),
    [],
  );
  // While an error has taken the grid away, its last API must not be called.
  const liveGridApi = caseload.value ? gridApi : null;
  const openSeeker = useCallback(
    (seekerId: string) => navigate({ screen: 'seeker', seekerId }),
    [navigate],
  );

  return (
    <section className="caseload-screen" aria-labelledby={titleId}>
      <div className="caseload-toolbar">
        <h1 id={titleId}>{t('caseload.title')}</h1>
        {info.user?.role !== 'counsellor' && (
          <CounsellorSelect
            counsellors={info.counsellors}
            counsellorId={counsellorId}
            onChange={chooseCounsellor}
          />
        )}
        <SearchBox value={search} onChange={setSearch} />
        {rows && <RowCount shown={shownCount ?? rows.length} total={rows.length} />}
        <div className="caseload-toolbar__actions">
          <ResetColumnsButton gridApi={liveGridApi} />
          <ExportButtons gridApi={liveGridApi} caseload={caseload.value ?? null} />
        </div>
      </div>
      {/* Without rows the counts would all read 0, which is not what the caseload holds. */}
      {rows && (
        <SignalFilterChips counts={signalCounts} selected={selectedSignals} onToggle={toggle} />
      )}
      {caseload.status === 'error' && <ErrorMessage error={caseload.error} onRetry={reload} />}
      <p className="caseload-progress" role="status">
        {caseload.status === 'loading' && t(rows ? 'caseload.refreshing' : 'caseload.loading')}
      </p>
      {caseload.value && (
        <CaseloadGrid
          rows={caseload.value.rows}
          activityPeriods={caseload.value.activityPeriods}
          calendar={caseload.value.calendar}
          search={settledSearch}
          selectedSignals={selectedSignals}
          busy={caseload.status === 'loading'}
          onReady={setGridApi}
          onDisplayedCountChange={setShownCount}
          onOpenSeeker={openSeeker}
        />
      )}
      {/* A counsellor is told who read their seekers' history; a team lead has the trail. */}
      {info.user?.role === 'counsellor' && <HistoryViewsPanel />}
    </section>
  );
}
