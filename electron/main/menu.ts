// The application menu, French unless the system speaks English (menu-strings.ts). Commands that concern a screen are not handled here:
// they reach the renderer as `{type:'menu', command}` events and the page navigates.
import type { MenuItemConstructorOptions } from 'electron';
import type { BridgeEvent } from '../../shared/api/bridge';
import { MENU_STRINGS } from './menu-strings';
import type { MenuStrings } from './menu-strings';

export type MenuCommand = BridgeEvent['command'];

export function menuTemplate(
  sendCommand: (command: MenuCommand) => void,
  platform: NodeJS.Platform = process.platform,
  S: MenuStrings = MENU_STRINGS,
): MenuItemConstructorOptions[] {
  const command = (label: string, name: MenuCommand, accelerator?: string) => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => sendCommand(name),
  });
  const fileMenu: MenuItemConstructorOptions = {
    label: S.file.label,
    submenu: [
      command(S.file.import, 'import', 'CmdOrCtrl+O'),
      command(S.file.exportCsv, 'exportCsv', 'CmdOrCtrl+E'),
      command(S.file.exportXlsx, 'exportXlsx', 'CmdOrCtrl+Shift+E'),
      { type: 'separator' },
      { role: 'quit', label: S.file.quit },
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: S.view.label,
    submenu: [
      command(S.view.caseload, 'caseload', 'CmdOrCtrl+1'),
      command(S.view.settings, 'settings', 'CmdOrCtrl+,'),
      { type: 'separator' },
      { role: 'resetZoom', label: S.view.resetZoom },
      { role: 'zoomIn', label: S.view.zoomIn },
      { role: 'zoomOut', label: S.view.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: S.view.fullScreen },
    ],
  };
  const helpMenu: MenuItemConstructorOptions = {
    label: S.help.label,
    submenu: [command(S.help.about, 'help')],
  };
  // macOS puts the first menu under the application's name.
  const appMenu: MenuItemConstructorOptions[] =
    platform === 'darwin'
      ? [{ label: S.appName, submenu: [{ role: 'quit', label: S.file.quit }] }]
      : [];
  return [...appMenu, fileMenu, viewMenu, helpMenu];
}
