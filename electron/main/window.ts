// The main window's options, kept apart from the code that opens it so a unit test can
// assert every security-relevant preference.
import type { BrowserWindowConstructorOptions } from 'electron';
import { MENU_STRINGS } from './menu-strings';

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: MENU_STRINGS.appName,
    // Shown once the first paint is ready, so the counsellor never sees a white flash.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}
