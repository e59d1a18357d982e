// The page's layout and the one piece of state its parts share: the signal selected to
// be shown in the timeline.
import { useMemo, useRef, useState } from 'react';
import type { SeekerPage } from '../../../shared/api/contract';
import type { SignalId } from '../../../shared/analysis/types';
import { useTranslation } from 'react-i18next';
import { ActionPlan } from './ActionPlan';
import { CanEditContext } from './can-edit';
import { DismissedList } from './DismissedList';
import { EnterMonth } from './EnterMonth';
import { Notes } from './Notes';
import { NO_HIGHLIGHT, firstHighlighted, highlightOf } from './highlight';
import { RecommendationList } from './RecommendationList';
import { chartedMonths } from './chart-series';
import { SeekerCharts } from './charts/SeekerCharts';
import { SeekerHeader } from './SeekerHeader';
import { SignalList } from './SignalList';
import { Timeline } from './timeline/Timeline';
import { buildTimeline } from './timeline-model';
import { categoryMovesByPeriod } from '../../../shared/journal/category-moves';
import { scrollToEvidence } from './scroll-to-evidence';

interface Props {
  page: SeekerPage;
  asOf: string;
  onChanged: () => void;
}

export function SeekerPageView({ page, asOf, onChanged }: Props) {
  const { t } = useTranslation();
  const { journal, analysis } = page;
  const [selectedSignal, setSelectedSignal] = useState<SignalId | null>(null);
  const timelineRef = useRef<HTMLElement>(null);

  const timeline = useMemo(
    () => buildTimeline(journal.months, analysis.indicators, page.calendar),
    [journal.months, analysis.indicators, page.calendar],
  );
  const categoryMoves = useMemo(
    () => categoryMovesByPeriod(journal.category_history),
    [journal.category_history],
  );
  const charted = useMemo(
    () => chartedMonths(analysis.indicators, journal),
    [analysis.indicators, journal],
  );
  const highlight = useMemo(() => {
    const signal = analysis.signals.find((s) => s.id === selectedSignal);
    return signal ? highlightOf(signal.evidence) : NO_HIGHLIGHT;
  }, [analysis.signals, selectedSignal]);

  // Scrolling belongs to the choice, not to the render: a reload after accepting a
  // recommendation keeps the selection and must not move the page.
  const selectSignal = (id: SignalId | null) => {
    setSelectedSignal(id);
    const signal = analysis.signals.find((s) => s.id === id);
    if (signal) {
      scrollToEvidence(
        timelineRef.current,
        firstHighlighted(timeline, highlightOf(signal.evidence)),
      );
    }
  };

  return (
    <CanEditContext.Provider value={page.canEdit}>
      <div className="seeker-page">
        <SeekerHeader
          journal={journal}
          attention={analysis.attention}
          romeLabels={page.romeLabels}
        />
        {!page.canEdit && (
          <p className="read-only-notice" role="note">
            {t('seeker.readOnly')}
          </p>
        )}
        <div className="seeker-columns">
          <div className="seeker-main">
            <SeekerCharts
              indicators={charted}
              ore={journal.ore}
              oreFamilies={page.oreFamilies}
              calendar={page.calendar}
            />
            {page.canEdit && (
              <EnterMonth seekerId={journal.seeker_id} asOf={asOf} onChanged={onChanged} />
            )}
            <Timeline
              ref={timelineRef}
              entries={timeline}
              highlight={highlight}
              romeLabels={page.romeLabels}
              communeNames={page.communeNames}
              calendar={page.calendar}
              categoryMoves={categoryMoves}
            />
          </div>
          <aside className="seeker-aside">
            <SignalList
              signals={analysis.signals}
              notSearchingCategory={page.searchExpected ? null : journal.category}
              selected={selectedSignal}
              onSelect={selectSignal}
            />
            <RecommendationList
              seekerId={journal.seeker_id}
              asOf={asOf}
              recommendations={analysis.recommendations}
              actionPlan={page.actionPlan}
              romeLabels={page.romeLabels}
              onChanged={onChanged}
            />
            <ActionPlan
              seekerId={journal.seeker_id}
              items={page.actionPlan}
              onChanged={onChanged}
            />
            <Notes seekerId={journal.seeker_id} notes={page.notes} onChanged={onChanged} />
            <DismissedList dismissals={page.dismissals} />
          </aside>
        </div>
      </div>
    </CanEditContext.Provider>
  );
}
