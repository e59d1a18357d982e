// The diagnostic interview report: the data of its one template (on screen and in the
// PDF), and what exporting it to PDF answers.
import type { SeekerPage } from './seeker-page';
import type { KeyFigures } from '../report/key-figures';
import type { InterviewTopic } from '../report/interview-topics';

export type { InterviewTopic, KeyFigures };

export interface ReportData {
  /** The seeker page's data at the report's reference date (read-only: canEdit false). */
  page: SeekerPage;
  /** The summary of the journal over the period the charts cover. */
  keyFigures: KeyFigures;
  /** Suggested topics for the interview, in the requested language, most pressing first. */
  topics: InterviewTopic[];
  /** When this report was prepared (ISO timestamp). */
  preparedAt: string;
  /** Who prepared it (display name). */
  preparedBy: string;
}

export interface ReportExport {
  /** `entretien-<seeker id>-<as of>.pdf`. */
  fileName: string;
  /** The desktop app saved it through its save dialog (false: cancelled, or the browser mode). */
  saved: boolean;
  /** The browser mode's answer: the PDF itself, for the page to download; null in the app. */
  pdfBase64: string | null;
}
