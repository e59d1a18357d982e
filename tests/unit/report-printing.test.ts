// The pieces every report printer shares: which Chromium prints, the address it opens,
// waiting for the page to say it is ready, and what the trail records of the PDF.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { reportHash } from '../../shared/report/print-route';
import { CHROMIUM_CANDIDATES, findChromium } from '../../server/report/find-chromium';
import { printAddress } from '../../server/report/headless-printer';
import { countPdfPages } from '../../server/report/pdf-pages';
import { reportFileName } from '../../server/report/report-pdf';
import { waitForReportPage } from '../../server/report/wait-for-report';
import type { ReportProbe } from '../../server/report/wait-for-report';

describe('finding Chromium', () => {
  const only =
    (...present: string[]) =>
    (path: string) =>
      present.includes(path);

  it('takes JALON_CHROMIUM first, then the system installs in order', () => {
    expect(
      findChromium({ JALON_CHROMIUM: '/opt/c/chrome' }, only('/opt/c/chrome', '/usr/bin/chromium')),
    ).toBe('/opt/c/chrome');
    expect(findChromium({}, only('/usr/bin/google-chrome', '/usr/bin/chromium-browser'))).toBe(
      '/usr/bin/chromium-browser',
    );
  });

  it('names what it looked for when there is none', () => {
    expect(() => findChromium({}, only())).toThrow(ApiError);
    expect(() => findChromium({}, only())).toThrow(CHROMIUM_CANDIDATES[0]);
    expect(() => findChromium({}, only())).toThrow(/JALON_CHROMIUM/);
  });

  it('refuses a JALON_CHROMIUM that does not exist rather than printing with another', () => {
    expect(() =>
      findChromium({ JALON_CHROMIUM: '/nowhere/chrome' }, only('/usr/bin/chromium')),
    ).toThrow(/JALON_CHROMIUM names \/nowhere\/chrome/);
  });
});

describe('the print address', () => {
  it('carries the server token, the print session and the report route at its date', () => {
    const address = printAddress(
      { origin: 'http://127.0.0.1:4321', token: 'abc' },
      { seekerId: 'DE 01/2', asOf: '2026-03-15', session: 'f00' },
    );
    const url = new URL(address);
    expect(url.origin).toBe('http://127.0.0.1:4321');
    expect(url.searchParams.get('token')).toBe('abc');
    expect(url.searchParams.get('session')).toBe('f00');
    // French unless asked: the printing browser's own locale must not choose.
    expect(url.hash).toBe('#/report/DE%2001%2F2?print=1&asOf=2026-03-15&lang=fr');
  });

  it('tells the printing browser the reader’s language', () => {
    const address = printAddress(
      { origin: 'http://127.0.0.1:4321', token: 'abc' },
      { seekerId: 'S1', asOf: '2026-03-15', session: 'f00', locale: 'en' },
    );
    expect(new URL(address).hash).toBe('#/report/S1?print=1&asOf=2026-03-15&lang=en');
  });

  it('keeps the preview’s address plain', () => {
    expect(reportHash('S1')).toBe('#/report/S1');
    expect(reportHash('S1', { print: false, asOf: null })).toBe('#/report/S1');
  });
});

describe('waiting for the report page', () => {
  /** A page that answers the given states in turn, on a clock that moves 100 ms a probe. */
  function page(states: ReportProbe[]) {
    let clock = 0;
    let probes = 0;
    return {
      probe: async () => states[Math.min(probes++, states.length - 1)]!,
      options: {
        timeoutMs: 1000,
        now: () => clock,
        sleep: async (ms: number) => void (clock += ms),
      },
      probes: () => probes,
    };
  }

  it('returns once the page is ready, after its loading states', async () => {
    const p = page([
      { state: null, text: '' },
      { state: 'loading', text: 'Préparation du rapport…' },
      { state: 'ready', text: '…' },
    ]);
    await waitForReportPage(p.probe, p.options);
    expect(p.probes()).toBe(3);
  });

  it('fails with what the page says when it could not load the report', async () => {
    const p = page([{ state: 'error', text: ' Élément introuvable : no seeker X ' }]);
    await expect(waitForReportPage(p.probe, p.options)).rejects.toThrow(
      'the report page could not be prepared: Élément introuvable : no seeker X',
    );
  });

  it('gives up after its timeout rather than waiting for ever', async () => {
    const p = page([{ state: 'loading', text: '' }]);
    await expect(waitForReportPage(p.probe, p.options)).rejects.toThrow('not ready after 1 s');
    expect(p.probes()).toBe(11);
  });
});

describe('the PDF file', () => {
  it('is named after the person and the date, with nothing unusual in the name', () => {
    expect(reportFileName('DE-000123', '2026-03-15')).toBe('entretien-DE-000123-2026-03-15.pdf');
    expect(reportFileName('../x y', '2026-03-15')).toBe('entretien-___x_y-2026-03-15.pdf');
  });

  it('has its pages counted from its page objects (checked against pdfinfo in report-pdf.test.ts)', () => {
    const pdf = (body: string) => new TextEncoder().encode(`%PDF-1.4\n${body}\n%%EOF`);
    const page = '<< /Type /Page /Parent 2 0 R >>';
    expect(countPdfPages(pdf(`<< /Type /Pages /Count 2 >> ${page} ${page}`))).toBe(2);
    expect(countPdfPages(pdf('<< /Type /Catalog >>'))).toBeNull();
  });
});
