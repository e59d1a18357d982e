// The months newest first, each declared month as written and each silent month kept in
// place (the seeker page's timeline model), with nothing the analysis adds.
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeekerJournal } from '../../../shared/journal/contract';
import { buildTimeline } from '../seeker/timeline-model';
import { MonthGap } from '../seeker/timeline/MonthGap';
import { HistoryMonth } from './HistoryMonth';

interface Props {
  journal: SeekerJournal;
  romeLabels: Record<string, string>;
  communeNames: Record<string, string>;
}

export function HistoryJournal({ journal, romeLabels, communeNames }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const entries = useMemo(() => buildTimeline(journal.months, []), [journal.months]);

  return (
    <section className="timeline" data-testid="history-journal" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('history.journal.title')}</h2>
      {entries.length === 0 ? (
        <p className="hint">{t('history.journal.empty')}</p>
      ) : (
        <p className="hint">{t('history.journal.summary', { count: journal.months.length })}</p>
      )}
      {entries.map((entry) =>
        entry.kind === 'gap' ? (
          <MonthGap
            key={entry.period}
            period={entry.period}
            standing={entry.standing}
            calendar={null}
            highlighted={false}
          />
        ) : (
          <HistoryMonth
            key={entry.period}
            month={entry.month}
            actions={entry.actions}
            romeLabels={romeLabels}
            communeNames={communeNames}
          />
        ),
      )}
    </section>
  );
}
