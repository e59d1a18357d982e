// The months newest first, from registration to the last month due, each declared month
// as written and each silent month shown as such (history-months.ts), with nothing the
// analysis adds.
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclarationCalendar } from '../../../shared/analysis/declaration-calendar';
import type { SeekerJournal } from '../../../shared/journal/contract';
import { MonthGap } from '../seeker/timeline/MonthGap';
import { historyMonths } from './history-months';
import { HistoryMonth } from './HistoryMonth';

interface Props {
  journal: SeekerJournal;
  romeLabels: Record<string, string>;
  communeNames: Record<string, string>;
  calendar: DeclarationCalendar;
}

export function HistoryJournal({ journal, romeLabels, communeNames, calendar }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const entries = useMemo(() => historyMonths(journal, calendar), [journal, calendar]);
  const silent = entries.filter((e) => e.kind === 'gap' && e.standing === 'due').length;

  return (
    <section className="timeline" data-testid="history-journal" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('history.journal.title')}</h2>
      {journal.months.length === 0 ? (
        <p className="hint">{t('history.journal.empty')}</p>
      ) : (
        <p className="hint">
          {t('history.journal.summary', { count: journal.months.length })}{' '}
          {t('history.journal.silent', { count: silent })}
        </p>
      )}
      {entries.map((entry) =>
        entry.kind === 'gap' ? (
          <MonthGap
            key={entry.period}
            period={entry.period}
            standing={entry.standing}
            calendar={calendar}
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
