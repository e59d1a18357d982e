// What the analysis noticed, each with its severity in words and the facts behind it:
// the seeker page's signal list without its buttons, for reading and printing.
import { useTranslation } from 'react-i18next';
import { evidenceText, signalName } from '../../i18n/analysis';
import type { Signal } from '../../../shared/analysis/types';
import { formatPercent } from '../../format';
import { severityLevel } from '../seeker/severity';
import { ReportSection } from './ReportSection';

export function ReportSignals({ signals }: { signals: readonly Signal[] }) {
  const { t } = useTranslation();
  const bySeverity = [...signals].sort((a, b) => b.severity - a.severity);
  return (
    <ReportSection id="signals" title={t('report.sections.signals')}>
      {bySeverity.length === 0 ? (
        <p className="report-hint">{t('report.signals.none')}</p>
      ) : (
        <ul className="report-items">
          {bySeverity.map((signal) => {
            const level = severityLevel(signal.severity);
            return (
              <li
                key={signal.id}
                className={`report-item severity-${level}`}
                data-signal-id={signal.id}
              >
                <h3>{signalName(signal.id)}</h3>
                <p className="report-severity">
                  {t('report.signals.severity', {
                    level: t(`seeker.signals.levels.${level}`),
                    percent: formatPercent(signal.severity),
                  })}
                </p>
                <ul>
                  {signal.evidence.map((evidence, index) => (
                    <li key={`${evidence.key}-${index}`}>{evidenceText(evidence)}</li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </ReportSection>
  );
}
