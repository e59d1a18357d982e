// app://jalon/ serves the built renderer with the CSP, and nothing outside it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler, rendererFileFor } from '../../electron/main/app-protocol';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
} from '../../server/http/content-security-policy';
import { useTempDir } from '../helpers/temp-dir';

const RENDERER = '/opt/jalon/dist/renderer';

describe('rendererFileFor', () => {
  it.each([
    ['app://jalon/', `${RENDERER}/index.html`],
    ['app://jalon/index.html#/seeker/DE-0001', `${RENDERER}/index.html`],
    ['app://jalon/assets/index-abc.js', `${RENDERER}/assets/index-abc.js`],
  ])('maps %s to %s', (url, path) => expect(rendererFileFor(RENDERER, url)).toBe(path));

  it.each(['app://jalon/../../../etc/passwd', 'app://jalon/%2e%2e/%2e%2e/etc/passwd'])(
    'keeps %s inside the renderer folder (the URL parser drops the dot segments)',
    (url) => expect(rendererFileFor(RENDERER, url)).toBe(`${RENDERER}/etc/passwd`),
  );

  it.each([
    'app://jalon/assets/..%2f..%2f..%2fpackage.json',
    'app://jalon/..%2F..%2Fsecret.txt',
    'app://jalon/%E0%A4%A',
    'app://other/index.html',
    'https://jalon/index.html',
  ])('refuses %s', (url) => expect(rendererFileFor(RENDERER, url)).toBeNull());
});

describe('the app:// handler', () => {
  const tempDir = useTempDir('jalon-protocol-');

  function builtRenderer() {
    const dir = join(tempDir(), 'renderer');
    mkdirSync(join(dir, 'assets'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Jalon</title>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(tempDir(), 'secret.txt'), 'not for the page');
    return createAppProtocolHandler(dir);
  }

  it('serves the page with the Content-Security-Policy and a fresh style nonce', async () => {
    const handler = builtRenderer();
    const nonces: string[] = [];
    for (let load = 0; load < 2; load++) {
      const response = await handler(new Request('app://jalon/index.html'));
      expect(response.status).toBe(200);
      const policy = response.headers.get('Content-Security-Policy')!;
      const nonce = /style-src 'self' 'nonce-([A-Za-z0-9+/=]{24})'/.exec(policy)?.[1];
      expect(nonce, policy).toBeDefined();
      expect(policy).toBe(contentSecurityPolicy(nonce));
      expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
      const page = await response.text();
      expect(page).toContain('<title>Jalon</title>');
      expect(page).toContain(`<meta property="csp-nonce" nonce="${nonce}" />`);
      nonces.push(nonce!);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('serves scripts as JavaScript, under the policy without a nonce', async () => {
    const response = await builtRenderer()(new Request('app://jalon/assets/app.js'));
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toBe('console.log(1)');
  });

  it.each([
    'app://jalon/../secret.txt',
    'app://jalon/..%2fsecret.txt',
    'app://jalon/assets/..%2F..%2Fsecret.txt',
    'app://jalon/none.js',
  ])('answers 404 for %s', async (url) => {
    const response = await builtRenderer()(new Request(url));
    expect(response.status).toBe(404);
  });

  it('answers 404 to anything but GET', async () => {
    const request = new Request('app://jalon/index.html', { method: 'POST', body: 'x' });
    expect((await builtRenderer()(request)).status).toBe(404);
  });
});
