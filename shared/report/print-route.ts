// Where the report page lives and how it says it is ready, shared by the renderer (which
// routes to it and sets the state) and the printers (the app's hidden window, headless
// Chromium), which open it and wait for that state before printing.

/** On the report's root element: `loading`, then `ready` (data and charts drawn) or `error`. */
export const REPORT_STATE_ATTRIBUTE = 'data-report-state';
export type ReportPageState = 'loading' | 'ready' | 'error';

export interface ReportHashOptions {
  /** The document alone, as its PDF is printed. */
  print?: boolean;
  /** The reference date; the printing process has no screen to take it from. */
  asOf?: string | null;
}

/** `#/report/ID`, with `?print=1&asOf=DATE` for the page a printer opens. */
export function reportHash(seekerId: string, options: ReportHashOptions = {}): string {
  const params = new URLSearchParams();
  if (options.print) params.set('print', '1');
  if (options.asOf) params.set('asOf', options.asOf);
  const query = params.toString();
  return `#/report/${encodeURIComponent(seekerId)}${query ? `?${query}` : ''}`;
}
