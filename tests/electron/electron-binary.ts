// Where the Electron executable is, or why these tests cannot run: the npm package
// throws (or names a missing file) when its binary download was skipped.
// JALON_ELECTRON_APP names a packaged test build instead (`JALON_TEST_BUILD=1 npm run
// dist`, README "Packaging"): its executable, which loads the app from its own
// app.asar, so no main bundle is passed to it.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export type ElectronBinary =
  | { path: string; packaged: boolean; missing?: never }
  | { path?: never; packaged?: never; missing: string };

export function findElectronBinary(env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const packagedApp = env.JALON_ELECTRON_APP;
  if (packagedApp) {
    if (existsSync(packagedApp)) return { path: packagedApp, packaged: true };
    return { missing: `the packaged app JALON_ELECTRON_APP=${packagedApp} does not exist` };
  }
  try {
    const path: unknown = createRequire(import.meta.url)('electron');
    if (typeof path === 'string' && existsSync(path)) return { path, packaged: false };
    return { missing: `Electron's binary is not at ${String(path)}` };
  } catch {
    return {
      missing:
        "Electron's binary is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD), so the desktop app cannot be launched",
    };
  }
}
