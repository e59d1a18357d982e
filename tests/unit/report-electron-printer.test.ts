// The desktop app's report printer, with a stand-in for the hidden window (the Electron
// binary is not installed everywhere the tests run): it signs the window in with the
// print session, opens the print route, waits for the page, prints A4 and always closes.
import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import {
  createElectronReportPrinter,
  printWindowOptions,
} from '../../electron/main/electron-platform';
import { mainWindowOptions } from '../../electron/main/window';
import type { ReportProbe } from '../../server/report/wait-for-report';

const JOB = { seekerId: 'DE-000042', asOf: '2026-10-20', session: 'print-session' };
const PDF = new Uint8Array([37, 80, 68, 70]);

function fakeWindow(states: ReportProbe[]) {
  let probes = 0;
  const webContents = {
    id: 7,
    executeJavaScript: vi.fn(async () => states[Math.min(probes++, states.length - 1)]),
    printToPDF: vi.fn(async () => PDF),
  };
  const window = { webContents, loadURL: vi.fn(async () => {}), destroy: vi.fn() };
  return window as typeof window & Pick<BrowserWindow, 'webContents' | 'loadURL' | 'destroy'>;
}

describe('the desktop app’s report printer', () => {
  it('prints the print route, signed in with the job’s session, once the page is ready', async () => {
    const window = fakeWindow([
      { state: 'loading', text: '' },
      { state: 'ready', text: '' },
    ]);
    const bindSession = vi.fn();
    const print = createElectronReportPrinter({ openHiddenWindow: () => window, bindSession });
    await expect(print(JOB)).resolves.toBe(PDF);
    expect(bindSession).toHaveBeenCalledWith(7, 'print-session');
    expect(window.loadURL).toHaveBeenCalledWith(
      // French unless the job says otherwise: the printing page must not guess from the OS.
      'app://jalon/index.html#/report/DE-000042?print=1&asOf=2026-10-20&lang=fr',
    );
    expect(window.webContents.executeJavaScript).toHaveBeenCalledTimes(2);
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', printBackground: true, generateTaggedPDF: true }),
    );
    expect(window.destroy).toHaveBeenCalledOnce();
  });

  it('closes the window and prints nothing when the page says it failed', async () => {
    const window = fakeWindow([{ state: 'error', text: 'Action refusée' }]);
    const print = createElectronReportPrinter({
      openHiddenWindow: () => window,
      bindSession: () => {},
    });
    await expect(print(JOB)).rejects.toThrow('could not be prepared: Action refusée');
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    expect(window.destroy).toHaveBeenCalledOnce();
  });

  it('opens its window hidden, unthrottled, with the main window’s security preferences', () => {
    const main = mainWindowOptions('/app/preload.cjs');
    const options = printWindowOptions(main);
    expect(options.show).toBe(false);
    expect(options.webPreferences).toEqual({ ...main.webPreferences, backgroundThrottling: false });
  });
});
