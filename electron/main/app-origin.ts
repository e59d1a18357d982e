// The renderer's one address: a privileged custom scheme rather than file://, so the
// page has a real origin (its CSP 'self' means something, other local files are out of
// reach) and every check below compares against the same constants.
export const APP_SCHEME = 'app';
export const APP_HOST = 'jalon';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True for a page served by Jalon itself (any path or hash of app://jalon/). */
export function isAppUrl(address: string | null | undefined): boolean {
  if (!address) return false;
  try {
    const url = new URL(address);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}
