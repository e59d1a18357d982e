// Every chart comes with its figures as a table, behind a disclosure button: the same
// numbers for a screen reader, a keyboard user or anyone who wants the exact values.
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  testId: string;
  title: string;
  /** A sentence under the title that says the chart's main fact in words. */
  summary?: string;
  chart: ReactNode;
  table: ReactNode;
}

export function ChartFigure({ testId, title, summary, chart, table }: Props) {
  const { t } = useTranslation();
  const [showData, setShowData] = useState(false);
  const tableId = useId();
  return (
    <figure className="chart-figure" data-testid={testId}>
      <figcaption>
        <span className="chart-title">{title}</span>
        {summary && <span className="chart-summary">{summary}</span>}
      </figcaption>
      {/* The picture is decorative for assistive technologies: the table carries the figures. */}
      <div className="chart-area" aria-hidden="true">
        {chart}
      </div>
      <button
        type="button"
        className="disclosure"
        aria-expanded={showData}
        aria-controls={tableId}
        onClick={() => setShowData((shown) => !shown)}
      >
        {showData ? t('seeker.charts.hideData') : t('seeker.charts.showData')}
      </button>
      {/* The table may scroll: focusable, so the keyboard can scroll it too. */}
      <div
        id={tableId}
        hidden={!showData}
        className="chart-data"
        role="group"
        aria-label={title}
        tabIndex={showData ? 0 : undefined}
      >
        {showData && table}
      </div>
    </figure>
  );
}
