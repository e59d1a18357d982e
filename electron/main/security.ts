// What the page may not do, whatever script runs in it: leave Jalon's own page, open
// windows, embed a <webview>, or obtain a permission (camera, notifications…). Applied
// to every web contents the app creates, not just the main window's.
import type { Session, WebContents, WindowOpenHandlerResponse } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../server/http/content-security-policy';
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

type HeadersListener = Parameters<Session['webRequest']['onHeadersReceived']>[0];

/**
 * Jalon's Content-Security-Policy on every response the session receives from anywhere
 * but Jalon's own page, in place of any other. app:// answers keep theirs
 * (app-protocol.ts): the same policy, index.html's with the style nonce of that load.
 */
export function enforceContentSecurityPolicy(session: {
  webRequest: { onHeadersReceived(listener: HeadersListener): void };
}): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    if (isAppUrl(details.url)) {
      callback({});
      return;
    }
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(
        ([name]) => name.toLowerCase() !== 'content-security-policy',
      ),
    );
    // eng-disable below, a false positive: electronegativity's CSP_GLOBAL_CHECK evaluates
    // a policy only when it is a string literal written right here, and reports the
    // constant as "Failed to parse CSP". The same evaluator (Google's, as packaged by
    // Doyensec) runs on the real CONTENT_SECURITY_POLICY in
    // tests/unit/content-security-policy.test.ts and fails on any finding but the one
    // reviewed there: 'self' in script-src, a risk only for an origin that serves JSONP,
    // Angular templates or uploaded files, none of which Jalon's origin serves.
    callback({
      /* eng-disable CSP_GLOBAL_CHECK */ responseHeaders: {
        ...headers,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
}
