// The diagnostic interview report: the data of its one template (on screen and in the
// PDF), and what exporting it to PDF answers.
import type { SeekerPage } from './contract';

export interface ReportData {
  page: SeekerPage;
  /** Suggested topics for the interview, in French, most pressing first. */
  topics: string[];
  /** When this report was prepared (ISO timestamp). */
  preparedAt: string;
  /** Who prepared it. */
  preparedBy: string;
}

export interface ReportExport {
  fileName: string;
  /** The desktop app saved it through its save dialog (false: cancelled). */
  saved: boolean;
  /** The browser mode's answer: the PDF itself, for the page to download. */
  pdfBase64: string | null;
}
