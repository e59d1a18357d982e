// What the page may not do, whatever script runs in it: leave Jalon's own page, open
// windows, embed a <webview>, or obtain a permission (camera, notifications…). Applied
// to every web contents the app creates, not just the main window's.
import type { Session, WebContents, WindowOpenHandlerResponse } from 'electron';
import { isAppUrl } from './app-origin';

interface Preventable {
  preventDefault(): void;
}

/** Navigation inside Jalon's page (another route or file of app://jalon/) is fine. */
export function refuseForeignNavigation(event: Preventable, url: string): void {
  if (!isAppUrl(url)) event.preventDefault();
}

export function refuseNewWindow(): WindowOpenHandlerResponse {
  return { action: 'deny' };
}

export function refuseWebview(event: Preventable): void {
  event.preventDefault();
}

export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => refuseForeignNavigation(event, url));
  contents.on('will-redirect', (event, url) => refuseForeignNavigation(event, url));
  contents.on('will-attach-webview', (event) => refuseWebview(event));
  contents.setWindowOpenHandler(refuseNewWindow);
}

/** Jalon needs no permission at all: every request and every check is answered no. */
export function refuseAllPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, grant) => grant(false));
  session.setPermissionCheckHandler(() => false);
}
