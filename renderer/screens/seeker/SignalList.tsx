// What the analysis noticed, each with the facts behind it. Choosing a signal shows
// those facts in the timeline; choosing it again clears the selection.
import { useTranslation } from 'react-i18next';
import { evidenceText, signalName } from '../../i18n/analysis';
import type { Signal, SignalId } from '../../../shared/analysis/types';
import { formatPercent } from '../../format';
import type { Category } from '../../../shared/journal/contract';
import { useCategoryText } from './category-text';
import { severityLevel } from './severity';

interface Props {
  signals: readonly Signal[];
  /** Set when the person's category is not expected to search: the page says so. */
  notSearchingCategory: Category | null;
  selected: SignalId | null;
  onSelect: (id: SignalId | null) => void;
}

export function SignalList({ signals, notSearchingCategory, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const categoryText = useCategoryText();
  return (
    <section className="seeker-panel" aria-labelledby="signals-title">
      <h2 id="signals-title">{t('seeker.sections.signals')}</h2>
      {notSearchingCategory !== null && (
        <p className="hint" data-testid="search-not-expected">
          {t('seeker.signals.searchNotExpected', {
            category: categoryText(notSearchingCategory),
          })}
        </p>
      )}
      {signals.length === 0 ? (
        <p className="hint">{t('seeker.signals.none')}</p>
      ) : (
        <>
          <p className="hint">{t('seeker.signals.intro')}</p>
          <ul className="signal-list">
            {signals.map((signal) => (
              <SignalItem
                key={signal.id}
                signal={signal}
                pressed={signal.id === selected}
                onToggle={() => onSelect(signal.id === selected ? null : signal.id)}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function SignalItem({
  signal,
  pressed,
  onToggle,
}: {
  signal: Signal;
  pressed: boolean;
  onToggle: () => void;
}) {
  const { t } = useTranslation();
  const level = severityLevel(signal.severity);
  return (
    <li
      className={`signal severity-${level}${pressed ? ' is-selected' : ''}`}
      data-signal-id={signal.id}
    >
      <div className="signal-head">
        <h3>{signalName(signal.id)}</h3>
        <span className="severity">
          {t('seeker.signals.severity', {
            level: t(`seeker.signals.levels.${level}`),
            percent: formatPercent(signal.severity),
          })}
        </span>
      </div>
      <ul className="evidence-list">
        {signal.evidence.map((evidence, index) => (
          <li key={`${evidence.key}-${index}`}>{evidenceText(evidence)}</li>
        ))}
      </ul>
      <button type="button" className="toggle" aria-pressed={pressed} onClick={onToggle}>
        <span aria-hidden="true">{pressed ? '◆ ' : '◇ '}</span>
        {pressed ? t('seeker.signals.shown') : t('seeker.signals.show')}
        {/* Every signal has this button: its name says which signal it is for. */}
        <span className="visually-hidden"> — {signalName(signal.id)}</span>
      </button>
    </li>
  );
}
