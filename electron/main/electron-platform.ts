// The desktop side of the services' Platform: native open and save dialogs, and the
// report printed to PDF by a hidden window on Jalon's own page. A saved file is written
// through a temporary sibling, so a failed write never leaves half an export where the
// counsellor expects a whole one.
import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Dialog,
  FileFilter,
  OpenDialogOptions,
  SaveDialogOptions,
} from 'electron';
import { extname, join } from 'node:path';
import { printedPageHash } from '../../shared/report/print-route';
import { writeFilesAtomically } from '../../server/export/atomic-file';
import type { Platform } from '../../server/api/handlers';
import { writePdfAtomically } from '../../server/report/pdf-file';
import {
  READY_TIMEOUT_MS,
  REPORT_PROBE_SCRIPT,
  waitForReportPage,
} from '../../server/report/wait-for-report';
import type { ReportProbe } from '../../server/report/wait-for-report';
import { APP_ENTRY_URL } from './app-origin';
import { MENU_STRINGS } from './menu-strings';

const S = MENU_STRINGS.dialogs;

export interface ElectronPlatformOptions {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  /** The window the dialogs belong to (modal to it), when there is one. */
  parentWindow: () => BrowserWindow | null;
  /** Where the save dialog starts. */
  documentsDir: string;
}

export function saveFilters(suggestedName: string): FileFilter[] {
  const all = { name: S.allFilesFilter, extensions: ['*'] };
  switch (extname(suggestedName).toLowerCase()) {
    case '.csv':
      return [{ name: S.csvFilter, extensions: ['csv'] }, all];
    case '.jsonl':
      return [{ name: S.jsonlFilter, extensions: ['jsonl'] }, all];
    // The format's own name, the same in every language.
    case '.pdf':
      return [{ name: 'PDF', extensions: ['pdf'] }, all];
    case '.xlsx':
      return [{ name: 'Excel', extensions: ['xlsx'] }, all];
    default:
      return [all];
  }
}

/** Everything but printing, which needs the API's window sessions (createElectronReportPrinter). */
export type DialogPlatform = Omit<Platform, 'printReport'>;

export function createElectronPlatform(options: ElectronPlatformOptions): DialogPlatform {
  const { dialog, parentWindow } = options;

  async function chooseSavePath(suggestedName: string): Promise<string | null> {
    const dialogOptions: SaveDialogOptions = {
      title: S.saveTitle,
      defaultPath: join(options.documentsDir, suggestedName),
      filters: saveFilters(suggestedName),
    };
    const window = parentWindow();
    const result = await (window
      ? dialog.showSaveDialog(window, dialogOptions)
      : dialog.showSaveDialog(dialogOptions));
    return result.canceled || !result.filePath ? null : result.filePath;
  }

  return {
    mode: 'electron',
    async chooseImportFiles() {
      const dialogOptions: OpenDialogOptions = {
        title: S.importTitle,
        properties: ['openFile', 'multiSelections'],
        filters: [{ name: S.importFilter, extensions: ['jsonl', 'csv'] }],
      };
      const window = parentWindow();
      const result = await (window
        ? dialog.showOpenDialog(window, dialogOptions)
        : dialog.showOpenDialog(dialogOptions));
      return result.canceled ? [] : result.filePaths;
    },
    async saveTextFile(suggestedName, content) {
      const path = await chooseSavePath(suggestedName);
      if (path === null) return false;
      writeFilesAtomically([path], ([file]) => file?.write(content));
      return true;
    },
    // Bytes go through the same temporary-sibling write as the PDF (any bytes, not only a PDF's).
    async saveBinaryFile(suggestedName, content) {
      const path = await chooseSavePath(suggestedName);
      if (path === null) return false;
      writePdfAtomically(path, content);
      return true;
    },
    async savePdfFile(suggestedName, pdf) {
      const path = await chooseSavePath(suggestedName);
      if (path === null) return false;
      writePdfAtomically(path, pdf);
      return true;
    },
  };
}

/**
 * The print window: the main window's preferences (its preload; openWindow adds sandbox
 * and isolation to both), never shown, and not slowed down as hidden pages are, so its
 * charts draw at once.
 */
export function printWindowOptions(
  main: BrowserWindowConstructorOptions,
): BrowserWindowConstructorOptions {
  return {
    ...main,
    show: false,
    webPreferences: { ...main.webPreferences, backgroundThrottling: false },
  };
}

export interface ReportPrinterOptions {
  /** A new window with printWindowOptions(), opened by openWindow (window.ts). */
  openHiddenWindow: () => Pick<BrowserWindow, 'webContents' | 'loadURL' | 'destroy'>;
  /** Signs a window in with a session opened elsewhere (IpcSessions.bind, api-ipc.ts). */
  bindSession: (webContentsId: number, token: string) => void;
  /** Default READY_TIMEOUT_MS. */
  readyTimeoutMs?: number;
}

/**
 * Prints the report page as the browser mode does, with Electron's own engine: a hidden
 * window signed in with the job's print session opens #/report/ID?print=1, and is
 * printed once the page says it is ready, then closed whatever happened.
 */
export function createElectronReportPrinter(
  options: ReportPrinterOptions,
): Platform['printReport'] {
  return async (job) => {
    const window = options.openHiddenWindow();
    try {
      const contents = window.webContents;
      options.bindSession(contents.id, job.session);
      await window.loadURL(
        APP_ENTRY_URL +
          printedPageHash(job.page ?? 'report', job.seekerId, {
            print: true,
            asOf: job.asOf,
            lang: job.locale ?? 'fr',
          }),
      );
      await waitForReportPage(
        () => contents.executeJavaScript(REPORT_PROBE_SCRIPT) as Promise<ReportProbe>,
        { timeoutMs: options.readyTimeoutMs ?? READY_TIMEOUT_MS },
      );
      return await contents.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        generateTaggedPDF: true,
        generateDocumentOutline: true,
      });
    } finally {
      window.destroy();
    }
  };
}
