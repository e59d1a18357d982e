// What differs between the desktop app and the browser mode, given to the services.
import { ApiError } from '../../../shared/api/errors';

export interface Platform {
  mode: 'electron' | 'browser';
  /** The native open dialog: chosen paths, or [] when cancelled. */
  chooseImportFiles(): Promise<string[]>;
  /** The native save dialog: false when cancelled. */
  saveTextFile(suggestedName: string, content: string): Promise<boolean>;
}

/** The browser mode has no native dialogs: the page picks and downloads files itself. */
export const BROWSER_PLATFORM: Platform = {
  mode: 'browser',
  chooseImportFiles: () =>
    Promise.reject(new ApiError('unsupported', 'no native dialog in the browser mode')),
  saveTextFile: () =>
    Promise.reject(new ApiError('unsupported', 'no native dialog in the browser mode')),
};
