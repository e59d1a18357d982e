// Waiting for the report page to be ready to print, for a printer that can only ask the
// page (the app's hidden window, through executeJavaScript): the page sets its state
// attribute once its data is loaded and its charts are drawn, or says why it failed.
import { ApiError } from '../../shared/api/errors';
import { REPORT_STATE_ATTRIBUTE } from '../../shared/report/print-route';
import type { ReportPageState } from '../../shared/report/print-route';

export interface ReportProbe {
  /** null while the report's root is not on the page yet. */
  state: ReportPageState | null;
  /** The root's text: the reason, when the state is `error`. */
  text: string;
}

/** Run in the page: its report root's state and text. */
export const REPORT_PROBE_SCRIPT = `(() => {
  const root = document.querySelector('[${REPORT_STATE_ATTRIBUTE}]');
  return root
    ? { state: root.getAttribute('${REPORT_STATE_ATTRIBUTE}'), text: root.textContent || '' }
    : { state: null, text: '' };
})()`;

/** How long a printer gives the page to load its data and draw its charts. */
export const READY_TIMEOUT_MS = 45_000;

export interface WaitOptions {
  timeoutMs: number;
  intervalMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const pause = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

export async function waitForReportPage(
  probe: () => Promise<ReportProbe>,
  { timeoutMs, intervalMs = 100, now = Date.now, sleep = pause }: WaitOptions,
): Promise<void> {
  const deadline = now() + timeoutMs;
  for (;;) {
    const { state, text } = await probe();
    if (state === 'ready') return;
    if (state === 'error') {
      throw new ApiError(
        'internal',
        `the report page could not be prepared: ${text.trim() || 'no reason given'}`,
      );
    }
    if (now() >= deadline) {
      throw new ApiError(
        'internal',
        `the report page was not ready after ${Math.round(timeoutMs / 1000)} s`,
      );
    }
    await sleep(intervalMs);
  }
}
