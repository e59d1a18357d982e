// The journal month by month, newest first. Each month (declared or not) is a section
// addressed by its period, each action by its id: the signals point at both.
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclarationCalendar } from '../../../../shared/analysis/declaration-calendar';
import type { CategoryMove } from '../../../../shared/journal/category-moves';
import type { Highlight } from '../highlight';
import type { TimelineEntry } from '../timeline-model';
import { DeclaredMonth } from './DeclaredMonth';
import { MonthGap } from './MonthGap';

interface Props {
  ref?: Ref<HTMLElement>;
  entries: readonly TimelineEntry[];
  highlight: Highlight;
  romeLabels: Record<string, string>;
  communeNames: Record<string, string>;
  /** Null where no month is pending or in progress (a controller's history). */
  calendar: DeclarationCalendar | null;
  /** The moves between categories, by the month they happened in. */
  categoryMoves: ReadonlyMap<string, CategoryMove[]>;
}

const NO_MOVES: CategoryMove[] = [];

export function Timeline({
  ref,
  entries,
  highlight,
  romeLabels,
  communeNames,
  calendar,
  categoryMoves,
}: Props) {
  const { t } = useTranslation();
  return (
    <section ref={ref} className="timeline" data-testid="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('seeker.sections.timeline')}</h2>
      <p className="hint">{t('seeker.timeline.newestFirst')}</p>
      {entries.map((entry) =>
        entry.kind === 'gap' ? (
          <MonthGap
            key={entry.period}
            period={entry.period}
            standing={entry.standing}
            calendar={calendar}
            highlighted={highlight.periods.has(entry.period)}
            categoryMoves={categoryMoves.get(entry.period) ?? NO_MOVES}
          />
        ) : (
          <DeclaredMonth
            key={entry.period}
            entry={entry}
            highlight={highlight}
            romeLabels={romeLabels}
            communeNames={communeNames}
            calendar={calendar}
            categoryMoves={categoryMoves.get(entry.period) ?? NO_MOVES}
          />
        ),
      )}
    </section>
  );
}
