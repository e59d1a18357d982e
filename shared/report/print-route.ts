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
  /** The interface language; a separate printing browser does not share the reader's choice. */
  lang?: 'fr' | 'en' | null;
}

/** `#/report/ID`, with `?print=1&asOf=DATE&lang=en` for the page a printer opens. */
export function reportHash(seekerId: string, options: ReportHashOptions = {}): string {
  return documentHash('report', seekerId, options);
}

/**
 * `#/dpo/ID?print=1&lang=en`: the print-only page of « Tout ce que Jalon détient sur
 * cette personne », the right-of-access document, printed like the report.
 */
export function dossierHash(seekerId: string, options: ReportHashOptions = {}): string {
  return documentHash('dpo', seekerId, options);
}

/** The documents a printer opens. */
export type PrintedPage = 'report' | 'dossier';

export function printedPageHash(
  page: PrintedPage,
  seekerId: string,
  options: ReportHashOptions,
): string {
  return page === 'dossier' ? dossierHash(seekerId, options) : reportHash(seekerId, options);
}

function documentHash(route: string, seekerId: string, options: ReportHashOptions): string {
  // Built by hand: shared/ runs without the DOM's or Node's URLSearchParams.
  const params: string[] = [];
  if (options.print) params.push('print=1');
  if (options.asOf) params.push(`asOf=${encodeURIComponent(options.asOf)}`);
  if (options.lang) params.push(`lang=${options.lang}`);
  const query = params.length > 0 ? `?${params.join('&')}` : '';
  return `#/${route}/${encodeURIComponent(seekerId)}${query}`;
}
