// Serves the built renderer (dist/renderer) on app://jalon/ with the app's
// Content-Security-Policy, the same header the browser mode sends. Only files inside
// the renderer folder are ever read.
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { rendererAnswer } from '../../server/http/renderer-files';
import { APP_HOST, APP_SCHEME } from './app-origin';

/** Registered before the app is ready: a standard, secure origin for the page. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

/**
 * The file an app:// address names, or null for another host or a path that climbs
 * out of the renderer folder. The root gives index.html (routes live in the hash).
 */
export function rendererFileFor(rendererDir: string, address: string): string | null {
  const url = new URL(address);
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  const root = normalize(rendererDir);
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  const path = normalize(join(root, pathname === '/' ? 'index.html' : pathname));
  return path.startsWith(root + sep) ? path : null;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export function createAppProtocolHandler(rendererDir: string) {
  return async (request: Request): Promise<Response> => {
    const path = rendererFileFor(rendererDir, request.url);
    if (request.method !== 'GET' || !path || !(await isFile(path))) {
      return new Response(null, { status: 404 });
    }
    const answer = rendererAnswer(path, await readFile(path));
    return new Response(new Uint8Array(answer.body), { headers: answer.headers });
  };
}
