// One seeker's journal as the controller reads it: who the person is, the reminder that
// this view is in the audit trail with its reason, then the months as declared.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLongDate, personName } from '../../format';
import { Fact } from '../../components/Fact';
import { HistoryJournal } from './HistoryJournal';
import type { OpenedHistory } from './HistoryRequestForm';

interface Props {
  titleId: string;
  opened: OpenedHistory;
  onAnotherSeeker(): void;
}

export function SeekerHistoryView({ titleId, opened, onAnotherSeeker }: Props) {
  const { t } = useTranslation();
  const { journal, romeLabels, communeNames, calendar } = opened.history;
  const titleRef = useRef<HTMLHeadingElement>(null);
  const againHintId = useId();

  // The form that had the focus is gone: the journal's title takes it.
  useEffect(() => titleRef.current?.focus(), []);

  return (
    <>
      <h1 id={titleId} ref={titleRef} tabIndex={-1}>
        {t('history.view.title', { name: personName(journal.first_name, journal.last_name) })}
      </h1>
      <p className="audit-notice" data-testid="history-recorded">
        {t('history.view.recorded', { reason: opened.reason })}
      </p>
      <dl className="history-facts">
        <Fact term={t('history.view.id')}>{journal.seeker_id}</Fact>
        <Fact term={t('history.view.registeredOn')}>
          <time dateTime={journal.registered_on}>{formatLongDate(journal.registered_on)}</time>
        </Fact>
        <Fact term={t('history.view.counsellor')}>{journal.counsellor_id}</Fact>
        <Fact term={t('history.view.digitalAccess')}>
          {journal.digital_access ? t('history.view.yes') : t('history.view.no')}
        </Fact>
      </dl>
      <p className="history-again">
        <button type="button" onClick={onAnotherSeeker} aria-describedby={againHintId}>
          {t('history.view.anotherSeeker')}
        </button>
        <span id={againHintId} className="hint">
          {t('history.view.anotherSeekerHint')}
        </span>
      </p>
      <HistoryJournal
        journal={journal}
        romeLabels={romeLabels}
        communeNames={communeNames}
        calendar={calendar}
      />
    </>
  );
}
