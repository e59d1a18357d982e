// The windows' options, kept apart from the code that opens them so a unit test can
// assert every security-relevant preference.
import type { BrowserWindowConstructorOptions } from 'electron';
import { MENU_STRINGS } from './menu-strings';

/** The main window's size, title and preload; openWindow adds the security preferences. */
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
      spellcheck: false,
    },
  };
}

/** Electron's BrowserWindow class, or a test's stand-in for it. */
export type WindowClass<W> = new (options: BrowserWindowConstructorOptions) => W;

/**
 * Opens every window of Jalon (the main one and the hidden print window). The security
 * preferences are written here, after the caller's options, so no caller can weaken
 * them; and they are a literal inside this `new BrowserWindow(...)` because
 * electronegativity (`npm run security`) reads each constructor call on its own and
 * cannot follow options built in another function.
 */
export function openWindow<W>(
  BrowserWindow: WindowClass<W>,
  options: BrowserWindowConstructorOptions,
): W {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
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
      // A middle click on a link asks for a new window by another path: turned off at the
      // source, on top of the window-open handler that denies every new window.
      disableBlinkFeatures: 'Auxclick',
    },
  });
}
