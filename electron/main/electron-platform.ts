// The desktop side of the services' Platform: native open and save dialogs. The saved
// file is written through a temporary sibling, so a failed write never leaves half an
// export where the counsellor expects a whole one.
import type {
  BrowserWindow,
  Dialog,
  FileFilter,
  OpenDialogOptions,
  SaveDialogOptions,
} from 'electron';
import { extname, join } from 'node:path';
import { writeFilesAtomically } from '../services/export/atomic-file';
import type { Platform } from '../services/api/handlers';
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
    default:
      return [all];
  }
}

export function createElectronPlatform(options: ElectronPlatformOptions): Platform {
  const { dialog, parentWindow } = options;
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
      const dialogOptions: SaveDialogOptions = {
        title: S.saveTitle,
        defaultPath: join(options.documentsDir, suggestedName),
        filters: saveFilters(suggestedName),
      };
      const window = parentWindow();
      const result = await (window
        ? dialog.showSaveDialog(window, dialogOptions)
        : dialog.showSaveDialog(dialogOptions));
      if (result.canceled || !result.filePath) return false;
      writeFilesAtomically([result.filePath], ([file]) => file?.write(content));
      return true;
    },
  };
}
