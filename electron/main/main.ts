// The desktop app's main process: one instance, one window on Jalon's own page, the
// API over IPC, and the services on the database in the user data folder. Each piece
// lives in its own module taking its Electron objects as parameters (unit-tested);
// this file only wires them to the real ones.
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  session,
} from 'electron';
import { join } from 'node:path';
import { version } from '../../package.json';
import { DATABASE_FILE_NAME, userDataDir } from '../../server/app-paths';
import { resolveDatabaseKeys } from '../../server/keys/database-keys';
import { keysDirIn } from '../../server/keys/secret-file';
import { safeStorageVault } from './safe-storage-vault';
import { APP_ENTRY_URL, APP_SCHEME } from './app-origin';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { registerApiHandler } from './api-ipc';
import { startAppServices } from './app-services';
import type { AppServices } from './app-services';
import type { Platform } from '../../server/api/handlers';
import {
  createElectronPlatform,
  createElectronReportPrinter,
  printWindowOptions,
} from './electron-platform';
import { EVENT_CHANNEL } from './ipc-channels';
import { menuTemplate } from './menu';
import type { MenuCommand } from './menu';
import { MENU_STRINGS, menuStrings } from './menu-strings';
import { enforceContentSecurityPolicy, hardenWebContents, refuseAllPermissions } from './security';
import { mainWindowOptions, openWindow } from './window';

// This file is bundled as CommonJS into dist/electron/ (scripts/build-electron.mjs),
// next to preload.cjs and one folder away from the built renderer.
const RENDERER_DIR = join(__dirname, '..', 'renderer');
const PRELOAD_PATH = join(__dirname, 'preload.cjs');

const logError = (error: unknown) => console.error(error);

let mainWindow: BrowserWindow | null = null;
let appServices: AppServices | null = null;

function openMainWindow(): BrowserWindow {
  const window = openWindow(BrowserWindow, mainWindowOptions(PRELOAD_PATH));
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(EVENT_CHANNEL, { type: 'menu', command });
}

function failStartup(error: unknown): void {
  logError(error);
  const reason = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(MENU_STRINGS.startupError, reason);
  app.exit(1);
}

async function onReady(): Promise<void> {
  refuseAllPermissions(session.defaultSession);
  enforceContentSecurityPolicy(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(RENDERER_DIR));

  const platform: Platform = {
    ...createElectronPlatform({
      dialog,
      parentWindow: () => mainWindow,
      documentsDir: app.getPath('documents'),
    }),
    // Called when a report is exported, long after ipcSessions below exists.
    printReport: createElectronReportPrinter({
      openHiddenWindow: () =>
        openWindow(BrowserWindow, printWindowOptions(mainWindowOptions(PRELOAD_PATH))),
      bindSession: (webContentsId, token) => ipcSessions.bind(webContentsId, token),
    }),
  };
  // JALON_DB wins, as for the CLI; otherwise the user data folder.
  const databasePath = process.env.JALON_DB ?? join(app.getPath('userData'), DATABASE_FILE_NAME);
  // The key comes from the OS keychain (safeStorage), outside the database file.
  const keys = resolveDatabaseKeys(databasePath, {
    vault: safeStorageVault({ safeStorage, dir: keysDirIn(app.getPath('userData')) }),
    create: true,
  });
  const starting = startAppServices({ databasePath, platform, version, logError, keys });
  const ipcSessions = registerApiHandler(
    ipcMain,
    starting.then((started) => started.host),
    logError,
  );

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(sendMenuCommand, process.platform, menuStrings(app.getLocale())),
    ),
  );
  // The window opens at once; its first calls wait for the services (see api-ipc.ts).
  mainWindow = openMainWindow();
  appServices = await starting;
}

function closeServicesThenQuit(event: Electron.Event): void {
  if (!appServices) return;
  event.preventDefault();
  const closing = appServices;
  appServices = null;
  closing
    .close()
    .catch(logError)
    .finally(() => app.quit());
}

// Same folder as the CLI and the browser mode (app-paths.ts), whatever Electron would
// derive from the package name; JALON_USER_DATA_DIR gives a test its own fresh one.
app.setPath('userData', process.env.JALON_USER_DATA_DIR ?? userDataDir());
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', closeServicesThenQuit);
  app.whenReady().then(onReady).catch(failStartup);
}
