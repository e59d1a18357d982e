// How the built renderer's files are served, by the desktop app's app:// protocol and
// by the browser mode alike: their content types, and the headers of every answer.
import { randomBytes } from 'node:crypto';
import { basename, extname } from 'node:path';
import { contentSecurityPolicy } from './content-security-policy';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** The page is only ever scripts from the app itself; index.html is never cached. */
export function rendererHeaders(path: string, styleNonce?: string): Record<string, string> {
  return {
    'Content-Type': contentTypeOf(path),
    'Content-Security-Policy': contentSecurityPolicy(styleNonce),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': isPage(path) ? 'no-store' : 'max-age=3600',
  };
}

/** index.html: the one document, served with a fresh style nonce each time. */
export function isPage(path: string): boolean {
  return basename(path) === 'index.html';
}

/** 128 random bits, as CSP wants a nonce. */
export function newStyleNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * index.html carrying its load's style nonce, in the form Vite's own `html.cspNonce`
 * uses: a `nonce` attribute, which Chromium hides from CSS selectors and getAttribute
 * once the page is parsed (renderer/style-nonce.ts reads the element's `nonce`).
 */
export function pageWithStyleNonce(html: string, nonce: string): string {
  const meta = `<meta property="csp-nonce" nonce="${nonce}" />`;
  const head = /<head(?:\s[^>]*)?>/i;
  if (head.test(html)) return html.replace(head, (tag) => tag + meta);
  // No <head> tag (HTML allows it): the parser puts the element in the implied head.
  return html.replace(/^(\s*<!doctype[^>]*>)?/i, (doctype) => doctype + meta);
}

/** What app:// and the browser mode answer for a file of the built renderer. */
export function rendererAnswer(
  path: string,
  body: Buffer,
): { headers: Record<string, string>; body: Buffer } {
  if (!isPage(path)) return { headers: rendererHeaders(path), body };
  const nonce = newStyleNonce();
  return {
    headers: rendererHeaders(path, nonce),
    body: Buffer.from(pageWithStyleNonce(body.toString('utf8'), nonce)),
  };
}
