// The window's preferences and the guards on every web contents and session: the page
// stays on Jalon's own address, opens nothing, embeds nothing, is granted nothing.
import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { APP_ENTRY_URL, isAppUrl } from '../../electron/main/app-origin';
import {
  hardenWebContents,
  refuseAllPermissions,
  refuseForeignNavigation,
  refuseNewWindow,
} from '../../electron/main/security';
import { mainWindowOptions } from '../../electron/main/window';

describe('the main window options', () => {
  const preferences = mainWindowOptions('/opt/jalon/dist/electron/preload.cjs').webPreferences!;

  it('isolate and sandbox the page, with no Node anywhere', () => {
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('load the given preload', () => {
    expect(preferences.preload).toBe('/opt/jalon/dist/electron/preload.cjs');
  });
});

describe('the app origin', () => {
  it.each([APP_ENTRY_URL, 'app://jalon/', 'app://jalon/index.html#/seeker/DE-0001'])(
    'accepts %s',
    (url) => expect(isAppUrl(url)).toBe(true),
  );
  it.each([
    'https://jalon/',
    'app://jalon.example.org/',
    'file:///etc/passwd',
    'not a url',
    '',
    undefined,
  ])('refuses %s', (url) => expect(isAppUrl(url)).toBe(false));
});

function fakeEvent() {
  return { preventDefault: vi.fn() };
}

type Handler = (event: ReturnType<typeof fakeEvent>, url: string) => void;

function fakeWebContents() {
  const handlers = new Map<string, Handler>();
  const contents = {
    on: (name: string, handler: Handler) => handlers.set(name, handler),
    setWindowOpenHandler: vi.fn(),
  };
  hardenWebContents(contents as unknown as WebContents);
  return { handlers, contents };
}

describe('the web contents guards', () => {
  it('let the page move between its own routes', () => {
    const event = fakeEvent();
    refuseForeignNavigation(event, 'app://jalon/index.html#/settings');
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it.each(['will-navigate', 'will-redirect'])('prevent %s to another site', (name) => {
    const { handlers } = fakeWebContents();
    const event = fakeEvent();
    handlers.get(name)!(event, 'https://example.org/phishing');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('prevent attaching a webview', () => {
    const { handlers } = fakeWebContents();
    const event = fakeEvent();
    handlers.get('will-attach-webview')!(event, '');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('deny every new window', () => {
    const { contents } = fakeWebContents();
    expect(contents.setWindowOpenHandler).toHaveBeenCalledWith(refuseNewWindow);
    expect(refuseNewWindow()).toEqual({ action: 'deny' });
  });
});

describe('the session permissions', () => {
  it('answer no to every request and every check', () => {
    let requestHandler: Parameters<Session['setPermissionRequestHandler']>[0] = null;
    let checkHandler: Parameters<Session['setPermissionCheckHandler']>[0] = null;
    refuseAllPermissions({
      setPermissionRequestHandler: (handler) => void (requestHandler = handler),
      setPermissionCheckHandler: (handler) => void (checkHandler = handler),
    });
    const contents = {} as WebContents;
    const grant = vi.fn();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal'] as const) {
      requestHandler!(contents, permission, grant, {} as never);
    }
    expect(grant.mock.calls).toEqual([[false], [false], [false], [false]]);
    expect(checkHandler!(contents, 'clipboard-read', 'app://jalon', {} as never)).toBe(false);
    expect(checkHandler!(null, 'media', 'https://example.org', {} as never)).toBe(false);
  });
});
