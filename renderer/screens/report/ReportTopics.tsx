// The interview's agenda: the suggested topics, most pressing first, each with the fact
// that raises it and what to bring (shared/report/interview-topics.ts).
import { useTranslation } from 'react-i18next';
import type { InterviewTopic } from '../../../shared/api/report';
import { ReportSection } from './ReportSection';

export function ReportTopics({ topics }: { topics: readonly InterviewTopic[] }) {
  const { t } = useTranslation();
  return (
    <ReportSection id="topics" title={t('report.sections.topics')}>
      <p className="report-hint">{t('report.topics.intro')}</p>
      <ol className="report-topics-list">
        {topics.map((topic) => (
          <li key={topic.subject} className="report-topic">
            <p className="report-topic-subject">{topic.subject}</p>
            {topic.points.length > 0 && (
              <ul>
                {topic.points.map((point) => (
                  <li key={point}>{point}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </ReportSection>
  );
}
