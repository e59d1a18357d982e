// The Chromium that prints reports outside the desktop app (browser mode, CLI): the one
// JALON_CHROMIUM names, else the usual system installs. Playwright's own browser
// download is not used: this network cannot fetch it, and the system one is updated
// with the system.
import { existsSync } from 'node:fs';
import { ApiError } from '../../shared/api/errors';

export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
] as const;

export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string {
  const chosen = env.JALON_CHROMIUM;
  if (chosen) {
    if (!exists(chosen)) {
      throw new ApiError('unsupported', `JALON_CHROMIUM names ${chosen}, which does not exist`);
    }
    return chosen;
  }
  const found = CHROMIUM_CANDIDATES.find((path) => exists(path));
  if (!found) {
    throw new ApiError(
      'unsupported',
      `no Chromium to print the report with: install chromium (looked for ${CHROMIUM_CANDIDATES.join(', ')}) or set JALON_CHROMIUM to its path`,
    );
  }
  return found;
}
