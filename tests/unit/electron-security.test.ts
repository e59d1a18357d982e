// The window's preferences and the guards on every web contents and session: the page
// stays on Jalon's own address, opens nothing, embeds nothing, is granted nothing.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { APP_ENTRY_URL, isAppUrl } from '../../electron/main/app-origin';
import { printWindowOptions } from '../../electron/main/electron-platform';
import {
  enforceContentSecurityPolicy,
  hardenWebContents,
  refuseAllPermissions,
  refuseForeignNavigation,
  refuseNewWindow,
} from '../../electron/main/security';
import { mainWindowOptions, openWindow } from '../../electron/main/window';
import { CONTENT_SECURITY_POLICY } from '../../server/http/content-security-policy';

/** Stands in for Electron's BrowserWindow: keeps what it was constructed with. */
class FakeWindow {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

const SECURE_PREFERENCES = {
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
  disableBlinkFeatures: 'Auxclick',
};

describe('the windows Jalon opens', () => {
  const PRELOAD = '/opt/jalon/dist/electron/preload.cjs';

  it('isolate and sandbox the main window, with no Node anywhere and its preload', () => {
    const window = openWindow(FakeWindow, mainWindowOptions(PRELOAD));
    expect(window.options.webPreferences).toEqual({
      ...SECURE_PREFERENCES,
      preload: PRELOAD,
      spellcheck: false,
    });
    expect(window.options).toMatchObject({ show: false, width: 1400, height: 900 });
  });

  it('give the hidden print window the same preferences', () => {
    const window = openWindow(FakeWindow, printWindowOptions(mainWindowOptions(PRELOAD)));
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toMatchObject({
      ...SECURE_PREFERENCES,
      preload: PRELOAD,
      backgroundThrottling: false,
    });
  });

  it('cannot be weakened by the options a caller passes', () => {
    const window = openWindow(FakeWindow, {
      webPreferences: {
        contextIsolation: false,
        sandbox: false,
        nodeIntegration: true,
        webSecurity: false,
        allowRunningInsecureContent: true,
        webviewTag: true,
        disableBlinkFeatures: '',
      },
    });
    expect(window.options.webPreferences).toEqual(SECURE_PREFERENCES);
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

/**
 * A web contents as far as the guards can tell: a real event emitter (Electron's
 * WebContents is one) with the window-open handler slot, so events are emitted the way
 * Electron emits them, with the event object first.
 */
class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }
}

function hardened(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents);
  return contents;
}

describe('the web contents guards', () => {
  it.each(['will-navigate', 'will-redirect'])(
    'let %s move the page between its own routes',
    (name) => {
      const contents = hardened();
      for (const url of ['app://jalon/index.html#/settings', 'app://jalon/', APP_ENTRY_URL]) {
        const event = fakeEvent();
        contents.emit(name, event, url);
        expect(event.preventDefault).not.toHaveBeenCalled();
      }
    },
  );

  it.each(['will-navigate', 'will-redirect'])('prevent %s to anywhere else', (name) => {
    const contents = hardened();
    for (const url of [
      'https://example.org/phishing',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'app://jalon.example.org/',
      'javascript:alert(1)',
      'not a url',
    ]) {
      const event = fakeEvent();
      contents.emit(name, event, url);
      expect(event.preventDefault, url).toHaveBeenCalledOnce();
    }
  });

  it('refuse foreign navigation through the bare helper too', () => {
    const event = fakeEvent();
    refuseForeignNavigation(event, 'https://example.org/');
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('prevent attaching a webview', () => {
    const contents = hardened();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.org/' });
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('deny every new window, even one on Jalon’s own address', () => {
    const contents = hardened();
    expect(contents.windowOpenHandler).toBe(refuseNewWindow);
    for (const url of ['https://example.org/', APP_ENTRY_URL, 'about:blank']) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
  });

  it('listen to nothing else', () => {
    expect(hardened().eventNames().sort()).toEqual([
      'will-attach-webview',
      'will-navigate',
      'will-redirect',
    ]);
  });
});

describe('the session Content-Security-Policy', () => {
  type Listener = Parameters<typeof enforceContentSecurityPolicy>[0]['webRequest'] extends {
    onHeadersReceived(listener: infer L): void;
  }
    ? L
    : never;

  it('replaces any policy of another response with Jalon’s, keeping its other headers', () => {
    let listener: Listener | null = null;
    enforceContentSecurityPolicy({
      webRequest: { onHeadersReceived: (l) => void (listener = l) },
    });
    const callback = vi.fn();
    listener!(
      {
        url: 'https://example.org/',
        responseHeaders: {
          'content-security-policy': ["default-src *; script-src 'unsafe-eval'"],
          'Content-Type': ['text/html'],
        },
      } as never,
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
    listener!({ url: 'file:///tmp/page.html' } as never, callback);
    expect(callback).toHaveBeenLastCalledWith({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('leaves Jalon’s own answers their policy (index.html’s carries its style nonce)', () => {
    let listener: Listener | null = null;
    enforceContentSecurityPolicy({
      webRequest: { onHeadersReceived: (l) => void (listener = l) },
    });
    const callback = vi.fn();
    listener!(
      {
        url: 'app://jalon/index.html',
        responseHeaders: { 'Content-Security-Policy': ["style-src 'self' 'nonce-abc'"] },
      } as never,
      callback,
    );
    expect(callback).toHaveBeenCalledWith({});
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
